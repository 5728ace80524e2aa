"""Before the jury leaves: everything still missing, for every candidate and every juror."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from jury_app.actions.context import AppContext
from jury_app.actions.overview import closing_issues, overview
from jury_app.ui.common import theme
from jury_app.ui.common.candidate_filter import CandidateFilter
from jury_app.ui.common.messages import translated


class ClosingDialog(QDialog):
    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vérification de clôture"))
        self.resize(800, 500)
        layout = QVBoxLayout(self)
        view = overview(ctx, session_id)
        issues = closing_issues(view)
        self._states = {row.ref: row.states for row in view.rows}
        self.summary = QLabel(self)
        theme.follow(self.summary, "font-weight: bold;" + ("" if not issues else " color: @error_text;"))
        layout.addWidget(self.summary)
        self.filter = CandidateFilter(self)
        self.filter.changed.connect(self._apply_filter)
        layout.addWidget(self.filter)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Candidat"), self.tr("Juré"), self.tr("Manque")])
        self.tree.setAccessibleName(self.tr("Éléments manquants"))
        self._issues = issues
        for issue in issues:
            item = QTreeWidgetItem([issue.candidate, issue.juror or self.tr("(jury)"), translated(issue.message)])
            for column in range(3):  # a column too narrow ends with « … »: the whole text on hover
                item.setToolTip(column, item.text(column))
            self.tree.addTopLevelItem(item)
        for column in range(2):
            self.tree.resizeColumnToContents(column)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.issue_count = len(issues)
        self._tell(len(issues))

    def _tell(self, shown: int) -> None:
        if not self._issues:
            self.summary.setText(self.tr("Tout est complet : rien ne manque."))
        elif shown == len(self._issues):
            self.summary.setText(self.tr("{0} élément(s) manquant(s) :").format(len(self._issues)))
        else:
            self.summary.setText(
                self.tr("{0} élément(s) manquant(s), dont {1} pour les candidats choisis :").format(
                    len(self._issues), shown
                )
            )

    def _apply_filter(self) -> None:
        """Only the candidates the search box and the filter keep (the jury's own lines while nothing is chosen)."""
        shown = 0
        for i, issue in enumerate(self._issues):
            if issue.candidate_ref:
                keep = self.filter.accepts(
                    issue.candidate, issue.candidate_ref, self._states.get(issue.candidate_ref, frozenset())
                )
            else:
                keep = not self.filter.active()
            shown += keep
            item = self.tree.topLevelItem(i)
            if item is not None:
                item.setHidden(not keep)
        self._tell(shown)
