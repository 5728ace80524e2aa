"""A whole candidate from the keyboard alone, on AZERTY, counted: from the overview, each of the four
modalities opened, drawn, timed through its phases, finished and its grid marked and judged, then
back to the overview. Every key press is a real key event delivered where the focus is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey, grid_view
from jury_app.domain.clock import FakeClock
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.paths import resolve
from jury_app.ui.main_window import MainWindow
from jury_app.ui.modality.grid_rows import CriterionRow, JudgementRow
from jury_app.ui.modality.modality_screen import ModalityScreen
from tests.ui.test_exam_keyboard import azerty, send

K = Qt.Key
SID = "DEMO-CIP-2026-11"


class Keyboard:
    """Presses keys where the focus is, and counts them."""

    def __init__(self, qtbot: QtBot, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window
        self.count = 0

    def focus(self) -> QWidget:
        if QApplication.activeWindow() is not self.window:  # a closed dialog gave activation back
            self.window.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window, timeout=5000)
        widget = QApplication.focusWidget()
        return widget if widget is not None else self.window

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focus(), key, modifiers)
        self.count += 1

    def mark(self, digit: int) -> None:
        azerty(self.focus(), digit)
        self.count += 1

    def enter_in_next_dialog(self) -> None:
        """The declaration is a modal box: its default button, « Je le déclare », takes Entrée."""

        def answer() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox), box
            send(box.focusWidget() or box, K.Key_Return, "\r")
            self.count += 1

        QTimer.singleShot(0, answer)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> MainWindow:
    win = MainWindow(AppContext(resolve(tmp_path / "data")), clock)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    with qtbot.waitSignal(win.ready, timeout=30_000):
        win.open_demo()
    win.login.pin.setText("2468")
    win.login.pin_again.setText("2468")
    win.login.lead.setText("phrase du responsable")
    win.login.ok.click()
    assert win.stack.currentWidget() is win.overview
    return win


def test_a_whole_candidate_from_the_keyboard(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    keys = Keyboard(qtbot, window)
    table = window.overview.table
    counts: dict[str, int] = {}
    moves = 0  # the arrows in the overview: as many as the cursor stands away from the cell
    for column, modality in enumerate(("msp", "et", "qp", "ef")):
        start = keys.count
        if QApplication.focusWidget() is not table:
            keys.press(K.Key_Tab)  # to the table of candidates
            assert QApplication.focusWidget() is table
        while table.currentIndex().row() > 0:
            keys.press(K.Key_Up)
        while table.currentIndex().column() != 2 + column:
            keys.press(K.Key_Right if table.currentIndex().column() < 2 + column else K.Key_Left)
        assert (table.currentIndex().row(), table.currentIndex().column()) == (0, 2 + column)
        moves += keys.count - start
        before = keys.count
        if column == 0:
            keys.enter_in_next_dialog()  # the first time: the declaration of no link with C01
        keys.press(K.Key_Return)
        screen = window.stack.currentWidget()
        assert isinstance(screen, ModalityScreen) and screen.run.modality.id == modality
        screen.timer_panel.sound = lambda: None
        if screen.run.modality.scenario_drawn_by_lot:
            keys.press(K.Key_T, Qt.KeyboardModifier.ControlModifier)
            assert screen.run.card is not None
        if screen.run.plan:
            keys.press(K.Key_F5)  # start
            for phase in screen.run.plan[:-1]:
                clock.advance(phase.duration_s)
                keys.press(K.Key_Right, Qt.KeyboardModifier.ControlModifier)  # asks
                keys.press(K.Key_Right, Qt.KeyboardModifier.ControlModifier)  # confirms
            clock.advance(screen.run.plan[-1].duration_s)
            keys.press(K.Key_End, Qt.KeyboardModifier.ControlModifier)
            keys.press(K.Key_End, Qt.KeyboardModifier.ControlModifier)
            assert screen.run.status is Status.DONE, screen.error_text()
        # The grid, from the first criterion still to mark (F3 takes the focus back there when the
        # timer's keys left it elsewhere).
        if not isinstance(keys.focus(), CriterionRow | JudgementRow):
            keys.press(K.Key_F3)
        while not screen.grid.completeness.complete:
            widget = keys.focus()
            if isinstance(widget, CriterionRow):
                keys.mark(1)
            elif isinstance(widget, JudgementRow):
                comp = next(c for c in screen.grid.competences if c.key == widget.competence_id)
                if comp.suggested is not None:
                    keys.press(K.Key_Return)  # the suggested judgement
                else:
                    keys.mark(1)  # the final interview is judged as a whole: acquise
            else:
                keys.press(K.Key_F3)
            assert keys.count - before < 200
        keys.press(K.Key_1, Qt.KeyboardModifier.ControlModifier)  # back to the overview
        assert window.stack.currentWidget() is window.overview
        counts[modality] = keys.count - before
    for modality in ("msp", "et", "qp", "ef"):
        view = grid_view(window.ctx, GridKey(SID, "C01", modality, "J1"))
        assert view.completeness.complete
    print(f"keystrokes for a whole candidate: {keys.count}, {moves} of them moving in the overview; {counts}")
    # The questionnement's 71 (59 marks, 12 judgements), opening, timing and leaving it: 9.
    assert counts["qp"] <= 71 + 9
    assert sum(counts.values()) <= 146, counts
