"""The timer of one modality for one candidate.

Nothing here ticks. The timer is a list of recorded events (start, pause, resume, next phase,
finish), each with its timestamp; its state at any moment is computed from those events and the
clock's steady time. A state computed after the app was closed and reopened therefore simply
continues: the phase went on while the app was closed, and no heartbeat is needed.

Each event keeps two times: `at`, the computer's time, for the record, and `steady`, the clock's
steady time (see `domain/clock.py`), on which durations are counted; so a change of the computer's
time while the app runs neither resets a countdown nor adds to it. Events recorded without a
steady time (before it was kept) count on `at`. Across a restart the steady time starts again from
the computer's time: the time the app was closed is counted as the computer's clock tells it.

The plan of the phases comes from the référentiel and the durations the session sets; phases the
source leaves without a duration share what remains of the modality, never split in advance.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from jury_app.domain.durations import DEFAULT_PHASE_ID as DEFAULT_PHASE_ID  # one name for the single phase
from jury_app.domain.durations import DurationSource, effective_durations, with_extra_time
from jury_app.domain.messages import MessageError, msg
from jury_app.domain.referentiel import Modality


class UnsetDuration(MessageError):
    """The référentiel leaves a duration to the session, and the session has not set it."""

    def __init__(self, modality_title: str, keys: Sequence[str] = ()) -> None:
        if keys:
            told = msg(
                "durée de « {0} » à définir pour la session : le référentiel ne la fixe pas "
                "(paquet de session, session.durations : « {1} »)",
                modality_title,
                " », « ".join(keys),
            )
        else:
            told = msg("durée de « {0} » à définir pour la session : le référentiel ne la fixe pas", modality_title)
        super().__init__(told)
        self.modality_title = modality_title
        self.keys = tuple(keys)


class TimerError(MessageError):
    """An event the timer cannot take in its current state (message in French)."""


# --- plan ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedPhase:
    id: str
    title: str
    base_s: int
    """Duration before extra time, in seconds; for a shared phase, the time the shared phases have together."""
    duration_s: int
    """Duration granted to this candidate (extra time included), in seconds."""
    jury_presence: str
    source: DurationSource | None = "referentiel"
    """Where the duration comes from: the référentiel, the session's package, the rest of the modality;
    None for a phase the référentiel leaves open inside a modality whose duration is known."""
    shared: bool = False
    """An open phase: its countdown is the time the open phases of the modality still have together."""


def plan_phases(
    modality: Modality, extra_time_percent: int = 0, durations: Mapping[str, int] | None = None
) -> tuple[PlannedPhase, ...]:
    """The phases of `modality` with their durations in seconds, once the session's `durations` apply.

    Nothing is split: a phase the référentiel leaves without a duration, inside a modality whose
    duration is known, is planned as *shared* (`shared=True`): it counts down what the open phases
    still have together, so moving on early leaves the rest to the next one. A modality without
    phases is one phase, `DEFAULT_PHASE_ID`, titled as the modality. Extra time (a percentage
    granted to a candidate) lengthens every phase, each rounded up to the whole minute in the
    candidate's favour (`durations.with_extra_time`).
    A modality that assesses a document has no plan (an empty tuple).

    Raises `UnsetDuration` when the modality's duration is left to the session and the session has
    not set it.
    """
    if extra_time_percent < 0:
        raise ValueError("le temps supplémentaire ne peut pas être négatif")
    eff = effective_durations(modality, durations or {})
    if not eff.timed:
        return ()
    if eff.total is None:
        raise UnsetDuration(modality.title, eff.unset)
    shared_s = eff.total * 60 - sum(p.minutes * 60 for p in eff.phases if p.minutes is not None)
    planned = []
    for p in eff.phases:
        base_s = p.minutes * 60 if p.minutes is not None else shared_s
        planned.append(
            PlannedPhase(
                id=p.id,
                title=p.title,
                base_s=base_s,
                duration_s=with_extra_time(base_s, extra_time_percent),
                jury_presence=p.jury_presence.value,
                source=p.source,
                shared=p.minutes is None,
            )
        )
    return tuple(planned)


# --- events ----------------------------------------------------------------------------------


class TimerEventKind(StrEnum):
    START = "start"
    """Starts the first phase, or `phase_id`."""
    PAUSE = "pause"
    """Pauses the current phase at once; its reason may come after, and is required to go on."""
    RESUME = "resume"
    NEXT = "next"
    """Ends the current phase and starts the next one not yet started, or `phase_id`."""
    FINISH = "finish"
    """Ends the current phase and the modality."""


@dataclass(frozen=True)
class TimerEvent:
    kind: TimerEventKind
    at: datetime
    """The computer's time, for the record."""
    phase_id: str | None = None
    reason: str = ""
    steady: datetime | None = None
    """The clock's steady time, on which durations are counted (None: `at` is used)."""

    @property
    def t(self) -> datetime:
        """Where the event stands on the timer's time line."""
        return self.steady if self.steady is not None else self.at


# --- state -----------------------------------------------------------------------------------


class TimerStatus(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class WarningLevel(StrEnum):
    NONE = "none"
    SOON = "soon"
    """Remaining time at most `warn_soon_s`."""
    IMMINENT = "imminent"
    """Remaining time at most `warn_imminent_s`."""
    OVER = "over"
    """The phase's time is over (remaining time below zero)."""


@dataclass(frozen=True)
class PhaseActual:
    """What happened in one phase that was started."""

    id: str
    started_at: datetime
    ended_at: datetime | None
    elapsed_s: float
    """Time spent in the phase, pauses excluded (scaled by the speed)."""
    paused_s: float
    pauses: int


@dataclass(frozen=True)
class TimerState:
    """The timer at one moment.

    Before the start, `phase` is None, `remaining_s` is the first phase's duration and
    `next_phase` the first phase. Once finished, `phase` is the last phase run and its figures
    are frozen at the finish; `warning` is NONE and nothing is proposed.
    """

    status: TimerStatus
    phase_index: int | None
    phase: PlannedPhase | None
    elapsed_s: float
    """In the current phase, pauses excluded."""
    remaining_s: float
    """Negative when the phase runs over its time."""
    overtime_s: float
    """Time past the phase's duration (>= 0), counting up."""
    paused_s: float
    """Total time paused in the current phase."""
    phase_actuals: tuple[PhaseActual, ...]
    warning: WarningLevel
    next_phase: PlannedPhase | None
    proposes_next: bool
    """The phase's time is over and another phase remains: the app proposes to move on."""
    reason_missing: bool = False
    """Paused, and the reason of the pause is still to be given (required before going on)."""


@dataclass
class _Run:
    """One phase run; `start`, `end` and `pause_start` on the steady time line, `started_at` and
    `ended_at` the computer's times, for the record."""

    index: int
    started_at: datetime
    start: datetime
    ended_at: datetime | None = None
    end: datetime | None = None
    paused: timedelta = timedelta(0)
    pause_start: datetime | None = None
    pauses: int = 0
    pause_reason: str = ""

    def close_pause(self, t: datetime) -> None:
        if self.pause_start is not None:
            self.paused += t - self.pause_start
            self.pause_start = None

    def close(self, ev: TimerEvent) -> None:
        self.close_pause(ev.t)
        self.ended_at = ev.at
        self.end = ev.t

    def times(self, until: datetime) -> tuple[timedelta, timedelta]:
        """(running, paused) up to its end, or `until` while it goes on."""
        end = self.end if self.end is not None else until
        paused = self.paused
        if self.pause_start is not None:
            paused += max(end - self.pause_start, timedelta(0))
        running = max(end - self.start - paused, timedelta(0))
        return running, paused


@dataclass
class _Replay:
    plan: Sequence[PlannedPhase]
    status: TimerStatus = TimerStatus.NOT_STARTED
    runs: list[_Run] = field(default_factory=list)
    last_t: datetime | None = None

    @property
    def current(self) -> _Run | None:
        return self.runs[-1] if self.runs else None

    def started(self, index: int) -> bool:
        return any(r.index == index for r in self.runs)

    def index_of(self, phase_id: str) -> int:
        for i, p in enumerate(self.plan):
            if p.id == phase_id:
                return i
        raise TimerError(msg("phase inconnue : {0}", phase_id))

    def default_next(self) -> int | None:
        current = self.current
        after = -1 if current is None else current.index
        for i in range(after + 1, len(self.plan)):
            if not self.started(i):
                return i
        return None

    @property
    def reason_missing(self) -> bool:
        current = self.current
        return self.status is TimerStatus.PAUSED and current is not None and not current.pause_reason

    def require_reason(self) -> None:
        """A pause ends only once its reason is known (the timer stopped first, the reason came after)."""
        if self.reason_missing:
            raise TimerError(msg("indiquez d'abord la raison de la pause : elle est exigée avant de continuer"))

    def apply(self, ev: TimerEvent) -> None:
        if any(t.tzinfo is None or t.utcoffset() is None for t in (ev.at, ev.t)):
            raise TimerError(msg("horodatage sans fuseau horaire : une heure UTC est attendue"))
        if self.status is TimerStatus.FINISHED:
            raise TimerError(msg("la modalité est terminée : le chronomètre ne peut plus être modifié"))
        if self.last_t is not None and ev.t < self.last_t:
            raise TimerError(
                msg("horodatage antérieur à l'action précédente ({0} < {1})", ev.t.isoformat(), self.last_t.isoformat())
            )
        if not self.plan:
            raise TimerError(msg("aucune phase n'est prévue pour cette modalité"))
        current = self.current
        if ev.kind in (TimerEventKind.PAUSE, TimerEventKind.RESUME, TimerEventKind.FINISH) and (
            ev.phase_id is not None and (current is None or self.plan[current.index].id != ev.phase_id)
        ):
            raise TimerError(msg("la phase « {0} » n'est pas la phase en cours", ev.phase_id))

        match ev.kind:
            case TimerEventKind.START:
                if self.status is not TimerStatus.NOT_STARTED:
                    raise TimerError(msg("le chronomètre est déjà démarré"))
                index = 0 if ev.phase_id is None else self.index_of(ev.phase_id)
                self.runs.append(_Run(index=index, started_at=ev.at, start=ev.t))
                self.status = TimerStatus.RUNNING
            case TimerEventKind.PAUSE:
                if self.status is not TimerStatus.RUNNING or current is None:
                    raise TimerError(msg("pause impossible : le chronomètre n'est pas en marche"))
                current.pause_start = ev.t
                current.pause_reason = ev.reason.strip()
                current.pauses += 1
                self.status = TimerStatus.PAUSED
            case TimerEventKind.RESUME:
                if self.status is not TimerStatus.PAUSED or current is None:
                    raise TimerError(msg("reprise impossible : le chronomètre n'est pas en pause"))
                self.require_reason()
                current.close_pause(ev.t)
                self.status = TimerStatus.RUNNING
            case TimerEventKind.NEXT:
                if current is None:
                    raise TimerError(msg("le chronomètre n'est pas démarré"))
                if ev.phase_id is None:
                    target = self.default_next()
                    if target is None:
                        raise TimerError(msg("il n'y a pas de phase suivante : terminer la modalité"))
                else:
                    target = self.index_of(ev.phase_id)
                    if self.started(target):
                        raise TimerError(msg("la phase « {0} » a déjà eu lieu", self.plan[target].title))
                self.require_reason()
                current.close(ev)
                self.runs.append(_Run(index=target, started_at=ev.at, start=ev.t))
                self.status = TimerStatus.RUNNING
            case TimerEventKind.FINISH:
                if current is None:
                    raise TimerError(msg("le chronomètre n'est pas démarré"))
                self.require_reason()
                current.close(ev)
                self.status = TimerStatus.FINISHED
        self.last_t = ev.t


def _replay(plan: Sequence[PlannedPhase], events: Sequence[TimerEvent]) -> _Replay:
    replay = _Replay(plan=plan)
    for ev in events:
        replay.apply(ev)
    return replay


def validate_event(plan: Sequence[PlannedPhase], events: Sequence[TimerEvent], new: TimerEvent) -> None:
    """Raises `TimerError` (French message) when `new` cannot follow `events`."""
    _replay(plan, events).apply(new)


def compute_state(
    plan: Sequence[PlannedPhase],
    events: Sequence[TimerEvent],
    now: datetime,
    *,
    speed: float = 1.0,
    warn_soon_s: float = 300,
    warn_imminent_s: float = 60,
) -> TimerState:
    """The timer's state at `now`, the clock's steady time, from the recorded events only.

    `speed` (> 0) multiplies the time elapsed: a mock session rehearsing with speed 10 counts
    ten seconds for each real second. Pauses do not count. A `now` earlier than the last event
    (a clock set back while the app was closed) is taken as the time of that event. Raises
    `TimerError` when the events do not form a valid sequence.
    """
    if not (speed > 0 and math.isfinite(speed)):
        raise ValueError("le facteur de vitesse doit être un nombre strictement positif")
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("date et heure sans fuseau horaire : une heure UTC est attendue")
    replay = _replay(plan, events)
    until = now if replay.last_t is None else max(now, replay.last_t)

    actuals: list[PhaseActual] = []
    for run in replay.runs:
        running, paused = run.times(until)
        actuals.append(
            PhaseActual(
                id=plan[run.index].id,
                started_at=run.started_at,
                ended_at=run.ended_at,
                elapsed_s=running.total_seconds() * speed,
                paused_s=paused.total_seconds() * speed,
                pauses=run.pauses,
            )
        )

    current = replay.current
    if current is None:
        first = plan[0] if plan else None
        return TimerState(
            status=replay.status,
            phase_index=None,
            phase=None,
            elapsed_s=0.0,
            remaining_s=float(first.duration_s) if first is not None else 0.0,
            overtime_s=0.0,
            paused_s=0.0,
            phase_actuals=(),
            warning=WarningLevel.NONE,
            next_phase=first,
            proposes_next=False,
        )

    phase = plan[current.index]
    actual = actuals[-1]
    spent = actual.elapsed_s
    if phase.shared:  # the open phases count down one common time
        shared_ids = {p.id for p in plan if p.shared}
        spent = sum(a.elapsed_s for a in actuals if a.id in shared_ids)
    remaining = phase.duration_s - spent
    finished = replay.status is TimerStatus.FINISHED
    next_index = None if finished else replay.default_next()
    next_phase = None if next_index is None else plan[next_index]
    if finished:
        warning = WarningLevel.NONE
    elif remaining < 0:
        warning = WarningLevel.OVER
    elif remaining <= warn_imminent_s:
        warning = WarningLevel.IMMINENT
    elif remaining <= warn_soon_s:
        warning = WarningLevel.SOON
    else:
        warning = WarningLevel.NONE
    return TimerState(
        status=replay.status,
        phase_index=current.index,
        phase=phase,
        elapsed_s=actual.elapsed_s,
        remaining_s=remaining,
        overtime_s=max(0.0, -remaining),
        paused_s=actual.paused_s,
        phase_actuals=tuple(actuals),
        warning=warning,
        next_phase=next_phase,
        proposes_next=not finished and remaining <= 0 and next_phase is not None,
        reason_missing=replay.reason_missing,
    )


UNDO_NEXT_S = 10
"""A phase change can be undone for this long (a mistaken Ctrl+→), counted on the timer's steady time."""


def undoable_next(events: Sequence[TimerEvent], now: datetime) -> TimerEvent | None:
    """The last event when it is a phase change made less than `UNDO_NEXT_S` seconds before `now`
    (a steady time, as the events' `t`), else None."""
    if not events or events[-1].kind is not TimerEventKind.NEXT:
        return None
    last = events[-1]
    return last if timedelta(0) <= now - last.t <= timedelta(seconds=UNDO_NEXT_S) else None


# --- display ---------------------------------------------------------------------------------


def format_seconds(s: float) -> str:
    """A remaining time as shown on the timer.

    "12:05" for 725 s; "1:02:03" from an hour up; overtime (a negative remaining time) counts up
    with a plus sign: "+01:30" for -90 s. A countdown shows whole seconds rounded up (0.2 s left
    reads "00:01", it reads "00:00" when the time is exactly over); overtime shows whole seconds
    elapsed, rounded down.
    """
    if not math.isfinite(s):
        raise ValueError("durée invalide")
    # Rounding to the microsecond first keeps float noise (599.9999999) from changing a second.
    if s >= 0:
        sign, total = "", math.ceil(round(s, 6))
    else:
        sign, total = "+", math.floor(round(-s, 6))
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{seconds:02d}"
    return f"{sign}{minutes:02d}:{seconds:02d}"
