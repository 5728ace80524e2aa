"""The engine: durable SQLite pragmas on every connection, and migrations run at start."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from jury_app.data.errors import DatabaseError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


# The newest migration. Checked against the migration scripts by a test; comparing it with the
# database's own version avoids importing Alembic (0.2 s) at every start.
SCHEMA_HEAD = "0006"


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Per connection: foreign keys and synchronous are not persistent in SQLite.
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)

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


def _stored_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if exists is None:
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return None if row is None else str(row[0])


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; does nothing when it is already there."""
    if _stored_revision(engine) == SCHEMA_HEAD:
        return
    from alembic import command

    command.upgrade(_alembic_config(engine), "head")


class Database:
    """An opened, migrated database with a session factory."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.engine = make_engine(path)
            migrate(self.engine)
        except Exception as exc:  # a locked, read-only or corrupt file
            raise DatabaseError(f"Impossible d'ouvrir la base de données {path} : {exc}") from exc
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self.engine.execution_options(immediate=True), expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[OrmSession]:
        """A unit of work: committed durably on success, rolled back on any error."""
        with self._writer() as orm, orm.begin():
            yield orm

    @contextmanager
    def reader(self) -> Iterator[OrmSession]:
        with self._factory() as orm:
            yield orm

    def close(self) -> None:
        self.engine.dispose()
