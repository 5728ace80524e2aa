"""Actions on a juror's evaluation grid: marks, judgements, observations, notes, undo.

A grid belongs to one juror: every action names the acting juror and touches only that juror's
grid. Each change is one durable commit, written by the grid store (`data.grid_store`): the value,
one line in `grid_changes` (the trail undo reverts) and one audit entry.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from sqlalchemy import select

from jury_app.actions.context import AppContext
from jury_app.data import models as db
from jury_app.data.grid_store import CompetenceView as CompetenceView
from jury_app.data.grid_store import GridKey as GridKey
from jury_app.data.grid_store import GridView as GridView
from jury_app.data.grid_store import GridWriter, StoredGrid, build_view, grid_items, stored_grid
from jury_app.data.grid_store import NoteView as NoteView
from jury_app.data.grid_view import GridRow
from jury_app.data.raw import driver
from jury_app.data.session_store import session_static
from jury_app.domain.clock import Clock
from jury_app.domain.grading import Mark
from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import Judgement, Modality, Referentiel

_ACCESS = (
    "SELECT d.has_link, l.closed FROM declarations AS d LEFT JOIN deliberations AS l "
    "ON l.session_id = d.session_id AND l.candidate_ref = d.candidate_ref "
    "WHERE d.session_id = ? AND d.candidate_ref = ? AND d.juror_ref = ?"
)


def _check_access(conn: sqlite3.Connection, key: GridKey) -> None:
    # One statement on the click path: the juror's declaration and the candidate's lock together.
    row = conn.execute(_ACCESS, (key.session_id, key.candidate_ref, key.juror_ref)).fetchone()
    if row is None:
        raise InvalidInput.one("grille", msg("déclarez d'abord n'avoir aucun lien avec ce candidat"))
    has_link, closed = row
    if has_link:
        raise InvalidInput.one("grille", msg("vous êtes récusé(e) pour ce candidat : vous ne pouvez pas l'évaluer"))
    if closed:
        raise InvalidInput.one(
            "grille", msg("la délibération de ce candidat est close : ses grilles ne peuvent plus être modifiées")
        )


def _context(conn: sqlite3.Connection, key: GridKey) -> tuple[Referentiel, Modality]:
    static = session_static(conn, key.session_id)
    if key.candidate_ref not in static.candidates:
        raise InvalidInput.one("grille", msg("candidat inconnu : « {0} »", key.candidate_ref))
    if key.juror_ref not in static.jurors:
        raise InvalidInput.one("grille", msg("juré inconnu : « {0} »", key.juror_ref))
    try:
        return static.referentiel, static.definition.modality(key.modality_id)
    except KeyError:
        raise InvalidInput.one("grille", msg("modalité inconnue : « {0} »", key.modality_id)) from None


def grid_view(ctx: AppContext, key: GridKey) -> GridView:
    with ctx.database.reader() as orm:
        conn = driver(orm)
        ref, modality = _context(conn, key)
        return build_view(conn, key, ref, modality)


def _writable(
    conn: sqlite3.Connection, key: GridKey, now: datetime, *, create: bool
) -> tuple[Referentiel, Modality, StoredGrid | None]:
    ref, modality = _context(conn, key)
    _check_access(conn, key)
    return ref, modality, stored_grid(conn, key, create_at=now if create else None)


def _edit(ctx: AppContext, key: GridKey, field: str, target: str, value: str | None, clock: Clock) -> GridView:
    # The click path: the driver's connection, statements prepared once, no ORM unit of work; the
    # commit is durable (synchronous=FULL) before the view goes back to the screen.
    with ctx.database.raw_writer() as conn:
        return _edit_in(conn, key, field, target, value, clock)


def _edit_in(
    conn: sqlite3.Connection, key: GridKey, field: str, target: str, value: str | None, clock: Clock
) -> GridView:
    now = clock.now()
    ref, modality, grid = _writable(conn, key, now, create=True)
    assert grid is not None
    criteria, competences = grid_items(ref, modality)
    if target not in (criteria if field == "mark" else competences):
        raise InvalidInput.one("grille", msg("« {0} » n'appartient pas à la grille de {1}", target, modality.title))
    writer = GridWriter(conn, key.session_id, now)
    changed = writer.set(grid, field, target, value)
    writer.finish()
    edited = GridRow(grid.pk, now, grid.source) if changed else None
    return build_view(conn, key, ref, modality, edited=edited)


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
        raise InvalidInput.one("grille", msg("la note est vide"))
    with ctx.database.raw_writer() as conn:
        now = clock.now()
        ref, modality, grid = _writable(conn, key, now, create=True)
        assert grid is not None
        writer = GridWriter(conn, key.session_id, now)
        writer.add_note(grid, now, phase_label, text.strip())
        writer.finish()
        return build_view(conn, key, ref, modality)


_LAST_CHANGE = "SELECT pk FROM grid_changes WHERE grid_pk = ? AND undone = 0 ORDER BY pk DESC LIMIT 1"


def undo_last(ctx: AppContext, key: GridKey, clock: Clock) -> GridView:
    """Revert this juror's last change to this grid (committed like any other change)."""
    with ctx.database.session() as orm:
        now = clock.now()
        conn = driver(orm)
        ref, modality, grid = _writable(conn, key, now, create=False)
        last = None
        if grid is not None:
            found = conn.execute(_LAST_CHANGE, (grid.pk,)).fetchone()
            last = orm.get(db.GridChange, found[0]) if found is not None else None
        if grid is None or last is None:
            raise InvalidInput.one("grille", msg("rien à annuler"))
        writer = GridWriter(conn, key.session_id, now)
        writer.undo(grid, last)
        writer.finish()
        return build_view(conn, key, ref, modality)


def set_source_paper(ctx: AppContext, key: GridKey, paper: bool, clock: Clock) -> GridView:
    """Mark a grid as keyed in from a paper grid filled during a laptop failure."""
    with ctx.database.raw_writer() as conn:
        now = clock.now()
        ref, modality, grid = _writable(conn, key, now, create=True)
        assert grid is not None
        writer = GridWriter(conn, key.session_id, now)
        writer.set_source(grid, "paper" if paper else "app")
        writer.finish()
        return build_view(conn, key, ref, modality)


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
        raise InvalidInput.one("grille", msg("l'observation est vide"))
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
        (c.observation for c in grid_view(ctx, key).competences if c.key == competence_id),
        "",
    )
    joined = f"{current.rstrip()}\n{text}" if current.strip() else text
    with ctx.database.session() as orm:  # the observation and its use count: one commit
        view = _edit_in(driver(orm), key, "observation", competence_id, joined, clock)
        row = orm.scalar(
            select(db.ObservationSnippet).where(
                db.ObservationSnippet.owner == owner, db.ObservationSnippet.text == text
            )
        )
        if row is not None:
            row.uses += 1
    return view
