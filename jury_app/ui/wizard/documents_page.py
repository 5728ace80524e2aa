"""Each candidate's documents, dropped on the window or picked: the app names, sizes and hashes them.

Files dropped on a candidate are theirs; files dropped elsewhere (or a folder chosen) go to the
candidate their name names, by candidate number or name; what names no one is listed, to be given
to a candidate by hand. The kind of each document is read from its name and can be changed.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from jury_app.actions import session_setup as setup
from jury_app.domain.document_names import guess_kind
from jury_app.domain.referentiel import AttachmentKind
from jury_app.domain.session_draft import ATTACHMENT_TITLES, DocumentDraft, missing_documents
from jury_app.ui.common import theme
from jury_app.ui.common.action_runner import ActionRunner
from jury_app.ui.common.messages import translated
from jury_app.ui.wizard.common import lead_folder, problems_label, tell, wizard_of

ROLE = Qt.ItemDataRole.UserRole
GUESS = ""


class DropTree(QTreeWidget):
    """Candidates and their documents; PDFs dropped here are handed to `on_drop(paths, candidate)`."""

    def __init__(self, on_drop: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_drop = on_drop
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setColumnCount(3)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.drop(paths, event.position().toPoint())
        event.acceptProposedAction()

    def drop(self, paths: list[Path], where: QPoint) -> None:
        item = self.itemAt(where)
        while item is not None and item.parent() is not None:
            item = item.parent()
        candidate = str(item.data(0, ROLE)) if item is not None else None
        self.on_drop(paths, candidate)  # type: ignore[operator]


class DocumentsPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Documents des candidats"))
        self.setSubTitle(
            self.tr(
                "Glissez les PDF sur un candidat, ou n'importe où dans la liste : ils sont reconnus à leur numéro "
                "ou à leur nom. Dossier professionnel, dossier projet, livret, attestations, résultats d'ECF…"
            )
        )
        self.documents: list[DocumentDraft] = []
        layout = QVBoxLayout(self)
        self.tree = DropTree(self.add_files, self)
        self.tree.setHeaderLabels([self.tr("Candidat ou document"), self.tr("Type"), self.tr("Fichier")])
        self.tree.setAccessibleName(self.tr("Documents des candidats"))
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Type :"), self))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("d'après le nom du fichier"), GUESS)
        for kind, title in ATTACHMENT_TITLES.items():
            self.kind.addItem(title, kind)
        row.addWidget(self.kind)
        for text, slot in (
            (self.tr("Ajouter des PDF au candidat…"), self._pick_files),
            (self.tr("Ouvrir un dossier de PDF…"), self._pick_folder),
            (self.tr("Changer le type"), self._set_kind),
            (self.tr("Remplacer…"), self._replace),
            (self.tr("Retirer"), self._remove),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.unmatched = QLabel(self)
        self.unmatched.setWordWrap(True)
        layout.addWidget(self.unmatched)
        self.missing = QLabel(self)  # what the jurors will look for and not find: told, not refused
        self.missing.setWordWrap(True)
        theme.follow(self.missing, "color: @error_text;")
        layout.addWidget(self.missing)
        self.problems = problems_label(self)
        layout.addWidget(self.problems)
        self.runner = ActionRunner(self, tell=lambda m: tell(self.problems, m))

    # --- the tree ---------------------------------------------------------------------------------
    def _refresh(self) -> None:
        draft = wizard_of(self).draft
        assert draft is not None
        self.tree.clear()
        missing = missing_documents(replace(draft, documents=tuple(self.documents)))
        for c in draft.candidates:
            lacking = self.tr("manque : {0}").format(", ".join(missing[c.id])) if c.id in missing else ""
            top = QTreeWidgetItem([f"{c.name} ({c.candidate_number or c.id})", lacking, ""])
            top.setData(0, ROLE, c.id)
            if lacking:
                top.setForeground(1, theme.color("error_text"))
            for i, d in enumerate(self.documents):
                if d.candidate_id == c.id:
                    child = QTreeWidgetItem(["", ATTACHMENT_TITLES[d.kind], d.title or d.source.name])
                    child.setData(0, ROLE, i)
                    top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.missing.setText(
            self.tr(
                "{0} candidat(s) sans un document que les jurés ouvriront pendant l'épreuve ; vous pourrez "
                "l'ajouter plus tard (Session › Modifier la session)."
            ).format(len(missing))
            if missing
            else ""
        )
        self.missing.setVisible(bool(missing))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        draft = wizard_of(self).draft
        assert draft is not None
        known = {c.id for c in draft.candidates}
        self.documents = [d for d in draft.documents if d.candidate_id in known]
        self._refresh()

    def _candidate(self) -> str | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return None if item is None else str(item.data(0, ROLE))

    def _document(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None or item.parent() is None else int(item.data(0, ROLE))

    # --- adding, replacing, removing --------------------------------------------------------------
    def add_files(self, paths: list[Path], candidate_id: str | None = None) -> None:
        """Give `paths` to `candidate_id`, or to the candidate each names (folders are looked into)."""
        draft = wizard_of(self).draft
        assert draft is not None
        chosen = self.kind.currentData()
        left: list[tuple[Path, str]] = []
        if candidate_id is not None:
            files = [f for p in paths for f in (sorted(p.rglob("*")) if p.is_dir() else [p]) if f.is_file()]
            for f in files:
                if f.suffix.lower() != ".pdf":
                    left.append((f, self.tr("pas un PDF : ignoré")))
                    continue
                kind: AttachmentKind = chosen or guess_kind(f.stem)
                self.documents.append(DocumentDraft(candidate_id, kind, f))
        else:  # a folder's files are recognised by their path in it (« Dupont Anne/DP.pdf »)
            matches = [setup.documents_in(draft.referentiel, p, draft.candidates) for p in paths if p.is_dir()]
            loose = [p for p in paths if p.is_file()]
            matches.append(setup.match_documents(draft.referentiel, loose, draft.candidates))
            for match in matches:
                self.documents += [replace(d, kind=chosen) if chosen else d for d in match.documents]
                left += list(match.unmatched)
        self.unmatched.setText(
            self.tr("Non associés (glissez-les sur un candidat) :\n{0}").format(
                "\n".join(f"  {p.name} — {translated(why)}" for p, why in left)
            )
            if left
            else ""
        )
        self.unmatched.setVisible(bool(left))
        self._refresh()

    def _pick_files(self) -> None:
        candidate = self._candidate()
        if candidate is None:
            tell(self.problems, self.tr("Choisissez d'abord un candidat dans la liste."))
            return
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Documents du candidat"), str(lead_folder(self)), "PDF (*.pdf)")
        if names:
            self.add_files([Path(n) for n in names], candidate)

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier des documents"), str(lead_folder(self)))
        if folder:
            self.add_files([Path(folder)])

    def _set_kind(self) -> None:
        index = self._document()
        kind = self.kind.currentData()
        if index is not None and kind:
            self.documents[index] = replace(self.documents[index], kind=kind)
            self._refresh()

    def replace_document(self, index: int, path: Path) -> None:
        """A new file for a document: it keeps its kind (and its id in a session being edited)."""
        self.documents[index] = replace(self.documents[index], source=path)
        self._refresh()

    def _replace(self) -> None:
        index = self._document()
        if index is None:
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Remplacer le document"), str(lead_folder(self)), "PDF (*.pdf)")
        if name:
            self.replace_document(index, Path(name))

    def _remove(self) -> None:
        index = self._document()
        if index is not None:
            del self.documents[index]
            self._refresh()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        wizard = wizard_of(self)
        assert wizard.draft is not None
        if self.runner.read(lambda: setup.check_documents(self.documents)) is None:
            return False
        wizard.draft = replace(wizard.draft, documents=tuple(self.documents))
        tell(self.problems, "")
        return True
