"""Backups of the database: the list, restoring one, backing up now; a damaged database."""

from jury_app.ui.backups.hurt_dialog import HurtDatabaseDialog, HurtOutcome, run_hurt_dialog
from jury_app.ui.backups.restore_dialog import RestoreDialog, run_restore_dialog

__all__ = ["HurtDatabaseDialog", "HurtOutcome", "RestoreDialog", "run_hurt_dialog", "run_restore_dialog"]
