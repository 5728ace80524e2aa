"""Time-stamped notes taken while the timer runs, each tagged with the phase and its elapsed time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from jury_app.actions.grids import NoteView
from jury_app.ui.modality.feedback import local_time


class NotesPanel(QWidget):
    """A note field, its "Ajouter" button (Ctrl+N, or Entrée in the field) and the notes taken."""

    note_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Notes horodatées"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Note rapide (Entrée ou Ctrl+N pour l'ajouter)"))
        self.note_edit.setToolTip(self.tr("La note est horodatée avec la phase en cours et le temps écoulé (Ctrl+N)"))
        self.note_edit.setAccessibleName(self.tr("Nouvelle note"))
        self.note_edit.returnPressed.connect(self.submit)
        row.addWidget(self.note_edit, 1)
        self.add_button = QPushButton(self.tr("Ajouter"))
        self.add_button.setToolTip(self.tr("Ajouter la note (Ctrl+N)"))
        self.add_button.setAccessibleName(self.tr("Ajouter la note"))
        self.add_button.clicked.connect(self.submit)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.notes_list = QListWidget()
        self.notes_list.setMinimumHeight(48)  # the window must fit in 1280x720
        self.notes_list.setWordWrap(True)
        self.notes_list.setAccessibleName(self.tr("Notes prises"))
        self.notes_list.setToolTip(self.tr("Vos notes, avec l'heure, la phase et le temps écoulé dans la phase"))
        layout.addWidget(self.notes_list, 1)

    def submit(self) -> None:
        self.note_requested.emit(self.note_edit.text())

    def clear_input(self) -> None:
        self.note_edit.clear()

    def set_notes(self, notes: tuple[NoteView, ...]) -> None:
        self.notes_list.clear()
        for note in notes:
            text = self.tr("{0} · {1} — {2}").format(local_time(note.at), note.phase_label, note.text)
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.notes_list.addItem(item)
        if notes:
            self.notes_list.scrollToBottom()
