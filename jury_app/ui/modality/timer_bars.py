"""Bands under the timer's buttons: a confirmation asked in place (no dialog taking the focus during a
phase), and the few seconds in which a phase change can be taken back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from jury_app.ui.common import theme

_STYLE = """
QFrame#confirmBar { background: @warn_bg; border: 2px solid @warn_mark; border-radius: 4px; }
QFrame#confirmBar QLabel { color: @warn_fg; font-weight: bold; }
QFrame#undoBar { background: @info_bg; border: 1px solid @info_border; border-radius: 4px; }
QFrame#undoBar QLabel { color: @info_fg; font-weight: bold; }
"""


class ActionBar(QFrame):
    """A line of text with an "accept" button and, for a confirmation, a "cancel" one.

    Signals:
        accepted: the juror confirmed (or asked to take back).
        cancelled: the juror declined; the band is hidden.
    """

    accepted = Signal()
    cancelled = Signal()

    def __init__(
        self,
        name: str,
        accept_text: str,
        cancel_text: str = "",
        *,
        accept_tip: str = "",
        cancel_tip: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        theme.follow(self, _STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        self.accept_button = QPushButton(accept_text)
        self.accept_button.setAccessibleName(accept_text)
        self.accept_button.setToolTip(accept_tip or accept_text)
        self.accept_button.clicked.connect(self.accepted)
        layout.addWidget(self.accept_button)
        self.cancel_button: QPushButton | None = None
        if cancel_text:
            self.cancel_button = QPushButton(cancel_text)
            self.cancel_button.setAccessibleName(cancel_text)
            self.cancel_button.setToolTip(cancel_tip or cancel_text)
            self.cancel_button.clicked.connect(self.cancel)
            layout.addWidget(self.cancel_button)
        self.hide()

    def ask(self, text: str, tooltip: str = "") -> None:
        self.label.setText(text)
        self.label.setToolTip(tooltip or text)
        self.setAccessibleName(text)
        self.accept_button.setAccessibleDescription(text)
        self.show()

    def cancel(self) -> None:
        if self.isVisible():
            self.hide()
            self.cancelled.emit()
