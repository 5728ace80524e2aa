"""The juror's identification on real widgets: a PIN is chosen only with the session lead's passphrase,
and wrong PINs make each next try wait longer, told under the fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jury_app.actions import jurors
from jury_app.actions.context import AppContext
from jury_app.domain.clock import FakeClock
from jury_app.ui.jurors.login_screen import LoginScreen

SID = "DEMO-CIP-2026-11"
LEAD = "phrase du responsable"


def _screen(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> tuple[LoginScreen, list[tuple[str, str]]]:
    screen = LoginScreen(ctx, clock=clock)
    qtbot.addWidget(screen)
    screen.load(SID)
    screen.resize(1280, 720)
    screen.show()
    logged: list[tuple[str, str]] = []
    screen.logged_in.connect(lambda ref, name: logged.append((ref, name)))
    return screen, logged


def _type(qtbot: QtBot, screen: LoginScreen, pin: str, again: str = "", lead: str = "") -> None:
    for edit, text in ((screen.pin, pin), (screen.pin_again, again), (screen.lead, lead)):
        edit.clear()
        if text:
            qtbot.keyClicks(edit, text)
    qtbot.mouseClick(screen.ok, Qt.MouseButton.LeftButton)


def test_a_first_pin_needs_the_session_leads_passphrase(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> None:
    screen, logged = _screen(ctx, clock, qtbot)
    assert screen.lead.isVisible() and "il la choisit maintenant" in screen.hint.text()  # no lead key yet
    _type(qtbot, screen, "4821", "4821", LEAD)
    assert logged == [("J1", "Martine Roussel")]

    screen.load(SID)
    screen.group.button(1).setChecked(True)  # Karim Benali, first use: the lead's passphrase is known now
    assert screen.lead.isVisible() and "en tapant sa phrase secrète" in screen.hint.text()
    _type(qtbot, screen, "1357", "1357", "pas la bonne phrase")
    assert logged == [("J1", "Martine Roussel")]  # refused
    assert screen.error.text().startswith("Refusé — Choisir le code")
    assert not {m.ref: m for m in jurors.jury_members(ctx, SID)}["J2"].has_pin
    _type(qtbot, screen, "1357", "1357", LEAD)
    assert logged[-1] == ("J2", "Karim Benali")


def test_wrong_pins_are_told_with_the_wait(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> None:
    jurors.set_pin(ctx, SID, "J1", "4821", lead_passphrase=LEAD)
    screen, logged = _screen(ctx, clock, qtbot)
    assert not screen.lead.isVisible()
    for _ in range(5):
        _type(qtbot, screen, "0000")
        assert screen.error.text() == "Code incorrect."
    _type(qtbot, screen, "0000")
    assert screen.error.text() == "Code incorrect. Prochain essai possible dans 30 s."
    _type(qtbot, screen, "4821")  # the right PIN waits too
    assert logged == [] and "réessayez dans 30 s" in screen.error.text()
    clock.advance(30)
    _type(qtbot, screen, "4821")
    assert logged == [("J1", "Martine Roussel")]
