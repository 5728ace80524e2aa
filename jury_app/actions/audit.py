"""Checking the audit trail of a session."""

from __future__ import annotations

from sqlalchemy import func, select

from jury_app.actions.context import AppContext
from jury_app.data import archive_file, audit
from jury_app.data import models as db
from jury_app.data.archive_register import read_register
from jury_app.data.session_store import session_row


def verify_audit(ctx: AppContext, session_id: str) -> audit.AuditReport:
    """The chain and the evaluations it covers; for a purged session, the trail left here is
    checked entry by entry against the one kept, whole and verifiable, in its archive."""
    purge = read_register(ctx.paths.archive_register).purge_of(session_id)
    if purge is not None:
        with ctx.database.reader() as orm:
            local = archive_file.audit_lines(orm, session_id)
            count = orm.scalar(
                select(func.count()).select_from(db.AuditEntry).where(db.AuditEntry.session_id == session_id)
            )
        problems = archive_file.purged_trail_problems(purge.archive_path, local)
        return audit.AuditReport(session_id, count or 0, tuple(problems))
    with ctx.database.reader() as orm:
        session_row(orm, session_id)
        return audit.verify(orm, session_id)
