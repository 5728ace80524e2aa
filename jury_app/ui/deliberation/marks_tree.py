"""The jurors' grids side by side: modality › competence › criterion, one column per juror.

A row where the jurors differ (a criterion marked differently, a competence judged differently)
has a coloured background, a "≠" in its own column and a tooltip telling who gave what. The
observations of each juror are in the tooltip of their judgement and, whole, in the detail pane
under the table when the row is selected.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jury_app.actions.deliberation import CompetenceBlock, CriterionRow, DeliberationView
from jury_app.domain.grading import Mark
from jury_app.ui.common import theme
from jury_app.ui.common.labels import judgement_text

# Tones of the theme (see ui/common/theme.py), read when the tree is filled.
DISAGREEMENT_BACKGROUND = "disagree_bg"
MODALITY_BACKGROUND = "group_bg"
COMPETENCE_BACKGROUND = "subgroup_bg"
_MARK_COLOURS = {Mark.SATISFIED: "grant_text", Mark.NOT_SATISFIED: "refuse_text", Mark.NOT_OBSERVED: "muted"}
_OBSERVATION_MARK = " ✎"
_TOOLTIP_MAX = 600


def mark_text(mark: Mark | None) -> str:
    if mark is Mark.SATISFIED:
        return QCoreApplication.translate("MarksTree", "✓ Satisfait")
    if mark is Mark.NOT_SATISFIED:
        return QCoreApplication.translate("MarksTree", "✗ Non satisfait")
    if mark is Mark.NOT_OBSERVED:
        return QCoreApplication.translate("MarksTree", "— Non observé")
    return ""


def _shorten(text: str) -> str:
    return text if len(text) <= _TOOLTIP_MAX else text[: _TOOLTIP_MAX - 1] + "…"


class MarksTree(QWidget):
    """The side-by-side table, a filter on disagreements and the detail of the selected row."""

    LABEL = 0
    DIFF = 1
    FIRST_JUROR = 2
    KEY_ROLE = Qt.ItemDataRole.UserRole
    DISAGREEMENT_ROLE = Qt.ItemDataRole.UserRole + 1

    row_selected = Signal(str)
    """The key of the selected row ("modality/competence" or "modality/competence/criterion")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        bar = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)  # on two lines rather than wider than the screen, at 14 pt
        self.count_label.setAccessibleName(self.tr("Nombre de désaccords entre les jurés"))
        bar.addWidget(self.count_label, 1)
        self.only_disagreements = QCheckBox(self.tr("Désaccords seulement"))
        self.only_disagreements.setToolTip(self.tr("N'afficher que les lignes où les jurés diffèrent"))
        self.only_disagreements.setAccessibleName(self.tr("N'afficher que les désaccords"))
        self.only_disagreements.toggled.connect(self._apply_filter)
        bar.addWidget(self.only_disagreements)
        layout.addLayout(bar)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Grilles des jurés côte à côte"))
        self.tree.setAccessibleDescription(
            self.tr("Lignes : modalité, compétence, critère ; une colonne par juré ; ≠ marque un désaccord")
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setIndentation(14)
        self.tree.currentItemChanged.connect(self._show_detail)
        layout.addWidget(self.tree, 1)

        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Détail de la ligne sélectionnée et observations des jurés"))
        self.detail.setOpenLinks(False)
        self.detail.setMinimumHeight(60)
        self.detail.setMaximumHeight(96)
        self.detail.setPlaceholderText(
            self.tr("Sélectionnez une ligne pour lire le critère en entier ou les observations des jurés.")
        )
        layout.addWidget(self.detail)

        self._rows: dict[str, QTreeWidgetItem] = {}
        self._details: dict[str, str] = {}
        self._juror_names: list[str] = []
        self._brushes: dict[str, QBrush] = {}
        self._shape: tuple[object, ...] | None = None

    # --- reading (tests, screen) --------------------------------------------------------------
    def row(self, modality_id: str, competence_id: str, criterion_id: str | None = None) -> QTreeWidgetItem | None:
        key = f"{modality_id}/{competence_id}" + (f"/{criterion_id}" if criterion_id else "")
        return self._rows.get(key)

    def disagreements(self) -> list[str]:
        return [k for k, item in self._rows.items() if item.data(0, self.DISAGREEMENT_ROLE)]

    def is_disagreement(self, item: QTreeWidgetItem) -> bool:
        return bool(item.data(0, self.DISAGREEMENT_ROLE))

    # --- painting -----------------------------------------------------------------------------
    def _brush(self, tone: str) -> QBrush:
        brush = self._brushes.get(tone)
        if brush is None:
            brush = self._brushes[tone] = QBrush(theme.color(tone))
        return brush

    def set_view(self, view: DeliberationView) -> None:
        """Show `view`; the rows are kept, their content set again, when they are the same ones as
        the last view's (another candidate of the same path): no row is made or laid out again."""
        self._brushes.clear()  # the theme's tones read once per view (a theme may change between two)
        self._details.clear()
        self.detail.clear()
        self._juror_names = [name for _, name in view.jurors]
        refs = [ref for ref, _ in view.jurors]
        shape = (
            theme.mode(),  # the tones of the rows made are this mode's
            view.jurors,
            view.hidden_jurors,
            tuple(
                (
                    b.modality_id,
                    b.modality_title,
                    b.key,
                    self._title(b),
                    tuple((r.criterion.id, r.criterion.text) for r in b.criteria),
                )
                for b in view.blocks
            ),
        )
        if shape != self._shape:
            self._shape = shape
            self._build(view, refs)
        else:  # as a tree made anew: nothing selected, every row unfolded
            self.tree.setCurrentIndex(QModelIndex())
            self.tree.clearSelection()
            parents = [*self._children(self.tree.invisibleRootItem()), *self._rows.values()]
            if any(item.childCount() and not item.isExpanded() for item in parents):
                self.tree.expandAll()
        for block in view.blocks:
            key = f"{block.modality_id}/{block.key}"
            self._fill_block(self._rows[key], block, refs)
            for row in block.criteria:
                self._fill_criterion(self._rows[f"{key}/{row.criterion.id}"], block.modality_id, block.key, row, refs)
        count = len(self.disagreements())
        if not view.blocks:
            self.count_label.setText(self.tr("Aucune grille saisie pour ce candidat."))
        elif count:
            self.count_label.setText(self.tr("≠ {0} désaccord(s) entre les jurés").format(count))
        else:
            self.count_label.setText(self.tr("Les jurés sont d'accord sur toutes les lignes."))
        self.only_disagreements.setEnabled(count > 0)
        self._apply_filter()

    def _build(self, view: DeliberationView, refs: list[str]) -> None:
        """The headers and the rows, empty: `_fill_block` and `_fill_criterion` give them their content."""
        self.tree.clear()
        self._rows.clear()
        hidden = set(view.hidden_jurors)
        headers = [self.tr("{0} (masqué)").format(n) if r in hidden else n for r, n in view.jurors]
        self.tree.setColumnCount(self.FIRST_JUROR + len(refs))
        self.tree.setHeaderLabels([self.tr("Modalité › compétence › critère"), "≠", *headers])
        header_item = self.tree.headerItem()
        header_item.setToolTip(self.LABEL, header_item.text(self.LABEL))
        header_item.setToolTip(self.DIFF, self.tr("≠ : les jurés ne sont pas d'accord sur cette ligne"))
        for i, (ref, name) in enumerate(view.jurors):
            # The tooltip starts with the column's whole text: a long name is cut with « … » in the header.
            if ref in hidden:
                tip = self.tr("{0} — {1} : notation à l'aveugle, visible quand chacun a terminé ses grilles").format(
                    headers[i], ref
                )
            else:
                tip = self.tr("{0} ({1})").format(name, ref)
            header_item.setToolTip(self.FIRST_JUROR + i, tip)
        header = self.tree.header()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.DIFF, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(self.DIFF, 26)
        for i in range(len(refs)):
            header.setSectionResizeMode(self.FIRST_JUROR + i, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(self.FIRST_JUROR + i, 108)

        modality_items: dict[str, QTreeWidgetItem] = {}
        for block in view.blocks:
            parent = modality_items.get(block.modality_id)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [block.modality_title])
                parent.setFirstColumnSpanned(True)
                font = QFont(parent.font(0))
                font.setBold(True)
                parent.setFont(0, font)
                for col in range(self.tree.columnCount()):
                    parent.setBackground(col, self._brush(MODALITY_BACKGROUND))
                parent.setData(0, self.KEY_ROLE, block.modality_id)
                modality_items[block.modality_id] = parent
            key = f"{block.modality_id}/{block.key}"
            item = QTreeWidgetItem(parent, [self._title(block)])
            item.setData(0, self.KEY_ROLE, key)
            self._rows[key] = item
            for row in block.criteria:
                crit = row.criterion
                child = QTreeWidgetItem(item, [f"{crit.id}  {crit.text}"])
                child.setToolTip(self.LABEL, f"{crit.id} — {crit.text}")
                child.setData(0, self.KEY_ROLE, f"{key}/{crit.id}")
                self._rows[f"{key}/{crit.id}"] = child
        self.tree.expandAll()

    def _title(self, block: CompetenceBlock) -> str:
        if block.competence is None:
            return self.tr("Jugement global de l'entretien")
        return f"{block.competence.id} — {block.competence.title}"

    def _fill_block(self, item: QTreeWidgetItem, block: CompetenceBlock, refs: list[str]) -> None:
        title = self._title(block)
        font = QFont(item.font(0))
        font.setBold(True)
        for col in range(self.tree.columnCount()):
            item.setFont(col, font)
            item.setBackground(col, self._brush(COMPETENCE_BACKGROUND))
        lines = []
        for i, ref in enumerate(refs):
            judgement = block.judgements.get(ref)
            observation = block.observations.get(ref, "").strip()
            col = self.FIRST_JUROR + i
            item.setText(col, judgement_text(judgement) + (_OBSERVATION_MARK if observation else ""))
            name = self._juror_names[i]
            tip = self.tr("{0} : {1}").format(name, judgement_text(judgement) or self.tr("pas de jugement"))
            if observation:
                tip += "\n" + self.tr("Observations : {0}").format(_shorten(observation))
            item.setToolTip(col, tip)
            lines.append(
                "<p><b>{}</b> — {}<br>{}</p>".format(
                    html.escape(name),
                    html.escape(judgement_text(judgement) or self.tr("pas de jugement")),
                    html.escape(observation or self.tr("(aucune observation)")).replace("\n", "<br>"),
                )
            )
        item.setToolTip(self.LABEL, title)
        self._details[f"{block.modality_id}/{block.key}"] = f"<p><b>{html.escape(title)}</b></p>" + "".join(lines)
        self._unflag(item)
        if block.disagreement:
            self._flag(
                item,
                self.tr("Désaccord sur le jugement : {0}"),
                [judgement_text(block.judgements.get(r)) for r in refs],
            )

    def _fill_criterion(
        self, item: QTreeWidgetItem, modality_id: str, comp_id: str, row: CriterionRow, refs: list[str]
    ) -> None:
        crit = row.criterion
        marks = [row.marks.get(ref) for ref in refs]
        for i, mark in enumerate(marks):
            col = self.FIRST_JUROR + i
            item.setText(col, mark_text(mark))
            item.setData(
                col, Qt.ItemDataRole.ForegroundRole, None if mark is None else self._brush(_MARK_COLOURS[mark])
            )
            item.setToolTip(
                col, self.tr("{0} : {1}").format(self._juror_names[i], mark_text(mark) or self.tr("non noté"))
            )
        unmarked = self.tr("non noté")
        detail = "".join(
            f"<b>{html.escape(self._juror_names[i])}</b> : {html.escape(mark_text(m) or unmarked)}<br>"
            for i, m in enumerate(marks)
        )
        self._details[f"{modality_id}/{comp_id}/{crit.id}"] = (
            f"<p><b>{html.escape(crit.id)}</b> — {html.escape(crit.text)}</p><p>{detail}</p>"
        )
        item.setToolTip(self.LABEL, f"{crit.id} — {crit.text}")
        self._unflag(item)
        for col in range(self.tree.columnCount()):
            item.setData(col, Qt.ItemDataRole.BackgroundRole, None)
        if row.disagreement:
            self._flag(item, self.tr("Désaccord sur le critère : {0}"), [mark_text(m) for m in marks])

    def _unflag(self, item: QTreeWidgetItem) -> None:
        """What `_flag` sets, undone: a kept row may have been a disagreement for the last candidate."""
        item.setData(0, self.DISAGREEMENT_ROLE, False)
        item.setText(self.DIFF, "")
        item.setToolTip(self.DIFF, "")
        item.setData(self.DIFF, Qt.ItemDataRole.ForegroundRole, None)

    def _flag(self, item: QTreeWidgetItem, template: str, values: list[str]) -> None:
        who = " ; ".join(
            self.tr("{0} : {1}").format(name, value or self.tr("rien"))
            for name, value in zip(self._juror_names, values, strict=True)
        )
        tip = template.format(who)
        item.setData(0, self.DISAGREEMENT_ROLE, True)
        item.setText(self.DIFF, "≠")
        item.setTextAlignment(self.DIFF, Qt.AlignmentFlag.AlignCenter)
        item.setForeground(self.DIFF, self._brush("refuse_text"))
        font = QFont(item.font(self.DIFF))
        font.setBold(True)
        item.setFont(self.DIFF, font)
        for col in range(self.tree.columnCount()):
            item.setBackground(col, self._brush(DISAGREEMENT_BACKGROUND))
            item.setToolTip(col, tip if col in (self.LABEL, self.DIFF) else item.toolTip(col) + "\n" + tip)

    @staticmethod
    def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]

    def _apply_filter(self) -> None:
        only = self.only_disagreements.isChecked() and self.only_disagreements.isEnabled()
        for modality in self._children(self.tree.invisibleRootItem()):
            any_shown = False
            for comp in self._children(modality):
                crit_shown = False
                for crit in self._children(comp):
                    show = not only or self.is_disagreement(crit)
                    crit.setHidden(not show)
                    crit_shown = crit_shown or show
                comp_shown = not only or crit_shown or self.is_disagreement(comp)
                comp.setHidden(not comp_shown)
                any_shown = any_shown or comp_shown
            modality.setHidden(not any_shown)

    def _show_detail(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        key = current.data(0, self.KEY_ROLE) if current is not None else None
        text = self._details.get(key, "") if isinstance(key, str) else ""
        self.detail.setHtml(text)
        if isinstance(key, str):
            self.row_selected.emit(key)
