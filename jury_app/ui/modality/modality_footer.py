"""The modality screen's bottom row: the paper-grid box, undo, incident, absence and abandon, and
the shortcuts' reminder."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QWidget

from jury_app.actions.exam import RunView
from jury_app.actions.grids import GridView
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.ui.common import theme
from jury_app.ui.common.feedback import ElidedLabel

_STYLE = "QLabel#shortcuts { color: @muted; }"


class ModalityFooter(QWidget):
    """Asks; the screen acts: each button is a signal the screen turns into an action."""

    paper_toggled = Signal(bool)
    undo_requested = Signal()
    incident_requested = Signal()
    absent_requested = Signal()
    abandon_requested = Signal()

    def __init__(self, *, on_document: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.follow(self, _STYLE)
        footer = QHBoxLayout(self)
        footer.setContentsMargins(0, 0, 0, 0)
        self.paper_box = QCheckBox(self.tr("Grille saisie depuis le papier"))
        self.paper_box.setToolTip(
            self.tr("À cocher quand cette grille recopie une grille papier remplie pendant une panne")
        )
        self.paper_box.setAccessibleName(self.tr("Grille saisie depuis le papier"))
        self.paper_box.clicked.connect(self.paper_toggled)
        footer.addWidget(self.paper_box)
        self.undo_button = QPushButton(self.tr("↶ Annuler la dernière saisie"))
        self.undo_button.setToolTip(self.tr("Annuler votre dernière modification de la grille (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Annuler la dernière saisie"))
        self.undo_button.clicked.connect(self.undo_requested)
        footer.addWidget(self.undo_button)
        self.incident_button = QPushButton(self.tr("Incident…"))
        self.incident_button.setToolTip(self.tr("Consigner un incident pendant cette modalité"))
        self.incident_button.setAccessibleName(self.tr("Consigner un incident"))
        self.incident_button.clicked.connect(self.incident_requested)
        footer.addWidget(self.incident_button)
        self.absent_button = QPushButton(self.tr("Absent…"))
        self.absent_button.setToolTip(
            self.tr(
                "Le candidat ne s'est pas présenté : les modalités qu'il n'a pas encore passées sont notées absentes"
            )
        )
        self.absent_button.setAccessibleName(self.tr("Noter le candidat absent"))
        self.absent_button.clicked.connect(self.absent_requested)
        footer.addWidget(self.absent_button)
        self.abandon_button = QPushButton(self.tr("Abandon…"))
        self.abandon_button.setToolTip(
            self.tr("Le candidat abandonne : cette modalité et les suivantes sont closes (circonstances demandées)")
        )
        self.abandon_button.setAccessibleName(self.tr("Enregistrer l'abandon du candidat"))
        self.abandon_button.clicked.connect(self.abandon_requested)
        footer.addWidget(self.abandon_button)
        self.shortcuts_label = ElidedLabel(
            self.tr(
                "1/2/3 noter · 0 effacer · ↑↓ critère · F3 non noté · F5 chrono · Ctrl+→ phase · Ctrl+Z annuler · Ctrl+N note"
            )
        )
        self.shortcuts_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.shortcuts_label.setObjectName("shortcuts")
        self.shortcuts_label.setToolTip(
            self.tr(
                "Sur un critère : 1 satisfait, 2 non satisfait, 3 non observé, 0 ou Suppr efface ; "
                "↑/↓ ou Tab : critère précédent/suivant ; F3 : critère suivant non noté ; "
                "F5 ou Ctrl+Espace : démarrer, mettre en pause, reprendre ; Ctrl+→ : phase suivante ; "
                "Ctrl+Z : annuler la dernière saisie de la grille (dans une zone de texte, annule la frappe) ; Ctrl+N : ajouter la note ; Alt+1 … Alt+9 : insérer une observation de votre banque"
            )
        )
        if on_document:  # no clock, no phase: the keys of the judgements only
            self.shortcuts_label.set_full_text(
                self.tr("1 acquise · 2 non acquise · 0 effacer · ↑↓ compétence · F3 suivant à juger · Ctrl+N note")
            )
            self.shortcuts_label.setToolTip(
                self.tr(
                    "Sur une compétence : 1 acquise, 2 non acquise, 0 ou Suppr efface ; ↑/↓ : compétence "
                    "précédente/suivante ; F3 : suivante à juger ; Ctrl+Z : annuler la dernière saisie ; "
                    "Ctrl+N : ajouter la note"
                )
            )
        self.shortcuts_label.setAccessibleName(self.tr("Raccourcis clavier"))
        footer.addWidget(self.shortcuts_label, 1)

    def show_run(self, view: RunView) -> None:
        closed = view.status in (Status.ABSENT, Status.ABANDONED)
        self.abandon_button.setEnabled(not closed)
        self.absent_button.setEnabled(view.status is Status.TODO and not view.events)

    def show_grid(self, view: GridView) -> None:
        self.paper_box.setChecked(view.source == "paper")
        self.undo_button.setEnabled(view.can_undo)
