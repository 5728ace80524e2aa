"""A search box and a filter over a session's candidates, the same on the overview, the deliberation
list and the closing check: a lead with 300 candidates finds one by typing, or keeps those to
deliberate, with disagreements, absent or closed, instead of scrolling."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QBoxLayout, QComboBox, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from jury_app.domain.deliberation import CandidateState


def _label(state: CandidateState | None) -> str:
    if state is None:
        return QCoreApplication.translate("CandidateFilter", "Tous les candidats")
    return {
        CandidateState.TO_DELIBERATE: QCoreApplication.translate("CandidateFilter", "À délibérer"),
        CandidateState.DISAGREEMENT: QCoreApplication.translate("CandidateFilter", "Avec désaccords"),
        CandidateState.ABSENT: QCoreApplication.translate("CandidateFilter", "Absents"),
        CandidateState.CLOSED: QCoreApplication.translate("CandidateFilter", "Clos"),
    }[state]


def folded(text: str) -> str:
    """Lower case without accents: « lefevre » finds « Lefèvre »."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class CandidateFilter(QWidget):
    """`changed` is emitted on every keystroke and choice; `accepts` says whether a candidate shows."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, stacked: bool = False) -> None:
        super().__init__(parent)
        layout: QBoxLayout = QVBoxLayout(self) if stacked else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Nom ou numéro du candidat"))
        self.search.setToolTip(self.tr("Rechercher un candidat par son nom ou son numéro ; les accents sont ignorés"))
        self.search.setAccessibleName(self.tr("Rechercher un candidat"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):  # the clear button, named for screen readers
            button.setAccessibleName(self.tr("Effacer la recherche"))
        self.search.textChanged.connect(lambda _text: self.changed.emit())
        layout.addWidget(self.search, 1)
        self.show_box = QComboBox(self)
        self.show_box.setAccessibleName(self.tr("Candidats montrés"))
        for state in (None, *CandidateState):
            self.show_box.addItem(_label(state), None if state is None else state.value)
        self.show_box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        layout.addWidget(self.show_box)

    def shown(self) -> CandidateState | None:
        """The state the candidates shown are in; None: all of them."""
        data = self.show_box.currentData()
        return None if data is None else CandidateState(data)

    def set_shown(self, state: CandidateState | None) -> None:
        self.show_box.setCurrentIndex(0 if state is None else self.show_box.findData(state.value))

    def accepts(self, name: str, ref: str, states: frozenset[CandidateState]) -> bool:
        """Whether a candidate, named `name`, numbered `ref` and in `states`, is shown."""
        shown = self.shown()
        if shown is not None and shown not in states:
            return False
        words = folded(self.search.text()).split()
        haystack = folded(f"{name} {ref}")
        return all(word in haystack for word in words)

    def active(self) -> bool:
        return self.shown() is not None or bool(self.search.text().strip())
