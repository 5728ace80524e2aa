"""« Nouvelle session »: a short wizard from the certification to an imported session.

The same actions as `jury-app package new`: the pages fill one `SessionDraft`; the last writes the
package where the lead chooses, imports it here and hands the session to the main window. Opened
on an imported session, the wizard edits it (only what the update rules allow once scoring has
started) or copies it for the next cohort.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget, QWizard

from jury_app.actions import session_setup as setup
from jury_app.actions.context import AppContext
from jury_app.domain.clock import Clock
from jury_app.domain.session_draft import SessionDraft
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
        self.changes: list[str] = []
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
            SESSION: SessionPage(self),
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

    def make_session(self, draft: SessionDraft, out: Path) -> str:
        """Write the package to `out`, import it here (an update when editing); the session's id."""
        result = setup.write_and_import(self.ctx, draft, out, update=self.editing)
        self.session_id = result.session_id
        self.changes = list(result.changes) if result.status == "updated" else []
        return result.session_id
