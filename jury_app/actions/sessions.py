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


@dataclass(frozen=True)
class JurorEntry:
    id: str
    name: str
    last_name: str
    first_name: str
    role: str  # president | member
    profession: str


@dataclass(frozen=True)
class CandidateEntry:
    id: str
    name: str
    last_name: str
    first_name: str
    path: str  # formation | vae | capitalisation
    units_sought: list[str]
    units_held: list[str]
    extra_time_percent: int
    accommodation_notes: str


@dataclass(frozen=True)
class ScheduleEntry:
    candidate_id: str
    modality_id: str
    start: str  # local wall time, ISO 8601
    room: str


@dataclass(frozen=True)
class CardEntry:
    id: str
    title: str
    structure_type: str


@dataclass(frozen=True)
class AttachmentEntry:
    id: str
    candidate_id: str | None
    kind: str
    title: str
    size: int
    sha256: str


@dataclass(frozen=True)
class SessionDocument:
    """A session with its jury, candidates, schedule, cards and documents (`jurors` counts the jury)."""

    id: str
    title: str
    kind: str
    certification: str
    dates: list[str]
    centre: str
    candidates: list[CandidateEntry]
    jurors: int
    unit_id: str | None
    session_definition: str
    centre_address: str
    rooms: list[str]
    session_lead: str
    package_sha256: str
    jury: list[JurorEntry]
    schedule: list[ScheduleEntry]
    scenario_cards: list[CardEntry]
    attachments: list[AttachmentEntry]
    timezone: str

    def candidate_name(self, ref: str) -> str:
        """The candidate's name, or the ref itself when it names none of them."""
        return next((c.name for c in self.candidates if c.id == ref), ref)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def session_document(ctx: AppContext, session_id: str | None) -> SessionDocument:
    """A session with its jury, candidates, schedule, cards and documents."""
    sid = resolve_session_id(ctx, session_id)
    summary = next(x for x in list_sessions(ctx) if x.id == sid)
    with ctx.database.reader() as orm:
        s = orm.get(db.Session, sid)
        assert s is not None
        candidates = [
            CandidateEntry(
                c.ref,
                c.display_name,
                c.last_name,
                c.first_name,
                c.path,
                list(c.units_sought),
                list(c.units_held),
                c.extra_time_percent,
                c.accommodation_notes,
            )
            for c in s.candidates
        ]
        return SessionDocument(
            **{**asdict(summary), "candidates": candidates},
            unit_id=s.unit_id,
            session_definition=s.session_definition_id,
            centre_address=s.centre_address,
            rooms=list(s.rooms),
            session_lead=s.session_lead,
            package_sha256=s.package_sha256,
            timezone=s.timezone,
            jury=[JurorEntry(j.ref, j.display_name, j.last_name, j.first_name, j.role, j.profession) for j in s.jury],
            schedule=[ScheduleEntry(e.candidate_ref, e.modality_id, e.starts_at, e.room) for e in s.schedule],
            scenario_cards=[CardEntry(c.ref, c.title, c.structure_type) for c in s.scenario_cards],
            attachments=[
                AttachmentEntry(a.ref, a.candidate_ref, a.kind, a.title, a.size, a.sha256) for a in s.attachments
            ],
        )
