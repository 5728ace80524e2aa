"""Where the time comes from.

Every time the app shows or records is read from a `Clock`, never counted in ticks: the GUI and the
tests hand a `FakeClock` to what they exercise, the app a `SystemClock`. Times are aware UTC
datetimes.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, an aware datetime in UTC."""
        ...


class SystemClock:
    """The machine's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


def _aware_utc(dt: datetime) -> datetime:
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError("date et heure sans fuseau horaire : une heure UTC est attendue")
    return dt.astimezone(UTC)


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime) -> None:
        self._now = _aware_utc(start)

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> datetime:
        """Moves forward by `seconds` (>= 0) and returns the new time."""
        if seconds < 0:
            raise ValueError("une horloge n'avance pas à reculons : utiliser set()")
        self._now += timedelta(seconds=seconds)
        return self._now

    def set(self, dt: datetime) -> None:
        """Jumps to `dt` (an aware datetime), forward or backward."""
        self._now = _aware_utc(dt)
