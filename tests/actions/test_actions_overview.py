"""The day at a glance, and the closing check before the jury leaves."""

from __future__ import annotations

import random

import pytest

from jury_app.actions import exam, grids, jurors, overview
from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import OVERALL, Mark
from jury_app.domain.referentiel import Judgement
from jury_app.domain.rules import CandidateModalityStatus as Status

S = "DEMO-CIP-2026-11"
MODALITIES = ("msp", "et", "qp", "ef")


def _cells(view: overview.Overview, candidate: str) -> dict[str, overview.Cell]:
    row = next(r for r in view.rows if r.ref == candidate)
    return {c.modality_id: c for c in row.cells}


def _run(ctx: AppContext, candidate: str, modality: str, clock: FakeClock) -> None:
    if modality == "msp":
        exam.draw_scenario(ctx, GridKey(S, candidate, "msp", "J1"), clock, rng=random.Random(candidate))
    exam.start_modality(ctx, GridKey(S, candidate, modality, "J1"), clock)
    clock.advance(120)
    exam.finish_modality(ctx, GridKey(S, candidate, modality, "J1"), clock)


def _fill(ctx: AppContext, key: GridKey, clock: FakeClock, *, skip_last_judgement: bool = False) -> None:
    comps = grids.grid_view(ctx, key).competences
    for i, comp in enumerate(comps):
        for criterion in comp.criteria:
            grids.set_mark(ctx, key, criterion.id, Mark.SATISFIED, clock)
        if skip_last_judgement and i == len(comps) - 1:
            continue
        target = comp.key
        grids.set_judgement(ctx, key, target, Judgement.ACQUIRED, clock)


def test_initial_overview(ctx: AppContext) -> None:
    view = overview.overview(ctx, S)
    assert view.session_id == S
    assert not view.mock
    assert view.centre == "Centre AFPA de démonstration"
    assert view.dates == ("2026-12-07", "2026-12-08")
    assert [m.id for m in view.modalities] == list(MODALITIES)
    assert view.jurors == (("J1", "Martine Roussel"), ("J2", "Karim Benali"))
    assert [r.ref for r in view.rows] == ["C01", "C02", "C03", "C04", "C05"]
    assert view.jury_problems == ()
    for cand in ("C01", "C02", "C03", "C04", "C05"):
        assert {m: c.status for m, c in _cells(view, cand).items()} == dict.fromkeys(MODALITIES, Status.TODO)
    assert _cells(view, "C05")["ef"].scheduled == "2026-12-08T16:15"
    assert view.remaining == 5 * 4
    assert view.done == 0
    assert view.next_up == ("2026-12-07T08:30", "Camille Lefèvre", "Questionnement à partir de production(s)")
    row3 = next(r for r in view.rows if r.ref == "C03")
    assert row3.extra_time_percent == 33
    assert all(cell.grids_complete == {"J1": False, "J2": False} for r in view.rows for cell in r.cells)


def test_statuses_counts_and_next_up_follow_the_day(ctx: AppContext, clock: FakeClock) -> None:
    for cand in ("C01", "C02"):
        for juror in ("J1", "J2"):
            jurors.declare(ctx, S, cand, juror, has_link=False)
    exam.start_modality(ctx, GridKey(S, "C01", "qp", "J1"), clock)
    view = overview.overview(ctx, S)
    assert _cells(view, "C01")["qp"].status is Status.IN_PROGRESS
    assert (view.remaining, view.done) == (20, 0)
    # an in-progress modality is no longer "next up": the next one is C02's msp at 09:15
    assert view.next_up == ("2026-12-07T09:15", "Thomas Girard", "Mise en situation professionnelle")

    clock.advance(3600)
    exam.finish_modality(ctx, GridKey(S, "C01", "qp", "J1"), clock)
    _run(ctx, "C02", "msp", clock)
    exam.mark_absent(ctx, S, "C04", "J1", clock)
    view = overview.overview(ctx, S)
    assert _cells(view, "C01")["qp"].status is Status.DONE
    assert _cells(view, "C02")["msp"].status is Status.DONE
    assert {m: c.status for m, c in _cells(view, "C04").items()} == dict.fromkeys(MODALITIES, Status.ABSENT)
    assert view.done == 2
    assert view.remaining == 20 - 2 - 4
    assert view.next_up == ("2026-12-07T10:00", "Thomas Girard", "Entretien technique")


OPEN = "Délibération non close"


def _running(ctx: AppContext) -> list[overview.ClosingIssue]:
    """What the closing check lists about the exam day (the open deliberations aside)."""
    return [i for i in overview.closing_check(ctx, S) if i.message != OPEN]


def test_closing_check_lists_what_is_missing(ctx: AppContext, clock: FakeClock) -> None:
    all_issues = overview.closing_check(ctx, S)
    issues = [i for i in all_issues if i.message != OPEN]
    assert len(issues) == 20
    assert all(i.juror == "" and "modalité non passée" in i.message for i in issues)
    # nothing is complete while a deliberation is open: each one is listed
    assert [i.candidate for i in all_issues if i.message == OPEN] == [
        "Camille Lefèvre",
        "Thomas Girard",
        "Inès Haddad",
        "Julien Moreau",
        "Sophie Marchand",
    ]
    assert {i.candidate for i in issues} == {
        "Camille Lefèvre",
        "Thomas Girard",
        "Inès Haddad",
        "Julien Moreau",
        "Sophie Marchand",
    }

    def c05_ef() -> list[overview.ClosingIssue]:
        return [
            i
            for i in _running(ctx)
            if i.candidate == "Sophie Marchand" and i.message.startswith("Entretien final")
        ]

    for juror in ("J1", "J2"):
        jurors.declare(ctx, S, "C05", juror, has_link=False)
    exam.start_modality(ctx, GridKey(S, "C05", "ef", "J1"), clock)
    issues = c05_ef()
    assert [i.juror for i in issues] == ["", "Martine Roussel", "Karim Benali"]
    assert "chronomètre non terminé" in issues[0].message
    assert all("grille incomplète" in i.message for i in issues[1:])

    clock.advance(1800)
    exam.finish_modality(ctx, GridKey(S, "C05", "ef", "J1"), clock)
    grids.set_observation(ctx, GridKey(S, "C05", "ef", "J1"), OVERALL, "projet mûri", clock)
    _fill(ctx, GridKey(S, "C05", "ef", "J2"), clock)
    assert [(i.juror, i.message) for i in c05_ef()] == [
        ("Martine Roussel", "Entretien final : grille incomplète (critère non noté ou appréciation manquante)")
    ]
    _fill(ctx, GridKey(S, "C05", "ef", "J1"), clock)
    assert c05_ef() == []
    assert _cells(overview.overview(ctx, S), "C05")["ef"].grids_complete == {"J1": True, "J2": True}


def test_closing_check_empty_for_a_candidate_fully_done(ctx: AppContext, clock: FakeClock) -> None:
    for juror in ("J1", "J2"):
        jurors.declare(ctx, S, "C01", juror, has_link=False)
    for modality in MODALITIES:
        _run(ctx, "C01", modality, clock)
    for modality in MODALITIES:
        _fill(ctx, GridKey(S, "C01", modality, "J1"), clock)
        _fill(ctx, GridKey(S, "C01", modality, "J2"), clock, skip_last_judgement=modality == "qp")

    c01 = [i for i in _running(ctx) if i.candidate == "Camille Lefèvre"]
    assert [(i.juror, i.message.split(" : ")[0]) for i in c01] == [
        ("Karim Benali", "Questionnement à partir de production(s)")
    ]
    grids.set_judgement(ctx, GridKey(S, "C01", "qp", "J2"), "CP15", Judgement.NOT_ACQUIRED, clock)
    assert [i for i in _running(ctx) if i.candidate == "Camille Lefèvre"] == []
    view = overview.overview(ctx, S)
    cells = _cells(view, "C01")
    assert all(c.status is Status.DONE and c.grids_complete == {"J1": True, "J2": True} for c in cells.values())
    assert view.done == 4
    # the other candidates are still listed
    assert len(_running(ctx)) == 20 - 4


@pytest.mark.parametrize("recused", ["J1", "J2"])
def test_closing_check_skips_a_recused_juror(ctx: AppContext, clock: FakeClock, recused: str) -> None:
    other = "J2" if recused == "J1" else "J1"
    jurors.declare(ctx, S, "C05", recused, has_link=True, note="parent")
    jurors.declare(ctx, S, "C05", other, has_link=False)
    exam.start_modality(ctx, GridKey(S, "C05", "ef", other), clock)
    exam.finish_modality(ctx, GridKey(S, "C05", "ef", other), clock)
    _fill(ctx, GridKey(S, "C05", "ef", other), clock)
    issues = [i for i in _running(ctx) if i.candidate == "Sophie Marchand"]
    assert [i.message for i in issues if i.message.startswith("Entretien final")] == []
    assert len(issues) == 3  # the other modalities, not yet taken
    row = next(r for r in overview.overview(ctx, S).rows if r.ref == "C05")
    assert row.recused == (recused,)


def test_absent_and_abandoned_need_nothing_more(ctx: AppContext, clock: FakeClock) -> None:
    exam.mark_absent(ctx, S, "C05", "J1", clock)
    jurors.declare(ctx, S, "C04", "J1", has_link=False)
    exam.start_modality(ctx, GridKey(S, "C04", "qp", "J1"), clock)
    exam.mark_abandoned(ctx, GridKey(S, "C04", "qp", "J1"), clock, "malaise")
    names = {i.candidate for i in _running(ctx)}
    assert "Sophie Marchand" not in names
    assert "Julien Moreau" not in names
    assert len(_running(ctx)) == 20 - 8
