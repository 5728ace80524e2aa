"""Jurors: who they are, their PIN on this laptop, and their declarations of (no) link."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from jury_app.actions import exam, grids, jurors, overview
from jury_app.actions.context import AppContext
from jury_app.actions.exam import RunKey
from jury_app.actions.grids import GridKey
from jury_app.data import models as db
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import Mark
from jury_app.domain.problems import InvalidInput

S = "DEMO-CIP-2026-11"


def _messages(exc: pytest.ExceptionInfo[InvalidInput]) -> str:
    return "\n".join(p.message for p in exc.value.problems)


def _incidents(ctx: AppContext, kind: str | None = None) -> list[db.Incident]:
    with ctx.database.reader() as orm:
        q = select(db.Incident).where(db.Incident.session_id == S)
        if kind is not None:
            q = q.where(db.Incident.kind == kind)
        return list(orm.scalars(q.order_by(db.Incident.pk)))


# --- members and PIN ---------------------------------------------------------------------------


def test_jury_members_lists_both_jurors_without_pin(ctx: AppContext) -> None:
    members = jurors.jury_members(ctx, S)
    assert [m.ref for m in members] == ["J1", "J2"]
    assert [m.role for m in members] == ["president", "member"]
    assert all(not m.has_pin for m in members)
    assert members[0].name == "Martine Roussel"


def test_jury_problems_empty_for_demo(ctx: AppContext) -> None:
    assert jurors.jury_problems(ctx, S) == []


def test_set_pin_then_verify(ctx: AppContext) -> None:
    jurors.set_pin(ctx, S, "J1", "4821", lead_passphrase="phrase du responsable")
    members = {m.ref: m for m in jurors.jury_members(ctx, S)}
    assert members["J1"].has_pin
    assert not members["J2"].has_pin
    assert jurors.verify_pin(ctx, S, "J1", "4821")
    assert not jurors.verify_pin(ctx, S, "J1", "4822")
    assert not jurors.verify_pin(ctx, S, "J1", "")
    # J2 has no PIN: nothing verifies
    assert not jurors.verify_pin(ctx, S, "J2", "4821")


@pytest.mark.parametrize("pin", ["", "123", "12a4", "abcd", "12 34", "-1234"])
def test_set_pin_refuses_short_or_non_digit(ctx: AppContext, pin: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        jurors.set_pin(ctx, S, "J1", pin, lead_passphrase="phrase du responsable")
    assert "au moins 4 chiffres" in _messages(exc)
    assert not jurors.jury_members(ctx, S)[0].has_pin


def test_set_pin_refused_when_already_set(ctx: AppContext) -> None:
    jurors.set_pin(ctx, S, "J2", "123456", lead_passphrase="phrase du responsable")
    with pytest.raises(InvalidInput) as exc:
        jurors.set_pin(ctx, S, "J2", "999999", lead_passphrase="phrase du responsable")
    assert "déjà un code" in _messages(exc)
    # the first PIN still holds, the second was not taken
    assert jurors.verify_pin(ctx, S, "J2", "123456")
    assert not jurors.verify_pin(ctx, S, "J2", "999999")


def test_set_pin_unknown_juror(ctx: AppContext) -> None:
    with pytest.raises(InvalidInput) as exc:
        jurors.set_pin(ctx, S, "J9", "1234", lead_passphrase="phrase du responsable")
    assert "juré inconnu" in _messages(exc)


def test_a_pin_is_chosen_only_with_the_session_leads_passphrase(ctx: AppContext, clock: FakeClock) -> None:
    jurors.set_pin(ctx, S, "J1", "4821", lead_passphrase="phrase du responsable")  # the lead's key is made
    assert jurors.lead_key_exists(ctx)
    with pytest.raises(InvalidInput):  # the other juror cannot take J2's name with a guess
        jurors.set_pin(ctx, S, "J2", "1111", lead_passphrase="une autre phrase", clock=clock)
    assert not {m.ref: m for m in jurors.jury_members(ctx, S)}["J2"].has_pin
    jurors.set_pin(ctx, S, "J2", "1111", lead_passphrase="phrase du responsable", clock=clock)
    assert jurors.verify_pin(ctx, S, "J2", "1111", clock=clock)


def test_wrong_pins_wait_longer_and_longer_even_after_a_restart(ctx: AppContext, clock: FakeClock) -> None:
    jurors.set_pin(ctx, S, "J1", "4821", lead_passphrase="phrase du responsable")
    for _ in range(5):  # five free tries
        assert not jurors.verify_pin(ctx, S, "J1", "0000", clock=clock)
    assert jurors.pin_wait(ctx, S, "J1", clock=clock) == 0
    assert not jurors.verify_pin(ctx, S, "J1", "0000", clock=clock)  # the sixth: 30 s to wait
    assert jurors.pin_wait(ctx, S, "J1", clock=clock) == 30
    with pytest.raises(InvalidInput) as exc:  # even the right PIN waits
        jurors.verify_pin(ctx, S, "J1", "4821", clock=clock)
    assert "trop d'essais erronés (code personnel) : réessayez dans 30 s" in _messages(exc)

    restarted = AppContext(ctx.paths)  # the app closed and opened again: the wait holds
    try:
        assert jurors.pin_wait(restarted, S, "J1", clock=clock) == 30
        clock.advance(31)
        assert not jurors.verify_pin(restarted, S, "J1", "9999", clock=clock)  # the seventh: 60 s
        assert jurors.pin_wait(restarted, S, "J1", clock=clock) == 60
        clock.advance(61)
        assert jurors.verify_pin(restarted, S, "J1", "4821", clock=clock)
        assert not jurors.verify_pin(restarted, S, "J1", "0000", clock=clock)  # the count started again
        assert jurors.pin_wait(restarted, S, "J1", clock=clock) == 0
    finally:
        restarted.close()


def test_the_lead_resets_a_forgotten_pin_and_its_wait(ctx: AppContext, clock: FakeClock) -> None:
    jurors.set_pin(ctx, S, "J2", "2222", lead_passphrase="phrase du responsable")
    for _ in range(6):
        assert not jurors.verify_pin(ctx, S, "J2", "0000", clock=clock)
    assert jurors.pin_wait(ctx, S, "J2", clock=clock) == 30
    jurors.reset_juror(ctx, S, "J2", reason="code oublié", lead_passphrase="phrase du responsable", clock=clock)
    assert jurors.pin_wait(ctx, S, "J2", clock=clock) == 0
    jurors.set_pin(ctx, S, "J2", "3333", lead_passphrase="phrase du responsable", clock=clock)
    assert jurors.verify_pin(ctx, S, "J2", "3333", clock=clock)


# --- declarations ------------------------------------------------------------------------------


def test_without_declaration_start_draw_and_mark_are_refused(ctx: AppContext, clock: FakeClock) -> None:
    with pytest.raises(InvalidInput) as exc:
        exam.draw_scenario(ctx, GridKey(S, "C01", "msp", "J1"), clock, rng=random.Random(1))
    assert "déclarez d'abord" in _messages(exc)
    with pytest.raises(InvalidInput) as exc:
        exam.start_modality(ctx, GridKey(S, "C01", "qp", "J1"), clock)
    assert "déclarez d'abord" in _messages(exc)
    with pytest.raises(InvalidInput) as exc:
        grids.set_mark(ctx, GridKey(S, "C01", "msp", "J1"), "CP1.1", Mark.SATISFIED, clock)
    assert "déclarez d'abord" in _messages(exc)
    # nothing was recorded by the refused actions
    assert exam.run_view(ctx, RunKey(S, "C01", "qp"), clock).events == ()
    assert grids.grid_view(ctx, GridKey(S, "C01", "msp", "J1")).marks == {}


def test_declaring_no_link_allows(ctx: AppContext, clock: FakeClock) -> None:
    view = jurors.declare(ctx, S, "C01", "J1", has_link=False)
    assert view == jurors.DeclarationView("C01", "J1", False, "")
    exam.draw_scenario(ctx, GridKey(S, "C01", "msp", "J1"), clock, rng=random.Random(1))
    run = exam.start_modality(ctx, GridKey(S, "C01", "msp", "J1"), clock)
    assert run.status.value == "in_progress"
    g = grids.set_mark(ctx, GridKey(S, "C01", "msp", "J1"), "CP1.1", Mark.SATISFIED, clock)
    assert g.marks == {"CP1.1": Mark.SATISFIED}
    assert jurors.declarations(ctx, S) == {("C01", "J1"): view}
    assert _incidents(ctx, "recusal") == []


def test_link_requires_a_note(ctx: AppContext) -> None:
    for note in ("", "   "):
        with pytest.raises(InvalidInput) as exc:
            jurors.declare(ctx, S, "C02", "J1", has_link=True, note=note)
        assert "précisez la nature du lien" in _messages(exc)
    assert jurors.declarations(ctx, S) == {}
    assert _incidents(ctx) == []


def test_declare_unknown_candidate(ctx: AppContext) -> None:
    with pytest.raises(InvalidInput) as exc:
        jurors.declare(ctx, S, "C99", "J1", has_link=False)
    assert "candidat inconnu" in _messages(exc)


def test_recusal_blocks_that_juror_only(ctx: AppContext, clock: FakeClock) -> None:
    jurors.declare(ctx, S, "C02", "J1", has_link=True, note=" ancienne collègue ")
    jurors.declare(ctx, S, "C02", "J2", has_link=False)

    decl = jurors.declarations(ctx, S)
    assert decl[("C02", "J1")].has_link
    assert decl[("C02", "J1")].note == "ancienne collègue"
    recusals = _incidents(ctx, "recusal")
    assert len(recusals) == 1
    assert recusals[0].candidate_ref == "C02"
    assert recusals[0].juror_ref == "J1"
    assert "ancienne collègue" in recusals[0].text

    with pytest.raises(InvalidInput) as exc:
        grids.set_mark(ctx, GridKey(S, "C02", "qp", "J1"), "CP3.1", Mark.SATISFIED, clock)
    assert "récusé" in _messages(exc)
    with pytest.raises(InvalidInput) as exc:
        exam.start_modality(ctx, GridKey(S, "C02", "qp", "J1"), clock)
    assert "récusé" in _messages(exc)

    g = grids.set_mark(ctx, GridKey(S, "C02", "qp", "J2"), "CP3.1", Mark.SATISFIED, clock)
    assert g.marks == {"CP3.1": Mark.SATISFIED}
    assert exam.start_modality(ctx, GridKey(S, "C02", "qp", "J2"), clock).status.value == "in_progress"

    # J1 is recused for C02 only
    jurors.declare(ctx, S, "C01", "J1", has_link=False)
    grids.set_mark(ctx, GridKey(S, "C01", "qp", "J1"), "CP3.1", Mark.SATISFIED, clock)

    ov = overview.overview(ctx, S)
    rows = {r.ref: r for r in ov.rows}
    assert rows["C02"].recused == ("J1",)
    assert rows["C01"].recused == ()


def test_no_link_then_link_upgrades_to_recusal(ctx: AppContext, clock: FakeClock) -> None:
    jurors.declare(ctx, S, "C03", "J2", has_link=False)
    grids.set_mark(ctx, GridKey(S, "C03", "qp", "J2"), "CP3.1", Mark.SATISFIED, clock)
    jurors.declare(ctx, S, "C03", "J2", has_link=True, note="voisin")
    assert jurors.declarations(ctx, S)[("C03", "J2")].has_link
    assert len(_incidents(ctx, "recusal")) == 1
    with pytest.raises(InvalidInput):
        grids.set_mark(ctx, GridKey(S, "C03", "qp", "J2"), "CP3.2", Mark.SATISFIED, clock)


def test_recusal_cannot_be_withdrawn_or_repeated(ctx: AppContext) -> None:
    jurors.declare(ctx, S, "C04", "J1", has_link=True, note="cousin")
    for has_link, note in ((False, ""), (True, "encore")):
        with pytest.raises(InvalidInput) as exc:
            jurors.declare(ctx, S, "C04", "J1", has_link=has_link, note=note)
        assert "déjà enregistrée" in _messages(exc)
    assert jurors.declarations(ctx, S)[("C04", "J1")].has_link
    assert len(_incidents(ctx, "recusal")) == 1
