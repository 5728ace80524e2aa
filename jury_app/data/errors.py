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


_SQLITE_TEXTS = {
    "SQLITE_CORRUPT": "fichier endommagé",
    "SQLITE_NOTADB": "ce n'est pas une base SQLite",
    "SQLITE_CANTOPEN": "fichier impossible à ouvrir",
    "SQLITE_READONLY": "fichier en lecture seule",
    "SQLITE_PERM": "accès refusé",
    "SQLITE_FULL": "disque plein",
    "SQLITE_BUSY": "base occupée par un autre programme",
    "SQLITE_LOCKED": "base occupée par un autre programme",
    "SQLITE_IOERR": "erreur de lecture ou d'écriture sur le disque",
}


def sqlite_primary(exc: BaseException) -> str:
    """SQLite's primary result code of an error ("SQLITE_CORRUPT"), "" when it has none."""
    return "_".join(str(getattr(exc, "sqlite_errorname", "")).split("_")[:2])


def sqlite_text(exc: BaseException) -> str:
    """What went wrong, in French: SQLite's own messages are in English."""
    if isinstance(exc, DatabaseError):
        return str(exc)
    primary = sqlite_primary(exc)
    return _SQLITE_TEXTS.get(primary, f"erreur SQLite {primary or type(exc).__name__}")
