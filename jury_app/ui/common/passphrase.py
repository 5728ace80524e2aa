"""What a juror gives to sign: their PIN, the passphrase of their signing key, and a confirmation of
the passphrase on first use."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget


class PassphraseFields(QWidget):
    """PIN and passphrase fields; on first use the key is created, so the passphrase is asked twice.

    The PIN is asked again although the juror is logged in: whoever sits at a shared laptop left
    open cannot sign in their name."""

    def __init__(self, first_use: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_use = first_use
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaximumWidth(160)
        self.pin.setAccessibleName(self.tr("Code personnel"))
        form.addRow(self.tr("Code personnel :"), self.pin)
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

    def pin_value(self) -> str:
        return self.pin.text()

    def mismatch(self) -> bool:
        """On first use, the two entries differ."""
        return self.first_use and self.passphrase.text() != self.confirm.text()

    def clear(self) -> None:
        self.pin.clear()
        self.passphrase.clear()
        self.confirm.clear()
