"""A juror's evaluation grid as the juror reads it, read back after every click.

The keys of a grid and of a run, the grid's row and the view built from it: a few plain reads on
the driver's connection (`data.raw`), in the transaction of the change just made when there is one.
What a référentiel's modality holds (its competences and criteria) is worked out once per modality.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from jury_app.data.raw import unstamp
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


@dataclass(frozen=True)
class GridRow:
    """A grid's row: its number, when it was last saved and where it comes from."""

    pk: int
    updated_at: datetime
    source: GridSource


@dataclass(frozen=True)
class GridItems:
    """What a grid of a modality holds: the competences with their criteria, in the modality's order."""

    pairs: tuple[tuple[Competence, tuple[Criterion, ...]], ...]
    criteria: frozenset[str]
    competences: frozenset[str]
    """Competence ids, or OVERALL alone for an interview judged as a whole."""


_ITEMS: dict[tuple[int, int], tuple[Referentiel, Modality, GridItems]] = {}


def items_of(ref: Referentiel, modality: Modality) -> GridItems:
    """Worked out once per référentiel and modality (référentiels are parsed once and kept). Keyed by
    the modality itself, not its id: two session kinds may each have a « projet » of other competences."""
    known = _ITEMS.get((id(ref), id(modality)))
    if known is not None and known[0] is ref and known[1] is modality:
        return known[2]
    pairs = tuple(modality_criteria(modality, ref))
    items = GridItems(
        pairs,
        frozenset(c.id for _, criteria in pairs for c in criteria),
        frozenset(comp.id for comp, _ in pairs) or frozenset({OVERALL}),
    )
    if len(_ITEMS) > 256:
        _ITEMS.clear()
    _ITEMS[(id(ref), id(modality))] = (ref, modality, items)
    return items


def grid_items(ref: Referentiel, modality: Modality) -> tuple[frozenset[str], frozenset[str]]:
    """What a grid of the modality holds: (criteria marked, competences judged or OVERALL)."""
    items = items_of(ref, modality)
    return items.criteria, items.competences


_GRID = (
    "SELECT pk, updated_at, source FROM grids "
    "WHERE session_id = ? AND candidate_ref = ? AND modality_id = ? AND juror_ref = ?"
)
_MARKS = "SELECT criterion_id, mark FROM criterion_marks WHERE grid_pk = ?"
_ASSESSMENTS = "SELECT competence_id, judgement, observation FROM competence_assessments WHERE grid_pk = ?"
_NOTES = "SELECT at, phase_label, text FROM grid_notes WHERE grid_pk = ? ORDER BY at, pk"
_UNDOABLE = "SELECT 1 FROM grid_changes WHERE grid_pk = ? AND undone = 0 LIMIT 1"


def grid_row(conn: sqlite3.Connection, key: GridKey) -> GridRow | None:
    found = conn.execute(_GRID, (key.session_id, key.candidate_ref, key.modality_id, key.juror_ref)).fetchone()
    return None if found is None else GridRow(found[0], unstamp(found[1]), GridSource(found[2]))


@lru_cache(maxsize=8)
def _marks(value: str) -> Mark:
    return Mark(value)


def build_view(
    conn: sqlite3.Connection, key: GridKey, ref: Referentiel, modality: Modality, *, edited: GridRow | None = None
) -> GridView:
    """The grid as stored: this runs after every click.

    `edited` is the grid a change has just been written to: its row need not be read again, and
    the change just made can be undone.
    """
    grid = edited if edited is not None else grid_row(conn, key)
    marks: dict[str, Mark] = {}
    judgements: dict[str, Judgement] = {}
    observations: dict[str, str] = {}
    notes: tuple[NoteView, ...] = ()
    can_undo = False
    if grid is not None:
        marks = {cid: _marks(mark) for cid, mark in conn.execute(_MARKS, (grid.pk,))}
        for cid, judgement, observation in conn.execute(_ASSESSMENTS, (grid.pk,)):
            if judgement:
                judgements[cid] = Judgement(judgement)
            observations[cid] = observation
        notes = tuple(NoteView(unstamp(at), label, text) for at, label, text in conn.execute(_NOTES, (grid.pk,)))
        can_undo = edited is not None or conn.execute(_UNDOABLE, (grid.pk,)).fetchone() is not None
    ratio = ref.decision_rules.suggest_acquired_min_satisfied_ratio
    comps: list[CompetenceView] = []
    for comp, criteria in items_of(ref, modality).pairs:
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
        source=grid.source if grid is not None else GridSource.APP,
        can_undo=can_undo,
    )
