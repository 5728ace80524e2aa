"""`Database.data_version`: a number that moves with every commit reaching the database, whichever
connection or program made it, and stays while nothing is committed (reads included)."""

from __future__ import annotations

import sqlite3

from jury_app.actions.context import AppContext
from jury_app.actions.jurors import declarations, declare


def test_it_moves_with_every_commit_from_anywhere_and_only_then(ctx: AppContext) -> None:
    db = ctx.database
    before = db.data_version()
    declarations(ctx, "DEMO-CIP-2026-11")  # a reading
    assert db.data_version() == before
    declare(ctx, "DEMO-CIP-2026-11", "C01", "J1", has_link=False)  # this app's own connection
    after_own = db.data_version()
    assert after_own != before
    other = sqlite3.connect(ctx.paths.database)  # another program
    other.execute("UPDATE sessions SET title = title || ' (bis)'")
    other.commit()
    other.close()
    assert db.data_version() not in (before, after_own)
