"""A session's archive (one zip, checkable on its own), reading one back, and purging personal data.

The archive holds:
    manifest.json      what it is, the session, the audit check at export, and every member's
                       size and SHA-256
    database.sqlite3   a consistent snapshot of the database reduced to this session
    audit.jsonl        the session's audit trail, one entry (every column) per line, in order
    attachments/       the candidates' documents
    reports/           the PDFs of `<data>/reports/<session>/` (or, when there is no such folder,
                       the PV and the candidates' grids generated for the archive)
    results/           the jurors' result files of `<data>/results/<session>/`

Every export is checked right after writing and recorded in `<data>/archives.json` (path, SHA-256,
time, a digest of the session's content). Purging a session's personal data requires such a
record whose archive still exists, is unchanged, verifies, and holds the session as it is now.

Purge and the audit trail: the trail's entries keep their hashes and links, but the texts they
recorded for observations and notes are replaced by "[purgé]" like the observations themselves.
So after a purge the local trail can no longer be replayed: the archive holds the verifiable
trail, and `purged_trail_problems` checks that the local one is the same trail (same entries,
same hashes) as the archive's. The purge is recorded in archives.json (`purge_record`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import stat
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session as Orm
from sqlalchemy.orm import sessionmaker

from jury_app import __version__
from jury_app.actions.backups import list_backups, make_backup
from jury_app.actions.context import AppContext
from jury_app.actions.sessions import resolve_session_id
from jury_app.data import audit, backup
from jury_app.data import models as db
from jury_app.data.files import write_atomic
from jury_app.data.package.importer import attachment_path, certification_key
from jury_app.data.package.safezip import SafeZip, ZipLimits, name_problem
from jury_app.data.safejson import loads_strict
from jury_app.domain.clock import Clock, SystemClock
from jury_app.domain.problems import InvalidInput, Problem

FORMAT = "jury-app-archive"
FORMAT_VERSION = 1
REGISTER_FORMAT = "jury-app-archives"
MANIFEST = "manifest.json"
SNAPSHOT = "database.sqlite3"
AUDIT = "audit.jsonl"
PURGED = "[purgé]"
PURGED_AUDIT_ACTIONS = ("grid.observation", "grid.note", "grid.note.undo")

# Our own archives: a database or a PDF may be large, and a fresh SQLite file compresses well.
LIMITS = ZipLimits(
    max_archive_bytes=16 * 1024**3,
    max_members=100_000,
    max_member_bytes=8 * 1024**3,
    max_total_bytes=32 * 1024**3,
    max_ratio=1000.0,
)
_CHUNK = 1024 * 1024
_MANIFEST_MAX = 64 * 1024**2


def _fail(where: str, message: str) -> InvalidInput:
    return InvalidInput([Problem(where, "", message)])


def register_path(ctx: AppContext) -> Path:
    return ctx.paths.root / "archives.json"


def reports_folder(ctx: AppContext, session_id: str) -> Path:
    return ctx.paths.root / "reports" / session_id


def results_folder(ctx: AppContext, session_id: str) -> Path:
    return ctx.paths.root / "results" / session_id


# --- results ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArchiveInfo:
    path: Path
    session_id: str
    title: str
    created_at: datetime
    size: int
    sha256: str
    files: int  # members besides the manifest
    audit_entries: int
    audit_ok: bool
    notes: tuple[str, ...]


@dataclass(frozen=True)
class ArchiveCheck:
    """`problems`: the archive was altered or is unreadable. `audit_problems`: what the audit check
    of the snapshot finds (recorded at export too). `ok` only when both are empty."""

    path: Path
    problems: tuple[str, ...]
    audit_problems: tuple[str, ...] = ()
    session_id: str = ""
    title: str = ""
    created_at: str = ""
    files: int = 0
    audit_entries: int = 0
    manifest: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def intact(self) -> bool:
        return not self.problems

    @property
    def ok(self) -> bool:
        return not self.problems and not self.audit_problems


# --- small file helpers -------------------------------------------------------------------------


def _write_atomic(path: Path, data: bytes) -> None:
    write_atomic(path, data, mode=0o644)
    backup.fsync_dir(path.parent)


def _check_out(out: Path) -> Path:
    out = Path(out).expanduser()
    if out.is_dir():
        raise _fail("--out", f"{out} est un dossier : indiquez un nom de fichier (.zip)")
    if not out.parent.is_dir():
        raise _fail("--out", f"le dossier {out.parent} n'existe pas")
    return out.resolve()


def _safe_member(folder: str, name: str, fallback: str, taken: set[str]) -> str:
    """`folder/name` made acceptable to a careful zip reader, and unique whatever the case."""
    base = unicodedata.normalize("NFC", PurePosixPath(name.replace("\\", "/")).name)
    base = "".join("_" if unicodedata.category(c) == "Cc" or c in ':*?"<>|' else c for c in base).strip(" .")
    candidate = f"{folder}/{base}"
    if not base or name_problem(candidate):
        candidate = f"{folder}/{fallback}"
    stem, dot, ext = candidate.rpartition(".")
    if not dot or "/" in ext:
        stem, ext = candidate, ""
    n = 2
    while candidate.casefold() in taken:
        candidate = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
        n += 1
    taken.add(candidate.casefold())
    return candidate


def _files_under(folder: Path, *, suffix: str | None = None) -> list[Path]:
    if not folder.is_dir():
        return []
    found = []
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file() or path.name.startswith("."):  # no temporary files
            continue
        if suffix is None or path.suffix.lower() == suffix:
            found.append(path)
    return sorted(found)


# --- register of exported archives and purges ---------------------------------------------------


def _read_register(ctx: AppContext) -> dict[str, Any]:
    path = register_path(ctx)
    if not path.is_file():
        return {"format": REGISTER_FORMAT, "archives": [], "purges": []}
    data = loads_strict(path.read_bytes(), path.name)
    if not isinstance(data, dict) or data.get("format") != REGISTER_FORMAT:
        raise _fail(path.name, "registre des archives illisible (format inattendu)")
    data.setdefault("archives", [])
    data.setdefault("purges", [])
    if not isinstance(data["archives"], list) or not isinstance(data["purges"], list):
        raise _fail(path.name, "registre des archives illisible (listes attendues)")
    return data


def _write_register(ctx: AppContext, data: dict[str, Any]) -> None:
    _write_atomic(register_path(ctx), (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def exported_archives(ctx: AppContext, session_id: str | None = None) -> list[dict[str, Any]]:
    """Archives recorded by `export_archive`, oldest first (all sessions when `session_id` is None)."""
    entries = [e for e in _read_register(ctx)["archives"] if isinstance(e, dict)]
    return [e for e in entries if session_id is None or e.get("session_id") == session_id]


def purge_record(ctx: AppContext, session_id: str) -> dict[str, Any] | None:
    """How and when the session's personal data were purged, or None when they were not."""
    purges = [p for p in _read_register(ctx)["purges"] if isinstance(p, dict) and p.get("session_id") == session_id]
    return purges[-1] if purges else None


# --- the snapshot -------------------------------------------------------------------------------


@contextlib.contextmanager
def _orm(path: Path) -> Iterator[Orm]:
    engine = backup.readonly_engine(path)
    try:
        with sessionmaker(engine)() as orm:
            yield orm
    finally:
        engine.dispose()


def _audit_lines(orm: Orm, session_id: str) -> list[dict[str, Any]]:
    columns = [c.key for c in db.AuditEntry.__table__.columns]
    lines = []
    for entry in orm.scalars(
        select(db.AuditEntry).where(db.AuditEntry.session_id == session_id).order_by(db.AuditEntry.seq)
    ):
        row: dict[str, Any] = {}
        for name in columns:
            value = getattr(entry, name)
            row[name] = value.isoformat() if isinstance(value, datetime) else value
        lines.append(row)
    return lines


def _session_snapshot(ctx: AppContext, session_id: str, dst: Path) -> None:
    """A consistent copy of the database at `dst`, reduced to the session."""
    backup.snapshot(ctx.paths.database, dst)
    backup.keep_only_session(dst, session_id)


def session_content_digest(ctx: AppContext, session_id: str) -> str:
    """A digest of everything the database holds for the session (what its archive's snapshot holds)."""
    with tempfile.TemporaryDirectory(prefix="jury_app-digest-") as tmp:
        snap = Path(tmp) / SNAPSHOT
        _session_snapshot(ctx, session_id, snap)
        return backup.content_digest(snap)


# --- export -------------------------------------------------------------------------------------


@dataclass
class _Member:
    name: str
    source: Path


def _generated_reports(ctx: AppContext, session_id: str, folder: Path, notes: list[str]) -> list[Path]:
    """The PV and every candidate's grid, generated into `folder` (nothing written elsewhere)."""
    try:
        from jury_app.actions import reports
    except ImportError:
        notes.append("rapports non inclus : module de génération des rapports absent")
        return []
    folder.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    try:
        made.append(reports.write_pv_pdf(ctx, session_id, folder / "proces-verbal.pdf"))
    except Exception as exc:
        notes.append(f"procès-verbal non généré : {exc}")
    with ctx.database.reader() as orm:
        refs = list(
            orm.scalars(
                select(db.Candidate.ref).where(db.Candidate.session_id == session_id).order_by(db.Candidate.position)
            )
        )
    for ref in refs:
        try:
            made.append(reports.write_grid_pdf(ctx, session_id, ref, folder / f"grilles-{ref}.pdf"))
        except Exception as exc:
            notes.append(f"grilles du candidat {ref} non générées : {exc}")
    if made:
        notes.append(
            f"aucun dossier reports/{session_id} : procès-verbal et grilles générés lors de l'archivage "
            "(documents non signés)"
        )
    return made


def _copy_hashing(src: Path, dst: IO[bytes]) -> tuple[str, int]:
    sha = hashlib.sha256()
    size = 0
    with src.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            sha.update(chunk)
            size += len(chunk)
            dst.write(chunk)
    return sha.hexdigest(), size


def _zip_info(name: str, when: datetime) -> zipfile.ZipInfo:
    local = when.astimezone()
    info = zipfile.ZipInfo(name, date_time=(max(local.year, 1980), *local.timetuple()[1:6]))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def _write_zip(target: Path, members: list[_Member], manifest: dict[str, Any], when: datetime) -> None:
    files: list[dict[str, Any]] = []
    with target.open("wb") as raw:
        with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            for member in members:
                large = member.source.stat().st_size > 2**31
                with zf.open(_zip_info(member.name, when), "w", force_zip64=large) as dst:
                    sha, size = _copy_hashing(member.source, dst)
                files.append({"path": member.name, "size": size, "sha256": sha})
            manifest["files"] = files
            body = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
            zf.writestr(_zip_info(MANIFEST, when), body.encode("utf-8"))
        raw.flush()
        os.fsync(raw.fileno())


def export_archive(ctx: AppContext, session_id: str, out: Path, *, clock: Clock | None = None) -> ArchiveInfo:
    """Write the session's archive to `out` (atomically), check it, and record it in archives.json."""
    sid = resolve_session_id(ctx, session_id)
    out = _check_out(out)
    _read_register(ctx)  # an unreadable register refuses the export before anything is written
    now = (clock or SystemClock()).now().astimezone(UTC)
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="jury_app-archive-") as tmp_name:
        tmp = Path(tmp_name)
        snap = tmp / SNAPSHOT
        _session_snapshot(ctx, sid, snap)
        digest = backup.content_digest(snap)
        members = [_Member(SNAPSHOT, snap)]
        taken = {SNAPSHOT, MANIFEST, AUDIT}

        with _orm(snap) as orm:
            session = orm.get(db.Session, sid)
            assert session is not None
            title = session.title
            report = audit.verify(orm, sid)
            lines = _audit_lines(orm, sid)
            attachments = list(
                orm.scalars(
                    select(db.Attachment).where(db.Attachment.session_id == sid).order_by(db.Attachment.position)
                )
            )
            stored = [(a.ref, a.filename, a.sha256) for a in attachments]
        audit_file = tmp / AUDIT
        audit_file.write_text(
            "".join(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n" for line in lines), encoding="utf-8"
        )
        members.append(_Member(AUDIT, audit_file))

        for ref, filename, sha in stored:
            source = attachment_path(ctx.paths, sha)
            if not source.is_file():
                notes.append(f"pièce jointe {ref} ({filename}) absente de ce poste : non incluse")
                continue
            if backup.sha256_file(source) != sha:
                notes.append(f"pièce jointe {ref} ({filename}) altérée sur ce poste (somme de contrôle) : non incluse")
                continue
            members.append(_Member(_safe_member("attachments", filename, f"{ref}.bin", taken), source))

        folder = reports_folder(ctx, sid)
        if folder.is_dir():
            pdfs = _files_under(folder, suffix=".pdf")
            if not pdfs:
                notes.append(f"dossier reports/{sid} sans aucun PDF")
        else:
            folder = tmp / "reports"
            pdfs = _generated_reports(ctx, sid, folder, notes)
        for pdf in pdfs:
            rel = pdf.relative_to(folder).as_posix()
            members.append(
                _Member(_safe_member("reports", rel.replace("/", "_"), f"rapport-{len(taken)}.pdf", taken), pdf)
            )

        results = results_folder(ctx, sid)
        for path in _files_under(results):
            rel = path.relative_to(results).as_posix()
            members.append(
                _Member(_safe_member("results", rel.replace("/", "_"), f"resultat-{len(taken)}", taken), path)
            )

        manifest: dict[str, Any] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "session": {"id": sid, "title": title},
            "created_at": now.isoformat(),
            "app_version": __version__,
            "content_sha256": digest,
            "audit": {"entries": report.entries, "ok": report.ok, "problems": list(report.problems)},
            "notes": notes,
        }
        fd, zip_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
        os.close(fd)
        tmp_zip = Path(zip_name)
        try:
            _write_zip(tmp_zip, members, manifest, now)
            check = verify_archive(tmp_zip)
            if not check.intact:
                raise RuntimeError("archive défectueuse juste après son écriture : " + "; ".join(check.problems))
            with contextlib.suppress(OSError):
                tmp_zip.chmod(0o644)
            os.replace(tmp_zip, out)
        except BaseException:
            tmp_zip.unlink(missing_ok=True)
            raise
        backup.fsync_dir(out.parent)

    size = out.stat().st_size
    sha = backup.sha256_file(out)
    register = _read_register(ctx)
    register["archives"].append(
        {
            "session_id": sid,
            "path": str(out),
            "sha256": sha,
            "size": size,
            "created_at": now.isoformat(),
            "verified_at": (clock or SystemClock()).now().astimezone(UTC).isoformat(),
            "content_sha256": digest,
            "audit_entries": report.entries,
            "audit_ok": report.ok,
        }
    )
    _write_register(ctx, register)
    return ArchiveInfo(out, sid, title, now, size, sha, len(members), report.entries, report.ok, tuple(notes))


# --- verification -------------------------------------------------------------------------------


def _manifest_problems(manifest: Any) -> list[str]:
    if not isinstance(manifest, dict):
        return ["manifest.json : un objet JSON est attendu"]
    problems = []
    if manifest.get("format") != FORMAT:
        problems.append(f"manifest.json : ce n'est pas une archive de session (format « {manifest.get('format')} »)")
    if manifest.get("format_version") != FORMAT_VERSION:
        problems.append(f"manifest.json : version de format non prise en charge ({manifest.get('format_version')!r})")
    session = manifest.get("session")
    if (
        not isinstance(session, dict)
        or not isinstance(session.get("id"), str)
        or not isinstance(session.get("title"), str)
    ):
        problems.append("manifest.json : session absente ou incomplète")
    files = manifest.get("files")
    if not isinstance(files, list) or not all(
        isinstance(f, dict)
        and isinstance(f.get("path"), str)
        and isinstance(f.get("size"), int)
        and isinstance(f.get("sha256"), str)
        for f in files
    ):
        problems.append("manifest.json : liste des fichiers absente ou mal formée")
    audit_part = manifest.get("audit")
    if not isinstance(audit_part, dict) or not isinstance(audit_part.get("entries"), int):
        problems.append("manifest.json : résultat de la vérification du journal d'audit absent")
    return problems


def _snapshot_problems(
    snap: Path, manifest: dict[str, Any], audit_lines: bytes | None
) -> tuple[list[str], list[str], int]:
    """(alteration problems, audit problems, audit entries) of the extracted snapshot."""
    problems = [f"{SNAPSHOT} : {p}" for p in backup.integrity_problems(snap)]
    if problems:
        return problems, [], 0
    sid = manifest["session"]["id"]
    try:
        ids = backup.session_ids(snap)
        with _orm(snap) as orm:
            session = orm.get(db.Session, sid)
            report = audit.verify(orm, sid)
            entries = [
                (e.seq, e.hash)
                for e in orm.scalars(
                    select(db.AuditEntry).where(db.AuditEntry.session_id == sid).order_by(db.AuditEntry.seq)
                )
            ]
            title = session.title if session is not None else None
        digest = backup.content_digest(snap)
    except Exception as exc:
        return [f"{SNAPSHOT} : base illisible ({exc})"], [], 0
    if ids != [sid]:
        problems.append(f"{SNAPSHOT} : sessions {', '.join(ids) or 'aucune'} au lieu de la seule session {sid}")
    if title is not None and title != manifest["session"]["title"]:
        problems.append("manifest.json : l'intitulé de la session diffère de celui de la base")
    recorded = manifest.get("content_sha256")
    if recorded is not None and recorded != digest:
        problems.append("manifest.json : empreinte du contenu de la session différente de celle de la base")
    claimed = manifest["audit"]
    if claimed.get("entries") != report.entries or bool(claimed.get("ok")) != report.ok:
        problems.append(
            f"manifest.json : vérification du journal annoncée ({claimed.get('entries')} entrées, "
            f"{'intact' if claimed.get('ok') else 'anomalies'}) différente de celle de la base "
            f"({report.entries} entrées, {'intact' if report.ok else 'anomalies'})"
        )
    if audit_lines is not None:
        try:
            lines = [json.loads(line) for line in audit_lines.decode("utf-8").splitlines() if line.strip()]
            from_file = [(int(x["seq"]), str(x["hash"])) for x in lines]
        except (ValueError, KeyError, TypeError):
            problems.append(f"{AUDIT} : contenu illisible")
        else:
            if from_file != entries:
                problems.append(f"{AUDIT} : ne correspond pas au journal d'audit de la base")
    return problems, list(report.problems), report.entries


def verify_archive(path: Path) -> ArchiveCheck:
    """Every member matches the manifest, nothing more, the snapshot is sound and its audit trail verifies."""
    path = Path(path)
    zf = SafeZip(path, LIMITS)
    try:
        zf.open()
    except InvalidInput as exc:
        return ArchiveCheck(path, tuple(str(p) for p in exc.problems))
    try:
        with tempfile.TemporaryDirectory(prefix="jury_app-verify-") as tmp:
            if MANIFEST not in zf.members:
                return ArchiveCheck(path, ("manifest.json absent : ce n'est pas une archive de session",))
            try:
                manifest = loads_strict(zf.read(MANIFEST, _MANIFEST_MAX), MANIFEST)
            except InvalidInput as exc:
                return ArchiveCheck(path, tuple(str(p) for p in exc.problems))
            problems = _manifest_problems(manifest)
            if problems:
                return ArchiveCheck(path, tuple(problems))
            listed: dict[str, dict[str, Any]] = {}
            for f in manifest["files"]:
                if f["path"] in listed or f["path"] == MANIFEST:
                    problems.append(f"manifest.json : « {f['path']} » listé deux fois")
                listed[f["path"]] = f
            snap = Path(tmp) / SNAPSHOT
            audit_bytes: bytes | None = None
            for name, expected in listed.items():
                if name not in zf.members:
                    problems.append(f"membre « {name} » absent de l'archive")
                    continue
                try:
                    if name == SNAPSHOT:
                        with snap.open("wb") as sink:
                            sha, size = zf.digest(name, sink)
                    else:
                        sha, size = zf.digest(name)
                        if name == AUDIT:
                            audit_bytes = zf.read(name, LIMITS.max_member_bytes)
                except InvalidInput as exc:
                    problems.extend(str(p) for p in exc.problems)
                    continue
                if sha != expected["sha256"] or size != expected["size"]:
                    problems.append(f"membre « {name} » modifié : somme de contrôle différente de celle du manifeste")
            for name in sorted(set(zf.members) - set(listed) - {MANIFEST}):
                problems.append(f"membre « {name} » non répertorié dans le manifeste")
            audit_problems: list[str] = []
            entries = 0
            if SNAPSHOT not in listed:
                problems.append(f"{SNAPSHOT} absent du manifeste : l'archive ne contient pas la session")
            elif not problems:
                more, audit_problems, entries = _snapshot_problems(snap, manifest, audit_bytes)
                problems.extend(more)
    except InvalidInput as exc:
        return ArchiveCheck(path, tuple(str(p) for p in exc.problems))
    finally:
        zf.close()
    session = manifest["session"]
    return ArchiveCheck(
        path,
        tuple(problems),
        tuple(audit_problems),
        session["id"],
        session["title"],
        str(manifest.get("created_at", "")),
        len(listed),
        entries,
        manifest,
    )


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
                raise _fail(self.archive.name, f"la session {self.session_id} est absente de la base archivée")
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
            raise _fail(path.name, "ce n'est pas une archive de session (manifest.json ou database.sqlite3 absent)")
        manifest = loads_strict(zf.read(MANIFEST, _MANIFEST_MAX), MANIFEST)
        problems = _manifest_problems(manifest)
        if problems:
            raise InvalidInput([Problem(path.name, "", p) for p in problems])
        expected = next((f for f in manifest["files"] if f["path"] == SNAPSHOT), None)
        workdir.mkdir(parents=True, exist_ok=True)
        snap = workdir / SNAPSHOT
        with snap.open("wb") as sink:
            sha, _size = zf.digest(SNAPSHOT, sink)
    if expected is None or sha != expected["sha256"]:
        raise _fail(path.name, "base de données archivée modifiée : somme de contrôle différente du manifeste")
    return ArchiveReader(path, snap, manifest)


# --- purge --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PurgeSummary:
    session_id: str
    archive: Path
    candidates: int
    jurors: int
    texts: int  # observations, notes, incident and pause texts, declaration notes, witnesses
    audit_entries_redacted: int
    attachments: int  # documents of the session (rows)
    attachment_files_deleted: int
    signatures_and_keys: int  # handwritten signatures, registered certificates, PINs (rows)
    folders_deleted: tuple[str, ...]
    backups_deleted: int
    new_backup: Path | None

    def lines(self) -> list[str]:
        folders = ", ".join(self.folders_deleted) or "aucun"
        return [
            f"Données personnelles de la session {self.session_id} purgées :",
            f"  {self.candidates} candidats renommés (« Candidat C01 »…), {self.jurors} jurés renommés (« Juré J01 »…)",
            f"  {self.texts} textes libres (observations, notes, incidents…) remplacés par « {PURGED} »",
            f"  {self.attachments} pièces jointes retirées, {self.attachment_files_deleted} fichiers supprimés",
            f"  {self.signatures_and_keys} signatures manuscrites, certificats et codes PIN supprimés",
            f"  dossiers supprimés : {folders}",
            f"  {self.backups_deleted} sauvegarde(s) contenant ces données supprimée(s)"
            + (f" ; nouvelle sauvegarde : {self.new_backup.name}" if self.new_backup else ""),
            "Décisions, notes des critères et journal d'audit conservés. Les textes que le journal avait "
            f"enregistrés ({self.audit_entries_redacted} entrées) sont purgés eux aussi : le journal local garde "
            "ses empreintes mais ne se vérifie plus seul ; le journal vérifiable est dans l'archive",
            f"  {self.archive}",
            "  (jury-app archive verify FICHIER).",
        ]


def _purge_refused(message: str) -> InvalidInput:
    return _fail("purge", message)


def _usable_archive(ctx: AppContext, sid: str) -> tuple[dict[str, Any], ArchiveCheck]:
    """The newest recorded archive of the session that still exists, is unchanged, verifies and is current."""
    entries = exported_archives(ctx, sid)
    hint = f"exportez-la d'abord : jury-app archive export --session {sid} --out FICHIER.zip"
    if not entries:
        raise _purge_refused(f"aucune archive vérifiée de la session {sid} n'a été exportée depuis ce poste ; {hint}")
    digest = session_content_digest(ctx, sid)
    reasons = []
    for entry in reversed(entries):
        path = Path(str(entry.get("path", "")))
        if not path.is_file():
            reasons.append(f"{path} : archive introuvable")
            continue
        if backup.sha256_file(path) != entry.get("sha256"):
            reasons.append(f"{path} : archive modifiée depuis son export")
            continue
        check = verify_archive(path)
        if not check.ok:
            reasons.append(f"{path} : {(check.problems or check.audit_problems)[0]}")
            continue
        if entry.get("content_sha256") != digest or check.session_id != sid:
            reasons.append(f"{path} : la session a changé depuis cette archive")
            continue
        return entry, check
    raise _purge_refused("aucune archive utilisable de la session " + sid + " (" + " ; ".join(reasons) + f") ; {hint}")


def _redact(value: str | None) -> str | None:
    return PURGED if value else value


@dataclass
class _Purged:
    candidates: int = 0
    jurors: int = 0
    texts: int = 0
    audit: int = 0
    signatures: int = 0
    attachments: list[dict[str, Any]] = field(default_factory=list)  # sha256, filename, delete


def _purge_rows(orm: Orm, sid: str) -> _Purged:
    """Every personal datum of the session, in the caller's transaction. Running it again changes nothing."""
    s = orm.get(db.Session, sid)
    assert s is not None
    purged = _Purged(candidates=len(s.candidates), jurors=len(s.jury))
    old_juror_names = {j.display_name for j in s.jury}
    for i, c in enumerate(s.candidates, start=1):
        c.first_name, c.last_name = "Candidat", f"C{i:02d}"
        c.accommodation_notes = ""
        c.civility, c.birth_date, c.candidate_number = "", None, ""
    for i, j in enumerate(s.jury, start=1):
        j.first_name, j.last_name = "Juré", f"J{i:02d}"
        j.profession = ""
        j.civility, j.organisation = "", ""
    s.session_lead = ""

    grid_pks = select(db.Grid.pk).where(db.Grid.session_id == sid)
    run_pks = select(db.ModalityRun.pk).where(db.ModalityRun.session_id == sid)
    for a in orm.scalars(select(db.CompetenceAssessment).where(db.CompetenceAssessment.grid_pk.in_(grid_pks))):
        if a.observation:
            a.observation = PURGED
            purged.texts += 1
    for n in orm.scalars(select(db.GridNote).where(db.GridNote.grid_pk.in_(grid_pks))):
        n.text = PURGED
        purged.texts += 1
    for ch in orm.scalars(
        select(db.GridChange).where(
            db.GridChange.grid_pk.in_(grid_pks), db.GridChange.field.in_(("observation", "note"))
        )
    ):
        ch.before, ch.after = _redact(ch.before), _redact(ch.after)
    for d in orm.scalars(select(db.Declaration).where(db.Declaration.session_id == sid, db.Declaration.note != "")):
        d.note = PURGED
        purged.texts += 1
    for inc in orm.scalars(select(db.Incident).where(db.Incident.session_id == sid)):
        inc.text = PURGED
        purged.texts += 1
    for ev in orm.scalars(
        select(db.TimerEventRow).where(db.TimerEventRow.run_pk.in_(run_pks), db.TimerEventRow.reason != "")
    ):
        ev.reason = PURGED
        purged.texts += 1
    for dr in orm.scalars(select(db.DrawRow).where(db.DrawRow.run_pk.in_(run_pks), db.DrawRow.witness != "")):
        dr.witness = PURGED
        purged.texts += 1

    for e in orm.scalars(
        select(db.AuditEntry).where(db.AuditEntry.session_id == sid, db.AuditEntry.action.in_(PURGED_AUDIT_ACTIONS))
    ):
        if e.before or e.after:
            e.before, e.after = _redact(e.before), _redact(e.after)
            purged.audit += 1

    for model in (db.HandwrittenSignature, db.JurorKey, db.JurorCredential):
        purged.signatures += orm.scalar(select(func.count()).select_from(model).where(model.session_id == sid)) or 0
        orm.execute(delete(model).where(model.session_id == sid))

    documents = [
        (a.sha256, a.filename) for a in orm.scalars(select(db.Attachment).where(db.Attachment.session_id == sid))
    ]
    orm.execute(delete(db.Attachment).where(db.Attachment.session_id == sid))
    orm.flush()
    still_used = set(orm.scalars(select(db.Attachment.sha256).distinct()))
    purged.attachments = [{"sha256": sha, "filename": name, "delete": sha not in still_used} for sha, name in documents]

    other_names = {
        f"{first} {last}"
        for first, last in orm.execute(
            select(db.JuryMember.first_name, db.JuryMember.last_name).where(db.JuryMember.session_id != sid)
        )
    }
    orm.execute(delete(db.ObservationSnippet).where(db.ObservationSnippet.owner.in_(old_juror_names - other_names)))
    orm.execute(update(db.Session).where(db.Session.id == sid).values(updated_at=db.utcnow()))
    return purged


def _rmtree(path: Path) -> bool:
    if not path.exists():
        return False
    shutil.rmtree(path)
    return True


def _delete_documents(ctx: AppContext, documents: list[dict[str, Any]]) -> int:
    """The stored files no other session uses, and the named copies made to view them."""
    deleted = 0
    consultation = ctx.paths.root / "consultation"
    for doc in documents:
        if not doc.get("delete"):
            continue
        sha = str(doc["sha256"])
        stored = attachment_path(ctx.paths, sha)
        if stored.is_file():
            stored.unlink()
            deleted += 1
            with contextlib.suppress(OSError):
                stored.parent.rmdir()  # only when empty
        copy = consultation / PurePosixPath(str(doc.get("filename", ""))).name
        if copy.is_file() and backup.sha256_file(copy) == sha:
            copy.unlink()
    return deleted


def purge_session_personal_data(
    ctx: AppContext, session_id: str | None, *, confirm: str, clock: Clock | None = None
) -> PurgeSummary:
    """Remove the session's personal data once its archive is safe; decisions and marks stay.

    Refused (InvalidInput) unless `confirm` repeats the session id and a verified, current archive
    of the session was exported from this data folder and is still there, unchanged.

    The database changes are one transaction. Then files are deleted, the database is vacuumed
    and the rolling backups holding the old data are replaced: the purge is recorded (as not
    completed) right after the transaction, so a purge interrupted after it is finished by running
    it again.
    """
    sid = resolve_session_id(ctx, session_id)
    if confirm != sid:
        raise _purge_refused(
            f"confirmation incorrecte : recopiez l'identifiant exact de la session ({sid}) après --confirm"
        )
    record = purge_record(ctx, sid)
    resuming = record is not None and not record.get("completed", True)
    if record is not None and not resuming:
        raise _purge_refused(f"les données personnelles de la session {sid} ont déjà été purgées le {record.get('at')}")
    if record is None:
        entry, _check = _usable_archive(ctx, sid)
        record = {
            "session_id": sid,
            "at": (clock or SystemClock()).now().astimezone(UTC).isoformat(),
            "archive_path": entry["path"],
            "archive_sha256": entry["sha256"],
            "audit_entries": entry.get("audit_entries"),
            "audit_redacted_actions": list(PURGED_AUDIT_ACTIONS),
            "completed": False,
        }

    with ctx.database.session() as orm:
        purged = _purge_rows(orm, sid)
    register = _read_register(ctx)
    if not resuming:
        record["documents"] = purged.attachments
        register["purges"].append(record)
        _write_register(ctx, register)

    deleted_files = _delete_documents(ctx, list(record.get("documents", [])))
    folders = []
    for label, folder in (
        (f"keys/{sid}", ctx.paths.keys / sid),
        (f"reports/{sid}", reports_folder(ctx, sid)),
        (f"results/{sid}", results_folder(ctx, sid)),
    ):
        if _rmtree(folder):
            folders.append(label)

    # Nothing of the old texts may remain in free pages or in the -wal file.
    ctx.close()
    backup.vacuum(ctx.paths.database)

    # Rolling backups hold the names too (and restoring one would bring them back): the archive is
    # the record now. A fresh backup of the purged state replaces them.
    removed = 0
    for info in list_backups(ctx):
        if sid in info.sessions:
            info.path.unlink(missing_ok=True)
            removed += 1
    new_backup = make_backup(ctx, "apres-purge", clock=clock).path

    register = _read_register(ctx)
    for p in register["purges"]:
        if isinstance(p, dict) and p.get("session_id") == sid and not p.get("completed", True):
            p["completed"] = True
    _write_register(ctx, register)
    return PurgeSummary(
        session_id=sid,
        archive=Path(str(record["archive_path"])),
        candidates=purged.candidates,
        jurors=purged.jurors,
        texts=purged.texts,
        audit_entries_redacted=purged.audit,
        attachments=len(record.get("documents", [])),
        attachment_files_deleted=deleted_files,
        signatures_and_keys=purged.signatures,
        folders_deleted=tuple(folders),
        backups_deleted=removed,
        new_backup=new_backup,
    )


def purged_trail_problems(ctx: AppContext, session_id: str) -> list[str]:
    """For a purged session: is the local audit trail the one its archive holds (the archive verifying)?

    Entries are compared on everything but the purged texts (seq, time, actor, action, target, links
    and hashes), so an entry added, removed or changed since the purge shows.
    """
    record = purge_record(ctx, session_id)
    if record is None:
        return [f"la session {session_id} n'a pas été purgée : utilisez jury-app audit verify"]
    archive = Path(str(record.get("archive_path", "")))
    if not archive.is_file():
        return [f"archive {archive} introuvable : le journal de la session purgée ne peut plus être vérifié"]
    check = verify_archive(archive)
    if not check.ok:
        return [f"archive {archive} : {p}" for p in (*check.problems, *check.audit_problems)]
    with SafeZip(archive, LIMITS) as zf:
        archived = [json.loads(line) for line in zf.read(AUDIT, LIMITS.max_member_bytes).decode("utf-8").splitlines()]
    with ctx.database.reader() as orm:
        local = _audit_lines(orm, session_id)
    keys = ("seq", "at", "actor", "action", "target", "prev_hash", "hash")
    problems = []
    if len(local) != len(archived):
        problems.append(f"le journal local compte {len(local)} entrées, celui de l'archive {len(archived)}")
    for mine, theirs in zip(local, archived, strict=False):
        if any(mine.get(k) != theirs.get(k) for k in keys):
            problems.append(f"entrée n° {mine.get('seq')} différente de celle de l'archive")
            break
        if mine["action"] not in PURGED_AUDIT_ACTIONS and (mine["before"], mine["after"]) != (
            theirs.get("before"),
            theirs.get("after"),
        ):
            problems.append(f"entrée n° {mine.get('seq')} : valeurs différentes de celles de l'archive")
            break
    return problems
