"""« Nouvelle session »: a short wizard from the certification to an imported session.

The same actions as `jury-app package new`: the pages fill one `SessionDraft`; the last writes the
package where the lead chooses, imports it here and hands the session to the main window. Opened
on an imported session, the wizard edits it (only what the update rules allow once scoring has
started) or copies it for the next cohort.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from jury_app.actions import session_setup as setup
from jury_app.actions.context import AppContext
from jury_app.domain.clock import Clock
from jury_app.domain.session_draft import SessionDraft
from jury_app.ui.common.messages import translated
from jury_app.ui.wizard.documents_page import DocumentsPage
from jury_app.ui.wizard.list_pages import CandidatesPage, CardsPage, JurorsPage
from jury_app.ui.wizard.plan_pages import DurationsPage, PlanPage, ResultPage
from jury_app.ui.wizard.start_pages import CertificationPage, SessionPage

CERTIFICATION, SESSION, JURORS, CANDIDATES, DOCUMENTS, CARDS, DURATIONS, PLAN, RESULT = range(9)


class SessionWizard(QWizard):
    """After `exec()`, `session_id` names the session imported (None when the lead cancelled)."""

    def __init__(
        self,
        ctx: AppContext,
        clock: Clock,
        draft: SessionDraft | None = None,
        *,
        editing: bool = False,
        packages_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.draft = draft
        self.editing = editing
        self.packages_folder = packages_folder or Path.home()
        self.session_id: str | None = None
        self.package_path: Path | None = None
        self.last_list: Path | None = None  # the lead's list file, where the next file dialog opens
        self.changes: list[str] = []
        self.open_folder: Callable[[Path], object] = lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p)))
        self.setWindowTitle(self.tr("Modifier la session") if editing else self.tr("Nouvelle session"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Précédent"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            self.tr("Mettre à jour la session") if editing else self.tr("Créer et ouvrir la session"),
        )
        self.pages = {
            CERTIFICATION: CertificationPage(self),
            SESSION: SessionPage(clock.now().date(), self),
            JURORS: JurorsPage(self),
            CANDIDATES: CandidatesPage(clock.now().date(), self),
            DOCUMENTS: DocumentsPage(self),
            CARDS: CardsPage(self),
            DURATIONS: DurationsPage(self),
            PLAN: PlanPage(self),
            RESULT: ResultPage(self),
        }
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        self.setStartId(CERTIFICATION)
        self.resize(1100, 680)

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        current = self.currentId()
        if current == DOCUMENTS and self.draft is not None:
            draws = any(m.scenario_drawn_by_lot for m in self.draft.definition.modalities)
            return CARDS if draws else DURATIONS
        return super().nextId()

    def make_session(self, draft: SessionDraft, out: Path, identity_change_reason: str = "") -> str:
        """Write the package to `out`, import it here (an update when editing); the session's id."""
        result = setup.write_and_import(
            self.ctx, draft, out, update=self.editing, identity_change_reason=identity_change_reason
        )
        self.session_id = result.session_id
        self.package_path = out
        self.changes = [translated(c) for c in result.changes] if result.status == "updated" else []
        return result.session_id

    def tell_ready(self, parent: QWidget) -> QMessageBox:
        """What the lead does next, once the session is open here: the package goes to each juror."""
        assert self.draft is not None and self.package_path is not None
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Session mise à jour") if self.editing else self.tr("Session prête"))
        done = (
            self.tr("La session « {0} » est mise à jour sur cet ordinateur.")
            if self.editing
            else self.tr("La session « {0} » est prête et ouverte sur cet ordinateur.")
        ).format(self.draft.title)
        box.setText(done)
        box.setInformativeText(
            (
                self.tr(
                    "Paquet : {0}\n\nCopiez ce fichier sur l'ordinateur de chaque juré (clé USB, partage) ; chacun "
                    "l'ouvre par « Ouvrir un paquet de session… » et accepte la mise à jour : ses saisies restent."
                )
                if self.editing
                else self.tr(
                    "Paquet : {0}\n\nCopiez ce fichier sur l'ordinateur de chaque juré (clé USB, partage) ; "
                    "chacun l'ouvre par « Ouvrir un paquet de session… » puis choisit son nom."
                )
            ).format(self.package_path)
            + ("\n\n" + "\n".join(self.changes) if self.changes else "")
        )
        folder = box.addButton(self.tr("Ouvrir le dossier du paquet"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        where, opener = self.package_path.parent, self.open_folder  # the wizard is gone when it is clicked
        folder.clicked.connect(lambda: opener(where))
        box.open()
        return box
