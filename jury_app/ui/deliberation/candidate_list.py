"""The candidates of the session, each with the state of their deliberation as a badge."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jury_app.actions.deliberation import DeliberationSummary
from jury_app.domain.deliberation import CandidateState
from jury_app.ui.common import theme
from jury_app.ui.common.candidate_filter import CandidateFilter
from jury_app.ui.deliberation.feedback import ElidedLabel, repolish

_STYLE = """
QLabel#candidateRef { color: @muted; }
QLabel#badge { border-radius: 8px; padding: 1px 8px; font-weight: bold; font-size: @size(0.9); }
QLabel#badge[state="todo"] { background: @warn_bg; color: @warn_fg; border: 1px solid @warn_border; }
QLabel#badge[state="ready"] { background: @info_bg; color: @info_fg; border: 1px solid @info_border; }
QLabel#badge[state="closed"] { background: @ok_bg; color: @ok_fg; border: 1px solid @ok_border; }
"""


def badge(closed: bool, problems: int) -> tuple[str, str]:
    """(text, state) of a candidate's badge."""
    if closed:
        return QCoreApplication.translate("CandidateList", "close ✔"), "closed"
    if problems == 0:
        return QCoreApplication.translate("CandidateList", "prête à clore"), "ready"
    if problems == 1:
        return QCoreApplication.translate("CandidateList", "à délibérer · 1 problème"), "todo"
    return QCoreApplication.translate("CandidateList", "à délibérer · {0} problèmes").format(problems), "todo"


class _Entry(QWidget):
    def __init__(self, summary: DeliberationSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(1)
        line = QHBoxLayout()
        line.setSpacing(6)
        self.name = ElidedLabel(summary.candidate_name)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        line.addWidget(self.name, 1)
        ref = QLabel(summary.candidate_ref)
        ref.setObjectName("candidateRef")
        line.addWidget(ref)
        layout.addLayout(line)
        badge_line = QHBoxLayout()
        self.badge = ElidedLabel()  # cut with « … » in a narrow list, whole in the row's tooltip
        self.badge.setObjectName("badge")
        self.badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        badge_line.addWidget(self.badge)
        badge_line.addStretch(1)
        layout.addLayout(badge_line)

    def set_state(self, closed: bool, problems: int) -> str:
        text, state = badge(closed, problems)
        self.badge.set_full_text(text)
        if self.badge.property("state") != state:
            self.badge.setProperty("state", state)
            repolish(self.badge)
        return text


class CandidateList(QListWidget):
    """One row per candidate; Up/Down move between them. The candidate ref is in `UserRole`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.follow(self, _STYLE)
        self.setAccessibleName(self.tr("Candidats à délibérer"))
        self.setToolTip(self.tr("Choisissez un candidat (↑/↓)"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._entries: dict[str, _Entry] = {}
        self._states: dict[str, frozenset[CandidateState]] = {}
        self._names: dict[str, str] = {}

    def set_summaries(self, summaries: list[DeliberationSummary]) -> None:
        current = self.current_ref()
        self.clear()
        self._entries.clear()
        self._states = {s.candidate_ref: s.states for s in summaries}
        self._names = {s.candidate_ref: s.candidate_name for s in summaries}
        for s in summaries:
            item = QListWidgetItem(self)
            item.setData(Qt.ItemDataRole.UserRole, s.candidate_ref)
            entry = _Entry(s)
            self._entries[s.candidate_ref] = entry
            item.setSizeHint(QSize(160, entry.sizeHint().height()))
            self.setItemWidget(item, entry)
            self._paint(item, s.candidate_ref, s.candidate_name, s.closed, s.problems)
        if current is not None:
            self.select(current)

    def _paint(self, item: QListWidgetItem, ref: str, name: str, closed: bool, problems: int) -> None:
        text = self._entries[ref].set_state(closed, problems)
        description = f"{name} ({ref}) — {text}"
        item.setData(Qt.ItemDataRole.AccessibleTextRole, description)
        item.setToolTip(description)

    def update_state(self, ref: str, name: str, closed: bool, problems: int) -> None:
        held = self._states.get(ref, frozenset()) - {CandidateState.CLOSED, CandidateState.TO_DELIBERATE}
        self._states[ref] = held | {CandidateState.CLOSED if closed else CandidateState.TO_DELIBERATE}
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == ref:
                self._paint(item, ref, name, closed, problems)

    def apply_filter(self, chosen: CandidateFilter) -> None:
        """Hide the candidates `chosen` does not accept; the one shown stays, if it is accepted."""
        for row in range(self.count()):
            item = self.item(row)
            ref = item.data(Qt.ItemDataRole.UserRole)
            item.setHidden(not chosen.accepts(self._names.get(ref, ""), ref, self._states.get(ref, frozenset())))

    def visible_refs(self) -> list[str]:
        return [self.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.count()) if not self.item(r).isHidden()]

    def badge_text(self, ref: str) -> str:
        entry = self._entries.get(ref)
        return entry.badge.full_text() if entry is not None else ""

    def current_ref(self) -> str | None:
        item = self.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, str) else None

    def select(self, ref: str) -> bool:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == ref:
                self.setCurrentRow(row)
                return True
        return False
