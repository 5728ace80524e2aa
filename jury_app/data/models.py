"""SQLAlchemy typed models of the local database.

What comes from a session package (session, jury, candidates, schedule, scenario cards,
attachments) is kept apart from what the jury enters, so that an update of the package can never
touch the jury's work. Integer `pk` columns are internal; `ref` columns hold the package's ids.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Any, ClassVar

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from jury_app.domain.codes import AccessPath, DeliberationEventKind, GridSource, IncidentKind, JurorRole, SessionKind
from jury_app.domain.grading import Mark
from jury_app.domain.referentiel import Judgement
from jury_app.domain.rules import CandidateModalityStatus
from jury_app.domain.timer import TimerEvent, TimerEventKind

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as UTC; refuses naive ones so no local time slips in."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Code(TypeDecorator[StrEnum]):
    """A code of the domain (a StrEnum) in a text column: checked when written, a member when read.

    The column stays a VARCHAR of the given length, as the migrations made it."""

    impl = String
    cache_ok = True

    def __init__(self, codes: type[StrEnum], length: int) -> None:
        super().__init__(length)
        self.codes = codes

    def process_bind_param(self, value: StrEnum | str | None, dialect: Dialect) -> str | None:
        return None if value is None else self.codes(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> StrEnum | None:
        return None if value is None else self.codes(value)


def utcnow() -> datetime:
    return datetime.now(UTC)


Ref = Annotated[str, mapped_column(String(64))]
SessionFK = Annotated[str, mapped_column(String(64), ForeignKey("sessions.id", ondelete="CASCADE"), index=True)]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime, dict[str, Any]: JSON}


class StoredReferentiel(Base):
    """A copy of the référentiel a session uses, so the session stays readable forever."""

    __tablename__ = "referentiels"

    key: Mapped[str] = mapped_column(String(140), primary_key=True)  # CODE@VERSION
    code: Mapped[str] = mapped_column(String(64))
    version: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)  # canonical JSON


class Session(Base):
    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    referentiel_key: Mapped[str] = mapped_column(ForeignKey("referentiels.key"))
    kind: Mapped[SessionKind] = mapped_column(Code(SessionKind, 16))
    unit_id: Mapped[str | None] = mapped_column(String(64))
    session_definition_id: Mapped[str] = mapped_column(String(64))
    dates: Mapped[list[str]] = mapped_column(JSON)
    centre_name: Mapped[str] = mapped_column(Text)
    centre_address: Mapped[str] = mapped_column(Text, default="")
    rooms: Mapped[list[str]] = mapped_column(JSON)
    session_lead: Mapped[str] = mapped_column(Text, default="")
    package_sha256: Mapped[str] = mapped_column(String(64))
    package_format_version: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    timer_speed: Mapped[float] = mapped_column(default=1.0)  # > 1 only for mock rehearsals
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")  # IANA name of the centre's zone
    approval_number: Mapped[str] = mapped_column(Text, default="")
    session_number: Mapped[str] = mapped_column(Text, default="")
    durations: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)  # "<modality>[/<phase>]": minutes
    registration_ended_reason: Mapped[str] = mapped_column(Text, default="")
    day_hours: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # as in the package

    jury: Mapped[list[JuryMember]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="JuryMember.position"
    )
    candidates: Mapped[list[Candidate]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="Candidate.position"
    )
    schedule: Mapped[list[ScheduleSlot]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="ScheduleSlot.starts_at"
    )
    scenario_cards: Mapped[list[ScenarioCard]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="ScenarioCard.position"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="Attachment.position"
    )


class JuryMember(Base):
    __tablename__ = "jury_members"
    __table_args__ = (UniqueConstraint("session_id", "ref"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    ref: Mapped[Ref]
    position: Mapped[int]
    last_name: Mapped[str] = mapped_column(Text)
    first_name: Mapped[str] = mapped_column(Text)
    role: Mapped[JurorRole] = mapped_column(Code(JurorRole, 32))
    profession: Mapped[str] = mapped_column(Text, default="")
    civility: Mapped[str] = mapped_column(String(8), default="")  # "M.", "Mme" or ""
    organisation: Mapped[str] = mapped_column(Text, default="")
    profile: Mapped[str | None] = mapped_column(String(64))  # a JuryProfile id of the référentiel

    session: Mapped[Session] = relationship(back_populates="jury")

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Candidate(Base):
    __tablename__ = "candidates"
    __table_args__ = (UniqueConstraint("session_id", "ref"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    ref: Mapped[Ref]
    position: Mapped[int]
    last_name: Mapped[str] = mapped_column(Text)
    first_name: Mapped[str] = mapped_column(Text)
    path: Mapped[AccessPath] = mapped_column(Code(AccessPath, 32))
    units_sought: Mapped[list[str]] = mapped_column(JSON)
    units_held: Mapped[list[str]] = mapped_column(JSON)
    extra_time_percent: Mapped[int] = mapped_column(default=0)
    accommodation_notes: Mapped[str] = mapped_column(Text, default="")
    civility: Mapped[str] = mapped_column(String(8), default="")
    birth_date: Mapped[date | None]
    candidate_number: Mapped[str] = mapped_column(Text, default="")
    company_hours: Mapped[int | None]  # in-company hours done (formation path)
    units_held_detail: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # as in the package
    ecf_results: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # as in the package

    session: Mapped[Session] = relationship(back_populates="candidates")

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class ScheduleSlot(Base):
    __tablename__ = "schedule_slots"

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    candidate_ref: Mapped[Ref]
    modality_id: Mapped[str] = mapped_column(String(64))
    starts_at: Mapped[str] = mapped_column(String(32))  # local wall time, ISO 8601, no zone
    room: Mapped[str] = mapped_column(Text, default="")
    juror_refs: Mapped[list[str]] = mapped_column(JSON, default=list)  # empty: the whole jury
    ends_at: Mapped[str | None] = mapped_column(String(32))  # local wall time, like starts_at

    session: Mapped[Session] = relationship(back_populates="schedule")


class ScenarioCard(Base):
    __tablename__ = "scenario_cards"
    __table_args__ = (UniqueConstraint("session_id", "ref"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    ref: Mapped[Ref]
    position: Mapped[int]
    title: Mapped[str] = mapped_column(Text)
    structure_type: Mapped[str] = mapped_column(Text)
    actor_text: Mapped[str] = mapped_column(Text)

    session: Mapped[Session] = relationship(back_populates="scenario_cards")


class Attachment(Base):
    __tablename__ = "attachments"
    __table_args__ = (UniqueConstraint("session_id", "ref"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    ref: Mapped[Ref]
    position: Mapped[int]
    candidate_ref: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    filename: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(128))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))

    session: Mapped[Session] = relationship(back_populates="attachments")


# --- what the jury enters on exam day ----------------------------------------------------------
# Keyed by the package's refs (session, candidate, juror, modality), never by package rows, so a
# package update that rewrites those rows leaves every one of these untouched.


class JurorCredential(Base):
    """A juror's PIN on this laptop (scrypt hash), set on first use."""

    __tablename__ = "juror_credentials"
    __table_args__ = (UniqueConstraint("session_id", "juror_ref"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    juror_ref: Mapped[Ref]
    pin_salt: Mapped[str] = mapped_column(String(64))
    pin_hash: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CodeAttempt(Base):
    """Wrong codes typed for one subject (a juror's PIN, the lead's code) on this laptop: the delay
    before the next try grows with them, and survives a restart."""

    __tablename__ = "code_attempts"
    __table_args__ = (UniqueConstraint("session_id", "subject"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    subject: Mapped[str] = mapped_column(String(80))  # "pin:<juror ref>"
    failures: Mapped[int] = mapped_column(default=0)
    last_failure_at: Mapped[datetime | None]


class Declaration(Base):
    """A juror's declaration of (no) personal or professional link with a candidate."""

    __tablename__ = "declarations"
    __table_args__ = (UniqueConstraint("session_id", "candidate_ref", "juror_ref"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    candidate_ref: Mapped[Ref]
    juror_ref: Mapped[Ref]
    has_link: Mapped[bool]
    note: Mapped[str] = mapped_column(Text, default="")
    declared_at: Mapped[datetime] = mapped_column(default=utcnow)


class ModalityRun(Base):
    """One modality for one candidate: its status, its timer and its drawn scenario."""

    __tablename__ = "modality_runs"
    __table_args__ = (UniqueConstraint("session_id", "candidate_ref", "modality_id"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    candidate_ref: Mapped[Ref]
    modality_id: Mapped[Ref]
    status: Mapped[CandidateModalityStatus] = mapped_column(
        Code(CandidateModalityStatus, 16), default=CandidateModalityStatus.TODO
    )
    timer_speed: Mapped[float] = mapped_column(default=1.0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    events: Mapped[list[TimerEventRow]] = relationship(
        back_populates="run", cascade="all, delete-orphan", order_by="TimerEventRow.seq"
    )
    draws: Mapped[list[DrawRow]] = relationship(
        back_populates="run", cascade="all, delete-orphan", order_by="DrawRow.seq"
    )


class TimerEventRow(Base):
    __tablename__ = "timer_events"
    __table_args__ = (UniqueConstraint("run_pk", "seq"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    run_pk: Mapped[int] = mapped_column(ForeignKey("modality_runs.pk", ondelete="CASCADE"), index=True)
    seq: Mapped[int]
    kind: Mapped[TimerEventKind] = mapped_column(Code(TimerEventKind, 16))
    at: Mapped[datetime]  # the computer's time, for the record
    phase_id: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    juror_ref: Mapped[str] = mapped_column(String(64), default="")
    steady_at: Mapped[datetime | None]  # the clock's steady time, on which the timer counts (domain/timer.py)

    run: Mapped[ModalityRun] = relationship(back_populates="events")

    def event(self) -> TimerEvent:
        return TimerEvent(TimerEventKind(self.kind), self.at, self.phase_id, self.reason, self.steady_at)


class DrawRow(Base):
    """A draw by lot of a scenario card; a redraw supersedes the previous draw, with a reason."""

    __tablename__ = "draws"
    __table_args__ = (UniqueConstraint("run_pk", "seq"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    run_pk: Mapped[int] = mapped_column(ForeignKey("modality_runs.pk", ondelete="CASCADE"), index=True)
    seq: Mapped[int]
    card_ref: Mapped[str] = mapped_column(String(64))
    drawn_at: Mapped[datetime]
    day: Mapped[str] = mapped_column(String(10))  # local date of the draw: cards are unique per day
    witness: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")  # why the previous card was redrawn
    juror_ref: Mapped[str] = mapped_column(String(64), default="")
    superseded: Mapped[bool] = mapped_column(default=False)
    emergency: Mapped[bool] = mapped_column(default=False)  # a card already drawn that day, none left

    run: Mapped[ModalityRun] = relationship(back_populates="draws")


class Incident(Base):
    __tablename__ = "incidents"

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    candidate_ref: Mapped[str | None] = mapped_column(String(64))
    modality_id: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[IncidentKind] = mapped_column(Code(IncidentKind, 16))
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime]
    juror_ref: Mapped[str] = mapped_column(String(64), default="")


class Grid(Base):
    """One juror's evaluation grid for one candidate and one modality."""

    __tablename__ = "grids"
    __table_args__ = (UniqueConstraint("session_id", "candidate_ref", "modality_id", "juror_ref"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    candidate_ref: Mapped[Ref]
    modality_id: Mapped[Ref]
    juror_ref: Mapped[Ref]
    source: Mapped[GridSource] = mapped_column(Code(GridSource, 8), default=GridSource.APP)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    marks: Mapped[list[CriterionMark]] = relationship(back_populates="grid", cascade="all, delete-orphan")
    assessments: Mapped[list[CompetenceAssessment]] = relationship(back_populates="grid", cascade="all, delete-orphan")
    notes: Mapped[list[GridNote]] = relationship(
        back_populates="grid", cascade="all, delete-orphan", order_by="GridNote.at"
    )


class CriterionMark(Base):
    __tablename__ = "criterion_marks"
    __table_args__ = (UniqueConstraint("grid_pk", "criterion_id"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    grid_pk: Mapped[int] = mapped_column(ForeignKey("grids.pk", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[Ref]
    mark: Mapped[Mark] = mapped_column(Code(Mark, 16))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    grid: Mapped[Grid] = relationship(back_populates="marks")


class CompetenceAssessment(Base):
    """Per competence (or the overall judgement): the juror's judgement and observations."""

    __tablename__ = "competence_assessments"
    __table_args__ = (UniqueConstraint("grid_pk", "competence_id"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    grid_pk: Mapped[int] = mapped_column(ForeignKey("grids.pk", ondelete="CASCADE"), index=True)
    competence_id: Mapped[Ref]
    judgement: Mapped[Judgement | None] = mapped_column(Code(Judgement, 16))
    observation: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    grid: Mapped[Grid] = relationship(back_populates="assessments")


class GridNote(Base):
    """A note taken while the timer runs, stamped with the time and the phase."""

    __tablename__ = "grid_notes"

    pk: Mapped[int] = mapped_column(primary_key=True)
    grid_pk: Mapped[int] = mapped_column(ForeignKey("grids.pk", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    phase_label: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)

    grid: Mapped[Grid] = relationship(back_populates="notes")


class GridChange(Base):
    """Every change to a grid, in order: what undo reverts, and the trail of who changed what."""

    __tablename__ = "grid_changes"

    pk: Mapped[int] = mapped_column(primary_key=True)
    grid_pk: Mapped[int] = mapped_column(ForeignKey("grids.pk", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    field: Mapped[str] = mapped_column(String(16))  # mark | judgement | observation | note
    target: Mapped[str] = mapped_column(String(64))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    undone: Mapped[bool] = mapped_column(default=False)


class ObservationSnippet(Base):
    """A juror's bank of frequently used observations (kept across sessions, by juror name)."""

    __tablename__ = "observation_snippets"
    __table_args__ = (UniqueConstraint("owner", "text"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    uses: Mapped[int] = mapped_column(default=0)


# --- deliberation ------------------------------------------------------------------------------


class Deliberation(Base):
    """A candidate's deliberation: open while the jury works, closed (locked) once decided."""

    __tablename__ = "deliberations"
    __table_args__ = (UniqueConstraint("session_id", "candidate_ref"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    candidate_ref: Mapped[Ref]
    closed: Mapped[bool] = mapped_column(default=False)
    closed_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class CompetenceDecision(Base):
    """The jury's common judgement on a competence of a candidate."""

    __tablename__ = "competence_decisions"
    __table_args__ = (UniqueConstraint("session_id", "candidate_ref", "competence_id"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    candidate_ref: Mapped[Ref]
    competence_id: Mapped[Ref]
    judgement: Mapped[Judgement | None] = mapped_column(Code(Judgement, 16))
    reason: Mapped[str] = mapped_column(Text, default="")  # why it departs from every juror's judgement
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class UnitDecision(Base):
    """The jury's decision on a CCP/block ("title" for the title itself)."""

    __tablename__ = "unit_decisions"
    __table_args__ = (UniqueConstraint("session_id", "candidate_ref", "unit_id"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    candidate_ref: Mapped[Ref]
    unit_id: Mapped[Ref]
    granted: Mapped[bool | None]
    proposal: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    complementary: Mapped[bool] = mapped_column(default=False)
    """On the title: the jury could not agree and orders a complementary evaluation (granted stays None)."""


class JuryStep(Base):
    """The jury sitting together on a candidate: who was present, who opened it, whether the
    president opened it before every grid was finished. Common judgements and decisions are set
    only while a step is open; closing the deliberation closes it."""

    __tablename__ = "jury_steps"

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    candidate_ref: Mapped[Ref]
    opened_at: Mapped[datetime]
    opened_by: Mapped[Ref]
    present: Mapped[list[str]] = mapped_column(JSON)  # juror refs
    early: Mapped[bool] = mapped_column(default=False)
    closed_at: Mapped[datetime | None]


class DeliberationEvent(Base):
    """Closing and reopening a deliberation, with who, when and why."""

    __tablename__ = "deliberation_events"

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    candidate_ref: Mapped[Ref]
    kind: Mapped[DeliberationEventKind] = mapped_column(Code(DeliberationEventKind, 16))
    at: Mapped[datetime]
    juror_ref: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(Text, default="")


class ClosingOverride(Base):
    """An item missing when a deliberation closed, which the jury closed despite, with its reason."""

    __tablename__ = "closing_overrides"
    __table_args__ = (UniqueConstraint("session_id", "candidate_ref", "item"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    candidate_ref: Mapped[Ref]
    item: Mapped[str] = mapped_column(String(200))  # the requirement's key (jury_app.domain.closing)
    message: Mapped[str] = mapped_column(Text)  # what was missing, as told then
    reason: Mapped[str] = mapped_column(Text)
    juror_ref: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[datetime]


class IdentityChange(Base):
    """A candidate's name or birth date changed by a package update after the jury worked on them."""

    __tablename__ = "identity_changes"

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    candidate_ref: Mapped[Ref]
    before: Mapped[dict[str, Any]] = mapped_column(JSON)  # {"first_name", "last_name", "birth_date"}
    after: Mapped[dict[str, Any]] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime]


class HandwrittenSignature(Base):
    """A juror's handwritten signature for a session, kept as vector strokes (JSON)."""

    __tablename__ = "handwritten_signatures"
    __table_args__ = (UniqueConstraint("session_id", "juror_ref"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    juror_ref: Mapped[Ref]
    strokes: Mapped[list[list[list[float]]]] = mapped_column(JSON)  # strokes of (x, y) in 0..1
    drawn_at: Mapped[datetime] = mapped_column(default=utcnow)


class JurorKey(Base):
    """The certificate registered for a juror in a session (its private key stays in a file)."""

    __tablename__ = "juror_keys"
    __table_args__ = (UniqueConstraint("session_id", "juror_ref"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    juror_ref: Mapped[Ref]
    certificate_pem: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(64))  # SHA-256 of the DER certificate
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PvRecord(Base):
    """A procès-verbal the app generated: the file's hash, and the deliberation state it was made from.

    Only a PDF that begins with exactly these bytes (then carries nothing but signatures) is this
    session's PV; it is current while it is the session's latest and the deliberations have not
    changed since (`state_digest`)."""

    __tablename__ = "pv_records"

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    generated_at: Mapped[datetime]
    sha256: Mapped[str] = mapped_column(String(64))  # of the generated PDF, signature fields included
    size: Mapped[int]
    revisions: Mapped[int]  # PDF revisions of the generated file; each signature adds one
    state_digest: Mapped[str] = mapped_column(String(64))  # jury_app.data.pv_records.deliberation_digest
    closed: Mapped[bool]  # every candidate's deliberation was closed: the PV may be signed
    signatories: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # [{"juror_ref", "field"}] who must sign


# --- audit ---------------------------------------------------------------------------------------


class AuditEntry(Base):
    """Append-only trail of every change to an evaluation or a decision, chained by hashes.

    Each entry's hash covers its content and the previous entry's hash, so an edit or a deletion
    anywhere in the trail breaks the chain from there on (see jury_app.data.audit).
    """

    __tablename__ = "audit_log"
    __table_args__ = (UniqueConstraint("session_id", "seq"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(String(64), index=True)  # kept after a purge: no foreign key
    seq: Mapped[int]
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(Text)  # canonical JSON
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


# --- jurors' result files --------------------------------------------------------------------------


class ResultImport(Base):
    """A juror's signed result file merged into this laptop's session (the session lead's).

    One row per file: who exported it, when, with which key, what it covered; a copy of the file is
    kept under `results/<session>/<archived_as>`. The same file (same SHA-256) is never merged twice.
    """

    __tablename__ = "result_imports"

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    juror_ref: Mapped[Ref]
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    exported_at: Mapped[datetime]
    imported_at: Mapped[datetime]
    fingerprint: Mapped[str] = mapped_column(String(64))  # SHA-256 of the signing certificate (DER)
    candidates: Mapped[list[str]] = mapped_column(JSON)  # the file's scope: candidate refs
    grids: Mapped[list[list[str]]] = mapped_column(JSON)  # [candidate, modality] of each grid it holds
    changes: Mapped[int] = mapped_column(default=0)  # items it added, changed or removed here
    archived_as: Mapped[str] = mapped_column(Text)  # file name of the kept copy
    # candidates it held changes for that were left out, their deliberation being closed here
    refused_candidates: Mapped[list[str]] = mapped_column(JSON, default=list)


class RunVersion(Base):
    """One laptop's record of a modality's run (status, timer events, draws), as a merge saw it.

    The run here is computed from the set of versions (jury_app.domain.run_versions), so that the
    order in which the jurors' files are merged changes nothing."""

    __tablename__ = "run_versions"
    __table_args__ = (UniqueConstraint("session_id", "candidate_ref", "modality_id", "digest"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    candidate_ref: Mapped[Ref]
    modality_id: Mapped[Ref]
    digest: Mapped[str] = mapped_column(String(64))
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    origins: Mapped[list[str]] = mapped_column(JSON)  # "here", or "<juror>:<result file SHA-256>"
    set_aside: Mapped[bool] = mapped_column(default=False)  # not chosen when the lead resolved a conflict


class MergeConflict(Base):
    """Laptops that disagree on a run: the versions, and the session lead's choice with its reason."""

    __tablename__ = "merge_conflicts"
    __table_args__ = (UniqueConstraint("session_id", "candidate_ref", "modality_id"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[SessionFK]
    candidate_ref: Mapped[Ref]
    modality_id: Mapped[Ref]
    kind: Mapped[str] = mapped_column(String(16))  # absence | card | run
    options: Mapped[list[str]] = mapped_column(JSON)  # digests of the versions in conflict
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | resolved
    chosen: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    resolved_by: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
