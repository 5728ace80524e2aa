"""The juror's checklist: each competence of the grid, its criteria, the judgement and observations.

The keyboard walks one line of rows: each competence's criteria, then its judgement. On a
criterion, 1 / 2 / 3 mark it (0 or Suppr clears) and the focus moves on; once a competence's
criteria are all marked the focus lands on its judgement, where Entrée accepts the suggestion
and 1 / 2 set acquise / non acquise. Up/Down move between rows (`grid_rows`). The checklist only
asks for changes through its signals; the screen calls the action and hands back the returned
`GridView` with `set_grid`, which is all the checklist ever shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jury_app.actions.grids import CompetenceView, GridView
from jury_app.domain.grading import Mark
from jury_app.domain.referentiel import Judgement
from jury_app.ui.common import theme
from jury_app.ui.common.feedback import repolish
from jury_app.ui.modality.grid_rows import CriterionRow, JudgementRow, criterion_hint

OBSERVATION_IDLE_MS = 1500
"""An observation is saved after this much idle time, or when the focus leaves its box."""

_STYLE = """
QFrame#criterionRow { border: 2px solid transparent; border-radius: 4px; background: @surface; }
QFrame#criterionRow[unmarked="true"] { background: @warn_bg; border-left: 6px solid @warn_mark; }
QFrame#criterionRow:focus { border: 2px solid @accent; background: @info_bg; }
QFrame#criterionRow[unmarked="true"]:focus {
    border: 2px solid @accent; border-left: 6px solid @warn_mark; background: @warn_strong_bg;
}
QLabel#criterionText { font-size: @size(1.1); }
QLabel#criterionId { color: @muted; font-weight: bold; }
QFrame#competenceBox { border: 1px solid @border; border-radius: 6px; background: @soft_bg; }
QLabel#competenceTitle {
    font-size: @size(1.2); font-weight: bold; background: @heading_bg; padding: 4px 6px; border-radius: 4px;
}
QFrame#judgementRow { border: 2px solid transparent; border-radius: 4px; background: @neutral_bg; }
QFrame#judgementRow[unset="true"] { background: @warn_bg; border-left: 6px solid @warn_mark; }
QFrame#judgementRow:focus { border: 2px solid @accent; background: @info_bg; }
QLabel#suggestion { color: @secondary; }
QLabel#judgementCaption { font-weight: bold; }
QPushButton#judgementButton { padding: 3px 10px; }
QPushButton#judgementButton:checked {
    font-weight: bold; background: @primary_bg; color: @primary_fg; border-radius: 4px;
}
QLabel#counter { font-size: @size(1.3); font-weight: bold; padding: 2px 8px; border-radius: 4px; }
QLabel#counter[done="false"] { background: @warn_bg; color: @warn_fg; }
QLabel#counter[done="true"] { background: @ok_bg; color: @ok_fg; }
QRadioButton { padding: 3px 4px; }
QRadioButton:checked { font-weight: bold; }
"""

Stop = tuple[str, str]
"""A row the keyboard stops on: ("criterion", criterion id) or ("judgement", competence id)."""


def _box_state(view: CompetenceView) -> tuple[object, ...]:
    return (view.judgement, view.suggested, view.observation)


class ObservationEdit(QPlainTextEdit):
    """The observations on one competence; Tab leaves the box."""

    focus_in = Signal()
    focus_out = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.set_lines(3)

    def set_lines(self, lines: int) -> None:
        """As tall as `lines` lines of the text as it is drawn (larger with a larger system text)."""
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        document = 2 * round(self.document().documentMargin())
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + margins + document + 4)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.focus_in.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.focus_out.emit()


class CompetenceBox(QFrame):
    """A competence (or the overall judgement) with its rows, suggestion, judgement and observations."""

    observation_ready = Signal(str, str)
    """(competence id, text): the observation differs from what is saved and should be saved."""
    observation_dirty = Signal(str)
    focused = Signal(str)

    def __init__(self, view: CompetenceView, modality_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("competenceBox")
        comp = view.competence
        self.competence_id = view.key
        self._saved_observation = view.observation
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(2)
        if comp is not None:
            title_text = self.tr("{0} — {1}").format(comp.id, comp.title)
        else:
            title_text = self.tr("Appréciation globale : {0}").format(modality_title)
        self.title_label = QLabel(title_text)
        self.title_label.setObjectName("competenceTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setAccessibleName(title_text)
        self.setAccessibleName(title_text)
        layout.addWidget(self.title_label)
        if comp is None:
            hint = QLabel(
                self.tr("Cet entretien est apprécié dans son ensemble, sans critère : posez le jugement global.")
            )
            hint.setWordWrap(True)
            hint.setAccessibleName(hint.text())
            layout.addWidget(hint)

        self.rows: list[CriterionRow] = []
        for criterion in view.criteria:
            row = CriterionRow(criterion)
            self.rows.append(row)
            layout.addWidget(row)

        self.judgement_row = JudgementRow(self.competence_id, title_text)
        layout.addWidget(self.judgement_row)

        self.observation_edit = ObservationEdit()
        self.observation_edit.setPlaceholderText(
            self.tr("Observations (enregistrées automatiquement ; Alt+1…9 insère une observation de votre banque)")
        )
        self.observation_edit.setToolTip(
            self.tr(
                "Observations sur la compétence, enregistrées quand vous quittez la zone ou après une courte pause de frappe"
            )
        )
        self.observation_edit.setAccessibleName(self.tr("Observations : {0}").format(title_text))
        self.observation_edit.setPlainText(view.observation)
        if comp is None:  # the only thing to write for an interview judged as a whole: room for it
            self.observation_edit.set_lines(10)
        layout.addWidget(self.observation_edit)

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(OBSERVATION_IDLE_MS)
        self._idle.timeout.connect(self.flush_observation)
        self.observation_edit.textChanged.connect(self._observation_changed)
        self.observation_edit.focus_out.connect(self.flush_observation)
        self.observation_edit.focus_in.connect(lambda: self.focused.emit(self.competence_id))
        self.update_view(view)

    @property
    def observation_pending(self) -> bool:
        return self.observation_edit.toPlainText() != self._saved_observation

    def update_view(self, view: CompetenceView) -> None:
        pending = self.observation_pending
        self._saved_observation = view.observation
        if not pending and self.observation_edit.toPlainText() != view.observation:
            self.observation_edit.blockSignals(True)
            self.observation_edit.setPlainText(view.observation)
            self.observation_edit.moveCursor(QTextCursor.MoveOperation.End)
            self.observation_edit.blockSignals(False)
        if view.competence is None:
            suggestion = ""
        elif not view.criteria:
            suggestion = self.tr("Sans critère détaillé : jugez la compétence directement")
        elif view.suggested is None:
            suggestion = self.tr("Suggestion : à venir (tous les critères ne sont pas notés)")
        elif view.suggested is Judgement.ACQUIRED:
            suggestion = self.tr("Suggestion : acquise")
        else:
            suggestion = self.tr("Suggestion : non acquise")
        self.judgement_row.set_state(view.judgement, view.suggested, suggestion)

    @property
    def suggestion_label(self) -> QLabel:
        return self.judgement_row.suggestion_label

    def _observation_changed(self) -> None:
        if self.observation_pending:
            self.observation_dirty.emit(self.competence_id)
            self._idle.start()
        else:
            self._idle.stop()

    def flush_observation(self) -> None:
        """Ask to save the observation now if it differs from what is saved."""
        self._idle.stop()
        if self.observation_pending:
            self.observation_ready.emit(self.competence_id, self.observation_edit.toPlainText())


class Checklist(QWidget):
    """Every competence of the grid with its criteria; the counter of criteria still unmarked.

    Signals:
        mark_requested(str, object): (criterion id, Mark or None).
        judgement_requested(str, object): (competence id or OVERALL, Judgement or None).
        observation_edited(str, str), observation_pending(str): an observation to save, being typed.
        hint_changed(str): what the keys do on the row that has the focus (for the status bar).
    """

    mark_requested = Signal(str, object)
    judgement_requested = Signal(str, object)
    observation_edited = Signal(str, str)
    observation_pending = Signal(str)
    hint_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        theme.follow(self, _STYLE)
        self.setAccessibleName(self.tr("Grille d'évaluation"))
        self._view: GridView | None = None
        self.rows: dict[str, CriterionRow] = {}
        self.boxes: dict[str, CompetenceBox] = {}
        self._order: list[Stop] = []
        self._competence_of: dict[str, str] = {}  # criterion id -> competence id
        self._current_competence: str | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.counter_label = QLabel()
        self.counter_label.setObjectName("counter")
        self.counter_label.setAccessibleName(self.tr("Critères non notés"))
        self.counter_label.setToolTip(self.tr("Critères encore sans note ; ils sont surlignés en jaune"))
        top.addWidget(self.counter_label)
        self.judgements_label = QLabel()
        self.judgements_label.setAccessibleName(self.tr("Jugements à poser"))
        self.judgements_label.setToolTip(self.tr("Compétences dont vous n'avez pas encore posé le jugement"))
        top.addWidget(self.judgements_label)
        top.addStretch(1)
        self.next_unmarked_button = QPushButton(self.tr("Suivant à faire (F3)"))
        self.next_unmarked_button.setToolTip(self.tr("Aller au prochain critère sans note ou jugement à poser (F3)"))
        self.next_unmarked_button.setAccessibleName(self.tr("Aller au prochain critère ou jugement à faire"))
        self.next_unmarked_button.clicked.connect(self.focus_next_unmarked)
        top.addWidget(self.next_unmarked_button)
        layout.addLayout(top)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setAccessibleName(self.tr("Compétences et critères"))
        self._content = QWidget()
        self._content_layout = QVBoxLayout(self._content)
        self._content_layout.setContentsMargins(2, 2, 6, 2)
        self._content_layout.setSpacing(8)
        self.scroll_area.setWidget(self._content)
        layout.addWidget(self.scroll_area, 1)

    # --- reading -------------------------------------------------------------------------------
    @property
    def view(self) -> GridView | None:
        return self._view

    @property
    def unmarked_count(self) -> int:
        return len(self._view.completeness.unmarked) if self._view is not None else 0

    @property
    def current_competence_id(self) -> str | None:
        """The competence the juror works on: where a banked observation goes."""
        if self._current_competence is None and self.boxes:
            return next(iter(self.boxes))
        return self._current_competence

    def observation_edit(self, competence_id: str) -> ObservationEdit:
        return self.boxes[competence_id].observation_edit

    def judgement_row(self, competence_id: str) -> JudgementRow:
        return self.boxes[competence_id].judgement_row

    # --- updates -------------------------------------------------------------------------------
    def set_grid(self, view: GridView) -> None:
        if self._view is None:
            self._build(view)
        # Compared by what changes on a click (not whole views: hashing référentiel models is slow).
        previous = {} if self._view is None else {c.key: _box_state(c) for c in self._view.competences}
        self._view = view
        for comp in view.competences:
            box = self.boxes[comp.key]
            shown = box.judgement_row.judgement  # may hold a choice an action refused
            if previous.get(comp.key) != _box_state(comp) or box.observation_pending or shown != comp.judgement:
                box.update_view(comp)
        for cid, row in self.rows.items():
            row.set_mark(view.marks.get(cid))
        self._show_counter(view)
        focused = self._focused_stop()
        if focused is not None and focused[0] == "judgement":
            self.hint_changed.emit(self.boxes[focused[1]].judgement_row.hint())  # the suggestion may have changed

    def _build(self, view: GridView) -> None:
        for comp in view.competences:
            box = CompetenceBox(comp, view.modality.title)
            self.boxes[box.competence_id] = box
            self._content_layout.addWidget(box)
            box.observation_ready.connect(self.observation_edited.emit)
            box.observation_dirty.connect(self.observation_pending.emit)
            box.focused.connect(self._set_current)
            for row in box.rows:
                cid = row.criterion.id
                self.rows[cid] = row
                self._competence_of[cid] = box.competence_id
                self._order.append(("criterion", cid))
                row.mark_chosen.connect(self._mark_chosen)
                row.navigate.connect(lambda crit, step: self._navigate(("criterion", crit), step))
                row.focused.connect(self._row_focused)
            judge = box.judgement_row
            self._order.append(("judgement", box.competence_id))
            judge.judgement_chosen.connect(self._judgement_chosen)
            judge.navigate.connect(lambda comp_id, step: self._navigate(("judgement", comp_id), step))
            judge.focused.connect(self._judgement_focused)
        self._content_layout.addStretch(1)

    def _show_counter(self, view: GridView) -> None:
        n = len(view.completeness.unmarked)
        if view.completeness.total == 0:
            self.counter_label.hide()
        elif n == 0:
            self.counter_label.setText(self.tr("✓ Tous les critères sont notés"))
        elif n == 1:
            self.counter_label.setText(self.tr("1 critère non noté"))
        else:
            self.counter_label.setText(self.tr("{0} critères non notés").format(n))
        done = "true" if n == 0 else "false"
        if self.counter_label.property("done") != done:
            self.counter_label.setProperty("done", done)
            repolish(self.counter_label)
        self.counter_label.setAccessibleDescription(self.counter_label.text())
        missing = len(view.completeness.judgements_missing)
        self.next_unmarked_button.setEnabled(n > 0 or missing > 0)
        if missing == 0:
            self.judgements_label.setText(self.tr("Jugements posés"))
        elif missing == 1:
            self.judgements_label.setText(self.tr("1 jugement à poser"))
        else:
            self.judgements_label.setText(self.tr("{0} jugements à poser").format(missing))

    # --- focus and keyboard --------------------------------------------------------------------
    def _set_current(self, competence_id: str) -> None:
        self._current_competence = competence_id

    def _row_focused(self, criterion_id: str) -> None:
        self._current_competence = self._competence_of[criterion_id]
        self.scroll_area.ensureWidgetVisible(self.rows[criterion_id], 10, 40)
        self.hint_changed.emit(criterion_hint())

    def _judgement_focused(self, competence_id: str) -> None:
        self._current_competence = competence_id
        row = self.boxes[competence_id].judgement_row
        self.scroll_area.ensureWidgetVisible(row, 10, 40)
        self.hint_changed.emit(row.hint())

    def _complete(self, competence_id: str) -> bool:
        """Every criterion of the competence is marked (its suggestion is known)."""
        assert self._view is not None
        return all(r.criterion.id in self._view.marks for r in self.boxes[competence_id].rows)

    def _mark_chosen(self, criterion_id: str, mark: Mark | None, advance: bool) -> None:
        self.mark_requested.emit(criterion_id, mark)
        # The screen has called the action and handed back the grid by now: move on only if it took.
        if not advance or self._view is None or self._view.marks.get(criterion_id) != mark:
            return
        i = self._order.index(("criterion", criterion_id)) + 1
        if i < len(self._order) and self._order[i][0] == "judgement" and not self._complete(self._order[i][1]):
            i += 1  # the suggestion is not known yet: on to the next competence
        if i < len(self._order):
            self.focus_stop(self._order[i])

    def _judgement_chosen(self, competence_id: str, judgement: Judgement | None, advance: bool) -> None:
        self.judgement_requested.emit(competence_id, judgement)
        if not advance or self._view is None:
            return
        taken = next((c.judgement for c in self._view.competences if c.key == competence_id), None)
        if taken is judgement:
            self._navigate(("judgement", competence_id), 1)

    def _navigate(self, stop: Stop, step: int) -> None:
        i = self._order.index(stop) + step
        if 0 <= i < len(self._order):
            self.focus_stop(self._order[i])

    def focus_stop(self, stop: Stop) -> None:
        kind, ident = stop
        widget: QWidget = self.rows[ident] if kind == "criterion" else self.boxes[ident].judgement_row
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(widget, 10, 40)

    def focus_row(self, criterion_id: str) -> None:
        self.focus_stop(("criterion", criterion_id))

    def _focused_stop(self) -> Stop | None:
        for cid, row in self.rows.items():
            if row.hasFocus():
                return ("criterion", cid)
        for comp_id, box in self.boxes.items():
            if box.judgement_row.hasFocus():
                return ("judgement", comp_id)
        return None

    def focused_criterion(self) -> str | None:
        stop = self._focused_stop()
        return stop[1] if stop is not None and stop[0] == "criterion" else None

    def _todo(self) -> set[Stop]:
        if self._view is None:
            return set()
        done = self._view.completeness
        return {("criterion", c) for c in done.unmarked} | {("judgement", c) for c in done.judgements_missing}

    def focus_next_unmarked(self) -> bool:
        """Focus the next criterion without a mark or judgement not set, after the focused row (wrapping)."""
        todo = self._todo()
        if not todo:
            return False
        current = self._focused_stop()
        start = self._order.index(current) + 1 if current is not None else 0
        for k in range(len(self._order)):
            stop = self._order[(start + k) % len(self._order)]
            if stop in todo:
                self.focus_stop(stop)
                return True
        return False

    def focus_first_todo(self) -> None:
        """Where a juror starts: the first unmarked criterion or unset judgement, else the first row."""
        todo = self._todo()
        first = next((s for s in self._order if s in todo), self._order[0] if self._order else None)
        if first is not None:
            self.focus_stop(first)

    def flush_observations(self) -> None:
        for box in self.boxes.values():
            box.flush_observation()

    def selected_observation_text(self) -> str:
        """The text selected in the observation box of the current competence (empty if none)."""
        comp = self.current_competence_id
        if comp is None:
            return ""
        return self.boxes[comp].observation_edit.textCursor().selectedText().replace("\u2029", "\n")
