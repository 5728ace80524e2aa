"""Wrong codes, counted per subject and kept in the database: the delay before the next try grows
after `FREE_TRIES`, and a restart of the app does not reset it.

A subject is what the code opens: "pin:<juror ref>" for a juror's PIN, "lead" for the session lead's
passphrase when it confirms a juror's enrolment. A right code clears the count.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db

FREE_TRIES = 5
"""Wrong codes allowed before any wait."""
FIRST_DELAY_S = 30
"""The wait after the sixth wrong code; it doubles with each one after."""
MAX_DELAY_S = 3600


def delay_after(failures: int) -> timedelta:
    """How long to wait after `failures` wrong codes in a row."""
    if failures <= FREE_TRIES:
        return timedelta(0)
    return timedelta(seconds=min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (failures - FREE_TRIES - 1)))


def _row(orm: Orm, session_id: str, subject: str) -> db.CodeAttempt | None:
    return orm.scalar(
        select(db.CodeAttempt).where(db.CodeAttempt.session_id == session_id, db.CodeAttempt.subject == subject)
    )


def next_try_at(orm: Orm, session_id: str, subject: str) -> datetime | None:
    """When the next code may be tried (None: now)."""
    row = _row(orm, session_id, subject)
    if row is None or row.last_failure_at is None or row.failures <= FREE_TRIES:
        return None
    return row.last_failure_at + delay_after(row.failures)


def failures(orm: Orm, session_id: str, subject: str) -> int:
    row = _row(orm, session_id, subject)
    return 0 if row is None else row.failures


def record_failure(orm: Orm, session_id: str, subject: str, at: datetime) -> int:
    """One more wrong code (in the caller's transaction, to be committed even though the try failed)."""
    row = _row(orm, session_id, subject)
    if row is None:
        row = db.CodeAttempt(session_id=session_id, subject=subject, failures=0)
        orm.add(row)
    row.failures += 1
    row.last_failure_at = at
    return row.failures


def clear(orm: Orm, session_id: str, subject: str) -> None:
    row = _row(orm, session_id, subject)
    if row is not None:
        orm.delete(row)
