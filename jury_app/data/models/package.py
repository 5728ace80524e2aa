"""What a session package brings: the session, its jury, candidates, schedule, scenario cards and
documents. A package update rewrites these rows, never what the jury entered."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jury_app.data.models.base import Base, Code, Ref, SessionFK, utcnow
from jury_app.domain.codes import AccessPath, JurorRole, SessionKind


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
