"""Jurors' result files imported here, the run versions they carried and the conflicts they raised."""

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

from jury_app.data.models.base import Base, Ref, SessionFK, utcnow

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
