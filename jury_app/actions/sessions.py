"""Actions on imported sessions: list them, show one, pick the only one."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select

from jury_app.actions.context import AppContext
from jury_app.actions.context import resolve_session_id as resolve_session_id  # where the CLI finds it
from jury_app.data import models as db
from jury_app.data.package.importer import certification_key


@dataclass(frozen=True)
class SessionSummary:
    id: str
    title: str
    kind: str
    certification: str
    dates: list[str]
    centre: str
    candidates: int
    jurors: int


def list_sessions(ctx: AppContext) -> list[SessionSummary]:
    if not ctx.has_database:
        return []
    with ctx.database.reader() as orm:
        rows = orm.scalars(select(db.Session).order_by(db.Session.id)).all()
        return [
            SessionSummary(
                id=s.id,
                title=s.title,
                kind=s.kind,
                certification=certification_key(s.referentiel_key),
                dates=list(s.dates),
                centre=s.centre_name,
                candidates=orm.scalar(select(func.count()).where(db.Candidate.session_id == s.id)) or 0,
                jurors=orm.scalar(select(func.count()).where(db.JuryMember.session_id == s.id)) or 0,
            )
            for s in rows
        ]


def session_document(ctx: AppContext, session_id: str | None) -> dict[str, Any]:
    """A session with its jury, candidates, schedule, cards and documents, as plain data."""
    sid = resolve_session_id(ctx, session_id)
    summary = next(x for x in list_sessions(ctx) if x.id == sid)
    with ctx.database.reader() as orm:
        s = orm.get(db.Session, sid)
        assert s is not None
        return {
            **asdict(summary),
            "unit_id": s.unit_id,
            "session_definition": s.session_definition_id,
            "centre_address": s.centre_address,
            "rooms": list(s.rooms),
            "session_lead": s.session_lead,
            "package_sha256": s.package_sha256,
            "jury": [
                {
                    "id": j.ref,
                    "name": j.display_name,
                    "last_name": j.last_name,
                    "first_name": j.first_name,
                    "role": j.role,
                    "profession": j.profession,
                }
                for j in s.jury
            ],
            "candidates": [
                {
                    "id": c.ref,
                    "name": c.display_name,
                    "last_name": c.last_name,
                    "first_name": c.first_name,
                    "path": c.path,
                    "units_sought": list(c.units_sought),
                    "units_held": list(c.units_held),
                    "extra_time_percent": c.extra_time_percent,
                    "accommodation_notes": c.accommodation_notes,
                }
                for c in s.candidates
            ],
            "schedule": [
                {"candidate_id": e.candidate_ref, "modality_id": e.modality_id, "start": e.starts_at, "room": e.room}
                for e in s.schedule
            ],
            "scenario_cards": [
                {"id": c.ref, "title": c.title, "structure_type": c.structure_type} for c in s.scenario_cards
            ],
            "attachments": [
                {
                    "id": a.ref,
                    "candidate_id": a.candidate_ref,
                    "kind": a.kind,
                    "title": a.title,
                    "size": a.size,
                    "sha256": a.sha256,
                }
                for a in s.attachments
            ],
        }
