"""Switching candidate in the deliberation screen: a candidate seen a moment ago is shown from what was
read then, unless anything was committed since (on this screen, elsewhere in the app, by another
program), and the decision rows are kept from one candidate to the next without carrying anything."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jury_app.actions import deliberation as actions
from jury_app.actions.context import AppContext
from jury_app.actions.deliberation import deliberation_view
from jury_app.actions.grids import GridKey, grid_view, set_mark
from jury_app.actions.jurors import declare
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import Mark
from jury_app.ui.deliberation import DeliberationScreen
from jury_app.ui.deliberation.decisions_panel import DecisionsPanel
from jury_app.ui.deliberation.marks_tree import MarksTree

SID = "DEMO-CIP-2026-11"


@pytest.fixture
def screen(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> DeliberationScreen:
    shown = DeliberationScreen(ctx, SID, "J1", clock)
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    shown.show()
    return shown


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The candidates whose view the screen reads from the database."""
    done: list[str] = []
    real: Callable[..., Any] = actions.view_and_step

    def counted(ctx: AppContext, session_id: str, candidate_ref: str, viewer: str) -> Any:
        done.append(candidate_ref)
        return real(ctx, session_id, candidate_ref, viewer)

    monkeypatch.setattr(actions, "view_and_step", counted)
    return done


def _first_mark(screen: DeliberationScreen, ctx: AppContext, candidate: str) -> tuple[str, str, str]:
    comp = grid_view(ctx, GridKey(SID, candidate, "msp", "J1")).competences[0]
    return "msp", comp.key, comp.criteria[0].id


def _shown_mark(screen: DeliberationScreen, where: tuple[str, str, str]) -> str | None:
    row = screen.marks.row(*where)
    return None if row is None else row.text(MarksTree.FIRST_JUROR)


def test_a_candidate_seen_again_is_not_read_again_while_nothing_changed(
    screen: DeliberationScreen, reads: list[str]
) -> None:
    assert screen.select_candidate("C02") and screen.select_candidate("C03")
    assert reads == ["C02", "C03"]
    assert screen.select_candidate("C02") and screen.select_candidate("C01")  # C01: read when the screen opened
    assert reads == ["C02", "C03"]
    assert screen.view is not None and screen.view.candidate_ref == "C01"


@pytest.mark.parametrize("writer", ["the same app", "another program"])
def test_a_candidate_seen_again_shows_what_was_written_meanwhile(
    screen: DeliberationScreen, ctx: AppContext, clock: FakeClock, reads: list[str], writer: str
) -> None:
    where = _first_mark(screen, ctx, "C02")
    assert screen.select_candidate("C02")
    assert _shown_mark(screen, where) is None  # no grid yet
    assert screen.select_candidate("C03")

    other = ctx if writer == "the same app" else AppContext(ctx.paths)  # a results import, another window...
    declare(other, SID, "C02", "J1", has_link=False)
    set_mark(other, GridKey(SID, "C02", "msp", "J1"), where[2], Mark.NOT_SATISFIED, clock)

    assert screen.select_candidate("C02")
    assert _shown_mark(screen, where) == "✗ Non satisfait"
    assert reads == ["C02", "C03", "C02"]


def test_a_change_made_on_the_screen_is_shown_on_coming_back(
    screen: DeliberationScreen, ctx: AppContext, reads: list[str]
) -> None:
    assert screen.select_candidate("C02")
    assert screen.open_step(["J1", "J2"], True)  # the president opens the jury's step early
    assert screen.decide("CCP1", False, "Absent de la mise en situation") is not None
    assert screen.select_candidate("C03") and screen.select_candidate("C02")
    row = screen.decisions.decision("CCP1")
    assert row.combo.value() is False and row.reason_edit.text() == "Absent de la mise en situation"
    assert deliberation_view(ctx, SID, "C02").units[0].reason == "Absent de la mise en situation"


def test_the_decision_rows_are_kept_but_a_reason_typed_stays_with_its_candidate(ctx: AppContext, qtbot: QtBot) -> None:
    panel = DecisionsPanel()
    qtbot.addWidget(panel)
    panel.set_view(deliberation_view(ctx, SID, "C02", "J1"))
    row = panel.decision("CCP1")
    row.reason_edit.setText("tapé pour C02")  # typed, not saved
    assert row.pending
    panel.set_view(deliberation_view(ctx, SID, "C05", "J1"))  # the same decisions: the same rows
    assert panel.decision("CCP1") is row
    assert row.reason_edit.text() == "" and not row.pending
    panel.set_view(deliberation_view(ctx, SID, "C05", "J1"))
    row.reason_edit.setText("tapé pour C05")
    panel.set_view(deliberation_view(ctx, SID, "C05", "J1"))  # the same candidate read again: kept
    assert row.reason_edit.text() == "tapé pour C05"


def _both_jurors_mark(ctx: AppContext, clock: FakeClock, candidate: str, differ_on: str | None) -> None:
    """Both jurors declare and mark the whole MSP grid alike, but for `differ_on`; the other modalities
    are left as they are (blind marking stays; the viewer's own marks show)."""
    for juror in ("J1", "J2"):
        declare(ctx, SID, candidate, juror, has_link=False)
        key = GridKey(SID, candidate, "msp", juror)
        for comp in grid_view(ctx, key).competences:
            for crit in comp.criteria:
                differs = juror == "J2" and crit.id == differ_on
                set_mark(ctx, key, crit.id, Mark.NOT_SATISFIED if differs else Mark.SATISFIED, clock)


def test_the_marks_rows_are_kept_but_say_each_candidates_disagreements(
    screen: DeliberationScreen, ctx: AppContext, clock: FakeClock
) -> None:
    _both_jurors_mark(ctx, clock, "C01", differ_on="CP1.3")
    _both_jurors_mark(ctx, clock, "C05", differ_on=None)
    assert screen.open_step(["J1", "J2"], True)  # C01: everyone's marks shown
    screen.select_candidate("C05")
    assert screen.open_step(["J1", "J2"], True)
    screen.select_candidate("C01")
    flagged = screen.marks.row("msp", "CP1", "CP1.3")
    assert flagged is not None and screen.marks.is_disagreement(flagged)
    assert flagged.text(MarksTree.DIFF) == "≠" and "Désaccord sur le critère" in flagged.toolTip(MarksTree.LABEL)
    screen.marks.tree.setCurrentItem(flagged)

    assert screen.select_candidate("C05")
    kept = screen.marks.row("msp", "CP1", "CP1.3")
    assert kept is flagged  # the same row, its content C05's
    assert not screen.marks.is_disagreement(kept) and kept.text(MarksTree.DIFF) == ""
    assert kept.toolTip(MarksTree.LABEL).startswith("CP1.3 — ") and "Désaccord" not in kept.toolTip(MarksTree.LABEL)
    assert kept.background(MarksTree.LABEL).style() == Qt.BrushStyle.NoBrush
    assert screen.marks.disagreements() == [] and screen.marks.tree.currentItem() is None
    assert screen.marks.detail.toPlainText() == ""

    assert screen.select_candidate("C01")
    assert screen.marks.disagreements() == ["msp/CP1/CP1.3"]
