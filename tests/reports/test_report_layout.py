"""Grids of a candidate with extra time, read back with pdfplumber: durations as people write them,
no health data, and no text that overprints another or leaves its table cell."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from jury_app.actions import exam, jurors
from jury_app.actions.context import AppContext
from jury_app.actions.exam import GridKey, RunKey
from jury_app.actions.packages import import_
from jury_app.actions.reports import write_blank_grids_pdf, write_grid_pdf
from jury_app.paths import resolve

SID = "DEMO-CIP-2026-11"
OVERRUN_S = {"msp": 95, "et": 40 * 60, "qp": 23 * 60 + 17, "ef": 13}  # the last phase runs over by that much


def _run_long(ctx: AppContext, cand: str, modality: str, overrun: int, clock: Any, rng: random.Random) -> None:
    view = exam.run_view(ctx, RunKey(SID, cand, modality), clock)
    key = GridKey(SID, cand, modality, "J1")
    if view.modality.scenario_drawn_by_lot:
        exam.draw_scenario(ctx, key, clock, witness="Nathalie Berthier", rng=rng)
    exam.start_modality(ctx, key, clock)
    for i, phase in enumerate(view.plan):
        last = i == len(view.plan) - 1
        if i == 0:
            clock.advance(phase.duration_s / 3)
            exam.pause_modality(ctx, key, clock, "Le candidat demande une pause")
            clock.advance(7 * 60 + 11)
            exam.resume_modality(ctx, key, clock)
            clock.advance(phase.duration_s * 2 / 3 - 37)
        else:
            clock.advance(phase.duration_s + (overrun if last else -29))
        if not last:
            exam.next_phase(ctx, key, clock)
    exam.finish_modality(ctx, key, clock)


@pytest.fixture(scope="module")
def extra_time_data(tmp_path_factory: pytest.TempPathFactory, demo_package: Path, marking: Any) -> Path:
    """C03 (a third more time, for a reason the package keeps private) sits the whole title with
    pauses and phases that overrun, some by over half an hour."""
    folder = tmp_path_factory.mktemp("extra") / "data"
    ctx = AppContext(resolve(folder))
    try:
        import_(ctx, demo_package)
        for juror in ("J1", "J2"):
            jurors.declare(ctx, SID, "C03", juror, has_link=False)
        clock = marking.clock_at(8, 7, 30)
        rng = random.Random(5)
        for modality, overrun in OVERRUN_S.items():
            _run_long(ctx, "C03", modality, overrun, clock, rng)
            for juror in ("J1", "J2"):
                marking.score(ctx, SID, "C03", modality, juror, clock)
    finally:
        ctx.close()
    return folder


@pytest.fixture
def extra_ctx(extra_time_data: Path) -> Iterator[AppContext]:
    ctx = AppContext(resolve(extra_time_data))
    yield ctx
    ctx.close()


Box = tuple[float, float, float, float]


def _overlap(a: Box, b: Box, slack: float = 0.4) -> bool:
    return a[0] < b[2] - slack and b[0] < a[2] - slack and a[1] < b[3] - slack and b[1] < a[3] - slack


def _overlapping_words(page: Any) -> list[tuple[str, str]]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=True)
    boxes = sorted(((w["x0"], w["top"], w["x1"], w["bottom"]), w["text"]) for w in words)
    found = []
    for i, (a, ta) in enumerate(boxes):
        for b, tb in boxes[i + 1 :]:
            if b[0] >= a[2]:
                break
            if _overlap(a, b):
                found.append((ta, tb))
    return found


PADDING = 2.0  # the house tables pad every cell by 4 pt: text this close to a rule ran out of its cell


def _words_out_of_their_cell(page: Any) -> list[str]:
    """Characters (spaces too) that cross a vertical rule of a table or touch it: text running out
    of its cell into the next one."""
    out = []
    for table in page.find_tables():
        rules = {(x, c[1], c[3]) for c in table.cells if c is not None for x in (c[0], c[2])}
        for ch in page.chars:
            for x, top, bottom in rules:
                if not (ch["top"] < bottom and top < ch["bottom"]):
                    continue
                if ch["x0"] - PADDING < x < ch["x1"] + PADDING:
                    out.append(ch["text"])
    return out


def test_grids_with_extra_time_print_whole_minutes_and_no_reason(extra_ctx: AppContext, tmp_path: Path) -> None:
    data = write_grid_pdf(extra_ctx, SID, "C03", tmp_path / "grilles-C03.pdf").read_bytes()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages).replace("\u202f", " ")
    assert "temps majoré (+33 %)" in text
    assert "RQTH" not in text and "tiers temps" not in text  # the reason stays in the package
    # 15 min and 30 min at +33 %: planned 20 min and 40 min, never "19 min 57 s".
    assert "20 min" in text and "40 min" in text
    assert "19 min 57" not in text and "39 min 54" not in text
    assert "1 h" in text  # the overrun of the technical interview adds up past an hour


def test_no_text_overprints_another_nor_leaves_its_cell(extra_ctx: AppContext, tmp_path: Path) -> None:
    for name, write in (("grilles", write_grid_pdf), ("papier", write_blank_grids_pdf)):
        data = write(extra_ctx, SID, "C03", tmp_path / f"{name}.pdf").read_bytes()
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            assert len(pdf.pages) > 2
            for number, page in enumerate(pdf.pages, 1):
                assert _overlapping_words(page) == [], (name, number)
                assert _words_out_of_their_cell(page) == [], (name, number)


def test_the_overlap_check_sees_an_overprint(tmp_path: Path) -> None:
    """The check above would catch what it looks for: two texts drawn over each other, a text
    running out of its cell."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "chevauchement.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(100, 700, "1 h 02 min 10 s")
    c.drawString(130, 700, "+40 min 13 s")
    c.grid([100, 140, 200], [560, 580, 600])  # a table of two rows and two columns
    c.drawString(102, 586, "1 h 02 min 10 s")  # wider than its 40 pt column
    c.showPage()
    c.save()
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        assert _overlapping_words(page)
        assert _words_out_of_their_cell(page)
