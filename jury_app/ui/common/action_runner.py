"""How a screen calls an action: one policy for refusals, faults and slow work.

- A refused action (`InvalidInput`) is told as what it is: what was refused, why, and that nothing
  was lost (the action changed nothing), in the screen's band when it has one, in a dialog
  otherwise. The saved label keeps what it said: the last save still holds.
- A fault (any other exception) is logged with its traceback (`jury_app.app_log`), then told as a
  plain message (`actions.errors.explain`) with what to do and where the log is: never SQL or a
  traceback in front of the jury. The saved label says "Non enregistré".
- Messages from the actions are shown in the UI's language (`ui.common.messages`).
- The saved label says "Enregistré à …" only once the action has returned, its commit done.
- Slow actions run on the thread pool behind a progress dialog; what follows runs on the GUI thread.

A screen makes one runner (`ActionRunner(self, banner=…, saved=…, clock=…)`) and calls every action
through it: `call` for a change, `do` for a change that returns nothing, `read` for a reading,
`attempt` when the failure is itself what the screen lists, `in_background` for slow work.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from jury_app.actions.errors import explain
from jury_app.app_log import log_file
from jury_app.domain.clock import Clock
from jury_app.domain.problems import InvalidInput
from jury_app.ui.common.feedback import MessageBanner, SavedState
from jury_app.ui.common.messages import translated

log = logging.getLogger(__name__)

T = TypeVar("T")

Progress = Callable[[int], None]
"""Handed to background work: call it with the number of bytes just processed (from any thread)."""

_MEGABYTE = 1024 * 1024
_PROGRESS_STEP = 256 * 1024  # bytes between two reports to the GUI thread


@dataclass(frozen=True)
class Failed:
    """An action that was refused or failed: its message in the UI's language (a fault is already logged)."""

    message: str
    refused: bool
    """True for a refusal (`InvalidInput`), False for a fault."""


def failure(exc: BaseException, where: str) -> Failed:
    """What became of an action that raised `exc`; a fault is logged here, with its traceback."""
    refused = isinstance(exc, InvalidInput)
    if not refused:
        log.error("action failed (%s)", where, exc_info=exc)
    return Failed("\n".join(translated(m) for m in explain(exc)), refused)


def refusal_text(message: str, what: str = "") -> str:
    """A refusal as the juror reads it: what was refused, why, and that nothing was lost."""
    head = (
        QCoreApplication.translate("ActionRunner", "Refusé — {0} : {1}").format(what, message)
        if what
        else QCoreApplication.translate("ActionRunner", "Refusé : {0}").format(message)
    )
    return (
        head
        + "\n"
        + QCoreApplication.translate("ActionRunner", "Rien n'a été perdu : ce qui était enregistré l'est toujours.")
    )


def fault_text(message: str) -> str:
    """A fault as the juror reads it: what happened, that the last saves hold, what to do, the log."""
    text = (
        message
        + "\n"
        + QCoreApplication.translate(
            "ActionRunner",
            "Cette saisie n'est pas enregistrée ; les précédentes restent intactes. Réessayez ; si cela se "
            "reproduit, continuez sur la grille papier (Documents) et prévenez le responsable de session.",
        )
    )
    path = log_file()
    if path is not None:
        text += "\n" + QCoreApplication.translate("ActionRunner", "Détails pour l'assistance : {0}").format(path)
    return text


def _waiting(action: Callable[[], T]) -> T:
    """Run `action` under a wait cursor, restored before anything is told."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return action()
    finally:
        QGuiApplication.restoreOverrideCursor()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self._processed = 0
        self._told = 0

    def _progress(self, amount: int) -> None:
        self._processed += amount
        if self._processed - self._told >= _PROGRESS_STEP:  # not a signal per chunk read
            self._told = self._processed
            self.signals.progressed.emit(self._processed)

    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except Exception as exc:  # carried to the GUI thread, where the runner's policy applies
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_alive: set[_Signals] = set()


class ActionRunner:
    """Calls the actions of one screen (or dialog) and tells what became of them.

    `banner`: where messages are told (a dialog over `parent` when None); `saved` and `clock`: the
    saved label, set after each change. `tell` replaces both for a dialog that writes its messages
    on a line of its own, beside the fields they are about.
    """

    def __init__(
        self,
        parent: QWidget,
        *,
        banner: MessageBanner | None = None,
        saved: SavedState | None = None,
        clock: Clock | None = None,
        tell: Callable[[str], None] | None = None,
    ) -> None:
        if saved is not None and clock is None:
            raise ValueError("a saved label needs the clock that dates the saves")
        self.parent = parent
        self.banner = banner
        self.saved = saved
        self.clock = clock
        self._tell = tell
        self.progress_dialog: QProgressDialog | None = None
        """The progress dialog of the last background work (None when it had none)."""

    # --- telling -------------------------------------------------------------------------------
    def tell(self, message: str, *, kind: str = "error") -> None:
        """Show a message about the last action, where this screen shows them.

        `kind`: "error" (a fault), "refusal" (nothing done, nothing lost) or "notice".
        """
        if self._tell is not None:
            self._tell(message)
        elif self.banner is not None:
            self.banner.show_message(message, kind)
        elif kind == "error":
            QMessageBox.warning(self.parent, QCoreApplication.translate("ActionRunner", "Action impossible"), message)
        else:
            QMessageBox.information(
                self.parent,
                QCoreApplication.translate("ActionRunner", "Action refusée") if kind == "refusal" else "",
                message,
            )

    def tell_notice(self, message: str) -> None:
        self.tell(message, kind="notice")

    def _told(self, failed: Failed, *, saving: bool, what: str = "") -> None:
        if failed.refused:
            # Nothing was changed: the saved label still tells the truth. A reading refused is told as it is.
            self.tell(refusal_text(failed.message, what) if saving else failed.message, kind="refusal")
            return
        self.tell(fault_text(failed.message))
        if saving and self.saved is not None:
            self.saved.set_failed(failed.message)

    # --- calling -------------------------------------------------------------------------------
    def attempt(self, action: Callable[[], T], *, busy: bool = False) -> T | Failed:
        """Call `action`: what it returned, or `Failed` (nothing told: for a screen that lists failures).

        `busy`: a wait cursor while it runs (for the few actions that take a second).
        """
        try:
            return _waiting(action) if busy else action()
        except Exception as exc:  # the one place the policy catches: refusals and faults alike
            return failure(exc, type(self.parent).__name__)

    def call(
        self,
        action: Callable[[], T],
        *,
        then: Callable[[T], None] | None = None,
        busy: bool = False,
        what: str = "",
    ) -> T | None:
        """Call an action that changes something; None when refused or failed (and told).

        On success the band is cleared, `then` shows what the action returned, and only then the
        saved label says "Enregistré à …": the action's commit is done once it has returned.
        `what`: the action in a few words ("Démarrer le chronomètre"), named when it is refused.
        """
        result = self.attempt(action, busy=busy)
        if isinstance(result, Failed):
            self._told(result, saving=True, what=what)
            return None
        if self.banner is not None:
            self.banner.clear()
        if then is not None:
            then(result)
        if self.saved is not None and self.clock is not None:
            self.saved.set_saved(self.clock.now())
        return result

    def do(self, action: Callable[[], object], *, busy: bool = False, what: str = "") -> bool:
        """`call` for an action that returns nothing: True when done."""

        def done() -> bool:
            action()
            return True

        return self.call(done, busy=busy, what=what) is True

    def read(self, reading: Callable[[], T]) -> T | None:
        """A reading (nothing saved): None on failure, its message told, the saved label untouched."""
        result = self.attempt(reading)
        if isinstance(result, Failed):
            self._told(result, saving=False)
            return None
        return result

    def in_background(
        self,
        work: Callable[[Progress], T],
        then: Callable[[T], None],
        *,
        progress_label: str | None = None,
        on_failure: Callable[[Failed], None] | None = None,
    ) -> None:
        """Run `work` on the thread pool, behind a progress dialog when `progress_label` is given.

        `then` gets the result on the GUI thread. A refusal or a fault is told as by `read`, or
        handed to `on_failure` instead (a fault already logged).
        """
        dialog = self._progress_dialog(progress_label) if progress_label is not None else None
        self.progress_dialog = dialog
        signals = _Signals()
        _alive.add(signals)  # keep the QObject alive until the job reports

        def finish() -> None:
            _alive.discard(signals)
            if dialog is not None:
                dialog.close()

        def done(result: Any) -> None:
            finish()
            then(result)

        def failed(exc: Any) -> None:
            finish()
            outcome = failure(exc, type(self.parent).__name__)
            if on_failure is None:
                self._told(outcome, saving=False)
            else:
                on_failure(outcome)

        def progressed(processed: int) -> None:
            if dialog is not None:
                megabytes = QLocale().toString(processed / _MEGABYTE, "f", 1)
                dialog.setLabelText(
                    QCoreApplication.translate("ActionRunner", "{0}\n{1} Mo traités").format(progress_label, megabytes)
                )

        signals.done.connect(done)
        signals.failed.connect(failed)
        signals.progressed.connect(progressed)
        QThreadPool.globalInstance().start(_Job(work, signals))

    def _progress_dialog(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, "", 0, 0, self.parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)  # shown only for what takes longer than half a second
        dialog.setValue(0)
        return dialog
