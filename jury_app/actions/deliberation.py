"""Actions of the deliberation: the jurors' marks side by side, common judgements, decisions,
closing (which locks the candidate) and reopening (with a reason, logged)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session as Orm

from jury_app.actions.context import AppContext
from jury_app.data import attachments, audit
from jury_app.data import models as db
from jury_app.data.attachments import AttachmentView as AttachmentView  # the screens open them
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.clock import Clock
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
from jury_app.domain.problems import InvalidInput, Problem
from jury_app.domain.referentiel import Competence, Criterion, Judgement
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.rules import candidate_scope, check_jury

TITLE = "title"


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


def viewable_copy(ctx: AppContext, attachment: AttachmentView) -> Path:
    """A copy of the document under its own name (a viewer needs the .pdf), checked against its hash."""
    return attachments.viewable_copy(ctx.paths, attachment)


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


def _candidate(s: db.Session, ref: str) -> db.Candidate:
    for c in s.candidates:
        if c.ref == ref:
            return c
    raise InvalidInput.one("délibération", f"candidat inconnu : « {ref} »")


def _where(model: Any, sid: str, cand: str) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """The rows of one candidate of one session, in any table keyed by (session, candidate)."""
    return (model.session_id == sid, model.candidate_ref == cand)


def _deliberation(orm: Orm, sid: str, cand: str, *, create: bool) -> db.Deliberation | None:
    row = orm.scalar(select(db.Deliberation).where(*_where(db.Deliberation, sid, cand)))
    if row is None and create:
        row = db.Deliberation(session_id=sid, candidate_ref=cand, closed=False, closed_at=None)
        orm.add(row)
        orm.flush()
    return row


def is_locked(orm: Orm, sid: str, cand: str) -> bool:
    row = _deliberation(orm, sid, cand, create=False)
    return row is not None and row.closed


def _build(orm: Orm, ctx: AppContext, sid: str, cand_ref: str) -> DeliberationView:
    s = session_row(orm, sid)
    ref, sdef = definition_of(orm, s)
    cand = _candidate(s, cand_ref)
    recused = tuple(
        orm.scalars(
            select(db.Declaration.juror_ref).where(
                *_where(db.Declaration, sid, cand_ref), db.Declaration.has_link.is_(True)
            )
        )
    )
    jurors = tuple((j.ref, j.display_name) for j in s.jury if j.ref not in recused)
    grids = {
        (g.modality_id, g.juror_ref): g for g in orm.scalars(select(db.Grid).where(*_where(db.Grid, sid, cand_ref)))
    }
    runs = {
        r.modality_id: r.status
        for r in orm.scalars(select(db.ModalityRun).where(*_where(db.ModalityRun, sid, cand_ref)))
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

    decided_units = scope.units
    comp_ids = scope.competences
    stored_common = {
        d.competence_id: Judgement(d.judgement) if d.judgement else None
        for d in orm.scalars(select(db.CompetenceDecision).where(*_where(db.CompetenceDecision, sid, cand_ref)))
    }
    common = tuple(
        CommonJudgement(
            ref.competence(cid), propose_common_judgement(by_competence.get(cid, [])), stored_common.get(cid)
        )
        for cid in comp_ids
    )
    effective = {c.competence.id: c.decided for c in common}
    stored_units = {
        d.unit_id: d for d in orm.scalars(select(db.UnitDecision).where(*_where(db.UnitDecision, sid, cand_ref)))
    }
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
        proposal = propose_title([u.id for u in ref.units], decided_map, cand.units_held, rules)
        row = stored_units.get(TITLE)
        granted = row.granted if row is not None else None
        title = Decision(
            TITLE,
            ref.title,
            proposal,
            granted,
            row.reason if row is not None else "",
            granted is not None and reason_required(proposal, granted, rules),
        )
    problems = closing_problems(
        competence_ids=[] if absent else list(comp_ids),
        common=effective,
        unit_ids=list(decided_units),
        unit_decisions={d.target: (d.granted, d.proposal, d.reason) for d in units},
        title=(title.granted, title.proposal, title.reason) if title is not None else None,
        rules=rules,
        absent=absent,
    )
    documents = attachments.candidate_attachments(ctx.paths, s, cand_ref)
    delib = _deliberation(orm, sid, cand_ref, create=False)
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
        attachments=documents,
        closed=delib is not None and delib.closed,
        problems=tuple(p.message for p in problems),
    )


def deliberation_view(ctx: AppContext, session_id: str, candidate_ref: str) -> DeliberationView:
    with ctx.database.reader() as orm:
        return _build(orm, ctx, session_id, candidate_ref)


def _check_open(orm: Orm, sid: str, cand: str) -> None:
    if is_locked(orm, sid, cand):
        raise InvalidInput.one(
            "délibération", "la délibération de ce candidat est close ; rouvrez-la (avec un motif) pour la modifier"
        )


def _juror_of(s: db.Session, juror_ref: str) -> None:
    if juror_ref not in {j.ref for j in s.jury}:
        raise InvalidInput.one("délibération", f"juré inconnu : « {juror_ref} »")


def set_common_judgement(
    ctx: AppContext,
    session_id: str,
    candidate_ref: str,
    competence_id: str,
    judgement: Judgement | None,
    juror_ref: str,
    clock: Clock,
) -> DeliberationView:
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        _juror_of(s, juror_ref)
        _candidate(s, candidate_ref)
        _check_open(orm, session_id, candidate_ref)
        ref, _ = definition_of(orm, s)
        try:
            ref.competence(competence_id)
        except KeyError:
            raise InvalidInput.one("délibération", f"compétence inconnue : « {competence_id} »") from None
        row = orm.scalar(
            select(db.CompetenceDecision).where(
                *_where(db.CompetenceDecision, session_id, candidate_ref),
                db.CompetenceDecision.competence_id == competence_id,
            )
        )
        if row is None:
            row = db.CompetenceDecision(session_id=session_id, candidate_ref=candidate_ref, competence_id=competence_id)
            orm.add(row)
        before = row.judgement
        row.judgement = judgement.value if judgement else None
        row.updated_at = clock.now()
        if before != row.judgement:
            audit.append(
                orm,
                session_id,
                juror_ref,
                "deliberation.judgement",
                {"candidate": candidate_ref, "item": competence_id},
                before,
                row.judgement,
                row.updated_at,
            )
        orm.flush()
        return _build(orm, ctx, session_id, candidate_ref)


def decide(
    ctx: AppContext,
    session_id: str,
    candidate_ref: str,
    target: str,
    granted: bool | None,
    reason: str,
    juror_ref: str,
    clock: Clock,
) -> DeliberationView:
    """The jury's decision on a CCP/block (its id) or on the title (`TITLE`)."""
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        _juror_of(s, juror_ref)
        _check_open(orm, session_id, candidate_ref)
        view = _build(orm, ctx, session_id, candidate_ref)
        decision = next((d for d in (*view.units, *([view.title] if view.title else [])) if d.target == target), None)
        if decision is None:
            raise InvalidInput.one(
                "délibération", f"« {target} » n'est pas soumis à décision pour ce candidat dans cette session"
            )
        ref, _ = definition_of(orm, s)
        if target == TITLE and granted:
            held = set(view.units_held)
            missing = [
                u.id
                for u in ref.units
                if u.id not in held and not next((d.granted for d in view.units if d.target == u.id), False)
            ]
            if missing:
                terms = ref.terms
                raise InvalidInput.one(
                    "délibération",
                    f"{terms.certification_article} exige que tous les {terms.unit_plural} soient acquis "
                    f"(manque : {', '.join(missing)})",
                )
        row = orm.scalar(
            select(db.UnitDecision).where(
                *_where(db.UnitDecision, session_id, candidate_ref), db.UnitDecision.unit_id == target
            )
        )
        if row is None:
            row = db.UnitDecision(session_id=session_id, candidate_ref=candidate_ref, unit_id=target, proposal="")
            orm.add(row)
        before = audit.decision_value(row.granted, row.reason)
        row.granted = granted
        row.proposal = decision.proposal.value
        row.reason = reason.strip()
        row.updated_at = clock.now()
        after = audit.decision_value(row.granted, row.reason)
        if before != after:
            audit.append(
                orm,
                session_id,
                juror_ref,
                "deliberation.decision",
                {"candidate": candidate_ref, "item": target},
                before,
                after,
                row.updated_at,
            )
        if target != TITLE and granted is False:
            # A refused CCP makes a granted title impossible: the title decision is taken again.
            title = orm.scalar(
                select(db.UnitDecision).where(
                    *_where(db.UnitDecision, session_id, candidate_ref), db.UnitDecision.unit_id == TITLE
                )
            )
            if title is not None and title.granted:
                before_title = audit.decision_value(title.granted, title.reason)
                title.granted = None
                audit.append(
                    orm,
                    session_id,
                    juror_ref,
                    "deliberation.decision",
                    {"candidate": candidate_ref, "item": TITLE},
                    before_title,
                    None,
                    row.updated_at,
                )
        orm.flush()
        return _build(orm, ctx, session_id, candidate_ref)


def _jury_problems(orm: Orm, s: db.Session) -> list[str]:
    """The référentiel's composition rules (size, profiles) for the session's jury."""
    _ref, sdef = definition_of(orm, s)
    return check_jury(len(s.jury), sdef, mock=s.kind == "mock", profiles=[j.profile for j in s.jury])


def close_deliberation(
    ctx: AppContext, session_id: str, candidate_ref: str, juror_ref: str, clock: Clock
) -> DeliberationView:
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        _juror_of(s, juror_ref)
        _check_open(orm, session_id, candidate_ref)
        view = _build(orm, ctx, session_id, candidate_ref)
        problems = list(view.problems) + _jury_problems(orm, s)
        if problems:
            raise InvalidInput([Problem("délibération", "", p) for p in problems])
        row = _deliberation(orm, session_id, candidate_ref, create=True)
        assert row is not None
        now = clock.now()
        row.closed = True
        row.closed_at = now
        row.updated_at = now
        orm.add(
            db.DeliberationEvent(
                session_id=session_id, candidate_ref=candidate_ref, kind="close", at=now, juror_ref=juror_ref
            )
        )
        audit.append(
            orm,
            session_id,
            juror_ref,
            "deliberation.close",
            {"candidate": candidate_ref, "item": ""},
            "open",
            "closed",
            now,
        )
        orm.flush()
        return _build(orm, ctx, session_id, candidate_ref)


def reopen_deliberation(
    ctx: AppContext, session_id: str, candidate_ref: str, juror_ref: str, reason: str, clock: Clock
) -> DeliberationView:
    if not reason.strip():
        raise InvalidInput.one("délibération", "indiquez pourquoi la délibération est rouverte")
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        _juror_of(s, juror_ref)
        row = _deliberation(orm, session_id, candidate_ref, create=False)
        if row is None or not row.closed:
            raise InvalidInput.one("délibération", "la délibération de ce candidat n'est pas close")
        now = clock.now()
        row.closed = False
        row.updated_at = now
        audit.append(
            orm,
            session_id,
            juror_ref,
            "deliberation.reopen",
            {"candidate": candidate_ref, "item": ""},
            "closed",
            f"open: {reason.strip()}",
            now,
        )
        orm.add(
            db.DeliberationEvent(
                session_id=session_id,
                candidate_ref=candidate_ref,
                kind="reopen",
                at=now,
                juror_ref=juror_ref,
                reason=reason.strip(),
            )
        )
        orm.flush()
        return _build(orm, ctx, session_id, candidate_ref)


@dataclass(frozen=True)
class DeliberationSummary:
    candidate_ref: str
    candidate_name: str
    closed: bool
    problems: int


def deliberation_summaries(ctx: AppContext, session_id: str) -> list[DeliberationSummary]:
    with ctx.database.reader() as orm:
        s = session_row(orm, session_id)
        out = []
        for c in s.candidates:
            view = _build(orm, ctx, session_id, c.ref)
            out.append(DeliberationSummary(c.ref, c.display_name, view.closed, len(view.problems)))
        return out
