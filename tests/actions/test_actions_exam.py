"""The exam room: the draw by lot, the timer, extra time, absences, and mock-session tools."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from jury_app.actions import exam, grids, jurors
from jury_app.actions.context import AppContext
from jury_app.actions.exam import RunKey
from jury_app.actions.grids import GridKey
from jury_app.actions.packages import import_
from jury_app.data import models as db
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import Mark
from jury_app.domain.problems import InvalidInput
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.timer import TimerStatus
from jury_app.paths import resolve

S = "DEMO-CIP-2026-11"
CARDS = {"S1", "S2", "S3", "S4"}


def _messages(exc: pytest.ExceptionInfo[InvalidInput]) -> str:
    return "\n".join(p.message for p in exc.value.problems)


def _incidents(ctx: AppContext, session_id: str = S, kind: str | None = None) -> list[db.Incident]:
    with ctx.database.reader() as orm:
        q = select(db.Incident).where(db.Incident.session_id == session_id)
        if kind is not None:
            q = q.where(db.Incident.kind == kind)
        return list(orm.scalars(q.order_by(db.Incident.pk)))


def _declare_all(ctx: AppContext, candidate: str, session_id: str = S) -> None:
    for juror in ("J1", "J2"):
        jurors.declare(ctx, session_id, candidate, juror, has_link=False)


# --- the draw by lot ---------------------------------------------------------------------------


def test_draw_gives_one_of_the_cards(ctx: AppContext, clock: FakeClock) -> None:
    _declare_all(ctx, "C01")
    view = exam.draw_scenario(ctx, GridKey(S, "C01", "msp", "J1"), clock, witness=" M. Témoin ", rng=random.Random(7))
    assert view.card is not None
    assert view.card.ref in CARDS
    assert view.card.witness == "M. Témoin"
    assert view.card.drawn_at == clock.now()
    assert view.card.title and view.card.actor_text
    assert view.redraws == 0
    assert view.status is Status.TODO
    # the draw is kept: another reader sees it
    assert exam.run_view(ctx, RunKey(S, "C01", "msp"), clock).card == view.card


def test_second_draw_needs_a_reason_and_redraw_changes_card(ctx: AppContext, clock: FakeClock) -> None:
    _declare_all(ctx, "C01")
    first = exam.draw_scenario(ctx, GridKey(S, "C01", "msp", "J1"), clock, rng=random.Random(3))
    assert first.card is not None
    with pytest.raises(InvalidInput) as exc:
        exam.draw_scenario(ctx, GridKey(S, "C01", "msp", "J1"), clock, rng=random.Random(4))
    assert "demande une raison" in _messages(exc)
    assert exam.run_view(ctx, RunKey(S, "C01", "msp"), clock).card == first.card

    with pytest.raises(InvalidInput):  # a blank reason is no reason
        exam.draw_scenario(ctx, GridKey(S, "C01", "msp", "J1"), clock, redraw_reason="  ", rng=random.Random(4))
    assert exam.run_view(ctx, RunKey(S, "C01", "msp"), clock).card == first.card
    assert _incidents(ctx) == []

    clock.advance(30)
    previous = first.card.ref
    seen = {previous}
    for n, seed in enumerate((11, 12), start=1):
        again = exam.draw_scenario(
            ctx,
            GridKey(S, "C01", "msp", "J1"),
            clock,
            redraw_reason="fiche déjà connue du candidat",
            rng=random.Random(seed),
        )
        assert again.card is not None
        assert again.card.ref in CARDS
        assert again.card.ref != previous
        assert again.card.ref not in seen  # a card set aside is not drawn again that day
        assert again.redraws == n
        previous = again.card.ref
        seen.add(previous)
    others = _incidents(ctx, kind="other")
    assert len(others) == 2
    assert all("fiche déjà connue du candidat" in i.text for i in others)
    assert all(i.modality_id == "msp" and i.candidate_ref == "C01" for i in others)


def test_redraw_without_a_first_draw_is_refused(ctx: AppContext, clock: FakeClock) -> None:
    _declare_all(ctx, "C01")
    with pytest.raises(InvalidInput) as exc:
        exam.draw_scenario(ctx, GridKey(S, "C01", "msp", "J1"), clock, redraw_reason="x", rng=random.Random(1))
    assert "aucune fiche" in _messages(exc)


def test_cards_are_unique_per_day(ctx: AppContext, clock: FakeClock) -> None:
    drawn = []
    for i, cand in enumerate(("C01", "C02", "C03", "C04")):
        _declare_all(ctx, cand)
        clock.advance(600)
        view = exam.draw_scenario(ctx, GridKey(S, cand, "msp", "J1"), clock, rng=random.Random(i))
        assert view.card is not None
        drawn.append(view.card.ref)
    assert sorted(drawn) == sorted(CARDS)

    _declare_all(ctx, "C05")
    with pytest.raises(InvalidInput) as exc:
        exam.draw_scenario(ctx, GridKey(S, "C05", "msp", "J1"), clock, rng=random.Random(9))
    assert "toutes les fiches scénario ont déjà été tirées aujourd'hui" in _messages(exc)
    assert exam.run_view(ctx, RunKey(S, "C05", "msp"), clock).card is None

    # a redraw cannot take a card either: none is left that day
    with pytest.raises(InvalidInput) as exc:
        exam.draw_scenario(ctx, GridKey(S, "C04", "msp", "J1"), clock, redraw_reason="oubli", rng=random.Random(9))
    assert "toutes les fiches scénario ont déjà été tirées aujourd'hui" in _messages(exc)
    view = exam.run_view(ctx, RunKey(S, "C04", "msp"), clock)
    assert view.card is not None and view.card.ref == drawn[3]
    assert view.redraws == 0

    # the next day, every card is available again
    clock.advance(24 * 3600)
    view = exam.draw_scenario(ctx, GridKey(S, "C05", "msp", "J1"), clock, rng=random.Random(9))
    assert view.card is not None and view.card.ref in CARDS


def test_a_redrawn_card_stays_used_that_day(ctx: AppContext, clock: FakeClock) -> None:
    _declare_all(ctx, "C01")
    first = exam.draw_scenario(ctx, GridKey(S, "C01", "msp", "J1"), clock, rng=random.Random(0)).card
    second = exam.draw_scenario(
        ctx, GridKey(S, "C01", "msp", "J1"), clock, redraw_reason="r", rng=random.Random(0)
    ).card
    assert first is not None and second is not None
    seen = {first.ref, second.ref}
    for i, cand in enumerate(("C02", "C03")):
        _declare_all(ctx, cand)
        card = exam.draw_scenario(ctx, GridKey(S, cand, "msp", "J1"), clock, rng=random.Random(i)).card
        assert card is not None and card.ref not in seen
        seen.add(card.ref)
    assert seen == CARDS
    _declare_all(ctx, "C04")
    with pytest.raises(InvalidInput):
        exam.draw_scenario(ctx, GridKey(S, "C04", "msp", "J1"), clock, rng=random.Random(5))


def test_draw_refused_after_the_modality_started(ctx: AppContext, clock: FakeClock) -> None:
    _declare_all(ctx, "C01")
    card = exam.draw_scenario(ctx, GridKey(S, "C01", "msp", "J1"), clock, rng=random.Random(1)).card
    exam.start_modality(ctx, GridKey(S, "C01", "msp", "J1"), clock)
    clock.advance(60)
    with pytest.raises(InvalidInput) as exc:
        exam.draw_scenario(ctx, GridKey(S, "C01", "msp", "J1"), clock, redraw_reason="trop tard", rng=random.Random(2))
    assert "a commencé" in _messages(exc)
    assert exam.run_view(ctx, RunKey(S, "C01", "msp"), clock).card == card


def test_no_draw_for_a_modality_without_lot(ctx: AppContext, clock: FakeClock) -> None:
    _declare_all(ctx, "C01")
    with pytest.raises(InvalidInput) as exc:
        exam.draw_scenario(ctx, GridKey(S, "C01", "qp", "J1"), clock, rng=random.Random(1))
    assert "tirage au sort" in _messages(exc)


# --- the timer ---------------------------------------------------------------------------------


def test_start_msp_refused_before_the_draw(ctx: AppContext, clock: FakeClock) -> None:
    _declare_all(ctx, "C01")
    with pytest.raises(InvalidInput) as exc:
        exam.start_modality(ctx, GridKey(S, "C01", "msp", "J1"), clock)
    assert "tirez d'abord" in _messages(exc)
    view = exam.run_view(ctx, RunKey(S, "C01", "msp"), clock)
    assert view.status is Status.TODO
    assert view.events == ()


def test_timer_lifecycle(ctx: AppContext, clock: FakeClock) -> None:
    _declare_all(ctx, "C01")
    exam.draw_scenario(ctx, GridKey(S, "C01", "msp", "J1"), clock, rng=random.Random(1))
    before = exam.run_view(ctx, RunKey(S, "C01", "msp"), clock)
    assert before.timer.status is TimerStatus.NOT_STARTED
    assert [(p.id, p.duration_s) for p in before.plan] == [("preparation", 900), ("entretien", 1800)]
    assert before.timer.remaining_s == 900

    v = exam.start_modality(ctx, GridKey(S, "C01", "msp", "J1"), clock)
    assert v.status is Status.IN_PROGRESS
    assert v.timer.status is TimerStatus.RUNNING
    assert v.timer.phase is not None and v.timer.phase.id == "preparation"
    assert v.timer.elapsed_s == 0

    clock.advance(100)
    assert exam.run_view(ctx, RunKey(S, "C01", "msp"), clock).timer.elapsed_s == 100

    # The clock stops at once; the reason comes after, while paused, and is required to go on.
    j1 = GridKey(S, "C01", "msp", "J1")
    v = exam.pause_modality(ctx, j1, clock)
    assert v.timer.status is TimerStatus.PAUSED and v.timer.reason_missing
    assert _incidents(ctx, kind="pause") == []
    paused_at = clock.now()
    clock.advance(20)
    with pytest.raises(InvalidInput) as exc:
        exam.resume_modality(ctx, j1, clock)
    assert "raison de la pause" in _messages(exc)
    with pytest.raises(InvalidInput) as exc:
        exam.give_pause_reason(ctx, j1, clock, "  ")
    assert "raison de la pause" in _messages(exc)
    v = exam.give_pause_reason(ctx, j1, clock, " malaise du candidat ")
    assert v.timer.status is TimerStatus.PAUSED and not v.timer.reason_missing
    pauses = _incidents(ctx, kind="pause")
    assert len(pauses) == 1
    assert "malaise du candidat" in pauses[0].text
    assert (pauses[0].candidate_ref, pauses[0].modality_id, pauses[0].juror_ref) == ("C01", "msp", "J1")
    assert pauses[0].at == paused_at  # dated from the keystroke, not from the reason
    with pytest.raises(InvalidInput):  # given once
        exam.give_pause_reason(ctx, j1, clock, "autre")

    clock.advance(30)
    paused = exam.run_view(ctx, RunKey(S, "C01", "msp"), clock).timer
    assert paused.elapsed_s == 100  # a pause does not count
    assert paused.paused_s == 50

    with pytest.raises(InvalidInput):  # cannot pause twice
        exam.pause_modality(ctx, GridKey(S, "C01", "msp", "J1"), clock, "encore")

    v = exam.resume_modality(ctx, GridKey(S, "C01", "msp", "J2"), clock)
    assert v.timer.status is TimerStatus.RUNNING
    clock.advance(30)
    t = exam.run_view(ctx, RunKey(S, "C01", "msp"), clock).timer
    assert t.elapsed_s == 130
    assert t.paused_s == 50
    assert t.remaining_s == 900 - 130
    assert t.next_phase is not None and t.next_phase.id == "entretien"

    v = exam.next_phase(ctx, GridKey(S, "C01", "msp", "J1"), clock)
    assert v.timer.phase is not None and v.timer.phase.id == "entretien"
    assert v.timer.elapsed_s == 0
    assert v.timer.phase_actuals[0].elapsed_s == 130
    clock.advance(1800 + 20)
    t = exam.run_view(ctx, RunKey(S, "C01", "msp"), clock).timer
    assert t.remaining_s == -20
    assert t.overtime_s == 20

    with pytest.raises(InvalidInput):  # no phase after the last one
        exam.next_phase(ctx, GridKey(S, "C01", "msp", "J1"), clock)

    v = exam.finish_modality(ctx, GridKey(S, "C01", "msp", "J1"), clock)
    assert v.status is Status.DONE
    assert v.timer.status is TimerStatus.FINISHED
    assert [e.kind.value for e in v.events] == ["start", "pause", "resume", "next", "finish"]
    clock.advance(600)  # frozen once finished
    t = exam.run_view(ctx, RunKey(S, "C01", "msp"), clock).timer
    assert t.elapsed_s == 1820
    with pytest.raises(InvalidInput):
        exam.start_modality(ctx, GridKey(S, "C01", "msp", "J1"), clock)


def test_timer_actions_before_start_are_refused(ctx: AppContext, clock: FakeClock) -> None:
    _declare_all(ctx, "C01")
    for action in (exam.resume_modality, exam.next_phase, exam.finish_modality):
        with pytest.raises(InvalidInput):
            action(ctx, GridKey(S, "C01", "qp", "J1"), clock)
    with pytest.raises(InvalidInput):
        exam.pause_modality(ctx, GridKey(S, "C01", "qp", "J1"), clock, "raison")
    assert exam.run_view(ctx, RunKey(S, "C01", "qp"), clock).status is Status.TODO


def test_et_refused_before_msp_is_done(ctx: AppContext, clock: FakeClock) -> None:
    _declare_all(ctx, "C01")
    with pytest.raises(InvalidInput) as exc:
        exam.start_modality(ctx, GridKey(S, "C01", "et", "J1"), clock)
    assert "Mise en situation professionnelle" in _messages(exc)

    exam.draw_scenario(ctx, GridKey(S, "C01", "msp", "J1"), clock, rng=random.Random(1))
    exam.start_modality(ctx, GridKey(S, "C01", "msp", "J1"), clock)
    with pytest.raises(InvalidInput) as exc:  # started is not done
        exam.start_modality(ctx, GridKey(S, "C01", "et", "J1"), clock)
    assert "Mise en situation professionnelle" in _messages(exc)
    assert exam.run_view(ctx, RunKey(S, "C01", "et"), clock).status is Status.TODO

    clock.advance(60)
    exam.finish_modality(ctx, GridKey(S, "C01", "msp", "J1"), clock)
    v = exam.start_modality(ctx, GridKey(S, "C01", "et", "J1"), clock)
    assert v.status is Status.IN_PROGRESS


def test_restart_continues_the_timer(ctx: AppContext, clock: FakeClock) -> None:
    _declare_all(ctx, "C02")
    exam.draw_scenario(ctx, GridKey(S, "C02", "msp", "J1"), clock, rng=random.Random(1))
    exam.start_modality(ctx, GridKey(S, "C02", "msp", "J1"), clock)
    clock.advance(120)
    exam.pause_modality(ctx, GridKey(S, "C02", "msp", "J1"), clock, "alarme incendie")
    clock.advance(60)
    exam.resume_modality(ctx, GridKey(S, "C02", "msp", "J1"), clock)
    clock.advance(45)
    before = exam.run_view(ctx, RunKey(S, "C02", "msp"), clock)
    assert before.timer.elapsed_s == 165
    ctx.close()

    reopened = AppContext(resolve(ctx.paths.root))
    try:
        after = exam.run_view(reopened, RunKey(S, "C02", "msp"), clock)
        assert after.timer == before.timer
        assert after.events == before.events
        assert after.card == before.card
        assert after.status is Status.IN_PROGRESS
        # the phase goes on while the app is closed
        clock.advance(300)
        later = exam.run_view(reopened, RunKey(S, "C02", "msp"), clock)
        assert later.timer.status is TimerStatus.RUNNING
        assert later.timer.elapsed_s == 465
        assert later.timer.remaining_s == 900 - 465
        # and it can be driven from the reopened app
        v = exam.next_phase(reopened, GridKey(S, "C02", "msp", "J2"), clock)
        assert v.timer.phase is not None and v.timer.phase.id == "entretien"
    finally:
        reopened.close()


def test_extra_time_lengthens_the_plan(ctx: AppContext, clock: FakeClock) -> None:
    c03 = exam.run_view(ctx, RunKey(S, "C03", "msp"), clock)
    c01 = exam.run_view(ctx, RunKey(S, "C01", "msp"), clock)
    assert c03.extra_time_percent == 33
    assert c01.extra_time_percent == 0
    assert [p.duration_s for p in c03.plan] == [1200, 2400]  # whole minutes, rounded up
    assert [p.duration_s for p in c01.plan] == [900, 1800]
    assert c03.timer.remaining_s == 1200

    _declare_all(ctx, "C03")
    exam.draw_scenario(ctx, GridKey(S, "C03", "msp", "J1"), clock, rng=random.Random(1))
    exam.start_modality(ctx, GridKey(S, "C03", "msp", "J1"), clock)
    clock.advance(1000)
    t = exam.run_view(ctx, RunKey(S, "C03", "msp"), clock).timer
    assert t.remaining_s == 200
    assert not t.proposes_next


# --- absent, abandoned -------------------------------------------------------------------------


def test_mark_absent(ctx: AppContext, clock: FakeClock) -> None:
    _declare_all(ctx, "C02")
    exam.start_modality(ctx, GridKey(S, "C02", "qp", "J1"), clock)
    clock.advance(60)
    exam.finish_modality(ctx, GridKey(S, "C02", "qp", "J1"), clock)
    exam.mark_absent(ctx, S, "C02", "J1", clock, note="ne s'est pas présenté l'après-midi")
    statuses = {m: exam.run_view(ctx, RunKey(S, "C02", m), clock).status for m in ("msp", "et", "qp", "ef")}
    assert statuses == {"msp": Status.ABSENT, "et": Status.ABSENT, "qp": Status.DONE, "ef": Status.ABSENT}
    absences = _incidents(ctx, kind="absence")
    assert len(absences) == 1
    assert absences[0].candidate_ref == "C02"
    assert "ne s'est pas présenté" in absences[0].text

    with pytest.raises(InvalidInput) as exc:
        exam.start_modality(ctx, GridKey(S, "C02", "ef", "J1"), clock)
    assert "absent" in _messages(exc)
    with pytest.raises(InvalidInput) as exc:
        exam.start_modality(ctx, GridKey(S, "C02", "msp", "J1"), clock)
    assert "absent" in _messages(exc)
    # nor is a scenario card drawn (and used up for the day) for an absent candidate
    with pytest.raises(InvalidInput) as exc:
        exam.draw_scenario(ctx, GridKey(S, "C02", "msp", "J1"), clock, rng=random.Random(1))
    assert "absent" in _messages(exc)
    assert exam.run_view(ctx, RunKey(S, "C02", "msp"), clock).card is None
    assert exam.run_view(ctx, RunKey(S, "C02", "ef"), clock).events == ()


def test_mark_abandoned_needs_circumstances(ctx: AppContext, clock: FakeClock) -> None:
    _declare_all(ctx, "C04")
    exam.start_modality(ctx, GridKey(S, "C04", "qp", "J1"), clock)
    with pytest.raises(InvalidInput) as exc:
        exam.mark_abandoned(ctx, GridKey(S, "C04", "qp", "J1"), clock, "   ")
    assert "circonstances" in _messages(exc)
    assert exam.run_view(ctx, RunKey(S, "C04", "qp"), clock).status is Status.IN_PROGRESS
    assert _incidents(ctx) == []

    clock.advance(300)
    exam.mark_abandoned(ctx, GridKey(S, "C04", "qp", "J1"), clock, "le candidat quitte la salle")
    for mod in ("msp", "et", "qp", "ef"):
        assert exam.run_view(ctx, RunKey(S, "C04", mod), clock).status is Status.ABANDONED
    abandons = _incidents(ctx, kind="abandonment")
    assert len(abandons) == 1
    assert abandons[0].modality_id == "qp"
    assert "quitte la salle" in abandons[0].text
    with pytest.raises(InvalidInput):
        exam.start_modality(ctx, GridKey(S, "C04", "ef", "J1"), clock)
    with pytest.raises(InvalidInput):
        exam.draw_scenario(ctx, GridKey(S, "C04", "msp", "J1"), clock, rng=random.Random(1))


def test_record_incident(ctx: AppContext, clock: FakeClock) -> None:
    with pytest.raises(InvalidInput):
        exam.record_incident(ctx, S, "C01", None, "J1", "  ", clock)
    exam.record_incident(ctx, S, "C01", "qp", "J1", " panne de vidéoprojecteur ", clock)
    [incident] = _incidents(ctx)
    assert (incident.kind, incident.text, incident.at) == ("other", "panne de vidéoprojecteur", clock.now())


# --- mock sessions -----------------------------------------------------------------------------


def test_speed_and_reset_refused_on_a_title_session(ctx: AppContext, clock: FakeClock) -> None:
    with pytest.raises(InvalidInput) as exc:
        exam.set_timer_speed(ctx, S, 10)
    assert "réservée aux examens blancs" in _messages(exc)
    with pytest.raises(InvalidInput) as exc:
        exam.reset_candidate(ctx, S, "C01", clock)
    assert "réservée aux examens blancs" in _messages(exc)
    with ctx.database.reader() as orm:
        assert orm.get(db.Session, S).timer_speed == 1.0  # type: ignore[union-attr]


MOCK = "MOCK-CIP-2026-11"


@pytest.fixture
def mock_ctx(ctx: AppContext, repackage: Any, tmp_path: Path) -> AppContext:
    def to_mock(manifest: dict[str, Any]) -> None:
        manifest["session"]["kind"] = "mock"
        manifest["session"]["id"] = MOCK

    result = import_(ctx, repackage(tmp_path / "mock.zip", to_mock))
    assert result.status == "imported"
    assert result.session_id == MOCK
    return ctx


def test_mock_speed(mock_ctx: AppContext, clock: FakeClock) -> None:
    ctx = mock_ctx
    for bad in (0, 0.05, 61, 1000):
        with pytest.raises(InvalidInput) as exc:
            exam.set_timer_speed(ctx, MOCK, bad)
        assert "vitesse" in _messages(exc)
    exam.set_timer_speed(ctx, MOCK, 10)
    _declare_all(ctx, "C01", MOCK)
    exam.draw_scenario(ctx, GridKey(MOCK, "C01", "msp", "J1"), clock, rng=random.Random(1))
    v = exam.start_modality(ctx, GridKey(MOCK, "C01", "msp", "J1"), clock)
    assert v.mock and v.speed == 10
    clock.advance(60)
    t = exam.run_view(ctx, RunKey(MOCK, "C01", "msp"), clock).timer
    assert t.elapsed_s == 600
    assert t.remaining_s == 300
    # the title session sharing the same data folder keeps real time
    _declare_all(ctx, "C01")
    exam.start_modality(ctx, GridKey(S, "C01", "qp", "J1"), clock)
    clock.advance(60)
    assert exam.run_view(ctx, RunKey(S, "C01", "qp"), clock).timer.elapsed_s == 60
    assert exam.run_view(ctx, RunKey(MOCK, "C01", "msp"), clock).timer.elapsed_s == 1200


def _counts(ctx: AppContext, session_id: str, candidate: str) -> dict[str, int]:
    with ctx.database.reader() as orm:
        return {
            model.__tablename__: orm.scalar(
                select(func.count())
                .select_from(model)
                .where(model.session_id == session_id, model.candidate_ref == candidate)
            )
            or 0
            for model in (db.ModalityRun, db.Grid, db.Declaration, db.Incident)
        }


def _record_everything(ctx: AppContext, session_id: str, candidate: str, clock: FakeClock) -> None:
    _declare_all(ctx, candidate, session_id)
    exam.draw_scenario(ctx, GridKey(session_id, candidate, "msp", "J1"), clock, rng=random.Random(candidate))
    exam.start_modality(ctx, GridKey(session_id, candidate, "msp", "J1"), clock)
    exam.pause_modality(ctx, GridKey(session_id, candidate, "msp", "J1"), clock, "pause")
    for juror in ("J1", "J2"):
        key = GridKey(session_id, candidate, "msp", juror)
        grids.set_mark(ctx, key, "CP1.1", Mark.SATISFIED, clock)
        grids.add_note(ctx, key, "note", "préparation", clock)


def test_mock_reset_candidate(mock_ctx: AppContext, clock: FakeClock) -> None:
    ctx = mock_ctx
    _record_everything(ctx, MOCK, "C01", clock)
    _record_everything(ctx, MOCK, "C02", clock)
    _record_everything(ctx, S, "C01", clock)  # the same refs in the title session
    assert all(_counts(ctx, MOCK, "C01").values())

    with pytest.raises(InvalidInput):
        exam.reset_candidate(ctx, MOCK, "C99", clock)

    exam.reset_candidate(ctx, MOCK, "C01", clock)
    assert _counts(ctx, MOCK, "C01") == {"modality_runs": 0, "grids": 0, "declarations": 0, "incidents": 0}
    assert _counts(ctx, MOCK, "C02") == {"modality_runs": 1, "grids": 2, "declarations": 2, "incidents": 1}
    assert _counts(ctx, S, "C01") == {"modality_runs": 1, "grids": 2, "declarations": 2, "incidents": 1}
    with ctx.database.reader() as orm:  # nothing left behind in the child tables either
        events = orm.scalar(select(func.count()).select_from(db.TimerEventRow))
        draws = orm.scalar(select(func.count()).select_from(db.DrawRow))
        changes = orm.scalar(select(func.count()).select_from(db.GridChange))
        marks = orm.scalar(select(func.count()).select_from(db.CriterionMark))
        notes = orm.scalar(select(func.count()).select_from(db.GridNote))
    assert (events, draws, marks, notes, changes) == (4, 2, 4, 4, 8)

    # the candidate can rehearse again from scratch: a declaration is needed anew
    v = exam.run_view(ctx, RunKey(MOCK, "C01", "msp"), clock)
    assert v.status is Status.TODO and v.card is None and v.events == ()
    assert grids.grid_view(ctx, GridKey(MOCK, "C01", "msp", "J1")).marks == {}
    with pytest.raises(InvalidInput):
        exam.draw_scenario(ctx, GridKey(MOCK, "C01", "msp", "J1"), clock, rng=random.Random(1))
    _declare_all(ctx, "C01", MOCK)
    clock.advance(24 * 3600)
    assert exam.draw_scenario(ctx, GridKey(MOCK, "C01", "msp", "J1"), clock, rng=random.Random(1)).card is not None


def test_mock_session_is_a_separate_session(mock_ctx: AppContext) -> None:
    with mock_ctx.database.reader() as orm:
        mock = orm.get(db.Session, MOCK)
        title = orm.get(db.Session, S)
        assert mock is not None and title is not None
        assert (mock.kind, title.kind) == ("mock", "title")
        assert [c.ref for c in mock.candidates] == ["C01", "C02", "C03", "C04", "C05"]
    assert jurors.jury_problems(mock_ctx, MOCK) == []


# --- the computer's time changed while the app runs ------------------------------------------


def _clock_incidents(ctx: AppContext) -> list[str]:
    return [i.text for i in _incidents(ctx, kind="other") if i.text.startswith("L'heure de l'ordinateur")]


def test_a_clock_set_forward_an_hour_changes_no_timer(ctx: AppContext, clock: FakeClock) -> None:
    _declare_all(ctx, "C01")
    exam.draw_scenario(ctx, GridKey(S, "C01", "msp", "J1"), clock, rng=random.Random(1))
    exam.start_modality(ctx, GridKey(S, "C01", "msp", "J1"), clock)
    clock.advance(100)
    clock.change_time(+3600)  # someone sets the computer's time an hour ahead
    t = exam.run_view(ctx, RunKey(S, "C01", "msp"), clock).timer
    assert (t.elapsed_s, t.remaining_s, t.overtime_s) == (100, 800, 0)  # not 45 min of overtime

    clock.advance(50)
    v = exam.pause_modality(ctx, GridKey(S, "C01", "msp", "J1"), clock, "appel téléphonique")
    assert v.timer.elapsed_s == 150
    assert v.events[-1].at == clock.now()  # the computer's time, for the record
    [told] = _clock_incidents(ctx)
    assert "avancée de 1 h 00 pendant" in told and "les chronomètres n'en ont pas tenu compte" in told
    clock.advance(20)
    exam.resume_modality(ctx, GridKey(S, "C01", "msp", "J1"), clock)
    assert len(_clock_incidents(ctx)) == 1  # told once


def test_a_clock_set_back_an_hour_neither_resets_nor_refuses(ctx: AppContext, clock: FakeClock) -> None:
    _declare_all(ctx, "C01")
    exam.draw_scenario(ctx, GridKey(S, "C01", "msp", "J1"), clock, rng=random.Random(1))
    exam.start_modality(ctx, GridKey(S, "C01", "msp", "J1"), clock)
    clock.advance(300)
    clock.change_time(-3600)  # an hour back: before the start, as the computer now tells it
    clock.advance(10)
    t = exam.run_view(ctx, RunKey(S, "C01", "msp"), clock).timer
    assert (t.elapsed_s, t.remaining_s) == (310, 590)  # the countdown goes on, not reset

    # pause, resume, next phase and finish are taken at once, not after the hour is caught up
    exam.pause_modality(ctx, GridKey(S, "C01", "msp", "J1"), clock, "bruit dans le couloir")
    clock.advance(60)
    exam.resume_modality(ctx, GridKey(S, "C01", "msp", "J1"), clock)
    clock.advance(90)
    v = exam.next_phase(ctx, GridKey(S, "C01", "msp", "J1"), clock)
    assert v.timer.phase is not None and v.timer.phase.id == "entretien"
    assert (v.timer.phase_actuals[0].elapsed_s, v.timer.phase_actuals[0].paused_s) == (400, 60)
    clock.advance(1800)
    v = exam.finish_modality(ctx, GridKey(S, "C01", "msp", "J1"), clock)
    assert v.timer.status is TimerStatus.FINISHED
    assert [a.elapsed_s for a in v.timer.phase_actuals] == [400, 1800]
    [told] = _clock_incidents(ctx)
    assert "retardée de 1 h 00 pendant" in told
    # the record keeps what the computer's clock said: the pause reads an hour before the start
    assert v.events[1].at < v.events[0].at


def test_after_a_restart_with_the_time_set_back_actions_are_still_taken(ctx: AppContext, clock: FakeClock) -> None:
    """Across a restart the timer counts on the computer's time: set back while the app was closed,
    the countdown holds at the last action until it is caught up; an action is never refused."""
    _declare_all(ctx, "C01")
    exam.draw_scenario(ctx, GridKey(S, "C01", "msp", "J1"), clock, rng=random.Random(1))
    exam.start_modality(ctx, GridKey(S, "C01", "msp", "J1"), clock)
    clock.advance(200)
    exam.pause_modality(ctx, GridKey(S, "C01", "msp", "J1"), clock, "pause")
    restarted = FakeClock(clock.now() - timedelta(hours=1))  # a new app, the computer an hour behind
    t = exam.run_view(ctx, RunKey(S, "C01", "msp"), restarted).timer
    assert (t.status, t.elapsed_s) == (TimerStatus.PAUSED, 200)
    v = exam.resume_modality(ctx, GridKey(S, "C01", "msp", "J1"), restarted)
    assert v.timer.status is TimerStatus.RUNNING and v.timer.elapsed_s == 200
    v = exam.next_phase(ctx, GridKey(S, "C01", "msp", "J1"), restarted)
    assert v.timer.phase_actuals[0].elapsed_s == 200
