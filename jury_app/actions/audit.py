"""Checking the audit trail of a session."""

from __future__ import annotations

from sqlalchemy import func, select

from jury_app.actions.context import AppContext
from jury_app.data import audit
from jury_app.data import models as db
from jury_app.data.session_store import session_row


def verify_audit(ctx: AppContext, session_id: str) -> audit.AuditReport:
    """The chain and the evaluations it covers; for a purged session, the trail left here is
    checked entry by entry against the one kept, whole and verifiable, in its archive."""
    from jury_app.actions import archive

    if archive.purge_record(ctx, session_id) is not None:
        problems = archive.purged_trail_problems(ctx, session_id)
        with ctx.database.reader() as orm:
            count = orm.scalar(
                select(func.count()).select_from(db.AuditEntry).where(db.AuditEntry.session_id == session_id)
            )
        return audit.AuditReport(session_id, count or 0, tuple(problems))
    with ctx.database.reader() as orm:
        session_row(orm, session_id)
        return audit.verify(orm, session_id)
