"""Blind marking and the jury's step, enforced by the actions on a real data folder: a juror sees no
other juror's marks, judgements or observations until both have finished the candidate's modalities
or the president opens the deliberation with a logged confirmation; common judgements and decisions
are set only in a step that records who was present."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import select

from jury_app.actions import deliberation, deliberation_close, exam, jurors, jury_step
from jury_app.actions.context import AppContext
from jury_app.actions.exam import GridKey
from jury_app.actions.grids import set_mark, set_observation
from jury_app.actions.reports import write_grid_pdf
from jury_app.data import models as db
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import Mark
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import Judgement
from tests.helpers.jury_day import run_modality, score

S = "DEMO-CIP-2026-11"
MODALITIES = ("msp", "et", "qp", "ef")


def _declared(ctx: AppContext, cand: str = "C01") -> None:
    for juror in ("J1", "J2"):
        jurors.declare(ctx, S, cand, juror, has_link=False)


def _finish_everything(ctx: AppContext, clock: FakeClock, cand: str = "C01") -> None:
    rng = random.Random(5)
    for modality in MODALITIES:
        run_modality(ctx, S, cand, modality, clock, rng)
        for juror in ("J1", "J2"):
            score(ctx, S, cand, modality, juror, clock)


def _steps(ctx: AppContext) -> list[tuple[str, list[str], bool, bool]]:
    with ctx.database.reader() as orm:
        rows = orm.scalars(select(db.JuryStep).order_by(db.JuryStep.pk))
        return [(r.opened_by, list(r.present), r.early, r.closed_at is not None) for r in rows]


def _audit_after(ctx: AppContext, action: str) -> list[tuple[str, str | None]]:
    with ctx.database.reader() as orm:
        rows = orm.scalars(select(db.AuditEntry).where(db.AuditEntry.action == action).order_by(db.AuditEntry.seq))
        return [(r.actor, r.after) for r in rows]


def test_a_juror_sees_only_their_own_entries_until_both_have_finished(ctx: AppContext, clock: FakeClock) -> None:
    _declared(ctx)
    j1, j2 = GridKey(S, "C01", "msp", "J1"), GridKey(S, "C01", "msp", "J2")
    set_mark(ctx, j1, "CP1.1", Mark.SATISFIED, clock)
    set_observation(ctx, j1, "CP1", "Reformule la demande.", clock)
    set_mark(ctx, j2, "CP1.1", Mark.NOT_SATISFIED, clock)

    seen_by_j2 = deliberation.deliberation_view(ctx, S, "C01", viewer="J2")
    block = next(b for b in seen_by_j2.blocks if b.competence is not None and b.competence.id == "CP1")
    row = next(r for r in block.criteria if r.criterion.id == "CP1.1")
    assert row.marks == {"J1": None, "J2": Mark.NOT_SATISFIED} and not row.disagreement
    assert block.observations == {"J1": "", "J2": ""} and block.judgements["J1"] is None
    assert seen_by_j2.hidden_jurors == ("J1",)
    assert all(c.proposal.judgement is None and not c.proposal.disagreement for c in seen_by_j2.common)
    seen_by_j1 = deliberation.deliberation_view(ctx, S, "C01", viewer="J1")
    block = next(b for b in seen_by_j1.blocks if b.competence is not None and b.competence.id == "CP1")
    assert block.observations["J1"] == "Reformule la demande." and seen_by_j1.hidden_jurors == ("J2",)

    state = jury_step.jury_step_state(ctx, S, "C01")
    assert not state.lifted and state.president == "J1" and state.step is None
    assert [(j.ref, j.done, j.total) for j in state.jurors] == [("J1", 0, 4), ("J2", 0, 4)]


def test_only_the_president_opens_early_and_it_is_logged(ctx: AppContext, clock: FakeClock) -> None:
    _declared(ctx)
    set_mark(ctx, GridKey(S, "C01", "msp", "J2"), "CP1.1", Mark.NOT_SATISFIED, clock)
    with pytest.raises(InvalidInput, match="ouvrez d'abord la séance"):
        deliberation.set_common_judgement(ctx, S, "C01", "CP1", Judgement.ACQUIRED, "J1", clock)
    with pytest.raises(InvalidInput, match="seul\\(e\\) le ou la président\\(e\\)"):
        jury_step.open_jury_step(ctx, S, "C01", "J2", ["J1", "J2"], clock, early=True)
    with pytest.raises(InvalidInput, match="confirmation"):
        jury_step.open_jury_step(ctx, S, "C01", "J1", ["J1", "J2"], clock)
    with pytest.raises(InvalidInput, match="au moins"):
        jury_step.open_jury_step(ctx, S, "C01", "J1", ["J1"], clock, early=True)
    assert _steps(ctx) == []  # nothing written by the refusals

    state = jury_step.open_jury_step(ctx, S, "C01", "J1", ["J1", "J2"], clock, early=True)
    assert state.lifted and state.step is not None and state.step.present == ("J1", "J2") and state.step.early
    assert _steps(ctx) == [("J1", ["J1", "J2"], True, False)]
    assert _audit_after(ctx, "deliberation.step") == [("J1", "avant la fin des grilles ; présents : J1, J2")]
    seen_by_j1 = deliberation.deliberation_view(ctx, S, "C01", viewer="J1")
    row = next(r for b in seen_by_j1.blocks for r in b.criteria if r.criterion.id == "CP1.1")
    assert row.marks["J2"] is Mark.NOT_SATISFIED and seen_by_j1.hidden_jurors == ()
    with pytest.raises(InvalidInput, match="déjà ouverte"):
        jury_step.open_jury_step(ctx, S, "C01", "J2", ["J1", "J2"], clock)
    # No juror judged CP1 yet: only "non acquise" is open to the jury (the evidence rule).
    view = deliberation.set_common_judgement(ctx, S, "C01", "CP1", Judgement.NOT_ACQUIRED, "J2", clock)
    assert next(c for c in view.common if c.competence.id == "CP1").decided is Judgement.NOT_ACQUIRED


def test_once_both_have_finished_any_juror_present_opens_the_step(ctx: AppContext, clock: FakeClock) -> None:
    _declared(ctx)
    _finish_everything(ctx, clock)
    state = jury_step.jury_step_state(ctx, S, "C01")
    assert state.all_finished and state.lifted and state.step is None
    view = deliberation.deliberation_view(ctx, S, "C01", viewer="J2")
    assert view.hidden_jurors == () and any(c.proposal.judgement is not None for c in view.common)
    with pytest.raises(InvalidInput, match="vous devez être présent"):
        jury_step.open_jury_step(ctx, S, "C01", "J2", ["J1"], clock)
    jury_step.open_jury_step(ctx, S, "C01", "J2", ["J2", "J1"], clock)
    assert _steps(ctx) == [("J2", ["J2", "J1"], False, False)]
    assert _audit_after(ctx, "deliberation.step") == [("J2", "présents : J2, J1")]

    for common in view.common:
        assert common.proposal.judgement is not None
        deliberation.set_common_judgement(ctx, S, "C01", common.competence.id, common.proposal.judgement, "J1", clock)
    view = deliberation.deliberation_view(ctx, S, "C01")
    for unit in (*view.units, *([view.title] if view.title else [])):
        view = deliberation.decide(ctx, S, "C01", unit.target, True, "", "J2", clock)
    deliberation_close.close_deliberation(ctx, S, "C01", "J1", clock)
    assert _steps(ctx) == [("J2", ["J2", "J1"], False, True)]  # closing the deliberation ends the step

    deliberation_close.reopen_deliberation(ctx, S, "C01", "J1", "erreur de saisie", clock)
    with pytest.raises(InvalidInput, match="séance du jury"):
        deliberation.decide(ctx, S, "C01", "CCP1", False, "revu", "J1", clock)
    jury_step.open_jury_step(ctx, S, "C01", "J1", ["J1", "J2"], clock)
    deliberation.decide(ctx, S, "C01", "CCP1", False, "revu", "J1", clock)


def test_an_absent_candidate_is_closed_by_the_jury_sitting_too(ctx: AppContext, clock: FakeClock) -> None:
    _declared(ctx)
    jury_step.open_jury_step(ctx, S, "C01", "J1", ["J1", "J2"], clock, early=True)
    exam.mark_absent(ctx, S, "C05", "J1", clock)
    with pytest.raises(InvalidInput, match="ouvrez d'abord la séance"):
        deliberation_close.close_deliberation(ctx, S, "C05", "J1", clock)


def test_the_grids_pdf_is_refused_to_a_juror_while_marking_is_blind(
    ctx: AppContext, clock: FakeClock, tmp_path: Path
) -> None:
    _declared(ctx)
    set_mark(ctx, GridKey(S, "C01", "msp", "J1"), "CP1.1", Mark.SATISFIED, clock)
    out = tmp_path / "grilles.pdf"
    with pytest.raises(InvalidInput, match="restent masquées"):
        write_grid_pdf(ctx, S, "C01", out, clock=clock, viewer="J2")
    assert not out.exists()
    jury_step.open_jury_step(ctx, S, "C01", "J1", ["J1", "J2"], clock, early=True)
    assert write_grid_pdf(ctx, S, "C01", out, clock=clock, viewer="J2").read_bytes().startswith(b"%PDF")
