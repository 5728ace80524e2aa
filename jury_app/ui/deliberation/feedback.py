"""How the deliberation screen tells what an action did: the saved label, the red band, the lock band."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget


def local_time(at: datetime) -> str:
    """An aware UTC time as the wall clock of this computer shows it: 10:42:05."""
    return at.astimezone().strftime("%H:%M:%S")


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property it reads has changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class ElidedLabel(QLabel):
    """One line that gives way on a narrow panel, cut with "…"; the tooltip holds the whole text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 20)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._elide()


class SavedLabel(QLabel):
    """ "Enregistré à 10:42:05" after each durable commit; "Non enregistré" when an action failed."""

    _STYLE = """
        QLabel#savedLabel { border-radius: 4px; padding: 4px 10px; font-weight: bold; }
        QLabel#savedLabel[state="saved"] { background: #e6f4ea; color: #1e5631; border: 1px solid #8bc49a; }
        QLabel#savedLabel[state="idle"] { background: #f1f3f4; color: #3c4043; border: 1px solid #c4c7c5; }
        QLabel#savedLabel[state="pending"] { background: #fff4d6; color: #6b4e00; border: 1px solid #e0b84a; }
        QLabel#savedLabel[state="error"] { background: #fce8e6; color: #8c1d18; border: 2px solid #c5221f; }
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedLabel")
        self.setStyleSheet(self._STYLE)
        self.setAccessibleName(self.tr("État de l'enregistrement"))
        self.state = "idle"
        self.set_idle()

    def _set(self, state: str, text: str, tooltip: str) -> None:
        self.state = state
        self.setProperty("state", state)
        self.setText(text)
        self.setToolTip(tooltip)
        self.setAccessibleDescription(text)
        repolish(self)

    def set_idle(self) -> None:
        self._set("idle", self.tr("Rien de modifié"), self.tr("Aucune décision n'a été modifiée depuis l'ouverture."))

    def set_saved(self, at: datetime) -> None:
        self._set(
            "saved",
            self.tr("Enregistré à {0}").format(local_time(at)),
            self.tr("La dernière action est enregistrée sur le disque."),
        )

    def set_pending(self) -> None:
        self._set(
            "pending",
            self.tr("Motif en cours de frappe : non enregistré"),
            self.tr("Le motif sera enregistré dès que vous quitterez la zone ou ferez une pause."),
        )

    def set_failed(self, message: str) -> None:
        self._set("error", self.tr("Non enregistré"), message)


class ErrorBand(QFrame):
    """A red band under the header with the message of a refused action; dismissable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBand")
        self.setStyleSheet(
            "QFrame#errorBand { background: #fce8e6; border: 2px solid #c5221f; border-radius: 4px; }"
            "QFrame#errorBand QLabel { color: #8c1d18; font-weight: bold; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._label.setAccessibleName(self.tr("Message"))
        layout.addWidget(self._label, 1)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Masquer ce message"))
        close.setAccessibleName(self.tr("Masquer le message"))
        close.clicked.connect(self.clear)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(self.tr("Message d'erreur"))
        self.hide()

    def text(self) -> str:
        return self._label.text() if not self.isHidden() else ""

    def show_error(self, message: str) -> None:
        self._label.setText(message)
        self.setAccessibleDescription(message)
        self.show()

    def clear(self) -> None:
        self._label.clear()
        self.hide()


class LockBand(QFrame):
    """Shown while the deliberation of the candidate is closed: everything is read-only."""

    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockBand")
        self.setStyleSheet(
            "QFrame#lockBand { background: #e8eaed; border: 2px solid #5f6368; border-radius: 4px; }"
            "QFrame#lockBand QLabel { color: #202124; font-weight: bold; font-size: 11pt; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel(
            self.tr(
                "🔒 Délibération close : les décisions sont verrouillées (lecture seule). Pour modifier, rouvrez-la en indiquant un motif."
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
