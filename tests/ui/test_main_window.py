"""The main window driven as a juror would: demo session, identification, overview, a whole
candidate through the four modalities with a fake clock, then the closing check."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey, grid_view
from jury_app.actions.jurors import declarations
from jury_app.actions.overview import closing_check, overview
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import Mark
from jury_app.domain.referentiel import Judgement
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.paths import resolve
from jury_app.ui.common.feedback import show_times_in
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
    return win


def _login(qtbot: QtBot, win: MainWindow, pin: str = "2468") -> None:
    with qtbot.waitSignal(win.ready, timeout=30_000):
        win.open_demo()  # the import runs off the GUI thread
    assert win.stack.currentWidget() is win.login
    win.login.pin.setText(pin)
    win.login.pin_again.setText(pin)
    win.login.lead.setText("phrase du responsable")  # the session lead confirms the first PIN
    win.login.ok.click()
    assert win.juror_ref == "J1"
    assert win.stack.currentWidget() is win.overview


def test_first_use_sets_a_pin_and_later_the_pin_is_required(qtbot: QtBot, window: MainWindow) -> None:
    _login(qtbot, window)
    window.switch_juror()
    assert window.juror_ref is None
    window.login.pin.setText("0000")
    window.login.ok.click()
    assert window.juror_ref is None
    assert "incorrect" in window.login.error.text()
    window.login.pin.setText("2468")
    window.login.ok.click()
    assert window.juror_ref == "J1"


def _screen(win: MainWindow) -> ModalityScreen:
    screen = win.stack.currentWidget()
    assert isinstance(screen, ModalityScreen)
    return screen


def _score_whole_grid(screen: ModalityScreen) -> None:
    for comp in screen.grid.competences:
        for crit in comp.criteria:
            screen.set_mark(crit.id, Mark.SATISFIED)
        cid = comp.key
        suggested = next(c.suggested for c in screen.grid.competences if c.key == cid)
        screen.set_judgement(cid, suggested or Judgement.ACQUIRED)


def test_a_whole_candidate_through_the_four_modalities(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    _login(qtbot, window)
    ctx = window.ctx
    for modality in ("msp", "et", "qp", "ef"):
        window.open_modality("C01", modality)
        screen = _screen(window)
        if screen.run.modality.scenario_drawn_by_lot:
            assert screen.draw() is not None
        assert screen.start() is not None, screen.error_text()
        for i, phase in enumerate(screen.run.plan):
            clock.advance(phase.duration_s)
            if i < len(screen.run.plan) - 1:
                assert screen.next_phase() is not None, screen.error_text()
        assert screen.finish() is not None, screen.error_text()
        _score_whole_grid(screen)
        assert screen.grid.completeness.complete
        screen.close_screen()
        assert window.stack.currentWidget() is window.overview
    view = overview(ctx, SID)
    row = next(r for r in view.rows if r.ref == "C01")
    assert [c.status for c in row.cells] == [Status.DONE] * 4
    assert all(c.grids_complete["J1"] and not c.grids_complete["J2"] for c in row.cells)
    # The overview shows it: every C01 cell reads "Passée" with J1's grid complete.
    model = window.overview.model
    texts = [model.index(0, col).data() for col in range(2, 6)]
    assert all(t.startswith("Passée") and "J1 ✓" in t for t in texts)
    # Before leaving: J2 has not scored C01 yet, and the other candidates are still to be seen.
    issues = [i for i in closing_check(ctx, SID) if i.candidate == "Camille Lefèvre"]
    assert {i.message.split(" : ")[0] for i in issues} == {
        "Mise en situation professionnelle",
        "Entretien technique",
        "Questionnement à partir de production(s)",
        "Entretien final",
        "Délibération non close",
    }
    assert all(i.juror == "Karim Benali" for i in issues if i.message != "Délibération non close")
    # Nothing shown as saved is lost: a second context on the same folder reads it all back.
    again = AppContext(ctx.paths)
    try:
        assert grid_view(again, GridKey(SID, "C01", "qp", "J1")).completeness.complete
        assert declarations(again, SID)[("C01", "J1")].has_link is False
    finally:
        again.close()


def test_order_rule_refused_with_a_clear_message(qtbot: QtBot, window: MainWindow) -> None:
    _login(qtbot, window)
    window.open_modality("C02", "et")
    screen = _screen(window)
    assert screen.start() is None
    assert "Mise en situation professionnelle" in screen.error_text()


def test_mock_banner_hidden_for_a_title_session(qtbot: QtBot, window: MainWindow) -> None:
    _login(qtbot, window)
    assert window.mock_banner.isHidden()
    assert window.overview.speed.isHidden()


def test_times_on_screen_are_the_sessions_on_a_laptop_set_to_utc(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        _login(qtbot, window)
        window.open_modality("C01", "msp")
        screen = _screen(window)
        assert screen.draw() is not None
        # 08:00 UTC is 09:00 in Lyon, the session's zone: the screen says what the room's clock says.
        assert clock.now().hour == 8
        assert screen.draw_panel.info_label.text().startswith("Tirée à 09:00:")
        assert screen.saved_indicator.text().startswith("Enregistré à 09:00:")
    finally:
        monkeypatch.undo()
        time.tzset()
        show_times_in(None)
