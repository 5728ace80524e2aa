"""How the deliberation screen tells what an action did: the saved label, the red band, the lock band."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from jury_app.ui.common import theme
from jury_app.ui.common.feedback import ElidedLabel as ElidedLabel  # the deliberation's panels use it
from jury_app.ui.common.feedback import SavedState, repolish

__all__ = ["ElidedLabel", "LockBand", "SavedLabel", "repolish"]


class SavedLabel(SavedState):
    """The saved state of the deliberation's decisions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_idle()

    def set_idle(self) -> None:
        self._set("idle", self.tr("Rien de modifié"), self.tr("Aucune décision n'a été modifiée depuis l'ouverture."))

    def set_pending(self) -> None:
        self._set(
            "pending",
            self.tr("Motif en cours de frappe : non enregistré"),
            self.tr("Le motif sera enregistré dès que vous quitterez la zone ou ferez une pause."),
        )


class LockBand(QFrame):
    """Shown while the deliberation of the candidate is closed: everything is read-only."""

    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockBand")
        theme.follow(
            self,
            "QFrame#lockBand { background: @lock_bg; border: 2px solid @lock_border; border-radius: 4px; }"
            "QFrame#lockBand QLabel { color: @text; font-weight: bold; font-size: @size(1.1); }",
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel(
            self.tr(
                "Délibération close : les décisions sont verrouillées (lecture seule). Pour modifier, rouvrez-la en indiquant un motif."
            )
        )
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Délibération close"))
        layout.addWidget(self.label, 1)
        self.reopen_button = QPushButton(self.tr("Rouvrir…"))
        self.reopen_button.setToolTip(self.tr("Rouvrir la délibération de ce candidat ; le motif est consigné"))
        self.reopen_button.setAccessibleName(self.tr("Rouvrir la délibération"))
        self.reopen_button.clicked.connect(self.reopen_requested)
        layout.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.tr("Délibération close"))
        self.hide()
