"""The juror's screen for one modality of one candidate: timer, draw by lot, checklist and notes.

Every change goes through an action of `jury_app.actions`, which commits durably before it
returns; the screen shows only what the action returned. A refused action (`InvalidInput`) is told
in French in the red banner and the saved indicator turns to "Non enregistré".

Shortcuts (also in the tooltips):
    1 / 2 / 3          on a criterion: satisfait / non satisfait / non observé, then next criterion
    0 or Suppr         on a criterion: clear the mark
    ↑ / ↓, Tab         previous / next criterion
    F3                 next criterion without a mark
    F5 or Ctrl+Espace  start, pause (a reason is asked) or resume the timer
    Ctrl+→             next phase
    Ctrl+Z             undo the last change of the grid (outside a text box)
    Ctrl+N             add the note typed (or go to the note field)
    Alt+1 … Alt+9      insert a banked observation into the current competence's observations
"""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jury_app.actions import exam, grids
from jury_app.actions.context import AppContext
from jury_app.actions.exam import RunView
from jury_app.actions.grids import GridKey, GridView
from jury_app.actions.jurors import jury_members
from jury_app.domain.clock import Clock
from jury_app.domain.grading import Mark
from jury_app.domain.referentiel import Judgement
from jury_app.ui.common.action_runner import ActionRunner
from jury_app.ui.common.feedback import ColumnScroll
from jury_app.ui.common.keys import DigitShortcuts
from jury_app.ui.modality.checklist import Checklist
from jury_app.ui.modality.document_panel import DocumentPanel
from jury_app.ui.modality.draw_panel import DrawPanel
from jury_app.ui.modality.feedback import MessageBanner
from jury_app.ui.modality.modality_footer import ModalityFooter
from jury_app.ui.modality.modality_header import ModalityHeader
from jury_app.ui.modality.notes_panel import NotesPanel
from jury_app.ui.modality.snippets_panel import SHORTCUT_COUNT, SnippetsPanel
from jury_app.ui.modality.timer_panel import TimerPanel


class ModalityScreen(QWidget):
    """One juror's screen for `key` (session, candidate, modality, juror)."""

    closed = Signal()
    """The juror goes back to the overview (pending observations are saved first)."""
    saved = Signal(object)
    """With the `GridView` after each durable save of the grid."""
    run_changed = Signal(object)
    """With the `RunView` after each durable timer or draw action."""
    hint_changed = Signal(str)
    """What the keys do where the focus is, and the screen's shortcuts: for the status bar."""

    def __init__(
        self,
        ctx: AppContext,
        key: GridKey,
        clock: Clock,
        *,
        sound_enabled: bool = True,
        rng: random.Random | None = None,
        snippet_owner: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.key = key
        self.clock = clock
        self._rng = rng
        self.setObjectName("modalityScreen")
        self._run: RunView = exam.run_view(ctx, key.run, clock)
        self._grid: GridView = grids.grid_view(ctx, key)
        self.setAccessibleName(self.tr("{0} : {1}").format(self._run.candidate_name, self._run.modality.title))
        self.setWindowTitle(self.accessibleName())

        root = QVBoxLayout(self)
        root.setContentsMargins(8, 6, 8, 6)
        root.setSpacing(6)
        self.header = ModalityHeader(self._run)
        self.header.back_requested.connect(self.close_screen)
        root.addWidget(self.header)
        # what the tests and the main window reach on the screen itself
        self.saved_indicator = self.header.saved_indicator
        self.back_button = self.header.back_button
        self.mock_banner = self.header.mock_banner
        self.banner = MessageBanner()
        root.addWidget(self.banner)
        self.runner = ActionRunner(self, banner=self.banner, saved=self.saved_indicator, clock=clock)

        self.timer_panel = TimerPanel(clock, sound_enabled=sound_enabled)
        self.document_panel = DocumentPanel(ctx, self.runner)
        self.draw_panel = DrawPanel()
        self.notes_panel = NotesPanel()
        self.snippets_panel = SnippetsPanel()
        self.checklist = Checklist()

        left = QWidget()
        left.setAccessibleName(self.tr("Chronomètre et notes"))
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(self.timer_panel, 5)
        left_layout.addWidget(self.document_panel, 5)
        left_layout.addWidget(self.draw_panel)
        self.side_tabs = QTabWidget()
        self.side_tabs.setAccessibleName(self.tr("Notes et banque d'observations"))
        self.side_tabs.addTab(self.notes_panel, self.tr("Notes"))
        self.side_tabs.addTab(self.snippets_panel, self.tr("Mes observations"))
        self.side_tabs.setTabToolTip(0, self.tr("Notes horodatées (Ctrl+N)"))
        self.side_tabs.setTabToolTip(1, self.tr("Votre banque d'observations (Alt+1 … Alt+9)"))
        self.side_tabs.setMinimumHeight(100)  # notes shrink first so the clock stays whole at 1280x720
        left_layout.addWidget(self.side_tabs, 1)
        self.draw_panel.setVisible(self._run.modality.scenario_drawn_by_lot)
        # A modality on documents has no timer: its documents take the timer's place.
        self.timer_panel.setVisible(not self._run.on_document)
        self.document_panel.setVisible(self._run.on_document)

        # With larger text (14 pt) the column is taller than a 720-pixel screen leaves it: it scrolls
        # instead of pushing the window past the screen's bottom edge.
        self.left_scroll = ColumnScroll(left)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.left_scroll)
        self.splitter.addWidget(self.checklist)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([470, 790])
        root.addWidget(self.splitter, 1)
        self.footer = ModalityFooter(on_document=self._run.on_document)
        self.absent_button = self.footer.absent_button
        root.addWidget(self.footer)

        self._connect()
        self._install_shortcuts()
        self._focused_once = False

        self._show_run(self._run)
        self._show_grid(self._grid)
        self.saved_indicator.set_idle(self._grid.saved_at)
        self.snippet_owner = snippet_owner or self._juror_name()
        """Whose bank of observations this is: the juror's name, the same from one session to the next."""
        self.snippets_panel.set_snippets(self.runner.read(lambda: grids.snippets(ctx, self.snippet_owner)) or [])

    # --- building ------------------------------------------------------------------------------
    def _juror_name(self) -> str:
        members = self.runner.read(lambda: jury_members(self.ctx, self.key.session_id)) or []
        return next((m.name for m in members if m.ref == self.key.juror_ref), self.key.juror_ref)

    def _connect(self) -> None:
        self.footer.paper_toggled.connect(self.set_source_paper)
        self.footer.undo_requested.connect(self.undo)
        self.footer.incident_requested.connect(self.ask_incident)
        self.footer.absent_requested.connect(self.ask_absent)
        self.footer.abandon_requested.connect(self.ask_abandon)
        tp = self.timer_panel
        tp.start_requested.connect(self.start)
        tp.pause_requested.connect(self.pause_now)
        tp.reason_requested.connect(self.ask_pause_reason)
        tp.resume_requested.connect(self.resume)
        tp.next_requested.connect(self.next_phase)
        tp.finish_requested.connect(self.finish)
        tp.undo_next_requested.connect(self.undo_next_phase)
        self.draw_panel.draw_requested.connect(self.draw)
        self.draw_panel.redraw_requested.connect(self.redraw)
        self.draw_panel.emergency_requested.connect(  # every card drawn today: one reused, as an incident
            lambda w, r: self._run_act(
                lambda: exam.draw_scenario(
                    self.ctx, self.key, self.clock, witness=w, emergency_reason=r, rng=self._rng
                ),
                self.tr("Réutilisation d'urgence d'une fiche"),
            )
        )
        self.checklist.mark_requested.connect(self.set_mark)
        self.checklist.judgement_requested.connect(self.set_judgement)
        self.checklist.observation_edited.connect(self.save_observation)
        self.checklist.observation_pending.connect(lambda _cid: self.saved_indicator.set_pending())
        self.notes_panel.note_requested.connect(self.add_note)
        self.snippets_panel.insert_requested.connect(self.insert_snippet)
        self.snippets_panel.save_requested.connect(self.save_selection_as_snippet)

    def _install_shortcuts(self) -> None:
        def bind(sequence: str | QKeySequence.StandardKey, slot: Callable[[], object]) -> QShortcut:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            return shortcut

        self.shortcuts: dict[str, QShortcut] = {
            "F5": bind("F5", self.timer_panel.toggle),
            "Ctrl+Space": bind("Ctrl+Space", self.timer_panel.toggle),
            "Ctrl+Right": bind("Ctrl+Right", self.timer_panel.ask_next),
            "Ctrl+Left": bind("Ctrl+Left", self._undo_next_shortcut),
            "Ctrl+End": bind("Ctrl+End", self.timer_panel.ask_finish),
            "Escape": bind("Escape", self.timer_panel.cancel_confirmation),
            "Ctrl+T": bind("Ctrl+T", self._draw_shortcut),
            "Ctrl+Z": bind("Ctrl+Z", self.undo),
            "Ctrl+N": bind("Ctrl+N", self._note_shortcut),
            "F3": bind("F3", self.checklist.focus_next_unmarked),
        }
        # Alt+1 … Alt+9 by the key's position: on AZERTY that key types "&", "é"…, never "1".
        self.bank_keys = DigitShortcuts(self, Qt.KeyboardModifier.AltModifier, self._bank_key)

    def _bank_key(self, digit: int) -> None:
        if 1 <= digit <= SHORTCUT_COUNT:
            self.snippets_panel.insert_row(digit - 1)

    # --- reading -------------------------------------------------------------------------------
    @property
    def run(self) -> RunView:
        """The run as the last action (or the opening) returned it."""
        return self._run

    @property
    def grid(self) -> GridView:
        """The grid as the last action (or the opening) returned it."""
        return self._grid

    def error_text(self) -> str:
        """The message of the last refused action, while the banner shows it."""
        return self.banner.text()

    # --- calling the actions (through the runner: refusals told in the band, faults logged) -------
    def _after_grid_shown(self) -> None:
        if any(box.observation_pending for box in self.checklist.boxes.values()):
            self.saved_indicator.set_pending()  # another change was saved, not the text being typed

    def _run_act(self, call: Callable[[], RunView], what: str) -> RunView | None:
        view = self.runner.call(call, what=what)
        if view is not None:
            self._show_run(view)
            self.run_changed.emit(view)
        return view

    def _grid_act(self, call: Callable[[], GridView], what: str) -> GridView | None:
        view = self.runner.call(call, what=what)
        if view is not None:
            self._show_grid(view)
            self._after_grid_shown()
            self.saved.emit(view)
        else:
            self._show_grid(self._grid)  # undo what the widgets may show that was not saved
        return view

    def _show_run(self, view: RunView) -> None:
        self._run = view
        if view.on_document:
            self.document_panel.set_run(view)
        else:
            self.timer_panel.set_run(view)
        self.draw_panel.set_run(view)
        self.header.show_run(view)
        self.footer.show_run(view)

    def _show_grid(self, view: GridView) -> None:
        self._grid = view
        self.timer_panel.unmarked_count = len(view.completeness.unmarked)
        self.checklist.set_grid(view)
        self.notes_panel.set_notes(view.notes)
        self.footer.show_grid(view)

    # --- timer and draw ------------------------------------------------------------------------
    def draw(self, witness: str = "") -> RunView | None:
        return self._run_act(
            lambda: exam.draw_scenario(self.ctx, self.key, self.clock, witness=witness, rng=self._rng),
            self.tr("Tirer la fiche scénario"),
        )

    def redraw(self, witness: str, reason: str) -> RunView | None:
        return self._run_act(
            lambda: exam.draw_scenario(
                self.ctx, self.key, self.clock, witness=witness, redraw_reason=reason, rng=self._rng
            ),
            self.tr("Nouveau tirage"),
        )

    def start(self) -> RunView | None:
        return self._run_act(
            lambda: exam.start_modality(self.ctx, self.key, self.clock), self.tr("Démarrer le chronomètre")
        )

    def pause(self, reason: str = "") -> RunView | None:
        return self._run_act(
            lambda: exam.pause_modality(self.ctx, self.key, self.clock, reason), self.tr("Mettre en pause")
        )

    def pause_now(self) -> RunView | None:
        """F5 or Pause: the clock stops at the keystroke, then the reason is asked while paused."""
        view = self.pause()
        if view is not None:
            self.ask_pause_reason()
        return view

    def give_pause_reason(self, reason: str) -> RunView | None:
        return self._run_act(
            lambda: exam.give_pause_reason(self.ctx, self.key, self.clock, reason), self.tr("Raison de la pause")
        )

    def ask_pause_reason(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Pause"),
            self.tr(
                "Le chronomètre est arrêté. Raison de la pause (consignée comme incident, exigée pour reprendre) :"
            ),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if ok and reason.strip():
            self.give_pause_reason(reason)
        elif self.run.timer.reason_missing:
            self.runner.tell_notice(
                self.tr("Le chronomètre reste en pause : indiquez la raison de la pause pour reprendre.")
            )

    def resume(self) -> RunView | None:
        return self._run_act(lambda: exam.resume_modality(self.ctx, self.key, self.clock), self.tr("Reprendre"))

    def next_phase(self) -> RunView | None:
        return self._run_act(
            lambda: exam.next_phase(self.ctx, self.key, self.clock), self.tr("Passer à la phase suivante")
        )

    def undo_next_phase(self) -> RunView | None:
        return self._run_act(
            lambda: exam.undo_next_phase(self.ctx, self.key, self.clock), self.tr("Annuler le changement de phase")
        )

    def _undo_next_shortcut(self) -> None:
        self.timer_panel.refresh()
        if self.timer_panel.undo_bar.isVisible():
            self.undo_next_phase()

    def _draw_shortcut(self) -> None:
        if self.draw_panel.isVisible() and self.draw_panel.draw_button.isVisible():
            self.draw(self.draw_panel.witness_edit.text())

    def finish(self) -> RunView | None:
        return self._run_act(
            lambda: exam.finish_modality(self.ctx, self.key, self.clock), self.tr("Terminer la modalité")
        )

    # --- incidents -----------------------------------------------------------------------------
    def record_incident(self, text: str) -> bool:
        k = self.key

        return self.runner.do(
            lambda: exam.record_incident(
                self.ctx, k.session_id, k.candidate_ref, k.modality_id, k.juror_ref, text, self.clock
            )
        )

    def ask_incident(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Incident"), self.tr("Décrivez l'incident (il est consigné au procès-verbal) :"), ""
        )
        if ok:
            self.record_incident(text)

    def mark_abandoned(self, circumstances: str) -> bool:
        k = self.key

        done = self.runner.do(lambda: exam.mark_abandoned(self.ctx, k, self.clock, circumstances))
        if done:
            self._reload_run()
        return done

    def mark_absent(self, note: str = "") -> bool:
        k = self.key

        done = self.runner.do(
            lambda: exam.mark_absent(self.ctx, k.session_id, k.candidate_ref, k.juror_ref, self.clock, note)
        )
        if done:
            self._reload_run()
        return done

    def ask_absent(self) -> None:
        note, ok = QInputDialog.getText(
            self,
            self.tr("Candidat absent"),
            self.tr("Le candidat ne s'est pas présenté. Précision éventuelle (consignée au procès-verbal) :"),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if ok:
            self.mark_absent(note)

    def _reload_run(self) -> None:
        k = self.key
        view = self.runner.read(lambda: exam.run_view(self.ctx, k.run, self.clock))
        if view is not None:
            self._show_run(view)
            self.run_changed.emit(view)

    def ask_abandon(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Abandon du candidat"),
            self.tr("Circonstances de l'abandon (consignées au procès-verbal) :"),
            "",
        )
        if not ok:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Abandon du candidat"),
            self.tr("Enregistrer l'abandon ? Cette modalité et celles qui restent seront closes pour ce candidat."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.mark_abandoned(text)

    # --- the grid ------------------------------------------------------------------------------
    def set_mark(self, criterion_id: str, mark: Mark | None) -> GridView | None:
        return self._grid_act(
            lambda: grids.set_mark(self.ctx, self.key, criterion_id, mark, self.clock),
            self.tr("Noter le critère {0}").format(criterion_id),
        )

    def set_judgement(self, competence_id: str, judgement: Judgement | None) -> GridView | None:
        return self._grid_act(
            lambda: grids.set_judgement(self.ctx, self.key, competence_id, judgement, self.clock),
            self.tr("Poser le jugement"),
        )

    def save_observation(self, competence_id: str, text: str) -> GridView | None:
        return self._grid_act(
            lambda: grids.set_observation(self.ctx, self.key, competence_id, text, self.clock),
            self.tr("Enregistrer l'observation"),
        )

    def add_note(self, text: str | None = None) -> GridView | None:
        note = self.notes_panel.note_edit.text() if text is None else text
        self.timer_panel.refresh()
        label = self.timer_panel.phase_label_for_note()
        view = self._grid_act(
            lambda: grids.add_note(self.ctx, self.key, note, label, self.clock), self.tr("Ajouter la note")
        )
        if view is not None:
            self.notes_panel.clear_input()
        return view

    def _note_shortcut(self) -> None:
        if self.notes_panel.note_edit.text().strip():
            self.add_note()
        else:
            self.side_tabs.setCurrentWidget(self.notes_panel)
            self.notes_panel.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def undo(self) -> GridView | None:
        return self._grid_act(
            lambda: grids.undo_last(self.ctx, self.key, self.clock), self.tr("Annuler la dernière saisie")
        )

    def set_source_paper(self, paper: bool) -> GridView | None:
        return self._grid_act(
            lambda: grids.set_source_paper(self.ctx, self.key, paper, self.clock),
            self.tr("Grille saisie depuis le papier"),
        )

    # --- the bank of observations --------------------------------------------------------------
    def insert_snippet(self, text: str) -> GridView | None:
        competence_id = self.checklist.current_competence_id
        if competence_id is None:
            return None
        box = self.checklist.boxes[competence_id]
        box.flush_observation()  # what is being typed is saved first, then the snippet appended
        if box.observation_pending:
            return None
        return self._grid_act(
            lambda: grids.use_snippet(self.ctx, self.key, self.snippet_owner, competence_id, text, self.clock),
            self.tr("Insérer une observation de votre banque"),
        )

    def save_selection_as_snippet(self) -> list[str] | None:
        text = self.checklist.selected_observation_text()
        if not text.strip():
            self.runner.tell_notice(
                self.tr(
                    "Sélectionnez d'abord un passage dans une zone d'observations, puis cliquez sur « Ajouter à mes observations »."
                )
            )
            return None
        texts = self.runner.call(lambda: grids.save_snippet(self.ctx, self.snippet_owner, text))
        if texts is not None:
            self.snippets_panel.set_snippets(texts)
        return texts

    # --- leaving -------------------------------------------------------------------------------
    @property
    def pending_note(self) -> str:
        """A note typed and not added yet."""
        return self.notes_panel.note_edit.text().strip()

    def confirm_leave(self) -> bool:
        """Before the screen closes: observations are saved; a note typed and not added is added,
        dropped or kept on screen, as the juror says. False when the juror stays."""
        self.checklist.flush_observations()
        note = self.pending_note
        if not note:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Note non ajoutée"),
            self.tr("La note « {0} » est tapée mais pas encore ajoutée. Que voulez-vous en faire ?").format(note),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        add = box.addButton(self.tr("L'ajouter"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("Ne pas la garder"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Rester sur cet écran"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(add)
        box.setEscapeButton(stay)
        box.exec()
        clicked = box.clickedButton()
        if clicked is add:
            return self.add_note() is not None
        if clicked is drop:
            self.notes_panel.clear_input()
            return True
        self.notes_panel.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def close_screen(self) -> None:
        """Save what is being typed, then go back to the overview."""
        if self.confirm_leave():
            self.closed.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._focused_once:  # the juror starts where there is work: "1" marks at once
            self._focused_once = True
            QTimer.singleShot(0, self.checklist.focus_first_todo)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self.checklist.flush_observations()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.checklist.flush_observations()
        super().closeEvent(event)
