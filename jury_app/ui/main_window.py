"""The main window: one screen at a time (welcome, juror, overview, modality), menus, status."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jury_app.actions import preferences
from jury_app.actions.context import AppContext
from jury_app.domain.clock import Clock
from jury_app.domain.problems import IdentityChangeRefused
from jury_app.domain.wording import session_zone
from jury_app.ui import i18n
from jury_app.ui.common import theme
from jury_app.ui.common.action_runner import ActionRunner, Failed, Progress
from jury_app.ui.common.feedback import show_times_in
from jury_app.ui.common.session_heading import SessionHeading, heading_text
from jury_app.ui.results_menu import ResultsMenu
from jury_app.ui.welcome.welcome_screen import WelcomeScreen

if TYPE_CHECKING:
    from jury_app.actions.backups import DatabaseHurt
    from jury_app.actions.sessions import SessionSummary
    from jury_app.ui.common.timer_watch import TimerWatcher
    from jury_app.ui.deliberation import DeliberationScreen
    from jury_app.ui.jurors.login_screen import LoginScreen
    from jury_app.ui.overview.overview_screen import OverviewScreen
    from jury_app.ui.wizard import SessionWizard

# Screens other than the welcome screen, and the actions behind them, are imported on first use:
# the window is painted before the database layer (SQLAlchemy, 0.2 s) is even loaded.

T = TypeVar("T")

MOCK_STYLE = "background: @mock_bg; color: @mock_fg; font-weight: bold; font-size: @size(1.6); padding: 4px;"


class MainWindow(QMainWindow):
    """Signals:
    ready: the first screen is up with its data (used by --screenshot).
    """

    ready = Signal()

    def __init__(self, ctx: AppContext, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.session_id: str | None = None
        self.session_kind = ""
        self.juror_ref: str | None = None
        self.juror_name = ""
        self.prefs = preferences.load(ctx.paths)
        self._modality_screen: QWidget | None = None
        self.wizard: SessionWizard | None = None  # the last one opened
        self.ready_box: QMessageBox | None = None  # what to do with the package it wrote
        self.import_notes: QMessageBox | None = None  # what the package import noted without refusing it
        self._timer_watch: TimerWatcher | None = None
        self.runner = ActionRunner(self)  # each screen has its own; here, refusals are told in a dialog

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.mock_banner = QLabel(self.tr("EXAMEN BLANC – sans valeur certificative"), central)
        self.mock_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.follow(self.mock_banner, MOCK_STYLE)
        self.mock_banner.setAccessibleName(self.tr("Examen blanc"))
        self.mock_banner.hide()
        layout.addWidget(self.mock_banner)
        self.stack = QStackedWidget(central)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.welcome = WelcomeScreen(self)
        self.welcome.new_session_requested.connect(self.new_session)
        self.welcome.open_package_requested.connect(self.choose_package)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.session_requested.connect(self.open_session)
        self._login: LoginScreen | None = None
        self._overview: OverviewScreen | None = None
        self._deliberation: DeliberationScreen | None = None
        self.stack.addWidget(self.welcome)

        self.session_label = QLabel(self)
        self.juror_label = QLabel(self)
        self.statusBar().addWidget(self.session_label, 1)
        self.statusBar().addPermanentWidget(self.juror_label)
        self._build_menus()
        self.setWindowTitle(self.tr("Jury – certification"))
        # Rolling backups while the app runs: a consistent copy every 10 minutes when data changed.
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(10 * 60 * 1000)
        self.backup_timer.timeout.connect(self.backup_soon)
        self.backup_timer.start()

    # --- screens, made on first use ---------------------------------------------------------
    @property
    def login(self) -> LoginScreen:
        if self._login is None:
            from jury_app.ui.jurors.login_screen import LoginScreen

            self._login = LoginScreen(self.ctx, self, self.clock)
            self._login.logged_in.connect(self._logged_in)
            self._login.back_requested.connect(self.show_welcome)
            self.stack.addWidget(self._login)
        return self._login

    @property
    def overview(self) -> OverviewScreen:
        if self._overview is None:
            from jury_app.ui.overview.overview_screen import OverviewScreen

            self._overview = OverviewScreen(self.ctx, self.clock, self)
            self._overview.open_requested.connect(self.open_modality)
            self._overview.closing_check_requested.connect(self.closing_check)
            self._overview.deliberation_requested.connect(self.show_deliberation)
            self.stack.addWidget(self._overview)
        return self._overview

    # --- menus -----------------------------------------------------------------------------
    def _action(self, text: str, slot: Any, shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        session = bar.addMenu(self.tr("&Session"))
        session.addAction(self._action(self.tr("&Nouvelle session…"), self.new_session))
        self.act_edit_session = self._action(self.tr("&Modifier la session…"), self.edit_session)
        self.act_copy_session = self._action(self.tr("Copier pour une nouvelle &promotion…"), self.copy_session)
        for act in (self.act_edit_session, self.act_copy_session):
            act.setEnabled(False)
            session.addAction(act)
        session.addAction(
            self._action(self.tr("&Ouvrir un paquet de session…"), self.choose_package, QKeySequence.StandardKey.Open)
        )
        session.addAction(self._action(self.tr("Session de &démonstration"), self.open_demo))
        session.addAction(self._action(self.tr("&Accueil"), self.show_welcome))
        session.addAction(self._action(self.tr("&Sauvegardes…"), self.show_backups))
        session.addSeparator()
        session.addAction(self._action(self.tr("&Quitter"), self.close, QKeySequence.StandardKey.Quit))
        jury = bar.addMenu(self.tr("&Jury"))
        self.act_overview = self._action(self.tr("&Vue d'ensemble"), self.show_overview, "Ctrl+1")
        self.act_switch = self._action(self.tr("&Changer de juré"), self.switch_juror, "Ctrl+J")
        self.act_closing = self._action(self.tr("Vérification de &clôture…"), self.closing_check, "Ctrl+K")
        self.act_deliberation = self._action(self.tr("&Délibération"), self.show_deliberation, "Ctrl+D")
        for act in (self.act_overview, self.act_deliberation, self.act_switch, self.act_closing):
            act.setEnabled(False)
            jury.addAction(act)
        jury.addSeparator()
        self.results = ResultsMenu(self.ctx, self.clock, self, self.runner, lambda: (self.session_id, self.juror_ref))
        self.results.imported.connect(self._results_imported)
        self.results.juror_reset.connect(self._juror_reset)
        jury.addActions(self.results.actions)
        from jury_app.ui.documents.documents_menu import DocumentsMenu

        self.documents = DocumentsMenu(self.ctx, self.clock, self, bar.addMenu(self.tr("&Documents")), self._current)
        settings = bar.addMenu(self.tr("&Réglages"))
        lang = settings.addMenu(self.tr("&Langue"))
        group = QActionGroup(self)
        for code, label in (("fr", "Français"), ("en", "English")):
            act = QAction(label, self, checkable=True)
            act.setChecked(self.prefs.language == code)
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(act)
            lang.addAction(act)
        self.act_sound = QAction(self.tr("&Son des alertes"), self, checkable=True)
        self.act_sound.setChecked(self.prefs.sound)
        self.act_sound.toggled.connect(self.set_sound)
        settings.addAction(self.act_sound)

    def _current(self) -> tuple[str | None, str | None, str]:
        """Session, juror and the candidate selected in the overview, for the Documents menu."""
        candidate = self._overview.selected_candidate() if self._overview is not None else ""
        return self.session_id, self.juror_ref, candidate

    def backup_soon(self, reason: str = "") -> None:
        from jury_app.actions.backups import make_backup, maybe_backup

        def failed(outcome: Failed) -> None:  # quietly: the jury is working, the next backup will retry
            self.statusBar().showMessage(
                self.tr("Sauvegarde automatique impossible : {0}").format(outcome.message), 10000
            )

        if reason:
            self.runner.in_background(
                lambda _progress: make_backup(self.ctx, reason, clock=self.clock), lambda _r: None, on_failure=failed
            )
        else:
            self.runner.in_background(
                lambda _progress: maybe_backup(self.ctx, 10, self.clock), lambda _r: None, on_failure=failed
            )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self._drop_modality():  # a note typed and not added: the juror chose to stay
            event.ignore()
            return
        super().closeEvent(event)

    def show_backups(self) -> None:
        from jury_app.ui.backups import run_restore_dialog

        if run_restore_dialog(self.ctx, self):
            self._restored(self.tr("Sauvegarde restaurée ; l'état précédent a été sauvegardé."))

    def _restored(self, message: str) -> None:
        # The database changed under every screen: drop them and start over.
        self._drop_modality()
        for attr in ("_login", "_overview", "_deliberation"):
            screen = getattr(self, attr)
            if screen is not None:
                self.stack.removeWidget(screen)
                screen.deleteLater()
                setattr(self, attr, None)
        self.session_id = None
        self.juror_ref = None
        self.show_welcome()
        self.statusBar().showMessage(message, 10000)

    def _database_hurt(self, error: DatabaseHurt) -> None:
        from jury_app.ui.backups import HurtOutcome, run_hurt_dialog

        outcome = run_hurt_dialog(self.ctx, error, self)
        if outcome is HurtOutcome.RESTORED:
            self._restored(self.tr("Sauvegarde restaurée ; la base endommagée est conservée à côté."))
        elif outcome is HurtOutcome.RETRY:
            self.show_welcome()
        else:
            self.close()

    def set_language(self, code: str) -> None:
        self.prefs = preferences.set_language(self.ctx.paths, code)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.install(app, code)
        QMessageBox.information(
            self,
            self.tr("Langue"),
            self.tr("La langue choisie s'appliquera entièrement au prochain démarrage."),
        )

    def set_sound(self, enabled: bool) -> None:
        self.prefs = preferences.set_sound(self.ctx.paths, enabled)
        if self._timer_watch is not None:
            self._timer_watch.sound_enabled = enabled

    # --- navigation ------------------------------------------------------------------------
    def show_welcome(self) -> None:
        if not self._drop_modality():
            return
        self.welcome.set_recent(self._recent_sessions())
        self.stack.setCurrentWidget(self.welcome)
        self.ready.emit()

    def _recent_sessions(self) -> list[tuple[str, str]]:
        from jury_app.actions.backups import database_hurt
        from jury_app.actions.sessions import list_sessions

        def listed() -> tuple[DatabaseHurt | None, list[SessionSummary]]:
            hurt = database_hurt(self.ctx)
            return hurt, [] if hurt is not None else list_sessions(self.ctx)

        found = self.runner.read(listed)
        if found is None:
            return []
        hurt, sessions = found
        if hurt is not None:  # told with its "Restaurer" button once the window is up
            QTimer.singleShot(0, lambda: self._database_hurt(hurt))
            return []
        known = {s.id: s.title for s in sessions}
        ordered = [s for s in self.prefs.recent_sessions if s in known]
        ordered += [s for s in sorted(known) if s not in ordered]
        return [(sid, known[sid]) for sid in ordered]

    def _in_background(self, label: str, work: Callable[[Progress], T], then: Callable[[T], None]) -> None:
        def failed(outcome: Failed) -> None:
            self.runner.tell(outcome.message)
            if self.session_id is None:
                self.show_welcome()

        self.runner.in_background(work, then, progress_label=label, on_failure=failed)

    def open_demo(self) -> None:
        from jury_app.demo.opening import open_demo_session

        self._in_background(
            self.tr("Préparation de la session de démonstration…"),
            lambda _progress: open_demo_session(self.ctx),
            self.open_session,
        )

    def choose_package(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Ouvrir un paquet de session"), str(Path.home()), self.tr("Paquets de session (*.zip)")
        )
        if name:
            self.open_package(Path(name))

    def open_package(self, path: Path) -> None:
        """Import a package; one that updates a session already here (the lead edited it) is imported
        as an update once the user agrees: what the jury entered stays."""
        from jury_app.actions import packages

        title = self.runner.read(lambda: packages.session_it_updates(self.ctx, path))
        if title is None:  # the package is refused, and told
            return
        if title:
            answer = QMessageBox.question(
                self,
                self.tr("Mettre à jour la session"),
                self.tr(
                    "La session « {0} » est déjà sur cet ordinateur. La mettre à jour avec ce paquet ? Les "
                    "saisies du jury sont conservées ; un candidat ou un juré qui a déjà des notes ne peut pas "
                    "être retiré."
                ).format(title),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.import_package(path, update=bool(title))

    def import_package(
        self, path: Path, *, update: bool = False, registration_ended_reason: str = "", identity_change_reason: str = ""
    ) -> None:
        """Import (or update from) a package; a session after its certification's registration
        ended, or an update that renames a candidate the jury worked on, is imported only once the
        lead has said why (asked here, printed on the PV)."""
        from jury_app.actions import packages
        from jury_app.ui.common.identity import ask_identity_reason
        from jury_app.ui.common.registration import ask_reason, tell_import_notes

        again = partial(self.import_package, path, update=update)
        if not registration_ended_reason:
            late = self.runner.read(lambda: packages.registration_ended(self.ctx, path))
            if late is not None:
                self.reason_dialog = ask_reason(self, late, lambda reason: again(registration_ended_reason=reason))
                return

        def work(progress: Progress) -> Any:
            try:
                return packages.import_(
                    self.ctx,
                    path,
                    update=update,
                    progress=progress,
                    registration_ended_reason=registration_ended_reason,
                    identity_change_reason=identity_change_reason,
                )
            except IdentityChangeRefused as refused:  # asked below: the lead confirms it, with its reason
                return refused

        def then(result: Any) -> None:
            if isinstance(result, IdentityChangeRefused):
                self.reason_dialog = ask_identity_reason(
                    self,
                    result,
                    lambda reason: again(
                        registration_ended_reason=registration_ended_reason, identity_change_reason=reason
                    ),
                )
                return
            self.backup_soon("apres-import")
            self.open_session(result.session_id)
            if result.warnings:
                self.import_notes = tell_import_notes(self, result.warnings)

        self._in_background(self.tr("Import du paquet…"), work, then)

    # --- preparing sessions ----------------------------------------------------------------------
    def run_wizard(self, wizard: SessionWizard) -> None:
        """Show the wizard (window-modal); the session it made or updated is backed up and opened."""
        self.wizard = wizard

        def done() -> None:
            if wizard.session_id is not None:
                self.backup_soon("apres-import")
                self.open_session(wizard.session_id)
                if wizard.changes:
                    self.statusBar().showMessage("; ".join(wizard.changes), 15000)
                self.ready_box = wizard.tell_ready(self)

        wizard.accepted.connect(done)
        wizard.finished.connect(wizard.deleteLater)
        wizard.open()

    def new_session(self) -> None:
        from jury_app.ui.wizard import SessionWizard

        self.run_wizard(SessionWizard(self.ctx, self.clock, packages_folder=Path.home(), parent=self))

    def _wizard_from(self, read: Callable[[], Any], *, editing: bool) -> None:
        from jury_app.ui.wizard import SessionWizard

        draft = self.runner.read(read)
        if draft is not None:
            self.run_wizard(SessionWizard(self.ctx, self.clock, draft, editing=editing, parent=self))

    def edit_session(self) -> None:
        """The open session in the wizard: what the jury entered stays, the update rules apply."""
        from jury_app.actions.session_edit import draft_of

        if self.session_id is not None:
            sid = self.session_id
            self._wizard_from(lambda: draft_of(self.ctx, sid), editing=True)

    def copy_session(self) -> None:
        """A new session like the open one, for the next cohort: a new list, new dates."""
        from jury_app.actions.session_edit import for_next_cohort

        if self.session_id is not None:
            sid = self.session_id
            self._wizard_from(lambda: for_next_cohort(self.ctx, sid), editing=False)

    def open_session(self, session_id: str) -> None:
        from jury_app.actions.sessions import session_document

        doc = self.runner.read(lambda: session_document(self.ctx, session_id))
        if doc is None:
            self.show_welcome()
            return
        self.show_session(session_id, doc)
        self.session_opened(session_id)
        self.login.load(session_id)
        self.stack.setCurrentWidget(self.login)
        self.ready.emit()

    def show_session(self, session_id: str, doc: SessionHeading) -> None:
        """The session's heading (status bar, mock banner, its times' zone), no juror signed in."""
        self.session_id = session_id
        self.session_kind = str(doc.kind)
        show_times_in(session_zone(doc.timezone))
        self.mock_banner.setVisible(self.session_kind == "mock")
        self.session_label.setText(heading_text(doc))
        self.juror_ref = None
        self.juror_label.setText(self.tr("Aucun juré identifié"))

    def session_opened(self, session_id: str) -> None:
        """The session's menus, once it is loaded (the sign-in may be painted before: `ui.first_paint`)."""
        self.prefs = preferences.remember_session(self.ctx.paths, session_id)
        self.results.session_opened()
        self.act_edit_session.setEnabled(True)
        self.act_copy_session.setEnabled(True)

    def switch_juror(self) -> None:
        if self.session_id is not None and self._drop_modality():
            self.open_session(self.session_id)

    def _logged_in(self, juror_ref: str, juror_name: str) -> None:
        self.juror_ref = juror_ref
        self.juror_name = juror_name
        self.juror_label.setText(self.tr("Juré : {0}").format(juror_name))
        for act in (
            self.act_overview,
            self.act_deliberation,
            self.act_switch,
            self.act_closing,
        ):
            act.setEnabled(True)
        self.results.juror_logged_in()
        self.documents.set_enabled(True)
        self.timer_watch.watch(self.session_id)  # warnings sound wherever the juror is
        self.show_overview()

    @property
    def timer_watch(self) -> TimerWatcher:
        if self._timer_watch is None:
            from jury_app.ui.common.timer_watch import TimerWatcher

            self._timer_watch = TimerWatcher(self.ctx, self.clock, self)
            self._timer_watch.sound_enabled = self.prefs.sound
            self._timer_watch.warned.connect(lambda text: self.statusBar().showMessage(text, 20000))
        return self._timer_watch

    def show_overview(self) -> None:
        if self.session_id is None or self.juror_ref is None:
            return
        if not self._drop_modality():
            return
        self.overview.load(self.session_id, self.juror_ref)
        self.stack.setCurrentWidget(self.overview)
        self.ready.emit()

    def _drop_modality(self) -> bool:
        """Close the modality screen, once the juror has said what becomes of a note typed but not added.

        False when the juror chose to stay on it.
        """
        screen = self._modality_screen
        if screen is not None and hasattr(screen, "confirm_leave") and not screen.confirm_leave():
            self.stack.setCurrentWidget(screen)
            return False
        if self._timer_watch is not None:
            self._timer_watch.shown = None
            self._timer_watch.reload()
        if self._modality_screen is not None:
            self.stack.removeWidget(self._modality_screen)
            self._modality_screen.deleteLater()
            self._modality_screen = None
        return True

    def open_modality(self, candidate_ref: str, modality_id: str) -> None:
        if self.session_id is None or self.juror_ref is None:
            return
        if not self._drop_modality() or not self.ensure_declared(candidate_ref):
            return
        from jury_app.actions.grids import GridKey
        from jury_app.ui.modality.modality_screen import ModalityScreen

        key = GridKey(self.session_id, candidate_ref, modality_id, self.juror_ref)
        screen = self.runner.read(
            lambda: ModalityScreen(self.ctx, key, self.clock, sound_enabled=self.prefs.sound, parent=self)
        )
        if screen is None:
            return
        screen.closed.connect(self.show_overview)
        self._drop_modality()
        self._modality_screen = screen
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        self.timer_watch.shown = (candidate_ref, modality_id)  # this screen sounds its own timer
        screen.run_changed.connect(lambda _view: self.timer_watch.reload())

    def ensure_declared(self, candidate_ref: str) -> bool:
        """Before evaluating a candidate, the juror declares having no link with them."""
        from jury_app.actions.jurors import declarations
        from jury_app.ui.jurors.declaration_dialog import ask_declaration

        assert self.session_id is not None and self.juror_ref is not None
        decl = declarations(self.ctx, self.session_id).get((candidate_ref, self.juror_ref))
        if decl is not None:
            if decl.has_link:
                QMessageBox.information(
                    self,
                    self.tr("Récusation"),
                    self.tr("Vous êtes récusé(e) pour ce candidat : vous ne pouvez pas l'évaluer."),
                )
                return False
            return True
        return ask_declaration(self, self.ctx, self.session_id, candidate_ref, self.juror_ref)

    def closing_check(self) -> None:
        from jury_app.ui.overview.closing_dialog import ClosingDialog

        if self.session_id is None:
            return
        ClosingDialog(self.ctx, self.session_id, self).exec()

    def _results_imported(self) -> None:
        self.backup_soon("apres-fusion")
        if self.juror_ref is not None:
            self.show_overview()  # grid states may have changed

    def _juror_reset(self, juror_ref: str) -> None:
        if self.session_id is not None and juror_ref == self.juror_ref:
            self.open_session(self.session_id)  # the juror at the keyboard was reset: they log in again

    def show_deliberation(self, candidate_ref: str = "") -> None:
        """The jury's deliberation, on the candidate given (or the first one)."""
        if self.session_id is None or self.juror_ref is None:
            return
        from jury_app.ui.deliberation import DeliberationScreen

        if not self._drop_modality():
            return
        if self._deliberation is not None:
            self.stack.removeWidget(self._deliberation)
            self._deliberation.deleteLater()
        session_id, juror_ref = self.session_id, self.juror_ref
        screen = self.runner.read(lambda: DeliberationScreen(self.ctx, session_id, juror_ref, self.clock, self))
        if screen is None:
            return
        screen.closed.connect(self.show_overview)
        self._deliberation = screen
        self.stack.addWidget(screen)
        if candidate_ref:
            screen.select_candidate(candidate_ref)
        self.stack.setCurrentWidget(screen)
