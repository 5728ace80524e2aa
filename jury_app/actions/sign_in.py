"""The sign-in of the session the GUI opens at start, read before the database layer is loaded.

`first_look` reads what the juror's sign-in shows (the session's title, days and centre, the
jurors' names, who has a PIN here) with plain `sqlite3`, after the database's safety checks, so
that the window paints it while SQLAlchemy, the migrations check and the session's load go on
off the GUI thread. Kept free of SQLAlchemy: importing it costs 0.2–0.5 s.
"""

from __future__ import annotations

from dataclasses import dataclass

from jury_app.actions.context import AppContext
from jury_app.data.sign_in import SignInJuror, SignInSession, read_sign_in

__all__ = ["FirstLook", "SignInJuror", "SignInSession", "first_look", "lead_key_made"]


@dataclass(frozen=True)
class FirstLook:
    session: SignInSession
    lead_key_made: bool


def lead_key_made(ctx: AppContext) -> bool:
    """Whether the session lead's key was made on this laptop: both its files are there (what
    `actions.jurors.lead_key_exists` reads, without loading the signing code)."""
    return all(file.is_file() for file in ctx.paths.lead_key_files)


def first_look(ctx: AppContext, session_id: str) -> FirstLook | None:
    """The session's sign-in as stored, or None when the usual opening must come first (no
    database yet, migrations to run, no such session). A damaged database or a data folder that
    cannot be written is refused (`DatabaseError`), with the message opening it would give."""
    session = read_sign_in(ctx.paths.database, ctx.paths.backups, session_id)
    return None if session is None else FirstLook(session, lead_key_made(ctx))
