"""Actions of the deliberation: the jurors' marks side by side, common judgements, decisions,
closing (which locks the candidate) and reopening (with a reason, logged)."""

from __future__ import annotations

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
from jury_app.data.deliberation_view import build_view, candidate_row, deliberation_row, is_locked, where
from jury_app.data.jury_steps import blind_state, close_step, masked, require_step
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.clock import Clock
from jury_app.domain.codes import TITLE as TITLE  # the decision on the title, as the screens name it
from jury_app.domain.codes import DeliberationEventKind, SessionKind
from jury_app.domain.problems import InvalidInput, Problem
from jury_app.domain.referentiel import Judgement, Referentiel
from jury_app.domain.rules import check_jury
from jury_app.domain.wording import certification_word


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
        candidate_row(s, candidate_ref)
        _check_open(orm, session_id, candidate_ref)
        require_step(orm, session_id, candidate_ref, juror_ref)  # set together, with who was present
        ref, _ = definition_of(orm, s)
        try:
            ref.competence(competence_id)
        except KeyError:
            raise InvalidInput.one("délibération", f"compétence inconnue : « {competence_id} »") from None
        row = orm.scalar(
            select(db.CompetenceDecision).where(
                *where(db.CompetenceDecision, session_id, candidate_ref),
                db.CompetenceDecision.competence_id == competence_id,
            )
        )
        if row is None:
            row = db.CompetenceDecision(session_id=session_id, candidate_ref=candidate_ref, competence_id=competence_id)
            orm.add(row)
        before = row.judgement
        row.judgement = judgement
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
        return build_view(orm, ctx.paths, session_id, candidate_ref)


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
        _juror_of(s, juror_ref)
        _check_open(orm, session_id, candidate_ref)
        require_step(orm, session_id, candidate_ref, juror_ref)  # set together, with who was present
        view = build_view(orm, ctx.paths, session_id, candidate_ref)
        decision = next((d for d in (*view.units, *([view.title] if view.title else [])) if d.target == target), None)
        if decision is None:
            raise InvalidInput.one(
                "délibération", f"« {target} » n'est pas soumis à décision pour ce candidat dans cette session"
            )
        ref, _ = definition_of(orm, s)
        if complementary:
            _check_complementary(ref, decision, granted, reason)
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
                *where(db.UnitDecision, session_id, candidate_ref), db.UnitDecision.unit_id == target
            )
        )
        if row is None:
            row = db.UnitDecision(session_id=session_id, candidate_ref=candidate_ref, unit_id=target, proposal="")
            orm.add(row)
        before = audit.decision_value(row.granted, row.reason, row.complementary)
        row.granted = granted
        row.complementary = complementary
        row.proposal = decision.proposal.value
        row.reason = reason.strip()
        row.updated_at = clock.now()
        after = audit.decision_value(row.granted, row.reason, row.complementary)
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
                    *where(db.UnitDecision, session_id, candidate_ref), db.UnitDecision.unit_id == TITLE
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
        return build_view(orm, ctx.paths, session_id, candidate_ref)


def _check_complementary(ref: Referentiel, decision: Decision, granted: bool | None, reason: str) -> None:
    word = certification_word(ref.terms)
    if decision.target != TITLE:
        raise InvalidInput.one(
            "délibération",
            f"une évaluation complémentaire se décide sur {ref.terms.certification_article}, "
            f"pas sur un {ref.terms.unit_short}",
        )
    if not ref.decision_rules.complementary_evaluation:
        raise InvalidInput.one("délibération", f"le référentiel {ref.key} ne prévoit pas d'évaluation complémentaire")
    if granted is not None:
        raise InvalidInput.one(
            "délibération", f"{word} : une évaluation complémentaire remplace la décision, elle ne s'y ajoute pas"
        )
    if not reason.strip():
        raise InvalidInput.one(
            "délibération", f"{word} : indiquez le motif de l'évaluation complémentaire (ce sur quoi le jury diverge)"
        )


def _jury_problems(orm: Orm, s: db.Session) -> list[str]:
    """The référentiel's composition rules (size, profiles) for the session's jury."""
    _ref, sdef = definition_of(orm, s)
    return check_jury(len(s.jury), sdef, mock=s.kind == SessionKind.MOCK, profiles=[j.profile for j in s.jury])


def close_deliberation(
    ctx: AppContext, session_id: str, candidate_ref: str, juror_ref: str, clock: Clock
) -> DeliberationView:
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        _juror_of(s, juror_ref)
        _check_open(orm, session_id, candidate_ref)
        require_step(orm, session_id, candidate_ref, juror_ref)  # set together, with who was present
        view = build_view(orm, ctx.paths, session_id, candidate_ref)
        problems = list(view.problems) + _jury_problems(orm, s)
        if problems:
            raise InvalidInput([Problem("délibération", "", p) for p in problems])
        row = deliberation_row(orm, session_id, candidate_ref, create=True)
        assert row is not None
        now = clock.now()
        row.closed = True
        row.closed_at = now
        row.updated_at = now
        close_step(orm, session_id, candidate_ref, now)
        orm.add(
            db.DeliberationEvent(
                session_id=session_id,
                candidate_ref=candidate_ref,
                kind=DeliberationEventKind.CLOSE,
                at=now,
                juror_ref=juror_ref,
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
        return build_view(orm, ctx.paths, session_id, candidate_ref)


def reopen_deliberation(
    ctx: AppContext, session_id: str, candidate_ref: str, juror_ref: str, reason: str, clock: Clock
) -> DeliberationView:
    if not reason.strip():
        raise InvalidInput.one("délibération", "indiquez pourquoi la délibération est rouverte")
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        _juror_of(s, juror_ref)
        row = deliberation_row(orm, session_id, candidate_ref, create=False)
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
                kind=DeliberationEventKind.REOPEN,
                at=now,
                juror_ref=juror_ref,
                reason=reason.strip(),
            )
        )
        orm.flush()
        return build_view(orm, ctx.paths, session_id, candidate_ref)


def deliberation_summaries(ctx: AppContext, session_id: str) -> list[DeliberationSummary]:
    """The list of candidates: each one's deliberation closed or not, what prevents closing, and
    what its filter tells apart; read for the whole session, no candidate's full view built."""
    with ctx.database.reader() as orm:
        return summaries(orm, session_id)
