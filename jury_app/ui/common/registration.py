"""Holding a session after its certification's registration ended: the session lead says why.

The reason is recorded with the session and printed on the PV (the same as the command line's
`--registration-ended-reason`); the import and the new-session wizard ask for it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from jury_app.domain.referentiel import LateRegistration
from jury_app.domain.wording import fr_date
from jury_app.ui.common.messages import translated
from jury_app.ui.common.reason_dialog import ask_reason_text


def late_text(late: LateRegistration) -> str:
    """« La certification RNCP35667@1 n'est plus enregistrée depuis le 17/06/2023 ; … »"""
    days = ", ".join(fr_date(d) for d in late.late_days)
    return QCoreApplication.translate(
        "registration",
        "L'enregistrement de la certification {0} a pris fin le {1} ; la session est datée du {2}.",
    ).format(late.certification, fr_date(late.ended_on), days)


def ask_reason(parent: QWidget, late: LateRegistration, given: Callable[[str], None]) -> QInputDialog:
    """Ask why the session is held all the same (window-modal); `given` gets the reason, never blank."""
    return ask_reason_text(
        parent,
        "registrationReason",
        QCoreApplication.translate("registration", "Enregistrement de la certification échu"),
        late_text(late)
        + "\n"
        + QCoreApplication.translate(
            "registration", "Pour la tenir malgré tout, indiquez le motif ; il figurera sur le procès-verbal :"
        ),
        QCoreApplication.translate("registration", "Importer avec ce motif"),
        given,
        lines=False,
    )


def tell_import_notes(parent: QWidget, notes: Sequence[object]) -> QMessageBox:
    """What the package's import noted without refusing it (a registration ending soon, a session held
    after its end with the reason given): shown once the session is open, window-modal, not blocking."""
    box = QMessageBox(parent)
    box.setObjectName("importNotes")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("registration", "Paquet importé"))
    box.setText(QCoreApplication.translate("registration", "La session est importée. À noter :"))
    box.setInformativeText("\n".join(f"• {translated(note)}" for note in notes))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box
