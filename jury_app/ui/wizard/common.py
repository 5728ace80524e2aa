"""What every page of the wizard shares: the wizard it belongs to, and where its problems are told."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget, QWizardPage

from jury_app.domain.session_draft import SessionDraft
from jury_app.ui.common import theme


class DraftHolder(Protocol):
    """What the pages need of their wizard (`wizard.SessionWizard`, which imports the pages)."""

    draft: SessionDraft | None
    editing: bool
    packages_folder: Path
    last_list: Path | None

    def make_session(self, draft: SessionDraft, out: Path, identity_change_reason: str = "") -> str: ...


def wizard_of(page: QWizardPage) -> DraftHolder:
    wizard = page.wizard()
    assert hasattr(wizard, "draft"), "a page of the session wizard"
    return cast(DraftHolder, wizard)


def lead_folder(page: QWizardPage) -> Path:
    """The folder of the lead's lists (their PDFs and the package usually go beside them), else the
    folder the wizard was given."""
    wizard = wizard_of(page)
    return wizard.last_list.parent if wizard.last_list is not None else wizard.packages_folder


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
