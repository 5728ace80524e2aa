"""The deliberation screen in English: why the proposals cannot be adopted, why the deliberation
cannot close yet, and a reopening refused without its reason read in English; test_deliberation_screen
sees the same in French."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.deliberation import TITLE
from jury_app.actions.exam import mark_absent
from jury_app.domain.clock import FakeClock
from jury_app.ui.deliberation import DeliberationScreen
from jury_app.ui.overview.closing_dialog import ClosingDialog
from tests.helpers.english import french_in
from tests.helpers.jury_day import sit

SID = "DEMO-CIP-2026-11"


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext, clock: FakeClock) -> DeliberationScreen:
    widget = DeliberationScreen(ctx, SID, "J1", clock)
    qtbot.addWidget(widget)
    return widget


def test_what_prevents_adopting_and_closing_in_english(screen: DeliberationScreen, english: None) -> None:
    assert screen.select_candidate("C03")  # no grid at all
    tip = screen.decisions.adopt_button.toolTip()
    assert "not evaluated: CP1, " in tip and "; the jury decides competence by competence" in tip, tip
    assert french_in(tip) == [], tip
    assert screen.ask_close() is None
    told = screen.error_text()
    assert "CP1: the jury's common judgement to set" in told, told
    assert french_in(told) == [], told


def test_a_reopening_without_its_reason_in_english(
    screen: DeliberationScreen, ctx: AppContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, english: None
) -> None:
    mark_absent(ctx, SID, "C04", "J1", clock, "pas venu")
    sit(ctx, SID, "C04", clock)
    assert screen.select_candidate("C04")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    view = screen.ask_close()
    assert view is not None and view.closed
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("  ", True)))
    assert screen.ask_reopen() is None
    told = screen.error_text()
    assert "say why the deliberation is reopened" in told and french_in(told) == [], told


def test_a_reopening_without_its_reason_in_french(
    screen: DeliberationScreen, ctx: AppContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    mark_absent(ctx, SID, "C04", "J1", clock, "pas venu")
    sit(ctx, SID, "C04", clock)
    assert screen.select_candidate("C04")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert screen.ask_close() is not None
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("  ", True)))
    assert screen.ask_reopen() is None
    assert "indiquez pourquoi la délibération est rouverte" in screen.error_text()
    assert "le jury décide compétence par compétence" not in screen.error_text()


def test_the_closing_check_has_no_french_in_english(qtbot: QtBot, ctx: AppContext, english: None) -> None:
    dialog = ClosingDialog(ctx, SID)
    qtbot.addWidget(dialog)
    texts = [dialog.tree.topLevelItem(i).text(2) for i in range(dialog.tree.topLevelItemCount())]
    assert "Deliberation not closed" in texts
    said = [t.split(": ", 1)[-1] for t in texts]  # after the modality's title, which is the référentiel's
    assert french_in("\n".join(said)) == [], texts


def test_what_prevents_granting_in_english(
    screen: DeliberationScreen, ctx: AppContext, clock: FakeClock, english: None
) -> None:
    sit(ctx, SID, "C03", clock)
    assert screen.select_candidate("C03")  # no grid at all: nothing can be granted
    blocked = screen.decisions.decision("CCP1").blocked.text()
    assert "CP1: assessed by no juror in a modality of the candidate's path" in blocked, blocked
    assert french_in(blocked) == [], blocked
    assert screen.decide(TITLE, True, "") is None  # refused by the action too
    told = screen.error_text()
    assert "cannot grant the title: CCP1: the decision on the CCP to take first" in told, told
    assert french_in(told) == [], told
