"""Errors of the storage layer that upper layers name, kept free of heavy imports."""

from __future__ import annotations

from pathlib import Path


class DatabaseError(Exception):
    """The database cannot be opened or brought up to date (message in French)."""


class DatabaseHurt(DatabaseError):
    """The database file is damaged, or not the app's: it was neither opened nor written to.

    The message names the newest backup in good state and the command restoring it; `backup` is
    that backup (None when there is none), for a screen to offer restoring it.
    """

    def __init__(self, message: str, *, path: Path, backup: Path | None) -> None:
        super().__init__(message)
        self.path = path
        self.backup = backup
