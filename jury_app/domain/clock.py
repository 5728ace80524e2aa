"""Where the time comes from.

Every time the app shows or records is read from a `Clock`, never counted in ticks: the GUI and the
tests hand a `FakeClock` to what they exercise, the app a `SystemClock`. Times are aware UTC
datetimes.

A clock gives two readings. `now()` is the computer's time, kept for the record. `steady()` is the
time the timers run on: the computer's time as read when the clock was made, advanced since by the
monotonic clock, so that a change of the computer's time (by hand, by a time server, by a wrong
battery-backed clock) neither resets a countdown nor adds to it. The two part when the computer's
time changes: `take_jump()` tells by how much, once, for the change to be recorded as an incident.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol

JUMP_THRESHOLD = timedelta(seconds=5)
"""A change of the computer's time smaller than this is not told (clocks are corrected gently)."""


class Clock(Protocol):
    def now(self) -> datetime:
        """The computer's time, an aware datetime in UTC: for the record."""
        ...

    def steady(self) -> datetime:
        """The time timers run on (aware, UTC): it moves as real time does, whatever the computer's
        time does, and equals it when the clock is made."""
        ...

    def take_jump(self) -> timedelta | None:
        """How far the computer's time moved against the steady time since the last jump taken, or
        None when that is under `JUMP_THRESHOLD`. A jump is taken once."""
        ...


class _JumpWatch:
    def __init__(self) -> None:
        self._told = timedelta(0)

    def now(self) -> datetime:
        raise NotImplementedError

    def steady(self) -> datetime:
        raise NotImplementedError

    def take_jump(self) -> timedelta | None:
        drift = self.now() - self.steady()
        jump = drift - self._told
        if abs(jump) < JUMP_THRESHOLD:
            return None
        self._told = drift
        return jump


class SystemClock(_JumpWatch):
    """The machine's clock; its steady time is the monotonic clock, anchored when it is made."""

    def __init__(self) -> None:
        super().__init__()
        self._anchor = datetime.now(UTC) - timedelta(seconds=time.monotonic())

    def now(self) -> datetime:
        return datetime.now(UTC)

    def steady(self) -> datetime:
        return self._anchor + timedelta(seconds=time.monotonic())


def _aware_utc(dt: datetime) -> datetime:
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError("date et heure sans fuseau horaire : une heure UTC est attendue")
    return dt.astimezone(UTC)


class FakeClock(_JumpWatch):
    """A clock that only moves when told to.

    `advance` and `set` move both readings, as time passing does; `change_time` moves the
    computer's time alone, as when someone sets it.
    """

    def __init__(self, start: datetime) -> None:
        super().__init__()
        self._now = _aware_utc(start)
        self._steady = self._now

    def now(self) -> datetime:
        return self._now

    def steady(self) -> datetime:
        return self._steady

    def advance(self, seconds: float) -> datetime:
        """Moves forward by `seconds` (>= 0) and returns the new time."""
        if seconds < 0:
            raise ValueError("une horloge n'avance pas à reculons : utiliser set()")
        self._now += timedelta(seconds=seconds)
        self._steady += timedelta(seconds=seconds)
        return self._now

    def set(self, dt: datetime) -> None:
        """Jumps to `dt` (an aware datetime), forward or backward; the steady time moves alike."""
        target = _aware_utc(dt)
        self._steady += target - self._now
        self._now = target

    def change_time(self, seconds: float) -> datetime:
        """The computer's time changed by `seconds` (either way); real time did not move."""
        self._now += timedelta(seconds=seconds)
        return self._now
