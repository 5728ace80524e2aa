"""Any failure of an action, told in French for the user: what is wrong, and nothing technical.

`explain` gives the messages (templates a screen translates), `describe` their French text. A
fault that is not the user's (a bug, an unknown error) is told plainly, without its raw text (which
may hold SQL or personal data): that goes to the log file (`jury_app.app_log`).
"""

from __future__ import annotations

import errno

from jury_app.data.errors import DatabaseError
from jury_app.data.files import os_error_text
from jury_app.domain.messages import Message, MessageError, msg
from jury_app.domain.problems import InvalidInput


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return "database or disk is full" in str(exc)


def _is_storage(exc: BaseException) -> bool:
    """An error of the database library (its text may quote SQL and the data it carried)."""
    return type(exc).__module__.split(".")[0] in ("sqlalchemy", "sqlite3")


def explain(exc: BaseException) -> list[Message]:
    """What to tell the user about `exc`: one message per problem."""
    if isinstance(exc, InvalidInput):
        return [p.shown for p in exc.problems]
    if isinstance(exc, MessageError):
        return [exc.message]
    if isinstance(exc, DatabaseError):
        return [exc.message]  # without SQL (data.health)
    if is_disk_full(exc):
        return [msg("Le disque est plein : rien n'a été enregistré. Libérez de la place puis recommencez.")]
    if _is_storage(exc):
        return [msg("La base de données a refusé l'écriture ({0}) : rien n'a été enregistré.", type(exc).__name__)]
    if isinstance(exc, PermissionError):
        return [msg("Accès refusé : {0}", exc.filename or "")]
    if isinstance(exc, OSError):
        return [msg("Erreur d'accès au fichier {0} : {1}", exc.filename or "", os_error_text(exc))]
    return [msg("Erreur interne ({0}) : l'action n'a pas abouti.", type(exc).__name__)]


def is_internal(exc: BaseException) -> bool:
    """A fault of the program itself (not the user's input, not the disk, not the database)."""
    known = (InvalidInput, MessageError, DatabaseError, OSError)
    return not isinstance(exc, known) and not _is_storage(exc) and not is_disk_full(exc)


def describe(exc: BaseException) -> str:
    """The French text, for the command line: where each problem is, and an internal error's own text."""
    if isinstance(exc, InvalidInput):
        return "\n".join(str(p) for p in exc.problems)
    if is_internal(exc):
        return f"Erreur interne ({type(exc).__name__}) : {exc}"
    return "\n".join(str(m) for m in explain(exc))
