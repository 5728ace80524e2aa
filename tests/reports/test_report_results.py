"""The results exports, read back: CSV with the csv module, XLSX with openpyxl."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from jury_app.actions.context import AppContext
from jury_app.actions.reports import write_results
from jury_app.domain.problems import InvalidInput

HEADER = [
    "Identifiant",
    "Nom",
    "Prénom",
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
        "Nom": "Lefèvre",
        "Prénom": "Camille",
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

    js = wb["Jugements communs"]
    head = [c.value for c in js[1]]
    assert head[:3] == ["Identifiant", "Nom", "Prénom"]
    assert head[3:] == [f"CP{i}" for i in range(1, 16)]
    judgements = {r[0]: dict(zip(head, r, strict=True)) for r in js.iter_rows(min_row=2, values_only=True)}
    assert judgements["C01"]["CP1"] == "Acquis"
    assert judgements["C02"]["CP12"] == "Non acquis"
    assert all(judgements["C05"][f"CP{i}"] is None for i in range(1, 16))  # absent: nothing judged
    comps = {r[0]: r for r in wb["Compétences"].iter_rows(min_row=2, values_only=True)}
    assert comps["CP11"][1] == "CCP2" and comps["CP1"][2].startswith("Informer")
    assert wb.properties.creator == "jury_app"


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
