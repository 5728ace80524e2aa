"""The wizard's first pages: the certification and the kind of session, then where and when."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from jury_app.actions import session_setup as setup
from jury_app.domain.referentiel import LateRegistration, Referentiel
from jury_app.domain.session_draft import DayDraft, SessionDraft
from jury_app.ui.common.action_runner import ActionRunner
from jury_app.ui.common.messages import translated
from jury_app.ui.common.registration import late_text
from jury_app.ui.wizard.common import problems_label, tell, wizard_of

TIME_ZONES = (
    "Europe/Paris",
    "America/Guadeloupe",
    "America/Martinique",
    "America/Cayenne",
    "Indian/Reunion",
    "Indian/Mayotte",
    "America/Miquelon",
    "Pacific/Noumea",
    "Pacific/Tahiti",
    "Pacific/Wallis",
)


class CertificationPage(QWizardPage):
    """The référentiel (built in, or loaded from a file) and the kind of session, mock or not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Certification et type de session"))
        self.setSubTitle(self.tr("Choisissez le référentiel, puis la session à tenir."))
        # Titres professionnels first (the TP CIP is the most common), then RNCP certifications.
        found = sorted(setup.certifications(), key=lambda r: (r.kind != "titre_professionnel", r.key))
        self.referentiels: list[tuple[Referentiel, bool]] = [(r, False) for r in found]
        layout = QFormLayout(self)
        row = QHBoxLayout()
        self.certification = QComboBox(self)
        self.certification.setAccessibleName(self.tr("Certification"))
        row.addWidget(self.certification, 1)
        self.load_button = QPushButton(self.tr("Charger un référentiel…"), self)
        self.load_button.setToolTip(self.tr("Un référentiel au format JSON publié (jury-app referentiel show)"))
        self.load_button.clicked.connect(self._choose_file)
        row.addWidget(self.load_button)
        layout.addRow(self.tr("Certification :"), row)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Type de session"))
        layout.addRow(self.tr("Session :"), self.kind)
        self.mock = QCheckBox(self.tr("Examen blanc (entraînement, sans valeur certificative)"), self)
        self.mock.setToolTip(
            self.tr("Pour un formateur : la session est répétée avec une promotion ; rien n'y est officiel.")
        )
        layout.addRow("", self.mock)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        layout.addRow(self.details)
        self.problems = problems_label(self)
        layout.addRow(self.problems)
        self.runner = ActionRunner(self, tell=lambda m: tell(self.problems, m))
        self._fill()
        self.certification.currentIndexChanged.connect(self._certification_changed)

    def _fill(self) -> None:
        self.certification.blockSignals(True)
        self.certification.clear()
        for ref, embedded in self.referentiels:
            suffix = self.tr(" (fichier)") if embedded else ""
            self.certification.addItem(f"{ref.key} — {ref.title}{suffix}")
        self.certification.blockSignals(False)
        self._certification_changed()

    @property
    def referentiel(self) -> Referentiel:
        return self.referentiels[max(0, self.certification.currentIndex())][0]

    def _certification_changed(self) -> None:
        ref = self.referentiel
        self.kind.clear()
        for choice in setup.kinds(ref):
            self.kind.addItem(translated(choice.label), choice.key)
        ends = ref.registration.end.strftime("%d/%m/%Y") if ref.registration and ref.registration.end else ""
        self.details.setText(
            self.tr("{0} : {1} ; {2} sessions.").format(ref.key, ref.terms.certification, len(ref.sessions))
            + (self.tr(" Enregistrement jusqu'au {0}.").format(ends) if ends else "")
        )

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Charger un référentiel"), str(Path.home()), self.tr("Référentiels (*.json)")
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> bool:
        found = self.runner.read(lambda: setup.certification(str(path)))
        if found is None:
            return False
        self.referentiels.append(found)
        self._fill()
        self.certification.setCurrentIndex(len(self.referentiels) - 1)
        tell(self.problems, "")
        return True

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        draft = wizard_of(self).draft
        if draft is None:
            return
        keys = [r.key for r, _ in self.referentiels]
        if draft.referentiel.key not in keys:
            self.referentiels.append((draft.referentiel, draft.embed_referentiel))
            self._fill()
        self.certification.setCurrentIndex([r.key for r, _ in self.referentiels].index(draft.referentiel.key))
        choices = setup.kinds(self.referentiel)
        self.kind.setCurrentIndex(next((i for i, c in enumerate(choices) if c.definition_id == draft.definition_id), 0))
        self.mock.setChecked(draft.mock)
        editing = wizard_of(self).editing
        for w in (self.certification, self.load_button, self.kind, self.mock):
            w.setEnabled(not editing)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        wizard = wizard_of(self)
        ref, embedded = self.referentiels[self.certification.currentIndex()]
        key = str(self.kind.currentData())
        made = self.runner.read(
            lambda: setup.new_draft(ref, "mock" if self.mock.isChecked() else key, mock_of=key, embedded=embedded)
        )
        if made is None:
            return False
        old = wizard.draft
        if old is None or old.referentiel.key != ref.key or old.definition_id != made.definition_id:
            wizard.draft = made if old is None else _carried(old, made)
        else:
            wizard.draft = replace(old, mock=made.mock)
        return True


def _carried(old: SessionDraft, new: SessionDraft) -> SessionDraft:
    """What survives a change of certification or kind: where and when (the lists are the kind's)."""
    return replace(
        new,
        title=old.title,
        centre_name=old.centre_name,
        centre_address=old.centre_address,
        session_lead=old.session_lead,
        dates=old.dates,
        rooms=old.rooms,
        timezone=old.timezone,
        approval_number=old.approval_number,
        session_number=old.session_number,
        registration_ended_reason=old.registration_ended_reason,
        day_hours=old.day_hours,
    )


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _qtime(text: str) -> QTime:
    return QTime.fromString(text, "HH:mm")


class SessionPage(QWizardPage):
    """Name, place, dates, rooms, time zone, the centre's approval number and the session number."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.setTitle(self.tr("La session"))
        self.setSubTitle(self.tr("Où et quand elle se tient ; ces informations figurent sur le procès-verbal."))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Session CIP, mars 2026"))
        form.addRow(self.tr("Nom de la session * :"), self.name)
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("Centre AFPA de Lyon"))
        form.addRow(self.tr("Lieu (centre d'examen) * :"), self.place)
        self.address = QLineEdit(self)
        form.addRow(self.tr("Adresse :"), self.address)
        self.lead = QLineEdit(self)
        form.addRow(self.tr("Responsable de session :"), self.lead)
        dates = QHBoxLayout()
        self.dates = QListWidget(self)
        self.dates.setMaximumHeight(80)
        self.dates.setAccessibleName(self.tr("Dates de la session"))
        dates.addWidget(self.dates, 1)
        pick = QVBoxLayout()
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        pick.addWidget(self.date_edit)
        self.add_button = QPushButton(self.tr("Ajouter la date"), self)
        self.add_button.clicked.connect(self._add_picked)
        pick.addWidget(self.add_button)
        remove = QPushButton(self.tr("Retirer la date"), self)
        remove.clicked.connect(lambda: self.dates.takeItem(self.dates.currentRow()))
        pick.addWidget(remove)
        dates.addLayout(pick)
        form.addRow(self.tr("Dates * :"), dates)
        hours = QHBoxLayout()
        self.day_start, self.day_end = QTimeEdit(QTime(8, 30), self), QTimeEdit(QTime(18, 0), self)
        self.lunch = QCheckBox(self.tr("pause"), self)
        self.lunch.setChecked(True)
        self.lunch_start, self.lunch_end = QTimeEdit(QTime(12, 30), self), QTimeEdit(QTime(13, 30), self)
        for w, text in (
            (self.day_start, self.tr("de")),
            (self.day_end, self.tr("à")),
            (self.lunch, ""),
            (self.lunch_start, self.tr("de")),
            (self.lunch_end, self.tr("à")),
        ):
            if text:
                hours.addWidget(QLabel(text, self))
            hours.addWidget(w)
        hours.addStretch(1)
        form.addRow(self.tr("Horaires des journées :"), hours)
        self.rooms = QSpinBox(self)
        self.rooms.setRange(1, 20)
        self.rooms.setToolTip(self.tr("Un jury par salle : deux salles et quatre jurés, deux jurys en même temps."))
        form.addRow(self.tr("Salles :"), self.rooms)
        self.timezone = QComboBox(self)
        self.timezone.setEditable(True)
        self.timezone.addItems(TIME_ZONES)
        form.addRow(self.tr("Fuseau horaire :"), self.timezone)
        self.approval = QLineEdit(self)
        form.addRow(self.tr("Numéro d'agrément du centre :"), self.approval)
        self.number = QLineEdit(self)
        form.addRow(self.tr("Numéro de session :"), self.number)
        self.registration_reason = QLineEdit(self)
        self.registration_reason.setPlaceholderText(self.tr("Motif, imprimé sur le procès-verbal"))
        self.registration_reason.setAccessibleName(self.tr("Motif de la session après l'échéance de l'enregistrement"))
        self.registration_note = QLabel(self)
        self.registration_note.setWordWrap(True)
        form.addRow(self.registration_note)
        form.addRow(self.tr("Motif (enregistrement échu) * :"), self.registration_reason)
        self._form = form
        self.dates.model().rowsInserted.connect(self._registration_changed)
        self.dates.model().rowsRemoved.connect(self._registration_changed)
        self._show_registration(None)
        self.problems = problems_label(self)
        form.addRow(self.problems)

    def late(self) -> LateRegistration | None:
        """The chosen dates after the certification's registration ended, if any."""
        wizard = wizard_of(self)
        registration = wizard.draft.referentiel.registration if wizard.draft is not None else None
        late = registration.late(self.chosen_dates()) if registration is not None else ()
        if registration is None or registration.end is None or not late:
            return None
        assert wizard.draft is not None
        return LateRegistration(wizard.draft.referentiel.key, registration.end, late, "")

    def _show_registration(self, late: LateRegistration | None) -> None:
        self._form.setRowVisible(self.registration_note, late is not None)
        self._form.setRowVisible(self.registration_reason, late is not None)
        if late is not None:
            self.registration_note.setText(
                late_text(late) + " " + self.tr("Pour la tenir malgré tout, indiquez le motif.")
            )

    def _registration_changed(self) -> None:
        self._show_registration(self.late())

    def _add_picked(self) -> None:
        """Add the picked day and offer the next one: a two-day session is two clicks."""
        self.add_date(_pydate(self.date_edit.date()))
        self.date_edit.setDate(self.date_edit.date().addDays(1))

    def add_date(self, day: dt.date) -> None:
        if day in self.chosen_dates():
            return
        item = QListWidgetItem(day.strftime("%d/%m/%Y"))
        item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
        self.dates.addItem(item)
        self.dates.sortItems()

    def chosen_dates(self) -> tuple[dt.date, ...]:
        found = {
            dt.date.fromisoformat(self.dates.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.dates.count())
        }
        return tuple(sorted(found))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        draft = wizard_of(self).draft
        if draft is None:
            return
        self.name.setText(draft.title)
        self.place.setText(draft.centre_name)
        self.address.setText(draft.centre_address)
        self.lead.setText(draft.session_lead)
        self.dates.clear()
        for d in draft.dates:
            self.add_date(d)
        if draft.dates:
            first = draft.day(draft.dates[0])
            self.day_start.setTime(_qtime(first.start))
            self.day_end.setTime(_qtime(first.end))
            self.lunch.setChecked(bool(first.breaks))
            if first.breaks:
                self.lunch_start.setTime(_qtime(first.breaks[0][0]))
                self.lunch_end.setTime(_qtime(first.breaks[0][1]))
        self.rooms.setValue(max(1, len(draft.rooms)))
        self.timezone.setCurrentText(draft.timezone)
        self.approval.setText(draft.approval_number)
        self.number.setText(draft.session_number)
        self.registration_reason.setText(draft.registration_ended_reason)
        self._registration_changed()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        wizard = wizard_of(self)
        assert wizard.draft is not None
        problems = []
        if not self.name.text().strip():
            problems.append(self.tr("Nom de la session : à indiquer."))
        if not self.place.text().strip():
            problems.append(self.tr("Lieu : à indiquer."))
        dates = self.chosen_dates()
        if not dates:
            problems.append(self.tr("Dates : ajoutez au moins une date."))
        past = [d for d in dates if d < self.today]
        if past and not wizard.editing:  # a new session's day already gone: a mistyped year, usually
            problems.append(
                self.tr("Dates : le {0} est passé ; retirez-le ou corrigez l'année.").format(
                    past[0].strftime("%d/%m/%Y")
                )
            )
        zone = self.timezone.currentText().strip()
        try:
            zoneinfo.ZoneInfo(zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            problems.append(self.tr("Fuseau horaire : « {0} » est inconnu (par exemple Europe/Paris).").format(zone))
        start, end = self.day_start.time(), self.day_end.time()
        breaks: tuple[tuple[str, str], ...] = ()
        if self.lunch.isChecked():
            breaks = ((self.lunch_start.time().toString("HH:mm"), self.lunch_end.time().toString("HH:mm")),)
            if not start < self.lunch_start.time() < self.lunch_end.time() < end:
                problems.append(self.tr("Horaires : la pause doit tenir dans la journée."))
        elif not start < end:
            problems.append(self.tr("Horaires : la fin de journée doit suivre son début."))
        late = self.late()
        reason = self.registration_reason.text().strip() if late is not None else ""
        if late is not None and not reason:
            problems.append(late_text(late) + " " + self.tr("Motif : à indiquer pour la tenir malgré tout."))
        tell(self.problems, "\n".join(problems))
        if problems:
            return False
        old_rooms = wizard.draft.rooms
        rooms = tuple(
            old_rooms[i] if i < len(old_rooms) else self.tr("Salle {0}").format(i + 1)
            for i in range(self.rooms.value())
        )
        wizard.draft = replace(
            wizard.draft,
            title=self.name.text().strip(),
            centre_name=self.place.text().strip(),
            centre_address=self.address.text().strip(),
            session_lead=self.lead.text().strip(),
            dates=dates,
            rooms=rooms,
            timezone=zone,
            approval_number=self.approval.text().strip(),
            session_number=self.number.text().strip(),
            registration_ended_reason=reason,
            day_hours=tuple(DayDraft(d, start.toString("HH:mm"), end.toString("HH:mm"), breaks) for d in dates),
        )
        return True
