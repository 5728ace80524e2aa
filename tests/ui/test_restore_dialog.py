"""The backups dialog: the list, backing up now, restoring after a confirmation."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from jury_app.actions import backups, jurors
from jury_app.actions.context import AppContext
from jury_app.ui.backups import RestoreDialog

SID = "DEMO-CIP-2026-11"


def test_backup_now_then_restore(qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 0 and not dialog.restore_button.isEnabled()

    dialog.backup_button.click()
    assert dialog.tree.topLevelItemCount() == 1
    item = dialog.tree.topLevelItem(0)
    assert item is not None and item.text(1) == "manuel" and item.text(2) == SID and item.text(4) == "0"
    jurors.declare(ctx, SID, "C01", "J1", has_link=False)

    asked: list[str] = []

    def no(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    dialog.select_row(0)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert "avant-restauration" in asked[0] and not dialog.restored
    assert len(jurors.declarations(ctx, SID)) == 1

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    assert dialog.restored and dialog.result() == QDialog.DialogCode.Accepted
    assert jurors.declarations(ctx, SID) == {}  # the state of the backup
    reasons = [b.reason for b in backups.list_backups(ctx)]
    assert reasons == [backups.PRE_RESTORE_REASON, "manuel"]

    again = RestoreDialog(ctx)
    qtbot.addWidget(again)
    assert again.tree.topLevelItemCount() == 2
