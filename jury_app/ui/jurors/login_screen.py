"""Who is scoring: the juror picks their name from the session's jury and enters their PIN.

On first use on this laptop the juror chooses the PIN, and the session lead confirms it with their
passphrase (the lead's key of this laptop): whoever first clicks a name can no longer take it.
Afterwards the grids open only with the PIN; after five wrong ones each try waits longer, even
across a restart (`actions.jurors.verify_pin`). A forgotten PIN is reset by the lead (Jury menu).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jury_app.actions.context import AppContext
from jury_app.actions.sign_in import lead_key_made
from jury_app.domain.clock import Clock, SystemClock
from jury_app.ui.common import theme
from jury_app.ui.common.action_runner import ActionRunner

if TYPE_CHECKING:
    from jury_app.actions.sign_in import FirstLook

# The jurors' actions are imported on first use: they load SQLAlchemy and the signing code, which
# the sign-in painted at start (`show_first_look`) does not wait for.


class Juror(Protocol):
    """A juror as the sign-in lists them: read by the ORM (`JurorInfo`) or before it (`SignInJuror`)."""

    @property
    def ref(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def profession(self) -> str: ...
    @property
    def has_pin(self) -> bool: ...


class LoginScreen(QWidget):
    """Signals:
    logged_in(str, str): the juror's ref and display name, once the PIN is right.
    back_requested: the user wants the welcome screen.
    """

    logged_in = Signal(str, str)
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock or SystemClock()
        self.session_id = ""
        self.jurors: list[Juror] = []
        self.opening = False
        """The sign-in was painted before the session's load (`show_first_look`): Continue waits for it."""
        self._queued = False  # Continue pressed while opening: done once the load is
        self.runner = ActionRunner(self, tell=self._tell)  # told under the fields, not in a dialog
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        heading = QLabel(self.tr("Qui êtes-vous ?"), self)
        theme.follow(heading, "font-size: @size(2.0); font-weight: bold;")
        layout.addWidget(heading)
        self.problems = QLabel(self)
        theme.follow(self.problems, "color: @error_text; font-weight: bold;")
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)
        self.choices = QVBoxLayout()
        layout.addLayout(self.choices)
        self.group = QButtonGroup(self)
        self.group.idToggled.connect(self._picked)

        form = QFormLayout()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaximumWidth(240)
        self.pin.setAccessibleName(self.tr("Code personnel"))
        self.pin.setToolTip(self.tr("Votre code, au moins 4 chiffres ; Entrée pour continuer"))
        self.pin.returnPressed.connect(self._submit)
        form.addRow(self.tr("Code personnel :"), self.pin)
        self.pin_again = QLineEdit(self)
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again.setMaximumWidth(240)
        self.pin_again.setAccessibleName(self.tr("Confirmation du code"))
        self.pin_again.setToolTip(self.tr("Le même code une seconde fois (première utilisation)"))
        self.pin_again.returnPressed.connect(self._submit)
        self.pin_again_label = QLabel(self.tr("Confirmation :"), self)
        form.addRow(self.pin_again_label, self.pin_again)
        self.lead = QLineEdit(self)
        self.lead.setEchoMode(QLineEdit.EchoMode.Password)
        self.lead.setMaximumWidth(240)
        self.lead.setAccessibleName(self.tr("Phrase secrète du responsable de session"))
        self.lead.setToolTip(
            self.tr("Le responsable de session confirme votre nouveau code en tapant sa phrase secrète")
        )
        self.lead.returnPressed.connect(self._submit)
        self.lead_label = QLabel(self.tr("Responsable de session :"), self)
        form.addRow(self.lead_label, self.lead)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.back = QPushButton(self.tr("Retour"), self)
        self.back.setToolTip(self.tr("Revenir à l'accueil et au choix de la session"))
        self.back.clicked.connect(self.back_requested)
        self.ok = QPushButton(self.tr("Continuer"), self)
        self.ok.setDefault(True)
        self.ok.setAccessibleName(self.tr("Continuer avec ce juré"))
        self.ok.setToolTip(self.tr("Vérifier le code et ouvrir la session (Entrée)"))
        self.ok.clicked.connect(self._submit)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        layout.addLayout(buttons)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        theme.follow(self.error, "color: @error_text;")
        layout.addWidget(self.error)
        layout.addStretch(1)

    def load(self, session_id: str) -> None:
        from jury_app.actions.jurors import jury_members, jury_problems

        self._set_opening(False)
        self._fill(session_id, jury_members(self.ctx, session_id))
        self._show_problems(jury_problems(self.ctx, session_id))

    def show_first_look(self, look: FirstLook) -> None:
        """The sign-in as stored, painted before the database layer is loaded: a name can be picked
        and the PIN typed at once; Continue waits for `opened` (told under the fields)."""
        self._set_opening(True)
        self._fill(look.session.id, look.session.jurors)
        self._show_problems([])

    def opened(self, jurors: Sequence[Juror], problems: Sequence[str]) -> None:
        """The session's load is done (after `show_first_look`): the jurors as read now. The juror
        chosen and the PIN typed stay, and a Continue pressed meanwhile is done now; the choice is
        made again only if the jury changed in between (the fields cleared, nothing done)."""
        unchanged = [(j.ref, j.has_pin) for j in jurors] == [(j.ref, j.has_pin) for j in self.jurors]
        queued = self._queued and unchanged
        self._set_opening(False)
        if unchanged:
            self.jurors = list(jurors)
        else:
            self._fill(self.session_id, jurors)
        self._show_problems(problems)
        if queued:
            self._submit()

    def _set_opening(self, opening: bool) -> None:
        self.opening = opening
        self._queued = False
        self.back.setEnabled(not opening)  # the welcome screen reads the database the load is opening
        self.ok.setEnabled(True)
        for edit in (self.pin, self.pin_again, self.lead):
            edit.setReadOnly(False)

    def _fill(self, session_id: str, jurors: Sequence[Juror]) -> None:
        self.session_id = session_id
        for button in self.group.buttons():
            self.group.removeButton(button)
            button.deleteLater()
        self.jurors = list(jurors)
        for i, juror in enumerate(self.jurors):
            role = self.tr(" (président·e)") if juror.role == "president" else ""
            button = QRadioButton(f"{juror.name}{role} — {juror.profession}", self)
            button.setAccessibleName(juror.name)
            button.setAccessibleDescription(f"{juror.profession}{role}")
            button.setMinimumHeight(36)
            self.group.addButton(button, i)
            self.choices.addWidget(button)
        self.error.clear()
        if self.jurors:
            self.group.button(0).setChecked(True)
            self._picked(0, True)

    def _show_problems(self, problems: Sequence[str]) -> None:
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))

    def _tell(self, message: str) -> None:
        self.error.setText(message)

    def _current(self) -> Juror | None:
        index = self.group.checkedId()
        return self.jurors[index] if 0 <= index < len(self.jurors) else None

    def _picked(self, index: int, checked: bool) -> None:
        if not checked:
            return
        juror = self.jurors[index]
        first_use = not juror.has_pin
        if not first_use:
            hint = self.tr("Saisissez votre code personnel.")
        elif lead_key_made(self.ctx):
            hint = self.tr(
                "Première utilisation sur cet ordinateur : choisissez un code d'au moins 4 chiffres (il protège vos "
                "grilles) ; le responsable de session le confirme en tapant sa phrase secrète."
            )
        else:
            hint = self.tr(
                "Première utilisation sur cet ordinateur : choisissez un code d'au moins 4 chiffres. Le responsable "
                "de session le confirme ; sa phrase secrète n'existe pas encore ici : il la choisit maintenant "
                "(8 caractères au moins), elle confirmera aussi les autres jurés."
            )
        self.hint.setText(hint)
        self.pin.setAccessibleDescription(self.hint.text())  # what a screen reader says on the field
        self.pin_again.setVisible(first_use)
        self.pin_again_label.setVisible(first_use)
        self.lead.setVisible(first_use)
        self.lead_label.setVisible(first_use)
        self.pin.clear()
        self.pin_again.clear()
        self.lead.clear()
        self.error.clear()
        self.pin.setFocus()

    def _submit(self) -> None:
        juror = self._current()
        if juror is None:
            return
        if self.opening:  # what is typed now is what is checked, once the session is open
            self._queued = True
            self.ok.setEnabled(False)
            for edit in (self.pin, self.pin_again, self.lead):
                edit.setReadOnly(True)
            self.error.setText(self.tr("Ouverture de la session… Votre code sera vérifié dans un instant."))
            return
        from jury_app.actions.jurors import pin_wait, set_pin, verify_pin

        pin = self.pin.text()
        if not juror.has_pin:
            if pin != self.pin_again.text():
                self.error.setText(self.tr("Les deux codes diffèrent."))
                return
            lead = self.lead.text()
            if not self.runner.do(
                lambda: set_pin(self.ctx, self.session_id, juror.ref, pin, lead_passphrase=lead, clock=self.clock),
                what=self.tr("Choisir le code"),
            ):
                self.lead.clear()
                return
        else:
            right = self.runner.read(lambda: verify_pin(self.ctx, self.session_id, juror.ref, pin, clock=self.clock))
            if right is None:
                self.pin.clear()
                return
            if not right:
                wait = self.runner.read(lambda: pin_wait(self.ctx, self.session_id, juror.ref, clock=self.clock)) or 0
                self.error.setText(
                    self.tr("Code incorrect. Prochain essai possible dans {0} s.").format(round(wait))
                    if wait
                    else self.tr("Code incorrect.")
                )
                self.pin.selectAll()
                return
        self.pin.clear()
        self.pin_again.clear()
        self.lead.clear()
        self.logged_in.emit(juror.ref, juror.name)
