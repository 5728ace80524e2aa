"""Checking the audit trail of a session."""

from __future__ import annotations

from jury_app.actions.context import AppContext
from jury_app.data import audit
from jury_app.data.session_store import session_row


def verify_audit(ctx: AppContext, session_id: str) -> audit.AuditReport:
    with ctx.database.reader() as orm:
        session_row(orm, session_id)
        return audit.verify(orm, session_id)
