"""What the jury enters on exam day: credentials, declarations, runs and their timer events, draws,
incidents, grids and their marks, judgements, notes and changes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jury_app.data.models.base import Base, Code, Ref, SessionFK, utcnow
from jury_app.domain.codes import GridSource, IncidentKind
from jury_app.domain.grading import Mark
from jury_app.domain.referentiel import Judgement
from jury_app.domain.rules import CandidateModalityStatus
from jury_app.domain.timer import TimerEvent, TimerEventKind

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
