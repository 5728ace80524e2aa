"""The welcome screen: open a package, reopen a recent session, or start the demo session."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jury_app.ui.common import theme


class WelcomeScreen(QWidget):
    """Signals:
    new_session_requested: the user wants to prepare a new session (the wizard).
    open_package_requested: the user wants to pick a package file.
    demo_requested: the user wants the built-in demo session.
    session_requested(str): the user picked an imported session (its id).
    """

    new_session_requested = Signal()
    open_package_requested = Signal()
    demo_requested = Signal()
    session_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        title = QLabel(self.tr("Jury de certification"), self)
        theme.follow(title, "font-size: @size(2.4); font-weight: bold;")
        layout.addWidget(title)
        subtitle = QLabel(
            self.tr(
                "Grilles d'évaluation, chronomètres et délibération, hors ligne. Choisissez une session pour commencer."
            ),
            self,
        )
        subtitle.setWordWrap(True)
        layout.addWidget(subtitle)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nouvelle session…"), self)
        self.new_button.setAccessibleName(self.tr("Préparer une nouvelle session"))
        self.new_button.setToolTip(
            self.tr("Candidats, jurés, documents et planning, depuis vos listes : le paquet est créé et importé")
        )
        self.new_button.clicked.connect(self.new_session_requested)
        self.open_button = QPushButton(self.tr("Ouvrir un paquet de session…"), self)
        self.open_button.setAccessibleName(self.tr("Ouvrir un paquet de session"))
        self.open_button.setToolTip(self.tr("Importer le paquet (.zip) préparé par le responsable de session"))
        self.open_button.clicked.connect(self.open_package_requested)
        self.demo_button = QPushButton(self.tr("Session de démonstration"), self)
        self.demo_button.setAccessibleName(self.tr("Ouvrir la session de démonstration"))
        self.demo_button.setToolTip(
            self.tr("Une session fictive pour découvrir l'application ; rien n'y est certifiant")
        )
        self.demo_button.clicked.connect(self.demo_requested)
        for b in (self.new_button, self.open_button, self.demo_button):
            b.setMinimumHeight(48)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        recent_label = QLabel(self.tr("Sessions déjà importées sur cet ordinateur :"), self)
        layout.addWidget(recent_label)
        self.recent = QListWidget(self)
        recent_label.setBuddy(self.recent)
        self.recent.setAccessibleName(self.tr("Sessions récentes"))
        self.recent.setAccessibleDescription(self.tr("Entrée ou double-clic ouvre la session choisie"))
        self.recent.itemActivated.connect(self._activated)
        layout.addWidget(self.recent, 1)
        self.empty = QLabel(self.tr("Aucune session pour l'instant."), self)
        layout.addWidget(self.empty)

    def set_recent(self, sessions: list[tuple[str, str]]) -> None:
        self.recent.clear()
        for sid, title in sessions:
            item = QListWidgetItem(f"{title}  ({sid})")
            item.setData(Qt.ItemDataRole.UserRole, sid)
            self.recent.addItem(item)
        self.empty.setVisible(not sessions)
        if sessions:
            self.recent.setCurrentRow(0)

    def _activated(self, item: QListWidgetItem) -> None:
        self.session_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))
