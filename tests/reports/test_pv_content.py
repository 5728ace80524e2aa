"""What the signed PV says and shows, read back: the identification a certification officer needs,
each decision's basis, the declarations, the counts; boxes that read « non signé » until each juror
signs and then show the stamp drawn at signing; every time in the session's zone on a laptop set to
UTC; no point médian, no health data."""

from __future__ import annotations

import io
import logging
import os
import re
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from jury_app.actions.context import AppContext
from jury_app.actions.pv_files import generate_pv
from jury_app.actions.signing import save_handwritten_signature, sign_report
from jury_app.domain.clock import FakeClock
from jury_app.reports.pdf_preview import page_images
from tests.helpers.jury_day import PINS

SID = "DEMO-CIP-2026-11"
PASS = {"J1": "phrase de Martine", "J2": "phrase de Karim"}
KARIM_STROKES = [[[0.05, 0.7], [0.2, 0.2], [0.3, 0.8], [0.45, 0.3]], [[0.62, 0.5], [0.75, 0.3], [0.95, 0.45]]]


@pytest.fixture
def utc_laptop() -> Iterator[None]:
    """A laptop whose clock is set to UTC: the documents must still tell the centre's time."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages))


def _signature_page_pixels(pdf: bytes) -> bytes:
    """The last page as the preview shows it (PDFium, form fields drawn)."""
    return page_images(pdf, scale=0.5)[-1].rgb


def test_the_pv_tells_what_an_officer_checks(closed_copy: Callable[[str], AppContext], utc_laptop: None) -> None:
    ctx = closed_copy("lead")
    clock = FakeClock(datetime(2026, 12, 8, 17, 0, tzinfo=UTC))
    text = _text(generate_pv(ctx, SID, clock=clock).read_bytes())
    for expected in (
        "TP-00403, version 08",
        "Arrêté du 21 novembre 2022",
        "N° de session 2026-CIP-1107",
        "Agrément du centre AGR-69-2026-0412",
        "Mme Inès Haddad (C03), née le 04/02/1991, n° de candidat 2026-1103",
        "M. Thomas Girard (C02), né le 02/11/1988",
        "Camille Lefèvre (C01), date de naissance",  # no civility: neutral wording
        "Évaluations en cours de formation (ECF), par CCP : CCP1 acquis le 12/06/2026",
        "CCP3 non acquis le 06/11/2026",
        "Périodes en entreprise : 420 h (minimum 385 h pour le titre)",
        "Dossier professionnel : joint au dossier de session",
        "Le jury a évalué les compétences au vu de",
        "aucun lien personnel ou professionnel déclaré par Martine Roussel, Karim Benali",
        "Récusation : Karim Benali ne participe pas à l'évaluation",
        "Candidats convoqués 5",
        "Présents 4",
        "Absents 1",
        "Fait à Lyon, le 08/12/2026.",
        "édité le 08/12/2026 à 18 h 00",  # 17:00 UTC told in Europe/Paris, whatever the laptop says
    ):
        assert expected in text, expected
    assert "·" not in text.replace(" · ", " ")  # no point médian (the footer's separators aside)
    assert "RQTH" not in text and "tiers temps" not in text  # C03's reason for extra time stays private


def test_boxes_read_unsigned_until_each_juror_signs(closed_copy: Callable[[str], AppContext], utc_laptop: None) -> None:
    logging.getLogger("pyhanko").setLevel(logging.ERROR)
    ctx = closed_copy("lead")
    clock = FakeClock(datetime(2026, 12, 8, 17, 0, tzinfo=UTC))
    save_handwritten_signature(ctx, SID, "J2", KARIM_STROKES, clock)
    path = generate_pv(ctx, SID, clock=clock)
    unsigned = path.read_bytes()
    clock.advance(60)
    sign_report(ctx, SID, path, "J1", PASS["J1"], clock, pin=PINS["J1"])
    half = path.read_bytes()
    clock.advance(60)
    sign_report(ctx, SID, path, "J2", PASS["J2"], clock, pin=PINS["J2"])
    whole = path.read_bytes()
    # The three render differently (the signed boxes show each juror's stamp).
    pixels = [_signature_page_pixels(pdf) for pdf in (unsigned, half, whole)]
    assert len(set(pixels)) == 3

    # What each box shows is in its widget's appearance: « NON SIGNÉ », then the stamp with the
    # time of signing in the session's zone (the laptop is on UTC: 17:01 UTC is 18 h 01 in Lyon).
    def appearances(pdf: bytes) -> dict[str, str]:
        reader = PdfReader(io.BytesIO(pdf))
        shown = {}
        for annot in reader.pages[-1].get("/Annots") or []:
            widget = annot.get_object()
            stream = widget["/AP"]["/N"].get_object()
            shown[str(widget["/T"])] = _xobject_text(stream)
        return shown

    assert all("NON SIGNÉ" in t for t in appearances(unsigned).values())
    half_boxes = appearances(half)
    assert "NON SIGNÉ" in half_boxes["SignatureJure02"] and "NON SIGNÉ" not in half_boxes["SignatureJure01"]
    final = appearances(whole)
    assert "Signé électroniquement" in final["SignatureJure01"] and "18 h 01" in final["SignatureJure01"]
    assert "Mme Martine Roussel" in final["SignatureJure01"] and "Présidente du jury" in final["SignatureJure01"]
    assert "M. Karim Benali" in final["SignatureJure02"] and "18 h 02" in final["SignatureJure02"]


def _xobject_text(stream: object) -> str:
    """The text an appearance stream draws, its nested form XObjects included (pyHanko wraps the
    stamp drawn by reportlab in one)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    page = writer.add_blank_page(400, 200)
    resources = stream.get("/Resources")  # type: ignore[attr-defined]
    page[  # type: ignore[index]
        __import__("pypdf").generic.NameObject("/Resources")
    ] = resources if resources is not None else __import__("pypdf").generic.DictionaryObject()
    page.replace_contents(stream)  # type: ignore[arg-type]
    return page.extract_text() or ""
