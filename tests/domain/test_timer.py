"""The modality timer: plan from the référentiel, state computed from events and a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jury_app.domain.clock import FakeClock, SystemClock
from jury_app.domain.referentiel import Modality, Phase, Referentiel
from jury_app.domain.timer import (
    DEFAULT_PHASE_ID,
    UNDO_NEXT_S,
    PlannedPhase,
    TimerError,
    TimerEvent,
    TimerEventKind,
    TimerState,
    TimerStatus,
    UnsetDuration,
    WarningLevel,
    compute_state,
    format_seconds,
    plan_phases,
    undoable_next,
    validate_event,
)

REFERENTIEL_PATH = Path(__file__).parents[2] / "resources/referentiels/TP-00403-08.json"
REF = Referentiel.model_validate_json(REFERENTIEL_PATH.read_text(encoding="utf-8"))
TITRE = REF.session("titre")
T0 = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)

START = TimerEventKind.START
PAUSE = TimerEventKind.PAUSE
RESUME = TimerEventKind.RESUME
NEXT = TimerEventKind.NEXT
FINISH = TimerEventKind.FINISH


class Recorder:
    """Events recorded at the fake clock's time, validated like the app does."""

    def __init__(self, plan: tuple[PlannedPhase, ...], clock: FakeClock) -> None:
        self.plan = plan
        self.clock = clock
        self.events: list[TimerEvent] = []

    def do(self, kind: TimerEventKind, phase_id: str | None = None, reason: str = "") -> None:
        ev = TimerEvent(kind, self.clock.now(), phase_id, reason)
        validate_event(self.plan, self.events, ev)
        self.events.append(ev)

    def state(self, **kwargs: float) -> TimerState:
        return compute_state(self.plan, self.events, self.clock.now(), **kwargs)


def recorder(modality_id: str, extra: int = 0) -> Recorder:
    return Recorder(plan_phases(TITRE.modality(modality_id), extra), FakeClock(T0))


# --- clock -----------------------------------------------------------------------------------


def test_fake_clock_moves_only_when_told() -> None:
    clock = FakeClock(T0)
    assert clock.now() == T0
    assert clock.now() == T0
    assert clock.advance(1.5) == T0 + timedelta(seconds=1.5)
    clock.set(T0 - timedelta(hours=1))
    assert clock.now() == T0 - timedelta(hours=1)
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        FakeClock(datetime(2025, 1, 1))  # naive
    with pytest.raises(ValueError):
        clock.set(datetime(2025, 1, 1))


def test_system_clock_is_aware_utc() -> None:
    now = SystemClock().now()
    assert now.tzinfo is not None
    assert now.utcoffset() == timedelta(0)


# --- plan ------------------------------------------------------------------------------------


def durations(plan: tuple[PlannedPhase, ...]) -> list[tuple[str, int]]:
    return [(p.id, p.duration_s) for p in plan]


def test_plan_of_the_title_session() -> None:
    assert durations(plan_phases(TITRE.modality("msp"))) == [("preparation", 900), ("entretien", 1800)]
    # Présentation and questions have no duration in the RE: never split, they count down the 20
    # minutes they have together.
    et = plan_phases(TITRE.modality("et"))
    assert durations(et) == [("synthese", 1200), ("presentation", 1200), ("questions", 1200)]
    assert [(p.source, p.shared) for p in et] == [("referentiel", False), (None, True), (None, True)]
    assert durations(plan_phases(TITRE.modality("qp"))) == [("presentation", 1200), ("questions", 2400)]
    assert durations(plan_phases(TITRE.modality("ef"))) == [("entretien", 1800)]


def test_the_session_sets_the_open_phases() -> None:
    et = plan_phases(TITRE.modality("et"), 0, {"et/presentation": 8})
    assert durations(et) == [("synthese", 1200), ("presentation", 480), ("questions", 720)]
    assert [(p.source, p.shared) for p in et] == [("referentiel", False), ("session", False), ("remainder", False)]
    both = plan_phases(TITRE.modality("et"), 0, {"et/presentation": 5, "et/questions": 15})
    assert [(p.duration_s, p.source) for p in both][1:] == [(300, "session"), (900, "session")]


def test_shared_phases_count_down_their_common_time() -> None:
    plan = plan_phases(TITRE.modality("et"))
    start = T0
    events = [TimerEvent(START, start), TimerEvent(NEXT, start + timedelta(minutes=20))]
    s = compute_state(plan, events, start + timedelta(minutes=26))
    assert s.phase is not None and s.phase.id == "presentation"
    assert s.remaining_s == 14 * 60  # 20 min for presentation and questions together
    events.append(TimerEvent(NEXT, start + timedelta(minutes=27)))
    s = compute_state(plan, events, start + timedelta(minutes=30))
    assert s.phase is not None and s.phase.id == "questions"
    assert s.remaining_s == 10 * 60  # 7 min of presentation and 3 of questions spent
    s = compute_state(plan, events, start + timedelta(minutes=41))
    assert s.remaining_s == -60 and s.warning is WarningLevel.OVER


def test_a_document_modality_has_no_plan() -> None:
    ref = Referentiel.model_validate_json((REFERENTIEL_PATH.parent / "RNCP35667-1.json").read_text(encoding="utf-8"))
    note = ref.title_session().modality("bc01-note-de-synthese")
    assert note.assessment == "document"
    assert plan_phases(note) == ()


def test_a_duration_set_by_the_session() -> None:
    ref = Referentiel.model_validate_json((REFERENTIEL_PATH.parent / "RNCP35667-1.json").read_text(encoding="utf-8"))
    oral = ref.title_session().modality("bc01-oral-jury")
    with pytest.raises(UnsetDuration) as exc:
        plan_phases(oral)
    assert "« bc01-oral-jury »" in str(exc.value) and exc.value.keys == ("bc01-oral-jury",)
    plan = plan_phases(oral, 10, {"bc01-oral-jury": 30})
    assert plan == (PlannedPhase(DEFAULT_PHASE_ID, oral.title, 1800, 1980, "required", "session"),)


def test_plan_keeps_titles_and_jury_presence() -> None:
    plan = plan_phases(TITRE.modality("msp"))
    assert [p.title for p in plan] == [p.title for p in TITRE.modality("msp").phases]
    assert [p.jury_presence for p in plan] == ["not_required", "required"]
    assert all(p.base_s == p.duration_s for p in plan)


def test_every_planned_modality_adds_up_to_its_duration() -> None:
    for session in REF.sessions:
        for m in session.modalities:
            if m.duration_min is None:
                continue
            plan = plan_phases(m)
            own = sum(p.base_s for p in plan if not p.shared)
            shared = max((p.base_s for p in plan if p.shared), default=0)
            assert own + shared == m.duration_min * 60, (session.id, m.id)


def test_extra_time_lengthens_every_phase_to_the_whole_minute_above() -> None:
    # A third more: 15 min -> 19 min 57 s, granted as 20 min; 30 min -> 39 min 54 s, as 40 min.
    plan = plan_phases(TITRE.modality("msp"), extra_time_percent=33)
    assert [(p.base_s, p.duration_s) for p in plan] == [(900, 1200), (1800, 2400)]
    plan = plan_phases(TITRE.modality("et"), extra_time_percent=33)
    assert [(p.base_s, p.duration_s) for p in plan] == [(1200, 1620), (1200, 1620), (1200, 1620)]
    assert all(p.duration_s % 60 == 0 and p.duration_s >= p.base_s * 1.33 for p in plan)
    plan = plan_phases(TITRE.modality("qp"), extra_time_percent=25)
    assert [p.duration_s for p in plan] == [1500, 3000]
    with pytest.raises(ValueError):
        plan_phases(TITRE.modality("msp"), extra_time_percent=-10)


def test_modality_without_duration_must_be_set_by_the_session() -> None:
    m = REF.session("capitalisation").modality("entretien_capitalisation")
    with pytest.raises(UnsetDuration) as exc:
        plan_phases(m)
    assert str(exc.value) == (
        f"durée de « {m.title} » à définir pour la session : le référentiel ne la fixe pas "
        "(paquet de session, session.durations : « entretien_capitalisation »)"
    )
    assert isinstance(exc.value, ValueError)
    # Once the session sets it, the modality is a single phase titled as the modality.
    plan = plan_phases(m, 0, {"entretien_capitalisation": 25})
    assert plan == (PlannedPhase(DEFAULT_PHASE_ID, m.title, 1500, 1500, "required", "session"),)


def test_phases_without_duration_need_the_modality_duration() -> None:
    m = Modality(
        id="m",
        kind="k",
        title="Oral",
        phases=(Phase(id="a", title="A", duration_min=10), Phase(id="b", title="B")),
    )
    with pytest.raises(UnsetDuration, match="Oral"):
        plan_phases(m)


def test_phases_with_durations_and_no_modality_duration() -> None:
    m = Modality(id="m", kind="k", title="Oral", phases=(Phase(id="a", title="A", duration_min=10),))
    assert durations(plan_phases(m)) == [("a", 600)]


def test_several_open_phases_share_the_rest_without_split() -> None:
    phases = tuple(Phase(id=f"p{i}", title=f"P{i}") for i in range(7))
    m = Modality(id="m", kind="k", title="Oral", duration_min=1, phases=phases)
    plan = plan_phases(m)
    assert all(p.shared and p.base_s == 60 for p in plan)


# --- sequences -------------------------------------------------------------------------------


def test_not_started() -> None:
    r = recorder("msp")
    s = r.state()
    assert s.status is TimerStatus.NOT_STARTED
    assert s.phase is None and s.phase_index is None
    assert s.elapsed_s == 0 and s.remaining_s == 900
    assert s.next_phase is not None and s.next_phase.id == "preparation"
    assert s.phase_actuals == ()
    assert not s.proposes_next
    assert s.warning is WarningLevel.NONE


def test_start_pause_resume_next_finish() -> None:
    r = recorder("msp")
    clock = r.clock
    r.do(START)
    clock.advance(300)
    s = r.state()
    assert s.status is TimerStatus.RUNNING
    assert s.phase_index == 0 and s.phase is not None and s.phase.id == "preparation"
    assert (s.elapsed_s, s.remaining_s, s.overtime_s, s.paused_s) == (300, 600, 0, 0)
    assert s.next_phase is not None and s.next_phase.id == "entretien"

    r.do(PAUSE, reason="le candidat demande une pause")
    clock.advance(120)
    s = r.state()
    assert s.status is TimerStatus.PAUSED
    assert (s.elapsed_s, s.remaining_s, s.paused_s) == (300, 600, 120)

    r.do(RESUME)
    clock.advance(60)
    s = r.state()
    assert s.status is TimerStatus.RUNNING
    assert (s.elapsed_s, s.remaining_s, s.paused_s) == (360, 540, 120)
    assert s.phase_actuals[0].pauses == 1

    r.do(NEXT)
    end_of_preparation = clock.now()
    clock.advance(1000)
    s = r.state()
    assert s.phase is not None and s.phase.id == "entretien" and s.phase_index == 1
    assert (s.elapsed_s, s.remaining_s, s.paused_s) == (1000, 800, 0)
    assert s.next_phase is None
    first, second = s.phase_actuals
    assert (first.id, first.started_at, first.ended_at) == ("preparation", T0, end_of_preparation)
    assert (first.elapsed_s, first.paused_s, first.pauses) == (360, 120, 1)
    assert (second.id, second.ended_at, second.elapsed_s, second.pauses) == ("entretien", None, 1000, 0)

    clock.advance(800)
    r.do(FINISH)
    done = r.state()
    assert done.status is TimerStatus.FINISHED
    assert (done.elapsed_s, done.remaining_s) == (1800, 0)
    assert done.phase_actuals[1].ended_at == clock.now()
    assert done.next_phase is None and not done.proposes_next
    assert done.warning is WarningLevel.NONE
    clock.advance(3600)
    assert r.state() == done  # frozen once finished


def test_next_while_paused_ends_the_pause() -> None:
    r = recorder("msp")
    r.do(START)
    r.clock.advance(100)
    r.do(PAUSE, reason="incident technique")
    r.clock.advance(50)
    r.do(NEXT)
    r.clock.advance(10)
    s = r.state()
    assert s.status is TimerStatus.RUNNING
    assert s.elapsed_s == 10
    assert (s.phase_actuals[0].elapsed_s, s.phase_actuals[0].paused_s) == (100, 50)


def test_finish_while_paused() -> None:
    r = recorder("ef")
    r.do(START)
    r.clock.advance(100)
    r.do(PAUSE, reason="malaise")
    r.clock.advance(40)
    r.do(FINISH)
    r.clock.advance(500)
    s = r.state()
    assert s.status is TimerStatus.FINISHED
    assert (s.elapsed_s, s.paused_s) == (100, 40)


def test_several_pauses_add_up() -> None:
    r = recorder("ef")
    r.do(START)
    for _ in range(3):
        r.clock.advance(10)
        r.do(PAUSE, reason="pause")
        r.clock.advance(5)
        r.do(RESUME)
    r.clock.advance(1)
    s = r.state()
    assert (s.elapsed_s, s.paused_s, s.phase_actuals[0].pauses) == (31, 15, 3)


def test_overtime_counts_up_and_next_is_proposed() -> None:
    r = recorder("msp")
    r.do(START)
    r.clock.advance(900)
    s = r.state()
    assert s.remaining_s == 0 and s.overtime_s == 0
    assert s.proposes_next  # the phase's time is over
    r.clock.advance(90)
    s = r.state()
    assert (s.remaining_s, s.overtime_s) == (-90, 90)
    assert s.warning is WarningLevel.OVER
    assert s.proposes_next
    assert format_seconds(s.remaining_s) == "+01:30"
    r.clock.advance(30)
    assert r.state().overtime_s == 120
    # The last phase runs over too, but nothing is left to propose.
    r.do(NEXT)
    r.clock.advance(1800 + 5)
    s = r.state()
    assert s.overtime_s == 5 and s.warning is WarningLevel.OVER
    assert not s.proposes_next


@pytest.mark.parametrize(
    ("elapsed", "warning"),
    [
        (0, WarningLevel.NONE),
        (599, WarningLevel.NONE),  # 301 s left
        (600, WarningLevel.SOON),  # 300 s left
        (839, WarningLevel.SOON),  # 61 s left
        (840, WarningLevel.IMMINENT),  # 60 s left
        (900, WarningLevel.IMMINENT),  # 0 s left: over, not yet overtime
        (900.5, WarningLevel.OVER),
    ],
)
def test_warning_thresholds(elapsed: float, warning: WarningLevel) -> None:
    r = recorder("msp")
    r.do(START)
    r.clock.advance(elapsed)
    assert r.state().warning is warning


def test_warning_thresholds_are_settings() -> None:
    r = recorder("msp")
    r.do(START)
    r.clock.advance(800)  # 100 s left
    assert r.state().warning is WarningLevel.SOON
    assert r.state(warn_soon_s=60, warn_imminent_s=10).warning is WarningLevel.NONE
    assert r.state(warn_soon_s=600, warn_imminent_s=120).warning is WarningLevel.IMMINENT


def test_paused_timer_keeps_its_warning() -> None:
    r = recorder("msp")
    r.do(START)
    r.clock.advance(880)
    r.do(PAUSE, reason="pause")
    r.clock.advance(600)
    s = r.state()
    assert s.remaining_s == 20 and s.warning is WarningLevel.IMMINENT


def test_speed_multiplies_wall_time() -> None:
    r = recorder("msp")
    r.do(START)
    r.clock.advance(60)
    s = r.state(speed=10)
    assert (s.elapsed_s, s.remaining_s) == (600, 300)
    r.do(PAUSE, reason="répétition")
    r.clock.advance(6)
    r.do(RESUME)
    r.clock.advance(30)
    s = r.state(speed=10)
    assert (s.elapsed_s, s.paused_s, s.overtime_s) == (900, 60, 0)
    assert r.state(speed=10).proposes_next
    assert r.state(speed=1).elapsed_s == 90
    for bad in (0, -1, float("inf"), float("nan")):
        with pytest.raises(ValueError):
            r.state(speed=bad)


def test_state_after_restart_continues() -> None:
    """The app closed at 10 min into the preparation and reopened 7 min later."""
    r = recorder("msp")
    r.do(START)
    r.clock.advance(600)
    before = r.state()
    stored = list(r.events)  # what the database keeps

    reopened = FakeClock(T0 + timedelta(minutes=17))
    after = compute_state(r.plan, stored, reopened.now())
    assert after.status is TimerStatus.RUNNING
    assert after.elapsed_s == before.elapsed_s + 420 == 1020
    assert after.overtime_s == 120
    assert after.proposes_next
    # Recomputing is idempotent.
    assert compute_state(r.plan, stored, reopened.now()) == after


def test_restart_while_paused_stays_paused() -> None:
    r = recorder("msp")
    r.do(START)
    r.clock.advance(100)
    r.do(PAUSE, reason="coupure de courant")
    later = T0 + timedelta(hours=2)
    s = compute_state(r.plan, list(r.events), later)
    assert s.status is TimerStatus.PAUSED
    assert s.elapsed_s == 100
    assert s.paused_s == 7200 - 100


def test_clock_set_back_is_taken_as_the_last_event() -> None:
    r = recorder("msp")
    r.do(START)
    r.clock.advance(100)
    r.do(PAUSE, reason="pause")
    s = compute_state(r.plan, r.events, T0)  # earlier than the pause
    assert (s.elapsed_s, s.paused_s) == (100, 0)
    assert s.elapsed_s >= 0


def test_start_and_next_on_a_named_phase() -> None:
    r = recorder("et")
    r.do(START, phase_id="presentation")
    assert r.state().phase_index == 1
    assert r.state().next_phase is not None
    r.clock.advance(10)
    r.do(NEXT, phase_id="synthese")  # back to a phase not yet run
    s = r.state()
    assert s.phase is not None and s.phase.id == "synthese"
    assert s.next_phase is not None and s.next_phase.id == "questions"  # presentation already run
    r.do(NEXT)
    assert r.state().phase_index == 2
    with pytest.raises(TimerError, match="pas de phase suivante"):
        r.do(NEXT)


def test_skipping_a_phase() -> None:
    r = recorder("et")
    r.do(START)
    r.do(NEXT, phase_id="questions")
    s = r.state()
    assert s.phase_index == 2
    assert s.next_phase is None  # nothing after the last phase
    assert [a.id for a in s.phase_actuals] == ["synthese", "questions"]
    with pytest.raises(TimerError, match="déjà eu lieu"):
        r.do(NEXT, phase_id="synthese")
    r.do(NEXT, phase_id="presentation")
    assert [a.id for a in r.state().phase_actuals] == ["synthese", "questions", "presentation"]


def test_extra_time_in_the_state() -> None:
    r = recorder("msp", extra=33)
    r.do(START)
    r.clock.advance(900)
    s = r.state()
    assert s.remaining_s == 300
    assert not s.proposes_next


# --- illegal transitions ---------------------------------------------------------------------


def ev(kind: TimerEventKind, seconds: float, phase_id: str | None = None, reason: str = "") -> TimerEvent:
    return TimerEvent(kind, T0 + timedelta(seconds=seconds), phase_id, reason)


MSP_PLAN = plan_phases(TITRE.modality("msp"))
EF_PLAN = plan_phases(TITRE.modality("ef"))


@pytest.mark.parametrize(
    ("plan", "events", "new", "message"),
    [
        (MSP_PLAN, [], ev(PAUSE, 0, reason="x"), "pas en marche"),
        (MSP_PLAN, [], ev(RESUME, 0), "pas en pause"),
        (MSP_PLAN, [], ev(NEXT, 0), "pas démarré"),
        (MSP_PLAN, [], ev(FINISH, 0), "pas démarré"),
        (MSP_PLAN, [], ev(START, 0, phase_id="inconnue"), "phase inconnue"),
        (MSP_PLAN, [ev(START, 0)], ev(START, 1), "déjà démarré"),
        (MSP_PLAN, [ev(START, 0)], ev(RESUME, 1), "pas en pause"),
        (MSP_PLAN, [ev(START, 0), ev(PAUSE, 1)], ev(RESUME, 2), "raison de la pause"),
        (MSP_PLAN, [ev(START, 0), ev(PAUSE, 1, reason="  ")], ev(NEXT, 2), "raison de la pause"),
        (MSP_PLAN, [ev(START, 0), ev(PAUSE, 1)], ev(FINISH, 2), "raison de la pause"),
        (MSP_PLAN, [ev(START, 0)], ev(PAUSE, 1, phase_id="entretien", reason="x"), "pas la phase en cours"),
        (MSP_PLAN, [ev(START, 0), ev(PAUSE, 1, reason="x")], ev(PAUSE, 2, reason="y"), "pas en marche"),
        (MSP_PLAN, [ev(START, 0), ev(NEXT, 1)], ev(NEXT, 2), "pas de phase suivante"),
        (MSP_PLAN, [ev(START, 0)], ev(NEXT, 1, phase_id="preparation"), "déjà eu lieu"),
        (EF_PLAN, [ev(START, 0)], ev(NEXT, 1), "pas de phase suivante"),
        (MSP_PLAN, [ev(START, 10)], ev(PAUSE, 9, reason="x"), "antérieur"),
        (MSP_PLAN, [ev(START, 0), ev(FINISH, 5)], ev(RESUME, 6), "terminée"),
        (MSP_PLAN, [ev(START, 0), ev(FINISH, 5)], ev(START, 6), "terminée"),
        (MSP_PLAN, [ev(START, 0), ev(FINISH, 5)], ev(FINISH, 6), "terminée"),
        (MSP_PLAN, [], TimerEvent(START, datetime(2025, 3, 10, 8, 0)), "fuseau"),
        ((), [], ev(START, 0), "aucune phase"),
    ],
)
def test_illegal_transitions(
    plan: tuple[PlannedPhase, ...], events: list[TimerEvent], new: TimerEvent, message: str
) -> None:
    with pytest.raises(TimerError, match=message):
        validate_event(plan, events, new)
    # The same sequence, once recorded, cannot be computed either.
    with pytest.raises(TimerError):
        compute_state(plan, [*events, new], T0 + timedelta(hours=1))


def test_the_pause_comes_first_and_its_reason_after() -> None:
    """The clock stops at the keystroke; the reason, given while paused, is what lets it go on."""
    paused = [ev(START, 0), ev(PAUSE, 100)]
    s = compute_state(MSP_PLAN, paused, T0 + timedelta(seconds=160))
    assert s.status is TimerStatus.PAUSED and s.reason_missing
    assert (s.elapsed_s, s.paused_s) == (100, 60)
    given = [ev(START, 0), ev(PAUSE, 100, reason="malaise du candidat")]  # the reason, recorded on the pause
    assert not compute_state(MSP_PLAN, given, T0 + timedelta(seconds=160)).reason_missing
    validate_event(MSP_PLAN, given, ev(RESUME, 160))


def test_a_phase_change_can_be_undone_for_a_few_seconds() -> None:
    events = [ev(START, 0), ev(NEXT, 100)]
    assert undoable_next(events, T0 + timedelta(seconds=100 + UNDO_NEXT_S)) == events[-1]
    assert undoable_next(events, T0 + timedelta(seconds=101 + UNDO_NEXT_S)) is None
    assert undoable_next(events[:1], T0 + timedelta(seconds=1)) is None  # a start is not a phase change


def test_equal_timestamps_are_allowed_and_validation_leaves_events_alone() -> None:
    events = [ev(START, 0)]
    validate_event(MSP_PLAN, events, ev(NEXT, 0))
    assert events == [ev(START, 0)]
    s = compute_state(MSP_PLAN, [*events, ev(NEXT, 0)], T0)
    assert s.phase_index == 1 and s.phase_actuals[0].elapsed_s == 0


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        compute_state(MSP_PLAN, [], datetime(2025, 3, 10, 8, 0))


# --- display ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (725, "12:05"),
        (0, "00:00"),
        (0.2, "00:01"),
        (59.5, "01:00"),
        (599.9999999999, "10:00"),
        (600.0000000001, "10:00"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3723, "1:02:03"),
        (-0.4, "+00:00"),
        (-90, "+01:30"),
        (-90.7, "+01:30"),
        (-3723, "+1:02:03"),
    ],
)
def test_format_seconds(seconds: float, text: str) -> None:
    assert format_seconds(seconds) == text


def test_format_seconds_refuses_nan() -> None:
    with pytest.raises(ValueError):
        format_seconds(float("nan"))


# --- property --------------------------------------------------------------------------------

ET_PLAN = plan_phases(TITRE.modality("et"))
PHASE_CHOICES = [None, *(p.id for p in ET_PLAN)]

# Weighted so that sequences go on (a finish ends them); invalid events are dropped on the way.
KIND_CHOICES = [START, PAUSE, PAUSE, RESUME, RESUME, RESUME, NEXT, NEXT, NEXT, FINISH]

steps = st.lists(
    st.tuples(
        st.sampled_from(KIND_CHOICES),
        st.sampled_from(PHASE_CHOICES),
        st.sampled_from(["", "motif", "motif"]),
        st.integers(min_value=0, max_value=2_000_000_000),  # microseconds before the event
    ),
    min_size=1,
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(
    steps=steps,
    speed=st.floats(min_value=0.1, max_value=60, allow_nan=False),
    extra=st.integers(min_value=0, max_value=100),
    tail_us=st.integers(min_value=0, max_value=5_000_000_000),
    first=st.sampled_from([*PHASE_CHOICES, "not started"]),
)
def test_property_times_stay_consistent(
    steps: list[tuple[TimerEventKind, str | None, str, int]], speed: float, extra: int, tail_us: int, first: str | None
) -> None:
    plan = plan_phases(TITRE.modality("et"), extra)
    at = T0
    events: list[TimerEvent] = [] if first == "not started" else [TimerEvent(START, T0, first)]
    for kind, phase_id, reason, delay_us in steps:
        at += timedelta(microseconds=delay_us)
        candidate = TimerEvent(kind, at, phase_id, reason)
        try:
            validate_event(plan, events, candidate)
        except TimerError:
            continue
        events.append(candidate)
    now = at + timedelta(microseconds=tail_us)
    s = compute_state(plan, events, now, speed=speed)

    assert s.elapsed_s >= 0 and s.paused_s >= 0 and s.overtime_s >= 0
    for a in s.phase_actuals:
        assert a.elapsed_s >= 0 and a.paused_s >= 0
    if not events:
        assert s.status is TimerStatus.NOT_STARTED
        return
    wall = (now - events[0].at).total_seconds() * speed
    spent = sum(a.elapsed_s + a.paused_s for a in s.phase_actuals)
    assert spent <= wall + 1e-6
    if s.status is not TimerStatus.FINISHED:
        assert spent == pytest.approx(wall, abs=1e-6)  # phases follow each other without gaps
    assert s.phase is not None
    shared = {p.id for p in plan if p.shared}
    spent_here = sum(a.elapsed_s for a in s.phase_actuals if a.id in shared) if s.phase.shared else s.elapsed_s
    assert s.remaining_s == pytest.approx(s.phase.duration_s - spent_here)
    assert s.overtime_s == pytest.approx(max(0.0, -s.remaining_s))
    assert len({a.id for a in s.phase_actuals}) == len(s.phase_actuals)  # each phase run once
    if s.proposes_next:
        assert s.next_phase is not None and s.remaining_s <= 0


# --- the steady time -------------------------------------------------------------------------


def test_fake_clock_tells_a_change_of_the_computers_time_once() -> None:
    clock = FakeClock(T0)
    clock.advance(30)
    assert clock.steady() == clock.now() == T0 + timedelta(seconds=30)
    assert clock.take_jump() is None
    clock.change_time(3600)
    assert clock.now() == T0 + timedelta(seconds=3630)
    assert clock.steady() == T0 + timedelta(seconds=30)  # real time did not move
    assert clock.take_jump() == timedelta(hours=1)
    assert clock.take_jump() is None  # taken once
    clock.change_time(-2 * 3600)
    assert clock.take_jump() == timedelta(hours=-2)
    clock.change_time(3)  # a gentle correction is not a jump
    assert clock.take_jump() is None


def test_system_clock_steady_time_starts_at_the_computers_time() -> None:
    clock = SystemClock()
    assert abs(clock.steady() - clock.now()) < timedelta(seconds=1)
    assert clock.take_jump() is None


def test_durations_count_on_the_steady_time_and_the_record_keeps_the_computers() -> None:
    plan = plan_phases(TITRE.modality("msp"))
    hour = timedelta(hours=1)
    events = [
        TimerEvent(TimerEventKind.START, T0, steady=T0),
        # the computer's time set back an hour, 100 s later: the record says so, the timer does not
        TimerEvent(TimerEventKind.NEXT, T0 - hour + timedelta(seconds=100), steady=T0 + timedelta(seconds=100)),
    ]
    state = compute_state(plan, events, T0 + timedelta(seconds=160))
    assert [a.elapsed_s for a in state.phase_actuals] == [100, 60]
    assert state.phase_actuals[1].started_at == T0 - hour + timedelta(seconds=100)
    validate_event(plan, events, TimerEvent(TimerEventKind.FINISH, T0 - hour, steady=T0 + timedelta(seconds=170)))
    with pytest.raises(TimerError, match="antérieur"):
        validate_event(plan, events, TimerEvent(TimerEventKind.FINISH, T0 + hour, steady=T0 + timedelta(seconds=99)))
