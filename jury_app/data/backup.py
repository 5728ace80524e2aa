"""Consistent copies of the database file: rolling backups, restoring one, snapshots for archives.

Every copy is made with SQLite's online backup API (one read transaction, so it holds one committed
state even while the app writes; copying the file alone would miss what still sits in the -wal
file). A copy is a single self-contained file (journal mode DELETE), written under a temporary name,
checked (`PRAGMA integrity_check`), flushed to disk and only then renamed into place.

Backups are named `jury_app-<UTC time>-<reason>.sqlite3`, so their date survives a copy to a USB key.
Nothing here knows about the app's context or Qt: the actions layer decides where and when.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
import tempfile
import threading
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import NullPool

from jury_app.data.errors import DatabaseError, sqlite_text
from jury_app.data.schema import SCHEMA_HEAD
from jury_app.domain.messages import Told, joined, msg

PREFIX = "jury_app-"
SUFFIX = ".sqlite3"
_STAMP = "%Y%m%dT%H%M%S"
_NAME = re.compile(r"^jury_app-(\d{8}T\d{6})\.(\d{3})Z-([a-z0-9][a-z0-9-]*)\.sqlite3$")
MAX_REASON = 40
DEFAULT_REASON = "manuel"
DEFAULT_KEEP = 20
_CHUNK = 1024 * 1024
TEMP_SUFFIX = ".tmp"
# A backup's temporary copy, and the journal SQLite may keep beside it while writing it.
_TEMP_NAME = re.compile(r"^\.jury_app-.*\.sqlite3\..+\.tmp(-journal|-wal|-shm)?$")
STALE_TEMP_S = 120.0
"""A temporary copy untouched for this long belongs to no backup in progress."""
_writing: set[Path] = set()
_writing_lock = threading.Lock()


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what it holds. `problem` is empty when the file could be read."""

    path: Path
    created_at: datetime  # aware, UTC
    reason: str
    size: int
    sessions: tuple[str, ...]
    grids: int
    decisions: int
    problem: str = ""
    """Why it cannot be read (French text, a `Told` for the screens to translate)."""

    @property
    def ok(self) -> bool:
        return not self.problem


# --- files --------------------------------------------------------------------------------------


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def sha256_file(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            sha.update(chunk)
    return sha.hexdigest()


def _temp_beside(path: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    with _writing_lock:
        _writing.add(tmp)
    return tmp


def _done_with(tmp: Path) -> None:
    with _writing_lock:
        _writing.discard(tmp)


def clean_temporaries(folder: Path, *, older_than_s: float = STALE_TEMP_S) -> list[Path]:
    """Delete the copies an interrupted backup left in `folder` (hidden `.jury_app-….tmp` files,
    with their SQLite journals); returns what was deleted.

    A whole copy of the database each, they would otherwise pile up unseen. One this process is
    writing is never touched, nor one changed in the last `older_than_s` seconds: another instance
    of the app may be writing it now.
    """
    deleted: list[Path] = []
    if not folder.is_dir():
        return deleted
    limit = time.time() - older_than_s
    with _writing_lock:
        busy = {str(p) for p in _writing}
    for path in folder.iterdir():
        if not _TEMP_NAME.match(path.name) or any(str(path).startswith(b) for b in busy):
            continue
        try:
            if path.stat().st_mtime > limit or not path.is_file():
                continue
            path.unlink()
        except OSError:  # gone meanwhile, or still open elsewhere (Windows): the next pass will see
            continue
        deleted.append(path)
    return deleted


# --- connections --------------------------------------------------------------------------------


def readonly_uri(path: Path) -> str:
    """An SQLite URI opening `path` read-only (percent-encoded: spaces, `?` and `#` are safe)."""
    return f"{path.resolve().as_uri()}?mode=ro"


def connect_readonly(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise DatabaseError(msg("Base de données introuvable : {0}", path))
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        conn.execute("PRAGMA query_only=ON")
    except sqlite3.Error as exc:
        raise DatabaseError(msg("Impossible d'ouvrir {0} en lecture : {1}", path, sqlite_text(exc))) from exc
    return conn


@contextlib.contextmanager
def readonly(path: Path) -> Iterator[sqlite3.Connection]:
    conn = connect_readonly(path)
    try:
        yield conn
    finally:
        conn.close()


def integrity_problems(path: Path) -> list[str]:
    """What `PRAGMA integrity_check` finds wrong in the file (empty when it is sound)."""
    try:
        with readonly(path) as conn:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except (sqlite3.Error, DatabaseError) as exc:
        return [Told(msg("base illisible : {0}", sqlite_text(exc)))]
    return [] if rows == ["ok"] else rows or [Told(msg("vérification d'intégrité sans résultat"))]


# --- copies -------------------------------------------------------------------------------------


def _backup(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    # pages=-1: the whole database in one step, inside one read transaction of the source, so the
    # copy is one committed state even if another connection commits meanwhile.
    src.backup(dst, pages=-1)


def snapshot(src: Path, dst: Path) -> None:
    """A consistent, checked, self-contained copy of the database `src` at `dst` (atomic).

    The source is only read; `dst` appears whole or not at all.
    """
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_beside(dst)
    try:
        try:
            with readonly(src) as source:
                target = sqlite3.connect(tmp)
                try:
                    _backup(source, target)
                    target.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
                finally:
                    target.close()
        except sqlite3.Error as exc:
            raise DatabaseError(msg("Copie de la base impossible : {0}", sqlite_text(exc))) from exc
        problems = integrity_problems(tmp)
        if problems:
            raise DatabaseError(msg("La copie de la base est défectueuse : {0}", joined(problems[:5], "; ")))
        fsync_file(tmp)
        os.replace(tmp, dst)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        _done_with(tmp)
    fsync_dir(dst.parent)


def vacuum(path: Path) -> None:
    """Rebuild the file so deleted rows leave no trace in its free pages (nor in a -wal file)."""
    conn = sqlite3.connect(path, timeout=5)
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        conn.execute("VACUUM")
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() == "wal":
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


# --- names --------------------------------------------------------------------------------------


def slug(reason: str) -> str:
    """A reason as it can appear in a file name: lower-case ASCII letters, digits and dashes."""
    ascii_text = unicodedata.normalize("NFKD", reason).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:MAX_REASON].strip("-")
    return text or DEFAULT_REASON


def backup_name(at: datetime, reason: str) -> str:
    at = at.astimezone(UTC)
    return f"{PREFIX}{at.strftime(_STAMP)}.{at.microsecond // 1000:03d}Z-{slug(reason)}{SUFFIX}"


def parse_name(name: str) -> tuple[datetime, str] | None:
    """(creation time, reason) of a backup file name, or None when it is not one."""
    m = _NAME.match(name)
    if m is None:
        return None
    try:
        at = datetime.strptime(m.group(1), _STAMP).replace(tzinfo=UTC, microsecond=int(m.group(2)) * 1000)
    except ValueError:
        return None
    return at, m.group(3)


def free_name(folder: Path, at: datetime, reason: str) -> Path:
    """A backup path in `folder` that does not exist yet (a suffix -2, -3… on a clash)."""
    base = slug(reason)
    candidate = folder / backup_name(at, base)
    n = 2
    while candidate.exists():
        candidate = folder / backup_name(at, f"{base[: MAX_REASON - 4]}-{n}")
        n += 1
    return candidate


def backup_files(folder: Path) -> list[tuple[Path, datetime, str]]:
    """Backups in `folder`, newest first: (path, creation time, reason)."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            parsed = parse_name(path.name)
            if parsed is not None and path.is_file():
                found.append((path, *parsed))
    found.sort(key=lambda f: (f[1], f[0].name), reverse=True)
    return found


# --- reading a backup ---------------------------------------------------------------------------


def _count(conn: sqlite3.Connection, table: str) -> int:
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone()
    if exists is None:
        return 0
    return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def read_info(path: Path, created_at: datetime | None = None, reason: str = "") -> BackupInfo:
    """What a backup holds, read without writing anything (not even a -shm file)."""
    if created_at is None:
        parsed = parse_name(path.name)
        if parsed is not None:
            created_at, reason = parsed
        else:
            created_at = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    size = path.stat().st_size
    try:
        with readonly(path) as conn:
            sessions = tuple(str(r[0]) for r in conn.execute("SELECT id FROM sessions ORDER BY id"))
            return BackupInfo(
                path, created_at, reason, size, sessions, _count(conn, "grids"), _count(conn, "unit_decisions")
            )
    except (sqlite3.Error, DatabaseError) as exc:
        return BackupInfo(path, created_at, reason, size, (), 0, 0, problem=Told(msg("illisible : {0}", sqlite_text(exc))))


def schema_version(path: Path) -> str | None:
    with readonly(path) as conn:
        exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if exists is None:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])


def restorable_problems(path: Path) -> list[str]:
    """Why `path` cannot replace the app's database (empty when it can)."""
    problems = integrity_problems(path)
    if problems:
        return problems
    try:
        version = schema_version(path)
        with readonly(path) as conn:
            has_sessions = (
                conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='sessions'").fetchone()
                is not None
            )
    except (sqlite3.Error, DatabaseError) as exc:
        return [Told(msg("base illisible : {0}", sqlite_text(exc)))]
    if version is None or not has_sessions:
        return [Told(msg("ce fichier n'est pas une base de données de l'application"))]
    if not re.fullmatch(r"\d{4}", version) or version > SCHEMA_HEAD:
        newer = msg("base d'une version plus récente de l'application (schéma {0}, celle-ci connaît {1})", version, SCHEMA_HEAD)
        return [Told(newer)]
    return []


def newest_good_backup(folder: Path) -> tuple[Path, datetime] | None:
    """The newest backup in `folder` that could replace the app's database, with its date."""
    for path, at, _reason in backup_files(folder):
        if not restorable_problems(path):
            return path, at
    return None


# --- rotation and restoring ---------------------------------------------------------------------


def rotate(folder: Path, keep: int, protect: Sequence[Path] = ()) -> list[Path]:
    """Delete all but the newest `keep` backups (never one of `protect`), and the temporary copies
    interrupted backups left; returns what was deleted."""
    protected = {p.resolve() for p in protect}
    deleted = clean_temporaries(folder)
    for path, _at, _reason in backup_files(folder)[max(keep, 1) :]:
        if path.resolve() in protected:
            continue
        path.unlink(missing_ok=True)
        deleted.append(path)
    return deleted


def store(
    live: Path,
    folder: Path,
    reason: str,
    now: datetime,
    *,
    keep: int = DEFAULT_KEEP,
    protect: Sequence[Path] = (),
    skip_same: bool = False,
) -> BackupInfo | None:
    """A backup of the database `live` in `folder`, the older ones beyond `keep` deleted (never one of
    `protect`). With `skip_same`, a copy identical to the newest backup is not kept: None."""
    folder.mkdir(parents=True, exist_ok=True)
    newest = backup_files(folder)[:1]
    target = free_name(folder, now, reason)
    snapshot(live, target)
    if skip_same and newest and sha256_file(target) == sha256_file(newest[0][0]):
        target.unlink(missing_ok=True)
        return None
    rotate(folder, keep, protect=(target, *protect))
    return read_info(target)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in `folder`, newest first, with the sessions and the amount of jury work it holds."""
    return [read_info(path, at, reason) for path, at, reason in backup_files(folder)]


def restore_into(backup: Path, live: Path) -> None:
    """Replace the content of the database `live` with that of `backup`, through SQLite.

    Writing through a connection to `live` (rather than swapping files) keeps its -wal and -shm
    files coherent with it. Every other connection to `live` must be closed first.
    """
    live.parent.mkdir(parents=True, exist_ok=True)
    try:
        with readonly(backup) as source:
            target = sqlite3.connect(live, timeout=10)
            try:
                target.execute("PRAGMA busy_timeout=10000")
                target.execute("PRAGMA synchronous=FULL")
                _backup(source, target)
                mode = str(target.execute("PRAGMA journal_mode").fetchone()[0]).lower()
                if mode == "wal":
                    target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                rows = [str(r[0]) for r in target.execute("PRAGMA quick_check").fetchall()]
            finally:
                target.close()
    except sqlite3.Error as exc:
        raise DatabaseError(msg("Restauration impossible : {0}", sqlite_text(exc))) from exc
    if rows != ["ok"]:
        raise DatabaseError(msg("La base restaurée est défectueuse : {0}", joined(rows[:5], "; ")))


# --- one session only: the archive's snapshot ---------------------------------------------------


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    return [str(r[0]) for r in rows]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')]


def keep_only_session(path: Path, session_id: str, *, clear: Sequence[str] = ("observation_snippets",)) -> None:
    """In the copy at `path`, delete every other session's rows (and the tables in `clear`), then VACUUM.

    Rows of other sessions go from every table with a `session_id` column, and the sessions
    themselves; their children (marks, notes, timer events…) follow through the foreign keys'
    ON DELETE CASCADE. Référentiels no session uses any more go too.
    """
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        tables = _tables(conn)
        with conn:
            for table in tables:
                if "session_id" in _columns(conn, table):
                    conn.execute(f'DELETE FROM "{table}" WHERE session_id IS NOT ?', (session_id,))
            if "sessions" in tables:
                conn.execute("DELETE FROM sessions WHERE id IS NOT ?", (session_id,))
            if "referentiels" in tables and "sessions" in tables:
                conn.execute("DELETE FROM referentiels WHERE key NOT IN (SELECT referentiel_key FROM sessions)")
            for table in clear:
                if table in tables:
                    conn.execute(f'DELETE FROM "{table}"')
        dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
        if dangling:
            raise DatabaseError(msg("Copie de la session incohérente : {0} référence(s) orpheline(s)", len(dangling)))
        conn.execute("VACUUM")
    except sqlite3.Error as exc:
        raise DatabaseError(msg("Préparation de la copie de la session impossible : {0}", sqlite_text(exc))) from exc
    finally:
        conn.close()
    fsync_file(path)


def content_digest(path: Path) -> str:
    """SHA-256 of every row of every table, independent of the file's layout (page order, free pages)."""
    sha = hashlib.sha256()
    with readonly(path) as conn:
        for table in _tables(conn):
            sha.update(f"\x00table:{table}:{','.join(_columns(conn, table))}\n".encode())
            rows = sorted(repr(tuple(r)) for r in conn.execute(f'SELECT * FROM "{table}"'))
            for row in rows:
                sha.update(row.encode("utf-8", "surrogatepass") + b"\n")
    return sha.hexdigest()


def session_ids(path: Path) -> list[str]:
    with readonly(path) as conn:
        return [str(r[0]) for r in conn.execute("SELECT id FROM sessions ORDER BY id")]


def readonly_engine(path: Path) -> Engine:
    """An SQLAlchemy engine on `path` that can only read (SQLite's mode=ro): for snapshots."""
    return create_engine("sqlite://", creator=lambda: connect_readonly(path), poolclass=NullPool)
