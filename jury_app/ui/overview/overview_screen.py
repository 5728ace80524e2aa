"""The day at a glance: every candidate against every modality, who is next, what remains."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_app.actions import exam
from jury_app.actions.context import AppContext
from jury_app.actions.overview import Overview, overview
from jury_app.domain.clock import Clock
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.ui.common import theme
from jury_app.ui.common.action_runner import ActionRunner
from jury_app.ui.common.candidate_filter import CandidateFilter
from jury_app.ui.common.messages import translated
from jury_app.ui.overview.overview_model import OverviewModel


class OverviewScreen(QWidget):
    """Signals:
    open_requested(str, str): run or score a modality (candidate ref, modality id).
    closing_check_requested: the jury wants the list of what is still missing.
    deliberation_requested(str): the jury deliberates, starting with this candidate.
    """

    open_requested = Signal(str, str)
    closing_check_requested = Signal()
    deliberation_requested = Signal(str)

    def __init__(self, ctx: AppContext, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.session_id = ""
        self.juror_ref = ""
        self.view: Overview | None = None
        self.runner = ActionRunner(self)  # no message band here: refusals are told in a dialog
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        theme.follow(self.title, "font-size: @size(1.6); font-weight: bold;")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Résumé de la journée"))
        layout.addWidget(self.summary)
        self.jury_warning = QLabel(self)
        theme.follow(self.jury_warning, "color: @error_text; font-weight: bold;")
        layout.addWidget(self.jury_warning)

        self.filter = CandidateFilter(self)
        self.filter.changed.connect(self._apply_filter)
        layout.addWidget(self.filter)

        self.model = OverviewModel(clock)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Candidats et modalités"))
        self.table.setAccessibleDescription(
            self.tr("Une ligne par candidat, une colonne par modalité ; Entrée ouvre la modalité de la case choisie")
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Rows keep their size from one visit to the next: two lines each, cut with "…" (the tooltip
        # holds the whole text), so a juror's finger finds the same candidate at the same place.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 12)
        self.table.doubleClicked.connect(lambda _index: self._open())
        self.table.activated.connect(lambda _index: self._open())
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Ouvrir la modalité"), self)
        self.open_button.setToolTip(self.tr("Lancer ou noter la modalité sélectionnée (Entrée)"))
        self.open_button.clicked.connect(self._open)
        self.absent_button = QPushButton(self.tr("Candidat absent…"), self)
        self.absent_button.setToolTip(self.tr("Noter absent le candidat sélectionné (une remarque peut suivre)"))
        self.absent_button.clicked.connect(self._absent)
        self.closing_button = QPushButton(self.tr("Vérification de clôture…"), self)
        self.closing_button.setToolTip(self.tr("Lister ce qui manque encore, pour chaque candidat et chaque juré"))
        self.closing_button.clicked.connect(self.closing_check_requested)
        self.deliberation_button = QPushButton(self.tr("Délibération…"), self)
        self.deliberation_button.setToolTip(self.tr("Délibérer sur le candidat sélectionné (Ctrl+D)"))
        self.deliberation_button.clicked.connect(lambda: self.deliberation_requested.emit(self._candidate() or ""))
        self.refresh_button = QPushButton(self.tr("Actualiser"), self)
        self.refresh_button.setShortcut("F5")
        self.refresh_button.setToolTip(self.tr("Relire l'état de la session (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        for b in (
            self.open_button,
            self.absent_button,
            self.deliberation_button,
            self.closing_button,
            self.refresh_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        # Trainer's controls, for mock sessions only.
        self.speed_label = QLabel(self.tr("Vitesse des chronomètres :"), self)
        self.speed = QDoubleSpinBox(self)
        self.speed.setRange(0.5, 60)
        self.speed.setSuffix(" ×")
        self.speed.setAccessibleName(self.tr("Vitesse des chronomètres"))
        self.speed.setToolTip(self.tr("Examen blanc : accélérer les chronomètres (1 = temps réel)"))
        self.speed_label.setBuddy(self.speed)
        self.speed.editingFinished.connect(self._set_speed)
        self.reset_button = QPushButton(self.tr("Remettre le candidat à zéro…"), self)
        self.reset_button.setToolTip(self.tr("Examen blanc : effacer les évaluations du candidat sélectionné"))
        self.reset_button.clicked.connect(self._reset)
        layout.addLayout(buttons)
        # On a line of their own: beside the juror's buttons they would be wider than the screen.
        trainer = QHBoxLayout()
        for w in (self.speed_label, self.speed, self.reset_button):
            trainer.addWidget(w)
        trainer.addStretch(1)
        layout.addLayout(trainer)

        # The remaining time of the modalities under way, recomputed from the clock every second.
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.model.tick)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.ticker.start()
        # The arrows and Entrée work at once, on the cell left last: the search box is a click away.
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self.ticker.stop()
        super().hideEvent(event)

    def load(self, session_id: str, juror_ref: str) -> None:
        self.session_id = session_id
        self.juror_ref = juror_ref
        self.refresh()

    def refresh(self) -> None:
        view = self.runner.read(lambda: overview(self.ctx, self.session_id))
        if view is None:
            return
        self.view = view
        self.model.set_overview(view, self.juror_ref)
        self.title.setText((self.tr("EXAMEN BLANC — ") if view.mock else "") + f"{view.title} — {view.certification}")
        nxt = (
            self.tr("Prochain passage : {0} à {1}, {2} — {3}.").format(
                view.next_up[0][:10], view.next_up[0][11:16], view.next_up[1], view.next_up[2]
            )
            if view.next_up
            else self.tr("Aucun passage planifié restant.")
        )
        self.summary.setText(
            nxt + " " + self.tr("Modalités restantes : {0} ; passées : {1}.").format(view.remaining, view.done)
        )
        self.jury_warning.setText("\n".join(translated(p) for p in view.jury_problems))
        self.jury_warning.setVisible(bool(view.jury_problems))
        for w in (self.speed_label, self.speed, self.reset_button):
            w.setVisible(view.mock)
        self.show_speed(view.timer_speed)
        if self.table.currentIndex().isValid() is False and view.rows:
            self.table.setCurrentIndex(self.model.index(0, OverviewModel.FIXED))
        self._apply_filter()

    def _apply_filter(self) -> None:
        """Only the candidates the search box and the filter keep."""
        if self.view is None:
            return
        for r, row in enumerate(self.view.rows):
            self.table.setRowHidden(r, not self.filter.accepts(row.name, row.ref, row.states))

    def _selected(self) -> tuple[str, str] | None:
        index = self.table.currentIndex()
        cell = self.model.cell(index)
        if self.view is None or cell is None:
            return None
        return self.view.rows[index.row()].ref, cell.modality_id

    def _open(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        cell = self.model.cell(self.table.currentIndex())
        if cell is not None and cell.status is Status.NOT_APPLICABLE:
            QMessageBox.information(self, self.tr("Modalité"), self.tr("Cette modalité ne concerne pas ce candidat."))
            return
        self.open_requested.emit(*selected)

    def _candidate(self) -> str | None:
        index = self.table.currentIndex()
        if self.view is None or not index.isValid():
            return None
        return self.view.rows[index.row()].ref

    def selected_candidate(self) -> str:
        return self._candidate() or ""

    def _absent(self) -> None:
        cand = self._candidate()
        if cand is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("Candidat absent"), self.tr("Remarque (facultative) :"))
        if not ok:
            return
        self.runner.do(lambda: exam.mark_absent(self.ctx, self.session_id, cand, self.juror_ref, self.clock, note))
        self.refresh()

    def show_speed(self, speed: float) -> None:
        """The speed in force, as the session holds it (not what was last typed)."""
        self.speed.blockSignals(True)
        self.speed.setValue(speed)
        self.speed.blockSignals(False)
        self.speed.setToolTip(self.tr("Vitesse en vigueur pour les prochains chronomètres : ×{0}").format(f"{speed:g}"))

    def _set_speed(self) -> None:
        wanted = self.speed.value()
        self.runner.do(lambda: exam.set_timer_speed(self.ctx, self.session_id, wanted))
        self.refresh()

    def _reset(self) -> None:
        cand = self._candidate()
        if cand is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remise à zéro"), self.tr("Effacer tout ce qui a été saisi pour ce candidat (examen blanc) ?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.runner.do(lambda: exam.reset_candidate(self.ctx, self.session_id, cand, self.clock))
        self.refresh()
