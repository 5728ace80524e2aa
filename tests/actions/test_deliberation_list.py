"""The deliberation list read for the whole session says what each candidate's full view says, and
tells apart the candidates to deliberate, with disagreements, absent and closed."""

from __future__ import annotations

import random

from sqlalchemy import delete

from jury_app.actions import deliberation, deliberation_close, exam, grids, jurors, overview
from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey
from jury_app.data import models as db
from jury_app.domain.clock import FakeClock
from jury_app.domain.deliberation import CandidateState as State
from jury_app.domain.grading import Mark
from jury_app.domain.referentiel import Judgement
from tests.helpers.jury_day import Marking, sit

S = "DEMO-CIP-2026-11"


def _same_as_each_full_view(ctx: AppContext) -> None:
    for summary in deliberation.deliberation_summaries(ctx, S):
        view = deliberation.deliberation_view(ctx, S, summary.candidate_ref, "J1")
        assert (summary.closed, summary.problems) == (view.closed, len(view.problems)), summary.candidate_ref
        assert (State.ABSENT in summary.states) == view.absent, summary.candidate_ref


def test_a_whole_title_session_reads_the_same_as_each_full_view(title_ctx: AppContext) -> None:
    _same_as_each_full_view(title_ctx)
    states = {s.candidate_ref: s.states for s in deliberation.deliberation_summaries(title_ctx, S)}
    assert states["C05"] == {State.ABSENT, State.CLOSED}
    assert State.CLOSED in states["C01"]


def _marks(ctx: AppContext, cand: str, juror: str, clock: FakeClock, apart: str = "") -> None:
    key = GridKey(S, cand, "msp", juror)
    for comp in grids.grid_view(ctx, key).competences:
        for crit in comp.criteria:
            grids.set_mark(ctx, key, crit.id, Mark.NOT_SATISFIED if crit.id == apart else Mark.SATISFIED, clock)
        grids.set_judgement(ctx, key, comp.key, Judgement.ACQUIRED, clock)


def test_states_of_a_day_in_progress(ctx: AppContext, clock: FakeClock) -> None:
    for cand in ("C01", "C02", "C03"):
        jurors.declare(ctx, S, cand, "J1", has_link=False)
    for cand in ("C01", "C03"):
        jurors.declare(ctx, S, cand, "J2", has_link=False)
    _marks(ctx, "C01", "J1", clock)
    _marks(ctx, "C01", "J2", clock, apart="CP1.3")  # one criterion marked apart
    _marks(ctx, "C03", "J1", clock)
    _marks(ctx, "C03", "J2", clock)  # the same marks
    grids.set_judgement(ctx, GridKey(S, "C03", "msp", "J2"), "CP2", Judgement.NOT_ACQUIRED, clock)  # judged apart
    _marks(ctx, "C02", "J1", clock)
    exam.mark_absent(ctx, S, "C05", "J1", clock)

    states = {s.candidate_ref: s.states for s in deliberation.deliberation_summaries(ctx, S)}
    assert states == {
        "C01": {State.TO_DELIBERATE, State.DISAGREEMENT},
        "C02": {State.TO_DELIBERATE},
        "C03": {State.TO_DELIBERATE, State.DISAGREEMENT},
        "C04": {State.TO_DELIBERATE},
        "C05": {State.TO_DELIBERATE, State.ABSENT},
    }
    assert {row.ref: row.states for row in overview.overview(ctx, S).rows} == states
    _same_as_each_full_view(ctx)
    issues = overview.closing_check(ctx, S)
    assert {i.candidate_ref for i in issues if i.candidate} == {"C01", "C02", "C03", "C04", "C05"}
    # The absent C05 has nothing to mark, but its deliberation (with no decision) is still to close.
    assert [i.message for i in issues if i.candidate_ref == "C05"] == ["Délibération non close"]
    assert all(i.candidate_ref == "" for i in issues if not i.candidate)


def _counts_are_the_views(ctx: AppContext, sid: str) -> dict[str, int]:
    """Each candidate's count in the list, once checked equal to its full view's problems."""
    listed = deliberation.deliberation_summaries(ctx, sid)
    for summary in listed:
        view = deliberation.deliberation_view(ctx, sid, summary.candidate_ref)
        assert (summary.problems, summary.closed) == (len(view.problems), view.closed), summary.candidate_ref
    return {s.candidate_ref: s.problems for s in listed}


def test_the_demo_sessions_count_what_each_full_view_lacks(title_ctx: AppContext, mock_ctx: AppContext) -> None:
    assert _counts_are_the_views(title_ctx, S)["C03"] > 0  # nothing evaluated yet: much is missing
    assert _counts_are_the_views(mock_ctx, "BLANC-CIP-2026-12")["C01"] > 0


def test_a_session_in_every_state_counts_what_each_full_view_lacks(
    ctx: AppContext, clock: FakeClock, marking: type[Marking]
) -> None:
    rng = random.Random(11)
    for cand in ("C01", "C02", "C03", "C04", "C05"):
        jurors.declare(ctx, S, cand, "J1", has_link=False)
        jurors.declare(ctx, S, cand, "J2", has_link=cand == "C04", note="Ancien collègue" if cand == "C04" else "")
    for cand in ("C01", "C04", "C05"):
        for modality in ("msp", "et", "qp", "ef"):
            marking.run_modality(ctx, S, cand, modality, clock, rng)
            for juror in ("J1",) if cand == "C04" else ("J1", "J2"):
                marking.score(ctx, S, cand, modality, juror, clock)
    marking.deliberate(ctx, S, "C05", clock)  # closed
    marking.deliberate(ctx, S, "C01", clock)
    deliberation_close.reopen_deliberation(ctx, S, "C01", "J1", "Erreur de saisie", clock)  # open again, decided
    # C02: one grid whole, one begun, the jury sitting early; C04 judged by J1 alone: no jury.
    marking.run_modality(ctx, S, "C02", "msp", clock, rng)
    marking.score(ctx, S, "C02", "msp", "J1", clock)
    grids.set_mark(ctx, GridKey(S, "C02", "msp", "J2"), "CP1.1", Mark.SATISFIED, clock)
    sit(ctx, S, "C02", clock)
    exam.mark_absent(ctx, S, "C03", "J1", clock)
    with ctx.database.session() as orm:  # C02's proof of its in-company periods never came
        orm.execute(delete(db.Attachment).where(db.Attachment.candidate_ref == "C02", db.Attachment.kind == "preuve_stage"))

    counts = _counts_are_the_views(ctx, S)
    states = {s.candidate_ref: s.states for s in deliberation.deliberation_summaries(ctx, S)}
    assert State.CLOSED in states["C05"] and State.ABSENT in states["C03"] and State.CLOSED not in states["C01"]
    keys = {
        cand: {r.key for r in deliberation.deliberation_view(ctx, S, cand).requirements} for cand in ("C01", "C02", "C04")
    }
    assert {"grid/msp/J2", "company_proof"} <= keys["C02"] and "jury" in keys["C04"]
    assert counts["C01"] == 0 and counts["C02"] > 0 and counts["C04"] > 0  # C01 reopened, every decision kept
