"""The passphrase of a juror's signing key: one field, plus a confirmation on first use."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget


class PassphraseFields(QWidget):
    """Passphrase fields; on first use the key is created, so the passphrase is asked twice."""

    def __init__(self, first_use: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_use = first_use
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Phrase secrète"))
        form.addRow(self.tr("Phrase secrète :"), self.passphrase)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Confirmation de la phrase secrète"))
        self.confirm_label = QLabel(self.tr("Confirmation :"), self)
        form.addRow(self.confirm_label, self.confirm)
        self.set_first_use(first_use)

    def set_first_use(self, first_use: bool) -> None:
        self.first_use = first_use
        self.confirm.setVisible(first_use)
        self.confirm_label.setVisible(first_use)

    def value(self) -> str:
        return self.passphrase.text()

    def mismatch(self) -> bool:
        """On first use, the two entries differ."""
        return self.first_use and self.passphrase.text() != self.confirm.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
