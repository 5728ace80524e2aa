"""The deliberation of a candidate as the jury sees it: the jurors' marks side by side, the proposed
and decided common judgements, the decisions, what the evidence allows (jury_app.domain.evidence) and
what is still missing before it can close (jury_app.domain.closing).

One read model for the deliberation screen, the actions that refuse what the evidence does not allow,
the procès-verbal and the results export: they all say the same thing. Rows are keyed by (session,
candidate).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session as Orm

from jury_app.data import attachments
from jury_app.data import models as db
from jury_app.data.attachments import AttachmentView
from jury_app.data.deliberation_rows import CandidateRows, candidate_rows
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain import closing
from jury_app.domain.codes import TITLE, SessionKind
from jury_app.domain.deliberation import (
    CommonJudgementProposal,
    Proposal,
    closing_problems,
    propose_common_judgement,
    propose_title,
    propose_unit,
    reason_required,
)
from jury_app.domain.evidence import (
    ABSENT_NO_DECISION,
    Evidence,
    HeldUnit,
    departs_from_jurors,
    gather_evidence,
    held_problem,
    held_units,
    interview_judgements,
    no_evidence_text,
    title_grant_problems,
    unit_grant_problems,
)
from jury_app.domain.grading import OVERALL, Mark, competence_key, grid_completeness, modality_criteria
from jury_app.domain.messages import Told, joined, msg
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import (
    DEFAULT_TERMS,
    CertificationKind,
    Competence,
    Criterion,
    Judgement,
    Modality,
    Referentiel,
    Terms,
)
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.rules import CandidateScope, candidate_scope, check_jury
from jury_app.domain.wording import certification_word, term
from jury_app.paths import AppPaths

COMPANY_PROOF = "preuve_stage"
"""The attachment kind of the proof of the in-company periods (arrêté, seed 001, art. 5)."""


def fail(message: str | Told) -> InvalidInput:
    return InvalidInput.one("délibération", message)


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
    evidence: Evidence
    reason: str = ""  # why it departs from every juror's judgement

    @property
    def acquired_problem(self) -> str | None:
        """Why the jury cannot judge it acquired (no juror judged it), or None."""
        return None if self.evidence.has_evidence else no_evidence_text(self.competence.id)

    def needs_reason(self, judgement: Judgement | None) -> bool:
        """Whether setting `judgement` would depart from every juror's judgement."""
        return departs_from_jurors(self.evidence, judgement)

    @property
    def reason_missing(self) -> bool:
        return self.needs_reason(self.decided) and not self.reason.strip()


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
    grant_problems: tuple[str, ...] = ()
    """Why the jury cannot grant it now (the evidence rule); empty: it can."""

    @property
    def can_grant(self) -> bool:
        return not self.grant_problems


@dataclass(frozen=True)
class HeldView:
    """A unit the candidate holds already, and the document that proves it."""

    unit_id: str
    title: str
    obtained_under: str  # CODE@VERSION
    through_equivalence: bool
    obtained_on: date | None
    proof_ref: str | None
    proof_title: str
    problem: str | None  # why it cannot count (no proof)


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
    """Everything that prevents closing: decisions to take, then the items still missing."""
    held: tuple[HeldView, ...] = ()
    requirements: tuple[closing.Requirement, ...] = ()
    """Items missing before closing (grids, jury, in-company periods, conflicts), not overridden."""
    overridden: tuple[closing.Overridden, ...] = ()
    """Items the jury closed despite, with its written reason."""
    adopt_problem: str | None = None
    """Why the proposals cannot be adopted in one go; None: they can."""
    hidden_jurors: tuple[str, ...] = ()
    """Jurors whose marks, judgements and observations are hidden from this reader (blind marking)."""
    terms: Terms = DEFAULT_TERMS[CertificationKind.TITRE_PROFESSIONNEL]
    """The certification's own words (CCP or bloc, titre or certification)."""

    @property
    def decisions(self) -> tuple[Decision, ...]:
        return (*self.units, *((self.title,) if self.title is not None else ()))


def where(model: Any, sid: str, cand: str) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """The rows of one candidate of one session, in any table keyed by (session, candidate)."""
    return (model.session_id == sid, model.candidate_ref == cand)


def candidate_row(s: db.Session, ref: str) -> db.Candidate:
    for c in s.candidates:
        if c.ref == ref:
            return c
    raise fail(Told(msg("candidat inconnu : « {0} »", ref)))


def candidate_of(orm: Orm, s: db.Session, ref: str) -> db.Candidate | None:
    """One candidate of the session: from its list when that is loaded already (the PV, the
    deliberation list), else read alone, not the whole list of a session with hundreds."""
    if "candidates" in s.__dict__:
        return next((c for c in s.candidates if c.ref == ref), None)
    return orm.scalar(select(db.Candidate).where(db.Candidate.session_id == s.id, db.Candidate.ref == ref))


def _grid_state(
    marks: dict[str, str] | None, assessments: dict[str, tuple[str | None, str]] | None, modality: Modality, ref: Referentiel
) -> str:
    if not marks and not any(j or o for j, o in (assessments or {}).values()):
        return closing.GRID_MISSING
    judgements = {cid: Judgement(j) for cid, (j, _o) in (assessments or {}).items() if j}
    complete = grid_completeness(modality, ref, {cid: Mark(v) for cid, v in (marks or {}).items()}, judgements).complete
    return closing.GRID_COMPLETE if complete else closing.GRID_INCOMPLETE


@dataclass(frozen=True)
class _Detail:
    """A held unit as the import stored it (the package's JSON)."""

    unit_id: str
    obtained_under: str | None
    proof_attachment_id: str | None
    obtained_on: date | None


def _held(ref: Referentiel, cand: db.Candidate, docs: dict[str, db.Attachment]) -> dict[str, HeldUnit]:
    """The units held before, each with its proof when the candidate's documents hold it."""
    details = [
        _Detail(
            d["unit_id"],
            d.get("obtained_under"),
            d.get("proof_attachment_id") if d.get("proof_attachment_id") in docs else None,
            date.fromisoformat(d["obtained_on"]) if d.get("obtained_on") else None,
        )
        for d in cand.units_held_detail
    ]
    return held_units(ref, cand.units_held, details)


def _held_view(ref: Referentiel, h: HeldUnit, docs: dict[str, db.Attachment]) -> HeldView:
    units = {u.id: u for u in ref.units}
    proof = docs.get(h.proof) if h.proof is not None else None
    return HeldView(
        h.unit_id,
        units[h.unit_id].title if h.unit_id in units else h.unit_id,
        h.obtained_under,
        h.through_equivalence,
        h.obtained_on,
        h.proof,
        proof.title if proof is not None else "",
        held_problem(ref, h),
    )


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
    *,
    unit_basis: Mapping[str, tuple[Proposal, tuple[str, ...]]] | None = None,
    title_problems: Callable[[Mapping[str, bool | None]], tuple[str, ...]] | None = None,
) -> tuple[tuple[Decision, ...], Decision | None, tuple[str, ...]]:
    """(the units' decisions, the title's, what still prevents closing) from the common judgements
    decided (`effective`, one for each competence to judge) and the decisions stored: the deliberation
    screen and its list alike. The screen gives what rests on the evidence: each unit's proposal and
    what prevents granting it (`unit_basis`), what prevents granting the title given the units'
    decisions (`title_problems`); without them, the proposals follow the common judgements alone."""
    rules = ref.decision_rules
    units: list[Decision] = []
    for uid in scope.units:
        proposal, grant_problems = (
            unit_basis[uid] if unit_basis is not None else (propose_unit(ref.unit(uid).competence_ids, effective, rules), ())
        )
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
                grant_problems=(ABSENT_NO_DECISION,) if absent else grant_problems,
            )
        )
    title: Decision | None = None
    if scope.decides_certification:
        decided_map = {d.target: d.granted for d in units}
        proposal = propose_title([u.id for u in ref.units], decided_map, units_held, rules)
        row = stored_units.get(TITLE)
        granted = row.granted if row is not None else None
        complementary = row is not None and row.complementary
        title_grant = title_problems(decided_map) if title_problems is not None else ()
        title = Decision(
            TITLE,
            ref.title,
            proposal,
            granted,
            row.reason if row is not None else "",
            complementary or (granted is not None and reason_required(proposal, granted, rules)),
            complementary=complementary,
            complementary_allowed=rules.complementary_evaluation,
            grant_problems=(ABSENT_NO_DECISION,) if absent else title_grant,
        )
    problems = closing_problems(  # none for an absent candidate
        competence_ids=list(effective),
        common=effective,
        unit_ids=list(scope.units),
        unit_decisions={d.target: (d.granted, d.proposal, d.reason) for d in units},
        title=(title.granted, title.proposal, title.reason) if title is not None else None,
        rules=rules,
        absent=absent,
        complementary=title is not None and title.complementary,
        certification=certification_word(ref.terms),
    )
    return tuple(units), title, tuple(p.message for p in problems)


def build_view(orm: Orm, paths: AppPaths | None, sid: str, cand_ref: str) -> DeliberationView:
    """The deliberation of one candidate, as it stands (`paths` None: the documents are not listed)."""
    s = session_row(orm, sid)
    ref, sdef = definition_of(orm, s)
    cand = candidate_of(orm, s, cand_ref)
    if cand is None:
        raise fail(Told(msg("candidat inconnu : « {0} »", cand_ref)))
    view = view_of(s, ref, sdef, candidate_rows(orm, s, [cand])[cand_ref])
    if paths is None:
        return view
    return replace(view, attachments=attachments.candidate_attachments(paths, s, cand_ref))


def view_of(s: db.Session, ref: Referentiel, sdef: Any, own: CandidateRows) -> DeliberationView:
    """The view of one candidate from its rows (`deliberation_rows`), without its documents' list:
    the screen and the deliberation list's count of what an open deliberation lacks alike."""
    sid, cand, cand_ref = s.id, own.candidate, own.candidate.ref
    recused = tuple(own.recused)
    sitting = [j for j in s.jury if j.ref not in recused]
    jurors = tuple((j.ref, j.display_name) for j in sitting)
    marks_of, assessments_of, runs = own.marks_of, own.assessments_of, own.runs
    absent = bool(runs) and all(v == Status.ABSENT.value for v in runs.values())
    try:
        scope = candidate_scope(ref, sdef, cand.path, cand.units_sought, cand.units_held)
    except ValueError as exc:
        raise fail(str(exc)) from None

    blocks: list[CompetenceBlock] = []
    judged: dict[tuple[str, str], list[Judgement | None]] = {}
    expected: list[tuple[str, str, str, str, str]] = []
    for modality in scope.modalities:
        pairs: list[tuple[Competence | None, tuple[Criterion, ...]]] = list(modality_criteria(modality, ref))
        if not pairs:
            pairs = [(None, ())]
        taken = modality.id in runs or any((modality.id, j) in marks_of for j, _ in jurors)
        if runs.get(modality.id) not in (Status.ABSENT.value, Status.ABANDONED.value, Status.NOT_APPLICABLE.value):
            expected += [
                (
                    modality.id,
                    modality.title,
                    j.ref,
                    j.display_name,
                    _grid_state(marks_of.get((modality.id, j.ref)), assessments_of.get((modality.id, j.ref)), modality, ref),
                )
                for j in sitting
            ]
        for comp, criteria in pairs:
            key = competence_key(comp)
            judgements: dict[str, Judgement | None] = {}
            observations: dict[str, str] = {}
            rows = []
            for j, _ in jurors:
                said, observation = assessments_of.get((modality.id, j), {}).get(key, (None, ""))
                judgements[j] = Judgement(said) if said else None
                observations[j] = observation
            for crit in criteria:
                marks: dict[str, Mark | None] = {}
                for j, _ in jurors:
                    m = marks_of.get((modality.id, j), {}).get(crit.id)
                    marks[j] = Mark(m) if m is not None else None
                rows.append(CriterionRow(crit, marks, len({m for m in marks.values() if m is not None}) > 1))
            judged.setdefault((modality.id, key), []).extend(judgements.values())
            if not taken:
                continue  # not taken yet
            given = {v for v in judgements.values() if v is not None}
            blocks.append(
                CompetenceBlock(modality.id, modality.title, comp, tuple(rows), judgements, observations, len(given) > 1)
            )

    decided_units = scope.units
    evaluated = {cid for m in scope.modalities for cid in m.evaluates}
    # Every competence of a unit decided here that the candidate's modalities evaluate in part; a unit
    # none of whose competences is evaluated here is decided on the interview alone.
    comp_ids = tuple(
        cid
        for uid in decided_units
        if evaluated & set(ref.unit(uid).competence_ids)
        for cid in ref.unit(uid).competence_ids
    )
    evidence = gather_evidence(comp_ids, scope.modalities, judged)
    stored_common = own.stored_common
    common = tuple(
        CommonJudgement(
            ref.competence(cid),
            propose_common_judgement(evidence[cid].judgements),
            stored_common.get(cid, (None, ""))[0],
            evidence[cid],
            stored_common.get(cid, (None, ""))[1],
        )
        for cid in comp_ids
    )
    effective = {c.competence.id: c.decided for c in common}
    interviews = interview_judgements(scope.modalities, judged, OVERALL)
    stored_units = own.stored_units
    basis: dict[str, tuple[Proposal, tuple[str, ...]]] = {}
    for uid in decided_units:
        unit = ref.unit(uid)
        if evaluated & set(unit.competence_ids):
            basis[uid] = (
                propose_unit(unit.competence_ids, effective, ref.decision_rules),
                unit_grant_problems(ref, uid, evidence, effective),
            )
        else:  # decided on the interview on the whole certification alone
            overall = [j for m in scope.modalities for j in judged.get((m.id, OVERALL), ()) if j is not None]
            proposal = (
                Proposal.UNDETERMINED
                if not overall
                else Proposal.REFUSE
                if Judgement.NOT_ACQUIRED in overall
                else Proposal.GRANT
            )
            basis[uid] = proposal, () if overall else tuple(
                Told(msg("« {0} » : jugé par aucun juré", t)) for t in interviews
            ) or (Told(msg("{0} : évalué par aucune modalité de son parcours dans cette session", uid)),)
    docs = own.docs
    held = _held(ref, cand, docs)
    units, title, closing_left = decisions(
        ref,
        scope,
        cand.units_held,
        effective,
        stored_units,
        absent,
        unit_basis=basis,
        title_problems=lambda decided: title_grant_problems(ref, decided, held, interviews),
    )
    decision_problems: list[str] = list(closing_left)
    if not absent:
        decision_problems += [
            Told(msg("{0} : motif obligatoire (le jugement commun s'écarte de celui de chaque juré)", c.competence.id))
            for c in common
            if c.reason_missing
        ]
        # A grant taken before a judgement changed, that the evidence no longer allows, is taken again.
        decision_problems += [
            Told(
                msg(
                    "{0} : décision favorable prise sans ce qui la fonde ({1}) : décision à reprendre",
                    term(certification_word(ref.terms)) if d.target == TITLE else d.target,
                    joined(d.grant_problems, " ; "),
                )
            )
            for d in (*units, *((title,) if title is not None else ()))
            if d.granted and d.grant_problems
        ]
    requirements = _requirements(s, ref, sdef, own, sitting, expected, absent)
    missing, overridden = closing.split_overrides(requirements, own.overrides)
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
        units=tuple(units),
        title=title,
        attachments=(),
        closed=own.closed,
        problems=(*decision_problems, *(r.message for r in missing)),
        held=tuple(_held_view(ref, h, docs) for h in held.values()),
        requirements=tuple(missing),
        overridden=tuple(overridden),
        adopt_problem=_adopt_problem(absent, common),
        terms=ref.terms,
    )


def _adopt_problem(absent: bool, common: Sequence[CommonJudgement]) -> str | None:
    if absent:
        return ABSENT_NO_DECISION
    without = [c.competence.id for c in common if not c.evidence.has_evidence]
    if without:
        listed = ", ".join(without)
        return Told(msg("sans évaluation : {0} ; le jury décide compétence par compétence", listed))
    return None


def _requirements(
    s: db.Session,
    ref: Referentiel,
    sdef: Any,
    own: CandidateRows,
    sitting: Sequence[db.JuryMember],
    expected: Sequence[tuple[str, str, str, str, str]],
    absent: bool,
) -> list[closing.Requirement]:
    """What is still missing before the deliberation can close (nothing for an absent candidate)."""
    if absent:
        return []
    cand, step = own.candidate, own.present
    if step is not None:  # the jury sits: those present make it, not those registered
        sitting = [j for j in sitting if j.ref in step]
    jury = check_jury(len(sitting), sdef, mock=s.kind == SessionKind.MOCK, profiles=[j.profile for j in sitting])
    has_proof = any(a.kind == COMPANY_PROOF for a in own.docs.values())
    titles = {m.id: m.title for m in sdef.modalities}
    return [
        *closing.jury_requirements(jury),
        *closing.grid_requirements(expected),
        # a mock session rehearses: nothing of it is certified, no proof of the periods is asked
        *([] if s.kind == SessionKind.MOCK else closing.company_requirements(ref, sdef, cand.path, cand.company_hours, has_proof)),
        *closing.conflict_requirements(
            (mid, Told(msg("« {0} » : conflit entre ordinateurs", titles.get(mid, mid)))) for mid in own.conflicts
        ),
    ]
