"""The deliberation list read for the whole session says what each candidate's full view says, and
tells apart the candidates to deliberate, with disagreements, absent and closed."""

from __future__ import annotations

from jury_app.actions import deliberation, exam, grids, jurors, overview
from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey
from jury_app.domain.clock import FakeClock
from jury_app.domain.deliberation import CandidateState as State
from jury_app.domain.grading import Mark
from jury_app.domain.referentiel import Judgement

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
