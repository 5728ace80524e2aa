"""The rows a juror marks from the keyboard: a criterion (three marks) and a competence's judgement.

Both read the digit keys by position (`ui.common.keys`), so 1 / 2 / 3 work on the top row of an
AZERTY, QWERTY or QWERTZ keyboard, shifted or not, and on the keypad. Neither holds a value a
wheel notch or an arrow key could change: arrows only move between rows, and a value changes on a
digit, on Entrée (the suggested judgement) or on a click.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

from jury_app.domain.grading import Mark
from jury_app.domain.referentiel import Criterion, Judgement
from jury_app.ui.common.feedback import repolish
from jury_app.ui.common.keys import event_digit, is_plain

MARKS = (Mark.SATISFIED, Mark.NOT_SATISFIED, Mark.NOT_OBSERVED)
_DIGIT_MARKS: dict[int, Mark | None] = {1: Mark.SATISFIED, 2: Mark.NOT_SATISFIED, 3: Mark.NOT_OBSERVED, 0: None}
_DIGIT_JUDGEMENTS: dict[int, Judgement | None] = {1: Judgement.ACQUIRED, 2: Judgement.NOT_ACQUIRED, 0: None}
_CLEAR_KEYS = (Qt.Key.Key_Delete.value, Qt.Key.Key_Backspace.value)
_ENTER_KEYS = (Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value)


def _step(event: QKeyEvent) -> int:
    """+1 / -1 for Down / Up without Ctrl or Alt, else 0."""
    if not is_plain(event) or event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
        return 0
    return {Qt.Key.Key_Down.value: 1, Qt.Key.Key_Up.value: -1}.get(event.key(), 0)


def criterion_hint() -> str:
    return QCoreApplication.translate(
        "GridRows", "Critère : 1 satisfait · 2 non satisfait · 3 non observé · 0 effacer · ↑↓ critère · F3 non noté"
    )


class CriterionRow(QFrame):
    """One criterion: its text and three exclusive marks; takes 1/2/3/0 from the keyboard."""

    mark_chosen = Signal(str, object, bool)
    """(criterion id, Mark or None, move on to the next row once set)."""
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
        self.setToolTip(
            self.tr(
                "1 = satisfait, 2 = non satisfait, 3 = non observé, 0 ou Suppr = effacer "
                "(rangée du haut, majuscule ou non, ou pavé numérique) ; ↑/↓ ou Tab : ligne suivante ou précédente"
            )
        )
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
        for i, mark in enumerate(MARKS):
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
            repolish(self)
        state = {
            None: self.tr("non noté"),
            Mark.SATISFIED: self.tr("satisfait"),
            Mark.NOT_SATISFIED: self.tr("non satisfait"),
            Mark.NOT_OBSERVED: self.tr("non observé"),
        }[mark]
        self.setAccessibleDescription(state)

    def _clicked(self, index: int) -> None:
        mark = MARKS[index]
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if mark is self._mark:
            return
        self._paint(self._mark)  # Qt checked the radio already: shown only once the action returns it
        self.mark_chosen.emit(self.criterion.id, mark, False)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        digit = event_digit(event) if is_plain(event) else None
        step = _step(event)
        if digit in _DIGIT_MARKS:
            self.mark_chosen.emit(self.criterion.id, _DIGIT_MARKS[digit], True)
            event.accept()
        elif is_plain(event) and event.key() in _CLEAR_KEYS:
            self.mark_chosen.emit(self.criterion.id, None, True)
            event.accept()
        elif step:
            self.navigate.emit(self.criterion.id, step)
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.focused.emit(self.criterion.id)


class JudgementRow(QFrame):
    """The juror's judgement on a competence: two buttons, Entrée for the suggestion, 1 / 2 by position.

    Not a combo box: a wheel notch or an arrow key over it changes nothing.
    """

    judgement_chosen = Signal(str, object, bool)
    """(competence id, Judgement or None, move on to the next row once set)."""
    navigate = Signal(str, int)
    focused = Signal(str)

    def __init__(self, competence_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.competence_id = competence_id
        self._judgement: Judgement | None = None
        self._suggested: Judgement | None = None
        self.setObjectName("judgementRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("unset", "true")
        self.setAccessibleName(self.tr("Jugement : {0}").format(title))
        self.setToolTip(
            self.tr(
                "Votre jugement sur la compétence : Entrée accepte la suggestion, 1 = acquise, 2 = non acquise, "
                "0 ou Suppr = effacer ; la molette et les flèches ne le changent jamais"
            )
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.suggestion_label = QLabel()
        self.suggestion_label.setObjectName("suggestion")
        self.suggestion_label.setAccessibleName(self.tr("Suggestion de l'application"))
        self.suggestion_label.setToolTip(
            self.tr("Ce que les critères notés suggèrent ; le jugement reste celui du juré")
        )
        self.suggestion_label.setWordWrap(True)
        layout.addWidget(self.suggestion_label, 1)
        label = QLabel(self.tr("Votre jugement :"))
        label.setObjectName("judgementCaption")
        layout.addWidget(label)
        self.buttons: dict[Judgement, QPushButton] = {}
        for judgement, text, tip in (
            (Judgement.ACQUIRED, self.tr("Acquise"), self.tr("Compétence acquise (touche 1)")),
            (Judgement.NOT_ACQUIRED, self.tr("Non acquise"), self.tr("Compétence non acquise (touche 2)")),
        ):
            button = QPushButton(text)
            button.setObjectName("judgementButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the keyboard
            button.setToolTip(tip)
            button.setAccessibleName(self.tr("{0} : {1}").format(text, title))
            button.clicked.connect(lambda _checked=False, j=judgement: self._clicked(j))
            bold = QFont(button.font())
            bold.setBold(True)  # a chosen judgement is bold: its text must still fit
            button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(text) + 28)
            self.buttons[judgement] = button
            layout.addWidget(button)

    @property
    def judgement(self) -> Judgement | None:
        return self._judgement

    @property
    def suggested(self) -> Judgement | None:
        return self._suggested

    def set_state(self, judgement: Judgement | None, suggested: Judgement | None, suggestion_text: str) -> None:
        self._judgement = judgement
        self._suggested = suggested
        for j, button in self.buttons.items():
            button.setChecked(j is judgement)
        unset = "true" if judgement is None else "false"
        if self.property("unset") != unset:
            self.setProperty("unset", unset)
            repolish(self)
        self.suggestion_label.setText(suggestion_text)
        self.suggestion_label.setVisible(bool(suggestion_text))
        state = {
            None: self.tr("à poser"),
            Judgement.ACQUIRED: self.tr("acquise"),
            Judgement.NOT_ACQUIRED: self.tr("non acquise"),
        }[judgement]
        self.setAccessibleDescription(state)

    def hint(self) -> str:
        """What the keys do here, for the status bar."""
        if self._suggested is Judgement.ACQUIRED:
            first = self.tr("Entrée : accepter la suggestion (acquise)")
        elif self._suggested is Judgement.NOT_ACQUIRED:
            first = self.tr("Entrée : accepter la suggestion (non acquise)")
        else:
            first = self.tr("Pas de suggestion")
        return self.tr("Jugement — {0} · 1 acquise · 2 non acquise · 0 effacer · ↑↓ ligne").format(first)

    def _clicked(self, judgement: Judgement) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        for j, button in self.buttons.items():
            button.setChecked(j is self._judgement)  # shown only once the action returns it
        if judgement is not self._judgement:
            self.judgement_chosen.emit(self.competence_id, judgement, False)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        plain = is_plain(event)
        digit = event_digit(event) if plain else None
        step = _step(event)
        if plain and event.key() in _ENTER_KEYS:
            if self._suggested is not None:
                self.judgement_chosen.emit(self.competence_id, self._suggested, True)
            event.accept()
        elif digit in _DIGIT_JUDGEMENTS:
            self.judgement_chosen.emit(self.competence_id, _DIGIT_JUDGEMENTS[digit], True)
            event.accept()
        elif plain and event.key() in _CLEAR_KEYS:
            self.judgement_chosen.emit(self.competence_id, None, False)
            event.accept()
        elif step:
            self.navigate.emit(self.competence_id, step)
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.focused.emit(self.competence_id)
