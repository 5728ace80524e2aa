"""The engine: durable SQLite pragmas on every connection, and migrations run at start.

Opening checks the file first (`health.py`: a damaged database is refused, never migrated), creates
a new database whole (built under a temporary name, then linked into place), and migrates under
SQLite's write lock, so that two first starts at once both succeed.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from jury_app.data import health
from jury_app.data.errors import DatabaseError
from jury_app.data.schema import SCHEMA_HEAD as SCHEMA_HEAD  # the newest migration
from jury_app.domain.messages import msg

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


BUSY_TIMEOUT_MS = 5000
"""How long a write waits for another program's lock before it is refused (the GUI waits less)."""


def _on_connect(dbapi_connection: Any, _record: Any, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    # Per connection: foreign keys and synchronous are not persistent in SQLite.
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")  # first: switching to WAL waits too
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def make_engine(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False},
        hide_parameters=True,  # an error's text never carries a juror's words (it may be logged)
    )
    event.listen(engine, "connect", partial(_on_connect, busy_timeout_ms=busy_timeout_ms))

    # pysqlite's own transaction handling is bypassed (isolation_level=None below) and BEGIN is
    # emitted here: writers take the write lock up front (BEGIN IMMEDIATE), so two writers never
    # deadlock on a lock upgrade; readers begin a plain deferred transaction.
    def _begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    event.listen(engine, "begin", _begin)

    @event.listens_for(engine, "connect")
    def _no_autobegin(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    return engine


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(create_engine("sqlite://"))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _state(conn: Connection) -> tuple[str | None, int]:
    """(schema revision, identity) of the database."""
    identity = int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)
    exists = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").first()
    if exists is None:
        return None, identity
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return (None if row is None else str(row[0])), identity


MIGRATION_WAIT_S = 120.0
"""How long a start waits for another one migrating the same database."""


def _is_busy(exc: BaseException) -> bool:
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    return str(getattr(orig, "sqlite_errorname", "")).startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def _migrate_locked(conn: Connection) -> None:
    revision, identity = _state(conn)  # read again under the lock: another start may have done it all
    if revision is not None and (len(revision) != len(SCHEMA_HEAD) or revision > SCHEMA_HEAD):
        raise DatabaseError(
            msg(
                "Cette base de données a été écrite par une version plus récente de l'application (schéma {0}, "
                "celle-ci connaît {1}) : mettez l'application à jour. Rien n'a été modifié.",
                revision,
                SCHEMA_HEAD,
            )
        )
    if revision != SCHEMA_HEAD:
        from alembic import command

        cfg = _alembic_config(conn.engine)
        cfg.attributes["connection"] = conn  # inside this transaction: committed, or not at all, with it
        command.upgrade(cfg, "head")
    if not identity:
        conn.exec_driver_sql(f"PRAGMA user_version = {health.new_identity()}")


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision and stamp the database's identity; does nothing when
    both are done. Under SQLite's write lock (BEGIN IMMEDIATE), waited for, so that two starts at
    once migrate one after the other."""
    with engine.connect() as conn:
        revision, identity = _state(conn)
    if revision == SCHEMA_HEAD and identity:
        return
    deadline = time.monotonic() + MIGRATION_WAIT_S
    while True:
        try:
            with engine.connect() as conn:
                conn.execution_options(immediate=True)
                with conn.begin():
                    _migrate_locked(conn)
            return
        except DBAPIError as exc:
            if not _is_busy(exc) or time.monotonic() > deadline:
                raise
        time.sleep(0.05)


def _fold_journal(path: Path) -> None:
    """Leave `path` as one self-contained file, its -wal folded in and removed."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def _create(path: Path) -> None:
    """A new database at `path`, whole or not at all: migrated under a temporary name, then linked.

    A racing start that links first wins; the other one then opens that database. So a database
    file of 0 bytes is never the app's own in the making.
    """
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".neuve")
    os.close(fd)
    tmp = Path(name)
    try:
        engine = make_engine(tmp)
        try:
            migrate(engine)
        finally:
            engine.dispose()
        _fold_journal(tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # never replaces: fails when another start was first
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links (FAT, some network drives)
            if os.name == "nt":
                with suppress(FileExistsError):
                    tmp.rename(path)  # never replaces on Windows
            elif not path.exists():
                os.replace(tmp, path)
        from jury_app.data.files import fsync_dir

        fsync_dir(path.parent)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            leftover.unlink(missing_ok=True)


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    return orig if isinstance(orig, sqlite3.Error) else None


class Database:
    """An opened, migrated database with a session factory.

    `backups`: the folder of its backups, named to the user when the database is found damaged.
    Errors SQLite raises about the file itself (damaged, read-only, disk full, busy) reach the
    caller as `DatabaseError`s in French, without the SQL statement or the data it carried.
    """

    def __init__(self, path: Path, backups: Path | None = None, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = path
        self.backups = backups
        health.check_writable(path)
        finding = health.examine(path)
        if finding is not None:
            raise health.hurt(path, finding, backups)
        try:
            if not path.exists():
                _create(path)
            self.engine = make_engine(path, busy_timeout_ms)
            migrate(self.engine)
        except DatabaseError:
            raise
        except Exception as exc:  # a locked, read-only or corrupt file, told without SQL
            raise self._french(exc) from exc
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self.engine.execution_options(immediate=True), expire_on_commit=False)
        self._watch: sqlite3.Connection | None = None
        self._watch_lock = threading.Lock()

    def _french(self, exc: BaseException) -> DatabaseError:
        error = _sqlite_error(exc)
        told = health.translated(error, self.path, self.backups) if error is not None else None
        if told is not None:
            return told
        code = str(getattr(error, "sqlite_errorname", "")) or type(exc).__name__
        return DatabaseError(msg("Impossible d'ouvrir ou de mettre à jour la base de données {0} ({1}).", self.path, code))

    @contextmanager
    def _told(self) -> Iterator[None]:
        try:
            yield
        except (DBAPIError, sqlite3.Error) as exc:
            error = _sqlite_error(exc)
            told = health.translated(error, self.path, self.backups) if error is not None else None
            if told is None:
                raise
            raise told from exc

    @contextmanager
    def session(self) -> Iterator[OrmSession]:
        """A unit of work: committed durably on success, rolled back on any error."""
        with self._told(), self._writer() as orm, orm.begin():
            yield orm

    @contextmanager
    def raw_writer(self) -> Iterator[sqlite3.Connection]:
        """A unit of work on the driver's connection, without the ORM (a juror's click): BEGIN
        IMMEDIATE, committed durably on success, rolled back on any error."""
        with self._told():
            pooled = self.engine.raw_connection()
            try:
                conn: sqlite3.Connection = pooled.driver_connection  # type: ignore[assignment]
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                    conn.execute("COMMIT")
                except BaseException:
                    conn.rollback()
                    raise
            finally:
                pooled.close()

    @contextmanager
    def reader(self) -> Iterator[OrmSession]:
        with self._told(), self._factory() as orm:
            yield orm

    def data_version(self) -> int:
        """A number that changes whenever a commit reaches the database, from this process or another.

        SQLite's `PRAGMA data_version`, read on a connection of its own that never writes: a
        connection does not see its own commits there, the engine's pooled ones would miss some."""
        with self._told(), self._watch_lock:
            if self._watch is None:
                self._watch = sqlite3.connect(
                    f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
                )
            return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        with self._watch_lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None
        self.engine.dispose()
