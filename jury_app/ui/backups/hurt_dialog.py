"""The database is damaged: what the app found, and restoring the newest backup in good state."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from jury_app.actions.backups import DatabaseHurt, restore_backup
from jury_app.actions.context import AppContext
from jury_app.ui.common import theme
from jury_app.ui.common.action_runner import ActionRunner
from jury_app.ui.common.messages import translated


class HurtOutcome(StrEnum):
    RESTORED = "restored"
    """The newest good backup replaced the damaged database (kept beside it)."""
    RETRY = "retry"
    QUIT = "quit"


class HurtDatabaseDialog(QDialog):
    """Tells why the database was not opened, with "Restaurer" (the backup the message names),
    "Réessayer" and "Quitter". `outcome` says which ended it."""

    def __init__(self, ctx: AppContext, error: DatabaseHurt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.error = error
        self.outcome = HurtOutcome.QUIT
        self.setWindowTitle(self.tr("Base de données endommagée"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        self.message = QLabel(translated(error.message), self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        theme.follow(self.status, "color: @error_text;")
        layout.addWidget(self.status)
        self.runner = ActionRunner(self, tell=self.status.setText)

        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("Restaurer"), self)
        self.restore_button.setEnabled(error.backup is not None)
        self.retry_button = QPushButton(self.tr("Réessayer"), self)
        self.quit_button = QPushButton(self.tr("Quitter"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore)
        self.retry_button.clicked.connect(lambda: self._end(HurtOutcome.RETRY))
        self.quit_button.clicked.connect(lambda: self._end(HurtOutcome.QUIT))
        layout.addWidget(buttons)
        if error.backup is not None:
            self.restore_button.setDefault(True)

    def _end(self, outcome: HurtOutcome) -> None:
        self.outcome = outcome
        self.done(QDialog.DialogCode.Accepted if outcome is HurtOutcome.RESTORED else QDialog.DialogCode.Rejected)

    def restore(self) -> None:
        if self.error.backup is None:
            return
        backup = self.error.backup
        if self.runner.do(lambda: restore_backup(self.ctx, backup), busy=True):
            self._end(HurtOutcome.RESTORED)


def run_hurt_dialog(ctx: AppContext, error: DatabaseHurt, parent: QWidget | None = None) -> HurtOutcome:
    dialog = HurtDatabaseDialog(ctx, error, parent)
    dialog.exec()
    return dialog.outcome
