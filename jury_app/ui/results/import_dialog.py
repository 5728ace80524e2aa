"""The session lead imports the jurors' signed result files: who, when, what, which key, the differences."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jury_app.actions.context import AppContext
from jury_app.actions.results_import import ImportOutcome, import_results
from jury_app.actions.results_plan import ResultFileInfo, inspect_result_file
from jury_app.actions.results_status import completeness
from jury_app.domain.clock import Clock
from jury_app.domain.problems import Problem
from jury_app.ui.common import theme
from jury_app.ui.common.action_runner import ActionRunner, Failed
from jury_app.ui.common.feedback import moment_text, shown_zone
from jury_app.ui.common.messages import translated

TYPED_PREFIX = 8  # characters of a new key's fingerprint the lead types
_ERROR_STYLE = "color: @error_text;"
_DONE_STYLE = "color: @ok_text;"


@dataclass(frozen=True)
class _Loaded:
    path: Path
    info: ResultFileInfo | None  # None: unreadable, not a result file, or its signature does not hold
    error: str


class ImportResultsDialog(QDialog):
    """Choose result files, read what each would do, confirm new keys, import.

    Signals:
    import_finished(list[ImportOutcome]): an import ended (empty list: it failed, the message says why).
    """

    import_finished = Signal(list)

    def __init__(self, ctx: AppContext, session_id: str, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.clock = clock
        self.loaded: list[_Loaded] = []
        self.key_boxes: dict[str, QLineEdit] = {}  # fingerprint -> its beginning, as the lead typed it
        self.outcomes: list[ImportOutcome] = []
        self.busy = False
        self.runner = ActionRunner(self)
        self.setWindowTitle(self.tr("Importer des résultats de jurés"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choisissez les fichiers de résultats remis par les jurés. Chaque fichier est vérifié "
                "(signature, session, clé du juré) avant d'être importé ; un fichier refusé ne change rien."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choose_button = QPushButton(self.tr("Choisir des fichiers…"), self)
        self.choose_button.clicked.connect(self.choose_files)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Contenu des fichiers"))
        layout.addWidget(self.details, 1)

        self.keys_area = QVBoxLayout()
        layout.addLayout(self.keys_area)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("Importer"), self)
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.conflicts_button = QPushButton(self.tr("Voir les conflits…"), self)
        self.conflicts_button.setVisible(False)
        self.conflicts_button.clicked.connect(self.show_conflicts)
        buttons.addButton(self.conflicts_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = QPushButton(self.tr("Fermer"), self)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.import_files)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 560)

    # --- choosing and reading -----------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Fichiers de résultats des jurés"), "", self.tr("Résultats (*.json)")
        )
        if names:
            self.set_files([Path(n) for n in names])

    def set_files(self, paths: list[Path]) -> None:
        """Reads each file (nothing is written) and shows what importing it would do."""
        self.loaded = []
        self.outcomes = []
        for path in paths:
            info = self.runner.attempt(partial(inspect_result_file, self.ctx, path, clock=self.clock))
            if isinstance(info, Failed):
                self.loaded.append(_Loaded(path, None, info.message))
            else:
                self.loaded.append(_Loaded(path, info, ""))
        self._show_files()
        self._show_keys()
        self.message.clear()
        self._update_button()

    def _file_text(self, item: _Loaded) -> list[str]:
        lines = [self.tr("Fichier : {0}").format(item.path)]
        info = item.info
        if info is None:
            lines.append(self.tr("  Illisible ou altéré : {0}").format(item.error))
            return lines
        lines.append(
            self.tr("  Juré : {0} ({1}) — exporté le {2}").format(
                info.juror_name, info.juror_ref, moment_text(info.exported_at, shown_zone())
            )
        )
        lines.append(
            self.tr("  Session : {0} — {1} candidat(s), {2} grille(s), {3} déclaration(s)").format(
                info.session_id, len(info.candidates), info.grids, info.declarations
            )
        )
        if info.session_id != self.session_id:
            lines.append(
                self.tr("  Attention : ce fichier n'est pas de la session ouverte ({0}).").format(self.session_id)
            )
        key_text = {
            "known": self.tr("clé connue (celle enregistrée pour ce juré)"),
            "new": self.tr("nouvelle clé, à confirmer ci-dessous"),
            "mismatch": self.tr("clé différente de celle enregistrée pour ce juré"),
        }.get(info.key_status, self.tr("clé non vérifiable ici"))
        # A new key's fingerprint is not shown whole: the lead types its beginning as read on the
        # juror's laptop, which a forged file cannot answer by showing its own.
        shown = f"…{info.fingerprint[-8:]}" if info.key_status == "new" else info.fingerprint
        lines.append(self.tr("  Empreinte du certificat : {0} — {1}").format(shown, key_text))
        if info.already_imported:
            lines.append(self.tr("  Déjà importé : l'importer à nouveau le compare à la base."))
        for problem in info.problems:
            lines.append(self.tr("  Refusé : {0}").format(_problem_text(problem)))
        if not info.already_imported:
            if info.differences:  # conflicts and what is left out first; all of them, the view scrolls
                lines.append(self.tr("  Différences ({0}) :").format(len(info.differences)))
                lines += [f"    {translated(d.describe())}" for d in info.differences]
            elif not info.problems:
                lines.append(self.tr("  Aucune différence avec ce qui est déjà ici."))
        return lines

    def _show_files(self) -> None:
        lines: list[str] = []
        for item in self.loaded:
            lines += [*self._file_text(item), ""]
        self.details.setPlainText("\n".join(lines))

    def _show_keys(self) -> None:
        while self.keys_area.count():
            entry = self.keys_area.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None:
                widget.deleteLater()
        self.key_boxes = {}
        for item in self.loaded:
            info = item.info
            if info is None or info.key_status != "new" or info.problems or info.fingerprint in self.key_boxes:
                continue
            label = QLabel(
                self.tr(
                    "Premier fichier de {0} sur cet ordinateur. Lisez l'empreinte de son certificat sur son "
                    "ordinateur (affichée à l'export) et tapez-en les {1} premiers caractères :"
                ).format(info.juror_name, TYPED_PREFIX),
                self,
            )
            label.setWordWrap(True)
            field = QLineEdit(self)
            field.setMaxLength(64)
            field.setMaximumWidth(240)
            field.setAccessibleName(self.tr("Début de l'empreinte de {0}").format(info.juror_name))
            field.textChanged.connect(self._update_button)
            self.keys_area.addWidget(label)
            self.keys_area.addWidget(field)
            self.key_boxes[info.fingerprint] = field

    def confirmed_fingerprints(self) -> set[str]:
        """The new keys whose fingerprint begins as the lead typed it (case and spaces aside)."""
        confirmed = set()
        for fp, field in self.key_boxes.items():
            typed = "".join(c for c in field.text().lower() if c not in " :")
            if len(typed) >= TYPED_PREFIX and fp.startswith(typed):
                confirmed.add(fp)
        return confirmed

    def _importable(self) -> list[_Loaded]:
        confirmed = self.confirmed_fingerprints()
        return [
            item
            for item in self.loaded
            if item.info is not None
            and not item.info.problems
            and not item.info.already_imported
            and (item.info.key_status == "known" or item.info.fingerprint in confirmed)
        ]

    def _update_button(self) -> None:
        self.import_button.setEnabled(not self.busy and not self.outcomes and bool(self._importable()))

    # --- importing -----------------------------------------------------------------------------
    def import_files(self) -> None:
        """Imports the files chosen, off the GUI thread (each file on its own: a refused file changes
        nothing); `import_finished` carries the outcomes, which are then shown."""
        if not self.loaded or self.busy:
            return
        self.busy = True
        for widget in (self.import_button, self.choose_button, self.close_button, *self.key_boxes.values()):
            widget.setEnabled(False)
        theme.follow(self.message, "")
        self.message.setText(self.tr("Import en cours…"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        paths = [item.path for item in self.loaded]
        trusted = self.confirmed_fingerprints()
        self.runner.in_background(
            lambda _progress: import_results(
                self.ctx, paths, accept_new_keys=False, trusted_fingerprints=trusted, clock=self.clock
            ),
            self._imported,
            on_failure=self._failed,
        )

    def _done(self) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.busy = False
        for widget in (self.choose_button, self.close_button, *self.key_boxes.values()):
            widget.setEnabled(True)
        self._update_button()
        self.close_button.setFocus()

    def _failed(self, outcome: Failed) -> None:
        self._done()
        theme.follow(self.message, _ERROR_STYLE)
        self.message.setText(outcome.message)
        self.import_finished.emit([])

    def _imported(self, outcomes: list[ImportOutcome]) -> None:
        self.outcomes = outcomes
        self._done()
        status = {
            "imported": self.tr("importé"),
            "unchanged": self.tr("inchangé"),
            "refused": self.tr("REFUSÉ"),
        }
        lines: list[str] = []
        for outcome in outcomes:
            lines.append(f"{outcome.path.name} : {status[outcome.status]} — {translated(outcome.message)}")
            lines += [f"  - {_problem_text(p)}" for p in outcome.problems]
            lines += [f"    {translated(d.describe())}" for d in outcome.differences]
        report = self.runner.attempt(lambda: completeness(self.ctx, self.session_id))
        lines += ["", report.message if isinstance(report, Failed) else translated(report.summary)]
        self.details.setPlainText("\n".join(lines))
        refused = sum(1 for o in outcomes if o.status == "refused")
        conflicts = sum(o.conflicts for o in outcomes)
        theme.follow(self.message, _ERROR_STYLE if refused or conflicts else _DONE_STYLE)
        text = (
            self.tr("{0} fichier(s) refusé(s) : rien n'a été importé de ces fichiers.").format(refused)
            if refused
            else self.tr("Import terminé.")
        )
        if conflicts:
            text += " " + self.tr("{0} conflit(s) entre ordinateurs à résoudre.").format(conflicts)
        self.message.setText(text)
        self.conflicts_button.setVisible(conflicts > 0)
        self.import_finished.emit(outcomes)

    def show_conflicts(self) -> None:
        from jury_app.ui.results.conflicts_dialog import ConflictsDialog

        ConflictsDialog(self.ctx, self.session_id, self.clock, self).exec()

    def reject(self) -> None:
        if not self.busy:  # the import runs to its end: its transaction commits or rolls back whole
            super().reject()


def _problem_text(problem: Problem) -> str:
    """A refusal in the UI's language when it was worded with `msg`, else its French text."""
    return translated(problem.text) if problem.text is not None else problem.message
