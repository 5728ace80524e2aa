"""Migrations: they build the models' schema exactly, and they upgrade a database that holds data."""

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from jury_app.data.db import Database, current_revision, head_revision
from jury_app.data.models import Base


def test_migrations_match_the_models(tmp_path: Path) -> None:
    db = Database(tmp_path / "db.sqlite3")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []
    assert current_revision(db.engine) == head_revision()


def test_pragmas_on_every_connection(tmp_path: Path) -> None:
    db = Database(tmp_path / "db.sqlite3")
    for _ in range(2):
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        db.engine.dispose()


def test_upgrade_from_first_revision_keeps_sessions(tmp_path: Path) -> None:
    from alembic import command

    from jury_app.data.db import _alembic_config, make_engine

    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    command.upgrade(_alembic_config(engine), "0001")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO referentiels VALUES ('X@1','X','1','t','0','{}')")
    con.execute(
        "INSERT INTO sessions (id,title,referentiel_key,kind,unit_id,session_definition_id,dates,centre_name,"
        "centre_address,rooms,session_lead,package_sha256,package_format_version,imported_at,updated_at) "
        "VALUES ('S','t','X@1','title',NULL,'titre','[]','c','','[]','','0',1,'2026-01-01','2026-01-01')"
    )
    con.commit()
    con.close()
    db = Database(path)  # migrates to head at start
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT timer_speed FROM sessions WHERE id='S'").scalar() == 1.0
    assert current_revision(db.engine) == head_revision()


def test_schema_head_is_the_newest_migration() -> None:
    from jury_app.data.db import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD, "update SCHEMA_HEAD in jury_app/data/db.py with the new migration"
