"""SQLAlchemy typed models of the local database.

What comes from a session package (session, jury, candidates, schedule, scenario cards,
attachments) is kept apart from what the jury enters, so that an update of the package can never
touch the jury's work. Integer `pk` columns are internal; `ref` columns hold the package's ids.
"""

from __future__ import annotations

from datetime import UTC, datetime
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
    kind: Mapped[str] = mapped_column(String(16))  # title | ccp | mock
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
    role: Mapped[str] = mapped_column(String(32))
    profession: Mapped[str] = mapped_column(Text, default="")

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
    path: Mapped[str] = mapped_column(String(32))  # formation | vae | capitalisation
    units_sought: Mapped[list[str]] = mapped_column(JSON)
    units_held: Mapped[list[str]] = mapped_column(JSON)
    extra_time_percent: Mapped[int] = mapped_column(default=0)
    accommodation_notes: Mapped[str] = mapped_column(Text, default="")

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
