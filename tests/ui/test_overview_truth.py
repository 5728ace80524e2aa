"""The overview tells the truth: « Passée » only once the juror's grid is complete, the time left of a
modality under way, rows that keep their size, and a timer's warnings heard wherever the juror is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jury_app.actions import exam, grids
from jury_app.actions.context import AppContext
from jury_app.actions.overview import running_timers
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import Mark
from jury_app.paths import resolve
from jury_app.ui.common import theme
from jury_app.ui.main_window import MainWindow
from jury_app.ui.modality.modality_screen import ModalityScreen

SID = "DEMO-CIP-2026-11"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    ctx = AppContext(resolve(tmp_path / "data"))
    win = MainWindow(ctx, clock)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()

    def declare_no_link(parent: object, ctx: AppContext, sid: str, cand: str, juror: str) -> bool:
        from jury_app.actions.jurors import declare

        declare(ctx, sid, cand, juror, has_link=False)
        return True

    monkeypatch.setattr("jury_app.ui.jurors.declaration_dialog.ask_declaration", declare_no_link)
    with qtbot.waitSignal(win.ready, timeout=30_000):
        win.open_demo()
    win.login.pin.setText("2468")
    win.login.pin_again.setText("2468")
    win.login.lead.setText("phrase du responsable")
    win.login.ok.click()
    assert win.stack.currentWidget() is win.overview
    for cand in ("C01", "C02"):
        declare_no_link(win, ctx, SID, cand, "J1")
    return win


def _cell(win: MainWindow, row: int, col: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
    model = win.overview.model
    return model.data(model.index(row, col), role)


def _pass_msp(ctx: AppContext, clock: FakeClock, candidate: str) -> grids.GridKey:
    """C01's mise en situation drawn, run through and finished by J1; no mark given yet."""
    key = grids.GridKey(SID, candidate, "msp", "J1")
    exam.draw_scenario(ctx, key, clock)
    exam.start_modality(ctx, key, clock)
    clock.advance(15 * 60)
    exam.next_phase(ctx, key, clock)
    clock.advance(30 * 60)
    exam.finish_modality(ctx, key, clock)
    return key


def test_passed_only_once_the_jurors_grid_is_complete(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    ctx = window.ctx
    key = _pass_msp(ctx, clock, "C01")
    window.show_overview()
    text = str(_cell(window, 0, 2))
    assert text.startswith("Passée, grille incomplète")
    assert "Passée, grille incomplète" in str(_cell(window, 0, 2, Qt.ItemDataRole.ToolTipRole))
    brush = _cell(window, 0, 2, Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == theme.color("warn_bg")  # type: ignore[attr-defined]

    view = grids.grid_view(ctx, key)
    for comp in view.competences:
        for crit in comp.criteria:
            grids.set_mark(ctx, key, crit.id, Mark.SATISFIED, clock)
    for comp in grids.grid_view(ctx, key).competences:
        assert comp.competence is not None and comp.suggested is not None
        grids.set_judgement(ctx, key, comp.competence.id, comp.suggested, clock)
    window.show_overview()
    text = str(_cell(window, 0, 2))
    assert text.startswith("Passée\n") and "J1 ✓" in text
    assert _cell(window, 0, 2, Qt.ItemDataRole.BackgroundRole).color() != theme.color("warn_bg")  # type: ignore[attr-defined]


def test_a_modality_under_way_counts_down_on_the_overview(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    ctx = window.ctx
    key = grids.GridKey(SID, "C01", "msp", "J1")
    exam.draw_scenario(ctx, key, clock)
    exam.start_modality(ctx, key, clock)
    clock.advance(60)
    window.show_overview()
    plan = running_timers(ctx, SID)[0].plan
    first = plan[0].duration_s - 60
    assert f"{first // 60:02d}:{first % 60:02d} · phase 1/{len(plan)}" in str(_cell(window, 0, 2))
    clock.advance(30)
    window.overview.model.tick()  # what the screen's one-second ticker does
    first -= 30
    assert f"{first // 60:02d}:{first % 60:02d} · phase 1/{len(plan)}" in str(_cell(window, 0, 2))
    assert window.overview.ticker.isActive()
    exam.pause_modality(ctx, key, clock)
    window.show_overview()
    assert "en pause" in str(_cell(window, 0, 2))


def test_rows_keep_their_size_from_one_visit_to_the_next(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    table = window.overview.table
    heights = [table.rowHeight(r) for r in range(window.overview.model.rowCount())]
    assert len(set(heights)) == 1 and heights[0] >= 2 * table.fontMetrics().lineSpacing()
    _pass_msp(window.ctx, clock, "C01")  # C01's cell grows a line of grids
    exam.mark_absent(window.ctx, SID, "C04", "J1", clock, "ne s'est pas présenté")
    window.show_overview()
    assert [table.rowHeight(r) for r in range(window.overview.model.rowCount())] == heights
    assert not table.wordWrap() and table.textElideMode() == Qt.TextElideMode.ElideRight


def test_a_timers_warning_sounds_on_the_overview_not_twice_and_not_for_the_screen_showing_it(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    beeps: list[str] = []
    watch = window.timer_watch
    watch.sound = lambda: beeps.append("bip")
    window.open_modality("C01", "msp")
    screen = window.stack.currentWidget()
    assert isinstance(screen, ModalityScreen)
    assert screen.draw() is not None and screen.start() is not None
    assert watch.shown == ("C01", "msp")
    watch.tick()
    first = screen.run.plan[0].duration_s
    clock.advance(first - 4 * 60)  # less than 5 minutes left: the modality screen says it itself
    watch.tick()
    assert beeps == []
    screen.close_screen()
    assert window.stack.currentWidget() is window.overview and watch.shown is None
    clock.advance(3 * 60 + 30)  # less than a minute: the juror is on the overview, it sounds there
    watch.tick()
    assert beeps == ["bip"]
    assert "Camille Lefèvre" in window.statusBar().currentMessage()
    assert "moins d'une minute" in window.statusBar().currentMessage()
    watch.tick()
    assert beeps == ["bip"]  # once per warning
    window.set_sound(False)
    clock.advance(60)  # time over, heard in the status bar only: the sound is off
    watch.tick()
    assert beeps == ["bip"] and "temps dépassé" in window.statusBar().currentMessage()
