"""Where the candidate's deliberation stands for this juror: blind marking, and the jury's step.

Before every juror has finished the candidate's grids, the band says whose grids are still open and
that the others' entries are hidden; only the president can open the deliberation then, after a
confirmation. Once all have finished, the band asks who is present and opens the jury's step. While
the step is open it says who opened it and who is present. The actions enforce all of it
(`actions.jury_step`); the band only asks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from jury_app.actions.jury_step import BlindState
from jury_app.ui.common import theme
from jury_app.ui.common.feedback import local_time, repolish


class JuryStepBand(QFrame):
    """Signals:
    open_requested(object, bool): (the refs of the jurors present, early: before every grid is finished).
    """

    open_requested = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepBand")
        self.setProperty("stage", "blind")
        theme.follow(
            self,
            "QFrame#stepBand { border-radius: 4px; padding: 2px; }"
            'QFrame#stepBand[stage="blind"] { background: @info_bg; border: 2px solid @info_border; }'
            'QFrame#stepBand[stage="blind"] QLabel { color: @info_fg; }'
            'QFrame#stepBand[stage="ready"] { background: @warn_bg; border: 2px solid @warn_mark; }'
            'QFrame#stepBand[stage="ready"] QLabel { color: @warn_fg; }'
            'QFrame#stepBand[stage="sitting"] { background: @ok_bg; border: 1px solid @ok_border; }'
            'QFrame#stepBand[stage="sitting"] QLabel { color: @ok_fg; }'
            "QFrame#stepBand QLabel { font-weight: bold; }",
        )
        self._state: BlindState | None = None
        self._viewer = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 6, 4)
        layout.setSpacing(2)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        self.present_label = QLabel(self.tr("Présents :"))
        row.addWidget(self.present_label)
        self._boxes: dict[str, QCheckBox] = {}
        self._boxes_row = QHBoxLayout()
        row.addLayout(self._boxes_row)
        row.addStretch(1)
        self.open_button = QPushButton(self.tr("Ouvrir la séance du jury"))
        self.open_button.setToolTip(
            self.tr("Le jury siège : les jugements communs et les décisions se posent ensemble, présents notés")
        )
        self.open_button.setAccessibleName(self.tr("Ouvrir la séance du jury"))
        self.open_button.clicked.connect(self._open_clicked)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.setAccessibleName(self.tr("Séance du jury"))

    # --- reading -------------------------------------------------------------------------------
    @property
    def present(self) -> list[str]:
        return [ref for ref, box in self._boxes.items() if box.isChecked()]

    @property
    def stage(self) -> str:
        return str(self.property("stage"))

    # --- painting ------------------------------------------------------------------------------
    def set_state(self, state: BlindState, viewer: str, *, closed: bool) -> None:
        self._state, self._viewer = state, viewer
        if [j.ref for j in state.jurors] != list(self._boxes):
            for box in self._boxes.values():
                self._boxes_row.removeWidget(box)
                box.deleteLater()
            self._boxes = {}
            for juror in state.jurors:
                box = QCheckBox(juror.name)
                box.setChecked(True)
                box.setToolTip(self.tr("{0} est présent(e) à la séance du jury").format(juror.name))
                box.setAccessibleName(self.tr("Présent(e) : {0}").format(juror.name))
                self._boxes_row.addWidget(box)
                self._boxes[juror.ref] = box
        names = {j.ref: j.name for j in state.jurors}
        waiting = [j for j in state.jurors if not j.finished]
        if state.step is not None:
            stage = "sitting"
            text = self.tr("Séance du jury ouverte à {0} par {1} — présents : {2}.").format(
                local_time(state.step.opened_at),
                names.get(state.step.opened_by, state.step.opened_by),
                ", ".join(names.get(p, p) for p in state.step.present),
            )
            if state.step.early:
                text += " " + self.tr("(ouverte par le ou la président(e) avant la fin des grilles)")
        elif not state.lifted:
            stage = "blind"
            progress = ", ".join(f"{j.name} {j.done}/{j.total}" for j in state.jurors)
            text = self.tr(
                "Notation à l'aveugle : les notes, jugements et observations des autres jurés restent masqués "
                "jusqu'à ce que chacun ait terminé ses grilles pour ce candidat (grilles terminées : {0})."
            ).format(progress)
            if viewer == state.president:
                text += " " + self.tr("En tant que président(e), vous pouvez ouvrir la délibération plus tôt.")
        else:
            stage = "ready"
            text = self.tr(
                "Toutes les grilles sont terminées. Les jugements communs et les décisions se posent en séance du "
                "jury : cochez les présents puis ouvrez la séance."
            )
        if closed and state.step is None:
            stage, text = "sitting", self.tr("Délibération close.")
        if self.property("stage") != stage:
            self.setProperty("stage", stage)
            repolish(self)
            for label in self.findChildren(QLabel):
                repolish(label)
        self.label.setText(text)
        self.label.setToolTip(text)
        self.setAccessibleDescription(text)
        can_open = state.step is None and not closed and (state.lifted or viewer == state.president)
        for widget in (self.present_label, self.open_button, *self._boxes.values()):
            widget.setVisible(can_open)
        self.open_button.setText(
            self.tr("Ouvrir la délibération maintenant…")
            if waiting and not state.lifted
            else self.tr("Ouvrir la séance du jury")
        )
        self.setVisible(not closed or state.step is not None)

    # --- the user ------------------------------------------------------------------------------
    def _open_clicked(self) -> None:
        state = self._state
        if state is None:
            return
        early = not state.lifted
        if early:
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("JuryStepBand", "Ouvrir la délibération plus tôt"),
                QCoreApplication.translate(
                    "JuryStepBand",
                    "Tous les jurés n'ont pas terminé leurs grilles pour ce candidat. Ouvrir la délibération "
                    "maintenant montre à tous les notes de chacun. Cette ouverture anticipée est consignée, avec "
                    "les présents. Confirmer ?",
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.open_requested.emit(self.present, early)
