"""The register of a data folder's archives and purges (`archives.json`).

Every archive exported from here is recorded (path, SHA-256, times, a digest of the session's
content): a purge needs such a record whose archive still exists, unchanged and current. A purge
records itself, first as not completed and once its files are gone as completed, so that an
interrupted purge is finished by running it again, and so that a purged session's audit trail is
checked against its archive.

Times are kept as written (ISO 8601, UTC). Entries that are not JSON objects are ignored, a missing
field reads as its default: a register from an earlier version stays readable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jury_app.data.files import write_atomic
from jury_app.data.safejson import loads_strict
from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput

REGISTER_FORMAT = "jury-app-archives"


@dataclass(frozen=True)
class ArchiveRecord:
    """An archive written and verified by the export."""

    session_id: str
    path: Path
    sha256: str
    size: int
    created_at: str
    verified_at: str
    content_sha256: str  # digest of the session's content when it was archived
    audit_entries: int | None
    audit_ok: bool


@dataclass(frozen=True)
class PurgedDocument:
    """A document of a purged session; `delete`: no other session uses its stored file."""

    sha256: str
    filename: str
    delete: bool


@dataclass(frozen=True)
class PurgeRecord:
    session_id: str
    at: str
    archive_path: Path  # the archive that allowed the purge, and holds the verifiable trail
    archive_sha256: str
    audit_entries: int | None
    audit_redacted_actions: tuple[str, ...]
    completed: bool = False
    documents: tuple[PurgedDocument, ...] = ()


@dataclass
class ArchiveRegister:
    archives: list[ArchiveRecord] = field(default_factory=list)
    purges: list[PurgeRecord] = field(default_factory=list)

    def archives_of(self, session_id: str | None) -> list[ArchiveRecord]:
        """Oldest first; every session's when `session_id` is None."""
        return [a for a in self.archives if session_id is None or a.session_id == session_id]

    def purge_of(self, session_id: str) -> PurgeRecord | None:
        purges = [p for p in self.purges if p.session_id == session_id]
        return purges[-1] if purges else None


def _text(entry: dict[str, Any], key: str) -> str:
    value = entry.get(key)
    return "" if value is None else str(value)


def _count(entry: dict[str, Any], key: str) -> int | None:
    value = entry.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _archive(e: dict[str, Any]) -> ArchiveRecord:
    return ArchiveRecord(
        session_id=_text(e, "session_id"),
        path=Path(_text(e, "path")),
        sha256=_text(e, "sha256"),
        size=_count(e, "size") or 0,
        created_at=_text(e, "created_at"),
        verified_at=_text(e, "verified_at"),
        content_sha256=_text(e, "content_sha256"),
        audit_entries=_count(e, "audit_entries"),
        audit_ok=bool(e.get("audit_ok")),
    )


def _purge(p: dict[str, Any]) -> PurgeRecord:
    documents = p.get("documents")
    actions = p.get("audit_redacted_actions")
    return PurgeRecord(
        session_id=_text(p, "session_id"),
        at=_text(p, "at"),
        archive_path=Path(_text(p, "archive_path")),
        archive_sha256=_text(p, "archive_sha256"),
        audit_entries=_count(p, "audit_entries"),
        audit_redacted_actions=tuple(str(a) for a in actions) if isinstance(actions, list) else (),
        completed=bool(p.get("completed", True)),  # a record older than this field is a finished purge
        documents=tuple(
            PurgedDocument(_text(d, "sha256"), _text(d, "filename"), bool(d.get("delete")))
            for d in (documents if isinstance(documents, list) else [])
            if isinstance(d, dict)
        ),
    )


def read_register(path: Path) -> ArchiveRegister:
    """The register at `path` (empty when there is none yet); refused when it is not one."""
    if not path.is_file():
        return ArchiveRegister()
    data = loads_strict(path.read_bytes(), path.name)
    if not isinstance(data, dict) or data.get("format") != REGISTER_FORMAT:
        raise InvalidInput.one(path.name, msg("registre des archives illisible (format inattendu)"))
    archives, purges = data.get("archives", []), data.get("purges", [])
    if not isinstance(archives, list) or not isinstance(purges, list):
        raise InvalidInput.one(path.name, msg("registre des archives illisible (listes attendues)"))
    return ArchiveRegister(
        archives=[_archive(e) for e in archives if isinstance(e, dict)],
        purges=[_purge(p) for p in purges if isinstance(p, dict)],
    )


def _archive_json(a: ArchiveRecord) -> dict[str, Any]:
    return {
        "session_id": a.session_id,
        "path": str(a.path),
        "sha256": a.sha256,
        "size": a.size,
        "created_at": a.created_at,
        "verified_at": a.verified_at,
        "content_sha256": a.content_sha256,
        "audit_entries": a.audit_entries,
        "audit_ok": a.audit_ok,
    }


def _purge_json(p: PurgeRecord) -> dict[str, Any]:
    return {
        "session_id": p.session_id,
        "at": p.at,
        "archive_path": str(p.archive_path),
        "archive_sha256": p.archive_sha256,
        "audit_entries": p.audit_entries,
        "audit_redacted_actions": list(p.audit_redacted_actions),
        "completed": p.completed,
        "documents": [{"sha256": d.sha256, "filename": d.filename, "delete": d.delete} for d in p.documents],
    }


def write_register(path: Path, register: ArchiveRegister) -> None:
    """Written whole or not at all."""
    data = {
        "format": REGISTER_FORMAT,
        "archives": [_archive_json(a) for a in register.archives],
        "purges": [_purge_json(p) for p in register.purges],
    }
    write_atomic(path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"), mode=0o644)
