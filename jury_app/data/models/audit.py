"""The hash-chained audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from jury_app.data.models.base import Base

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
