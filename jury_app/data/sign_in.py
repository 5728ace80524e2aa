"""What a session's sign-in shows, read by plain `sqlite3` before the ORM is loaded.

The GUI paints the sign-in of the session it opens at start (the title, the jurors' names) from
this, while SQLAlchemy, the migrations check and the session's load follow off the GUI thread.
The database is read only after the same checks `Database` runs before opening it
(`health.check_writable`, `health.examine`): a damaged one is refused here, with their message.
None when there is nothing to read this way (no database yet, a schema other than this app's:
migrations to run) or the session is not there: the start then takes its usual path.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from jury_app.data import health
from jury_app.data.schema import SCHEMA_HEAD


@dataclass(frozen=True)
class SignInJuror:
    ref: str
    name: str
    role: str
    profession: str
    has_pin: bool


@dataclass(frozen=True)
class SignInSession:
    id: str
    title: str
    kind: str
    dates: tuple[str, ...]
    centre: str
    timezone: str
    jurors: tuple[SignInJuror, ...]


def read_sign_in(path: Path, backups: Path | None, session_id: str) -> SignInSession | None:
    """The session's sign-in as stored, or None (see the module). Raises `DatabaseError` (French)
    for a data folder that cannot be written or a database found damaged, as opening it would."""
    if not path.is_file():
        return None
    health.check_writable(path)
    finding = health.examine(path)
    if finding is not None:
        raise health.hurt(path, finding, backups)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        return _read(conn, session_id)
    except sqlite3.Error:  # told by the usual path, which opens the database for good
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, session_id: str) -> SignInSession | None:
    identity = int(conn.execute("PRAGMA user_version").fetchone()[0])
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if not identity or revision is None or revision[0] != SCHEMA_HEAD:
        return None  # migrations or the identity's stamp to write first: the usual path does it
    conn.execute("BEGIN")  # one snapshot for the three reads
    row = conn.execute(
        "SELECT id, title, kind, dates, centre_name, timezone FROM sessions WHERE id = ?", (session_id,)
    ).fetchone()
    if row is None:
        return None
    with_pin = {
        r[0] for r in conn.execute("SELECT juror_ref FROM juror_credentials WHERE session_id = ?", (session_id,))
    }
    jurors = tuple(
        SignInJuror(ref, f"{first} {last}", role, profession or "", ref in with_pin)
        for ref, first, last, role, profession in conn.execute(
            "SELECT ref, first_name, last_name, role, profession FROM jury_members WHERE session_id = ? "
            "ORDER BY position",
            (session_id,),
        )
    )
    sid, title, kind, dates, centre, timezone = row
    return SignInSession(sid, title, kind, tuple(json.loads(dates)), centre, timezone, jurors)
