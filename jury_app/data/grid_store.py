"""A juror's evaluation grid as stored: the one writer of its changes, and the view the juror reads.

Every change to a grid goes through `GridWriter`, whether a juror clicks on their laptop or the
merge of their result file replays it on the session lead's: the value, one line of the grid's trail
(`grid_changes`, what undo reverts) and one audit entry with the juror as actor, all in the caller's
transaction. So `audit.verify` replays both alike. The writer keeps what it writes in memory and
writes it in a few statements in `finish`: a click writes a handful of rows, a merge thousands.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session as Orm

from jury_app.data import audit
from jury_app.data import models as db
from jury_app.domain.codes import GridSource
from jury_app.domain.grading import (
    OVERALL,
    GridCompleteness,
    Mark,
    competence_key,
    grid_completeness,
    modality_criteria,
    suggest_judgement,
)
from jury_app.domain.referentiel import Competence, Criterion, Judgement, Modality, Referentiel


@dataclass(frozen=True)
class RunKey:
    """A candidate's run of a modality: its timer, its draw, its status."""

    session_id: str
    candidate_ref: str
    modality_id: str


@dataclass(frozen=True)
class GridKey:
    """A juror's grid of a candidate in a modality; also the juror acting on that run."""

    session_id: str
    candidate_ref: str
    modality_id: str
    juror_ref: str

    @property
    def run(self) -> RunKey:
        return RunKey(self.session_id, self.candidate_ref, self.modality_id)


# --- the view a juror reads -----------------------------------------------------------------------


@dataclass(frozen=True)
class CompetenceView:
    competence: Competence | None  # None for the overall judgement of a whole-certification interview
    criteria: tuple[Criterion, ...]
    judgement: Judgement | None
    suggested: Judgement | None
    observation: str

    @property
    def key(self) -> str:
        """The competence's id, or OVERALL."""
        return competence_key(self.competence)


@dataclass(frozen=True)
class NoteView:
    at: datetime
    phase_label: str
    text: str


@dataclass(frozen=True)
class GridView:
    key: GridKey
    modality: Modality
    marks: dict[str, Mark]
    competences: tuple[CompetenceView, ...]
    notes: tuple[NoteView, ...]
    completeness: GridCompleteness
    saved_at: datetime | None
    source: str
    can_undo: bool


def grid_items(ref: Referentiel, modality: Modality) -> tuple[set[str], set[str]]:
    """What a grid of the modality holds: (criteria marked, competences judged or OVERALL)."""
    pairs = modality_criteria(modality, ref)
    return {c.id for _, criteria in pairs for c in criteria}, ({comp.id for comp, _ in pairs} or {OVERALL})


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
class _GridRow:
    pk: int
    updated_at: datetime
    source: str


def build_view(
    orm: Orm, key: GridKey, ref: Referentiel, modality: Modality, *, edited: db.Grid | None = None
) -> GridView:
    """The grid as stored. Plain column reads, no ORM objects: this runs after every click.

    `edited` is the grid an action has just changed: its row need not be read again, and the
    change just made can be undone.
    """
    grid: _GridRow | Any
    if edited is not None:
        grid = _GridRow(edited.pk, edited.updated_at, edited.source)
    else:
        grid = orm.execute(
            select(db.Grid.pk, db.Grid.updated_at, db.Grid.source).where(
                db.Grid.session_id == key.session_id,
                db.Grid.candidate_ref == key.candidate_ref,
                db.Grid.modality_id == key.modality_id,
                db.Grid.juror_ref == key.juror_ref,
            )
        ).first()
    marks: dict[str, Mark] = {}
    judgements: dict[str, Judgement] = {}
    observations: dict[str, str] = {}
    notes: tuple[NoteView, ...] = ()
    can_undo = False
    if grid is not None:
        marks = {
            cid: Mark(mark)
            for cid, mark in orm.execute(
                select(db.CriterionMark.criterion_id, db.CriterionMark.mark).where(db.CriterionMark.grid_pk == grid.pk)
            )
        }
        for cid, judgement, observation in orm.execute(
            select(
                db.CompetenceAssessment.competence_id,
                db.CompetenceAssessment.judgement,
                db.CompetenceAssessment.observation,
            ).where(db.CompetenceAssessment.grid_pk == grid.pk)
        ):
            if judgement:
                judgements[cid] = Judgement(judgement)
            observations[cid] = observation
        notes = tuple(
            NoteView(at, label, text)
            for at, label, text in orm.execute(
                select(db.GridNote.at, db.GridNote.phase_label, db.GridNote.text)
                .where(db.GridNote.grid_pk == grid.pk)
                .order_by(db.GridNote.at, db.GridNote.pk)
            )
        )
        can_undo = (
            edited is not None
            or orm.scalar(
                select(db.GridChange.pk)
                .where(db.GridChange.grid_pk == grid.pk, db.GridChange.undone.is_(False))
                .limit(1)
            )
            is not None
        )
    ratio = ref.decision_rules.suggest_acquired_min_satisfied_ratio
    comps: list[CompetenceView] = []
    for comp, criteria in modality_criteria(modality, ref):
        ids = [c.id for c in criteria]
        comps.append(
            CompetenceView(
                competence=comp,
                criteria=criteria,
                judgement=judgements.get(comp.id),
                suggested=suggest_judgement({i: marks.get(i) for i in ids}, ids, ratio) if ids else None,
                observation=observations.get(comp.id, ""),
            )
        )
    if not comps:  # an interview judged as a whole
        comps.append(CompetenceView(None, (), judgements.get(OVERALL), None, observations.get(OVERALL, "")))
    return GridView(
        key=key,
        modality=modality,
        marks=marks,
        competences=tuple(comps),
        notes=notes,
        completeness=grid_completeness(modality, ref, marks, judgements),
        saved_at=grid.updated_at if grid is not None else None,
        source=grid.source if grid is not None else "app",
        can_undo=can_undo,
    )


# --- the writer ---------------------------------------------------------------------------------

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
    where: dict[str, str]  # the audit target, its item aside
    marks: dict[str, _Mark] | None = None  # by criterion; None: not read yet
    assessments: dict[str, _Assessment] | None = None  # by competence
    touched: bool = False  # saved at the writer's time already


class GridWriter:
    """The one writer of grid changes and their audit entries, for one transaction of one session.

    Values are read once per grid and kept, changes collected; `finish` writes them (call it before
    reading the grid back, and before the transaction ends).
    """

    def __init__(self, orm: Orm, session_id: str, now: datetime) -> None:
        self.orm = orm
        self.now = now
        self.trail = audit.Trail(orm, session_id)
        self._grids: dict[db.Grid, _Grid] = {}
        self._dirty_marks: dict[tuple[int, str], _Mark] = {}
        self._dirty_assessments: dict[tuple[int, str], _Assessment] = {}
        self._changes: list[dict[str, Any]] = []
        self._undone: list[int] = []  # grid_changes reverted
        self._undone_notes: list[dict[str, Any]] = []  # notes removed: their lines of the trail
        self._new_notes: list[tuple[db.Grid, db.GridNote]] = []

    # Reading what is stored, once per grid.

    def _grid(self, grid: db.Grid) -> _Grid:
        known = self._grids.get(grid)
        if known is None:
            where = {"candidate": grid.candidate_ref, "modality": grid.modality_id, "juror": grid.juror_ref}
            known = self._grids[grid] = _Grid(grid.pk, grid.juror_ref, where)
        return known

    def new_grid(self, grid: db.Grid) -> None:
        """A grid made in this transaction: nothing of it to read back."""
        known = self._grid(grid)
        known.marks, known.assessments = {}, {}

    def _mark_rows(self, g: _Grid) -> dict[str, _Mark]:
        if g.marks is None:
            m = db.CriterionMark
            found = self.orm.execute(select(m.criterion_id, m.pk, m.mark).where(m.grid_pk == g.pk))
            g.marks = {cid: _Mark(pk, mark) for cid, pk, mark in found}
        return g.marks

    def _assessment_rows(self, g: _Grid) -> dict[str, _Assessment]:
        if g.assessments is None:
            a = db.CompetenceAssessment
            found = self.orm.execute(select(a.competence_id, a.pk, a.judgement, a.observation).where(a.grid_pk == g.pk))
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

    def _touch(self, grid: db.Grid, g: _Grid) -> None:
        if not g.touched:
            g.touched = True
            grid.updated_at = self.now

    def _audit(self, g: _Grid, action: str, item: str, before: str | None, after: str | None) -> None:
        self.trail.add(g.juror, action, {**g.where, "item": item}, before, after, self.now)

    def _record(self, grid: db.Grid, g: _Grid, field: str, item: str, before: str | None, after: str | None) -> None:
        """One line of the grid's trail and its audit entry."""
        self._changes.append(
            {"grid_pk": g.pk, "at": self.now, "field": field, "target": item, "before": before, "after": after}
        )
        self._touch(grid, g)
        self._audit(g, f"grid.{field}", item, before, after)

    def set(self, grid: db.Grid, field: str, item: str, value: str | None) -> bool:
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

    def add_note(self, grid: db.Grid, at: datetime, phase_label: str, text: str) -> None:
        """A note taken at `at`; recorded once written (its number is the item undo names)."""
        note = db.GridNote(grid_pk=self._grid(grid).pk, at=at, phase_label=phase_label, text=text)
        self.orm.add(note)
        self._new_notes.append((grid, note))

    def remove_note(self, grid: db.Grid, note_pk: int, text: str) -> None:
        """A note removed, as undo removes it: its line of the trail undone, the removal audited."""
        g = self._grid(grid)
        self._undone_notes.append({"b_grid": g.pk, "b_target": str(note_pk)})
        note = self.orm.get(db.GridNote, note_pk)
        if note is not None:
            self.orm.delete(note)
        self._touch(grid, g)
        self._audit(g, "grid.note.undo", str(note_pk), text, None)

    def undo(self, grid: db.Grid, change: db.GridChange) -> None:
        """Revert one line of the grid's trail (audited like a change; not a new line of the trail)."""
        if change.field == "note":
            self.remove_note(grid, int(change.target), change.after or "")
            return
        g = self._grid(grid)
        self._put(g, change.field, change.target, change.before)
        self._undone.append(change.pk)
        self._touch(grid, g)
        self._audit(g, f"grid.{change.field}", change.target, change.after, change.before)

    def set_source(self, grid: db.Grid, source: str) -> None:
        """Where the grid comes from: the app, or a paper grid keyed in afterwards."""
        before = grid.source
        if before != source:
            grid.source = GridSource(source)
            self._audit(self._grid(grid), "grid.source", "source", before, source)

    def replace(
        self,
        grid: db.Grid,
        values: Iterable[tuple[str, str, str | None]],
        *,
        source: str,
        notes_added: Iterable[NoteKey],
        notes_removed: Iterable[NoteKey],
    ) -> None:
        """The juror's grid replaced by their version of it (a result file), change by change.

        `values` are (field, item, value) for marks, judgements and observations.
        """
        for field, item, value in values:
            self.set(grid, field, item, value)
        self.set_source(grid, source)
        removed = Counter(notes_removed)
        if removed:
            for note in list(grid.notes):
                key = (note.at, note.phase_label, note.text)
                if removed[key] > 0:
                    removed[key] -= 1
                    self.remove_note(grid, note.pk, note.text)
        for at, label, text in notes_added:
            self.add_note(grid, at, label, text)
        self._touch(grid, self._grid(grid))

    # Writing.

    def finish(self) -> None:
        """Everything collected, in a few statements (executemany, no ORM objects for the bulk rows)."""
        if self._new_notes:
            self.orm.flush()  # the notes' numbers
            for grid, note in self._new_notes:
                self._record(grid, self._grid(grid), "note", str(note.pk), None, note.text)
            self._new_notes = []
        self.orm.flush()
        m, a, c = db.CriterionMark, db.CompetenceAssessment, db.GridChange
        new_marks, kept_marks, gone_marks = self._mark_rows_out()
        new_assessments, kept_assessments = self._assessment_rows_out()
        pk, grid_pk = bindparam("b_pk", type_=Integer), bindparam("b_grid", type_=Integer)
        target = bindparam("b_target", type_=String)
        statements: list[tuple[Any, list[dict[str, Any]]]] = [
            (delete(m).where(m.pk == pk), gone_marks),
            (update(m).where(m.pk == pk).values(mark=bindparam("b_mark"), updated_at=self.now), kept_marks),
            (insert(m), new_marks),
            (
                update(a)
                .where(a.pk == pk)
                .values(judgement=bindparam("b_j"), observation=bindparam("b_o"), updated_at=self.now),
                kept_assessments,
            ),
            (insert(a), new_assessments),
            (update(c).where(c.pk == pk).values(undone=True), [{"b_pk": p} for p in self._undone]),
            (
                update(c)
                .where(c.grid_pk == grid_pk, c.field == "note", c.target == target, c.undone.is_(False))
                .values(undone=True),
                self._undone_notes,
            ),
            (insert(c), self._changes),
            (insert(db.AuditEntry), self.trail.rows),
        ]
        conn = self.orm.connection()
        for statement, rows in statements:
            if rows:
                conn.execute(statement, rows)
        self._dirty_marks, self._dirty_assessments = {}, {}
        self._changes, self._undone, self._undone_notes, self.trail.rows = [], [], [], []

    def _mark_rows_out(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        """(to insert, to update, to delete)"""
        new: list[dict[str, Any]] = []
        kept: list[dict[str, Any]] = []
        gone: list[dict[str, Any]] = []
        for (grid_pk, cid), mark in self._dirty_marks.items():
            if mark.pk is None:
                if mark.mark is not None:
                    new.append({"grid_pk": grid_pk, "criterion_id": cid, "mark": mark.mark, "updated_at": self.now})
            elif mark.mark is None:
                gone.append({"b_pk": mark.pk})
            else:
                kept.append({"b_pk": mark.pk, "b_mark": mark.mark})
        return new, kept, gone

    def _assessment_rows_out(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """(to insert, to update)"""
        new: list[dict[str, Any]] = []
        kept: list[dict[str, Any]] = []
        for (grid_pk, cid), row in self._dirty_assessments.items():
            if row.pk is None:
                new.append(
                    {
                        "grid_pk": grid_pk,
                        "competence_id": cid,
                        "judgement": row.judgement,
                        "observation": row.observation,
                        "updated_at": self.now,
                    }
                )
            else:
                kept.append({"b_pk": row.pk, "b_j": row.judgement, "b_o": row.observation})
        return new, kept
