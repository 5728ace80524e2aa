"""The deliberation's actions on a real data folder: common judgements, decisions and their reasons,
closing (which locks the candidate's grids and decisions) and reopening with a reason, each change
committed and written to the audit trail, which still verifies."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from jury_app.actions import audit, deliberation, deliberation_close, grids, jurors, jury_step
from jury_app.actions.context import AppContext
from jury_app.actions.deliberation import TITLE, DeliberationView
from jury_app.actions.grids import GridKey
from jury_app.data import models as db
from jury_app.domain.clock import FakeClock
from jury_app.domain.deliberation import Proposal
from jury_app.domain.grading import Mark
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import Judgement
from jury_app.paths import resolve

S = "DEMO-CIP-2026-11"
JURY = ("J1", "J2")
CCP3_WEAK = frozenset(f"CP{n}.{i}" for n in (12, 13) for i in (1, 2, 3))


def _messages(exc: pytest.ExceptionInfo[InvalidInput]) -> str:
    return " ".join(p.message for p in exc.value.problems)


def _score_all(ctx: AppContext, cand: str, clock: FakeClock, *, not_satisfied: frozenset[str] = frozenset()) -> None:
    """Both jurors declare no link, mark every criterion of the title session and judge as suggested."""
    for juror in JURY:
        jurors.declare(ctx, S, cand, juror, has_link=False)
        for modality in ("msp", "et", "qp", "ef"):
            key = GridKey(S, cand, modality, juror)
            view = grids.grid_view(ctx, key)
            for comp in view.competences:
                for crit in comp.criteria:
                    mark = Mark.NOT_SATISFIED if crit.id in not_satisfied else Mark.SATISFIED
                    view = grids.set_mark(ctx, key, crit.id, mark, clock)
            for comp in view.competences:
                grids.set_judgement(ctx, key, comp.key, comp.suggested or Judgement.ACQUIRED, clock)
            clock.advance(60)
    _sit(ctx, cand, clock)


def _sit(ctx: AppContext, cand: str, clock: FakeClock) -> None:
    """The jury sits on the candidate, both jurors present; the president opens it (no timer was run)."""
    jury_step.open_jury_step(ctx, S, cand, "J1", JURY, clock, early=True)


def _judge_as_proposed(ctx: AppContext, cand: str, clock: FakeClock) -> DeliberationView:
    view = deliberation.deliberation_view(ctx, S, cand)
    for common in view.common:
        assert common.proposal.judgement is not None and not common.proposal.disagreement
        view = deliberation.set_common_judgement(
            ctx, S, cand, common.competence.id, common.proposal.judgement, "J1", clock
        )
    return view


def _audit_actions(ctx: AppContext) -> list[str]:
    with ctx.database.reader() as orm:
        return list(orm.scalars(select(db.AuditEntry.action).order_by(db.AuditEntry.seq)))


def _deliberation_rows(ctx: AppContext, cand: str) -> tuple[bool | None, list[tuple[str, str, str]]]:
    with ctx.database.reader() as orm:
        row = orm.scalar(
            select(db.Deliberation).where(db.Deliberation.session_id == S, db.Deliberation.candidate_ref == cand)
        )
        events = orm.scalars(
            select(db.DeliberationEvent)
            .where(db.DeliberationEvent.session_id == S, db.DeliberationEvent.candidate_ref == cand)
            .order_by(db.DeliberationEvent.pk)
        )
        return (row.closed if row else None), [(e.kind, e.juror_ref, e.reason) for e in events]


def test_a_common_judgement_is_recorded_once_and_audited(ctx: AppContext, clock: FakeClock) -> None:
    _score_all(ctx, "C01", clock)
    view = deliberation.deliberation_view(ctx, S, "C01")
    cp1 = next(c for c in view.common if c.competence.id == "CP1")
    assert cp1.proposal.judgement is Judgement.ACQUIRED and cp1.decided is None
    assert "CP1 : jugement commun du jury à poser" in view.problems

    before = _audit_actions(ctx)
    view = deliberation.set_common_judgement(ctx, S, "C01", "CP1", Judgement.ACQUIRED, "J1", clock)
    assert next(c for c in view.common if c.competence.id == "CP1").decided is Judgement.ACQUIRED
    assert _audit_actions(ctx) == [*before, "deliberation.judgement"]
    deliberation.set_common_judgement(ctx, S, "C01", "CP1", Judgement.ACQUIRED, "J1", clock)  # no change
    assert _audit_actions(ctx) == [*before, "deliberation.judgement"]

    with pytest.raises(InvalidInput) as exc:
        deliberation.set_common_judgement(ctx, S, "C01", "CP99", Judgement.ACQUIRED, "J1", clock)
    assert "« CP99 » n'est pas une compétence à juger pour ce candidat" in _messages(exc)
    with pytest.raises(InvalidInput) as exc:
        deliberation.set_common_judgement(ctx, S, "C01", "CP2", Judgement.ACQUIRED, "J9", clock)
    assert "juré inconnu" in _messages(exc)
    view = deliberation.deliberation_view(ctx, S, "C01")
    assert next(c for c in view.common if c.competence.id == "CP2").decided is None  # nothing written


def test_a_refusal_or_a_departure_from_the_proposal_needs_a_reason(ctx: AppContext, clock: FakeClock) -> None:
    _score_all(ctx, "C02", clock, not_satisfied=CCP3_WEAK)
    view = _judge_as_proposed(ctx, "C02", clock)
    proposals = {d.target: d.proposal for d in view.units}
    assert proposals == {"CCP1": Proposal.GRANT, "CCP2": Proposal.GRANT, "CCP3": Proposal.REFUSE}

    for unit in ("CCP1", "CCP2"):
        view = deliberation.decide(ctx, S, "C02", unit, True, "", "J1", clock)
    view = deliberation.decide(ctx, S, "C02", "CCP3", False, "  ", "J1", clock)  # a refusal, no reason
    ccp3 = next(d for d in view.units if d.target == "CCP3")
    assert ccp3.granted is False and ccp3.reason_required and ccp3.reason == ""
    assert "CCP3 : motif obligatoire (refus ou écart avec la proposition)" in view.problems
    view = deliberation.decide(ctx, S, "C02", TITLE, False, "", "J1", clock)
    assert "titre : motif obligatoire (refus ou écart avec la proposition)" in view.problems

    with pytest.raises(InvalidInput) as exc:  # closing is refused while a reason is missing
        deliberation_close.close_deliberation(ctx, S, "C02", "J1", clock)
    assert "CCP3 : motif obligatoire" in _messages(exc) and "titre : motif obligatoire" in _messages(exc)
    assert _deliberation_rows(ctx, "C02") == (None, [])

    reason = "Compétences de l'activité type 3 insuffisamment démontrées."
    deliberation.decide(ctx, S, "C02", "CCP3", False, f"  {reason} ", "J1", clock)
    view = deliberation.decide(ctx, S, "C02", TITLE, False, "Le CCP3 n'est pas acquis.", "J1", clock)
    assert next(d for d in view.units if d.target == "CCP3").reason == reason  # kept trimmed
    assert view.problems == ()
    # granting a CCP whose competences the jury judged not acquired is refused, with why
    with pytest.raises(InvalidInput) as exc:
        deliberation.decide(ctx, S, "C02", "CCP3", True, "", "J1", clock)
    assert "impossible d'accorder CCP3 : CP12 : jugée non acquise ; CP13 : jugée non acquise" in _messages(exc)


def test_the_title_needs_every_ccp_and_a_refused_ccp_takes_a_granted_title_back(
    ctx: AppContext, clock: FakeClock
) -> None:
    _score_all(ctx, "C01", clock)
    _judge_as_proposed(ctx, "C01", clock)
    deliberation.decide(ctx, S, "C01", "CCP1", True, "", "J1", clock)
    with pytest.raises(InvalidInput) as exc:
        deliberation.decide(ctx, S, "C01", TITLE, True, "", "J1", clock)
    assert "impossible d'accorder le titre : CCP2 : décision sur le CCP à prendre d'abord ; CCP3 :" in _messages(exc)
    assert deliberation.deliberation_view(ctx, S, "C01").title.granted is None  # type: ignore[union-attr]

    for unit in ("CCP2", "CCP3"):
        deliberation.decide(ctx, S, "C01", unit, True, "", "J1", clock)
    view = deliberation.decide(ctx, S, "C01", TITLE, True, "", "J1", clock)
    assert view.title is not None and view.title.granted is True and view.problems == ()
    view = deliberation.decide(ctx, S, "C01", "CCP2", False, "Revu en délibération.", "J1", clock)
    assert view.title is not None and view.title.granted is None  # to be decided again
    with pytest.raises(InvalidInput) as exc:
        deliberation.decide(ctx, S, "C01", "CCP9", True, "", "J1", clock)
    assert "n'est pas soumis à décision" in _messages(exc)


def _decided(ctx: AppContext, cand: str, clock: FakeClock) -> None:
    _score_all(ctx, cand, clock)
    _judge_as_proposed(ctx, cand, clock)
    for unit in ("CCP1", "CCP2", "CCP3", TITLE):
        deliberation.decide(ctx, S, cand, unit, True, "", "J1", clock)


def test_closing_locks_the_grids_and_the_decisions(ctx: AppContext, clock: FakeClock) -> None:
    _decided(ctx, "C01", clock)
    clock.advance(600)
    view = deliberation_close.close_deliberation(ctx, S, "C01", "J1", clock)
    assert view.closed
    assert _deliberation_rows(ctx, "C01") == (True, [("close", "J1", "")])
    assert _audit_actions(ctx)[-1] == "deliberation.close"
    with ctx.database.reader() as orm:
        row = orm.scalar(select(db.Deliberation).where(db.Deliberation.candidate_ref == "C01"))
        assert row is not None and row.closed_at == clock.now()

    key = GridKey(S, "C01", "msp", "J2")
    with pytest.raises(InvalidInput) as exc:
        grids.set_mark(ctx, key, "CP1.1", Mark.NOT_SATISFIED, clock)
    assert "la délibération de ce candidat est close" in _messages(exc)
    assert grids.grid_view(ctx, key).marks["CP1.1"] is Mark.SATISFIED
    with pytest.raises(InvalidInput, match="rouvrez-la"):
        deliberation.set_common_judgement(ctx, S, "C01", "CP1", Judgement.NOT_ACQUIRED, "J1", clock)
    with pytest.raises(InvalidInput, match="rouvrez-la"):
        deliberation.decide(ctx, S, "C01", "CCP1", False, "après coup", "J1", clock)
    with pytest.raises(InvalidInput, match="rouvrez-la"):
        deliberation_close.close_deliberation(ctx, S, "C01", "J1", clock)
    assert [s.closed for s in deliberation.deliberation_summaries(ctx, S) if s.candidate_ref == "C01"] == [True]


def test_reopening_needs_a_reason_and_unlocks(ctx: AppContext, clock: FakeClock) -> None:
    _decided(ctx, "C01", clock)
    with pytest.raises(InvalidInput, match="n'est pas close"):
        deliberation_close.reopen_deliberation(ctx, S, "C01", "J1", "par erreur", clock)
    deliberation_close.close_deliberation(ctx, S, "C01", "J1", clock)
    clock.advance(timedelta(minutes=20).total_seconds())
    with pytest.raises(InvalidInput, match="indiquez pourquoi"):
        deliberation_close.reopen_deliberation(ctx, S, "C01", "J1", "   ", clock)
    assert _deliberation_rows(ctx, "C01")[0] is True  # still closed

    reason = "Erreur de saisie signalée par le juré J2"
    view = deliberation_close.reopen_deliberation(ctx, S, "C01", "J2", f" {reason} ", clock)
    assert not view.closed
    assert _deliberation_rows(ctx, "C01") == (False, [("close", "J1", ""), ("reopen", "J2", reason)])
    grids.set_mark(ctx, GridKey(S, "C01", "msp", "J2"), "CP1.1", Mark.NOT_SATISFIED, clock)  # writable again
    with pytest.raises(InvalidInput, match="séance du jury"):  # the jury sits again to change a decision
        deliberation.set_common_judgement(ctx, S, "C01", "CP1", Judgement.NOT_ACQUIRED, "J1", clock)
    _sit(ctx, "C01", clock)
    # both jurors judged CP1 acquired: judging it not acquired in common needs its reason
    with pytest.raises(InvalidInput, match="CP1 : le jugement commun s'écarte de celui de chaque juré"):
        deliberation.set_common_judgement(ctx, S, "C01", "CP1", Judgement.NOT_ACQUIRED, "J1", clock)
    view = deliberation.set_common_judgement(
        ctx, S, "C01", "CP1", Judgement.NOT_ACQUIRED, "J1", clock, "Reformulation absente, relevée en délibération"
    )
    assert "CCP1 : motif obligatoire (refus ou écart avec la proposition)" in view.problems
    # the CCP1 granted before no longer rests on its competences: taken again before closing
    assert "CCP1 : décision favorable prise sans ce qui la fonde (CP1 : jugée non acquise) : décision à reprendre" in view.problems

    report = audit.verify_audit(ctx, S)
    assert report.ok, report
    with ctx.database.reader() as orm:
        entry = orm.scalar(
            select(db.AuditEntry).where(db.AuditEntry.action == "deliberation.reopen").order_by(db.AuditEntry.seq)
        )
        assert entry is not None and entry.after == f"open: {reason}" and entry.actor == "J2"


def test_the_deliberation_is_on_disk_when_the_action_returns(ctx: AppContext, clock: FakeClock) -> None:
    _decided(ctx, "C01", clock)
    deliberation_close.close_deliberation(ctx, S, "C01", "J1", clock)
    root: Path = ctx.paths.root
    ctx.close()
    reopened = AppContext(resolve(root))
    try:
        view = deliberation.deliberation_view(reopened, S, "C01")
        assert view.closed and view.title is not None and view.title.granted is True
        assert all(d.granted for d in view.units)
        assert audit.verify_audit(reopened, S).ok
    finally:
        reopened.close()
