"""Feedback to a candidate of a mock session: strengths and points to improve, per competence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.clock import Clock
from jury_app.domain.codes import SessionKind
from jury_app.domain.grading import Mark
from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import Referentiel
from jury_app.reports.build import common
from jury_app.reports.build.grid import grid_report
from jury_app.reports.model import (
    FeedbackCompetence,
    FeedbackCriterion,
    FeedbackObservation,
    FeedbackReport,
    GridReport,
)


def _feedback_status(marks: Sequence[str]) -> str:
    """not_satisfied if any juror saw it unsatisfied; satisfied if any saw it satisfied; else
    not_observed when it was marked at all; not_evaluated when nobody marked it."""
    if Mark.NOT_SATISFIED.value in marks:
        return "not_satisfied"
    if Mark.SATISFIED.value in marks:
        return "satisfied"
    if marks:
        return "not_observed"
    return "not_evaluated"


def _feedback(grid: GridReport, ref: Referentiel, decided: Mapping[str, str | None]) -> FeedbackReport:
    order: list[str] = []
    titles: dict[str, tuple[int | None, str]] = {}
    criteria: dict[str, dict[str, str]] = defaultdict(dict)  # competence -> criterion id -> text
    marks: dict[str, list[str]] = defaultdict(list)
    where: dict[str, list[str]] = defaultdict(list)
    observations: dict[str, list[FeedbackObservation]] = defaultdict(list)
    for m in grid.modalities:
        if not m.graded:  # not run (yet): nothing was observed there
            continue
        for comp in m.competences:
            if comp.competence_id not in titles:
                order.append(comp.competence_id)
                titles[comp.competence_id] = (comp.number, comp.title)
            for crit in comp.criteria:
                criteria[comp.competence_id][crit.criterion_id] = crit.text
                given = [x for x in crit.marks if x is not None]
                marks[crit.criterion_id].extend(given)
                if given and m.title not in where[crit.criterion_id]:
                    where[crit.criterion_id].append(m.title)
            for state, obs in zip(m.jurors, comp.observations, strict=True):
                if obs:
                    observations[comp.competence_id].append(FeedbackObservation(m.title, state.juror.name, obs))
    # Competences in the référentiel's order, the overall judgement last.
    rank = {c.id: i for i, c in enumerate(ref.competences)}
    order.sort(key=lambda cid: rank.get(cid, len(rank)))
    competences = []
    for cid in order:
        items = [
            FeedbackCriterion(crit_id, text, _feedback_status(marks[crit_id]), tuple(where[crit_id]))
            for crit_id, text in criteria[cid].items()
        ]
        number, title = titles[cid]
        competences.append(
            FeedbackCompetence(
                competence_id=cid,
                number=number,
                title=title,
                strengths=tuple(i for i in items if i.status == "satisfied"),
                improvements=tuple(i for i in items if i.status in ("not_satisfied", "not_observed")),
                not_evaluated=tuple(i for i in items if i.status == "not_evaluated"),
                observations=tuple(observations[cid]),
                judgement=decided.get(cid),
            )
        )
    return FeedbackReport(
        header=replace(grid.header, document="Retour au candidat"),
        candidate=grid.candidate,
        jury=tuple(j for j in grid.jury if j.ref not in {r.juror_ref for r in grid.recusals}),
        absent=grid.absent,
        competences=tuple(competences),
    )


def build_feedback_report(
    orm: Orm, session_id: str, candidate_ref: str, *, clock: Clock | None = None
) -> FeedbackReport:
    """Strengths and points to improve, per competence: for a candidate of a mock session only."""
    now = common.now_of(clock)
    s = session_row(orm, session_id)
    if s.kind != SessionKind.MOCK:
        raise InvalidInput.one(
            "session",
            msg(
                "le retour au candidat est réservé aux examens blancs (session « mock ») : "
                "une session certificative ne produit que les grilles et le procès-verbal"
            ),
        )
    grid = grid_report(orm, s, candidate_ref, now)
    ref, _ = definition_of(orm, s)
    decided = {
        d.competence_id: d.judgement
        for d in orm.scalars(
            select(db.CompetenceDecision).where(
                db.CompetenceDecision.session_id == session_id, db.CompetenceDecision.candidate_ref == candidate_ref
            )
        )
    }
    return _feedback(grid, ref, decided)
