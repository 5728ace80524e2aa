"""The sign-in read by plain sqlite3: what the ORM reads, and nothing when the usual opening must come
first (migrations to run, the identity not stamped yet, no such session)."""

from __future__ import annotations

import sqlite3

import pytest

from jury_app.actions import jurors
from jury_app.actions.context import AppContext
from jury_app.actions.sessions import session_document
from jury_app.data.errors import DatabaseHurt
from jury_app.data.sign_in import read_sign_in

SID = "DEMO-CIP-2026-11"


def test_it_reads_what_the_orm_reads(ctx: AppContext) -> None:
    jurors.set_pin(ctx, SID, "J2", "1357", lead_passphrase="phrase du responsable")
    look = read_sign_in(ctx.paths.database, ctx.paths.backups, SID)
    assert look is not None
    doc = session_document(ctx, SID)
    assert (look.id, look.title, look.kind, list(look.dates), look.centre, look.timezone) == (
        SID,
        doc.title,
        str(doc.kind),
        doc.dates,
        doc.centre,
        doc.timezone,
    )
    members = jurors.jury_members(ctx, SID)
    assert [(j.ref, j.name, j.role, j.profession, j.has_pin) for j in look.jurors] == [
        (m.ref, m.name, str(m.role), m.profession, m.has_pin) for m in members
    ]
    assert [j.has_pin for j in look.jurors] == [False, True]


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE alembic_version SET version_num = '0010'",  # migrations to run first
        "PRAGMA user_version = 0",  # the database's identity not stamped yet
    ],
)
def test_nothing_when_the_usual_opening_must_come_first(ctx: AppContext, change: str) -> None:
    ctx.close()
    conn = sqlite3.connect(ctx.paths.database, isolation_level=None)
    conn.execute(change)
    conn.close()  # its -wal folded in: the header says what the database says
    assert read_sign_in(ctx.paths.database, ctx.paths.backups, SID) is None


def test_nothing_for_an_unknown_session_or_without_a_database(ctx: AppContext) -> None:
    assert read_sign_in(ctx.paths.database, ctx.paths.backups, "NO-SUCH-SESSION") is None
    assert read_sign_in(ctx.paths.root / "absent.sqlite3", ctx.paths.backups, SID) is None


def test_a_damaged_database_is_refused_as_opening_it_would(ctx: AppContext) -> None:
    ctx.close()
    data = bytearray(ctx.paths.database.read_bytes())
    ctx.paths.database.write_bytes(bytes(data[: len(data) // 2]))  # truncated
    with pytest.raises(DatabaseHurt, match="tronqué"):
        read_sign_in(ctx.paths.database, ctx.paths.backups, SID)
