"""The wizard's last pages: the durations left to the session, the plan, and the package."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from jury_app.actions import session_setup as setup
from jury_app.domain.problems import IdentityChangeRefused
from jury_app.domain.schedule import Panel, Passage, hours_text
from jury_app.ui.common import identity, theme
from jury_app.ui.common.action_runner import ActionRunner
from jury_app.ui.common.messages import translated
from jury_app.ui.wizard.common import lead_folder, problems_label, tell, wizard_of


class DurationsPage(QWizardPage):
    """The durations the référentiel leaves « à définir », set by the lead: never guessed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Durées à définir"))
        self.setSubTitle(self.tr("Le référentiel laisse ces durées à la session : indiquez-les, rien n'est deviné."))
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.none = QLabel(self.tr("Aucune durée à définir : le référentiel les fixe toutes."), self)
        self.layout_.addWidget(self.none)
        self.shared = QLabel(
            self.tr(
                "Quand le référentiel fixe la durée d'une modalité, ses phases à définir se la partagent : "
                "indiquez-en une, la dernière a le reste."
            ),
            self,
        )
        self.shared.setWordWrap(True)
        self.layout_.addWidget(self.shared)
        self.layout_.addStretch(1)
        self.problems = problems_label(self)
        self.layout_.addWidget(self.problems)
        self.spins: dict[str, QSpinBox] = {}
        self.shares: dict[str, tuple[int, list[QSpinBox]]] = {}
        """Modality -> (the length its phases to set share, their fields)."""
        self.runner = ActionRunner(self, tell=lambda m: tell(self.problems, m))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        draft = wizard_of(self).draft
        assert draft is not None
        while self.form.rowCount():
            self.form.removeRow(0)
        self.spins = {}
        self.shares = {}
        self.shared.hide()
        for f in setup.duration_fields(draft):
            spin = QSpinBox(self)
            spin.setRange(0, 600)
            spin.setSuffix(self.tr(" min"))
            spin.setSpecialValueText(self.tr("à définir"))
            spin.setValue(f.minutes or 0)
            spin.setAccessibleName(f.key)
            spin.setMaximumWidth(160)
            label = f.modality + (f" — {f.phase}" if f.phase else "")
            if f.within is not None:
                spin.setToolTip(
                    self.tr("Ces phases se partagent {0} min : une seule suffit, l'autre a le reste.").format(f.within)
                )
                label += self.tr(" (phases à définir : {0} min en tout)").format(f.within)
                self.shared.show()
            self.form.addRow(label + " :", spin)
            self.spins[f.key] = spin
            if f.within is not None:
                self.shares.setdefault(f.key.split("/")[0], (f.within, []))[1].append(spin)
                spin.valueChanged.connect(self._show_rest)
        self.none.setVisible(not self.spins)
        self._show_rest()

    def _show_rest(self) -> None:
        """Where phases share a known length, the one left blank shows the minutes it will have."""
        for within, spins in self.shares.values():
            blank = [s for s in spins if s.value() == 0]
            rest = within - sum(s.value() for s in spins)
            for s in blank:
                s.setSpecialValueText(
                    self.tr("le reste : {0} min").format(rest) if len(blank) == 1 and rest > 0 else self.tr("à définir")
                )

    def set_minutes(self, key: str, minutes: int) -> None:
        self.spins[key].setValue(minutes)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        wizard = wizard_of(self)
        assert wizard.draft is not None
        durations = {k: s.value() for k, s in self.spins.items() if s.value() > 0}
        draft = replace(wizard.draft, durations=durations)
        issues = self.runner.read(lambda: setup.duration_issues(draft))
        if issues is None:
            return False
        tell(self.problems, "\n".join(translated(i) for i in issues))
        if issues:
            return False
        wizard.draft = draft
        return True


class PlanPage(QWizardPage):
    """The proposed passages; the lead moves one (day, time, jury) and every problem is told."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Planning des passages"))
        self.setSubTitle(
            self.tr("Proposé d'après les durées, l'ordre des épreuves, les salles, les jurés et les horaires.")
        )
        self.passages: list[Passage] = []
        self.panels: tuple[Panel, ...] = ()
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Jour"),
                self.tr("Début"),
                self.tr("Fin"),
                self.tr("Salle"),
                self.tr("Jury"),
                self.tr("Candidat"),
                self.tr("Modalité"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda *_: self._selected())
        layout.addWidget(self.table, 1)
        move = QHBoxLayout()
        move.addWidget(QLabel(self.tr("Déplacer au :"), self))
        self.day = QComboBox(self)
        self.start = QTimeEdit(self)
        self.start.setDisplayFormat("HH:mm")
        self.panel = QComboBox(self)
        for w in (self.day, self.start, self.panel):
            move.addWidget(w)
        self.move_button = QPushButton(self.tr("Déplacer"), self)
        self.move_button.clicked.connect(self._move_selected)
        move.addWidget(self.move_button)
        replan = QPushButton(self.tr("Replanifier tout"), self)
        replan.clicked.connect(self.replan)
        move.addWidget(replan)
        move.addStretch(1)
        layout.addLayout(move)
        self.problem_list = QListWidget(self)
        self.problem_list.setMaximumHeight(130)
        # A problem ends with its remedy: wrapped, never cut at the list's right edge.
        self.problem_list.setWordWrap(True)
        self.problem_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problem_list.setResizeMode(QListView.ResizeMode.Adjust)
        theme.follow(self.problem_list, "color: @error_text;")
        self.problem_list.setAccessibleName(self.tr("Problèmes du planning"))
        layout.addWidget(self.problem_list)
        self.runner = ActionRunner(self)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        draft = wizard_of(self).draft
        assert draft is not None
        self.day.clear()
        for d in draft.dates:
            self.day.addItem(d.strftime("%d/%m/%Y"), d.isoformat())
        if draft.schedule and {p.candidate_id for p in draft.schedule} == {c.id for c in draft.candidates}:
            self._show(self.runner.read(lambda: setup.check_plan(draft, draft.schedule)))
        else:
            self.replan()

    def replan(self) -> None:
        draft = wizard_of(self).draft
        assert draft is not None
        self._show(self.runner.read(lambda: setup.plan(draft)))

    def _show(self, view: setup.PlanView | None) -> None:
        if view is None:
            return
        draft = wizard_of(self).draft
        assert draft is not None
        self.passages = sorted(view.passages, key=lambda p: (p.start, p.room))
        self.panels = view.panels
        names = {c.id: c.name for c in draft.candidates}
        jurors = {j.id: j.name for j in draft.jurors}
        titles = {m.id: m.title for m in draft.definition.modalities}
        self.panel.clear()
        for n, panel in enumerate(self.panels):
            self.panel.addItem(
                self.tr("Jury {0} ({1}) — {2}").format(
                    n + 1, ", ".join(jurors.get(j, j) for j in panel.juror_ids), panel.room
                ),
                n,
            )
        self.table.setRowCount(0)
        for p in self.passages:
            row = self.table.rowCount()
            self.table.insertRow(row)
            who = ", ".join(jurors.get(j, j) for j in p.juror_ids)
            cells = (p.start.strftime("%d/%m"), p.start.strftime("%H:%M"), p.end.strftime("%H:%M"), p.room, who,
                     names.get(p.candidate_id, p.candidate_id), titles.get(p.modality_id, p.modality_id))  # fmt: skip
            for i, text in enumerate(cells):
                self.table.setItem(row, i, QTableWidgetItem(text))
        self.problem_list.clear()
        self.problem_list.addItems([translated(p.message) for p in view.problems])
        self.problem_list.setVisible(bool(view.problems))
        self.summary.setText(
            self.tr(
                "{0} passages ; présence du jury demandée : {1}, offerte par les journées : {2} ({3} jury(s))."
            ).format(len(self.passages), hours_text(view.jury_minutes), hours_text(view.open_minutes), len(self.panels))
        )

    def _selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.passages):
            p = self.passages[row]
            self.day.setCurrentIndex(max(0, self.day.findData(p.start.date().isoformat())))
            self.start.setTime(QTime(p.start.hour, p.start.minute))
            self.panel.setCurrentIndex(next((n for n, pa in enumerate(self.panels) if pa.juror_ids == p.juror_ids), 0))

    def move_passage(self, row: int, day: dt.date, start: dt.time, panel: int) -> None:
        """Move the passage of `row`: same length, the chosen day, time and jury; then check all."""
        p = self.passages[row]
        begin = dt.datetime.combine(day, start)
        chosen = self.panels[panel] if 0 <= panel < len(self.panels) else None
        self.passages[row] = replace(
            p,
            start=begin,
            end=begin + (p.end - p.start),
            room=chosen.room if chosen else p.room,
            juror_ids=chosen.juror_ids if chosen else p.juror_ids,
        )
        draft = wizard_of(self).draft
        assert draft is not None
        self._show(self.runner.read(lambda: setup.check_plan(draft, self.passages)))
        self.table.selectRow(
            next(
                i
                for i, q in enumerate(self.passages)
                if q.candidate_id == p.candidate_id and q.modality_id == p.modality_id
            )
        )

    def _move_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.passages):
            day = dt.date.fromisoformat(str(self.day.currentData()))
            at = self.start.time()
            self.move_passage(row, day, dt.time(at.hour(), at.minute()), int(self.panel.currentData()))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.problem_list.count():  # told in the list above the buttons
            return False
        wizard = wizard_of(self)
        assert wizard.draft is not None
        wizard.draft = replace(wizard.draft, schedule=tuple(self.passages))
        return True


class ResultPage(QWizardPage):
    """Where the package goes; « Terminer » writes it, imports it here and opens the session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Le paquet de session"))
        self.setSubTitle(
            self.tr(
                "Le paquet est écrit, vérifié, puis importé sur cet ordinateur ; copiez-le ensuite sur ceux des jurés."
            )
        )
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Fichier du paquet :"), self))
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Fichier du paquet"))
        row.addWidget(self.path, 1)
        choose = QPushButton(self.tr("Choisir…"), self)
        choose.clicked.connect(self._choose)
        row.addWidget(choose)
        layout.addLayout(row)
        layout.addStretch(1)
        self.problems = problems_label(self)
        layout.addWidget(self.problems)
        self.runner = ActionRunner(self, tell=lambda m: tell(self.problems, m))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        wizard = wizard_of(self)
        draft = wizard.draft
        assert draft is not None
        sid = draft.session_id or setup.default_session_id(draft)
        if not self.path.text():
            self.path.setText(str(lead_folder(self) / f"{sid}.zip"))
        kind = self.tr("Examen blanc — {0}").format(draft.definition.title) if draft.mock else draft.definition.title
        counts = self.tr(
            "{0} candidats, {1} jurés, {2} documents, {3} fiches scénario, {4} passages planifiés."
        ).format(len(draft.candidates), len(draft.jurors), len(draft.documents), len(draft.cards), len(draft.schedule))
        self.summary.setText(f"{draft.title} — {kind}\n{counts}")

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le paquet"), self.path.text(), self.tr("Paquets de session (*.zip)")
        )
        if name:
            self.path.setText(name if name.lower().endswith(".zip") else name + ".zip")

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        wizard = wizard_of(self)
        draft = wizard.draft
        assert draft is not None
        out = Path(self.path.text().strip())

        def attempt(reason: str) -> str | IdentityChangeRefused:
            try:
                return wizard.make_session(draft, out, reason)
            except IdentityChangeRefused as refused:  # asked below: the lead confirms it, with a reason
                return refused

        result = self.runner.read(lambda: attempt(""))
        if isinstance(result, IdentityChangeRefused):
            reason = self.ask_identity_reason(result)
            if not reason:
                tell(self.problems, identity.changes_text(result))
                return False
            result = self.runner.read(lambda: attempt(reason))
        if result is None or isinstance(result, IdentityChangeRefused):
            return False
        tell(self.problems, "")
        return True

    def ask_identity_reason(self, refused: IdentityChangeRefused) -> str:
        """The update renames (or changes the birth date of) a candidate the jury worked on: the lead
        confirms it is the same person, with a reason kept in the audit trail and on the PV; "" if not."""
        reason, ok = QInputDialog.getMultiLineText(self, identity.title(), identity.prompt(refused))
        return reason.strip() if ok else ""
