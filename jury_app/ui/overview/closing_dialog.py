"""Before the jury leaves: everything still missing, for every candidate and every juror."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from jury_app.actions.context import AppContext
from jury_app.actions.overview import closing_check
from jury_app.ui.common import theme


class ClosingDialog(QDialog):
    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vérification de clôture"))
        self.resize(800, 500)
        layout = QVBoxLayout(self)
        issues = closing_check(ctx, session_id)
        summary = QLabel(
            self.tr("Tout est complet : rien ne manque.")
            if not issues
            else self.tr("{0} élément(s) manquant(s) :").format(len(issues)),
            self,
        )
        theme.follow(summary, "font-weight: bold;" + ("" if not issues else " color: @error_text;"))
        layout.addWidget(summary)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Candidat"), self.tr("Juré"), self.tr("Manque")])
        self.tree.setAccessibleName(self.tr("Éléments manquants"))
        for issue in issues:
            self.tree.addTopLevelItem(
                QTreeWidgetItem([issue.candidate, issue.juror or self.tr("(jury)"), issue.message])
            )
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.issue_count = len(issues)
