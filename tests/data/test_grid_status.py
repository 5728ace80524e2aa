"""Where each grid stands, read set-based for the whole session, agrees with the domain's rule
applied grid by grid (what the overview and the completeness report did before)."""

from __future__ import annotations

from jury_app.actions import grids, jurors
from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey
from jury_app.data.grid_status import grid_summaries
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import Mark
from jury_app.domain.referentiel import Judgement

S = "DEMO-CIP-2026-11"


def _fill(ctx: AppContext, key: GridKey, clock: FakeClock, *, leave_one: str = "") -> None:
    for comp in grids.grid_view(ctx, key).competences:
        for criterion in comp.criteria:
            if criterion.id != leave_one:
                grids.set_mark(ctx, key, criterion.id, Mark.SATISFIED, clock)
        grids.set_judgement(ctx, key, comp.key, Judgement.ACQUIRED, clock)


def test_summaries_agree_with_each_grid_read_whole(ctx: AppContext, clock: FakeClock) -> None:
    for cand in ("C01", "C02", "C03", "C04"):
        for juror in ("J1", "J2"):
            jurors.declare(ctx, S, cand, juror, has_link=False)
    complete = GridKey(S, "C01", "qp", "J1")
    _fill(ctx, complete, clock)
    one_left = GridKey(S, "C01", "qp", "J2")
    first = grids.grid_view(ctx, one_left).competences[0].criteria[0].id
    _fill(ctx, one_left, clock, leave_one=first)
    observed = GridKey(S, "C02", "et", "J1")
    comp = grids.grid_view(ctx, observed).competences[0].key
    grids.set_observation(ctx, observed, comp, "Présentation claire.", clock)
    noted = GridKey(S, "C03", "msp", "J1")
    grids.add_note(ctx, noted, "Démarre à l'heure.", "Préparation", clock)
    emptied = GridKey(S, "C04", "msp", "J2")
    criterion = grids.grid_view(ctx, emptied).competences[0].criteria[0].id
    grids.set_mark(ctx, emptied, criterion, Mark.SATISFIED, clock)
    grids.set_mark(ctx, emptied, criterion, None, clock)  # a grid made, then left empty

    with ctx.database.reader() as orm:
        ref, sdef = definition_of(orm, session_row(orm, S))
        summaries = grid_summaries(orm, S, ref, sdef)
        only_c01 = grid_summaries(orm, S, ref, sdef, candidate_ref="C01")
    got = {where: (g.complete, g.has_content) for where, g in summaries.items()}
    assert got == {
        ("C01", "qp", "J1"): (True, True),
        ("C01", "qp", "J2"): (False, True),
        ("C02", "et", "J1"): (False, True),
        ("C03", "msp", "J1"): (False, True),
        ("C04", "msp", "J2"): (False, False),
    }
    for where, summary in summaries.items():
        view = grids.grid_view(ctx, GridKey(S, *where))
        assert summary.complete == view.completeness.complete, where
    assert set(only_c01) == {("C01", "qp", "J1"), ("C01", "qp", "J2")}
