"""A session's archive: one zip, checkable on its own; writing it, checking it, reading it back.

The archive holds:
    manifest.json      what it is, the session, the audit check at export, the head of the audit
                       trail it holds, every member's size and SHA-256, and the session lead's
                       signature over all of it (with their certificate)
    database.sqlite3   a consistent snapshot of the database reduced to this session
    audit.jsonl        the session's audit trail, one entry (every column) per line, in order
    attachments/       the candidates' documents
    reports/           the session's PDFs
    results/           the jurors' result files

After a purge the local audit trail can no longer be replayed (the texts it recorded are
purged): the archive holds the verifiable trail, and `purged_trail_problems` checks that the
local one is the same trail (same entries, same hashes) as the archive's.

The lead's signature is what an archive rebuilt from a forged state cannot have: recomputing the
members' hashes is easy, signing the manifest again needs the lead's key. An archive without it, or
whose signature does not hold, is refused; `signer` tells whose key signed, for the reader to compare
with the lead's fingerprint (the data folder's own lead key, when checked there).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm
from sqlalchemy.orm import sessionmaker

from jury_app import __version__
from jury_app.data import audit, backup, signatures
from jury_app.data import models as db
from jury_app.data.package.safezip import SafeZip, ZipLimits, name_problem
from jury_app.data.safejson import loads_strict
from jury_app.domain.messages import Told, msg
from jury_app.domain.problems import InvalidInput

FORMAT = "jury-app-archive"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SNAPSHOT = "database.sqlite3"
AUDIT = "audit.jsonl"

# What a purge replaces: the texts, in the session's rows and in the audit entries of these actions.
PURGED = "[purgé]"
# The entries whose values hold free text, redacted by a purge (a decision keeps what was decided).
PURGED_AUDIT_ACTIONS = (
    "grid.observation",
    "grid.note",
    "grid.note.undo",
    "deliberation.decision",
    "deliberation.reopen",
    "juror.reset",
    "deliberation.override",
    "deliberation.judgement",
    "package.identity",
    "results.resolve",
)

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
    signer: str = ""  # fingerprint of the certificate that signed the manifest (the session lead's)
    checked: tuple[str, ...] = ()  # the signed documents inside that the archived trail agrees with

    @property
    def trail(self) -> audit.TrailHead | None:
        """The head of the audit trail the archive holds, as its signed manifest says."""
        trail = self.manifest.get("trail")
        if not isinstance(trail, dict) or type(trail.get("entries")) is not int:
            return None
        return audit.TrailHead(trail["entries"], str(trail.get("head", "")))

    @property
    def intact(self) -> bool:
        return not self.problems

    @property
    def ok(self) -> bool:
        return not self.problems and not self.audit_problems


# --- the snapshot -------------------------------------------------------------------------------


@contextlib.contextmanager
def _orm(path: Path) -> Iterator[Orm]:
    engine = backup.readonly_engine(path)
    try:
        with sessionmaker(engine)() as orm:
            yield orm
    finally:
        engine.dispose()


def audit_line(entry: db.AuditEntry | audit.Entry) -> dict[str, Any]:
    """An audit entry as the archive's audit.jsonl holds it: every column."""
    row: dict[str, Any] = {}
    for column in db.AuditEntry.__table__.columns:
        value = getattr(entry, column.key)
        row[column.key] = value.isoformat() if isinstance(value, datetime) else value
    return row


def audit_lines(orm: Orm, session_id: str) -> list[dict[str, Any]]:
    """The session's audit entries as the archive's audit.jsonl holds them: every column, in order."""
    return [
        audit_line(entry)
        for entry in orm.scalars(
            select(db.AuditEntry).where(db.AuditEntry.session_id == session_id).order_by(db.AuditEntry.seq)
        )
    ]


def _session_snapshot(database: Path, session_id: str, dst: Path) -> None:
    """A consistent copy of the database at `dst`, reduced to the session."""
    backup.snapshot(database, dst)
    backup.keep_only_session(dst, session_id)


def session_content_digest(database: Path, session_id: str) -> str:
    """A digest of everything the database holds for the session (what its archive's snapshot holds)."""
    with tempfile.TemporaryDirectory(prefix="jury_app-digest-") as tmp:
        snap = Path(tmp) / SNAPSHOT
        _session_snapshot(database, session_id, snap)
        return backup.content_digest(snap)


@dataclass
class Member:
    name: str
    source: Path


@dataclass(frozen=True)
class SessionSnapshot:
    """The database and audit members of a session's archive, and what the manifest says of them."""

    members: tuple[Member, ...]
    title: str
    content_sha256: str
    audit_report: audit.AuditReport
    documents: tuple[tuple[str, str, str], ...]  # the session's attachments: ref, file name, SHA-256
    head: audit.TrailHead  # the trail's last entry


def snapshot_session(database: Path, session_id: str, folder: Path) -> SessionSnapshot:
    """The session's snapshot and audit trail written into `folder`, with its audit check."""
    snap = folder / SNAPSHOT
    _session_snapshot(database, session_id, snap)
    digest = backup.content_digest(snap)
    with _orm(snap) as orm:
        session = orm.get(db.Session, session_id)
        assert session is not None
        title = session.title
        report = audit.verify(orm, session_id)
        head = audit.head(orm, session_id)
        lines = audit_lines(orm, session_id)
        documents = tuple(
            (a.ref, a.filename, a.sha256)
            for a in orm.scalars(
                select(db.Attachment).where(db.Attachment.session_id == session_id).order_by(db.Attachment.position)
            )
        )
    audit_file = folder / AUDIT
    audit_file.write_text(
        "".join(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n" for line in lines), encoding="utf-8"
    )
    members = (Member(SNAPSHOT, snap), Member(AUDIT, audit_file))
    return SessionSnapshot(members, title, digest, report, documents, head)


# --- writing ------------------------------------------------------------------------------------


def member_name(folder: str, name: str, fallback: str, taken: set[str]) -> str:
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


def files_under(folder: Path, *, suffix: str | None = None) -> list[Path]:
    if not folder.is_dir():
        return []
    found = []
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file() or path.name.startswith("."):  # no temporary files
            continue
        if suffix is None or path.suffix.lower() == suffix:
            found.append(path)
    return sorted(found)


def new_manifest(snapshot: SessionSnapshot, session_id: str, created_at: datetime, notes: list[str]) -> dict[str, Any]:
    """The manifest of an archive, but for its list of files (written with them)."""
    report = snapshot.audit_report
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "session": {"id": session_id, "title": snapshot.title},
        "created_at": created_at.isoformat(),
        "app_version": __version__,
        "content_sha256": snapshot.content_sha256,
        "audit": {"entries": report.entries, "ok": report.ok, "problems": list(report.problems)},
        "trail": {"entries": snapshot.head.entries, "head": snapshot.head.head},
        "notes": notes,
    }


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


Signer = Callable[[dict[str, Any]], tuple[str, str]]
"""Signs a manifest (without its `signature`): (certificate PEM, signature of its canonical JSON)."""


def _write_zip(target: Path, members: list[Member], manifest: dict[str, Any], when: datetime, sign: Signer) -> None:
    files: list[dict[str, Any]] = []
    with target.open("wb") as raw:
        with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            for member in members:
                large = member.source.stat().st_size > 2**31
                with zf.open(_zip_info(member.name, when), "w", force_zip64=large) as dst:
                    sha, size = _copy_hashing(member.source, dst)
                files.append({"path": member.name, "size": size, "sha256": sha})
            manifest["files"] = files
            certificate, value = sign({k: v for k, v in manifest.items() if k != "signature"})
            manifest["signature"] = {"algorithm": "ecdsa-p256-sha256", "certificate_pem": certificate, "value": value}
            body = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
            zf.writestr(_zip_info(MANIFEST, when), body.encode("utf-8"))
        raw.flush()
        os.fsync(raw.fileno())


def write_archive(out: Path, members: list[Member], manifest: dict[str, Any], when: datetime, sign: Signer) -> None:
    """The archive written beside `out`, its manifest signed (`sign`), checked, then renamed over it:
    `out` is whole or untouched."""
    fd, zip_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    tmp_zip = Path(zip_name)
    try:
        _write_zip(tmp_zip, members, manifest, when, sign)
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


# --- verification -------------------------------------------------------------------------------


def manifest_problems(manifest: Any) -> list[Told]:
    """What is wrong with the manifest's form (French text, each keeping its message)."""
    if not isinstance(manifest, dict):
        return [Told(msg("manifest.json : un objet JSON est attendu"))]
    problems = []
    if manifest.get("format") != FORMAT:
        not_one = msg("manifest.json : ce n'est pas une archive de session (format « {0} »)", manifest.get("format"))
        problems.append(Told(not_one))
    if manifest.get("format_version") != FORMAT_VERSION:
        version = repr(manifest.get("format_version"))
        problems.append(Told(msg("manifest.json : version de format non prise en charge ({0})", version)))
    session = manifest.get("session")
    if (
        not isinstance(session, dict)
        or not isinstance(session.get("id"), str)
        or not isinstance(session.get("title"), str)
    ):
        problems.append(Told(msg("manifest.json : session absente ou incomplète")))
    files = manifest.get("files")
    if not isinstance(files, list) or not all(
        isinstance(f, dict)
        and isinstance(f.get("path"), str)
        and isinstance(f.get("size"), int)
        and isinstance(f.get("sha256"), str)
        for f in files
    ):
        problems.append(Told(msg("manifest.json : liste des fichiers absente ou mal formée")))
    audit_part = manifest.get("audit")
    if not isinstance(audit_part, dict) or not isinstance(audit_part.get("entries"), int):
        problems.append(Told(msg("manifest.json : résultat de la vérification du journal d'audit absent")))
    return problems


def signature_problems(manifest: dict[str, Any]) -> tuple[list[str], str]:
    """Whether the session lead's signature over the manifest holds; and whose key signed it."""
    signature = manifest.get("signature")
    if not isinstance(signature, dict):
        return ["manifest.json : non signé par le responsable de session : rien ne garantit d'où vient l'archive"], ""
    certificate, value = signature.get("certificate_pem"), signature.get("value")
    signer = signatures.fingerprint_of(certificate) if isinstance(certificate, str) else None
    if signer is None or not isinstance(certificate, str) or not isinstance(value, str):
        return ["manifest.json : signature illisible"], ""
    if not signatures.holds(certificate, {k: v for k, v in manifest.items() if k != "signature"}, value):
        return [
            "manifest.json : signature invalide : le manifeste a été modifié ou refait après la signature du "
            "responsable de session"
        ], signer
    return [], signer


def _snapshot_problems(
    snap: Path, manifest: dict[str, Any], audit_bytes: bytes | None
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
    except Exception:
        return [f"{SNAPSHOT} : base illisible"], [], 0
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
    trail = manifest.get("trail")
    if isinstance(trail, dict) and (trail.get("entries"), trail.get("head")) != (
        entries[-1] if entries else (0, audit.GENESIS)
    ):
        problems.append("manifest.json : tête du journal d'audit différente de celle de la base archivée")
    if audit_bytes is not None:
        try:
            lines = [json.loads(line) for line in audit_bytes.decode("utf-8").splitlines() if line.strip()]
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
            problems: list[str] = [*manifest_problems(manifest)]
            if problems:
                return ArchiveCheck(path, tuple(problems))
            unsigned, signer = signature_problems(manifest)
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
        tuple(problems + unsigned),
        tuple(audit_problems),
        session["id"],
        session["title"],
        str(manifest.get("created_at", "")),
        len(listed),
        entries,
        manifest,
        signer,
    )


def purged_trail_problems(archive: Path, local: list[dict[str, Any]]) -> list[str]:
    """Is `local` (`audit_lines` of a purged session) the trail its archive holds, the archive verifying?

    Entries are compared on everything but the purged texts (seq, time, actor, action, target, links
    and hashes), so an entry added, removed or changed since the purge shows.
    """
    if not archive.is_file():
        return [f"archive {archive} introuvable : le journal de la session purgée ne peut plus être vérifié"]
    check = verify_archive(archive)
    if not check.ok:
        return [f"archive {archive} : {p}" for p in (*check.problems, *check.audit_problems)]
    with SafeZip(archive, LIMITS) as zf:
        archived = [json.loads(line) for line in zf.read(AUDIT, LIMITS.max_member_bytes).decode("utf-8").splitlines()]
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
