"""How the modality screen tells what an action did: the saved indicator and the message banner."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from jury_app.domain.problems import InvalidInput


def problem_text(exc: InvalidInput) -> str:
    """The French messages of a refused action, one per line, each starting with a capital."""
    messages = [p.message for p in exc.problems] or [str(exc)]
    return "\n".join(m[:1].upper() + m[1:] for m in messages if m)


def local_time(at: datetime) -> str:
    """An aware UTC time as the wall clock of this computer shows it: 10:42:05."""
    return at.astimezone().strftime("%H:%M:%S")


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property the style sheet reads has changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class SavedIndicator(QLabel):
    """ "Enregistré à 10:42:05" after each durable commit; "Non enregistré" when an action failed."""

    _STYLE = """
        QLabel#savedIndicator { border-radius: 4px; padding: 4px 10px; font-weight: bold; }
        QLabel#savedIndicator[state="saved"] { background: #e6f4ea; color: #1e5631; border: 1px solid #8bc49a; }
        QLabel#savedIndicator[state="idle"] { background: #f1f3f4; color: #3c4043; border: 1px solid #c4c7c5; }
        QLabel#savedIndicator[state="pending"] { background: #fff4d6; color: #6b4e00; border: 1px solid #e0b84a; }
        QLabel#savedIndicator[state="error"] { background: #fce8e6; color: #8c1d18; border: 2px solid #c5221f; }
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedIndicator")
        self.setStyleSheet(self._STYLE)
        self.setAccessibleName(self.tr("État de l'enregistrement"))
        self._state = "idle"
        self.set_idle(None)

    @property
    def state(self) -> str:
        """ "idle", "saved", "pending" or "error"."""
        return self._state

    def _set(self, state: str, text: str, tooltip: str) -> None:
        self._state = state
        self.setProperty("state", state)
        self.setText(text)
        self.setToolTip(tooltip)
        self.setAccessibleDescription(text)
        repolish(self)

    def set_idle(self, last_saved: datetime | None) -> None:
        if last_saved is None:
            self._set(
                "idle", self.tr("Rien de saisi"), self.tr("Aucune saisie n'a encore été enregistrée pour cette grille.")
            )
        else:
            self._set(
                "idle",
                self.tr("Dernier enregistrement à {0}").format(local_time(last_saved)),
                self.tr("La grille a été enregistrée pour la dernière fois à cette heure."),
            )

    def set_saved(self, at: datetime) -> None:
        self._set(
            "saved",
            self.tr("Enregistré à {0}").format(local_time(at)),
            self.tr("La dernière action est enregistrée sur le disque."),
        )

    def set_pending(self) -> None:
        self._set(
            "pending",
            self.tr("Saisie en cours : non enregistrée"),
            self.tr(
                "L'observation en cours de frappe sera enregistrée dès que vous quitterez la zone ou ferez une pause."
            ),
        )

    def set_failed(self, message: str) -> None:
        self._set("error", self.tr("Non enregistré"), message)


class MessageBanner(QFrame):
    """A red band under the header with the message of a refused action; dismissable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setStyleSheet(
            "QFrame#messageBanner { background: #fce8e6; border: 2px solid #c5221f; border-radius: 4px; }"
            "QFrame#messageBanner QLabel { color: #8c1d18; font-weight: bold; }"
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
