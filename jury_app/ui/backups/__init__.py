"""Backups of the database: the list, restoring one, backing up now."""

from jury_app.ui.backups.restore_dialog import RestoreDialog, run_restore_dialog

__all__ = ["RestoreDialog", "run_restore_dialog"]
