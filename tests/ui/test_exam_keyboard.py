"""French keyboards and deliberate judgements: the key events an AZERTY layout sends, real widgets.

On AZERTY the digit row types `&`, `é`, `"` unshifted (key() = Key_Ampersand, Key_Eacute,
Key_QuoteDbl) and the digits shifted; QWERTZ types `"` on Shift+2. The keypad sends digits with the
keypad flag (Num Lock on) or the arrows (off). Each test sends those events to the widgets a juror
has in front of them.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey, grid_view, save_snippet
from jury_app.actions.jurors import declare
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import Mark
from jury_app.domain.referentiel import Judgement
from jury_app.ui.common import keys
from jury_app.ui.common.keys import position_digit
from jury_app.ui.modality import ModalityScreen
from jury_app.ui.modality.grid_rows import CriterionRow

SID = "DEMO-CIP-2026-11"
K = Qt.Key
NO = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier
ALT = Qt.KeyboardModifier.AltModifier

AZERTY_ROW = {1: (K.Key_Ampersand, "&"), 2: (K.Key_Eacute, "é"), 3: (K.Key_QuoteDbl, '"'), 0: (K.Key_Agrave, "à")}


def send(widget: QWidget, key: Qt.Key, text: str = "", modifiers: Qt.KeyboardModifier = NO, scan: int = 0) -> None:
    """A press and release as the platform would deliver them (native scan code included)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key.value, modifiers, scan, 0, 0, text))


def azerty(widget: QWidget, digit: int, *, shifted: bool = False) -> None:
    if shifted:
        send(widget, getattr(K, f"Key_{digit}"), str(digit), SHIFT)
    else:
        key, text = AZERTY_ROW[digit]
        send(widget, key, text)


# --- the mapping itself -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "modifiers", "digit"),
    [
        (K.Key_Ampersand, NO, 1),  # AZERTY, unshifted
        (K.Key_Eacute, NO, 2),
        (K.Key_QuoteDbl, NO, 3),
        (K.Key_Agrave, NO, 0),
        (K.Key_1, SHIFT, 1),  # AZERTY, shifted: the digits
        (K.Key_3, SHIFT, 3),
        (K.Key_2, NO, 2),  # QWERTY / QWERTZ, unshifted
        (K.Key_2, KEYPAD, 2),  # keypad, Num Lock on
        (K.Key_Down, KEYPAD, None),  # keypad 2 with Num Lock off is an arrow, never a mark
        (K.Key_QuoteDbl, SHIFT, None),  # QWERTZ Shift+2: not AZERTY's 3
        (K.Key_Exclam, SHIFT, None),  # QWERTY Shift+1
        (K.Key_A, NO, None),
    ],
)
def test_keys_are_read_by_position(key: Qt.Key, modifiers: Qt.KeyboardModifier, digit: int | None) -> None:
    assert position_digit(key.value, modifiers, platform="offscreen") == digit


@pytest.mark.parametrize(
    ("platform", "scan", "virtual", "digit"),
    [
        ("xcb", 10, 0, 1),  # X11 keycode of the top-row "1" key, whatever it types
        ("xcb", 12, 0, 3),
        ("wayland", 19, 0, 0),
        ("windows", 0x02, 0, 1),  # PC scan code, set 1
        ("windows", 0x04, 0, 3),
        ("cocoa", 0, 0x12, 1),  # kVK_ANSI_1
        ("cocoa", 0, 0x14, 3),
    ],
)
def test_native_position_on_each_platform(platform: str, scan: int, virtual: int, digit: int) -> None:
    # An AZERTY "&" key reads as its digit from the native code; a QWERTZ Shift+2 '"' (native code of
    # the 2 key) reads as 2, not as AZERTY's 3.
    assert position_digit(K.Key_Ampersand.value, NO, scan_code=scan, virtual_key=virtual, platform=platform) == digit
    assert position_digit(K.Key_QuoteDbl.value, SHIFT, scan_code=11, platform="xcb") == 2


# --- on the juror's screen --------------------------------------------------------------------


@pytest.fixture
def screen(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> ModalityScreen:
    return open_modality(ctx, clock, qtbot, "C01", "msp")


def open_modality(ctx: AppContext, clock: FakeClock, qtbot: QtBot, candidate: str, modality: str) -> ModalityScreen:
    declare(ctx, SID, candidate, "J1", has_link=False)
    screen = ModalityScreen(ctx, GridKey(SID, candidate, modality, "J1"), clock, rng=random.Random(7))
    qtbot.addWidget(screen)
    screen.timer_panel.sound = lambda: None
    screen.resize(1280, 720)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=2000)
    return screen


def focus(qtbot: QtBot) -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_the_first_unmarked_criterion_has_the_focus_on_opening(screen: ModalityScreen, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: screen.checklist.focused_criterion() == "CP1.1", timeout=2000)
    assert not screen.back_button.hasFocus()


def test_azerty_top_row_marks_shifted_or_not_and_the_keypad(screen: ModalityScreen, qtbot: QtBot) -> None:
    checklist = screen.checklist
    qtbot.waitUntil(lambda: checklist.focused_criterion() == "CP1.1", timeout=2000)
    azerty(focus(qtbot), 1)  # &
    azerty(focus(qtbot), 2)  # é
    azerty(focus(qtbot), 3)  # "
    azerty(focus(qtbot), 1, shifted=True)  # Shift+& types 1
    send(focus(qtbot), K.Key_3, "3", KEYPAD)  # keypad 3
    assert screen.grid.marks == {
        "CP1.1": Mark.SATISFIED,
        "CP1.2": Mark.NOT_SATISFIED,
        "CP1.3": Mark.NOT_OBSERVED,
        "CP1.4": Mark.SATISFIED,
        "CP1.5": Mark.NOT_OBSERVED,
    }
    # The competence is all marked: the focus is on its judgement, which the digit row sets too.
    assert checklist.judgement_row("CP1").hasFocus()
    checklist.focus_row("CP1.2")
    azerty(focus(qtbot), 0)  # à clears
    assert "CP1.2" not in screen.grid.marks
    send(focus(qtbot), K.Key_Down, "", KEYPAD)  # keypad 2 with Num Lock off: an arrow, nothing marked
    assert checklist.focused_criterion() == "CP1.4" and "CP1.3" in screen.grid.marks


def test_native_scan_code_on_x11(screen: ModalityScreen, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "current_platform", lambda: "xcb")
    checklist = screen.checklist
    qtbot.waitUntil(lambda: checklist.focused_criterion() == "CP1.1", timeout=2000)
    send(focus(qtbot), K.Key_Ampersand, "&", scan=10)
    send(focus(qtbot), K.Key_QuoteDbl, '"', SHIFT, scan=11)  # QWERTZ Shift+2: the 2 key
    assert screen.grid.marks == {"CP1.1": Mark.SATISFIED, "CP1.2": Mark.NOT_SATISFIED}


def test_bank_of_observations_on_alt_and_the_azerty_row(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> None:
    save_snippet(ctx, "Martine Roussel", "Reformule la demande")
    save_snippet(ctx, "Martine Roussel", "Écoute active")
    screen = open_modality(ctx, clock, qtbot, "C01", "msp")
    qtbot.waitUntil(lambda: screen.checklist.focused_criterion() == "CP1.1", timeout=2000)
    qtbot.keyClick(focus(qtbot), K.Key_Eacute, ALT)  # Alt+é on AZERTY: the second observation
    assert screen.grid.competences[0].observation == "Écoute active"
    qtbot.keyClick(focus(qtbot), K.Key_1, ALT | SHIFT)  # Alt+Shift+& types Alt+1
    assert screen.grid.competences[0].observation == "Écoute active\nReformule la demande"


def test_judgement_never_changes_on_the_wheel_or_an_arrow(screen: ModalityScreen, qtbot: QtBot) -> None:
    checklist = screen.checklist
    row = checklist.judgement_row("CP1")
    for target in (row, row.buttons[Judgement.ACQUIRED], row.buttons[Judgement.NOT_ACQUIRED]):
        for delta in (120, -120):
            wheel = QWheelEvent(
                QPointF(5, 5),
                QPointF(target.mapToGlobal(QPoint(5, 5))),
                QPoint(0, 0),
                QPoint(0, delta),
                Qt.MouseButton.NoButton,
                NO,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
            QApplication.sendEvent(target, wheel)
    row.setFocus()
    qtbot.keyClick(row, K.Key_Down)
    qtbot.keyClick(checklist.rows["CP2.1"], K.Key_Up)
    qtbot.keyClick(row, K.Key_Up)
    assert screen.grid.competences[0].judgement is None and screen.grid.saved_at is None
    assert checklist.focused_criterion() == "CP1.5"  # the arrows only moved the focus
    # Entrée with no suggestion yet changes nothing either.
    row.setFocus()
    qtbot.keyClick(row, K.Key_Return)
    assert screen.grid.competences[0].judgement is None


def test_the_questionnement_in_at_most_75_keystrokes(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> None:
    """59 criteria and 12 judgements, from the keyboard only, on AZERTY: counted."""
    screen = open_modality(ctx, clock, qtbot, "C01", "qp")
    checklist = screen.checklist
    qtbot.waitUntil(lambda: checklist.focused_criterion() == "CP3.1", timeout=2000)
    pattern = [1, 1, 2, 1, 3]
    keystrokes = 0
    while not screen.grid.completeness.complete:
        widget = focus(qtbot)
        if isinstance(widget, CriterionRow):
            azerty(widget, pattern[keystrokes % len(pattern)])
        else:
            send(widget, K.Key_Return, "\r")  # the suggested judgement
        keystrokes += 1
        assert keystrokes <= 75, "the questionnement takes more than 75 keystrokes"
    view = grid_view(ctx, screen.key)
    assert view.completeness.total == 59 and len(view.competences) == 12
    assert all(c.judgement is c.suggested is not None for c in view.competences)
    assert keystrokes == 59 + 12
