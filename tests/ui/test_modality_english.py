"""The modality screen in English: the refusals of the exam actions (start before the draw, a new
draw without its reason, resuming a pause without its reason, a phase change with the clock stopped)
are told in the banner in English; test_modality_screen sees them in French."""

from __future__ import annotations

import random

from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey
from jury_app.actions.jurors import declare
from jury_app.domain.clock import FakeClock
from jury_app.ui.modality import ModalityScreen
from tests.helpers.english import french_in

SID = "DEMO-CIP-2026-11"


def _refused(screen: ModalityScreen, what: str) -> None:
    told = screen.error_text()
    assert told.startswith("Refused — ") and what in told, told
    assert "Nothing was lost" in told and french_in(told) == [], told


def test_the_exam_refusals_in_english(qtbot: QtBot, ctx: AppContext, clock: FakeClock, english: None) -> None:
    declare(ctx, SID, "C01", "J1", has_link=False)
    screen = ModalityScreen(ctx, GridKey(SID, "C01", "msp", "J1"), clock, rng=random.Random(7))
    qtbot.addWidget(screen)

    assert screen.start() is None
    _refused(screen, "Start the timer: draw the scenario card first")
    assert screen.next_phase() is None
    _refused(screen, "the timer has not started")

    assert screen.draw("Mme Témoin") is not None
    assert screen.redraw("Mme Témoin", "   ") is None
    _refused(screen, "a new draw needs a reason")

    assert screen.start() is not None
    assert screen.pause() is not None
    assert screen.resume() is None
    _refused(screen, "first give the reason for the pause: it is required before going on")
    assert screen.give_pause_reason("alarme incendie") is not None
    assert screen.resume() is not None and screen.error_text() == ""
