"""The session lead resets a juror's PIN and key: who, why, and the lead's passphrase to sign it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jury_app.actions.context import AppContext
from jury_app.actions.jurors import ResetInfo, jury_members, lead_key_exists, reset_juror
from jury_app.domain.clock import Clock
from jury_app.ui.common import theme
from jury_app.ui.common.action_runner import ActionRunner


class ResetJurorDialog(QDialog):
    """Takes a juror's PIN and key away, with a reason signed by the lead, for them to choose new ones."""

    def __init__(self, ctx: AppContext, session_id: str, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.clock = clock
        self.result_info: ResetInfo | None = None
        self.runner = ActionRunner(self, tell=self._fail)
        self.lead_first_use = not lead_key_exists(ctx)
        self.setWindowTitle(self.tr("Réinitialiser le code et la clé d'un juré"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Pour un juré qui a oublié son code ou sa phrase secrète, ou dont la clé a été créée ou "
                "utilisée par quelqu'un d'autre. Son code et sa clé lui sont retirés (la clé est révoquée : "
                "ce qu'elle signera ne sera plus accepté) ; il en choisira de nouveaux. La raison est inscrite "
                "au journal d'audit, signée par votre clé de responsable de session."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.juror = QComboBox(self)
        for j in jury_members(ctx, session_id):
            state = [self.tr("code") if j.has_pin else "", self.tr("clé") if j.key_fingerprint else ""]
            held = ", ".join(s for s in state if s) or self.tr("ni code ni clé")
            self.juror.addItem(f"{j.ref} — {j.name} ({held})", j.ref)
        self.juror.setAccessibleName(self.tr("Juré"))
        form.addRow(self.tr("Juré :"), self.juror)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(80)
        self.reason.setAccessibleName(self.tr("Raison de la réinitialisation"))
        form.addRow(self.tr("Raison :"), self.reason)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Phrase secrète du responsable de session"))
        form.addRow(self.tr("Votre phrase secrète :"), self.passphrase)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Confirmation de la phrase secrète"))
        self.confirm_label = QLabel(self.tr("Confirmation :"), self)
        form.addRow(self.confirm_label, self.confirm)
        self.confirm.setVisible(self.lead_first_use)
        self.confirm_label.setVisible(self.lead_first_use)
        layout.addLayout(form)
        if self.lead_first_use:
            first = QLabel(
                self.tr(
                    "Première utilisation de votre clé de responsable de session sur cet ordinateur : choisissez "
                    "une phrase secrète d'au moins 8 caractères. Elle ne pourra pas être retrouvée."
                ),
                self,
            )
            first.setWordWrap(True)
            layout.addWidget(first)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.reset_button = QPushButton(self.tr("Réinitialiser"), self)
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = QPushButton(self.tr("Fermer"), self)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.reset_button.clicked.connect(self.reset)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 0)
        self.reason.setFocus()

    def _fail(self, text: str) -> None:
        theme.follow(self.message, "color: @error_text;")
        self.message.setText(text)

    def reset(self) -> bool:
        """Resets the chosen juror; True when done (what was taken away is shown)."""
        if self.lead_first_use and self.passphrase.text() != self.confirm.text():
            self._fail(self.tr("Les deux saisies de la phrase secrète diffèrent."))
            return False
        juror = str(self.juror.currentData())
        reason = self.reason.toPlainText()
        passphrase = self.passphrase.text()
        info = self.runner.call(
            lambda: reset_juror(
                self.ctx, self.session_id, juror, reason=reason, lead_passphrase=passphrase, clock=self.clock
            ),
            busy=True,
        )
        self.passphrase.clear()
        self.confirm.clear()
        if info is None:
            return False
        self.result_info = info
        self.lead_first_use = False
        self.confirm.setVisible(False)
        self.confirm_label.setVisible(False)
        theme.follow(self.message, "color: @ok_text;")
        self.message.setText(
            self.tr(
                "{0} : code et clé retirés de cet ordinateur. Il choisira un nouveau code en se connectant, "
                "puis une nouvelle phrase secrète. Empreinte de votre clé de responsable : {1}"
            ).format(info.juror_name, info.lead_fingerprint)
        )
        return True
