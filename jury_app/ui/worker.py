"""Slow work off the GUI thread, through one helper that reports the result or the error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported to the GUI thread, shown there in French
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_alive: set[_Signals] = set()


def run_in_background(
    work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
) -> None:
    """Run `work` on the thread pool; the callbacks run on the GUI thread."""
    signals = _Signals()
    _alive.add(signals)  # keep the QObject alive until the job reports

    def finished(result: Any) -> None:
        _alive.discard(signals)
        on_done(result)

    def failed(exc: Any) -> None:
        _alive.discard(signals)
        on_error(exc)

    signals.done.connect(finished)
    signals.failed.connect(failed)
    QThreadPool.globalInstance().start(_Job(work, signals))
