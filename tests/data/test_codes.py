"""Codes stored as text come back as the domain's members, and a code the domain does not know is
never written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import StatementError

from jury_app.actions.context import AppContext
from jury_app.data import models as db
from jury_app.domain.codes import AccessPath, IncidentKind, JurorRole, SessionKind
from jury_app.domain.rules import CandidateModalityStatus

S = "DEMO-CIP-2026-11"


def test_codes_are_read_as_members(ctx: AppContext) -> None:
    with ctx.database.reader() as orm:
        session = orm.get(db.Session, S)
        assert session is not None and session.kind is SessionKind.TITLE
        assert {j.role for j in session.jury} == {JurorRole.PRESIDENT, JurorRole.MEMBER}
        assert {c.path for c in session.candidates} <= set(AccessPath)
        assert all(type(c.path) is AccessPath for c in session.candidates)


def test_an_unknown_code_is_refused_and_nothing_is_written(ctx: AppContext) -> None:
    with pytest.raises(StatementError, match="lunch"), ctx.database.session() as orm:
        orm.add(db.Incident(session_id=S, kind="lunch", text="déjeuner", at=db.utcnow()))
    with ctx.database.session() as orm:
        run = db.ModalityRun(session_id=S, candidate_ref="C01", modality_id="msp")
        orm.add(run)
        orm.flush()
        assert run.status is CandidateModalityStatus.TODO  # the column's default, a member too
        orm.add(db.Incident(session_id=S, kind="pause", text="Pause", at=db.utcnow()))
    with ctx.database.reader() as orm:
        kinds = list(orm.scalars(select(db.Incident.kind)))
        assert kinds == [IncidentKind.PAUSE]
        assert orm.scalar(select(func.count()).select_from(db.ModalityRun)) == 1
