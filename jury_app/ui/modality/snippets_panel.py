"""The juror's personal bank of observations, inserted into a competence's observations in one keystroke."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
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

SHORTCUT_COUNT = 9
"""Alt+1 … Alt+9 insert the first nine observations of the bank."""


class _SnippetList(QListWidget):
    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.activated_row.emit(self.currentRow())
            event.accept()
            return
        super().keyPressEvent(event)


class SnippetsPanel(QWidget):
    """The list of banked observations; double-click, Entrée or Alt+n inserts one."""

    insert_requested = Signal(str)
    save_requested = Signal()
    """Save the text selected in the current observation box into the bank."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Mes observations"))
        self._texts: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        hint = QLabel(self.tr("Alt+1 … Alt+9 ou double-clic : insérer dans l'observation de la compétence en cours."))
        hint.setWordWrap(True)
        theme.follow(hint, "color: @muted;")
        layout.addWidget(hint)
        self.list = _SnippetList()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Banque d'observations"))
        self.list.setToolTip(self.tr("Double-clic, Entrée ou Alt+numéro : insérer l'observation"))
        self.list.itemDoubleClicked.connect(lambda item: self.insert_row(self.list.row(item)))
        self.list.activated_row.connect(self.insert_row)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.insert_button = QPushButton(self.tr("Insérer"))
        self.insert_button.setToolTip(self.tr("Insérer l'observation choisie dans la compétence en cours"))
        self.insert_button.setAccessibleName(self.tr("Insérer l'observation choisie"))
        self.insert_button.clicked.connect(lambda: self.insert_row(self.list.currentRow()))
        row.addWidget(self.insert_button)
        self.save_button = QPushButton(self.tr("Ajouter à mes observations"))
        self.save_button.setToolTip(
            self.tr("Enregistrer dans votre banque le passage sélectionné d'une zone d'observations")
        )
        self.save_button.setAccessibleName(self.tr("Ajouter la sélection à mes observations"))
        self.save_button.clicked.connect(self.save_requested.emit)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)

    @property
    def texts(self) -> list[str]:
        return list(self._texts)

    def set_snippets(self, texts: list[str]) -> None:
        self._texts = list(texts)
        self.list.clear()
        for i, text in enumerate(texts):
            label = f"Alt+{i + 1}   {text}" if i < SHORTCUT_COUNT else f"         {text}"
            item = QListWidgetItem(label)
            item.setToolTip(text)
            self.list.addItem(item)
        self.insert_button.setEnabled(bool(texts))

    def insert_row(self, row: int) -> None:
        if 0 <= row < len(self._texts):
            self.insert_requested.emit(self._texts[row])
