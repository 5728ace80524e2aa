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
    from jury_app.data.schema import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD, "update SCHEMA_HEAD in jury_app/data/schema.py with the new migration"


def test_upgrade_to_package_details_keeps_every_row(tmp_path: Path) -> None:
    """0006 adds the package's details with defaults: the rows already there read as before."""
    from alembic import command

    from jury_app.data.db import _alembic_config, make_engine

    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    command.upgrade(_alembic_config(engine), "0005")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO referentiels VALUES ('X@1','X','1','t','0','{}')")
    con.execute(
        "INSERT INTO sessions (id,title,referentiel_key,kind,unit_id,session_definition_id,dates,centre_name,"
        "centre_address,rooms,session_lead,package_sha256,package_format_version,imported_at,updated_at,timer_speed) "
        "VALUES ('S','t','X@1','title',NULL,'titre','[]','c','','[]','','0',1,'2026-01-01','2026-01-01',1.0)"
    )
    con.execute(
        "INSERT INTO jury_members (session_id,ref,position,last_name,first_name,role,profession) "
        "VALUES ('S','J1',0,'Martin','Claire','president','CIP')"
    )
    con.execute(
        "INSERT INTO candidates (session_id,ref,position,last_name,first_name,path,units_sought,units_held,"
        "extra_time_percent,accommodation_notes) VALUES ('S','C1',0,'Lefèvre','Anaïs','formation','[]','[]',33,'')"
    )
    con.execute(
        "INSERT INTO schedule_slots (session_id,candidate_ref,modality_id,starts_at,room) "
        "VALUES ('S','C1','msp','2026-01-01T09:00','Salle 1')"
    )
    con.commit()
    con.close()

    db = Database(path)
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as conn:
        session = conn.exec_driver_sql(
            "SELECT title, timezone, approval_number, session_number, durations, registration_ended_reason, "
            "day_hours FROM sessions WHERE id='S'"
        ).one()
        juror = conn.exec_driver_sql("SELECT last_name, civility, organisation, profile FROM jury_members").one()
        candidate = conn.exec_driver_sql(
            "SELECT first_name, extra_time_percent, civility, birth_date, candidate_number, company_hours, "
            "units_held_detail, ecf_results FROM candidates"
        ).one()
        slot = conn.exec_driver_sql("SELECT starts_at, room, juror_refs, ends_at FROM schedule_slots").one()
    assert tuple(session) == ("t", "Europe/Paris", "", "", "{}", "", "[]")
    assert tuple(juror) == ("Martin", "", "", None)
    assert tuple(candidate) == ("Anaïs", 33, "", None, "", None, "[]", "[]")
    assert tuple(slot) == ("2026-01-01T09:00", "Salle 1", "[]", None)
    db.close()
