"""The start on a session's sign-in, painted before the database layer is loaded: the names read by
plain sqlite3 (SQLAlchemy not imported yet), a PIN typed at once signs in once the session is loaded,
a damaged database refused with its French message before anything can be entered, and the first
run, a session without jurors and an unknown session as before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jury_app.actions import jurors
from jury_app.actions.context import AppContext
from jury_app.domain.clock import FakeClock
from jury_app.paths import resolve
from jury_app.ui.first_paint import plan_start
from jury_app.ui.main_window import MainWindow
from tests.helpers.offscreen import run_script

SID = "DEMO-CIP-2026-11"
LEAD = "phrase du responsable"

FIRST_FRAME = """
import json, sys
from pathlib import Path
from jury_app.actions.context import AppContext
from jury_app.domain.clock import SystemClock
from jury_app.paths import resolve
from jury_app.ui.app import make_application
from jury_app.ui.first_paint import plan_start
from jury_app.ui.main_window import MainWindow

app = make_application()
window = MainWindow(AppContext(resolve(Path(sys.argv[1]))), SystemClock())
start = plan_start(window, demo=True, session_id=None)
window.show()
app.processEvents()
seen = {
    "painted": start.sign_in_painted,
    "names": [b.text() for b in window.login.group.buttons()],
    "status": window.session_label.text(),
    "shown": window.stack.currentWidget() is window.login,
    "sqlalchemy": "sqlalchemy" in sys.modules,
}
window.ready.connect(app.quit)
start.then()
app.exec()
seen["sqlalchemy_after"] = "sqlalchemy" in sys.modules
seen["opening_after"] = window.login.opening
print(json.dumps(seen))
"""


def test_the_sign_in_is_painted_from_sqlite_before_sqlalchemy_is_imported(ctx: AppContext) -> None:
    ctx.close()
    seen = run_script(FIRST_FRAME, str(ctx.paths.root))
    assert seen["painted"] and seen["shown"]
    assert seen["names"] == [
        "Martine Roussel (président·e) — Conseillère en insertion professionnelle, Mission locale de l'Est lyonnais",
        "Karim Benali — Chargé d'accompagnement, PLIE Uni-Est",
    ]
    assert seen["status"] == "Session titre CIP — démonstration — 07/12/2026, 08/12/2026 — Centre AFPA de démonstration"
    assert seen["sqlalchemy"] is False  # the names came from plain sqlite3
    assert seen["sqlalchemy_after"] is True and seen["opening_after"] is False  # then the session loaded


def _window(qtbot: QtBot, ctx: AppContext, clock: FakeClock) -> MainWindow:
    window = MainWindow(AppContext(ctx.paths), clock)  # a fresh start: the database not opened yet
    qtbot.addWidget(window)
    window.resize(1280, 720)
    return window


def test_a_pin_typed_as_soon_as_the_sign_in_shows_signs_in(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    jurors.set_pin(ctx, SID, "J1", "4821", lead_passphrase=LEAD)
    ctx.close()
    window = _window(qtbot, ctx, clock)
    start = plan_start(window, demo=False, session_id=SID)
    window.show()
    assert start.sign_in_painted and window.login.opening
    assert not window.login.back.isEnabled()  # the welcome screen would want the database being opened
    assert not window.act_edit_session.isEnabled()

    qtbot.keyClicks(window.login.pin, "4821")
    qtbot.keyClick(window.login.pin, Qt.Key.Key_Return)  # before the session is loaded: waits for it
    assert window.juror_ref is None
    assert window.login.error.text().startswith("Ouverture de la session…")
    assert window.login.pin.isReadOnly() and not window.login.ok.isEnabled()

    with qtbot.waitSignal(window.ready, timeout=30_000):
        start.then()
    qtbot.waitUntil(lambda: window.juror_ref == "J1", timeout=10_000)
    assert window.stack.currentWidget() is window.overview
    assert window.act_edit_session.isEnabled()


def test_a_wrong_pin_typed_early_is_told_once_loaded(qtbot: QtBot, ctx: AppContext, clock: FakeClock) -> None:
    jurors.set_pin(ctx, SID, "J1", "4821", lead_passphrase=LEAD)
    ctx.close()
    window = _window(qtbot, ctx, clock)
    start = plan_start(window, demo=True, session_id=None)
    window.show()
    window.login.pin.setText("0000")
    window.login.ok.click()
    with qtbot.waitSignal(window.ready, timeout=30_000):
        start.then()
    assert window.juror_ref is None and window.stack.currentWidget() is window.login
    assert window.login.error.text() == "Code incorrect."
    assert window.login.back.isEnabled() and not window.login.pin.isReadOnly()


def test_a_damaged_database_is_refused_with_its_message_before_anything_is_entered(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.close()
    ctx.paths.database.write_bytes(b"")  # its content lost
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr("jury_app.ui.main_window.MainWindow._database_hurt", lambda _self, _error: None)
    window = _window(qtbot, ctx, clock)
    start = plan_start(window, demo=True, session_id=None)
    window.show()
    assert not start.sign_in_painted
    assert window.stack.currentWidget() is window.welcome and window._login is None  # no field to type in
    start.then()
    assert len(told) == 1 and "est endommagée : le fichier est vide" in told[0]
    assert window.stack.currentWidget() is window.welcome
    assert ctx.paths.database.stat().st_size == 0  # nothing written


def test_the_first_run_and_an_unknown_session_take_the_usual_path(
    qtbot: QtBot, tmp_path: Path, ctx: AppContext, clock: FakeClock
) -> None:
    fresh = MainWindow(AppContext(resolve(tmp_path / "fresh")), clock)
    qtbot.addWidget(fresh)
    start = plan_start(fresh, demo=True, session_id=None)
    assert not start.sign_in_painted and start.then == fresh.open_demo  # the demo imported first
    assert not (tmp_path / "fresh" / "jury_app.sqlite3").exists()

    window = _window(qtbot, ctx, clock)
    assert not plan_start(window, demo=False, session_id="NO-SUCH-SESSION").sign_in_painted
    assert not plan_start(window, demo=False, session_id=None).sign_in_painted


def test_a_session_without_jurors_shows_its_problems_once_loaded(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock
) -> None:
    ctx.close()
    conn = sqlite3.connect(ctx.paths.database, isolation_level=None)
    conn.execute("DELETE FROM jury_members WHERE session_id = ?", (SID,))
    conn.close()
    window = _window(qtbot, ctx, clock)
    start = plan_start(window, demo=True, session_id=None)
    window.show()
    assert start.sign_in_painted and window.login.group.buttons() == []
    with qtbot.waitSignal(window.ready, timeout=30_000):
        start.then()
    expected = jurors.jury_problems(AppContext(ctx.paths), SID)
    assert expected and window.login.problems.text() == "\n".join(expected)
    assert not window.login.problems.isHidden()
    window.login.ok.click()  # nobody to sign in: nothing happens
    assert window.juror_ref is None and window.login.error.text() == ""


def test_leaving_the_sign_in_before_the_load_keeps_the_screen_chosen(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock
) -> None:
    ctx.close()
    window = _window(qtbot, ctx, clock)
    start = plan_start(window, demo=True, session_id=None)
    window.show()
    start.then()
    window.show_welcome()  # the Session › Accueil menu: waits for the database the load opens
    qtbot.wait(300)
    qtbot.waitUntil(lambda: not _busy(window), timeout=30_000)
    assert window.stack.currentWidget() is window.welcome


def _busy(window: QWidget) -> bool:
    from PySide6.QtCore import QThreadPool

    return QThreadPool.globalInstance().activeThreadCount() > 0
