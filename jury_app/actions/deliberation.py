"""Actions of the deliberation: the jurors' marks side by side, common judgements, decisions, and
adopting the proposals in one go. Closing and reopening are in `deliberation_close`.

What the evidence does not allow is refused with the French sentence the screen shows beside the
disabled choice (jury_app.domain.evidence): "acquis" for a competence no juror judged in a modality
of the candidate's path, a CCP or the title without what they rest on, any decision for an absent
candidate, a common judgement departing from every juror's without its reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from jury_app.actions.context import AppContext
from jury_app.data import attachments, audit
from jury_app.data import models as db
from jury_app.data.attachments import AttachmentView as AttachmentView  # the screens open them
from jury_app.data.deliberation_list import DeliberationSummary as DeliberationSummary  # the list shows them
from jury_app.data.deliberation_list import summaries
from jury_app.data.deliberation_view import CommonJudgement as CommonJudgement  # what the screens show
from jury_app.data.deliberation_view import CompetenceBlock as CompetenceBlock
from jury_app.data.deliberation_view import CriterionRow as CriterionRow
from jury_app.data.deliberation_view import Decision as Decision
from jury_app.data.deliberation_view import DeliberationView as DeliberationView
from jury_app.data.deliberation_view import HeldView as HeldView
from jury_app.data.deliberation_view import build_view, candidate_row, fail, is_locked, where
from jury_app.data.jury_steps import BlindState, blind_state, masked, require_step
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.clock import Clock
from jury_app.domain.codes import TITLE as TITLE  # the decision on the title, as the screens name it
from jury_app.domain.deliberation import Proposal
from jury_app.domain.evidence import ABSENT_NO_DECISION, grant_refusal
from jury_app.domain.messages import Told, msg
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import Judgement, Referentiel
from jury_app.domain.wording import certification_word, term


def viewable_copy(ctx: AppContext, attachment: AttachmentView) -> Path:
    """A copy of the document under its own name (a viewer needs the .pdf), checked against its hash."""
    return attachments.viewable_copy(ctx.paths, attachment)


def deliberation_view(
    ctx: AppContext, session_id: str, candidate_ref: str, viewer: str | None = None
) -> DeliberationView:
    """The candidate's deliberation; read by a juror (`viewer`), it hides the other jurors' marks,
    judgements and observations until blind marking is lifted (`data.jury_steps`)."""
    with ctx.database.reader() as orm:
        view = build_view(orm, ctx.paths, session_id, candidate_ref)
        if viewer is not None and not blind_state(orm, session_id, candidate_ref).lifted:
            return masked(view, viewer)
        return view


def view_and_step(
    ctx: AppContext, session_id: str, candidate_ref: str, viewer: str
) -> tuple[DeliberationView, BlindState]:
    """What the deliberation screen shows of a candidate, in one reading: the view as
    `deliberation_view` gives it to `viewer`, and where blind marking and the jury's step stand."""
    with ctx.database.reader() as orm:
        view = build_view(orm, ctx.paths, session_id, candidate_ref)
        state = blind_state(orm, session_id, candidate_ref)
        return (view if state.lifted else masked(view, viewer)), state


def data_stamp(ctx: AppContext) -> int:
    """Changes whenever anything is committed to the database, by this app or another program (an
    import, an update, another window): what a screen read is still true while it stays the same."""
    return ctx.database.data_version()


def _open_for(orm: Orm, s: db.Session, candidate_ref: str, juror_ref: str) -> None:
    """The juror sits on this jury, the candidate is the session's, the deliberation is open."""
    if juror_ref not in {j.ref for j in s.jury}:
        raise fail(Told(msg("juré inconnu : « {0} »", juror_ref)))
    candidate_row(s, candidate_ref)
    if is_locked(orm, s.id, candidate_ref):
        raise fail(Told(msg("la délibération de ce candidat est close ; rouvrez-la (avec un motif) pour la modifier")))


def _write_judgement(
    orm: Orm, sid: str, cand: str, competence_id: str, judgement: Judgement | None, reason: str, juror: str, clock: Clock
) -> None:
    row = orm.scalar(
        select(db.CompetenceDecision).where(
            *where(db.CompetenceDecision, sid, cand), db.CompetenceDecision.competence_id == competence_id
        )
    )
    if row is None:
        row = db.CompetenceDecision(session_id=sid, candidate_ref=cand, competence_id=competence_id)
        orm.add(row)
    before = audit.judgement_value(row.judgement, row.reason or "")
    row.judgement = judgement
    row.reason = reason.strip() if judgement else ""
    row.updated_at = clock.now()
    after = audit.judgement_value(row.judgement, row.reason)
    if before != after:
        audit.append(
            orm, sid, juror, "deliberation.judgement", {"candidate": cand, "item": competence_id}, before, after, row.updated_at
        )


def set_common_judgement(
    ctx: AppContext,
    session_id: str,
    candidate_ref: str,
    competence_id: str,
    judgement: Judgement | None,
    juror_ref: str,
    clock: Clock,
    reason: str = "",
) -> DeliberationView:
    """The jury's common judgement on a competence; `reason` when it departs from every juror's."""
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        _open_for(orm, s, candidate_ref, juror_ref)
        view = build_view(orm, ctx.paths, session_id, candidate_ref)
        if view.absent:
            raise fail(ABSENT_NO_DECISION)
        require_step(orm, session_id, candidate_ref, juror_ref)  # set together, with who was present
        common = next((c for c in view.common if c.competence.id == competence_id), None)
        if common is None:
            raise fail(
                Told(msg("« {0} » n'est pas une compétence à juger pour ce candidat dans cette session", competence_id))
            )
        if judgement is Judgement.ACQUIRED and common.acquired_problem is not None:
            raise fail(common.acquired_problem)
        if common.needs_reason(judgement) and not reason.strip():
            raise fail(
                Told(msg("{0} : le jugement commun s'écarte de celui de chaque juré ; indiquez-en le motif", competence_id))
            )
        _write_judgement(
            orm, session_id, candidate_ref, competence_id, judgement,
            reason if common.needs_reason(judgement) else "", juror_ref, clock,
        )  # fmt: skip
        orm.flush()
        return build_view(orm, ctx.paths, session_id, candidate_ref)


def _write_decision(
    orm: Orm,
    sid: str,
    cand: str,
    target: str,
    granted: bool | None,
    reason: str,
    proposal: Proposal,
    juror: str,
    clock: Clock,
    complementary: bool = False,
) -> None:
    row = orm.scalar(select(db.UnitDecision).where(*where(db.UnitDecision, sid, cand), db.UnitDecision.unit_id == target))
    if row is None:
        row = db.UnitDecision(session_id=sid, candidate_ref=cand, unit_id=target, proposal="")
        orm.add(row)
    before = audit.decision_value(row.granted, row.reason, row.complementary)
    row.granted = granted
    row.complementary = complementary
    row.proposal = proposal.value
    row.reason = reason.strip()
    row.updated_at = clock.now()
    after = audit.decision_value(row.granted, row.reason, row.complementary)
    if before != after:
        audit.append(orm, sid, juror, "deliberation.decision", {"candidate": cand, "item": target}, before, after, row.updated_at)


def _withdraw_title(orm: Orm, sid: str, cand: str, juror: str, clock: Clock) -> None:
    """A CCP no longer granted makes a granted title impossible: the title decision is taken again."""
    title = orm.scalar(select(db.UnitDecision).where(*where(db.UnitDecision, sid, cand), db.UnitDecision.unit_id == TITLE))
    if title is not None and title.granted:
        before = audit.decision_value(title.granted, title.reason)
        title.granted = None
        audit.append(orm, sid, juror, "deliberation.decision", {"candidate": cand, "item": TITLE}, before, None, clock.now())


def decide(
    ctx: AppContext,
    session_id: str,
    candidate_ref: str,
    target: str,
    granted: bool | None,
    reason: str,
    juror_ref: str,
    clock: Clock,
    *,
    complementary: bool = False,
) -> DeliberationView:
    """The jury's decision on a CCP/block (its id) or on the title (`TITLE`).

    `complementary` (the title only, `granted` None, a reason required): the jury cannot agree on the
    certification and orders a complementary evaluation, where the référentiel provides for one; the
    CCPs/blocks left undecided wait for it, and the PV says so.
    """
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        _open_for(orm, s, candidate_ref, juror_ref)
        view = build_view(orm, ctx.paths, session_id, candidate_ref)
        if view.absent:
            raise fail(ABSENT_NO_DECISION)
        require_step(orm, session_id, candidate_ref, juror_ref)  # set together, with who was present
        decision = next((d for d in view.decisions if d.target == target), None)
        if decision is None:
            raise fail(Told(msg("« {0} » n'est pas soumis à décision pour ce candidat dans cette session", target)))
        ref, _ = definition_of(orm, s)
        if complementary:
            _check_complementary(ref, decision, granted, reason)
        if granted and not decision.can_grant:
            what = ref.terms.certification_article if target == TITLE else target
            raise fail(grant_refusal(what, decision.grant_problems))
        _write_decision(
            orm, session_id, candidate_ref, target, granted, reason, decision.proposal, juror_ref, clock, complementary
        )
        if target != TITLE and not granted:
            _withdraw_title(orm, session_id, candidate_ref, juror_ref, clock)
        orm.flush()
        return build_view(orm, ctx.paths, session_id, candidate_ref)


def _check_complementary(ref: Referentiel, decision: Decision, granted: bool | None, reason: str) -> None:
    word = term(certification_word(ref.terms))
    if decision.target != TITLE:
        raise InvalidInput.one(
            "délibération",
            msg(
                "une évaluation complémentaire se décide sur {0}, pas sur un {1}",
                term(ref.terms.certification_article),
                term(ref.terms.unit_short),
            ),
        )
    if not ref.decision_rules.complementary_evaluation:
        raise InvalidInput.one(
            "délibération", msg("le référentiel {0} ne prévoit pas d'évaluation complémentaire", ref.key)
        )
    if granted is not None:
        raise InvalidInput.one(
            "délibération", msg("{0} : une évaluation complémentaire remplace la décision, elle ne s'y ajoute pas", word)
        )
    if not reason.strip():
        raise InvalidInput.one(
            "délibération",
            msg("{0} : indiquez le motif de l'évaluation complémentaire (ce sur quoi le jury diverge)", word),
        )



@dataclass(frozen=True)
class Adopted:
    """What adopting the proposals set, and what it left to the jury."""

    view: DeliberationView
    judgements: int  # common judgements set from the jurors' agreement
    granted: tuple[str, ...]  # CCPs/blocks (and "title") granted on their proposal
    left: tuple[str, ...]  # what the jury still decides itself: disagreements, refusals (with a reason)


def adopt_proposals(ctx: AppContext, session_id: str, candidate_ref: str, juror_ref: str, clock: Clock) -> Adopted:
    """One confirmation instead of one choice per competence: every competence on which the jurors
    agree takes their judgement, then every CCP/block and the title proposed granted, and allowed
    by the evidence, are granted. A disagreement, a refusal (which needs its reason) and anything
    the evidence does not allow are left to the jury. Refused when a competence has no evaluation."""
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        _open_for(orm, s, candidate_ref, juror_ref)
        view = build_view(orm, ctx.paths, session_id, candidate_ref)
        if view.adopt_problem is not None:
            raise fail(Told(msg("adopter les propositions est impossible : {0}", view.adopt_problem)))
        require_step(orm, session_id, candidate_ref, juror_ref)
        count = 0
        for c in view.common:
            if c.proposal.judgement is not None and c.decided != c.proposal.judgement:
                _write_judgement(orm, session_id, candidate_ref, c.competence.id, c.proposal.judgement, "", juror_ref, clock)
                count += 1
        orm.flush()
        granted: list[str] = []
        for _round in range(2):  # the units first, then the title they make possible
            view = build_view(orm, ctx.paths, session_id, candidate_ref)
            for d in view.decisions:
                if d.granted is None and d.proposal is Proposal.GRANT and d.can_grant:
                    _write_decision(orm, session_id, candidate_ref, d.target, True, "", d.proposal, juror_ref, clock)
                    granted.append(d.target)
            orm.flush()
        audit.append(
            orm,
            session_id,
            juror_ref,
            "deliberation.adopt",
            {"candidate": candidate_ref, "item": ""},
            None,
            f"{count} jugement(s) commun(s) ; décision(s) favorable(s) : {', '.join(granted) or 'aucune'}",
            clock.now(),
        )
        orm.flush()
        view = build_view(orm, ctx.paths, session_id, candidate_ref)
        left = tuple(
            [c.competence.id for c in view.common if c.decided is None] + [d.target for d in view.decisions if d.granted is None]
        )
        return Adopted(view, count, tuple(granted), left)


def deliberation_summaries(ctx: AppContext, session_id: str) -> list[DeliberationSummary]:
    """The list of candidates: each one's deliberation closed or not, what prevents closing, and
    what its filter tells apart; read for the whole session, no candidate's full view built."""
    with ctx.database.reader() as orm:
        return summaries(orm, session_id)


def referentiel_for(ctx: AppContext, session_id: str) -> Referentiel:
    with ctx.database.reader() as orm:
        return definition_of(orm, session_row(orm, session_id))[0]
