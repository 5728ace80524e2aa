"""What every page of the wizard shares: the wizard it belongs to, and where its problems are told."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget, QWizardPage

from jury_app.ui.common import theme

if TYPE_CHECKING:
    from jury_app.ui.wizard.wizard import SessionWizard


def wizard_of(page: QWizardPage) -> SessionWizard:
    from jury_app.ui.wizard.wizard import SessionWizard  # the wizard imports the pages

    wizard = page.wizard()
    assert isinstance(wizard, SessionWizard)
    return wizard


def problems_label(parent: QWidget) -> QLabel:
    """The red text under a page where its problems are told, each on its line."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    theme.follow(label, "color: @error_text; font-weight: bold;")
    label.hide()
    return label


def tell(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))
