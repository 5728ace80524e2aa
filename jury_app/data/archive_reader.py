"""Reading a session's archive back: its snapshot opened read-only, and the signed documents it
holds (jury_app.data.archive_file is its format and its checks)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session as Orm
from sqlalchemy.orm import sessionmaker

from jury_app.data import backup
from jury_app.data import models as db
from jury_app.data.archive_file import AUDIT, LIMITS, MANIFEST, SNAPSHOT, manifest_problems
from jury_app.data.package.importer import certification_key
from jury_app.data.package.safezip import SafeZip
from jury_app.data.safejson import loads_strict
from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput, Problem

_MANIFEST_MAX = 64 * 1024**2
_DOCUMENT_MAX = 256 * 1024**2  # a signed PDF or a result file read back from an archive


def signed_documents(path: Path) -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]], list[tuple[str, bytes]]]:
    """The archive's PDFs, the result files imported at its laptop, and those exported from it."""
    pdfs: list[tuple[str, bytes]] = []
    imported: list[tuple[str, bytes]] = []
    sent: list[tuple[str, bytes]] = []
    with SafeZip(path, LIMITS) as zf:
        for name in sorted(zf.members):
            if name.startswith("reports/") and name.lower().endswith(".pdf"):
                pdfs.append((name, zf.read(name, _DOCUMENT_MAX)))
            elif name.startswith("results/") and name.endswith(".json"):
                kind = sent if name.startswith("results/envoyes_") else imported
                kind.append((name, zf.read(name, _DOCUMENT_MAX)))
    return pdfs, imported, sent


def archived_trail(path: Path) -> list[dict[str, Any]]:
    """The audit trail the archive holds, one entry (every column) per line, in order."""
    with SafeZip(path, LIMITS) as zf:
        text = zf.read(AUDIT, LIMITS.max_member_bytes).decode("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# --- reading an archive back --------------------------------------------------------------------


class ArchiveReader:
    """A read-only view of an archive's snapshot, extracted to a working folder.

    `reader()` yields an ORM session as `Database.reader()` does; nothing can be written.
    Use as a context manager, or call `close()` before removing the working folder.
    """

    def __init__(self, archive: Path, snapshot: Path, manifest: dict[str, Any]) -> None:
        self.archive = archive
        self.snapshot = snapshot
        self.manifest = manifest
        self.session_id = str(manifest["session"]["id"])
        self.engine: Engine = backup.readonly_engine(snapshot)
        self._factory = sessionmaker(self.engine)

    def __enter__(self) -> ArchiveReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def reader(self) -> Iterator[Orm]:
        with self._factory() as orm:
            yield orm

    def close(self) -> None:
        self.engine.dispose()

    def document(self) -> dict[str, Any]:
        """The session as plain data: title, dates, jury, candidates and the jury's decisions."""
        with self.reader() as orm:
            s = orm.get(db.Session, self.session_id)
            if s is None:
                absent = msg("la session {0} est absente de la base archivée", self.session_id)
                raise InvalidInput.one(self.archive.name, absent)
            decisions: dict[str, list[dict[str, Any]]] = {}
            for u in orm.scalars(
                select(db.UnitDecision).where(db.UnitDecision.session_id == s.id).order_by(db.UnitDecision.pk)
            ):
                decisions.setdefault(u.candidate_ref, []).append(
                    {"unit": u.unit_id, "granted": u.granted, "proposal": u.proposal, "reason": u.reason}
                )
            closed = {
                d.candidate_ref: d.closed
                for d in orm.scalars(select(db.Deliberation).where(db.Deliberation.session_id == s.id))
            }
            return {
                "id": s.id,
                "title": s.title,
                "kind": s.kind,
                "certification": certification_key(s.referentiel_key),
                "dates": list(s.dates),
                "centre": s.centre_name,
                "archived_at": self.manifest.get("created_at", ""),
                "app_version": self.manifest.get("app_version", ""),
                "audit": self.manifest.get("audit", {}),
                "notes": list(self.manifest.get("notes", [])),
                "jury": [{"id": j.ref, "name": j.display_name, "role": j.role} for j in s.jury],
                "candidates": [
                    {
                        "id": c.ref,
                        "name": c.display_name,
                        "deliberation_closed": closed.get(c.ref, False),
                        "decisions": decisions.get(c.ref, []),
                    }
                    for c in s.candidates
                ],
            }


def open_archive_readonly(path: Path, workdir: Path) -> ArchiveReader:
    """Extract the archive's snapshot into `workdir` (after checking its checksum) and open it read-only."""
    path = Path(path)
    with SafeZip(path, LIMITS) as zf:
        if MANIFEST not in zf.members or SNAPSHOT not in zf.members:
            not_one = msg("ce n'est pas une archive de session (manifest.json ou database.sqlite3 absent)")
            raise InvalidInput.one(path.name, not_one)
        manifest = loads_strict(zf.read(MANIFEST, _MANIFEST_MAX), MANIFEST)
        problems = manifest_problems(manifest)
        if problems:
            raise InvalidInput([Problem(path.name, "", p, p.message) for p in problems])
        expected = next((f for f in manifest["files"] if f["path"] == SNAPSHOT), None)
        workdir.mkdir(parents=True, exist_ok=True)
        snap = workdir / SNAPSHOT
        with snap.open("wb") as sink:
            sha, _size = zf.digest(SNAPSHOT, sink)
    if expected is None or sha != expected["sha256"]:
        changed = msg("base de données archivée modifiée : somme de contrôle différente du manifeste")
        raise InvalidInput.one(path.name, changed)
    return ArchiveReader(path, snap, manifest)
