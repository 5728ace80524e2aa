"""The declaration a juror makes before evaluating a candidate: no link, or a recusal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from jury_app.actions.context import AppContext
from jury_app.actions.jurors import declare
from jury_app.actions.sessions import session_document
from jury_app.ui.common.action_runner import ActionRunner

MOCK_NOTE = "examen blanc : pas de déclaration, le formateur évalue sa promotion"


def ask_declaration(parent: QWidget, ctx: AppContext, session_id: str, candidate_ref: str, juror_ref: str) -> bool:
    """Ask and record the declaration; True when the juror may evaluate the candidate."""
    doc = session_document(ctx, session_id)
    if doc.kind == "mock":  # the trainer evaluates their own cohort: nothing to declare in a rehearsal
        return ActionRunner(parent).do(
            lambda: declare(ctx, session_id, candidate_ref, juror_ref, has_link=False, note=MOCK_NOTE)
        )
    name = doc.candidate_name(candidate_ref)
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("DeclarationDialog", "Déclaration avant évaluation"))
    box.setText(
        QCoreApplication.translate(
            "DeclarationDialog",
            "Je déclare n'avoir aucun lien personnel ou professionnel avec {0} et ne pas avoir été son formateur ou sa formatrice.",
        ).format(name)
    )
    no_link = box.addButton(
        QCoreApplication.translate("DeclarationDialog", "Je le déclare"), QMessageBox.ButtonRole.AcceptRole
    )
    link = box.addButton(
        QCoreApplication.translate("DeclarationDialog", "J'ai un lien : je me récuse"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QCoreApplication.translate("DeclarationDialog", "Annuler"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    runner = ActionRunner(parent)
    if clicked is no_link:
        return runner.do(lambda: declare(ctx, session_id, candidate_ref, juror_ref, has_link=False))
    if clicked is link:
        note, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("DeclarationDialog", "Récusation"),
            QCoreApplication.translate("DeclarationDialog", "Nature du lien avec le candidat :"),
        )
        if ok and note.strip():
            runner.do(lambda: declare(ctx, session_id, candidate_ref, juror_ref, has_link=True, note=note))
    return False
