"""Any failure of an action, told in French for the user: what is wrong and where."""

from __future__ import annotations

import errno

from jury_app.data.errors import DatabaseError
from jury_app.data.files import os_error_text
from jury_app.domain.problems import InvalidInput


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return "database or disk is full" in str(exc)


def describe(exc: BaseException) -> str:
    if isinstance(exc, InvalidInput):
        return "\n".join(str(p) for p in exc.problems)
    if isinstance(exc, DatabaseError):
        return str(exc)
    if is_disk_full(exc):
        return "Le disque est plein : rien n'a été enregistré. Libérez de la place puis recommencez."
    if isinstance(exc, PermissionError):
        return f"Accès refusé : {exc.filename}"
    if isinstance(exc, OSError):
        return f"Erreur d'accès au fichier {exc.filename or ''} : {os_error_text(exc)}"
    return f"Erreur interne ({type(exc).__name__}) : {exc}"
