"""The PDFs, read back: text, page numbering, fonts, the mock marking, no form field in the PV."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from sqlalchemy.orm import Session as Orm

from jury_app.actions.context import AppContext
from jury_app.actions.reports import write_blank_grids_pdf, write_grid_pdf, write_pv_pdf
from jury_app.domain.clock import FakeClock
from jury_app.domain.wording import NNBSP
from jury_app.reports.build.feedback import build_feedback_report
from jury_app.reports.build.grid import build_blank_grid_report, build_grid_report
from jury_app.reports.build.pv import build_pv_report
from jury_app.reports.model import MOCK_MENTION
from jury_app.reports.pdf_blank import render_blank_grids
from jury_app.reports.pdf_feedback import render_feedback
from jury_app.reports.pdf_grid import render_grid
from jury_app.reports.pdf_pv import render_pv, render_pv_with_areas
from jury_app.reports.pdf_pv_stamp import SIGNATURE_INK, signed_stamp_pdf
from jury_app.reports.strokes import SIGNATURE_ASPECT


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def flat(texts: list[str]) -> str:
    """The pages' text on one line: a sentence wrapped in the PDF reads whole."""
    return re.sub(r"[ \n]+", " ", " ".join(texts))


def fonts_of(data: bytes) -> list[DictionaryObject]:
    """Every font dictionary used by a page (descendant fonts of composite fonts included)."""
    found: dict[int, DictionaryObject] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        for ref in (fonts.get_object() if fonts is not None else {}).values():
            font = ref.get_object()
            found[id(font)] = font
            for desc in font.get("/DescendantFonts", []):
                found[id(desc.get_object())] = desc.get_object()
    return list(found.values())


def assert_fonts_embedded_no_helvetica(data: bytes) -> None:
    fonts = fonts_of(data)
    assert fonts
    for font in fonts:
        if font.get("/Subtype") == "/Type0":
            continue  # its descendant carries the descriptor
        name = str(font.get("/BaseFont"))
        assert "DejaVuSans" in name, name
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
    assert b"Helvetica" not in data


def assert_numbered(texts: list[str]) -> None:
    total = len(texts)
    for number, page in enumerate(texts, 1):
        assert f"page {number} / {total}" in page


@pytest.fixture
def paris_time() -> Iterator[None]:
    """Local time in Paris, so that the times printed do not depend on the machine."""
    mp = pytest.MonkeyPatch()
    mp.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    mp.undo()
    time.tzset()


# --- grids -------------------------------------------------------------------------------------


def test_grid_pdf(title_ctx: AppContext, story: Any, generated_clock: FakeClock, tmp_path: Path) -> None:
    out = write_grid_pdf(title_ctx, story.DEMO_SESSION, "C01", tmp_path / "grille.pdf", clock=generated_clock)
    data = out.read_bytes()
    texts = page_texts(data)
    assert len(texts) >= 5
    assert_numbered(texts)
    whole = flat(texts)
    assert "Camille Lefèvre" in texts[0]
    for title in (
        "Mise en situation professionnelle",
        "Entretien technique",
        "Questionnement à partir",
        "Entretien final",
    ):
        assert title in whole
    assert "✓ Satisfait" in whole
    assert story.C01_NOTE in whole and story.C01_PAUSE in whole and story.C01_INCIDENT in whole
    assert "Prévu" in whole and "Réel" in whole and "Écart" in whole
    assert "Martine Roussel" in whole and "M. Benali" in whole
    assert "Grilles d'évaluation — Camille Lefèvre — Session titre CIP — démonstration" in texts[-1]  # running header
    assert "07/12/2026 et 08/12/2026" in texts[-1]
    assert "EXAMEN BLANC" not in whole
    assert_fonts_embedded_no_helvetica(data)


def test_grid_pdf_of_a_weak_absent_and_recused_candidate(title_db: Orm, story: Any) -> None:
    c02 = flat(page_texts(render_grid(build_grid_report(title_db, story.DEMO_SESSION, "C02"))))
    assert "✗ Non satisfait" in c02 and "Non acquis" in c02
    assert "papier" in c02 and story.REDRAW_REASON in c02
    c05 = flat(page_texts(render_grid(build_grid_report(title_db, story.DEMO_SESSION, "C05"))))
    assert "absent" in c05 and story.ABSENCE_NOTE in c05
    c04 = flat(page_texts(render_grid(build_grid_report(title_db, story.DEMO_SESSION, "C04"))))
    assert "Récusation" in c04 and "Karim Benali" in c04
    assert "M. Benali" not in c04  # no column for the recused juror


# --- procès-verbal -----------------------------------------------------------------------------


def test_pv_pdf(title_ctx: AppContext, story: Any, generated_clock: FakeClock, tmp_path: Path) -> None:
    out = write_pv_pdf(title_ctx, story.DEMO_SESSION, tmp_path / "pv.pdf", clock=generated_clock)
    data = out.read_bytes()
    texts = page_texts(data)
    assert_numbered(texts)
    whole = flat(texts)
    assert texts[0].startswith("Procès-verbal de délibération — Session titre CIP — démonstration — 07/12/2026")
    for name in ("LEFÈVRE", "GIRARD", "HADDAD", "MOREAU", "MARCHAND"):
        assert name in texts[0]
    for label in ("Délivré", "Non délivré", "Acquis", "Non acquis", "En attente", "Absent"):
        assert label in whole
    assert story.C02_CCP3_REASON in whole
    assert story.C02_TITLE_REASON in whole
    assert story.RECUSAL_NOTE in whole and story.SESSION_INCIDENT in whole and story.ABSENCE_NOTE in whole
    assert "Présidente du jury" in whole.replace("·e", "e") and "Membre du jury" in whole
    assert "Fait à Lyon, le 08/12/2026." in whole
    assert "PROJET" in whole  # C03's deliberation is open: a draft, which cannot be signed
    assert f"Session{NNBSP}:" not in whole  # labels in the table carry no colon...
    assert f"Fiche scénario tirée au sort{NNBSP}:" in whole  # ...the others a narrow no-break space
    assert "EXAMEN BLANC" not in whole
    assert_fonts_embedded_no_helvetica(data)
    reader = PdfReader(io.BytesIO(data))
    fields = reader.get_fields() or {}
    assert sorted(fields) == ["SignatureJure01", "SignatureJure02"]  # one per juror, before anyone signs
    assert all(f.get("/V") is None for f in fields.values())
    assert reader.metadata is not None and reader.metadata["/JuryAppSession"] == story.DEMO_SESSION
    assert reader.metadata["/JuryAppPvClosed"] == "non" and len(reader.metadata["/JuryAppPvState"]) == 64


def test_pv_signature_areas(title_db: Orm, story: Any) -> None:
    rendered = render_pv_with_areas(build_pv_report(title_db, story.DEMO_SESSION))
    areas = rendered.signature_areas
    assert [a.field_name for a in areas] == ["SignatureJure01", "SignatureJure02"]
    pages = len(PdfReader(io.BytesIO(rendered.pdf)).pages)
    for a in areas:
        assert a.page == pages - 1  # the signatures close the document
        x0, y0, x1, y1 = a.rect
        assert 0 < x0 < x1 <= 595.3 and 40 < y0 < y1 < 842
        assert 100 < y1 - y0 < 130  # the whole box: the field shows « non signé », then the stamp
    assert areas[0].rect[2] < areas[1].rect[0]  # side by side


def test_pv_signature_keeps_the_pads_proportions(story: Any) -> None:
    """A signature drawn on the pad looks the same in the signed box: not stretched to its width."""
    pdf = signed_stamp_pdf(
        245, 124, name="Mme Martine Roussel", role="Présidente du jury", signed_at="le …", strokes=story.SIGNATURE
    )
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[-1]
        ink = [o for o in page.curves + page.lines if o.get("stroking_color") == pytest.approx(SIGNATURE_INK, abs=1e-3)]
    assert len(ink) == len(story.SIGNATURE)  # one path per stroke
    xs = [x for o in ink for x, _ in o["pts"]]
    ys = [y for o in ink for _, y in o["pts"]]
    drawn = (max(xs) - min(xs)) / (max(ys) - min(ys))
    on_pad_x = [x for stroke in story.SIGNATURE for x, _ in stroke]
    on_pad_y = [y for stroke in story.SIGNATURE for _, y in stroke]
    pad = SIGNATURE_ASPECT * (max(on_pad_x) - min(on_pad_x)) / (max(on_pad_y) - min(on_pad_y))
    assert drawn == pytest.approx(pad, rel=0.01)


def test_pv_is_deterministic_and_golden(title_db: Orm, story: Any, paris_time: None) -> None:
    report = build_pv_report(title_db, story.DEMO_SESSION, clock=FakeClock(story.GENERATED_AT))
    first = render_pv(report)
    assert render_pv(report) == first
    with pdfplumber.open(io.BytesIO(first)) as pdf:
        lines = (pdf.pages[0].extract_text() or "").splitlines()
    assert lines[:31] == [
        "Procès-verbal de délibération — Session titre CIP — démonstration — 07/12/2026 et 08/12/2026",
        "Procès-verbal de délibération du jury",
        "Titre professionnel Conseiller en insertion professionnelle — TP-00403, version 08",
        "PROJET — une délibération au moins n'est pas close : ce procès-verbal ne peut pas être signé",
        "Certification TP-00403, version 08",
        "Texte de référence Arrêté du 21 novembre 2022 relatif au titre professionnel de conseiller en insertion",
        "professionnelle (JO du 01/12/2022)",
        "Session Session titre CIP — démonstration (DEMO-CIP-2026-11)",
        "N° de session 2026-CIP-1107",
        "Nature Session du titre professionnel",
        "Objet des décisions Chaque CCP (CCP1, CCP2, CCP3) et le titre",
        "Dates 07/12/2026 et 08/12/2026",
        "Lieu Centre AFPA de démonstration, 14 rue des Tanneurs, 69007 Lyon",
        "Agrément du centre AGR-69-2026-0412",
        "Responsable de session Nathalie Berthier",
        "Composition du jury",
        "Nom Qualité Profession",
        "Mme Martine Roussel Présidente du jury Conseillère en insertion professionnelle, Mission locale",
        "de l'Est lyonnais",
        "M. Karim Benali Membre du jury Chargé d'accompagnement, PLIE Uni-Est",
        "Résultats",
        "Nom Parcours CCP1 CCP2 CCP3 Titre",
        "LEFÈVRE Camille Formation Acquis Acquis Acquis Délivré",
        "GIRARD Thomas Formation Acquis Acquis Non acquis Non délivré",
        "HADDAD Inès Formation En attente En attente En attente En attente",
        "MOREAU Julien VAE Acquis Acquis Acquis Délivré",
        "MARCHAND Sophie VAE Absent Absent Absent Absent",
        "absente",
        "CCP1 : Accueillir pour analyser la demande des personnes et poser les bases d'un diagnostic partagé · CCP2 : Accompagner les",
        "personnes dans leur parcours d'insertion sociale et professionnelle · CCP3 : Mettre en œuvre une offre de services auprès des",
        "employeurs pour favoriser l'insertion professionnelle",
    ]
    assert lines[-1] == "TP-00403 v08 · DEMO-CIP-2026-11 · édité le 08/12/2026 à 18 h 30 par jury_app page 1 / 4"


# --- blank grids, feedback, mock marking -------------------------------------------------------


def test_blank_grids_pdf(title_ctx: AppContext, title_db: Orm, story: Any, tmp_path: Path) -> None:
    out = write_blank_grids_pdf(title_ctx, story.DEMO_SESSION, "C01", tmp_path / "papier.pdf")
    data = out.read_bytes()
    texts = page_texts(data)
    assert_numbered(texts)
    whole = flat(texts)
    assert f"Grille papier de secours — à ressaisir dans l'application (saisie marquée «{NNBSP}papier{NNBSP}»)" in whole
    for title in (
        "Mise en situation professionnelle",
        "Entretien technique",
        "Questionnement à partir",
        "Entretien final",
    ):
        assert title in whole
    assert whole.count("☐ Acquis") == 2 + 5 + 12 + 1  # one judgement per competence, one overall
    assert "CP15.3" in whole
    assert_fonts_embedded_no_helvetica(data)
    single = render_blank_grids([build_blank_grid_report(title_db, story.DEMO_SESSION, "C05", "ef")])
    assert len(page_texts(single)) == 1


def test_mock_documents_are_marked_on_every_page(mock_db: Orm, story: Any) -> None:
    feedback = render_feedback(build_feedback_report(mock_db, story.MOCK_SESSION, "C01"))
    grid = render_grid(build_grid_report(mock_db, story.MOCK_SESSION, "C01"))
    pv = render_pv(build_pv_report(mock_db, story.MOCK_SESSION))
    for data in (feedback, grid, pv):
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            assert len(pdf.pages) >= 1
            for page in pdf.pages:
                band = page.crop((0, 0, page.width, 40)).extract_text() or ""
                assert MOCK_MENTION in band  # the band at the top of the page
                assert (page.extract_text() or "").count("EXAMEN BLANC") >= 2  # band and footer
                # the diagonal watermark is drawn, not written: many strokes, no rotated text
                assert not [c for c in page.chars if not c.get("upright", True)]
                assert len(page.curves) + len(page.lines) > 10
        assert_fonts_embedded_no_helvetica(data)
    texts = page_texts(feedback)
    assert_numbered(texts)
    whole = flat(texts)
    assert "Retour au candidat — examen blanc" in whole
    assert "Points forts" in whole and "Points à améliorer" in whole
    assert "La présentation des informations est adaptée au public" in whole
    assert "(non observé)" in whole and "(non satisfait)" in whole


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) absent")
def test_pdffonts_sees_only_embedded_dejavu(title_ctx: AppContext, story: Any, tmp_path: Path) -> None:
    out = write_pv_pdf(title_ctx, story.DEMO_SESSION, tmp_path / "pv.pdf")
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert {row.split()[0].split("+")[1] for row in rows} == {"DejaVuSans", "DejaVuSans-Bold"}  # page and boxes
    for row in rows:
        assert "DejaVuSans" in row
        assert row.split()[-5:-2] == ["yes", "yes", "yes"]  # embedded, subset, with a ToUnicode map


def test_feedback_of_a_candidate_not_yet_evaluated(mock_db: Orm, story: Any) -> None:
    report = build_feedback_report(mock_db, story.MOCK_SESSION, "C02")
    assert report.competences == ()
    texts = page_texts(render_feedback(report))
    assert len(texts) == 1 and "Aucune grille n'a encore été saisie" in flat(texts)
