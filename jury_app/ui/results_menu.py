"""The Jury menu's entries for the jurors' result files: export one's own, import the others',
their completeness, the conflicts between laptops, and the reset of a juror's code and key.

Kept apart from the main window, which only says which session and juror are current and what to
do after an import or a reset. The dialogs are imported on first use, like the screens, so the
window paints before the actions behind them load.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from jury_app.actions.context import AppContext
from jury_app.domain.clock import Clock
from jury_app.ui.common.action_runner import ActionRunner
from jury_app.ui.common.messages import translated

Current = Callable[[], tuple[str | None, str | None]]
"""The open session and the juror at the keyboard, each None when there is none."""


class ResultsMenu(QObject):
    imported = Signal()
    """Result files were merged: grid states may have changed."""
    juror_reset = Signal(str)
    """The juror whose code and key were reset (they log in again if at the keyboard)."""

    def __init__(self, ctx: AppContext, clock: Clock, window: QWidget, runner: ActionRunner, current: Current) -> None:
        super().__init__(window)
        self.ctx, self.clock, self.window, self.runner, self.current = ctx, clock, window, runner, current
        self.export_action = self._action(self.tr("&Exporter mes résultats…"), self.export_results)
        self.import_action = self._action(self.tr("&Importer des résultats de jurés…"), self.import_results)
        self.status_action = self._action(self.tr("État de &complétude des résultats…"), self.results_status)
        self.conflicts_action = self._action(self.tr("Conflits entre &ordinateurs…"), self.results_conflicts)
        self.reset_action = self._action(self.tr("&Réinitialiser le code et la clé d'un juré…"), self.reset_juror)
        for action in self.actions:
            action.setEnabled(False)

    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        return action

    @property
    def actions(self) -> list[QAction]:
        """In the menu's order."""
        return [self.export_action, self.import_action, self.status_action, self.conflicts_action, self.reset_action]

    def session_opened(self) -> None:
        """What the session lead does with a session open; exporting waits for a juror."""
        for action in (self.import_action, self.status_action, self.conflicts_action, self.reset_action):
            action.setEnabled(True)

    def juror_logged_in(self) -> None:
        self.export_action.setEnabled(True)

    def export_results(self) -> None:
        session_id, juror_ref = self.current()
        if session_id is None or juror_ref is None:
            return
        from jury_app.ui.results import ExportResultsDialog

        dialog = self.runner.read(lambda: ExportResultsDialog(self.ctx, session_id, juror_ref, self.clock, self.window))
        if dialog is not None:
            dialog.exec()

    def import_results(self) -> None:
        session_id, _ = self.current()
        if session_id is None:
            return
        from jury_app.ui.results import ImportResultsDialog

        dialog = ImportResultsDialog(self.ctx, session_id, self.clock, self.window)
        dialog.exec()
        if dialog.outcomes:
            self.imported.emit()

    def reset_juror(self) -> None:
        session_id, _ = self.current()
        if session_id is None:
            return
        from jury_app.ui.jurors.reset_dialog import ResetJurorDialog

        dialog = ResetJurorDialog(self.ctx, session_id, self.clock, self.window)
        dialog.exec()
        if dialog.result_info is not None:
            self.juror_reset.emit(dialog.result_info.juror_ref)

    def results_conflicts(self) -> None:
        session_id, _ = self.current()
        if session_id is None:
            return
        from jury_app.ui.results import ConflictsDialog

        dialog = self.runner.read(lambda: ConflictsDialog(self.ctx, session_id, self.clock, self.window))
        if dialog is not None:
            dialog.exec()

    def results_status(self) -> None:
        session_id, _ = self.current()
        if session_id is None:
            return
        from jury_app.actions.results_status import completeness

        report = self.runner.read(lambda: completeness(self.ctx, session_id))
        if report is not None:
            QMessageBox.information(self.window, self.tr("Complétude des résultats"), translated(report.summary))
