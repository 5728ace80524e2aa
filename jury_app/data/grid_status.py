"""Where every grid of a session stands, read in a few set-based statements.

The overview, the closing check and the completeness report need, for each grid, only whether it is
complete and whether anything was entered in it: not its rows as objects. So the marked criteria
and the judged competences of the whole session are read in one statement each, on the driver's
connection (`data.raw`), and each grid is compared with what an empty grid of its modality lacks
(`domain.grading.grid_completeness` on an empty grid: the same rule, worked out once per modality).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy.orm import Session as Orm

from jury_app.data.raw import driver
from jury_app.domain.grading import grid_completeness
from jury_app.domain.referentiel import Referentiel, SessionDefinition

GridWhere = tuple[str, str, str]
"""(candidate, modality, juror)"""


@dataclass(frozen=True)
class GridSummary:
    pk: int
    complete: bool
    """Every criterion of its modality marked, every judgement set."""
    has_content: bool
    """A mark, a judgement, an observation or a note."""


def _required(ref: Referentiel, sdef: SessionDefinition) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Per modality: (criteria to mark, judgements to set), what an empty grid lacks."""
    required = {}
    for modality in sdef.modalities:
        empty = grid_completeness(modality, ref, {}, {})
        required[modality.id] = (frozenset(empty.unmarked), frozenset(empty.judgements_missing))
    return required


_SCOPE = "g.session_id = ? AND (? IS NULL OR g.candidate_ref = ?)"
_GRIDS = f"SELECT g.pk, g.candidate_ref, g.modality_id, g.juror_ref FROM grids AS g WHERE {_SCOPE}"
_MARKED = (
    f"SELECT m.grid_pk, m.criterion_id FROM criterion_marks AS m JOIN grids AS g ON g.pk = m.grid_pk WHERE {_SCOPE}"
)
_ASSESSED = (
    "SELECT a.grid_pk, a.competence_id, a.judgement FROM competence_assessments AS a "
    f"JOIN grids AS g ON g.pk = a.grid_pk WHERE {_SCOPE} AND (a.judgement <> '' OR a.observation <> '')"
)
_NOTED = f"SELECT DISTINCT n.grid_pk FROM grid_notes AS n JOIN grids AS g ON g.pk = n.grid_pk WHERE {_SCOPE}"


def grid_summaries(
    on: Orm | sqlite3.Connection,
    session_id: str,
    ref: Referentiel,
    sdef: SessionDefinition,
    candidate_ref: str | None = None,
) -> dict[GridWhere, GridSummary]:
    """Every grid of the session (or of one candidate) whose modality the session holds."""
    conn = on if isinstance(on, sqlite3.Connection) else driver(on)
    scope = (session_id, candidate_ref, candidate_ref)
    marked: defaultdict[int, set[str]] = defaultdict(set)
    for pk, criterion in conn.execute(_MARKED, scope):
        marked[pk].add(criterion)
    judged: defaultdict[int, set[str]] = defaultdict(set)
    content = set(marked)
    for pk, competence, judgement in conn.execute(_ASSESSED, scope):
        content.add(pk)
        if judgement:
            judged[pk].add(competence)
    content.update(pk for (pk,) in conn.execute(_NOTED, scope))
    required = _required(ref, sdef)
    result: dict[GridWhere, GridSummary] = {}
    nothing: frozenset[str] = frozenset()
    for pk, cand, mid, juror in conn.execute(_GRIDS, scope):
        needs = required.get(mid)
        if needs is None:  # a modality the session no longer holds
            continue
        criteria, judgements = needs
        complete = criteria <= marked.get(pk, nothing) and judgements <= judged.get(pk, nothing)
        result[(cand, mid, juror)] = GridSummary(pk, complete, pk in content)
    return result
