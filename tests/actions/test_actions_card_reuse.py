"""Scenario cards: a card is drawn once a day; when none is left, an emergency reuse is possible only
as a recorded incident, with its reason (RE, seed 002, l. 1517: the draw by lot)."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from jury_app.actions import exam, jurors
from jury_app.actions.context import AppContext
from jury_app.actions.exam import GridKey, RunKey
from jury_app.data import models as db
from jury_app.domain.clock import FakeClock
from jury_app.domain.problems import InvalidInput
from jury_app.reports.build.pv import build_pv_report

SID = "DEMO-CIP-2026-11"


def test_an_emergency_reuse_only_when_no_card_is_left_and_as_an_incident(ctx: AppContext, clock: FakeClock) -> None:
    for cand in ("C01", "C02", "C03", "C04", "C05"):
        jurors.declare(ctx, SID, cand, "J1", has_link=False)
    drawn = []
    for cand in ("C01", "C02", "C03", "C04"):  # the demo has four cards
        view = exam.draw_scenario(ctx, GridKey(SID, cand, "msp", "J1"), clock, rng=random.Random(5))
        assert view.card is not None
        drawn.append(view.card.ref)
    assert sorted(drawn) == ["S1", "S2", "S3", "S4"]
    view = exam.run_view(ctx, RunKey(SID, "C05", "msp"), clock)
    assert view.cards_left == 0 and view.card is None
    with pytest.raises(InvalidInput, match="seule une réutilisation d'urgence reste possible"):
        exam.draw_scenario(ctx, GridKey(SID, "C05", "msp", "J1"), clock, rng=random.Random(5))
    with pytest.raises(InvalidInput, match="motif de la réutilisation d'urgence"):
        exam.draw_scenario(ctx, GridKey(SID, "C05", "msp", "J1"), clock, emergency_reason=" ", rng=random.Random(5))
    reason = "Candidat ajouté le matin même, pas de fiche de réserve"
    view = exam.draw_scenario(ctx, GridKey(SID, "C05", "msp", "J1"), clock, emergency_reason=reason, rng=random.Random(5))
    assert view.card is not None and view.card.ref in drawn
    with ctx.database.reader() as orm:
        row = orm.scalars(select(db.DrawRow).where(db.DrawRow.emergency.is_(True))).one()
        pv = build_pv_report(orm, SID, clock=clock)
    assert row.reason == reason
    c05 = next(c for c in pv.candidates if c.candidate.ref == "C05")
    assert any(
        f"Réutilisation d'urgence de la fiche scénario {view.card.ref}" in i.text and reason in i.text
        for i in c05.incidents
    )


def test_no_emergency_reuse_while_a_card_is_left(ctx: AppContext, clock: FakeClock) -> None:
    jurors.declare(ctx, SID, "C01", "J1", has_link=False)
    with pytest.raises(InvalidInput, match="4 fiche\\(s\\) pas encore tirée\\(s\\) aujourd'hui"):
        exam.draw_scenario(ctx, GridKey(SID, "C01", "msp", "J1"), clock, emergency_reason="urgence", rng=random.Random(1))
    assert exam.run_view(ctx, RunKey(SID, "C01", "msp"), clock).cards_left == 4
