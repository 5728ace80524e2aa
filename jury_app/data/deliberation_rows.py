"""What a candidate's deliberation view reads of its own (grids, runs, decisions, recusals, documents,
the jury's step, conflicts, overrides), read for one candidate or for many in the same statements.

The screen's view of one candidate (`deliberation_view.build_view`) and the deliberation list, which
counts what each open deliberation still lacks, both read here, then compute the view from these rows
by the same code (`deliberation_view.view_of`): the list's count is the view's, read in a dozen
statements for the whole session instead of a dozen for each candidate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db
from jury_app.domain.referentiel import Judgement

GridKey = tuple[str, str]
"""(modality, juror)"""


@dataclass
class CandidateRows:
    """One candidate's own rows, as its deliberation view uses them."""

    candidate: db.Candidate
    recused: list[str] = field(default_factory=list)
    marks_of: dict[GridKey, dict[str, str]] = field(default_factory=dict)
    assessments_of: dict[GridKey, dict[str, tuple[str | None, str]]] = field(default_factory=dict)
    runs: dict[str, str] = field(default_factory=dict)  # modality -> status
    stored_common: dict[str, tuple[Judgement | None, str]] = field(default_factory=dict)
    stored_units: dict[str, db.UnitDecision] = field(default_factory=dict)
    docs: dict[str, db.Attachment] = field(default_factory=dict)
    present: list[str] | None = None
    """Who sits in the jury's last step (None: the jury has not sat yet)."""
    conflicts: list[str] = field(default_factory=list)  # modalities with an open conflict
    overrides: dict[str, str] = field(default_factory=dict)  # item -> reason
    closed: bool = False


def candidate_rows(orm: Orm, s: db.Session, candidates: Sequence[db.Candidate]) -> dict[str, CandidateRows]:
    """The rows of each of `candidates` of the session `s`, by candidate ref."""
    rows = {c.ref: CandidateRows(c) for c in candidates}
    refs = list(rows)
    sid = s.id

    def of(model: Any) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
        return model.session_id == sid, model.candidate_ref.in_(refs)

    d = db.Declaration
    for cand, juror in orm.execute(select(d.candidate_ref, d.juror_ref).where(*of(d), d.has_link.is_(True)).order_by(d.pk)):
        rows[cand].recused.append(juror)
    g, cm, ca = db.Grid, db.CriterionMark, db.CompetenceAssessment
    grid_keys: dict[int, tuple[CandidateRows, GridKey]] = {}
    for pk, cand, mid, juror in orm.execute(select(g.pk, g.candidate_ref, g.modality_id, g.juror_ref).where(*of(g))):
        r = rows[cand]
        grid_keys[pk] = r, (mid, juror)
        r.marks_of[(mid, juror)] = {}
        r.assessments_of[(mid, juror)] = {}
    if grid_keys:
        for pk, cid, mark in orm.execute(
            select(cm.grid_pk, cm.criterion_id, cm.mark).join(g, g.pk == cm.grid_pk).where(*of(g))
        ):
            r, key = grid_keys[pk]
            r.marks_of[key][cid] = mark
        for pk, cid, judgement, observation in orm.execute(
            select(ca.grid_pk, ca.competence_id, ca.judgement, ca.observation).join(g, g.pk == ca.grid_pk).where(*of(g))
        ):
            r, key = grid_keys[pk]
            r.assessments_of[key][cid] = (judgement, observation)
    mr = db.ModalityRun
    for cand, mid, status in orm.execute(select(mr.candidate_ref, mr.modality_id, mr.status).where(*of(mr))):
        rows[cand].runs[mid] = status
    cd = db.CompetenceDecision
    for cand, cid, judgement, reason in orm.execute(
        select(cd.candidate_ref, cd.competence_id, cd.judgement, cd.reason).where(*of(cd))
    ):
        rows[cand].stored_common[cid] = (Judgement(judgement) if judgement else None, reason)
    for u in orm.scalars(select(db.UnitDecision).where(*of(db.UnitDecision))):
        rows[u.candidate_ref].stored_units[u.unit_id] = u
    for a in s.attachments:
        if a.candidate_ref in rows:
            rows[a.candidate_ref].docs[a.ref] = a
    js = db.JuryStep
    for cand, present in orm.execute(select(js.candidate_ref, js.present).where(*of(js)).order_by(js.pk)):
        rows[cand].present = present  # the last step counts
    mc = db.MergeConflict
    for cand, mid in orm.execute(select(mc.candidate_ref, mc.modality_id).where(*of(mc), mc.status == "open").order_by(mc.pk)):
        rows[cand].conflicts.append(mid)
    co = db.ClosingOverride
    for cand, item, reason in orm.execute(select(co.candidate_ref, co.item, co.reason).where(*of(co)).order_by(co.pk)):
        rows[cand].overrides[item] = reason
    dl = db.Deliberation
    for cand, closed in orm.execute(select(dl.candidate_ref, dl.closed).where(*of(dl))):
        rows[cand].closed = bool(closed)
    return rows
