"""The deliberation screen's list of candidates: where each one's deliberation stands, read for the
whole session in a few statements instead of building every candidate's full view.

What prevents closing a closed or absent candidate's deliberation depends only on the decisions
stored (`deliberation_view.decisions`); an open one's rests on the evidence and on the items at hand
(grids, jury, in-company periods), so its full view is computed, by the screen's own code
(`deliberation_view.view_of`), from rows read for all the open ones at once
(`deliberation_rows.candidate_rows`). The marks are read to tell whether two
jurors disagree in one grouped statement on the driver's connection (`data.raw`).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db
from jury_app.data.deliberation_rows import candidate_rows
from jury_app.data.deliberation_view import decisions, view_of
from jury_app.data.raw import driver
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.deliberation import CandidateState
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import Judgement
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.rules import candidate_scope


@dataclass(frozen=True)
class DeliberationSummary:
    candidate_ref: str
    candidate_name: str
    closed: bool
    problems: int
    """What still prevents closing (0: it can be closed)."""
    states: frozenset[CandidateState]
    """What the list's filter tells apart (to deliberate, with disagreements, absent, closed)."""


_RECUSED = (
    "NOT EXISTS (SELECT 1 FROM declarations AS d WHERE d.session_id = g.session_id "
    "AND d.candidate_ref = g.candidate_ref AND d.juror_ref = g.juror_ref AND d.has_link)"
)
_MARKS_APART = (
    "SELECT DISTINCT g.candidate_ref FROM criterion_marks AS m JOIN grids AS g ON g.pk = m.grid_pk "
    f"WHERE g.session_id = ? AND {_RECUSED} "
    "GROUP BY g.candidate_ref, g.modality_id, m.criterion_id HAVING COUNT(DISTINCT m.mark) > 1"
)
_JUDGEMENTS_APART = (
    "SELECT DISTINCT g.candidate_ref FROM competence_assessments AS a JOIN grids AS g ON g.pk = a.grid_pk "
    f"WHERE g.session_id = ? AND a.judgement <> '' AND {_RECUSED} "
    "GROUP BY g.candidate_ref, g.modality_id, a.competence_id HAVING COUNT(DISTINCT a.judgement) > 1"
)
_RUNS = "SELECT candidate_ref, status FROM modality_runs WHERE session_id = ?"
_COMMON = "SELECT candidate_ref, competence_id, judgement FROM competence_decisions WHERE session_id = ?"
_CLOSED = "SELECT candidate_ref FROM deliberations WHERE session_id = ? AND closed"


def _runs(conn: sqlite3.Connection, sid: str) -> dict[str, list[str]]:
    runs: defaultdict[str, list[str]] = defaultdict(list)
    for cand, status in conn.execute(_RUNS, (sid,)):
        runs[cand].append(status)
    return runs


def _absent(statuses: list[str]) -> bool:
    return bool(statuses) and all(v == Status.ABSENT.value for v in statuses)


def candidate_states(
    on: Orm | sqlite3.Connection, sid: str, refs: Iterable[str]
) -> dict[str, frozenset[CandidateState]]:
    """For each candidate of `refs`: to deliberate or closed, with disagreements, absent."""
    conn = on if isinstance(on, sqlite3.Connection) else driver(on)
    runs = _runs(conn, sid)
    closed = {cand for (cand,) in conn.execute(_CLOSED, (sid,))}
    apart = {cand for (cand,) in conn.execute(_MARKS_APART, (sid,))}
    apart.update(cand for (cand,) in conn.execute(_JUDGEMENTS_APART, (sid,)))
    states = {}
    for ref in refs:
        held = {CandidateState.CLOSED if ref in closed else CandidateState.TO_DELIBERATE}
        if ref in apart:
            held.add(CandidateState.DISAGREEMENT)
        if _absent(runs.get(ref, [])):
            held.add(CandidateState.ABSENT)
        states[ref] = frozenset(held)
    return states


def summaries(orm: Orm, sid: str) -> list[DeliberationSummary]:
    """Every candidate of the session, in the session's order."""
    s = session_row(orm, sid)
    ref, sdef = definition_of(orm, s)
    conn = driver(orm)
    common: defaultdict[str, dict[str, Judgement | None]] = defaultdict(dict)
    for cand, cid, judgement in conn.execute(_COMMON, (sid,)):
        common[cand][cid] = Judgement(judgement) if judgement else None
    units: defaultdict[str, dict[str, db.UnitDecision]] = defaultdict(dict)
    for d in orm.scalars(select(db.UnitDecision).where(db.UnitDecision.session_id == sid)):
        units[d.candidate_ref][d.unit_id] = d
    states = candidate_states(conn, sid, [c.ref for c in s.candidates])
    open_ = [c for c in s.candidates if not states[c.ref] & {CandidateState.CLOSED, CandidateState.ABSENT}]
    own = candidate_rows(orm, s, open_)
    out = []
    for c in s.candidates:
        try:
            scope = candidate_scope(ref, sdef, c.path, c.units_sought, c.units_held)
        except ValueError as exc:
            raise InvalidInput.one("délibération", str(exc)) from None
        held = states[c.ref]
        stored = common.get(c.ref, {})
        effective = {cid: stored.get(cid) for cid in scope.competences}
        absent = CandidateState.ABSENT in held
        closed = CandidateState.CLOSED in held
        if closed or absent:
            _units, _title, problems = decisions(ref, scope, c.units_held, effective, units.get(c.ref, {}), absent)
            count = len(problems)
        else:  # what an open deliberation still lacks rests on the evidence and the items at hand too
            count = len(view_of(s, ref, sdef, own[c.ref]).problems)
        out.append(DeliberationSummary(c.ref, c.display_name, closed, count, held))
    return out
