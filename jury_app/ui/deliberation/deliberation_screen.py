"""The jury's deliberation screen: every candidate of the session, one at a time.

Left, the candidates with the state of their deliberation; centre, the jurors' grids side by side
(disagreements highlighted) and the candidate's files one click away; right, the common judgement
per competence, the decisions on the CCPs and the title with their reasons, and the closing.

Every change goes through one action of `jury_app.actions.deliberation`, which commits durably
before it returns; the screen shows only what the action returned ("Enregistré à hh:mm:ss"). A
refused action is told in French in the red band, never as a traceback.

Keyboard: ↑/↓ in the list of candidates; Ctrl+Entrée closes the deliberation (after a confirmation).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from jury_app.actions import deliberation as actions
from jury_app.actions import deliberation_close, jury_step
from jury_app.actions.context import AppContext
from jury_app.actions.deliberation import AttachmentView, DeliberationView, viewable_copy
from jury_app.actions.jurors import jury_members
from jury_app.actions.jury_step import BlindState
from jury_app.domain.clock import Clock
from jury_app.domain.referentiel import Judgement
from jury_app.ui.common import theme
from jury_app.ui.common.action_runner import ActionRunner
from jury_app.ui.common.candidate_filter import CandidateFilter
from jury_app.ui.common.documents import document_kind_label, open_with_system
from jury_app.ui.common.feedback import ColumnScroll, MessageBanner, RowScroll
from jury_app.ui.common.labels import path_label
from jury_app.ui.common.messages import translated
from jury_app.ui.common.terms import ui_terms
from jury_app.ui.deliberation.candidate_list import CandidateList
from jury_app.ui.deliberation.decisions_panel import COMPLEMENTARY, DecisionsPanel
from jury_app.ui.deliberation.feedback import LockBand, SavedLabel
from jury_app.ui.deliberation.marks_tree import MarksTree
from jury_app.ui.deliberation.override_dialog import OverrideDialog
from jury_app.ui.deliberation.step_band import JuryStepBand

_STYLE = """
QLabel#candidateName { font-size: @size(1.5); font-weight: bold; }
QLabel#candidateInfo { color: @secondary; }
QLabel#recused { color: @recused_text; font-weight: bold; }
QLabel#absent { color: @caution_text; font-weight: bold; }
QLabel#sectionTitle { font-weight: bold; }
QPushButton#attachment { text-align: left; padding: 3px 8px; }
QListWidget#problems { background: @warn_bg; border: 1px solid @warn_border; color: @warn_fg; }
QPushButton#closeButton { font-weight: bold; padding: 6px 12px; }
QPushButton#closeButton:enabled { background: @primary_bg; color: @primary_fg; border-radius: 4px; }
"""


VIEWS_KEPT = 40
"""Candidates whose view is kept, the last shown: going back to one is not read again."""


def _attachment_label(attachment: AttachmentView) -> str:
    """A short label for the button; the tooltip holds the whole title."""
    if attachment.kind == "autre":
        return attachment.title
    return document_kind_label(attachment.kind)


class DeliberationScreen(QWidget):
    """The deliberation of `session_id`, the actions signed by `juror_ref`."""

    closed = Signal()
    """Back to the overview (a reason being typed is saved first)."""
    changed = Signal(object)
    """With the `DeliberationView` after each durable change."""

    def __init__(
        self, ctx: AppContext, session_id: str, juror_ref: str, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.juror_ref = juror_ref
        self.clock = clock
        self.open_file: Callable[[Path], object] = open_with_system
        """Opens an attachment; replaced in tests."""
        self._view: DeliberationView | None = None
        self._names: dict[str, str] = {}
        self._read_views: dict[str, tuple[DeliberationView, BlindState]] = {}
        self._read_stamp: int | None = None
        self.setObjectName("deliberationScreen")
        theme.follow(self, _STYLE)
        self.setAccessibleName(self.tr("Délibération du jury"))
        self.setWindowTitle(self.tr("Délibération du jury"))

        root = QVBoxLayout(self)
        root.setContentsMargins(8, 6, 8, 6)
        root.setSpacing(6)
        root.addLayout(self._build_header())
        self.banner = MessageBanner()
        root.addWidget(self.banner)
        self.runner = ActionRunner(self, banner=self.banner, saved=self.saved_label, clock=clock)
        self.lock_band = LockBand()
        self.lock_band.reopen_requested.connect(self.ask_reopen)
        root.addWidget(self.lock_band)
        self.step_band = JuryStepBand()
        self.step_band.open_requested.connect(self.open_step)
        root.addWidget(self.step_band)
        self._step: BlindState | None = None

        self.candidates = CandidateList()
        self.candidates.setMinimumWidth(170)
        self.candidates.currentItemChanged.connect(lambda _cur, _prev: self._candidate_chosen())

        self.filter = CandidateFilter(stacked=True)
        self.filter.changed.connect(self._filter_changed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.candidates, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._build_centre())
        self.splitter.addWidget(self._build_right())
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([215, 575, 490])
        root.addWidget(self.splitter, 1)

        self._install_shortcuts()
        self._names = {m.ref: m.name for m in self.runner.read(lambda: jury_members(ctx, session_id)) or []}
        self.refresh()

    # --- building ------------------------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Vue d'ensemble"))
        self.back_button.setToolTip(self.tr("Revenir à la vue d'ensemble ; le motif en cours de frappe est enregistré"))
        self.back_button.setAccessibleName(self.tr("Revenir à la vue d'ensemble"))
        self.back_button.clicked.connect(self.close_screen)
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.candidate_label = QLabel(self.tr("Délibération"))
        self.candidate_label.setObjectName("candidateName")
        self.candidate_label.setAccessibleName(self.tr("Candidat en délibération"))
        titles.addWidget(self.candidate_label)
        self.info_label = QLabel()
        self.info_label.setObjectName("candidateInfo")
        self.info_label.setAccessibleName(self.tr("Parcours du candidat"))
        titles.addWidget(self.info_label)
        header.addLayout(titles, 1)
        self.saved_label = SavedLabel()
        header.addWidget(self.saved_label, 0, Qt.AlignmentFlag.AlignVCenter)
        return header

    def _build_centre(self) -> QWidget:
        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(4)

        files = QHBoxLayout()
        files.setSpacing(6)
        files_title = QLabel(self.tr("Pièces :"))
        files_title.setObjectName("sectionTitle")
        files.addWidget(files_title)
        # However many documents, they scroll sideways rather than widen the screen (at 14 pt too).
        self.attachments = RowScroll()
        self.attachments.setAccessibleName(self.tr("Pièces du candidat"))
        self.attachments_layout = self.attachments.row
        files.addWidget(self.attachments, 1)
        self.attachment_buttons: list[QPushButton] = []
        self._attachments_key: tuple[object, ...] = ()
        self.no_attachment = QLabel(self.tr("aucune pièce jointe"))
        files.addWidget(self.no_attachment)
        layout.addLayout(files)

        self.recused_label = QLabel()
        self.recused_label.setObjectName("recused")
        self.recused_label.setWordWrap(True)
        self.recused_label.setAccessibleName(self.tr("Jurés récusés"))
        layout.addWidget(self.recused_label)
        self.absent_label = QLabel(
            self.tr("Candidat absent : aucune décision n'est à prendre ; la délibération peut être close.")
        )
        self.absent_label.setObjectName("absent")
        self.absent_label.setWordWrap(True)
        layout.addWidget(self.absent_label)

        self.marks = MarksTree()
        layout.addWidget(self.marks, 1)
        return centre

    def _build_right(self) -> QWidget:
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(4)
        self.decisions = DecisionsPanel()
        self.decisions.common_requested.connect(self.set_common_judgement)
        self.decisions.adopt_requested.connect(self.ask_adopt)
        self.decisions.decision_requested.connect(self.decide)
        self.decisions.reason_pending.connect(self.saved_label.set_pending)
        # As wide as its choices need (the splitter gives it that much), scrolled up and down.
        self.scroll_area = ColumnScroll(self.decisions)
        self.scroll_area.setAccessibleName(self.tr("Jugements communs et décisions"))
        layout.addWidget(self.scroll_area, 1)

        self.problems_title = QLabel()
        self.problems_title.setObjectName("sectionTitle")
        layout.addWidget(self.problems_title)
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.setAccessibleName(self.tr("Ce qui empêche de clore la délibération"))
        self.problems.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.problems.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Each point whole, on as many lines as it takes; three lines of it shown, the rest scrolled.
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.problems.setMaximumHeight(
            self.problems.fontMetrics().lineSpacing() * 3 + 2 * self.problems.frameWidth() + 6
        )
        layout.addWidget(self.problems)
        self.close_button = QPushButton(self.tr("Clore la délibération"))
        self.close_button.setObjectName("closeButton")
        self.close_button.setAccessibleName(self.tr("Clore la délibération du candidat"))
        self.close_button.clicked.connect(self.ask_close)
        layout.addWidget(self.close_button)
        return right

    def _install_shortcuts(self) -> None:
        self.shortcuts: list[QShortcut] = []
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.ask_close)
            self.shortcuts.append(shortcut)

    # --- reading -------------------------------------------------------------------------------
    @property
    def view(self) -> DeliberationView | None:
        """The deliberation of the selected candidate, as the last action (or reading) returned it."""
        return self._view

    def error_text(self) -> str:
        """The message of the last refused action, while the red band shows it."""
        return self.banner.text()

    def problem_texts(self) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())]

    # --- calling the actions -------------------------------------------------------------------
    def _act(self, call: Callable[[], DeliberationView]) -> DeliberationView | None:
        """Call one action; show what it returned, or its message (and the last view) when refused."""
        view = self.runner.call(call, then=self._show)
        if view is None:
            if self._view is not None:
                self._show(self._view)  # undo what the widgets show that was not saved
            return None
        if self.decisions.pending():
            self.saved_label.set_pending()
        self.changed.emit(view)
        return view

    # --- candidates ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the list of candidates and the selected candidate again."""
        summaries = self.runner.read(lambda: actions.deliberation_summaries(self.ctx, self.session_id))
        if summaries is None:
            return
        current = self._view.candidate_ref if self._view is not None else None
        self.candidates.blockSignals(True)
        self.candidates.set_summaries(summaries)
        self.candidates.apply_filter(self.filter)
        if current is None or not self.candidates.select(current):
            self.candidates.setCurrentRow(0)
        self.candidates.blockSignals(False)
        self._candidate_chosen(force=True)

    def _filter_changed(self) -> None:
        """Only the candidates the search and the filter keep; the first of them when the one shown is not."""
        self.candidates.apply_filter(self.filter)
        current = self.candidates.current_ref()
        shown = self.candidates.visible_refs()
        if shown and current not in shown:
            self.candidates.select(shown[0])

    def select_candidate(self, candidate_ref: str) -> bool:
        """Show `candidate_ref` (False when not in this session)."""
        return self.candidates.select(candidate_ref)

    def _candidate_chosen(self, *, force: bool = False) -> None:
        ref = self.candidates.current_ref()
        if ref is None or (not force and self._view is not None and self._view.candidate_ref == ref):
            return
        self.decisions.flush()  # a reason typed for the previous candidate is saved first
        read = self._read(ref, again=force)
        if read is None:
            return
        view, step = read
        self.banner.clear()
        self.marks.set_view(view)
        self._show(view, step)

    def _read(self, ref: str, *, again: bool = False) -> tuple[DeliberationView, BlindState] | None:
        """The candidate's view and step, as read last if nothing was committed to the database since
        (by this screen, an import, another program: `data_stamp`), else read now."""
        stamp = self.runner.attempt(lambda: actions.data_stamp(self.ctx))
        if stamp != self._read_stamp:  # read before the views: a view kept is never older than its stamp
            self._read_views.clear()
            self._read_stamp = stamp if isinstance(stamp, int) else None
        kept = None if again else self._read_views.pop(ref, None)
        read = kept or self.runner.read(
            lambda: actions.view_and_step(self.ctx, self.session_id, ref, self.juror_ref)
        )
        if read is not None and self._read_stamp is not None:
            self._read_views[ref] = read  # the most recent last
            while len(self._read_views) > VIEWS_KEPT:
                del self._read_views[next(iter(self._read_views))]
        return read

    # --- painting ------------------------------------------------------------------------------
    def _show(self, view: DeliberationView, step: BlindState | None = None) -> None:
        """`step`: read with `view`; read here when None (after an action)."""
        self._view = view
        self.candidate_label.setText(self.tr("Délibération — {0}").format(view.candidate_name))
        info = self.tr("{0} · parcours {1}").format(view.candidate_ref, path_label(view.path).lower())
        if view.units_held:
            info += self.tr(" · {0} déjà détenus : {1}").format(
                ui_terms(view.terms).unit_plural, ", ".join(view.units_held)
            )
        self.info_label.setText(info)
        self._show_attachments(view)
        if view.recused:
            names = ", ".join(f"{self._names.get(r, r)} ({r})" for r in view.recused)
            self.recused_label.setText(
                self.tr("Récusé(e) pour ce candidat : {0} — ne l'évalue pas et ne délibère pas sur lui.").format(names)
            )
        self.recused_label.setVisible(bool(view.recused))
        self.absent_label.setVisible(view.absent)
        self._step = step or self.runner.read(
            lambda: jury_step.jury_step_state(self.ctx, self.session_id, view.candidate_ref)
        )
        sitting = self._step is not None and self._step.step is not None
        self.decisions.set_view(view, sitting=sitting)
        if self._step is not None:
            self.step_band.set_state(self._step, self.juror_ref, closed=view.closed)
        self.candidates.update_state(view.candidate_ref, view.candidate_name, view.closed, len(view.problems))

        self.lock_band.setVisible(view.closed)
        self.problems.clear()
        said = [translated(p) for p in view.problems]
        self.problems.addItems([p[:1].upper() + p[1:] for p in said])
        if view.closed:
            self.problems_title.setText(self.tr("Délibération close."))
        elif view.problems:
            self.problems_title.setText(self.tr("Pour clore, il reste {0} point(s) :").format(len(view.problems)))
        else:
            self.problems_title.setText(self.tr("Tout est décidé : la délibération peut être close."))
        self.problems.setVisible(bool(view.problems) and not view.closed)
        can_close = not view.closed and not view.problems
        with_reasons = not view.closed and bool(view.problems) and self._only_overridable(view)
        self.close_button.setEnabled(can_close or with_reasons)
        self.close_button.setVisible(not view.closed)
        self.close_button.setText(
            self.tr("Clore malgré les manques…") if with_reasons else self.tr("Clore la délibération")
        )
        self.close_button.setToolTip(
            self.tr("Clore et verrouiller la délibération de ce candidat (Ctrl+Entrée)")
            if can_close
            else self.tr("Chaque élément manquant demande un motif, consigné au procès-verbal (Ctrl+Entrée)")
            if with_reasons
            else self.tr("Impossible de clore tant que la liste ci-dessus n'est pas vide")
        )

    def _show_attachments(self, view: DeliberationView) -> None:
        key = (view.candidate_ref, view.attachments)
        if key == self._attachments_key:
            return
        self._attachments_key = key
        for button in self.attachment_buttons:
            self.attachments_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.attachment_buttons = []
        for attachment in view.attachments:
            button = QPushButton(_attachment_label(attachment))
            button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
            button.setObjectName("attachment")
            button.setToolTip(self.tr("Ouvrir « {0} »").format(attachment.title))
            button.setAccessibleName(self.tr("Ouvrir {0}").format(attachment.title))
            button.clicked.connect(lambda _checked=False, a=attachment: self.open_attachment(a))
            self.attachments.add(button)
            self.attachment_buttons.append(button)
        self.attachments.setVisible(bool(view.attachments))
        self.attachments.updateGeometry()
        self.no_attachment.setVisible(not view.attachments)

    # --- the user's actions --------------------------------------------------------------------
    def open_attachment(self, attachment: AttachmentView) -> None:
        if not attachment.path.exists():
            self.runner.tell(self.tr("Fichier introuvable : {0}").format(attachment.path))
            return
        opened = self.runner.read(lambda: self.open_file(viewable_copy(self.ctx, attachment)))
        if opened is False:
            self.runner.tell(
                self.tr("Aucun programme n'a pu ouvrir « {0} » ({1}).").format(attachment.title, attachment.path)
            )

    def set_common_judgement(self, competence_id: str, judgement: Judgement | None) -> DeliberationView | None:
        view = self._view
        if view is None:
            return None
        common = next((c for c in view.common if c.competence.id == competence_id), None)
        reason = ""
        if common is not None and common.needs_reason(judgement):
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Jugement commun contre l'avis des jurés"),
                self.tr("{0} : ce jugement s'écarte de celui de chaque juré. Pourquoi ? (motif au procès-verbal)").format(
                    competence_id
                ),
                text=common.reason,
            )
            if not ok:
                self._show(view)  # the choice is not made
                return None
        return self._act(
            lambda: actions.set_common_judgement(
                self.ctx,
                self.session_id,
                view.candidate_ref,
                competence_id,
                judgement,
                self.juror_ref,
                self.clock,
                reason,
            )
        )

    def ask_adopt(self) -> DeliberationView | None:
        """One confirmation instead of a choice per competence (the jurors' agreement adopted)."""
        view = self._view
        if view is None or view.closed:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("Adopter les propositions"),
            self.tr(
                "Adopter pour {0} le jugement des jurés sur chaque compétence où ils concordent, puis accorder "
                "chaque CCP et le titre que ces jugements permettent ? Les désaccords et les refus restent à "
                "décider, avec leur motif."
            ).format(view.candidate_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        adopted = self.runner.call(
            lambda: actions.adopt_proposals(self.ctx, self.session_id, view.candidate_ref, self.juror_ref, self.clock)
        )
        if adopted is None:
            return None
        self._show(adopted.view)
        self.changed.emit(adopted.view)
        return adopted.view

    def decide(self, target: str, granted: object, reason: str) -> DeliberationView | None:
        """`granted`: True, False, None, or `COMPLEMENTARY` (the jury orders a complementary evaluation)."""
        view = self._view
        if view is None:
            return None
        complementary = granted == COMPLEMENTARY
        decided = granted if isinstance(granted, bool) else None
        result = self._act(
            lambda: actions.decide(
                self.ctx,
                self.session_id,
                view.candidate_ref,
                target,
                decided,
                reason,
                self.juror_ref,
                self.clock,
                complementary=complementary,
            )
        )
        if result is not None:
            row = self.decisions.decision_rows.get(target)
            if row is not None and row.reason_missing and row.combo.hasFocus():
                row.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # the reason is asked next
        return result

    def ask_close(self) -> DeliberationView | None:
        self.decisions.flush()  # the reason just typed may be what was missing
        view = self._view
        if view is None or view.closed:
            return None
        overrides: dict[str, str] = {}
        if view.problems:
            if not self._only_overridable(view):
                self.runner.tell(
                    self.tr("La délibération ne peut pas encore être close :")
                    + "\n"
                    + "\n".join(translated(p) for p in view.problems)
                )
                return None
            dialog = OverrideDialog(view.candidate_name, list(view.requirements), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            overrides = dialog.overrides()
        answer = QMessageBox.question(
            self,
            self.tr("Clore la délibération"),
            self.tr(
                "Clore la délibération de {0} ? Les décisions seront verrouillées ; il faudra indiquer un motif pour la rouvrir."
            ).format(view.candidate_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self._act(
            lambda: deliberation_close.close_deliberation(
                self.ctx, self.session_id, view.candidate_ref, self.juror_ref, self.clock, overrides
            )
        )

    def open_step(self, present: list[str], early: bool) -> bool:
        """The jury sits on the candidate with those present (the president earlier, confirmed)."""
        view = self._view
        if view is None:
            return False
        state = self.runner.call(
            lambda: jury_step.open_jury_step(
                self.ctx, self.session_id, view.candidate_ref, self.juror_ref, present, self.clock, early=early
            ),
            what=self.tr("Ouvrir la séance du jury"),
        )
        if state is None:
            return False
        self._candidate_chosen(force=True)  # every juror's entries can now be seen
        return True

    @staticmethod
    def _only_overridable(view: DeliberationView) -> bool:
        """Every decision taken: what is left is items the jury may close despite, with reasons."""
        return len(view.problems) == len(view.requirements) and all(r.overridable for r in view.requirements)

    def ask_reopen(self) -> DeliberationView | None:
        view = self._view
        if view is None or not view.closed:
            return None
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Rouvrir la délibération"),
            self.tr("Pourquoi rouvrir la délibération de {0} ? (motif consigné)").format(view.candidate_name),
        )
        if not ok:
            return None
        return self._act(
            lambda: deliberation_close.reopen_deliberation(
                self.ctx, self.session_id, view.candidate_ref, self.juror_ref, reason, self.clock
            )
        )

    # --- leaving -------------------------------------------------------------------------------
    def close_screen(self) -> None:
        """Save the reason being typed, then go back to the overview."""
        self.decisions.flush()
        self.closed.emit()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self.decisions.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.decisions.flush()
        super().closeEvent(event)
