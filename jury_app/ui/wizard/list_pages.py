"""The wizard's lists: jurors, candidates and scenario cards, typed in a table or imported from a file.

Leaving a page reads its table as the command line reads a list: every problem is told with its
line (the table's row) and column, and the page stays until they are fixed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, QWizardPage

from jury_app.actions import session_setup as setup
from jury_app.domain.session_draft import SessionDraft
from jury_app.ui.common.action_runner import ActionRunner
from jury_app.ui.wizard.common import problems_label, tell, wizard_of
from jury_app.ui.wizard.list_table import ListTable

LIST_FILTER = "Listes (*.xlsx *.csv)"


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


class _ListPage(QWizardPage):
    """The table, its buttons and its problems; subclasses say how rows become the draft's list."""

    def _build(self, columns: tuple[setup.ListColumn, ...], labels: tuple[str, str, str], hint: str) -> QHBoxLayout:
        layout = QVBoxLayout(self)
        note = QLabel(hint, self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = ListTable(columns, self)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        add, remove, load = (QPushButton(text, self) for text in labels)
        add.clicked.connect(lambda: self.table.add_row())
        remove.clicked.connect(self.table.remove_current)
        load.clicked.connect(self._choose_file)
        self.template_button = QPushButton(self.tr("Enregistrer le modèle XLSX…"), self)
        self.template_button.setToolTip(
            self.tr("Un classeur avec une feuille par liste (jurés, candidats, fiches scénario) et leurs explications")
        )
        self.template_button.clicked.connect(self._save_template)
        for b in (add, remove, load, self.template_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.note = QLabel(self)  # what was done with a file, in the normal tone
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        self.problems = problems_label(self)
        layout.addWidget(self.problems)
        self.runner = ActionRunner(self, tell=lambda m: tell(self.problems, m))
        self._loaded_for: object = None
        self.open_file: Callable[[Path], object] = lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p)))
        return buttons

    def _start_at(self) -> str:
        """Where a file dialog opens: the list the lead used last in this wizard (the same workbook
        usually holds the three lists), else their home folder."""
        last = wizard_of(self).last_list
        return str(last if last is not None else Path.home())

    def _choose_file(self) -> None:
        title = self.tr("Importer une liste : {0}").format(self.title())
        name, _ = QFileDialog.getOpenFileName(self, title, self._start_at(), LIST_FILTER)
        if name:
            self.import_file(Path(name))

    def _save_template(self) -> None:
        last = wizard_of(self).last_list
        start = last.parent / "modele-listes.xlsx" if last is not None else Path.home() / "modele-listes.xlsx"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Modèle de listes"), str(start), "XLSX (*.xlsx)")
        if name:
            self.save_template(Path(name if name.lower().endswith(".xlsx") else name + ".xlsx"))

    def save_template(self, out: Path) -> bool:
        """Write the template, open it in the lead's spreadsheet, and say what to do with it."""
        written = self.runner.read(lambda: setup.write_template(out))
        if written is None:
            return False
        wizard_of(self).last_list = written
        tell(self.problems, "")
        tell(
            self.note,
            self.tr(
                "Modèle enregistré : {0}. Il s'ouvre dans votre tableur : remplissez les feuilles Jurés, "
                "Candidats et Fiches scénario, enregistrez, puis « Importer une liste » sur chaque page."
            ).format(written),
        )
        self.open_file(written)
        return True

    def import_file(self, path: Path) -> bool:
        """Replace the table by the list in `path`; the table is unchanged if the list has a problem."""
        draft = wizard_of(self).draft
        assert draft is not None
        read = self.runner.read(lambda: self._read(draft, path))
        if read is None:
            return False
        wizard_of(self).last_list = path
        self.table.set_rows(self._rows(self._with(draft, read)))
        tell(self.problems, "")
        tell(self.note, self.tr("{0} ligne(s) importée(s) de {1}.").format(len(read), path.name))
        return True

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        draft = wizard_of(self).draft
        assert draft is not None
        items = self._items(draft)
        if self._loaded_for is not items:  # coming back: the table keeps what was typed
            self.table.set_rows(self._rows(draft), [item.id for item in items])
            self._loaded_for = items

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        wizard = wizard_of(self)
        draft = wizard.draft
        assert draft is not None
        parsed = self.runner.read(lambda: self._parse(draft))
        if parsed is None:
            return False
        wizard.draft = self._with(draft, parsed)
        self._loaded_for = self._items(wizard.draft)
        tell(self.problems, "")
        return True

    # what each list does
    def _items(self, draft: SessionDraft) -> tuple[_HasId, ...]:
        raise NotImplementedError

    def _with(self, draft: SessionDraft, items: list[Any]) -> SessionDraft:
        raise NotImplementedError

    def _read(self, draft: SessionDraft, path: Path) -> list[object]:
        raise NotImplementedError

    def _rows(self, draft: SessionDraft) -> list[dict[str, str]]:
        raise NotImplementedError

    def _parse(self, draft: SessionDraft) -> list[object]:
        raise NotImplementedError


class JurorsPage(_ListPage):
    def _items(self, draft: SessionDraft) -> tuple[_HasId, ...]:
        return draft.jurors

    def _with(self, draft: SessionDraft, items: list[Any]) -> SessionDraft:
        return replace(draft, jurors=tuple(items))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Le jury"))
        self.setSubTitle(self.tr("Les jurés de la session : civilité, nom, rôle, organisme."))
        self._build(
            setup.JUROR_COLUMNS,
            (self.tr("Ajouter un juré"), self.tr("Retirer le juré"), self.tr("Importer une liste (CSV, XLSX)…")),
            self.tr("Rôle : président(e) ou membre. Le profil n'est demandé que si le référentiel en exige."),
        )

    def _read(self, draft: SessionDraft, path: Path) -> list[object]:
        return list(setup.read_jurors(draft, path))

    def _rows(self, draft: SessionDraft) -> list[dict[str, str]]:
        return setup.juror_rows(draft)

    def _parse(self, draft: SessionDraft) -> list[object]:
        return list(setup.jurors_from_rows(draft, self.table.rows(), keep_ids=self.table.kept_ids()))


class CandidatesPage(_ListPage):
    def _items(self, draft: SessionDraft) -> tuple[_HasId, ...]:
        return draft.candidates

    def _with(self, draft: SessionDraft, items: list[Any]) -> SessionDraft:
        return replace(draft, candidates=tuple(items))

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.setTitle(self.tr("Les candidats"))
        self.setSubTitle(self.tr("Saisissez-les, ou importez la liste (le modèle XLSX décrit chaque colonne)."))
        self._build(
            setup.CANDIDATE_COLUMNS,
            (
                self.tr("Ajouter un candidat"),
                self.tr("Retirer le candidat"),
                self.tr("Importer une liste (CSV, XLSX)…"),
            ),
            self.tr(
                "Dates : JJ/MM/AAAA. Parcours : formation, VAE ou capitalisation. Temps supplémentaire en % "
                "(la raison n'est jamais demandée)."
            ),
        )

    def _read(self, draft: SessionDraft, path: Path) -> list[object]:
        return list(setup.read_candidates(draft, path, today=self.today))

    def _rows(self, draft: SessionDraft) -> list[dict[str, str]]:
        return setup.candidate_rows(draft)

    def _parse(self, draft: SessionDraft) -> list[object]:
        rows, kept = self.table.rows(), self.table.kept_ids()
        return list(setup.candidates_from_rows(draft, rows, today=self.today, keep_ids=kept))


class CardsPage(_ListPage):
    def _items(self, draft: SessionDraft) -> tuple[_HasId, ...]:
        return draft.cards

    def _with(self, draft: SessionDraft, items: list[Any]) -> SessionDraft:
        return replace(draft, cards=tuple(items))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Fiches scénario"))
        self.setSubTitle(
            self.tr("Pour la mise en situation : chaque fiche est tirée au sort une fois par jour au plus.")
        )
        self._build(
            setup.CARD_COLUMNS,
            (self.tr("Ajouter une fiche"), self.tr("Retirer la fiche"), self.tr("Importer une liste (CSV, XLSX)…")),
            self.tr("Le titre n'est jamais montré au candidat ; le jury lui annonce le type de structure."),
        )

    def _read(self, draft: SessionDraft, path: Path) -> list[object]:
        return list(setup.read_cards(path))

    def _rows(self, draft: SessionDraft) -> list[dict[str, str]]:
        return setup.card_rows(draft)

    def _parse(self, draft: SessionDraft) -> list[object]:
        return list(setup.cards_from_rows(self.table.rows(), keep_ids=self.table.kept_ids()))
