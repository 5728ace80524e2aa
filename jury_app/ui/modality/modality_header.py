"""The modality screen's top: the mock-session banner, then who is evaluated in what, their extra
time, where the modality stands and whether the last change is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jury_app.actions.exam import RunView
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.ui.common import theme
from jury_app.ui.modality.feedback import SavedIndicator

_STYLE = """
QFrame#mockBanner { background: @mock_banner_bg; border: 3px dashed @mock_banner_fg; border-radius: 4px; }
QFrame#mockBanner QLabel { color: @mock_banner_fg; font-size: @size(1.8); font-weight: 900; }
QLabel#candidateName { font-size: @size(1.6); font-weight: bold; }
QLabel#modalityTitle { font-size: @size(1.2); color: @secondary; }
QLabel#extraTime {
    background: @badge_bg; color: @badge_fg; font-size: @size(1.1); font-weight: bold; padding: 4px 10px; border-radius: 4px;
}
QLabel#runStatus { font-weight: bold; padding: 4px 8px; border: 1px solid @border; border-radius: 4px; }
"""


class ModalityHeader(QWidget):
    """Built once for a run; `show_run` follows its status."""

    back_requested = Signal()

    def __init__(self, run: RunView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.follow(self, _STYLE)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(6)
        self.mock_banner = self._build_mock_banner(run)
        root.addWidget(self.mock_banner)
        root.addLayout(self._build_row(run))

    def _build_mock_banner(self, run: RunView) -> QFrame:
        frame = QFrame()
        frame.setObjectName("mockBanner")
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(8, 2, 8, 2)
        self.mock_label = QLabel()
        self.mock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.mock_label, 1)
        frame.setAccessibleName(self.tr("Examen blanc"))
        frame.setToolTip(
            self.tr("Session d'entraînement : rien de ce qui est saisi ici ne compte pour la certification")
        )
        frame.setVisible(run.mock)
        return frame

    def _build_row(self, run: RunView) -> QHBoxLayout:
        header = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Vue d'ensemble"))
        self.back_button.setToolTip(
            self.tr("Revenir à la vue d'ensemble ; les observations en cours sont enregistrées")
        )
        self.back_button.setAccessibleName(self.tr("Revenir à la vue d'ensemble"))
        self.back_button.clicked.connect(self.back_requested)
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.candidate_label = QLabel(run.candidate_name)
        self.candidate_label.setObjectName("candidateName")
        self.candidate_label.setAccessibleName(self.tr("Candidat"))
        self.candidate_label.setToolTip(self.tr("Candidat évalué"))
        titles.addWidget(self.candidate_label)
        self.modality_label = QLabel(run.modality.title)
        self.modality_label.setObjectName("modalityTitle")
        self.modality_label.setAccessibleName(self.tr("Modalité"))
        self.modality_label.setToolTip(self.tr("Modalité d'évaluation"))
        titles.addWidget(self.modality_label)
        header.addLayout(titles)
        header.addSpacing(12)
        self.extra_time_label = QLabel()
        self.extra_time_label.setObjectName("extraTime")
        self.extra_time_label.setAccessibleName(self.tr("Aménagement : temps supplémentaire"))
        self.extra_time_label.setToolTip(
            self.tr("Le candidat bénéficie d'un temps supplémentaire : toutes les phases sont allongées")
        )
        percent = run.extra_time_percent
        if percent == 33:
            self.extra_time_label.setText(self.tr("Tiers temps +33 % : phases allongées"))
        elif percent:
            self.extra_time_label.setText(self.tr("Temps majoré +{0} % : phases allongées").format(percent))
        self.extra_time_label.setVisible(percent > 0)
        header.addWidget(self.extra_time_label, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("runStatus")
        self.status_label.setAccessibleName(self.tr("État de la modalité"))
        self.status_label.setToolTip(self.tr("Où en est la modalité pour ce candidat"))
        header.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self.saved_indicator = SavedIndicator()
        header.addWidget(self.saved_indicator, 0, Qt.AlignmentFlag.AlignVCenter)
        return header

    def show_run(self, view: RunView) -> None:
        texts = {
            Status.TODO: self.tr("À faire"),
            Status.IN_PROGRESS: self.tr("En cours"),
            Status.DONE: self.tr("Terminée"),
            Status.ABSENT: self.tr("Candidat absent"),
            Status.ABANDONED: self.tr("Abandon"),
            Status.NOT_APPLICABLE: self.tr("Non concerné"),
        }
        status = self.tr("Sur document") if view.on_document and view.status is Status.TODO else texts[view.status]
        self.status_label.setText(status)
        self.status_label.setAccessibleDescription(status)
        if view.mock:
            text = self.tr("EXAMEN BLANC")
            if view.speed != 1:
                text += self.tr(" — chronomètre accéléré ×{0}").format(f"{view.speed:g}")
            self.mock_label.setText(text)
            self.mock_label.setAccessibleName(text)
        self.mock_banner.setVisible(view.mock)
