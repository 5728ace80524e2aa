"""A damaged database in the GUI: the same French message as the command line, and a "Restaurer"
button that puts the newest backup in good state back, the damaged file kept beside it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from jury_app.actions import backups, jurors
from jury_app.actions.context import AppContext
from jury_app.domain.clock import FakeClock
from jury_app.ui.backups import HurtDatabaseDialog, HurtOutcome
from jury_app.ui.main_window import MainWindow
from tests.helpers.english import french_lines

SID = "DEMO-CIP-2026-11"


def _damaged(ctx: AppContext) -> backups.DatabaseHurt:
    jurors.declare(ctx, SID, "C01", "J1", has_link=False)
    backups.make_backup(ctx, "manuel")
    ctx.close()
    ctx.paths.database.write_bytes(b"")  # its content lost
    hurt = backups.database_hurt(ctx)
    assert hurt is not None
    return hurt


def test_the_dialog_tells_and_restores(qtbot: QtBot, ctx: AppContext) -> None:
    hurt = _damaged(ctx)
    dialog = HurtDatabaseDialog(ctx, hurt)
    qtbot.addWidget(dialog)
    assert dialog.message.text() == str(hurt)
    assert "est endommagée : le fichier est vide" in dialog.message.text()
    assert "backup restore" in dialog.message.text()
    assert dialog.restore_button.isEnabled()

    dialog.restore_button.click()
    assert dialog.outcome is HurtOutcome.RESTORED
    assert set(jurors.declarations(ctx, SID)) == {("C01", "J1")}
    kept = [p for p in ctx.paths.root.iterdir() if ".abimee-" in p.name]
    assert [p.stat().st_size for p in kept if p.name.startswith("jury_app.sqlite3.")] == [0]


def test_a_restore_that_fails_is_told_in_the_dialog_which_stays(qtbot: QtBot, ctx: AppContext) -> None:
    hurt = _damaged(ctx)
    dialog = HurtDatabaseDialog(ctx, hurt)
    qtbot.addWidget(dialog)
    assert hurt.backup is not None
    hurt.backup.unlink()  # gone while the dialog was up (another window, a cleaning)
    dialog.restore_button.click()
    assert dialog.outcome is not HurtOutcome.RESTORED and dialog.result() != dialog.DialogCode.Accepted
    assert "sauvegarde introuvable" in dialog.status.text()
    assert ctx.paths.database.stat().st_size == 0  # nothing put back, nothing lost


def test_without_a_backup_there_is_nothing_to_restore(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.close()
    ctx.paths.database.write_bytes(b"")
    hurt = backups.database_hurt(ctx)
    assert hurt is not None and hurt.backup is None
    dialog = HurtDatabaseDialog(ctx, hurt)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    dialog.retry_button.click()
    assert dialog.outcome is HurtOutcome.RETRY


def test_the_main_window_shows_it_at_start_and_reopens_after_restoring(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock
) -> None:
    _damaged(ctx)
    window = MainWindow(ctx, clock)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []

    def answer() -> None:  # runs inside the dialog's own event loop, as a user's click would
        dialog = next((w for w in window.findChildren(HurtDatabaseDialog) if w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, answer)
            return
        seen.append(dialog.message.text())
        dialog.restore_button.click()

    QTimer.singleShot(50, answer)
    window.show_welcome()
    assert window.welcome.recent.count() == 0
    qtbot.waitUntil(lambda: "Sauvegarde restaurée" in window.statusBar().currentMessage(), timeout=20_000)
    assert "est endommagée : le fichier est vide" in seen[0]
    assert window.welcome.recent.count() == 1
    assert set(jurors.declarations(ctx, SID)) == {("C01", "J1")}


def test_in_english_the_dialog_tells_it_in_english(qtbot: QtBot, ctx: AppContext, english: None) -> None:
    """The same finding and restore offer in English; the command line keeps the French text."""
    hurt = _damaged(ctx)
    dialog = HurtDatabaseDialog(ctx, hurt)
    qtbot.addWidget(dialog)
    shown = dialog.message.text()
    assert "is damaged: the file is empty (0 bytes), its content was lost." in shown, shown
    assert "Newest backup in good condition: jury_app-" in shown and "To restore it: jury-app " in shown
    assert french_lines(shown) == [], shown
    assert "est endommagée : le fichier est vide" in str(hurt)
    assert "Sauvegarde la plus récente en bon état : jury_app-" in str(hurt)
