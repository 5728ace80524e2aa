"""The actor's view of the drawn scenario card: a separate window in large type, for the actor only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from jury_app.actions.exam import CardView
from jury_app.ui.common import theme

_MIN_POINTS = 12
_MAX_POINTS = 48


class ActorView(QDialog):
    """The card's text for the actor who plays the person received; never shown to the candidate."""

    def __init__(self, card: CardView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setWindowTitle(self.tr("Vue comédien : {0}").format(card.title))
        self.setAccessibleName(self.tr("Vue comédien"))
        self.setModal(False)
        layout = QVBoxLayout(self)

        warning = QLabel(self.tr("RÉSERVÉ AU COMÉDIEN : ne pas montrer au candidat"))
        warning.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.follow(
            warning, "background: @alert_bg; color: @alert_fg; font-weight: bold; font-size: @size(1.6); padding: 6px;"
        )
        warning.setAccessibleName(warning.text())
        layout.addWidget(warning)

        title = QLabel(card.title)
        title.setWordWrap(True)
        theme.follow(title, "font-size: @size(2.0); font-weight: bold;")
        title.setAccessibleName(self.tr("Titre de la fiche"))
        layout.addWidget(title)
        structure = QLabel(self.tr("Type de structure : {0}").format(card.structure_type))
        theme.follow(structure, "font-size: @size(1.4);")
        structure.setAccessibleName(self.tr("Type de structure"))
        layout.addWidget(structure)

        self.text_view = QTextBrowser()
        self.text_view.setPlainText(card.actor_text)
        self.text_view.setAccessibleName(self.tr("Consignes du comédien"))
        self.text_view.setToolTip(self.tr("Le rôle à jouer, tel que la fiche le décrit"))
        font = QFont(self.text_view.font())
        font.setPointSizeF(theme.points(2.2))  # read from across the room, in proportion to the system's text
        self.text_view.setFont(font)
        layout.addWidget(self.text_view, 1)

        buttons = QHBoxLayout()
        smaller = QPushButton(self.tr("A−"))
        smaller.setToolTip(self.tr("Réduire le texte (Ctrl+−)"))
        smaller.setAccessibleName(self.tr("Réduire le texte"))
        smaller.setShortcut("Ctrl+-")
        smaller.clicked.connect(lambda: self.zoom(-2))
        bigger = QPushButton(self.tr("A+"))
        bigger.setToolTip(self.tr("Agrandir le texte (Ctrl++)"))
        bigger.setAccessibleName(self.tr("Agrandir le texte"))
        bigger.setShortcut("Ctrl++")
        bigger.clicked.connect(lambda: self.zoom(2))
        close = QPushButton(self.tr("Fermer"))
        close.setToolTip(self.tr("Fermer la vue comédien (Échap)"))
        close.setAccessibleName(self.tr("Fermer la vue comédien"))
        close.clicked.connect(self.accept)
        smaller.setAutoDefault(False)
        bigger.setAutoDefault(False)
        close.setDefault(True)
        buttons.addWidget(smaller)
        buttons.addWidget(bigger)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(900, 650)

    def zoom(self, step: int) -> None:
        font = QFont(self.text_view.font())
        font.setPointSize(max(_MIN_POINTS, min(_MAX_POINTS, font.pointSize() + step)))
        self.text_view.setFont(font)
