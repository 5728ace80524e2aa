"""The warnings of the session's timers, wherever the juror is in the app.

The modality screen sounds its own timer's warnings; when the juror is elsewhere (the overview, the
deliberation, another candidate's grid) the timers under way go on, and so do their warnings: this
watcher recomputes every running timer from the clock each second and, when one enters "less than
5 minutes", "less than a minute" or "time over", beeps (if sound is on) and says which one in the
status bar. Nothing ticks in the timers themselves; the list of running ones is read again every
few seconds and whenever a screen changes one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from jury_app.actions.context import AppContext
from jury_app.actions.overview import RunningTimer, running_timers
from jury_app.domain.clock import Clock
from jury_app.domain.timer import TimerError, TimerStatus, WarningLevel, compute_state
from jury_app.ui.common.action_runner import ActionRunner

_SEVERITY = {WarningLevel.NONE: 0, WarningLevel.SOON: 1, WarningLevel.IMMINENT: 2, WarningLevel.OVER: 3}
RELOAD_EVERY = 5
"""Ticks (seconds) between two readings of the running timers."""


def warning_text(level: WarningLevel) -> str:
    return {
        WarningLevel.SOON: QCoreApplication.translate("TimerWatcher", "moins de 5 minutes"),
        WarningLevel.IMMINENT: QCoreApplication.translate("TimerWatcher", "moins d'une minute"),
        WarningLevel.OVER: QCoreApplication.translate("TimerWatcher", "temps dépassé"),
        WarningLevel.NONE: "",
    }[level]


class TimerWatcher(QObject):
    """Signals:
    warned(str): a timer not on screen entered a warning; the text names the candidate and the modality.
    """

    warned = Signal(str)

    def __init__(self, ctx: AppContext, clock: Clock, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.session_id: str | None = None
        self.shown: tuple[str, str] | None = None
        """(candidate, modality) of the timer the modality screen shows (it sounds its own warnings)."""
        self.sound_enabled = True
        self.sound: Callable[[], None] = QApplication.beep
        self._runner = ActionRunner(parent, tell=lambda _message: None)  # a failed reading waits for the next
        self._timers: list[RunningTimer] = []
        self._heard: dict[tuple[str, str], tuple[int | None, WarningLevel]] = {}
        self._ticks = 0
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)

    @property
    def timers(self) -> list[RunningTimer]:
        return list(self._timers)

    def watch(self, session_id: str | None) -> None:
        self.session_id = session_id
        self._heard.clear()
        self.reload()
        if session_id is None:
            self._ticker.stop()
        else:
            self._ticker.start()

    def reload(self) -> None:
        """Read the running timers again (a screen started, paused or finished one)."""
        sid = self.session_id
        if sid is None:
            self._timers = []
            return
        self._timers = self._runner.read(lambda: running_timers(self.ctx, sid)) or []
        for timer in self._timers:  # a timer first seen is heard as it stands: no beep for the past
            key = (timer.candidate_ref, timer.modality_id)
            if key not in self._heard:
                self._heard[key] = self._level(timer)

    def _level(self, timer: RunningTimer) -> tuple[int | None, WarningLevel]:
        try:
            state = compute_state(timer.plan, timer.events, self.clock.steady(), speed=timer.speed)
        except TimerError:
            return (None, WarningLevel.NONE)
        level = state.warning if state.status is TimerStatus.RUNNING else WarningLevel.NONE
        return (state.phase_index, level)

    def tick(self) -> None:
        self._ticks += 1
        if self._ticks % RELOAD_EVERY == 0:
            self.reload()
        for timer in self._timers:
            key = (timer.candidate_ref, timer.modality_id)
            phase, level = self._level(timer)
            heard_phase, heard = self._heard.get(key, (phase, WarningLevel.NONE))
            if heard_phase != phase:
                heard = WarningLevel.NONE
            self._heard[key] = (phase, level)
            if _SEVERITY[level] > _SEVERITY[heard] and key != self.shown:
                if self.sound_enabled:
                    self.sound()
                self.warned.emit(
                    QCoreApplication.translate("TimerWatcher", "⏰ {0} — {1} : {2}").format(
                        timer.candidate_name, timer.modality_title, warning_text(level)
                    )
                )
