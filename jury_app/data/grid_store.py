"""A juror's evaluation grid as stored: the one writer of its changes and their audit entries.

Every change to a grid goes through `GridWriter`, whether a juror clicks on their laptop or the
merge of their result file replays it on the session lead's: the value, one line of the grid's trail
(`grid_changes`, what undo reverts) and one audit entry with the juror as actor, all in the caller's
transaction. So `audit.verify` replays both alike. The writer keeps what it writes in memory and
writes it in `finish`, a few pre-built statements run by the driver itself (`data.raw`): a click
writes a handful of rows without the ORM's unit of work, a merge thousands with executemany.
The view the juror reads back is `data.grid_view`'s.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm
from sqlalchemy.orm.attributes import set_committed_value

from jury_app.data import audit
from jury_app.data import models as db
from jury_app.data.audit import json_text as _text
from jury_app.data.grid_view import CompetenceView as CompetenceView
from jury_app.data.grid_view import GridKey as GridKey
from jury_app.data.grid_view import GridRow, grid_row
from jury_app.data.grid_view import GridView as GridView
from jury_app.data.grid_view import NoteView as NoteView
from jury_app.data.grid_view import RunKey as RunKey
from jury_app.data.grid_view import build_view as build_view
from jury_app.data.grid_view import grid_items as grid_items
from jury_app.data.raw import driver, stamp, unstamp
from jury_app.domain.codes import GridSource


def find_grid(orm: Orm, key: GridKey, *, create_at: datetime | None = None) -> db.Grid | None:
    """The juror's grid; made (empty, saved at `create_at`) when missing and `create_at` is given."""
    grid = orm.scalar(
        select(db.Grid).where(
            db.Grid.session_id == key.session_id,
            db.Grid.candidate_ref == key.candidate_ref,
            db.Grid.modality_id == key.modality_id,
            db.Grid.juror_ref == key.juror_ref,
        )
    )
    if grid is None and create_at is not None:
        grid = db.Grid(
            session_id=key.session_id,
            candidate_ref=key.candidate_ref,
            modality_id=key.modality_id,
            juror_ref=key.juror_ref,
            updated_at=create_at,
        )
        orm.add(grid)
        orm.flush()
    return grid


@dataclass(frozen=True)
class StoredGrid:
    """A grid the writer changes, by its row and its key: what a click has without the ORM."""

    pk: int
    candidate_ref: str
    modality_id: str
    juror_ref: str
    updated_at: datetime
    source: GridSource


class GridLike(Protocol):
    """A grid as the writer needs it: a `db.Grid` of the caller's ORM session, or a `StoredGrid`."""

    @property
    def pk(self) -> int: ...
    @property
    def candidate_ref(self) -> str: ...
    @property
    def modality_id(self) -> str: ...
    @property
    def juror_ref(self) -> str: ...
    @property
    def source(self) -> str: ...


_NEW_GRID = (
    "INSERT INTO grids (session_id, candidate_ref, modality_id, juror_ref, source, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)


def stored_grid(conn: sqlite3.Connection, key: GridKey, *, create_at: datetime | None = None) -> StoredGrid | None:
    """`find_grid` on the driver's connection: the juror's grid, made when missing if `create_at` is given."""
    row = grid_row(conn, key)
    if row is None:
        if create_at is None:
            return None
        values = (key.session_id, key.candidate_ref, key.modality_id, key.juror_ref, GridSource.APP.value)
        cursor = conn.execute(_NEW_GRID, (*values, stamp(create_at)))
        assert cursor.lastrowid is not None
        row = GridRow(cursor.lastrowid, create_at, GridSource.APP)
    return StoredGrid(row.pk, key.candidate_ref, key.modality_id, key.juror_ref, row.updated_at, row.source)


NoteKey = tuple[datetime, str, str]  # (at, phase label, text)


@dataclass(slots=True)
class _Mark:
    pk: int | None  # None: not stored yet
    mark: str | None  # None: none (deleted, if stored)


@dataclass(slots=True)
class _Assessment:
    pk: int | None
    judgement: str | None
    observation: str


@dataclass(slots=True)
class _Grid:
    """What the writer knows of a grid, in plain values: ORM attribute reads are dear on the hot path
    of a merge, which changes each grid dozens of times."""

    pk: int
    juror: str
    target: tuple[str, str]  # the audit target's canonical JSON around its item (`audit.item_target`)
    source: str
    marks: dict[str, _Mark] | None = None  # by criterion; None: not read yet
    assessments: dict[str, _Assessment] | None = None  # by competence
    touched: bool = False  # saved at the writer's time already


# The writer's statements, written once; the driver prepares each one once and keeps it.
_MARKS = "SELECT criterion_id, pk, mark FROM criterion_marks WHERE grid_pk = ?"
_ASSESSMENTS = "SELECT competence_id, pk, judgement, observation FROM competence_assessments WHERE grid_pk = ?"
_NOTES = "SELECT pk, at, phase_label, text FROM grid_notes WHERE grid_pk = ? ORDER BY at, pk"
_MARK_DELETE = "DELETE FROM criterion_marks WHERE pk = :pk"
_MARK_UPDATE = "UPDATE criterion_marks SET mark = :mark, updated_at = :at WHERE pk = :pk"
_MARK_INSERT = (
    "INSERT INTO criterion_marks (grid_pk, criterion_id, mark, updated_at) VALUES (:grid_pk, :criterion_id, :mark, :at)"
)
_ASSESSMENT_UPDATE = (
    "UPDATE competence_assessments SET judgement = :judgement, observation = :observation, updated_at = :at "
    "WHERE pk = :pk"
)
_ASSESSMENT_INSERT = (
    "INSERT INTO competence_assessments (grid_pk, competence_id, judgement, observation, updated_at) "
    "VALUES (:grid_pk, :competence_id, :judgement, :observation, :at)"
)
_CHANGE_UNDONE = "UPDATE grid_changes SET undone = 1 WHERE pk = ?"
_NOTE_CHANGE_UNDONE = (
    "UPDATE grid_changes SET undone = 1 WHERE grid_pk = :grid_pk AND field = 'note' AND target = :target AND undone = 0"
)
_CHANGE_INSERT = (
    "INSERT INTO grid_changes (grid_pk, at, field, target, before, after, undone) VALUES (?, ?, ?, ?, ?, ?, 0)"
)
_ACTIONS = {f: f"grid.{f}" for f in ("mark", "judgement", "observation", "note")}
_NOTE_INSERT = "INSERT INTO grid_notes (grid_pk, at, phase_label, text) VALUES (?, ?, ?, ?)"
_NOTE_DELETE = "DELETE FROM grid_notes WHERE pk = ?"
_GRID_TOUCH = "UPDATE grids SET updated_at = ? WHERE pk = ?"
_GRID_SOURCE = "UPDATE grids SET source = ? WHERE pk = ?"


class GridWriter:
    """The one writer of grid changes and their audit entries, for one transaction of one session.

    On the driver's connection (given, or the one under the caller's ORM session). Values are
    read once per grid and kept, changes collected; `finish` writes them (call it before reading
    the grid back, and before the transaction ends). A `db.Grid` it changes is told its new time
    and source without anything for the ORM to flush.
    """

    def __init__(self, orm: Orm | sqlite3.Connection, session_id: str, now: datetime) -> None:
        self.orm = orm if isinstance(orm, Orm) else None
        self.conn = orm if isinstance(orm, sqlite3.Connection) else driver(orm)
        self.now = now
        self._at = stamp(now)
        self.trail = audit.Trail(self.conn, session_id)
        self._grids: dict[int, _Grid] = {}
        self._dirty_marks: dict[tuple[int, str], _Mark] = {}
        self._dirty_assessments: dict[tuple[int, str], _Assessment] = {}
        self._changes: list[tuple[int, str, str, str, str | None, str | None]] = []  # lines of the grids' trails
        self._touched: list[tuple[str, int]] = []
        self._undone: list[tuple[int]] = []  # grid_changes reverted
        self._undone_notes: list[dict[str, Any]] = []  # notes removed: their lines of the trail
        self._new_notes: list[tuple[_Grid, str, str, str]] = []  # (grid, at, phase label, text)

    # Reading what is stored, once per grid.

    def _grid(self, grid: GridLike) -> _Grid:
        known = self._grids.get(grid.pk)
        if known is None:
            where = {"candidate": grid.candidate_ref, "modality": grid.modality_id, "juror": grid.juror_ref}
            known = self._grids[grid.pk] = _Grid(grid.pk, grid.juror_ref, audit.item_target(where), grid.source)
        return known

    def new_grid(self, grid: GridLike) -> None:
        """A grid made in this transaction: nothing of it to read back."""
        known = self._grid(grid)
        known.marks, known.assessments = {}, {}

    def create(self, candidate_ref: str, modality_id: str, juror_ref: str) -> StoredGrid:
        """A juror's grid made empty in this transaction, saved at the writer's time (a merge's new grids)."""
        values = (self.trail.session_id, candidate_ref, modality_id, juror_ref, GridSource.APP.value, self._at)
        pk = self.conn.execute(_NEW_GRID, values).lastrowid
        assert pk is not None
        grid = StoredGrid(pk, candidate_ref, modality_id, juror_ref, self.now, GridSource.APP)
        self.new_grid(grid)
        return grid

    def _mark_rows(self, g: _Grid) -> dict[str, _Mark]:
        if g.marks is None:
            g.marks = {cid: _Mark(pk, mark) for cid, pk, mark in self.conn.execute(_MARKS, (g.pk,))}
        return g.marks

    def _assessment_rows(self, g: _Grid) -> dict[str, _Assessment]:
        if g.assessments is None:
            found = self.conn.execute(_ASSESSMENTS, (g.pk,))
            g.assessments = {cid: _Assessment(pk, j, o) for cid, pk, j, o in found}
        return g.assessments

    # Changes.

    def _put(self, g: _Grid, field: str, item: str, value: str | None) -> str | None:
        """Write one value of the grid; returns the value it replaces. Records nothing."""
        if field == "mark":
            marks = self._mark_rows(g)
            mark = marks.get(item)
            if mark is None:
                mark = marks[item] = _Mark(None, None)
            before = mark.mark
            if before != value:
                mark.mark = value
                self._dirty_marks[(g.pk, item)] = mark
            return before
        assessments = self._assessment_rows(g)
        row = assessments.get(item)
        if row is None:  # made even when the value does not change, as the grid screen always did
            row = assessments[item] = _Assessment(None, None, "")
            self._dirty_assessments[(g.pk, item)] = row
        if field == "judgement":
            before, row.judgement = row.judgement, value
        else:
            value = value or ""
            before, row.observation = row.observation, value
        if before != value:
            self._dirty_assessments[(g.pk, item)] = row
        return before

    def _touch(self, grid: GridLike, g: _Grid) -> None:
        if not g.touched:
            g.touched = True
            self._touched.append((self._at, g.pk))
            if isinstance(grid, db.Grid):
                set_committed_value(grid, "updated_at", self.now)

    def _audit(self, g: _Grid, action: str, item: str, before: str | None, after: str | None) -> None:
        head, tail = g.target
        self.trail.add_json(g.juror, action, head + _text(item) + tail, before, after, self.now)

    def _record(self, grid: GridLike, g: _Grid, field: str, item: str, before: str | None, after: str | None) -> None:
        """One line of the grid's trail and its audit entry."""
        self._changes.append((g.pk, self._at, field, item, before, after))
        self._touch(grid, g)
        self._audit(g, f"grid.{field}", item, before, after)

    def set(self, grid: GridLike, field: str, item: str, value: str | None) -> bool:
        """Set a mark, judgement or observation (`field`) of one criterion or competence (`item`).

        Recorded when it changes the value; returns whether it did.
        """
        if field == "observation":
            value = value or ""
        g = self._grid(grid)
        before = self._put(g, field, item, value)
        if before == value:
            return False
        self._record(grid, g, field, item, before, value)
        return True

    def add_note(self, grid: GridLike, at: datetime, phase_label: str, text: str) -> None:
        """A note taken at `at`; recorded once written (its number is the item undo names)."""
        self._new_notes.append((self._grid(grid), stamp(at), phase_label, text))
        self._touch(grid, self._grid(grid))

    def remove_note(self, grid: GridLike, note_pk: int, text: str) -> None:
        """A note removed, as undo removes it: its line of the trail undone, the removal audited."""
        g = self._grid(grid)
        self._undone_notes.append({"grid_pk": g.pk, "target": str(note_pk)})
        self.conn.execute(_NOTE_DELETE, (note_pk,))
        self._touch(grid, g)
        self._audit(g, "grid.note.undo", str(note_pk), text, None)

    def undo(self, grid: GridLike, change: db.GridChange) -> None:
        """Revert one line of the grid's trail (audited like a change; not a new line of the trail)."""
        if change.field == "note":
            self.remove_note(grid, int(change.target), change.after or "")
            return
        g = self._grid(grid)
        self._put(g, change.field, change.target, change.before)
        self._undone.append((change.pk,))
        self._touch(grid, g)
        self._audit(g, f"grid.{change.field}", change.target, change.after, change.before)

    def set_source(self, grid: GridLike, source: str) -> None:
        """Where the grid comes from: the app, or a paper grid keyed in afterwards."""
        g = self._grid(grid)
        before = g.source
        if before != source:
            g.source = GridSource(source)
            self.conn.execute(_GRID_SOURCE, (g.source.value, g.pk))
            if isinstance(grid, db.Grid):
                set_committed_value(grid, "source", g.source)
            self._audit(g, "grid.source", "source", before, source)

    def replace(
        self,
        grid: GridLike,
        values: Iterable[tuple[str, str, str | None]],
        *,
        source: str,
        notes_added: Iterable[NoteKey],
        notes_removed: Iterable[NoteKey],
    ) -> None:
        """The juror's grid replaced by their version of it (a result file), change by change.

        `values` are (field, item, value) for marks, judgements and observations.
        """
        # `set` for each value, in one loop: a merge changes each grid dozens of times.
        g = self._grid(grid)
        head, tail = g.target
        entries: list[tuple[str, str, str | None, str | None]] = []  # (action, target, before, after)
        for field, item, given in values:
            value = (given or "") if field == "observation" else given
            before = self._put(g, field, item, value)
            if before != value:
                self._changes.append((g.pk, self._at, field, item, before, value))
                entries.append((_ACTIONS[field], head + _text(item) + tail, before, value))
        if entries:
            self._touch(grid, g)
            self.trail.add_many(g.juror, self.now, entries)
        self.set_source(grid, source)
        removed = Counter(notes_removed)
        if removed:
            for pk, at, label, text in self.conn.execute(_NOTES, (grid.pk,)).fetchall():
                key = (unstamp(at), label, text)
                if removed[key] > 0:
                    removed[key] -= 1
                    self.remove_note(grid, pk, text)
        for at, label, text in notes_added:
            self.add_note(grid, at, label, text)
        self._touch(grid, self._grid(grid))

    # Writing.

    def finish(self) -> None:
        """Everything collected, in a few pre-built statements run by the driver (executemany)."""
        if self.orm is not None:
            self.orm.flush()  # the caller's pending rows (a grid just made) come first
        conn = self.conn
        for g, at, label, text in self._new_notes:
            note = str(conn.execute(_NOTE_INSERT, (g.pk, at, label, text)).lastrowid)
            self._changes.append((g.pk, self._at, "note", note, None, text))
            self._audit(g, "grid.note", note, None, text)
        self._new_notes = []
        new_marks, kept_marks, gone_marks = self._mark_rows_out()
        new_assessments, kept_assessments = self._assessment_rows_out()
        statements: list[tuple[str, list[Any]]] = [
            (_MARK_DELETE, gone_marks),
            (_MARK_UPDATE, kept_marks),
            (_MARK_INSERT, new_marks),
            (_ASSESSMENT_UPDATE, kept_assessments),
            (_ASSESSMENT_INSERT, new_assessments),
            (_CHANGE_UNDONE, self._undone),
            (_NOTE_CHANGE_UNDONE, self._undone_notes),
            (_CHANGE_INSERT, self._changes),
            (_GRID_TOUCH, self._touched),
        ]
        for statement, rows in statements:
            if len(rows) == 1:
                conn.execute(statement, rows[0])
            elif rows:
                conn.executemany(statement, rows)
        self.trail.write(conn)
        self._dirty_marks, self._dirty_assessments = {}, {}
        self._changes, self._undone, self._undone_notes, self._touched = [], [], [], []

    def _mark_rows_out(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        """(to insert, to update, to delete)"""
        new: list[dict[str, Any]] = []
        kept: list[dict[str, Any]] = []
        gone: list[dict[str, Any]] = []
        at = self._at
        for (grid_pk, cid), mark in self._dirty_marks.items():
            if mark.pk is None:
                if mark.mark is not None:
                    new.append({"grid_pk": grid_pk, "criterion_id": cid, "mark": mark.mark, "at": at})
            elif mark.mark is None:
                gone.append({"pk": mark.pk})
            else:
                kept.append({"pk": mark.pk, "mark": mark.mark, "at": at})
        return new, kept, gone

    def _assessment_rows_out(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """(to insert, to update)"""
        new: list[dict[str, Any]] = []
        kept: list[dict[str, Any]] = []
        at = self._at
        for (grid_pk, cid), row in self._dirty_assessments.items():
            values = {"judgement": row.judgement, "observation": row.observation, "at": at}
            if row.pk is None:
                new.append({"grid_pk": grid_pk, "competence_id": cid, **values})
            else:
                kept.append({"pk": row.pk, **values})
        return new, kept
