"""Conflicts between the jurors' laptops: every one listed (scrollable), its versions side by side, and
the session lead's choice with its reason; the whole list exported for the record."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jury_app.actions.context import AppContext
from jury_app.actions.results_conflicts import Conflict, Option, conflicts, export_conflicts, resolve_conflict
from jury_app.domain.clock import Clock
from jury_app.ui.common import theme
from jury_app.ui.common.action_runner import ActionRunner
from jury_app.ui.common.feedback import MessageBanner
from jury_app.ui.common.messages import translated


class ConflictsDialog(QDialog):
    """The session's conflicts, the open ones first; choose a version, give the reason, keep it.

    Signals:
    resolved(int): a conflict (its number) was resolved.
    """

    resolved = Signal(int)

    def __init__(self, ctx: AppContext, session_id: str, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.session_id, self.clock = ctx, session_id, clock
        self.items: list[Conflict] = []
        self.setWindowTitle(self.tr("Conflits entre ordinateurs"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.banner = MessageBanner(self)
        layout.addWidget(self.banner)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        theme.follow(self.note, "color: @ok_text;")
        layout.addWidget(self.note)
        self.runner = ActionRunner(self, banner=self.banner)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Conflit et ses versions"), self.tr("État"), self.tr("Origine")])
        self.tree.setAccessibleName(self.tr("Conflits et leurs versions"))
        self.tree.currentItemChanged.connect(self._selected)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)

        form = QFormLayout()
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Version à garder"))
        form.addRow(self.tr("Version à garder :"), self.choice)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Pourquoi cette version (inscrit au journal d'audit)"))
        self.reason.setAccessibleName(self.tr("Motif du choix"))
        self.reason.textChanged.connect(self._update)
        form.addRow(self.tr("Motif :"), self.reason)
        layout.addLayout(form)

        buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(self.tr("Garder cette version"), self)
        self.keep_button.clicked.connect(self.keep)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = QPushButton(self.tr("Exporter (CSV)…"), self)
        self.export_button.clicked.connect(self.export)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.refresh()

    def refresh(self, keep: int | None = None) -> None:
        found = self.runner.read(partial(conflicts, self.ctx, self.session_id))
        self.items = found or []
        open_ = sum(1 for c in self.items if c.open)
        self.summary.setText(
            self.tr("{0} conflit(s) à résoudre, {1} résolu(s). Tant qu'un conflit est ouvert, la délibération du "
                    "candidat ne peut pas être close.").format(open_, len(self.items) - open_)
            if self.items
            else self.tr("Aucun conflit : les fichiers des jurés concordent.")
        )
        theme.follow(self.summary, "font-weight: bold;" + (" color: @error_text;" if open_ else ""))
        self.tree.clear()
        current = None
        for c in self.items:
            state = self.tr("à résoudre") if c.open else self.tr("résolu : version {0}").format(c.chosen)
            top = QTreeWidgetItem([translated(c.describe()), state, c.reason if not c.open else ""])
            top.setData(0, Qt.ItemDataRole.UserRole, c.id)
            top.setToolTip(0, top.text(0))
            for o in c.options:
                card = f" « {o.card_title} »" if o.card_title else ""
                mark = " ✓" if c.chosen == o.number else ""
                child = QTreeWidgetItem([f"{o.number}. {translated(o.summary)}{card}{mark}", "", _origins(o)])
                child.setData(0, Qt.ItemDataRole.UserRole, c.id)
                child.setToolTip(0, child.text(0))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(c.open)
            if current is None and (c.id == keep or (keep is None and c.open)):
                current = top
        first = current or self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.export_button.setEnabled(bool(self.items))
        self._selected()

    def current(self) -> Conflict | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        cid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self.items if c.id == cid), None)

    def _selected(self, *_args: object) -> None:
        c = self.current()
        self.choice.clear()
        if c is not None:
            for o in c.options:
                self.choice.addItem(f"{o.number}. {translated(o.summary)} — {_origins(o)}", o.number)
        self._update()

    def _update(self) -> None:
        c = self.current()
        ready = c is not None and c.open and bool(self.reason.text().strip())
        self.keep_button.setEnabled(ready)
        self.choice.setEnabled(c is not None and c.open)

    def keep(self) -> None:
        c = self.current()
        if c is None:
            return
        number = int(self.choice.currentData())
        done = self.runner.call(
            partial(resolve_conflict, self.ctx, self.session_id, c.id, number, self.reason.text(), "", self.clock)
        )
        if done is not None:
            self.reason.clear()
            self.note.setText(self.tr("Conflit n° {0} résolu : version {1} gardée.").format(c.id, number))
            self.resolved.emit(c.id)
            self.refresh(keep=c.id)

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter les conflits"), f"conflits-{self.session_id}.csv", self.tr("CSV (*.csv)")
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        if self.runner.call(partial(export_conflicts, self.ctx, self.session_id, "csv", path)) is not None:
            self.note.setText(self.tr("{0} conflit(s) exporté(s) : {1}").format(len(self.items), path))


def _origins(option: Option) -> str:
    """« this computer, file of Martine Roussel », in the UI's language."""
    return ", ".join(translated(o) for o in option.origins)
