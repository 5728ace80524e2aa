"""The driver's own SQLite connection, for the paths that cannot afford the ORM's work per statement.

A juror's click and the bulk paths (a merge, the audit's verification, the completeness report) run
plain SQL on the sqlite3 connection: the driver prepares each statement once and keeps it
(sqlite3's statement cache), and values go in and out as SQLite keeps them, written here exactly as
the models' types write them (`models.UTCDateTime`, codes as their text, booleans as 0 or 1).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import cast

from sqlalchemy.orm import Session as Orm


def driver(orm: Orm) -> sqlite3.Connection:
    """The sqlite3 connection under an ORM session, in its transaction (begun if it was not)."""
    return cast(sqlite3.Connection, orm.connection().connection.driver_connection)


def stamp(at: datetime) -> str:
    """An aware datetime as the UTC columns store it: 'YYYY-MM-DD HH:MM:SS.ffffff', in UTC."""
    if at.tzinfo is None:
        raise ValueError("naive datetime")
    return at.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def unstamp(text: str) -> datetime:
    """A stored UTC time read back, aware."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)
