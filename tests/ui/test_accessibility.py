"""Every control of the juror's screens has a name a screen reader can say: sign-in, overview, the
modality screen (timer, draw, checklist, notes, bank of observations) through a run, deliberation.

A control is any widget the keyboard reaches, and every button. Its name is its accessible name,
or a button's own text, or the text of the label that names it (a buddy). Qt's inner parts
(`qt_*`: a spin box's line edit, a table's corner button) and popups are named by their owner.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey
from jury_app.actions.jurors import declare
from jury_app.domain.clock import FakeClock
from jury_app.ui.deliberation.deliberation_screen import DeliberationScreen
from jury_app.ui.jurors.login_screen import LoginScreen
from jury_app.ui.modality import ModalityScreen
from jury_app.ui.overview.overview_screen import OverviewScreen
from jury_app.ui.welcome.welcome_screen import WelcomeScreen

SID = "DEMO-CIP-2026-11"


def _name(widget: QWidget, buddies: dict[int, str]) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    return buddies.get(id(widget), "")


def controls(root: QWidget) -> list[QWidget]:
    """The widgets of `root` a user can reach or press, hidden ones included (another tab, a state)."""
    return [
        w
        for w in root.findChildren(QWidget)
        if (w.focusPolicy() != Qt.FocusPolicy.NoFocus or isinstance(w, QAbstractButton))
        and not w.objectName().startswith("qt_")
        and w.window() is root.window()
    ]


def unnamed(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()): label.text() for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for w in controls(root):
        if not _name(w, buddies).strip():
            missing.append(f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}")
            continue
        # What assistive technologies are given: an interface with a name for the role.
        interface = QAccessible.queryAccessibleInterface(w)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(w).__name__} {w.objectName()!r}: no name through QAccessible")
    return missing


def _show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)


def test_the_check_finds_an_unnamed_control(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    layout = QVBoxLayout(root)
    combo, edit, icon_button, named = QComboBox(), QLineEdit(), QPushButton(), QPushButton("Valider")
    combo.addItem("— à poser —")  # a combo's text is its value, not its name
    for w in (combo, edit, icon_button, named):
        layout.addWidget(w)
    label = QLabel("Motif :")
    label.setBuddy(edit)
    layout.addWidget(label)
    _show(qtbot, root)
    assert [line.split()[0] for line in unnamed(root)] == ["QComboBox", "QPushButton"]
    combo.setAccessibleName("Jugement")
    icon_button.setAccessibleName("Fermer")
    assert unnamed(root) == []


def test_welcome_and_sign_in(ctx: AppContext, qtbot: QtBot) -> None:
    welcome = WelcomeScreen()
    welcome.set_recent([(SID, "Session titre CIP — démonstration")])
    _show(qtbot, welcome)
    assert unnamed(welcome) == []
    login = LoginScreen(ctx)
    login.load(SID)
    _show(qtbot, login)
    assert len(controls(login)) >= 6  # both jurors, both PIN fields, back, continue
    assert unnamed(login) == []
    # A field says what to type: the hint is its description.
    assert "4 chiffres" in login.pin.accessibleDescription()


def test_overview(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> None:
    screen = OverviewScreen(ctx, clock)
    screen.load(SID, "J1")
    _show(qtbot, screen)
    assert unnamed(screen) == []
    assert screen.table.accessibleDescription()


@pytest.fixture
def modality(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> Callable[[str, str], ModalityScreen]:
    def open_(candidate: str, modality_id: str) -> ModalityScreen:
        declare(ctx, SID, candidate, "J1", has_link=False)
        screen = ModalityScreen(ctx, GridKey(SID, candidate, modality_id, "J1"), clock, rng=random.Random(7))
        screen.timer_panel.sound = lambda: None
        _show(qtbot, screen)
        return screen

    return open_


def test_modality_screen_through_a_run(
    modality: Callable[[str, str], ModalityScreen], clock: FakeClock, qtbot: QtBot
) -> None:
    screen = modality("C01", "msp")
    seen: set[int] = set()

    def check(state: str) -> None:
        missing = unnamed(screen)
        assert missing == [], state
        seen.update(id(w) for w in controls(screen))

    check("opened, nothing drawn")
    screen.draw("Paul Martin")
    check("card drawn")
    screen.start()
    check("timer running")
    clock.advance(30 * 60)
    qtbot.wait(300)  # a refresh of the timer: warnings, overtime
    check("over time")
    screen.next_phase()
    check("next phase")
    for tabs in screen.findChildren(QTabWidget):  # notes, then the bank of observations
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            check(f"tab {tabs.tabText(index)}")
    screen.add_note("Reformule la demande")
    check("a note taken")
    assert len(seen) > 60  # the walk does reach the checklist's rows and their marks


def test_final_interview_and_a_document_modality(modality: Callable[[str, str], ModalityScreen]) -> None:
    for candidate, modality_id in (("C01", "et"), ("C04", "qp")):
        screen = modality(candidate, modality_id)
        assert unnamed(screen) == [], modality_id
        screen.close_screen()


def test_deliberation(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> None:
    screen = DeliberationScreen(ctx, SID, "J1", clock)
    _show(qtbot, screen)
    assert unnamed(screen) == []
    QApplication.processEvents()
    assert len(controls(screen)) > 20


def test_the_actor_view_and_the_closing_check(
    modality: Callable[[str, str], ModalityScreen], ctx: AppContext, qtbot: QtBot
) -> None:
    from jury_app.ui.modality.actor_view import ActorView
    from jury_app.ui.overview.closing_dialog import ClosingDialog

    screen = modality("C01", "msp")
    run = screen.draw("Paul Martin")
    assert run is not None and run.card is not None
    actor = ActorView(run.card)
    _show(qtbot, actor)
    assert unnamed(actor) == [] and len(controls(actor)) >= 4
    closing = ClosingDialog(ctx, SID)
    _show(qtbot, closing)
    assert unnamed(closing) == []
