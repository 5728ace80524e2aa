"""The results exports, read back: CSV with the csv module, XLSX with openpyxl."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy.orm import Session as Orm

from jury_app.actions.context import AppContext
from jury_app.actions.reports import write_results
from jury_app.domain.problems import InvalidInput
from jury_app.reports.build.pv import build_pv_report
from jury_app.reports.model import PvReport
from jury_app.reports.results_export import results_csv, results_xlsx

HEADER = [
    "Identifiant",
    "N° de candidat",
    "Civilité",
    "Nom",
    "Prénom",
    "Date de naissance",
    "Parcours",
    "Absent",
    "CCP1",
    "CCP2",
    "CCP3",
    "Titre",
    "Motif CCP1",
    "Motif CCP2",
    "Motif CCP3",
    "Motif titre",
    "Délibération",
    "Date de délibération",
    "Certification",
    "Code RNCP",
    "N° de session",
    "Session",
]


def test_results_csv_for_french_excel(title_ctx: AppContext, story: Any, tmp_path: Path) -> None:
    out = write_results(title_ctx, story.DEMO_SESSION, "csv", tmp_path / "resultats.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte order mark: Excel reads the accents right
    assert b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == HEADER
    by_id = {r[0]: dict(zip(HEADER, r, strict=True)) for r in rows[1:]}
    assert list(by_id) == ["C01", "C02", "C03", "C04", "C05"]
    assert by_id["C01"] | {} == {
        "Identifiant": "C01",
        "N° de candidat": "2026-1101",
        "Civilité": "",
        "Nom": "Lefèvre",
        "Prénom": "Camille",
        "Date de naissance": "21/03/1994",
        "Parcours": "Formation",
        "Absent": "non",
        "CCP1": "Acquis",
        "CCP2": "Acquis",
        "CCP3": "Acquis",
        "Titre": "Délivré",
        "Motif CCP1": "",
        "Motif CCP2": "",
        "Motif CCP3": "",
        "Motif titre": "",
        "Délibération": "close",
        "Date de délibération": "08/12/2026",
        "Certification": "TP-00403 v08",
        "Code RNCP": "",
        "N° de session": "2026-CIP-1107",
        "Session": story.DEMO_SESSION,
    }
    c02 = by_id["C02"]
    assert (c02["CCP3"], c02["Titre"]) == ("Non acquis", "Non délivré")
    assert (c02["Motif CCP3"], c02["Motif titre"]) == (story.C02_CCP3_REASON, story.C02_TITLE_REASON)
    assert (by_id["C03"]["Titre"], by_id["C03"]["Délibération"]) == ("En attente", "en cours")
    assert (by_id["C05"]["Absent"], by_id["C05"]["CCP1"]) == ("oui", "Absent")


def test_results_xlsx(title_ctx: AppContext, story: Any, tmp_path: Path) -> None:
    out = write_results(title_ctx, story.DEMO_SESSION, "xlsx", tmp_path / "resultats.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Résultats", "Jugements communs", "Compétences"]
    ws = wb["Résultats"]
    rows = [[c if c is not None else "" for c in r] for r in ws.iter_rows(values_only=True)]
    assert rows[0] == HEADER
    assert all(cell.font.bold for cell in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["B"].width >= 8
    c02 = dict(zip(HEADER, rows[2], strict=True))
    assert (c02["Identifiant"], c02["CCP3"], c02["Motif CCP3"]) == ("C02", "Non acquis", story.C02_CCP3_REASON)
    assert (c02["Civilité"], c02["N° de candidat"], c02["N° de session"]) == ("M.", "2026-1102", "2026-CIP-1107")
    # Dates are typed dates, shown the French way.
    birth = ws.cell(row=3, column=HEADER.index("Date de naissance") + 1)
    assert birth.is_date and birth.value == datetime(1988, 11, 2) and birth.number_format == "DD/MM/YYYY"
    closed = ws.cell(row=3, column=HEADER.index("Date de délibération") + 1)
    assert closed.is_date and closed.value == datetime(2026, 12, 8)
    # Every sheet prints on one page's width, in landscape, the header repeated.
    for sheet in wb.worksheets:
        assert sheet.sheet_properties.pageSetUpPr is not None and sheet.sheet_properties.pageSetUpPr.fitToPage
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.page_setup.orientation == "landscape"

    js = wb["Jugements communs"]
    head = [c.value for c in js[1]]
    assert head[:3] == ["Identifiant", "Nom", "Prénom"]
    assert head[3:] == [f"CP{i}" for i in range(1, 16)]
    judgements = {r[0]: dict(zip(head, r, strict=True)) for r in js.iter_rows(min_row=2, values_only=True)}
    assert judgements["C01"]["CP1"] == "Acquise"
    assert judgements["C02"]["CP12"] == "Non acquise"
    assert all(judgements["C05"][f"CP{i}"] is None for i in range(1, 16))  # absent: nothing judged
    comps = {r[0]: r for r in wb["Compétences"].iter_rows(min_row=2, values_only=True)}
    assert comps["CP11"][1] == "CCP2" and comps["CP1"][2].startswith("Informer")
    assert wb.properties.creator == "jury_app"


FORMULAS = ["=> compétences CP12 insuffisantes", "+33 % de temps", "-1", "@SOMME(A1)", "\tonglet", "\rretour"]


def _with_reasons(report: PvReport, reasons: list[str]) -> PvReport:
    """The demo's results with reasons a juror might type that look like formulas, one per CCP/title."""
    c01 = report.candidates[0]
    units = tuple(replace(u, reason=r) for u, r in zip(c01.units, reasons, strict=False))
    title = replace(c01.title, reason=reasons[len(units)]) if c01.title is not None else None
    return replace(report, candidates=(replace(c01, units=units, title=title), *report.candidates[1:]))


def test_cells_that_look_like_formulas_stay_text(title_db: Orm, story: Any, tmp_path: Path) -> None:
    report = build_pv_report(title_db, story.DEMO_SESSION)
    for batch in (FORMULAS[:4], FORMULAS[2:]):
        with_formulas = _with_reasons(report, batch)
        # CSV: the cell starts with an apostrophe, which Excel and LibreOffice take for "text".
        rows = list(csv.reader(io.StringIO(results_csv(with_formulas).decode("utf-8-sig"), newline=""), delimiter=";"))
        c01 = dict(zip(HEADER, rows[1], strict=True))
        motifs = [c01[f"Motif {u}"] for u in ("CCP1", "CCP2", "CCP3")] + [c01["Motif titre"]]
        assert motifs == ["'" + r for r in batch]
        # XLSX: typed strings (no formula element at all), the text whole.
        out = tmp_path / "resultats.xlsx"
        out.write_bytes(results_xlsx(with_formulas))
        with zipfile.ZipFile(out) as z:
            assert b"<f>" not in z.read("xl/worksheets/sheet1.xml")
        ws = openpyxl.load_workbook(out)["Résultats"]
        cells = [
            ws.cell(row=2, column=HEADER.index(h) + 1)
            for h in ("Motif CCP1", "Motif CCP2", "Motif CCP3", "Motif titre")
        ]
        assert [c.value for c in cells] == batch
        assert {c.data_type for c in cells} == {"s"}
        assert all(c.quotePrefix for c in cells)
    # An ordinary reason is written as it is.
    plain = _with_reasons(report, ["Compétences démontrées"] * 4)
    assert "Compétences démontrées;" in results_csv(plain).decode("utf-8-sig")


def test_unknown_format_is_refused(title_ctx: AppContext, story: Any, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="format inconnu"):
        write_results(title_ctx, story.DEMO_SESSION, "ods", tmp_path / "x.ods")  # type: ignore[arg-type]
    assert not list(tmp_path.iterdir())


def test_writes_are_atomic_and_replace(title_ctx: AppContext, story: Any, tmp_path: Path) -> None:
    target = tmp_path / "resultats.csv"
    target.write_text("ancien contenu")
    write_results(title_ctx, story.DEMO_SESSION, "csv", target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbfIdentifiant")
    assert [p.name for p in tmp_path.iterdir()] == ["resultats.csv"]  # no temporary file left
    with pytest.raises(InvalidInput, match="n'existe pas"):
        write_results(title_ctx, story.DEMO_SESSION, "csv", tmp_path / "absent" / "r.csv")
    with pytest.raises(InvalidInput, match="est un dossier"):
        write_results(title_ctx, story.DEMO_SESSION, "csv", tmp_path)


def test_results_json_gives_each_decision(title_ctx: AppContext, story: Any, tmp_path: Path) -> None:
    out = write_results(title_ctx, story.DEMO_SESSION, "json", tmp_path / "resultats.json")
    doc = json.loads(out.read_text("utf-8"))
    assert doc["session_id"] == story.DEMO_SESSION and doc["decides_certification"] is True
    assert doc["certification"]["terms"]["unit_short"] == "CCP"
    assert [u["id"] for u in doc["units"]] == ["CCP1", "CCP2", "CCP3"]
    c02 = next(c for c in doc["candidates"] if c["id"] == "C02")
    assert [(u["id"], u["status"]) for u in c02["units"]] == [
        ("CCP1", "granted"),
        ("CCP2", "granted"),
        ("CCP3", "refused"),
    ]
    assert c02["units"][2]["reason"] == story.C02_CCP3_REASON
    assert c02["certification"] == {
        "status": "refused",
        "label": "Non délivré",
        "proposal": "refuse",
        "reason": story.C02_TITLE_REASON,
    }
    assert len(c02["competences"]) == 15 and c02["path_label"] == "formation"
