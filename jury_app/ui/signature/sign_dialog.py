"""The juror's two signatures of the procès-verbal: the drawn one, and the electronic one.

`HandwrittenSignatureDialog`: the juror draws their signature once per session; the PV prints it
in their signature block. `SignReportDialog`: the juror signs the PV's PDF with their key, opened
by their passphrase (chosen on first use, and never recoverable).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jury_app.actions.context import AppContext
from jury_app.actions.jurors import jury_members
from jury_app.actions.signing import (
    SignResult,
    handwritten_signature,
    juror_key_info,
    save_handwritten_signature,
    sign_report,
)
from jury_app.domain.clock import Clock
from jury_app.reports.keys import MIN_PASSPHRASE_LENGTH
from jury_app.ui.common import theme
from jury_app.ui.common.action_runner import ActionRunner
from jury_app.ui.common.feedback import moment_text
from jury_app.ui.common.passphrase import PassphraseFields
from jury_app.ui.signature.signature_pad import SignaturePad

_ERROR_STYLE = "color: @error_text;"


def _juror_name(ctx: AppContext, session_id: str, juror_ref: str) -> str:
    return next((j.name for j in jury_members(ctx, session_id) if j.ref == juror_ref), juror_ref)


class HandwrittenSignatureDialog(QDialog):
    """Draw (or redraw) the juror's handwritten signature for the session, and save it."""

    def __init__(
        self, ctx: AppContext, session_id: str, juror_ref: str, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.clock = clock
        self.juror_ref = juror_ref
        self.saved = False
        self.runner = ActionRunner(self, tell=lambda message: self.error.setText(message))
        name = _juror_name(ctx, session_id, juror_ref)
        self.setWindowTitle(self.tr("Signature manuscrite — {0}").format(name))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{0}, tracez votre signature dans le cadre avec la souris, un stylet ou le doigt. "
                "Elle figurera sur le procès-verbal de cette session."
            ).format(name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.pad = SignaturePad(self)
        layout.addWidget(self.pad, 1)
        self.error = QLabel(self)
        theme.follow(self.error, _ERROR_STYLE)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Enregistrer la signature"), self)
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = QPushButton(self.tr("Annuler"), self)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        existing = handwritten_signature(ctx, session_id, juror_ref)
        if existing:
            self.pad.set_strokes(existing)
        self.pad.changed.connect(self._update_buttons)
        self._update_buttons()
        self.resize(620, 360)

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(not self.pad.is_empty())
        self.error.clear()

    def save(self) -> bool:
        """Saves the drawing; True when saved (the dialog then closes)."""
        if not self.runner.do(
            lambda: save_handwritten_signature(
                self.ctx, self.session_id, self.juror_ref, self.pad.strokes(), self.clock
            )
        ):
            return False
        self.saved = True
        self.accept()
        return True


class SignReportDialog(QDialog):
    """The juror signs the procès-verbal's PDF electronically with their passphrase."""

    def __init__(
        self,
        ctx: AppContext,
        session_id: str,
        juror_ref: str,
        pdf_path: Path | str,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.juror_ref = juror_ref
        self.pdf_path = Path(pdf_path)
        self.clock = clock
        self.result_info: SignResult | None = None
        self.runner = ActionRunner(self, tell=self._fail)
        self.first_use = juror_key_info(ctx, session_id, juror_ref) is None
        name = _juror_name(ctx, session_id, juror_ref)
        self.setWindowTitle(self.tr("Signer le procès-verbal"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Signature électronique du document {0} par {1}.").format(self.pdf_path.name, name), self
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.hint = QLabel(
            self.tr(
                "Première signature : saisissez votre code personnel et choisissez une phrase secrète d'au moins "
                "{0} caractères. Elle protège votre clé de signature. Attention : elle ne pourra pas être retrouvée si vous l'oubliez."
            ).format(MIN_PASSPHRASE_LENGTH)
            if self.first_use
            else self.tr("Saisissez votre code personnel et votre phrase secrète pour signer."),
            self,
        )
        self.hint.setWordWrap(True)
        if self.first_use:
            self.hint.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.hint)

        # The handwritten strokes go into the juror's box with the signature: drawn here if need be,
        # on whichever laptop the juror signs.
        drawing = QHBoxLayout()
        self.drawing_label = QLabel(self)
        self.drawing_label.setWordWrap(True)
        drawing.addWidget(self.drawing_label, 1)
        self.draw_button = QPushButton(self.tr("Tracer ma signature…"), self)
        self.draw_button.clicked.connect(self.draw)
        drawing.addWidget(self.draw_button)
        layout.addLayout(drawing)
        self._show_drawing()

        self.fields = PassphraseFields(self.first_use, self)
        self.passphrase = self.fields.passphrase
        self.confirm = self.fields.confirm
        layout.addWidget(self.fields)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        buttons = QDialogButtonBox(self)
        self.sign_button = QPushButton(self.tr("Signer"), self)
        self.sign_button.setDefault(True)
        buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = QPushButton(self.tr("Fermer"), self)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_button.clicked.connect(self.sign)
        self.close_button.clicked.connect(self.reject)
        self.passphrase.returnPressed.connect(self._next_field)
        self.confirm.returnPressed.connect(self.sign)
        layout.addWidget(buttons)
        self.resize(520, 0)
        self.fields.pin.setFocus()

    def _show_drawing(self) -> None:
        drawn = self.runner.read(lambda: handwritten_signature(self.ctx, self.session_id, self.juror_ref))
        self.drawing_label.setText(
            self.tr("Votre signature manuscrite figurera dans votre cadre, avec votre nom et l'heure de signature.")
            if drawn
            else self.tr(
                "Aucune signature manuscrite enregistrée sur cet ordinateur : votre cadre ne portera que votre "
                "nom et l'heure de signature. Tracez-la d'abord si vous le souhaitez."
            )
        )

    def draw(self) -> None:
        """Draws (or redraws) the handwritten signature shown in the juror's box."""
        dialog = HandwrittenSignatureDialog(self.ctx, self.session_id, self.juror_ref, self.clock, self)
        dialog.exec()
        self._show_drawing()

    def _next_field(self) -> None:
        if self.first_use:
            self.confirm.setFocus()
        else:
            self.sign()

    def _fail(self, text: str) -> None:
        theme.follow(self.message, _ERROR_STYLE)
        self.message.setText(text)

    def sign(self) -> bool:
        """Signs the PDF; True when signed (the result is shown, the passphrase fields emptied)."""
        if self.result_info is not None:
            return False
        passphrase = self.fields.value()
        pin = self.fields.pin_value()
        if self.fields.mismatch():
            self._fail(self.tr("Les deux saisies de la phrase secrète diffèrent."))
            return False
        result = self.runner.call(
            lambda: sign_report(
                self.ctx, self.session_id, self.pdf_path, self.juror_ref, passphrase, self.clock, pin=pin
            ),
            busy=True,
        )
        if result is None:
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return False
        self.result_info = result
        self.fields.clear()
        self.fields.setEnabled(False)
        self.sign_button.setEnabled(False)
        remaining = (
            self.tr("Reste à signer : {0}.").format(", ".join(result.remaining_jurors))
            if result.remaining_jurors
            else self.tr("Tous les jurés ont signé.")
        )
        theme.follow(self.message, "color: @ok_text;")
        self.message.setText(
            self.tr("Document signé par {0} le {1}.").format(
                result.signer_name, moment_text(result.signed_at, result.zone)
            )
            + "\n"
            + remaining
        )
        self.close_button.setFocus()
        return True
