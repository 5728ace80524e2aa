"""What the jury decides: the common judgement per competence, then each CCP and the title.

The panel only asks for changes through its signals; the screen calls the action and hands the
returned `DeliberationView` back with `set_view`, which is all the panel ever shows. A reason is
sent with its decision when the choice changes, when the focus leaves the reason field (or Enter)
and after a short idle delay while typing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jury_app.actions.deliberation import TITLE, CommonJudgement, Decision, DeliberationView
from jury_app.domain.deliberation import Proposal
from jury_app.domain.referentiel import Judgement
from jury_app.ui.common import theme
from jury_app.ui.common.labels import judgement_text
from jury_app.ui.common.messages import translated
from jury_app.ui.common.terms import UiTerms, ui_terms
from jury_app.ui.deliberation.feedback import ElidedLabel, repolish

REASON_IDLE_MS = 1200
"""A reason being typed is saved after this much idle time, or when the focus leaves its field."""

_STYLE = """
QGroupBox { font-weight: bold; margin-top: 14px; }
QGroupBox::title { subcontrol-origin: margin; left: 6px; padding: 0 4px; }
QLabel#code { font-weight: bold; }
QLabel#proposal { color: @secondary; }
QLabel#proposal[kind="grant"] { color: @grant_text; }
QLabel#proposal[kind="refuse"] { color: @refuse_text; }
QLabel#proposal[kind="disagreement"] {
    color: @disagree_fg; font-weight: bold; background: @disagree_bg; padding: 0 4px; border-radius: 3px;
}
QFrame#decisionRow { border: 1px solid @border; border-radius: 5px; background: @soft_bg; }
QLabel#decisionTitle { font-weight: bold; }
QLineEdit#reason[missing="true"] { border: 2px solid @error_border; background: @error_bg; color: @error_fg; }
QLabel#reasonRequired { color: @error_text; font-weight: bold; }
QLabel#reasonRequired[filled="true"] { color: @muted; font-weight: normal; }
QLabel#note { color: @secondary; font-style: italic; }
QLabel#blocked { color: @caution_text; }
QLabel#judgementReason { color: @secondary; font-style: italic; }
"""


def _set_kind(label: QLabel, kind: str) -> None:
    if label.property("kind") != kind:
        label.setProperty("kind", kind)
        repolish(label)


def common_proposal_text(common: CommonJudgement) -> tuple[str, str]:
    """(text, kind) of what the app proposes for a competence."""
    proposal = common.proposal
    if not common.evidence.has_evidence:
        return QCoreApplication.translate("DecisionsPanel", "Aucune évaluation"), "refuse"
    if proposal.disagreement:
        return QCoreApplication.translate("DecisionsPanel", "≠ Désaccord des jurés"), "disagreement"
    if proposal.judgement is Judgement.ACQUIRED:
        return QCoreApplication.translate("DecisionsPanel", "Proposition : acquise"), "grant"
    if proposal.judgement is Judgement.NOT_ACQUIRED:
        return QCoreApplication.translate("DecisionsPanel", "Proposition : non acquise"), "refuse"
    return QCoreApplication.translate("DecisionsPanel", "Aucun jugement des jurés"), "none"


def decision_proposal_text(decision: Decision, *, feminine: bool = False) -> tuple[str, str]:
    title = decision.target == TITLE
    if decision.proposal is Proposal.GRANT:
        if title:
            return (
                QCoreApplication.translate("DecisionsPanel", "Proposition : délivrée")
                if feminine
                else QCoreApplication.translate("DecisionsPanel", "Proposition : délivré")
            ), "grant"
        return QCoreApplication.translate("DecisionsPanel", "Proposition : acquis"), "grant"
    if decision.proposal is Proposal.REFUSE:
        if title:
            return (
                QCoreApplication.translate("DecisionsPanel", "Proposition : non délivrée")
                if feminine
                else QCoreApplication.translate("DecisionsPanel", "Proposition : non délivré")
            ), "refuse"
        return QCoreApplication.translate("DecisionsPanel", "Proposition : non acquis"), "refuse"
    return QCoreApplication.translate("DecisionsPanel", "Proposition : à apprécier"), "none"


COMPLEMENTARY = "complementary"
"""What `DecisionRow.decision_requested` carries instead of granted when the jury orders a
complementary evaluation of the certification."""


class ChoiceCombo(QComboBox):
    """— / yes / no; `activated` carries the user's choice, programmatic changes stay silent."""

    def __init__(self, yes: str, no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("—", None)
        self.addItem(yes, True)
        self.addItem(no, False)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumWidth(118)

    def value(self) -> bool | None:
        data = self.currentData()
        return data if isinstance(data, bool) else None

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(0 if value is None else (1 if value else 2))

    def add_complementary(self, text: str) -> None:
        """A fourth choice on the certification: the jury orders a complementary evaluation."""
        self.addItem(text, COMPLEMENTARY)

    def complementary(self) -> bool:
        return bool(self.currentData() == COMPLEMENTARY)

    def set_complementary(self) -> None:
        self.setCurrentIndex(self.findData(COMPLEMENTARY))

    def set_yes_allowed(self, reason: str | None) -> None:
        """The "yes" entry disabled, its reason as its tooltip, when the evidence does not allow it."""
        model = self.model()
        if isinstance(model, QStandardItemModel):
            item = model.item(1)
            if item is not None:
                item.setEnabled(reason is None)
                item.setToolTip(reason or "")


class CommonJudgementRow:
    """One competence: code, title, the app's proposal and the jury's choice (in a grid layout)."""

    def __init__(self, grid: QGridLayout, row: int, common: CommonJudgement, parent: QWidget) -> None:
        comp = common.competence
        self.competence_id = comp.id
        self.code = QLabel(comp.id, parent)
        self.code.setObjectName("code")
        self.code.setToolTip(f"{comp.id} — {comp.title}")
        # On a narrow panel (larger text, English) the title keeps room for its first words and the
        # proposal wraps under itself: the jury decides on what the competence says, not on its code.
        self.title = ElidedLabel(comp.title, parent)
        self.title.setMinimumWidth(self.title.fontMetrics().averageCharWidth() * 14)
        self.title.setToolTip(f"{comp.id} — {comp.title}")
        self.proposal = QLabel(parent)
        self.proposal.setObjectName("proposal")
        self.proposal.setWordWrap(True)
        self.combo = ChoiceCombo(
            judgement_text(Judgement.ACQUIRED),
            judgement_text(Judgement.NOT_ACQUIRED),
            parent,
        )
        self.combo.setAccessibleName(
            QCoreApplication.translate("DecisionsPanel", "Jugement commun du jury : {0}").format(comp.id)
        )
        self.combo.setToolTip(
            QCoreApplication.translate(
                "DecisionsPanel",
                "Jugement commun du jury sur {0} — {1}. Le jury décide ; la proposition n'est qu'indicative.",
            ).format(comp.id, comp.title)
        )
        self.code.setBuddy(self.combo)
        self.reason = QLabel(parent)
        self.reason.setObjectName("judgementReason")
        self.reason.setWordWrap(True)
        grid.addWidget(self.code, 2 * row, 0)
        grid.addWidget(self.title, 2 * row, 1)
        grid.addWidget(self.proposal, 2 * row, 2)
        grid.addWidget(self.combo, 2 * row, 3)
        grid.addWidget(self.reason, 2 * row + 1, 1, 1, 3)
        self.set_common(common)

    def set_common(self, common: CommonJudgement) -> None:
        text, kind = common_proposal_text(common)
        self.proposal.setText(text)
        count = common.proposal.count
        self.proposal.setToolTip(
            QCoreApplication.translate(
                "DecisionsPanel", "Proposition tirée des jugements de {0} juré(s) dans les modalités qui évaluent {1}"
            ).format(count, self.competence_id)
        )
        self.proposal.setAccessibleName(text)
        _set_kind(self.proposal, kind)
        self.combo.set_value(None if common.decided is None else common.decided is Judgement.ACQUIRED)
        acquired_problem = None if common.acquired_problem is None else translated(common.acquired_problem)
        self.combo.set_yes_allowed(acquired_problem)
        if acquired_problem is not None:
            self.proposal.setToolTip(acquired_problem)
        if common.reason:
            self.reason.setText(
                QCoreApplication.translate("DecisionsPanel", "Contre l'avis de chaque juré — motif : {0}").format(
                    common.reason
                )
            )
        self.reason.setVisible(bool(common.reason))

    def set_read_only(self, read_only: bool) -> None:
        self.combo.setEnabled(not read_only)


class DecisionRow(QFrame):
    """A decision on a CCP or on the title: proposal, the jury's choice, the reason."""

    decision_requested = Signal(str, object, str)
    """(target, granted: bool | None, reason)."""
    reason_pending = Signal()

    def __init__(self, decision: Decision, terms: UiTerms, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionRow")
        self.target = decision.target
        self.terms = terms
        is_title = decision.target == TITLE
        self._saved_reason = ""
        self._granted_or_complementary: object = None
        self._required = False
        self._read_only = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        self.title = QLabel(
            decision.title if not is_title else self.tr("{0} : {1}").format(terms.certification_heading, decision.title)
        )
        self.title.setObjectName("decisionTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)

        line = QHBoxLayout()
        self.proposal = QLabel()
        self.proposal.setObjectName("proposal")
        self.proposal.setWordWrap(True)  # on two lines rather than past the panel's edge, at 14 pt
        line.addWidget(self.proposal, 1)
        choice = QLabel(self.tr("Décision du jury :"))
        line.addWidget(choice)
        if not is_title:
            self.combo = ChoiceCombo(self.tr("Acquis"), self.tr("Non acquis"))
        elif terms.feminine:
            self.combo = ChoiceCombo(self.tr("Délivrée"), self.tr("Non délivrée"))
        else:
            self.combo = ChoiceCombo(self.tr("Délivré"), self.tr("Non délivré"))
        if is_title and decision.complementary_allowed:
            self.combo.add_complementary(self.tr("Évaluation complémentaire"))
        name = terms.the_certification if is_title else decision.target
        self.combo.setAccessibleName(self.tr("Décision du jury sur {0}").format(name))
        self.combo.setToolTip(self.tr("Décision du jury sur {0} (enregistrée dès le choix)").format(name))
        choice.setBuddy(self.combo)
        self.combo.activated.connect(self._chosen)
        line.addWidget(self.combo)
        layout.addLayout(line)

        reason_line = QHBoxLayout()
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setAccessibleName(self.tr("Motif de la décision sur {0}").format(name))
        self.reason_edit.setToolTip(
            self.tr(
                "Motif de la décision : obligatoire pour un refus ou un écart avec la proposition ; enregistré en quittant la zone"
            )
        )
        self.reason_edit.textEdited.connect(self._edited)
        self.reason_edit.editingFinished.connect(self.flush)
        reason_line.addWidget(self.reason_edit, 1)
        self.required_label = QLabel(self.tr("Motif obligatoire"))
        self.required_label.setObjectName("reasonRequired")
        self.required_label.setToolTip(self.tr("Un refus ou un écart avec la proposition doit être motivé"))
        reason_line.addWidget(self.required_label)
        layout.addLayout(reason_line)
        self.blocked = QLabel()
        self.blocked.setObjectName("blocked")
        self.blocked.setWordWrap(True)
        layout.addWidget(self.blocked)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REASON_IDLE_MS)
        self._timer.timeout.connect(self.flush)
        self.set_decision(decision)

    # --- state --------------------------------------------------------------------------------
    @property
    def pending(self) -> bool:
        """A reason typed that is not saved yet."""
        return not self._read_only and self.reason_edit.text().strip() != self._saved_reason

    @property
    def reason_missing(self) -> bool:
        return self._required and not self.reason_edit.text().strip()

    def set_decision(self, decision: Decision, *, keep_typed: bool = True) -> None:
        """`keep_typed`: a reason typed and not saved yet stays (the same candidate's view again)."""
        was_pending = keep_typed and self.pending
        self._required = decision.reason_required
        text, kind = decision_proposal_text(decision, feminine=self.terms.feminine)
        self.proposal.setText(text)
        self.proposal.setAccessibleName(text)
        self.proposal.setToolTip(
            self.tr("La proposition découle des jugements communs ; le jury garde le dernier mot")
            if decision.target != TITLE
            else self._title_rule()
        )
        _set_kind(self.proposal, kind)
        if decision.complementary:
            self.combo.set_complementary()
        else:
            self.combo.set_value(decision.granted)
        self._granted_or_complementary = COMPLEMENTARY if decision.complementary else decision.granted
        reasons = [translated(p) for p in decision.grant_problems]
        refusal = "\n".join(reasons) if reasons else None
        self.combo.set_yes_allowed(refusal)
        self.blocked.setText(
            self.tr("Impossible à accorder : {0}").format(" ; ".join(reasons))
            if decision.grant_problems
            else ""
        )
        self.blocked.setVisible(
            bool(decision.grant_problems) and decision.granted is None and not decision.complementary
        )
        keep_typed = was_pending and decision.reason != self.reason_edit.text().strip()
        if not keep_typed and self.reason_edit.text() != decision.reason:
            self.reason_edit.setText(decision.reason)
        self._saved_reason = decision.reason
        self.reason_edit.setPlaceholderText(
            self.tr("Motif obligatoire : refus ou écart avec la proposition")
            if decision.reason_required
            else self.tr("Motif (facultatif)")
        )
        self._paint_required()

    def _title_rule(self) -> str:
        t = self.terms
        if t.feminine:
            rule = self.tr("{0} est proposée délivrée quand tous les {1} sont acquis (y compris ceux déjà détenus)")
        else:
            rule = self.tr("{0} est proposé délivré quand tous les {1} sont acquis (y compris ceux déjà détenus)")
        return rule.format(t.the_certification[:1].upper() + t.the_certification[1:], t.unit_plural)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if read_only:
            self._timer.stop()
        self.combo.setEnabled(not read_only)
        self.reason_edit.setReadOnly(read_only)
        self._paint_required()

    def _paint_required(self) -> None:
        self.required_label.setVisible(self._required)
        missing = self.reason_missing and not self._read_only
        if self.reason_edit.property("missing") != missing:
            self.reason_edit.setProperty("missing", missing)
            repolish(self.reason_edit)
        filled = not self.reason_missing
        if self.required_label.property("filled") != filled:
            self.required_label.setProperty("filled", filled)
            repolish(self.required_label)
        self.required_label.setText(self.tr("Motif obligatoire ✓") if filled else self.tr("Motif obligatoire"))

    # --- the user -----------------------------------------------------------------------------
    def _chosen(self, _index: int) -> None:
        self._timer.stop()
        choice = COMPLEMENTARY if self.combo.complementary() else self.combo.value()
        self.decision_requested.emit(self.target, choice, self.reason_edit.text())

    def _edited(self, _text: str) -> None:
        self._paint_required()
        self._timer.start()
        self.reason_pending.emit()

    def flush(self) -> None:
        """Save the reason typed, if it changed."""
        self._timer.stop()
        if self.pending:
            self.decision_requested.emit(self.target, self._granted_or_complementary, self.reason_edit.text())


class DecisionsPanel(QWidget):
    """Common judgements per competence, then the decisions on the CCPs and the title."""

    common_requested = Signal(str, object)
    """(competence id, Judgement | None)."""
    adopt_requested = Signal()
    """The jury asks to adopt the proposals in one go."""
    decision_requested = Signal(str, object, str)
    """(target, granted: bool | None, reason)."""
    reason_pending = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.follow(self, _STYLE)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 4, 0)
        self._layout.setSpacing(6)
        self.common_rows: dict[str, CommonJudgementRow] = {}
        self.decision_rows: dict[str, DecisionRow] = {}
        self._shape: tuple[object, ...] = ()
        self._candidate = ""
        self.note = QLabel()
        self.adopt_button = QPushButton()
        self.absent_note = QLabel()
        self._content: QWidget | None = None

    # --- reading ------------------------------------------------------------------------------
    def common_combo(self, competence_id: str) -> QComboBox:
        return self.common_rows[competence_id].combo

    def decision(self, target: str) -> DecisionRow:
        return self.decision_rows[target]

    def pending(self) -> bool:
        return any(row.pending for row in self.decision_rows.values())

    def flush(self) -> None:
        for row in list(self.decision_rows.values()):
            row.flush()

    # --- painting -----------------------------------------------------------------------------
    def set_view(self, view: DeliberationView, *, sitting: bool = True) -> None:
        """Show `view`; read-only once closed, or while the jury is not sitting (`sitting`)."""
        # The rows are kept from one candidate to the next when they are the same ones (switching
        # candidate then costs no widget); a reason typed for one candidate never shows for another.
        shape = (
            tuple((c.competence.id, c.competence.title) for c in view.common),
            tuple((d.target, d.title) for d in view.units),
            None if view.title is None else (view.title.title, view.title.complementary_allowed),
            view.absent,
            view.held,
            view.terms,
        )
        same_candidate = view.candidate_ref == self._candidate
        self._candidate = view.candidate_ref
        if shape != self._shape:
            self._build(view)
            self._shape = shape
        for common in view.common:
            if common.competence.id in self.common_rows:  # none for an absent candidate
                self.common_rows[common.competence.id].set_common(common)
        for decision in view.decisions:
            if decision.target in self.decision_rows:
                self.decision_rows[decision.target].set_decision(decision, keep_typed=same_candidate)
        read_only = view.closed or not sitting
        for c in self.common_rows.values():
            c.set_read_only(read_only)
        for d in self.decision_rows.values():
            d.set_read_only(read_only)
        self.adopt_button.setEnabled(not read_only and view.adopt_problem is None)
        self.adopt_button.setToolTip(
            self.tr("Adopter l'avis concordant des jurés sur chaque compétence, puis accorder ce qu'il permet")
            if view.adopt_problem is None
            else self.tr("Impossible : {0}").format(translated(view.adopt_problem))
        )

    def _build(self, view: DeliberationView) -> None:
        for row in self.decision_rows.values():
            row.set_read_only(True)  # stops its idle timer
        if self._content is not None:
            self._layout.removeWidget(self._content)
            self._content.hide()
            self._content.deleteLater()
        self.common_rows.clear()
        self.decision_rows.clear()
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.adopt_button = QPushButton(self.tr("Adopter les propositions…"), content)
        self.adopt_button.setAccessibleName(self.tr("Adopter les propositions des jurés"))
        self.adopt_button.clicked.connect(self.adopt_requested)
        if view.absent:  # no decision field at all: nothing is decided for an absent candidate
            self.adopt_button.hide()
            self.absent_note = QLabel(
                self.tr("Candidat absent : aucune décision n'est prise ; la délibération peut être close."), content
            )
            self.absent_note.setObjectName("note")
            self.absent_note.setWordWrap(True)
            layout.addWidget(self.absent_note)
            layout.addStretch(1)
            self._layout.addWidget(content)
            self._content = content
            return
        layout.addWidget(self.adopt_button, 0, Qt.AlignmentFlag.AlignRight)

        common_box = QGroupBox(self.tr("1. Jugement commun du jury par compétence"), content)
        common_box.setAccessibleName(self.tr("Jugement commun du jury par compétence"))
        grid = QGridLayout(common_box)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        for i, common in enumerate(view.common):
            common_row = CommonJudgementRow(grid, i, common, common_box)
            self.common_rows[common.competence.id] = common_row
            common_row.combo.activated.connect(
                lambda _i, cid=common.competence.id, combo=common_row.combo: self._common_chosen(cid, combo)
            )
        if not view.common:
            grid.addWidget(QLabel(self.tr("Aucune compétence à juger pour ce candidat.")), 0, 0, 1, 4)
        layout.addWidget(common_box)

        decisions_box = QGroupBox(self.tr("2. Décisions du jury"), content)
        decisions_box.setAccessibleName(self.tr("Décisions du jury"))
        box_layout = QVBoxLayout(decisions_box)
        box_layout.setContentsMargins(6, 6, 6, 6)
        box_layout.setSpacing(6)
        terms = ui_terms(view.terms)
        for h in view.held:
            under = h.obtained_under + (self.tr(" (équivalence)") if h.through_equivalence else "")
            text = (
                self.tr("{0} déjà acquis, sous {1} — justificatif : {2}").format(h.unit_id, under, h.proof_title)
                if h.problem is None
                else self.tr("{0} déjà acquis, sous {1} — aucun justificatif : il ne compte pas").format(
                    h.unit_id, under
                )
            )
            held = QLabel(text)
            held.setObjectName("note" if h.problem is None else "blocked")
            held.setWordWrap(True)
            box_layout.addWidget(held)
        for decision in (*view.units, *([view.title] if view.title is not None else [])):
            row_widget = DecisionRow(decision, terms, decisions_box)
            row_widget.decision_requested.connect(self.decision_requested)
            row_widget.reason_pending.connect(self.reason_pending)
            self.decision_rows[decision.target] = row_widget
            box_layout.addWidget(row_widget)
        if view.title is not None:
            self.note = QLabel(
                (
                    self.tr("ℹ Un candidat qui échoue à la {0} conserve les {1} acquis.")
                    if terms.feminine
                    else self.tr("ℹ Un candidat qui échoue au {0} conserve les {1} acquis.")
                ).format(terms.certification, terms.unit_plural)
            )
            self.note.setObjectName("note")
            self.note.setWordWrap(True)
            box_layout.addWidget(self.note)
        layout.addWidget(decisions_box)
        layout.addStretch(1)
        content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._layout.addWidget(content)
        self._content = content

    def _common_chosen(self, competence_id: str, combo: ChoiceCombo) -> None:
        value = combo.value()
        judgement = None if value is None else (Judgement.ACQUIRED if value else Judgement.NOT_ACQUIRED)
        self.common_requested.emit(competence_id, judgement)
