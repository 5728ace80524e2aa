"""A package update that renames (or changes the birth date of) a candidate the jury worked on: the
session lead confirms it is the same person, with a reason kept in the audit trail and on the PV.

The same as the command line's `--identity-change-reason`; the wizard and the package import ask it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from jury_app.domain.problems import IdentityChangeRefused
from jury_app.ui.common.messages import translated
from jury_app.ui.common.reason_dialog import ask_reason_text


def title() -> str:
    return QCoreApplication.translate("identity", "Identité d'un candidat modifiée")


def changes_text(refused: IdentityChangeRefused) -> str:
    """One line a candidate: « Candidat 2026-001 : Anaïs MARTIN → Anaïs LEFÈVRE-MARTIN »."""
    line = QCoreApplication.translate("identity", "Candidat {0} : {1} → {2}")
    return "\n".join(line.format(ref, translated(before), translated(after)) for ref, before, after in refused.changes)


def prompt(refused: IdentityChangeRefused) -> str:
    return (
        changes_text(refused)
        + "\n\n"
        + QCoreApplication.translate(
            "identity",
            "Le jury a déjà travaillé sur ce dossier. S'il s'agit bien de la même personne, indiquez le motif "
            "du changement (il est inscrit au journal d'audit et au procès-verbal) :",
        )
    )


def ask_identity_reason(parent: QWidget, refused: IdentityChangeRefused, given: Callable[[str], None]) -> QInputDialog:
    """Ask the reason (window-modal); `given` gets it, never blank: a blank or cancelled answer imports nothing."""
    ok_text = QCoreApplication.translate("identity", "Importer avec ce motif")
    return ask_reason_text(parent, "identityChangeReason", title(), prompt(refused), ok_text, given, lines=True)
