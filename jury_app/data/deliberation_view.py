"""The deliberation of a candidate as the jury sees it: the jurors' marks side by side, the
proposed and decided common judgements, the decisions and what still prevents closing. The read
model the deliberation actions return after each change; the rows' keys are (session, candidate).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session as Orm
from sqlalchemy.orm import selectinload

from jury_app.data import attachments
from jury_app.data import models as db
from jury_app.data.attachments import AttachmentView
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.codes import TITLE
from jury_app.domain.deliberation import (
    CommonJudgementProposal,
    Proposal,
    closing_problems,
    propose_common_judgement,
    propose_title,
    propose_unit,
    reason_required,
)
from jury_app.domain.grading import Mark, competence_key, modality_criteria
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import (
    DEFAULT_TERMS,
    CertificationKind,
    Competence,
    Criterion,
    Judgement,
    Referentiel,
    Terms,
)
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.rules import CandidateScope, candidate_scope
from jury_app.domain.wording import certification_word
from jury_app.paths import AppPaths


@dataclass(frozen=True)
class CriterionRow:
    criterion: Criterion
    marks: dict[str, Mark | None]  # juror ref -> mark
    disagreement: bool


@dataclass(frozen=True)
class CompetenceBlock:
    modality_id: str
    modality_title: str
    competence: Competence | None  # None: the overall judgement of a whole-certification interview
    criteria: tuple[CriterionRow, ...]
    judgements: dict[str, Judgement | None]  # juror ref -> judgement in this modality
    observations: dict[str, str]
    disagreement: bool

    @property
    def key(self) -> str:
        """The competence's id, or OVERALL."""
        return competence_key(self.competence)


@dataclass(frozen=True)
class CommonJudgement:
    competence: Competence
    proposal: CommonJudgementProposal
    decided: Judgement | None


@dataclass(frozen=True)
class Decision:
    target: str  # unit id or "title"
    title: str
    proposal: Proposal
    granted: bool | None
    reason: str
    reason_required: bool
    complementary: bool = False
    """On the title: the jury ordered a complementary evaluation instead of deciding."""
    complementary_allowed: bool = False
    """On the title: the référentiel lets the jury order one (`DecisionRules.complementary_evaluation`)."""


@dataclass(frozen=True)
class DeliberationView:
    session_id: str
    candidate_ref: str
    candidate_name: str
    path: str
    units_held: tuple[str, ...]
    absent: bool
    jurors: tuple[tuple[str, str], ...]  # (ref, name) of the jurors not recused
    recused: tuple[str, ...]
    blocks: tuple[CompetenceBlock, ...]
    common: tuple[CommonJudgement, ...]
    units: tuple[Decision, ...]
    title: Decision | None
    attachments: tuple[AttachmentView, ...]
    closed: bool
    problems: tuple[str, ...]
    hidden_jurors: tuple[str, ...] = ()
    """Jurors whose marks, judgements and observations are hidden from this reader (blind marking)."""
    terms: Terms = DEFAULT_TERMS[CertificationKind.TITRE_PROFESSIONNEL]
    """The certification's own words (CCP or bloc, titre or certification)."""


def candidate_row(s: db.Session, ref: str) -> db.Candidate:
    for c in s.candidates:
        if c.ref == ref:
            return c
    raise InvalidInput.one("délibération", f"candidat inconnu : « {ref} »")


def where(model: Any, sid: str, cand: str) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """The rows of one candidate of one session, in any table keyed by (session, candidate)."""
    return (model.session_id == sid, model.candidate_ref == cand)


def deliberation_row(orm: Orm, sid: str, cand: str, *, create: bool) -> db.Deliberation | None:
    row = orm.scalar(select(db.Deliberation).where(*where(db.Deliberation, sid, cand)))
    if row is None and create:
        row = db.Deliberation(session_id=sid, candidate_ref=cand, closed=False, closed_at=None)
        orm.add(row)
        orm.flush()
    return row


def is_locked(orm: Orm, sid: str, cand: str) -> bool:
    row = deliberation_row(orm, sid, cand, create=False)
    return row is not None and row.closed


def decisions(
    ref: Referentiel,
    scope: CandidateScope,
    units_held: Sequence[str],
    effective: Mapping[str, Judgement | None],
    stored_units: Mapping[str, db.UnitDecision],
    absent: bool,
) -> tuple[tuple[Decision, ...], Decision | None, tuple[str, ...]]:
    """(the units' decisions, the title's, what still prevents closing) from the common judgements
    decided (`effective`) and the decisions stored: the deliberation screen and its list alike."""
    decided_units = scope.units
    comp_ids = scope.competences
    rules = ref.decision_rules
    units: list[Decision] = []
    for uid in decided_units:
        proposal = propose_unit(ref.unit(uid).competence_ids, effective, rules)
        row = stored_units.get(uid)
        granted = row.granted if row is not None else None
        units.append(
            Decision(
                uid,
                f"{uid} — {ref.unit(uid).title}",
                proposal,
                granted,
                row.reason if row is not None else "",
                granted is not None and reason_required(proposal, granted, rules),
            )
        )
    title: Decision | None = None
    if scope.decides_certification:
        decided_map = {d.target: d.granted for d in units}
        proposal = propose_title([u.id for u in ref.units], decided_map, units_held, rules)
        row = stored_units.get(TITLE)
        granted = row.granted if row is not None else None
        complementary = row is not None and row.complementary
        title = Decision(
            TITLE,
            ref.title,
            proposal,
            granted,
            row.reason if row is not None else "",
            complementary or (granted is not None and reason_required(proposal, granted, rules)),
            complementary=complementary,
            complementary_allowed=rules.complementary_evaluation,
        )
    problems = closing_problems(
        competence_ids=[] if absent else list(comp_ids),
        common=effective,
        unit_ids=list(decided_units),
        unit_decisions={d.target: (d.granted, d.proposal, d.reason) for d in units},
        title=(title.granted, title.proposal, title.reason) if title is not None else None,
        rules=rules,
        absent=absent,
        complementary=title is not None and title.complementary,
        certification=certification_word(ref.terms),
    )
    return tuple(units), title, tuple(p.message for p in problems)


def build_view(orm: Orm, paths: AppPaths, sid: str, cand_ref: str) -> DeliberationView:
    """What the deliberation screen shows of a candidate, read in the open database session."""
    s = session_row(orm, sid)
    ref, sdef = definition_of(orm, s)
    cand = candidate_row(s, cand_ref)
    recused = tuple(
        orm.scalars(
            select(db.Declaration.juror_ref).where(
                *where(db.Declaration, sid, cand_ref), db.Declaration.has_link.is_(True)
            )
        )
    )
    jurors = tuple((j.ref, j.display_name) for j in s.jury if j.ref not in recused)
    grids = {
        (g.modality_id, g.juror_ref): g
        for g in orm.scalars(
            select(db.Grid)
            .where(*where(db.Grid, sid, cand_ref))
            .options(selectinload(db.Grid.marks), selectinload(db.Grid.assessments))  # three reads, not one per grid
        )
    }
    runs = {
        r.modality_id: r.status
        for r in orm.scalars(select(db.ModalityRun).where(*where(db.ModalityRun, sid, cand_ref)))
    }
    absent = bool(runs) and all(v == Status.ABSENT.value for v in runs.values())

    try:
        scope = candidate_scope(ref, sdef, cand.path, cand.units_sought, cand.units_held)
    except ValueError as exc:
        raise InvalidInput.one("délibération", str(exc)) from None
    blocks: list[CompetenceBlock] = []
    by_competence: dict[str, list[Judgement | None]] = {}
    for modality in scope.modalities:
        pairs: list[tuple[Competence | None, tuple[Criterion, ...]]] = list(modality_criteria(modality, ref))
        if not pairs:
            pairs = [(None, ())]
        for comp, criteria in pairs:
            key = competence_key(comp)
            marks_by_juror = {
                j: {m.criterion_id: Mark(m.mark) for m in grids[(modality.id, j)].marks}
                if (modality.id, j) in grids
                else {}
                for j, _ in jurors
            }
            assessments = {
                j: {a.competence_id: a for a in grids[(modality.id, j)].assessments}
                if (modality.id, j) in grids
                else {}
                for j, _ in jurors
            }
            judgements: dict[str, Judgement | None] = {}
            observations: dict[str, str] = {}
            for j, _ in jurors:
                a = assessments[j].get(key)
                judgements[j] = Judgement(a.judgement) if a is not None and a.judgement else None
                observations[j] = a.observation if a is not None else ""
            rows = []
            for crit in criteria:
                marks = {j: marks_by_juror[j].get(crit.id) for j, _ in jurors}
                given = {m for m in marks.values() if m is not None}
                rows.append(CriterionRow(crit, marks, len(given) > 1))
            if modality.id not in runs and not any(grids.get((modality.id, j)) for j, _ in jurors):
                continue  # not taken yet
            given_j = {v for v in judgements.values() if v is not None}
            blocks.append(
                CompetenceBlock(
                    modality.id, modality.title, comp, tuple(rows), judgements, observations, len(given_j) > 1
                )
            )
            if comp is not None:
                by_competence.setdefault(comp.id, []).extend(judgements.values())

    comp_ids = scope.competences
    stored_common = {
        d.competence_id: Judgement(d.judgement) if d.judgement else None
        for d in orm.scalars(select(db.CompetenceDecision).where(*where(db.CompetenceDecision, sid, cand_ref)))
    }
    common = tuple(
        CommonJudgement(
            ref.competence(cid), propose_common_judgement(by_competence.get(cid, [])), stored_common.get(cid)
        )
        for cid in comp_ids
    )
    effective = {c.competence.id: c.decided for c in common}
    stored_units = {
        d.unit_id: d for d in orm.scalars(select(db.UnitDecision).where(*where(db.UnitDecision, sid, cand_ref)))
    }
    units, title, problems = decisions(ref, scope, cand.units_held, effective, stored_units, absent)
    documents = attachments.candidate_attachments(paths, s, cand_ref)
    delib = deliberation_row(orm, sid, cand_ref, create=False)
    return DeliberationView(
        session_id=sid,
        candidate_ref=cand_ref,
        candidate_name=cand.display_name,
        path=cand.path,
        units_held=tuple(cand.units_held),
        absent=absent,
        jurors=jurors,
        recused=recused,
        blocks=tuple(blocks),
        common=common,
        units=units,
        title=title,
        attachments=documents,
        closed=delib is not None and delib.closed,
        problems=problems,
        terms=ref.terms,
    )
