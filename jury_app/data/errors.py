"""Errors of the storage layer that upper layers name, kept free of heavy imports."""

from __future__ import annotations

from pathlib import Path

from jury_app.domain.messages import Message, msg, plain


class DatabaseError(Exception):
    """The database cannot be opened or brought up to date: str() is the French text (the command
    line prints it), `message` the message it was worded from (a screen translates it)."""

    def __init__(self, message: Message | str) -> None:
        self.message = message if isinstance(message, Message) else plain(message)
        super().__init__(str(self.message))


class DatabaseHurt(DatabaseError):
    """The database file is damaged, or not the app's: it was neither opened nor written to.

    The message names the newest backup in good state and the command restoring it; `backup` is
    that backup (None when there is none), for a screen to offer restoring it.
    """

    def __init__(self, message: Message | str, *, path: Path, backup: Path | None) -> None:
        super().__init__(message)
        self.path = path
        self.backup = backup


_SQLITE_TEXTS = {
    "SQLITE_CORRUPT": msg("fichier endommagé"),
    "SQLITE_NOTADB": msg("ce n'est pas une base SQLite"),
    "SQLITE_CANTOPEN": msg("fichier impossible à ouvrir"),
    "SQLITE_READONLY": msg("fichier en lecture seule"),
    "SQLITE_PERM": msg("accès refusé"),
    "SQLITE_FULL": msg("disque plein"),
    "SQLITE_BUSY": msg("base occupée par un autre programme"),
    "SQLITE_LOCKED": msg("base occupée par un autre programme"),
    "SQLITE_IOERR": msg("erreur de lecture ou d'écriture sur le disque"),
}


def sqlite_primary(exc: BaseException) -> str:
    """SQLite's primary result code of an error ("SQLITE_CORRUPT"), "" when it has none."""
    return "_".join(str(getattr(exc, "sqlite_errorname", "")).split("_")[:2])


def sqlite_text(exc: BaseException) -> Message:
    """What went wrong, worded for the user (French text): SQLite's own messages are in English."""
    if isinstance(exc, DatabaseError):
        return exc.message
    primary = sqlite_primary(exc)
    return _SQLITE_TEXTS.get(primary) or msg("erreur SQLite {0}", primary or type(exc).__name__)
