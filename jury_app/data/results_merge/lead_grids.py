"""A juror's grids as this laptop holds them, read for planning a merge: plain values, by a few plain
statements for the whole session (`data.raw`), not as ORM objects (`audit verify` plans every
juror's latest file again, over a hundred thousand marks and judgements)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session as Orm

from jury_app.data.grid_store import NoteKey
from jury_app.data.raw import driver, unstamp


@dataclass(slots=True)
class LeadGrid:
    """A juror's grid here: what the merge compares and the grid writer changes (`GridLike`)."""

    pk: int
    candidate_ref: str
    modality_id: str
    juror_ref: str
    source: str
    marks: dict[str, str] = field(default_factory=dict)  # criterion -> mark
    assessments: dict[str, tuple[str | None, str]] = field(default_factory=dict)  # (judgement, observation)
    notes: list[NoteKey] = field(default_factory=list)  # (at, phase label, text)


_GRIDS = "SELECT pk, candidate_ref, modality_id, juror_ref, source FROM grids WHERE session_id = ? AND juror_ref = ?"
_OF_GRIDS = "JOIN grids AS g ON g.pk = x.grid_pk WHERE g.session_id = ? AND g.juror_ref = ?"
_MARKS = f"SELECT x.grid_pk, x.criterion_id, x.mark FROM criterion_marks AS x {_OF_GRIDS}"
_ASSESSMENTS = (
    f"SELECT x.grid_pk, x.competence_id, x.judgement, x.observation FROM competence_assessments AS x {_OF_GRIDS}"
)
_NOTES = f"SELECT x.grid_pk, x.at, x.phase_label, x.text FROM grid_notes AS x {_OF_GRIDS} ORDER BY x.at, x.pk"


def lead_grids(orm: Orm, session_id: str, juror_ref: str, candidates: set[str]) -> dict[tuple[str, str], LeadGrid]:
    """(candidate, modality) -> the juror's grid here, for the candidates given."""
    conn = driver(orm)
    where = (session_id, juror_ref)
    grids = {
        pk: LeadGrid(pk, cand, modality, juror, source)
        for pk, cand, modality, juror, source in conn.execute(_GRIDS, where)
        if cand in candidates
    }
    for pk, criterion, mark in conn.execute(_MARKS, where):
        if (g := grids.get(pk)) is not None:
            g.marks[criterion] = mark
    for pk, competence, judgement, observation in conn.execute(_ASSESSMENTS, where):
        if (g := grids.get(pk)) is not None:
            g.assessments[competence] = (judgement, observation)
    for pk, at, label, text in conn.execute(_NOTES, where):
        if (g := grids.get(pk)) is not None:
            g.notes.append((unstamp(at), label, text))
    return {(g.candidate_ref, g.modality_id): g for g in grids.values()}
