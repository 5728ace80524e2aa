"""The session lead says why a package is imported all the same (a late registration, a renamed
candidate): one window-modal question whose answer, never blank, goes to the audit trail and the PV."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QWidget


def ask_reason_text(
    parent: QWidget, name: str, title: str, label: str, ok_text: str, given: Callable[[str], None], *, lines: bool
) -> QInputDialog:
    """Open the question (`lines`: a multi-line answer); `given` gets the stripped reason, never a blank one."""
    dialog = QInputDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput, lines)
    dialog.setLabelText(label)
    dialog.setOkButtonText(ok_text)

    def chosen(text: str) -> None:
        if text.strip():
            given(text.strip())

    dialog.textValueSelected.connect(chosen)
    dialog.open()
    return dialog
