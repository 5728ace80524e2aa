"""Actions on a juror's evaluation grid: marks, judgements, observations, notes, undo.

A grid belongs to one juror: every action names the acting juror and touches only that juror's
grid. Each change is one durable commit plus one line in `grid_changes`, the trail undo reverts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session as Orm

from jury_app.actions.context import AppContext
from jury_app.data import audit
from jury_app.data import models as db
from jury_app.data.session_store import session_static
from jury_app.domain.clock import Clock
from jury_app.domain.grading import (
    OVERALL,
    GridCompleteness,
    Mark,
    grid_completeness,
    modality_criteria,
    suggest_judgement,
)
from jury_app.domain.problems import InvalidInput, Problem
from jury_app.domain.referentiel import Competence, Criterion, Judgement, Modality, Referentiel


@dataclass(frozen=True)
class GridKey:
    session_id: str
    candidate_ref: str
    modality_id: str
    juror_ref: str


@dataclass(frozen=True)
class CompetenceView:
    competence: Competence | None  # None for the overall judgement of a whole-certification interview
    criteria: tuple[Criterion, ...]
    judgement: Judgement | None
    suggested: Judgement | None
    observation: str


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


def _fail(message: str) -> InvalidInput:
    return InvalidInput([Problem("grille", "", message)])


def _check_access(orm: Orm, key: GridKey) -> None:
    # One statement on the click path: the juror's declaration and the candidate's lock together.
    row = orm.execute(
        select(db.Declaration.has_link, db.Deliberation.closed)
        .outerjoin(
            db.Deliberation,
            (db.Deliberation.session_id == db.Declaration.session_id)
            & (db.Deliberation.candidate_ref == db.Declaration.candidate_ref),
        )
        .where(
            db.Declaration.session_id == key.session_id,
            db.Declaration.candidate_ref == key.candidate_ref,
            db.Declaration.juror_ref == key.juror_ref,
        )
    ).first()
    if row is None:
        raise _fail("déclarez d'abord n'avoir aucun lien avec ce candidat")
    if row.has_link:
        raise _fail("vous êtes récusé(e) pour ce candidat : vous ne pouvez pas l'évaluer")
    if row.closed:
        raise _fail("la délibération de ce candidat est close : ses grilles ne peuvent plus être modifiées")


def _grid(orm: Orm, key: GridKey, *, create: bool) -> db.Grid | None:
    grid = orm.scalar(
        select(db.Grid).where(
            db.Grid.session_id == key.session_id,
            db.Grid.candidate_ref == key.candidate_ref,
            db.Grid.modality_id == key.modality_id,
            db.Grid.juror_ref == key.juror_ref,
        )
    )
    if grid is None and create:
        grid = db.Grid(
            session_id=key.session_id,
            candidate_ref=key.candidate_ref,
            modality_id=key.modality_id,
            juror_ref=key.juror_ref,
        )
        orm.add(grid)
        orm.flush()
    return grid


def _context(orm: Orm, key: GridKey) -> tuple[Referentiel, Modality]:
    static = session_static(orm, key.session_id)
    if key.candidate_ref not in static.candidates:
        raise _fail(f"candidat inconnu : « {key.candidate_ref} »")
    if key.juror_ref not in static.jurors:
        raise _fail(f"juré inconnu : « {key.juror_ref} »")
    try:
        return static.referentiel, static.definition.modality(key.modality_id)
    except KeyError:
        raise _fail(f"modalité inconnue : « {key.modality_id} »") from None


@dataclass(frozen=True)
class _GridRow:
    pk: int
    updated_at: datetime
    source: str


def _build_view(
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


def grid_view(ctx: AppContext, key: GridKey) -> GridView:
    with ctx.database.reader() as orm:
        ref, modality = _context(orm, key)
        return _build_view(orm, key, ref, modality)


def _change(
    orm: Orm, grid: db.Grid, now: datetime, field: str, target: str, before: str | None, after: str | None
) -> None:
    orm.execute(
        insert(db.GridChange).values(grid_pk=grid.pk, at=now, field=field, target=target, before=before, after=after)
    )
    grid.updated_at = now
    audit.append(
        orm,
        grid.session_id,
        grid.juror_ref,
        f"grid.{field}",
        {"candidate": grid.candidate_ref, "modality": grid.modality_id, "juror": grid.juror_ref, "item": target},
        before,
        after,
        now,
    )


def _apply(orm: Orm, grid: db.Grid, field: str, target: str, value: str | None, now: datetime) -> str | None:
    """Set one field of the grid; returns the value it replaces."""
    if field == "mark":
        row = orm.scalar(
            select(db.CriterionMark).where(db.CriterionMark.grid_pk == grid.pk, db.CriterionMark.criterion_id == target)
        )
        before = row.mark if row is not None else None
        if value is None:
            if row is not None:
                orm.delete(row)
        elif row is None:
            orm.add(db.CriterionMark(grid_pk=grid.pk, criterion_id=target, mark=value, updated_at=now))
        else:
            row.mark = value
            row.updated_at = now
        return before
    assessment = orm.scalar(
        select(db.CompetenceAssessment).where(
            db.CompetenceAssessment.grid_pk == grid.pk, db.CompetenceAssessment.competence_id == target
        )
    )
    if assessment is None:
        assessment = db.CompetenceAssessment(grid_pk=grid.pk, competence_id=target, judgement=None, observation="")
        orm.add(assessment)
    if field == "judgement":
        before = assessment.judgement
        assessment.judgement = value
    else:
        before = assessment.observation
        assessment.observation = value or ""
    assessment.updated_at = now
    return before


def _edit(ctx: AppContext, key: GridKey, field: str, target: str, value: str | None, clock: Clock) -> GridView:
    with ctx.database.session() as orm:
        return _edit_in(orm, key, field, target, value, clock)


def _edit_in(orm: Orm, key: GridKey, field: str, target: str, value: str | None, clock: Clock) -> GridView:
    ref, modality = _context(orm, key)
    _check_access(orm, key)
    valid = _valid_targets(ref, modality, field)
    if target not in valid:
        raise _fail(f"« {target} » n'appartient pas à la grille de {modality.title}")
    grid = _grid(orm, key, create=True)
    assert grid is not None
    now = clock.now()
    before = _apply(orm, grid, field, target, value, now)
    if before == value:
        orm.flush()
        return _build_view(orm, key, ref, modality)
    _change(orm, grid, now, field, target, before, value)
    orm.flush()
    return _build_view(orm, key, ref, modality, edited=grid)


def _valid_targets(ref: Referentiel, modality: Modality, field: str) -> set[str]:
    pairs = modality_criteria(modality, ref)
    if field == "mark":
        return {c.id for _, criteria in pairs for c in criteria}
    return {comp.id for comp, _ in pairs} or {OVERALL}


def set_mark(ctx: AppContext, key: GridKey, criterion_id: str, mark: Mark | None, clock: Clock) -> GridView:
    return _edit(ctx, key, "mark", criterion_id, mark.value if mark else None, clock)


def set_judgement(
    ctx: AppContext, key: GridKey, competence_id: str, judgement: Judgement | None, clock: Clock
) -> GridView:
    return _edit(ctx, key, "judgement", competence_id, judgement.value if judgement else None, clock)


def set_observation(ctx: AppContext, key: GridKey, competence_id: str, text: str, clock: Clock) -> GridView:
    return _edit(ctx, key, "observation", competence_id, text, clock)


def add_note(ctx: AppContext, key: GridKey, text: str, phase_label: str, clock: Clock) -> GridView:
    """A time-stamped note taken while the timer runs."""
    if not text.strip():
        raise _fail("la note est vide")
    with ctx.database.session() as orm:
        ref, modality = _context(orm, key)
        _check_access(orm, key)
        grid = _grid(orm, key, create=True)
        assert grid is not None
        now = clock.now()
        note = db.GridNote(grid_pk=grid.pk, at=now, phase_label=phase_label, text=text.strip())
        orm.add(note)
        orm.flush()
        _change(orm, grid, now, "note", str(note.pk), None, text.strip())
        orm.flush()
        return _build_view(orm, key, ref, modality)


def undo_last(ctx: AppContext, key: GridKey, clock: Clock) -> GridView:
    """Revert this juror's last change to this grid (committed like any other change)."""
    with ctx.database.session() as orm:
        ref, modality = _context(orm, key)
        _check_access(orm, key)
        grid = _grid(orm, key, create=False)
        last = None
        if grid is not None:
            last = orm.scalar(
                select(db.GridChange)
                .where(db.GridChange.grid_pk == grid.pk, db.GridChange.undone.is_(False))
                .order_by(db.GridChange.pk.desc())
                .limit(1)
            )
        if grid is None or last is None:
            raise _fail("rien à annuler")
        now = clock.now()
        if last.field == "note":
            note = orm.get(db.GridNote, int(last.target))
            if note is not None:
                orm.delete(note)
        else:
            _apply(orm, grid, last.field, last.target, last.before, now)
        last.undone = True
        grid.updated_at = now
        audit.append(
            orm,
            grid.session_id,
            grid.juror_ref,
            f"grid.{last.field}" if last.field != "note" else "grid.note.undo",
            {
                "candidate": grid.candidate_ref,
                "modality": grid.modality_id,
                "juror": grid.juror_ref,
                "item": last.target,
            },
            last.after,
            last.before,
            now,
        )
        orm.flush()
        return _build_view(orm, key, ref, modality)


def set_source_paper(ctx: AppContext, key: GridKey, paper: bool) -> GridView:
    """Mark a grid as keyed in from a paper grid filled during a laptop failure."""
    with ctx.database.session() as orm:
        ref, modality = _context(orm, key)
        _check_access(orm, key)
        grid = _grid(orm, key, create=True)
        assert grid is not None
        before = grid.source
        grid.source = "paper" if paper else "app"
        if before != grid.source:
            audit.append(
                orm,
                grid.session_id,
                grid.juror_ref,
                "grid.source",
                {
                    "candidate": grid.candidate_ref,
                    "modality": grid.modality_id,
                    "juror": grid.juror_ref,
                    "item": "source",
                },
                before,
                grid.source,
                db.utcnow(),
            )
        orm.flush()
        return _build_view(orm, key, ref, modality)


# --- the personal bank of observations --------------------------------------------------------
def snippets(ctx: AppContext, owner: str) -> list[str]:
    with ctx.database.reader() as orm:
        rows = orm.scalars(
            select(db.ObservationSnippet)
            .where(db.ObservationSnippet.owner == owner)
            .order_by(db.ObservationSnippet.pk)  # stable: Alt+1..9 keep their meaning all day
        )
        return [r.text for r in rows]


def save_snippet(ctx: AppContext, owner: str, text: str) -> list[str]:
    text = text.strip()
    if not text:
        raise _fail("l'observation est vide")
    with ctx.database.session() as orm:
        exists = orm.scalar(
            select(db.ObservationSnippet).where(
                db.ObservationSnippet.owner == owner, db.ObservationSnippet.text == text
            )
        )
        if exists is None:
            orm.add(db.ObservationSnippet(owner=owner, text=text, uses=0))
    return snippets(ctx, owner)


def use_snippet(ctx: AppContext, key: GridKey, owner: str, competence_id: str, text: str, clock: Clock) -> GridView:
    """Append a banked observation to a competence's observations (one keystroke in the GUI)."""
    current = next(
        (
            c.observation
            for c in grid_view(ctx, key).competences
            if (c.competence.id if c.competence else OVERALL) == competence_id
        ),
        "",
    )
    joined = f"{current.rstrip()}\n{text}" if current.strip() else text
    with ctx.database.session() as orm:  # the observation and its use count: one commit
        view = _edit_in(orm, key, "observation", competence_id, joined, clock)
        row = orm.scalar(
            select(db.ObservationSnippet).where(
                db.ObservationSnippet.owner == owner, db.ObservationSnippet.text == text
            )
        )
        if row is not None:
            row.uses += 1
    return view
