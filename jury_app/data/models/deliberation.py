"""The jury's deliberation: common judgements, decisions, sittings, closings, signatures and PVs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from jury_app.data.models.base import Base, Code, Ref, SessionFK, utcnow
from jury_app.domain.codes import DeliberationEventKind
from jury_app.domain.referentiel import Judgement

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
