"""The Documents menu: PDF reports, the procès-verbal and its signatures, results exports.

The procès-verbal a jury signs lives in the data folder (`actions.pv_files`), so that each juror
signs the same file in turn and the archive finds it.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from jury_app.actions.context import AppContext
from jury_app.domain.clock import Clock
from jury_app.ui.common.action_runner import ActionRunner
from jury_app.ui.common.messages import translated


class DocumentsMenu(QObject):
    """Builds and serves the Documents menu of the main window.

    `current` returns (session id, juror ref, selected candidate ref or "") at the time of a click.
    """

    def __init__(
        self,
        ctx: AppContext,
        clock: Clock,
        window: QWidget,
        menu: QMenu,
        current: Callable[[], tuple[str | None, str | None, str]],
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.clock = clock
        self.window = window
        self.current = current
        self.runner = ActionRunner(window)  # refusals told in a dialog over the window
        self.open_file: Callable[[Path], object] = lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p)))
        self.actions: list[QAction] = []
        items: list[tuple[str, Callable[[], None]] | None] = [
            (self.tr("Grilles d'évaluation du candidat (PDF)…"), self.grid_pdf),
            (self.tr("Grilles vierges de secours (PDF)…"), self.blank_pdf),
            (self.tr("Retour au candidat — examen blanc (PDF)…"), self.feedback_pdf),
            (self.tr("Retours de tous les candidats — examen blanc (PDF)…"), self.all_feedback_pdfs),
            None,
            (self.tr("Ma signature manuscrite…"), self.handwritten),
            (self.tr("Générer le procès-verbal"), self.generate_pv_clicked),
            (self.tr("Signer le procès-verbal…"), self.sign_pv),
            (self.tr("Vérifier les signatures du procès-verbal"), self.verify_pv),
            (self.tr("Enregistrer une copie du procès-verbal…"), self.copy_pv),
            (self.tr("Procès-verbal à faire signer (autres ordinateurs)…"), self.request_pv),
            (self.tr("Signer un procès-verbal reçu…"), self.sign_received_pv),
            (self.tr("Importer un procès-verbal signé…"), self.import_signed_pv),
            None,
            (self.tr("Résultats de la session (CSV)…"), lambda: self.results("csv")),
            (self.tr("Résultats de la session (XLSX)…"), lambda: self.results("xlsx")),
        ]
        for item in items:
            if item is None:
                menu.addSeparator()
                continue
            action = QAction(item[0], self)
            action.triggered.connect(item[1])
            action.setEnabled(False)
            menu.addAction(action)
            self.actions.append(action)

    def set_enabled(self, enabled: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled)

    # --- helpers ------------------------------------------------------------------------------
    def _session(self) -> tuple[str, str] | None:
        sid, juror, _ = self.current()
        if sid is None or juror is None:
            return None
        return sid, juror

    def pv_path(self, session_id: str) -> Path:
        from jury_app.actions.pv_files import pv_path

        return pv_path(self.ctx, session_id)

    def _candidate(self, session_id: str) -> str | None:
        from jury_app.actions.sessions import session_document

        selected = self.current()[2]
        doc = session_document(self.ctx, session_id)
        labels = [f"{c.id} — {c.name}" for c in doc.candidates]
        ids = [c.id for c in doc.candidates]
        start = ids.index(selected) if selected in ids else 0
        label, ok = QInputDialog.getItem(self.window, self.tr("Candidat"), self.tr("Candidat :"), labels, start, False)
        return ids[labels.index(label)] if ok else None

    def _save_as(self, title: str, name: str, pattern: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(Path.home() / name), pattern)
        return Path(chosen) if chosen else None

    def _done(self, path: Path) -> None:
        answer = QMessageBox.question(
            self.window, self.tr("Document enregistré"), self.tr("{0} est enregistré. L'ouvrir ?").format(path.name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_file(path)

    def _run(self, work: Callable[[], Path]) -> None:
        path = self.runner.call(work)
        if path is not None:
            self._done(path)

    # --- documents ---------------------------------------------------------------------------
    def _candidate_pdf(self, title: str, prefix: str, write: Callable[[AppContext, str, str, Path], Path]) -> None:
        """Ask the candidate and the file, then write one of the candidate's documents."""
        current = self._session()
        if current is None:
            return
        cand = self._candidate(current[0])
        if cand is None:
            return
        out = self._save_as(title, f"{prefix}-{cand}.pdf", "PDF (*.pdf)")
        if out is not None:
            self._run(lambda: write(self.ctx, current[0], cand, out))

    def grid_pdf(self) -> None:
        from jury_app.actions.reports import write_grid_pdf

        viewer = self.current()[1]  # the juror at the keyboard: blind marking applies to the PDF too
        self._candidate_pdf(
            self.tr("Grilles d'évaluation"),
            "grilles",
            lambda c, s, k, o: write_grid_pdf(c, s, k, o, clock=self.clock, viewer=viewer),
        )

    def blank_pdf(self) -> None:
        from jury_app.actions.reports import write_blank_grids_pdf

        self._candidate_pdf(
            self.tr("Grilles vierges"),
            "grilles-vierges",
            lambda c, s, k, o: write_blank_grids_pdf(c, s, k, o, clock=self.clock),
        )

    def all_feedback_pdfs(self, folder: Path | None = None) -> None:
        """Every learner's feedback in one go: one PDF each in the folder chosen, then opened."""
        from jury_app.actions.reports import write_all_feedback_pdfs

        found = self._session()
        if found is None:
            return
        sid = found[0]
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self.window, self.tr("Dossier des retours"), str(Path.home()))
            if not chosen:
                return
            folder = Path(chosen)
        target = folder

        def done(written: list[Path]) -> None:
            QMessageBox.information(
                self.window,
                self.tr("Retours d'examen blanc"),
                self.tr("{0} retours écrits dans {1}.").format(len(written), target),
            )
            self.open_file(target)

        self.runner.in_background(
            lambda _progress: write_all_feedback_pdfs(self.ctx, sid, target, clock=self.clock),
            done,
            progress_label=self.tr("Retours des candidats…"),
        )

    def feedback_pdf(self) -> None:
        from jury_app.actions.reports import write_feedback_pdf

        self._candidate_pdf(
            self.tr("Retour d'examen blanc"),
            "retour",
            lambda c, s, k, o: write_feedback_pdf(c, s, k, o, clock=self.clock),
        )

    def results(self, fmt: str) -> None:
        from jury_app.actions.reports import write_results

        current = self._session()
        if current is None:
            return
        out = self._save_as(
            self.tr("Résultats de la session"), f"resultats-{current[0]}.{fmt}", f"{fmt.upper()} (*.{fmt})"
        )
        if out is not None:
            self._run(
                lambda: write_results(self.ctx, current[0], "csv" if fmt == "csv" else "xlsx", out, clock=self.clock)
            )

    def handwritten(self) -> None:
        from jury_app.ui.signature.sign_dialog import HandwrittenSignatureDialog

        current = self._session()
        if current is not None:
            HandwrittenSignatureDialog(self.ctx, current[0], current[1], self.clock, self.window).exec()

    def generate_pv(self) -> Path | None:
        """The session's PV, generated again; over a signed PV only once the user confirmed."""
        from jury_app.actions import pv_files

        current = self._session()
        if current is None:
            return None
        session_id = current[0]
        signed = self.runner.read(lambda: pv_files.signatures_to_replace(self.ctx, session_id))
        if signed is None:
            return None
        if signed:
            answer = QMessageBox.question(
                self.window,
                self.tr("Procès-verbal déjà signé"),
                self.tr(
                    "Le procès-verbal signé n'est plus à jour : la délibération a changé depuis. Le régénérer le remplace (l'ancien est gardé à part) : chaque juré devra signer le nouveau. Continuer ?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return self.runner.call(
            lambda: pv_files.generate_pv(self.ctx, session_id, replace_signed=signed > 0, clock=self.clock)
        )

    def generate_pv_clicked(self) -> None:
        path = self.generate_pv()
        if path is not None:
            self._done(path)

    def sign_pv(self) -> None:
        from jury_app.ui.signature.sign_dialog import SignReportDialog

        current = self._session()
        if current is None:
            return
        # The PV in force first: kept while the deliberations stand, generated again once they
        # changed (asking before a signed one is set aside); signing then checks it is closed.
        path = self.generate_pv()
        if path is None:
            return
        SignReportDialog(self.ctx, current[0], current[1], path, self.clock, self.window).exec()

    def verify_pv(self) -> None:
        from jury_app.actions.signing import verify_report

        current = self._session()
        if current is None:
            return
        path = self.pv_path(current[0])
        if not path.exists():
            QMessageBox.information(
                self.window, self.tr("Procès-verbal"), self.tr("Le procès-verbal n'a pas encore été généré.")
            )
            return
        result = self.runner.read(lambda: verify_report(self.ctx, path, current[0]))
        if result is None:
            return
        lines = [
            self.tr("{0} — valide : {1} ; intacte : {2}").format(
                s.signature.signer_name,
                self.tr("oui") if s.signature.valid else self.tr("non"),
                self.tr("oui") if s.signature.intact else self.tr("non"),
            )
            for s in result.signers
        ]
        lines += [translated(p) for p in result.problems]  # a missing signature among them, named
        if result.all_ok:
            lines.append(
                self.tr(
                    "Le procès-verbal est complet et valide : chaque juré qui doit signer a signé, avec le "
                    "certificat enregistré à son nom, et c'est le procès-verbal en vigueur."
                )
            )
        title = self.tr("Signatures valides") if result.all_ok else self.tr("Signatures à vérifier")
        QMessageBox.information(self.window, title, "\n".join(lines) or self.tr("Aucune signature."))

    def copy_pv(self) -> None:
        current = self._session()
        if current is None:
            return
        path = self.pv_path(current[0])
        if not path.exists():
            QMessageBox.information(
                self.window, self.tr("Procès-verbal"), self.tr("Le procès-verbal n'a pas encore été généré.")
            )
            return
        out = self._save_as(self.tr("Copie du procès-verbal"), f"proces-verbal-{current[0]}.pdf", "PDF (*.pdf)")
        if out is not None:
            self._run(lambda: Path(shutil.copyfile(path, out)))

    # --- signing across laptops ----------------------------------------------------------------
    def _open_file(self, title: str, pattern: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self.window, title, str(Path.home()), pattern)
        return Path(chosen) if chosen else None

    def request_pv(self) -> None:
        """The lead writes the PV in force with the certificates that check it, for jurors who sign
        on their own laptop."""
        from jury_app.actions.pv_files import pv_request

        current = self._session()
        if current is None:
            return
        out = self._save_as(
            self.tr("Procès-verbal à faire signer"),
            f"pv-a-signer-{current[0]}.jurypv",
            self.tr("PV à signer (*.jurypv)"),
        )
        if out is None:
            return
        written = self.runner.call(lambda: pv_request(self.ctx, current[0], out, clock=self.clock))
        if written is not None:
            QMessageBox.information(
                self.window,
                self.tr("Procès-verbal à faire signer"),
                self.tr(
                    "{0} est enregistré. Chaque juré l'ouvre sur son ordinateur (Documents › Signer un procès-verbal "
                    "reçu), puis vous le rapporte : Documents › Importer un procès-verbal signé."
                ).format(written.name),
            )

    def sign_received_pv(self) -> None:
        """A juror signs, on their own laptop, the PV the lead sent them."""
        from jury_app.ui.signature.received_pv_dialog import ReceivedPvDialog

        current = self._session()
        if current is None:
            return
        path = self._open_file(self.tr("Procès-verbal reçu"), self.tr("PV à signer (*.jurypv);;PDF (*.pdf)"))
        if path is not None:
            ReceivedPvDialog(self.ctx, current[0], current[1], path, self.clock, self.window).exec()

    def import_signed_pv(self) -> None:
        """The lead takes a PV signed elsewhere back: a juror's first certificate is confirmed first."""
        from jury_app.actions.pv_files import new_certificates, pv_import

        path = self._open_file(self.tr("Procès-verbal signé"), self.tr("PV signé (*.jurypv *.pdf)"))
        if path is None:
            return
        new = self.runner.read(lambda: new_certificates(self.ctx, path))
        if new is None:
            return
        trusted: set[str] = set()
        for _ref, name, fingerprint in new:
            # Typed from the juror's laptop, never shown here: a forged signature would otherwise be
            # confirmed by reading its own fingerprint back.
            typed, ok = QInputDialog.getText(
                self.window,
                self.tr("Premier certificat d'un juré"),
                self.tr(
                    "Premier certificat de {0} sur cet ordinateur. Tapez les 16 premiers caractères de "
                    "l'empreinte affichée sur son ordinateur quand il a signé :"
                ).format(name),
            )
            typed = "".join(c for c in typed.lower() if c not in " :")
            if ok and len(typed) >= 16 and fingerprint.startswith(typed):
                trusted.add(fingerprint)
        result = self.runner.call(
            lambda: pv_import(self.ctx, path, trusted_fingerprints=frozenset(trusted), clock=self.clock)
        )
        if result is not None:
            QMessageBox.information(
                self.window,
                self.tr("Procès-verbal importé"),
                self.tr("Signé par : {0}.\n{1}.").format(", ".join(result.signed_by) or "—", translated(result.message)),
            )
