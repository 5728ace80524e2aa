"""Closing a deliberation despite missing items: each one listed, each with the jury's written reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jury_app.domain.closing import Requirement


class OverrideDialog(QDialog):
    """One reason per missing item; "Clore malgré ces manques" only once each has one."""

    def __init__(self, candidate_name: str, items: list[Requirement], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clore malgré des éléments manquants"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Il manque encore, pour {0}, ce qui suit. Le jury ne peut clore qu'en motivant chaque point : "
                "les motifs figurent au journal d'audit et au procès-verbal."
            ).format(candidate_name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        inner = QWidget(self)
        form = QFormLayout(inner)
        self.reasons: dict[str, QLineEdit] = {}
        for item in items:
            label = QLabel(item.message[:1].upper() + item.message[1:], inner)
            label.setWordWrap(True)
            edit = QLineEdit(inner)
            edit.setPlaceholderText(self.tr("Pourquoi le jury clôt malgré cela"))
            edit.setAccessibleName(self.tr("Motif : {0}").format(item.message))
            edit.textChanged.connect(self._update)
            form.addRow(label)
            form.addRow(edit)
            self.reasons[item.key] = edit
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = QPushButton(self.tr("Clore malgré ces manques"), self)
        buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 360)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(all(e.text().strip() for e in self.reasons.values()))

    def overrides(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.reasons.items()}
