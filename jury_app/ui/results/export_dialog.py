"""A juror exports their results into a signed file, to hand to the session lead on a USB stick."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jury_app.actions.context import AppContext
from jury_app.actions.jurors import jury_members
from jury_app.actions.results_export import ExportInfo, default_export_name, export_results
from jury_app.actions.sessions import session_document
from jury_app.actions.signing import juror_key_info
from jury_app.domain.clock import Clock
from jury_app.reports.keys import MIN_PASSPHRASE_LENGTH
from jury_app.ui.common import theme
from jury_app.ui.common.action_runner import ActionRunner
from jury_app.ui.common.feedback import moment_text
from jury_app.ui.common.passphrase import PassphraseFields

_ERROR_STYLE = "color: @error_text;"
_DONE_STYLE = "color: @ok_text;"


class ExportResultsDialog(QDialog):
    """Passphrase, file, all candidates or one: the juror's signed result file."""

    def __init__(
        self, ctx: AppContext, session_id: str, juror_ref: str, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.juror_ref = juror_ref
        self.clock = clock
        self.result_info: ExportInfo | None = None
        self.runner = ActionRunner(self, tell=self._fail)
        self.first_use = juror_key_info(ctx, session_id, juror_ref) is None
        name = next((j.name for j in jury_members(ctx, session_id) if j.ref == juror_ref), juror_ref)
        doc = session_document(ctx, session_id)
        self.setWindowTitle(self.tr("Exporter mes résultats"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Résultats de {0} : déclarations et grilles, dans un fichier signé avec votre clé. "
                "Remettez ce fichier au responsable de session (clé USB)."
            ).format(name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.candidate = QComboBox(self)
        self.candidate.addItem(self.tr("Tous les candidats"), "")
        for c in doc.candidates:
            self.candidate.addItem(f"{c.id} — {c.name}", c.id)
        self.candidate.setAccessibleName(self.tr("Candidats exportés"))
        form.addRow(self.tr("Candidats :"), self.candidate)

        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Fichier à écrire"))
        self.path.setText(str(Path.home() / default_export_name(session_id, juror_ref, clock.now())))
        row.addWidget(self.path, 1)
        self.browse_button = QPushButton(self.tr("Choisir…"), self)
        self.browse_button.clicked.connect(self.choose_file)
        row.addWidget(self.browse_button)
        form.addRow(self.tr("Fichier :"), row)

        self.hint = QLabel(
            self.tr(
                "Première utilisation de votre clé : saisissez votre code personnel et choisissez une phrase "
                "secrète d'au moins {0} caractères. "
                "Elle ne pourra pas être retrouvée si vous l'oubliez."
            ).format(MIN_PASSPHRASE_LENGTH)
            if self.first_use
            else self.tr("Saisissez votre code personnel et votre phrase secrète pour signer le fichier."),
            self,
        )
        self.hint.setWordWrap(True)
        layout.addLayout(form)
        layout.addWidget(self.hint)

        self.fields = PassphraseFields(self.first_use, self)
        self.passphrase = self.fields.passphrase
        self.confirm = self.fields.confirm
        layout.addWidget(self.fields)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        buttons = QDialogButtonBox(self)
        self.export_button = QPushButton(self.tr("Exporter"), self)
        self.export_button.setDefault(True)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = QPushButton(self.tr("Fermer"), self)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 0)
        self.fields.pin.setFocus()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le fichier de résultats"), self.path.text(), self.tr("Résultats (*.json)")
        )
        if name:
            self.path.setText(name)

    def _fail(self, text: str) -> None:
        theme.follow(self.message, _ERROR_STYLE)
        self.message.setText(text)

    def export(self) -> bool:
        """Writes the signed file; True when written (the result is shown, the passphrase fields emptied)."""
        passphrase = self.fields.value()
        pin = self.fields.pin_value()
        if self.fields.mismatch():
            self._fail(self.tr("Les deux saisies de la phrase secrète diffèrent."))
            return False
        if not self.path.text().strip():
            self._fail(self.tr("Choisissez le fichier à écrire."))
            return False
        candidate = self.candidate.currentData()
        info = self.runner.call(
            lambda: export_results(
                self.ctx,
                self.session_id,
                self.juror_ref,
                passphrase,
                Path(self.path.text().strip()),
                candidate_refs=[candidate] if candidate else None,
                clock=self.clock,
                pin=pin,
            ),
            busy=True,
        )
        if info is None:
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return False
        self.result_info = info
        self.first_use = False
        self.fields.clear()
        self.fields.set_first_use(False)
        theme.follow(self.message, _DONE_STYLE)
        self.message.setText(
            self.tr(
                "Fichier écrit le {0} : {1}\n{2} grille(s), {3} déclaration(s).\n"
                "Empreinte de votre certificat, à communiquer au responsable de session : {4}"
            ).format(
                moment_text(info.exported_at, info.zone), info.path, info.grids, info.declarations, info.fingerprint
            )
        )
        self.close_button.setFocus()
        return True
