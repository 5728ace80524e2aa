"""The juror's checklist: each competence of the grid, its criteria, the judgement and observations.

Keyboard on a criterion row: 1 = satisfait, 2 = non satisfait, 3 = non observé, 0 or Suppr =
clear (then the focus moves to the next criterion); Up/Down move between criteria. The checklist
only asks for changes through its signals; the screen calls the action and hands back the returned
`GridView` with `set_grid`, which is all the checklist ever shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jury_app.actions.grids import CompetenceView, GridView
from jury_app.domain.grading import OVERALL, Mark
from jury_app.domain.referentiel import Criterion, Judgement

OBSERVATION_IDLE_MS = 1500
"""An observation is saved after this much idle time, or when the focus leaves its box."""

_MARKS = (Mark.SATISFIED, Mark.NOT_SATISFIED, Mark.NOT_OBSERVED)
_KEY_MARKS: dict[int, Mark | None] = {
    Qt.Key.Key_1.value: Mark.SATISFIED,
    Qt.Key.Key_2.value: Mark.NOT_SATISFIED,
    Qt.Key.Key_3.value: Mark.NOT_OBSERVED,
    Qt.Key.Key_0.value: None,
    Qt.Key.Key_Delete.value: None,
    Qt.Key.Key_Backspace.value: None,
}

_STYLE = """
QFrame#criterionRow { border: 2px solid transparent; border-radius: 4px; background: #ffffff; }
QFrame#criterionRow[unmarked="true"] { background: #fff4d6; border-left: 6px solid #e0a000; }
QFrame#criterionRow:focus { border: 2px solid #0b57d0; background: #e8f0fe; }
QFrame#criterionRow[unmarked="true"]:focus { border: 2px solid #0b57d0; border-left: 6px solid #e0a000; background: #fdebb3; }
QLabel#criterionText { font-size: 11pt; }
QLabel#criterionId { color: #5f6b76; font-weight: bold; }
QFrame#competenceBox { border: 1px solid #c4c7c5; border-radius: 6px; background: #fbfcfe; }
QLabel#competenceTitle { font-size: 12pt; font-weight: bold; background: #e8eef7; padding: 4px 6px; border-radius: 4px; }
QLabel#suggestion { color: #3c4043; }
QLabel#counter { font-size: 13pt; font-weight: bold; padding: 2px 8px; border-radius: 4px; }
QLabel#counter[done="false"] { background: #fff4d6; color: #6b4e00; }
QLabel#counter[done="true"] { background: #e6f4ea; color: #1e5631; }
QRadioButton { padding: 3px 4px; }
QRadioButton:checked { font-weight: bold; }
"""


def _box_key(view: CompetenceView) -> str:
    return view.competence.id if view.competence is not None else OVERALL


def _box_state(view: CompetenceView) -> tuple[object, ...]:
    return (view.judgement, view.suggested, view.observation)


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class CriterionRow(QFrame):
    """One criterion: its text and three exclusive marks; takes 1/2/3/0 from the keyboard."""

    mark_chosen = Signal(str, object, bool)
    """(criterion id, Mark or None, move on to the next criterion once set)."""
    navigate = Signal(str, int)
    """(criterion id, +1 or -1)."""
    focused = Signal(str)

    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self._mark: Mark | None = None
        self._painted = False
        self.setObjectName("criterionRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("unmarked", "true")
        help_text = self.tr(
            "1 = satisfait, 2 = non satisfait, 3 = non observé, 0 ou Suppr = effacer ; ↑/↓ ou Tab : critère suivant ou précédent"
        )
        self.setToolTip(help_text)
        self.setAccessibleName(self.tr("Critère {0} : {1}").format(criterion.id, criterion.text))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        ident = QLabel(criterion.id)
        ident.setObjectName("criterionId")
        ident.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        ident.setMinimumWidth(52)
        layout.addWidget(ident)
        self.text_label = QLabel(criterion.text)
        self.text_label.setObjectName("criterionText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.text_label.setMinimumWidth(160)
        self.text_label.setAccessibleName(self.tr("Texte du critère {0}").format(criterion.id))
        layout.addWidget(self.text_label, 1)

        self.group = QButtonGroup(self)
        self.radios: dict[Mark, QRadioButton] = {}
        labels = {
            Mark.SATISFIED: (self.tr("Satisfait"), self.tr("Critère satisfait (touche 1)")),
            Mark.NOT_SATISFIED: (self.tr("Non satisfait"), self.tr("Critère non satisfait (touche 2)")),
            Mark.NOT_OBSERVED: (self.tr("Non observé"), self.tr("Critère non observé (touche 3)")),
        }
        for i, mark in enumerate(_MARKS):
            text, tip = labels[mark]
            radio = QRadioButton(text)
            # The row takes the keyboard; the radios are for the mouse (and are read by screen readers).
            radio.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            radio.setToolTip(tip)
            radio.setAccessibleName(self.tr("{0}, critère {1}").format(text, criterion.id))
            self.group.addButton(radio, i)
            self.radios[mark] = radio
            layout.addWidget(radio, 0, Qt.AlignmentFlag.AlignVCenter)
        self.group.idClicked.connect(self._clicked)

    @property
    def mark(self) -> Mark | None:
        return self._mark

    def set_mark(self, mark: Mark | None) -> None:
        if mark is self._mark and self._painted:
            return  # unchanged and shown as such: after a click only the row clicked repaints
        self._paint(mark)

    def _paint(self, mark: Mark | None) -> None:
        self._mark = mark
        self._painted = True
        self.group.setExclusive(False)
        for m, radio in self.radios.items():
            radio.setChecked(m is mark)
        self.group.setExclusive(True)
        unmarked = "true" if mark is None else "false"
        if self.property("unmarked") != unmarked:
            self.setProperty("unmarked", unmarked)
            _repolish(self)
        state = {
            None: self.tr("non noté"),
            Mark.SATISFIED: self.tr("satisfait"),
            Mark.NOT_SATISFIED: self.tr("non satisfait"),
            Mark.NOT_OBSERVED: self.tr("non observé"),
        }[mark]
        self.setAccessibleDescription(state)

    def _clicked(self, index: int) -> None:
        mark = _MARKS[index]
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if mark is self._mark:
            return
        self._paint(self._mark)  # Qt checked the radio already: shown only once the action returns it
        self.mark_chosen.emit(self.criterion.id, mark, False)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier and key in _KEY_MARKS:
            self.mark_chosen.emit(self.criterion.id, _KEY_MARKS[key], True)
            event.accept()
        elif modifiers == Qt.KeyboardModifier.NoModifier and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.navigate.emit(self.criterion.id, 1 if key == Qt.Key.Key_Down else -1)
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.focused.emit(self.criterion.id)


class ObservationEdit(QPlainTextEdit):
    """The observations on one competence; Tab leaves the box."""

    focus_in = Signal()
    focus_out = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(70)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.focus_in.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.focus_out.emit()


class CompetenceBox(QFrame):
    """A competence (or the overall judgement) with its rows, suggestion, judgement and observations."""

    judgement_chosen = Signal(str, object)
    observation_ready = Signal(str, str)
    """(competence id, text): the observation differs from what is saved and should be saved."""
    observation_dirty = Signal(str)
    focused = Signal(str)

    def __init__(self, view: CompetenceView, modality_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("competenceBox")
        comp = view.competence
        self.competence_id = comp.id if comp is not None else OVERALL
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

        judge = QHBoxLayout()
        self.suggestion_label = QLabel()
        self.suggestion_label.setObjectName("suggestion")
        self.suggestion_label.setAccessibleName(self.tr("Suggestion de l'application"))
        self.suggestion_label.setToolTip(
            self.tr("Ce que les critères notés suggèrent ; le jugement reste celui du juré")
        )
        judge.addWidget(self.suggestion_label)
        judge.addStretch(1)
        label = QLabel(self.tr("Votre jugement :"))
        judge.addWidget(label)
        self.judgement_combo = QComboBox()
        self.judgement_combo.addItem(self.tr("— à poser —"), None)
        self.judgement_combo.addItem(self.tr("Acquise"), Judgement.ACQUIRED.value)
        self.judgement_combo.addItem(self.tr("Non acquise"), Judgement.NOT_ACQUIRED.value)
        self.judgement_combo.setToolTip(self.tr("Votre jugement sur la compétence : acquise ou non acquise"))
        self.judgement_combo.setAccessibleName(self.tr("Jugement : {0}").format(title_text))
        self.judgement_combo.setMinimumWidth(140)
        label.setBuddy(self.judgement_combo)
        self.judgement_combo.activated.connect(self._judgement_activated)
        judge.addWidget(self.judgement_combo)
        layout.addLayout(judge)

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
            self.observation_edit.setFixedHeight(220)
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
        index = 0 if view.judgement is None else self.judgement_combo.findData(view.judgement.value)
        self.judgement_combo.setCurrentIndex(index)
        self.judgement_combo.setProperty("unset", "true" if view.judgement is None else "false")
        if view.competence is None:
            self.suggestion_label.setText("")
            self.suggestion_label.hide()
        elif view.suggested is None:
            self.suggestion_label.setText(self.tr("Suggestion : à venir (tous les critères ne sont pas notés)"))
        elif view.suggested is Judgement.ACQUIRED:
            self.suggestion_label.setText(self.tr("Suggestion : acquise"))
        else:
            self.suggestion_label.setText(self.tr("Suggestion : non acquise"))

    def _judgement_activated(self, index: int) -> None:
        data = self.judgement_combo.itemData(index)
        judgement = Judgement(data) if data else None
        self.judgement_chosen.emit(self.competence_id, judgement)

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
    """Every competence of the grid with its criteria; the counter of criteria still unmarked."""

    mark_requested = Signal(str, object)
    judgement_requested = Signal(str, object)
    observation_edited = Signal(str, str)
    observation_pending = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(self.tr("Grille d'évaluation"))
        self._view: GridView | None = None
        self.rows: dict[str, CriterionRow] = {}
        self.boxes: dict[str, CompetenceBox] = {}
        self._order: list[str] = []
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
        self.next_unmarked_button = QPushButton(self.tr("Suivant non noté (F3)"))
        self.next_unmarked_button.setToolTip(self.tr("Aller au prochain critère sans note (F3)"))
        self.next_unmarked_button.setAccessibleName(self.tr("Aller au critère suivant non noté"))
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

    # --- updates -------------------------------------------------------------------------------
    def set_grid(self, view: GridView) -> None:
        if self._view is None:
            self._build(view)
        # Compared by what changes on a click (not whole views: hashing référentiel models is slow).
        previous = {} if self._view is None else {_box_key(c): _box_state(c) for c in self._view.competences}
        self._view = view
        for comp in view.competences:
            box = self.boxes[_box_key(comp)]
            shown = box.judgement_combo.currentData()  # may hold a choice an action refused
            stored = comp.judgement.value if comp.judgement is not None else None
            if previous.get(_box_key(comp)) != _box_state(comp) or box.observation_pending or shown != stored:
                box.update_view(comp)
        for cid, row in self.rows.items():
            row.set_mark(view.marks.get(cid))
        self._show_counter(view)

    def _build(self, view: GridView) -> None:
        for comp in view.competences:
            box = CompetenceBox(comp, view.modality.title)
            self.boxes[box.competence_id] = box
            self._content_layout.addWidget(box)
            box.judgement_chosen.connect(self.judgement_requested.emit)
            box.observation_ready.connect(self.observation_edited.emit)
            box.observation_dirty.connect(self.observation_pending.emit)
            box.focused.connect(self._set_current)
            for row in box.rows:
                cid = row.criterion.id
                self.rows[cid] = row
                self._order.append(cid)
                row.mark_chosen.connect(self._mark_chosen)
                row.navigate.connect(self._navigate)
                row.focused.connect(lambda crit, comp_id=box.competence_id: self._row_focused(crit, comp_id))
        self._content_layout.addStretch(1)

    def _show_counter(self, view: GridView) -> None:
        n = len(view.completeness.unmarked)
        if view.completeness.total == 0:
            self.counter_label.hide()
            self.next_unmarked_button.hide()
        elif n == 0:
            self.counter_label.setText(self.tr("✓ Tous les critères sont notés"))
        elif n == 1:
            self.counter_label.setText(self.tr("1 critère non noté"))
        else:
            self.counter_label.setText(self.tr("{0} critères non notés").format(n))
        done = "true" if n == 0 else "false"
        if self.counter_label.property("done") != done:
            self.counter_label.setProperty("done", done)
            _repolish(self.counter_label)
        self.counter_label.setAccessibleDescription(self.counter_label.text())
        self.next_unmarked_button.setEnabled(n > 0)
        missing = len(view.completeness.judgements_missing)
        if missing == 0:
            self.judgements_label.setText(self.tr("Jugements posés"))
        elif missing == 1:
            self.judgements_label.setText(self.tr("1 jugement à poser"))
        else:
            self.judgements_label.setText(self.tr("{0} jugements à poser").format(missing))

    # --- focus and keyboard --------------------------------------------------------------------
    def _set_current(self, competence_id: str) -> None:
        self._current_competence = competence_id

    def _row_focused(self, criterion_id: str, competence_id: str) -> None:
        self._current_competence = competence_id
        self.scroll_area.ensureWidgetVisible(self.rows[criterion_id], 10, 40)

    def _mark_chosen(self, criterion_id: str, mark: Mark | None, advance: bool) -> None:
        self.mark_requested.emit(criterion_id, mark)
        # The screen has called the action and handed back the grid by now: move on only if it took.
        if advance and self._view is not None and self._view.marks.get(criterion_id) == mark:
            self._navigate(criterion_id, 1)

    def _navigate(self, criterion_id: str, step: int) -> None:
        i = self._order.index(criterion_id) + step
        if 0 <= i < len(self._order):
            self.focus_row(self._order[i])

    def focus_row(self, criterion_id: str) -> None:
        row = self.rows[criterion_id]
        row.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(row, 10, 40)

    def focused_criterion(self) -> str | None:
        for cid, row in self.rows.items():
            if row.hasFocus():
                return cid
        return None

    def focus_next_unmarked(self) -> bool:
        """Focus the next criterion without a mark, after the focused one (wrapping around)."""
        if self._view is None:
            return False
        unmarked = set(self._view.completeness.unmarked)
        if not unmarked:
            return False
        current = self.focused_criterion()
        start = self._order.index(current) + 1 if current is not None else 0
        for k in range(len(self._order)):
            cid = self._order[(start + k) % len(self._order)]
            if cid in unmarked:
                self.focus_row(cid)
                return True
        return False

    def flush_observations(self) -> None:
        for box in self.boxes.values():
            box.flush_observation()

    def selected_observation_text(self) -> str:
        """The text selected in the observation box of the current competence (empty if none)."""
        comp = self.current_competence_id
        if comp is None:
            return ""
        return self.boxes[comp].observation_edit.textCursor().selectedText().replace("\u2029", "\n")
