"""« Nouvelle session », driven with real widgets from the welcome screen to an imported session:
lists imported from CSV and XLSX, a bad row told by line and column, PDFs dropped on a candidate,
the durations set, a passage moved into a clash and back, the package written and opened. Then the
session edited before the exam (and after scoring started), and copied for the next cohort."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey, set_mark
from jury_app.actions.jurors import declare
from jury_app.actions.sessions import session_document
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import Mark
from jury_app.paths import resolve
from jury_app.ui.main_window import MainWindow
from jury_app.ui.wizard import SessionWizard
from jury_app.ui.wizard.wizard import (
    CANDIDATES,
    CARDS,
    CERTIFICATION,
    DOCUMENTS,
    DURATIONS,
    JURORS,
    PLAN,
    RESULT,
    SESSION,
)

DAY1, DAY2 = dt.date(2026, 3, 9), dt.date(2026, 3, 10)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    ctx = AppContext(resolve(tmp_path / "data"))
    win = MainWindow(ctx, FakeClock(dt.datetime(2026, 2, 2, 8, 0, tzinfo=dt.UTC)))
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    win.show_welcome()
    return win


def _next(wizard: SessionWizard, expected: int) -> None:
    wizard.next()
    assert wizard.currentId() == expected, [
        getattr(p, "problems", None) and p.problems.text() for p in wizard.pages.values()
    ]


def _drop(wizard: SessionWizard, paths: list[Path], candidate_row: int | None) -> None:
    """Files dropped on the tree, on a candidate's row or below the last one, as a file manager does."""
    tree = wizard.pages[DOCUMENTS].tree
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    if candidate_row is None:
        where = QPointF(10, tree.viewport().height() - 5)
    else:
        where = QPointF(tree.visualItemRect(tree.topLevelItem(candidate_row)).center())
    event = QDropEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(event)


def _fill_until_plan(wizard: SessionWizard, lists: dict[str, Path], docs: Path, pdf: bytes, tmp_path: Path) -> None:
    assert wizard.currentId() == CERTIFICATION
    assert wizard.pages[CERTIFICATION].certification.currentText().startswith("TP-00403@08")
    _next(wizard, SESSION)
    page = wizard.pages[SESSION]
    wizard.next()  # nothing filled in: refused, in words
    assert wizard.currentId() == SESSION
    assert page.problems.text().splitlines()[:2] == ["Nom de la session : à indiquer.", "Lieu : à indiquer."]
    page.name.setText("Session CIP mars 2026")
    page.place.setText("Centre AFPA de Lyon")
    assert page.date_edit.date().toPython() == dt.date(2026, 2, 2)  # the app's today
    page.add_date(dt.date(2025, 3, 9))  # the year mistyped
    wizard.next()
    assert "Dates : le 09/03/2025 est passé ; retirez-le ou corrigez l'année." in page.problems.text()
    page.dates.clear()
    page.date_edit.setDate(DAY1)
    page.add_button.click()
    page.add_button.click()  # the next day is offered at once
    assert page.chosen_dates() == (DAY1, DAY2)
    page.rooms.setValue(2)
    page.approval.setText("AG-69-0042")
    page.number.setText("2026-CIP-07")
    _next(wizard, JURORS)
    assert wizard.pages[JURORS].import_file(lists["jurors"])
    assert wizard.pages[JURORS].table.rowCount() == 4
    _next(wizard, CANDIDATES)
    page = wizard.pages[CANDIDATES]
    assert page.import_file(lists["candidates"])
    assert page.table.rowCount() == 12
    assert {page.table.item(r, 5).text() for r in range(12)} == {"formation", "VAE"}  # « vae » shown as written
    page.table.item(6, 4).setText("31/02/1990")  # typed over, in the table
    wizard.next()
    assert wizard.currentId() == CANDIDATES
    assert (
        page.problems.text()
        == "Tableau des candidats : Date de naissance, ligne 7 : « 31/02/1990 » n'existe pas au calendrier"
    )
    page.table.item(6, 4).setText("05/06/1991")
    _next(wizard, DOCUMENTS)
    documents_page = wizard.pages[DOCUMENTS]
    assert documents_page.missing.text().startswith("12 candidat(s) sans un document que les jurés ouvriront")
    _drop(wizard, [docs], None)  # a whole folder: recognised by number or name
    lacking = {
        documents_page.tree.topLevelItem(i).text(0): documents_page.tree.topLevelItem(i).text(1)
        for i in range(documents_page.tree.topLevelItemCount())
    }
    assert lacking["Anaïs Lefèvre (2026-001)"] == ""
    assert lacking["Élodie D'Almeida (2026-003)"] == "manque : dossier projet, dossier professionnel"
    assert "inconnu.pdf — ne nomme aucun candidat" in wizard.pages[DOCUMENTS].unmatched.text()
    extra = tmp_path / "scan 0412.pdf"
    extra.write_bytes(pdf)
    _drop(wizard, [extra], 2)  # dropped on Élodie D'Almeida
    documents = wizard.pages[DOCUMENTS].documents
    assert len(documents) == 7 and documents[-1].candidate_id == "2026-003"
    _next(wizard, CARDS)
    assert wizard.pages[CARDS].import_file(lists["cards"])
    _next(wizard, DURATIONS)
    wizard.next()
    assert wizard.currentId() == DURATIONS
    assert (
        "Durée de « Entretien technique », phase « Présentation de l'analyse de pratique » : à définir."
        in wizard.pages[DURATIONS].problems.text()
    )
    wizard.pages[DURATIONS].set_minutes("et/presentation", 10)
    assert wizard.pages[DURATIONS].spins["et/questions"].text() == "le reste : 10 min"
    _next(wizard, PLAN)


def test_the_wizard_from_the_welcome_screen_to_an_imported_session(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, session_lists: ModuleType
) -> None:
    lists = session_lists.write_lists(tmp_path / "listes", xlsx=True)
    docs = session_lists.write_documents(tmp_path / "pdf")
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    wizard = window.wizard
    assert isinstance(wizard, SessionWizard) and wizard.isVisible()
    _fill_until_plan(wizard, lists, docs, session_lists.pdf_bytes("scan"), tmp_path)

    plan = wizard.pages[PLAN]
    assert plan.table.rowCount() == 48 and plan.problem_list.count() == 0
    assert plan.summary.text().startswith("48 passages ; présence du jury demandée : 28 h")
    first, other = (
        plan.passages[0],
        next(
            p
            for p in plan.passages[1:]
            if p.juror_ids == plan.passages[0].juror_ids and p.candidate_id != plan.passages[0].candidate_id
        ),
    )
    row = plan.passages.index(other)
    plan.move_passage(row, first.start.date(), first.start.time(), 0)  # onto the same jury, same time
    problems = [plan.problem_list.item(i).text() for i in range(plan.problem_list.count())]
    assert any("(juré) : deux passages en même temps" in m for m in problems), problems
    wizard.next()
    assert wizard.currentId() == PLAN  # refused while the plan clashes
    plan.replan()
    assert plan.problem_list.count() == 0
    _next(wizard, RESULT)
    # Offered beside the lead's lists (the last one imported), named for the session.
    assert wizard.pages[RESULT].path.text() == str(lists["cards"].parent / "Session-CIP-mars-2026-2026-03-09.zip")
    out = tmp_path / "cip-mars.zip"
    wizard.pages[RESULT].path.setText(str(out))
    opened: list[Path] = []
    wizard.open_folder = opened.append
    with qtbot.waitSignal(window.ready, timeout=30_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert out.exists()
    assert window.session_id == "Session-CIP-mars-2026-2026-03-09"
    assert window.stack.currentWidget() is window.login
    box = window.ready_box  # where the package is, and what to do with it
    assert box is not None and box.isVisible()
    assert box.text() == "La session « Session CIP mars 2026 » est prête et ouverte sur cet ordinateur."
    assert f"Paquet : {out}" in box.informativeText() and "chaque juré" in box.informativeText()
    next(b for b in box.buttons() if b.text() == "Ouvrir le dossier du paquet").click()
    assert opened == [tmp_path]
    box.close()
    doc = session_document(window.ctx, window.session_id)
    assert len(doc.candidates) == 12 and len(doc.jury) == 4 and len(doc.schedule) == 48
    assert len(doc.attachments) == 7
    assert {c.name for c in doc.candidates} >= {"Élodie D'Almeida", "Nathan Blanc-Ðurić"}


def _import_with_cli_lists(window: MainWindow, tmp_path: Path, session_lists: ModuleType) -> str:
    from jury_app.actions import session_setup as setup

    lists = session_lists.write_lists(tmp_path / "listes")
    ref, _ = setup.certification("TP-00403")
    draft = setup.new_draft(ref, "title")
    from dataclasses import replace

    draft = replace(draft, title="CIP avril", centre_name="AFPA Lyon", dates=(DAY1, DAY2), rooms=("Salle 1", "Salle 2"),
                    durations={"et/presentation": 10})  # fmt: skip
    draft = replace(
        draft,
        jurors=tuple(setup.read_jurors(draft, lists["jurors"])),
        candidates=tuple(setup.read_candidates(draft, lists["candidates"], today=dt.date(2026, 2, 1))),
        cards=tuple(setup.read_cards(lists["cards"])),
        documents=setup.documents_in(ref, session_lists.write_documents(tmp_path / "pdf"), ()).documents,
    )
    return setup.write_and_import(window.ctx, draft, tmp_path / "avril.zip").session_id


def test_editing_a_session_before_and_after_scoring_started(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, session_lists: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = _import_with_cli_lists(window, tmp_path, session_lists)
    window.open_session(sid)
    assert window.act_edit_session.isEnabled()
    window.act_edit_session.trigger()
    wizard = window.wizard
    assert isinstance(wizard, SessionWizard) and wizard.editing
    assert not wizard.pages[CERTIFICATION].certification.isEnabled()
    for page in (SESSION, JURORS, CANDIDATES):
        _next(wizard, page)
    table = wizard.pages[CANDIDATES].table
    table.removeRow(11)  # Nathan Blanc-Ðurić leaves
    table.item(0, 2).setText("Lefèvre-Martin")  # a name corrected
    for page in (DOCUMENTS, CARDS, DURATIONS, PLAN, RESULT):
        _next(wizard, page)
    assert wizard.pages[PLAN].table.rowCount() == 44
    wizard.pages[RESULT].path.setText(str(tmp_path / "avril-v2.zip"))
    with qtbot.waitSignal(window.ready, timeout=30_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    doc = session_document(window.ctx, sid)
    assert len(doc.candidates) == 11 and doc.candidates[0].last_name == "Lefèvre-Martin"
    assert [c.id for c in doc.candidates][:2] == ["2026-001", "2026-002"]  # ids kept
    assert "candidat retiré : 2026-012" in window.statusBar().currentMessage()
    assert window.ready_box is not None and "accepte la mise à jour" in window.ready_box.informativeText()
    window.ready_box.close()

    # A juror's laptop that holds the first package opens the edited one: asked, then updated.
    laptop = MainWindow(AppContext(resolve(tmp_path / "laptop")), window.clock)
    qtbot.addWidget(laptop)
    with qtbot.waitSignal(laptop.ready, timeout=30_000):
        laptop.open_package(tmp_path / "avril.zip")  # new here: nothing asked
    asked: list[str] = []

    def answer(_parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    laptop.open_package(tmp_path / "avril-v2.zip")  # declined: nothing changes
    assert len(session_document(laptop.ctx, sid).candidates) == 12
    with qtbot.waitSignal(laptop.ready, timeout=30_000):
        laptop.open_package(tmp_path / "avril-v2.zip")
    assert asked[0].startswith("La session « CIP avril » est déjà sur cet ordinateur. La mettre à jour")
    assert len(session_document(laptop.ctx, sid).candidates) == 11
    laptop.ctx.close()

    # Scoring has started for Anaïs: the update rules keep her in the session.
    declare(window.ctx, sid, "2026-001", "J01", has_link=False)
    set_mark(window.ctx, GridKey(sid, "2026-001", "msp", "J01"), "CP1.1", Mark.SATISFIED, window.clock)
    window.act_edit_session.trigger()
    wizard = window.wizard
    assert wizard is not None
    for page in (SESSION, JURORS, CANDIDATES):
        _next(wizard, page)
    wizard.pages[CANDIDATES].table.removeRow(0)
    for page in (DOCUMENTS, CARDS, DURATIONS, PLAN, RESULT):
        _next(wizard, page)
    wizard.pages[RESULT].path.setText(str(tmp_path / "avril-v3.zip"))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.currentId() == RESULT
    assert (
        "le candidat 2026-001 a déjà des évaluations : il ne peut pas être retiré par une mise à jour"
        in wizard.pages[RESULT].problems.text()
    )
    assert len(session_document(window.ctx, sid).candidates) == 11
    wizard.reject()


def test_a_trainer_copies_a_mock_session_for_the_next_cohort(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, session_lists: ModuleType
) -> None:
    lists = session_lists.write_lists(tmp_path / "listes")
    window.new_session()
    wizard = window.wizard
    assert wizard is not None
    wizard.pages[CERTIFICATION].mock.setChecked(True)
    _next(wizard, SESSION)
    page = wizard.pages[SESSION]
    page.name.setText("Examen blanc promo A")
    page.place.setText("Salle B")
    page.add_date(DAY1)
    page.add_date(DAY2)
    page.rooms.setValue(2)
    _next(wizard, JURORS)
    wizard.pages[JURORS].table.add_row({"last_name": "Formatrice", "first_name": "Agnès"})
    wizard.pages[JURORS].table.add_row({"last_name": "Formateur", "first_name": "Marc"})
    _next(wizard, CANDIDATES)
    rows = [list(r) for r in session_lists.CANDIDATES[:6]]
    wizard.pages[CANDIDATES].import_file(
        session_lists.write_csv(tmp_path / "promo-a.csv", session_lists.CANDIDATE_HEADER, rows)
    )
    _next(wizard, DOCUMENTS)
    _next(wizard, CARDS)
    wizard.pages[CARDS].import_file(lists["cards"])
    _next(wizard, DURATIONS)
    wizard.pages[DURATIONS].set_minutes("et/presentation", 10)
    for page_id in (PLAN, RESULT):
        _next(wizard, page_id)
    wizard.pages[RESULT].path.setText(str(tmp_path / "blanc-a.zip"))
    with qtbot.waitSignal(window.ready, timeout=30_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    first = window.session_id
    assert first is not None and window.mock_banner.isVisible()

    window.act_copy_session.trigger()
    wizard = window.wizard
    assert wizard is not None and not wizard.editing
    assert wizard.pages[CERTIFICATION].mock.isChecked()
    _next(wizard, SESSION)
    page = wizard.pages[SESSION]
    assert page.place.text() == "Salle B" and page.dates.count() == 0
    page.name.setText("Examen blanc promo B")
    page.add_date(dt.date(2026, 6, 1))
    _next(wizard, JURORS)
    assert wizard.pages[JURORS].table.rowCount() == 2
    _next(wizard, CANDIDATES)
    assert wizard.pages[CANDIDATES].table.rowCount() == 0
    rows = [list(r) for r in session_lists.CANDIDATES[6:9]]
    wizard.pages[CANDIDATES].import_file(
        session_lists.write_csv(tmp_path / "promo-b.csv", session_lists.CANDIDATE_HEADER, rows)
    )
    for page_id in (DOCUMENTS, CARDS, DURATIONS, PLAN, RESULT):
        _next(wizard, page_id)
    wizard.pages[RESULT].path.setText(str(tmp_path / "blanc-b.zip"))
    with qtbot.waitSignal(window.ready, timeout=30_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    second = session_document(window.ctx, window.session_id)
    assert window.session_id != first and second.kind == "mock"
    assert [c.name for c in second.candidates] == ["Léa Moreau", "Théo Lambert", "Inès Girard"]
    assert len(session_document(window.ctx, first).candidates) == 6


def test_the_template_from_the_jurors_page_then_each_list_from_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lead without lists saves the template where they like, it opens in their spreadsheet, and
    every import dialog then opens on that workbook; each import says what it read."""
    from PySide6.QtWidgets import QFileDialog

    window.welcome.new_button.click()
    wizard = window.wizard
    assert wizard is not None
    _next(wizard, SESSION)
    page = wizard.pages[SESSION]
    page.name.setText("CIP juin")
    page.place.setText("AFPA Lyon")
    page.add_button.click()
    _next(wizard, JURORS)
    jurors = wizard.pages[JURORS]
    asked: list[str] = []

    def save_dialog(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "listes juin"), ""  # typed without its extension

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    opened: list[Path] = []
    jurors.open_file = opened.append
    jurors.template_button.click()
    book = tmp_path / "listes juin.xlsx"
    assert asked == [str(Path.home() / "modele-listes.xlsx")] and opened == [book] and book.exists()
    assert jurors.note.text().startswith(f"Modèle enregistré : {book}. Il s'ouvre dans votre tableur")
    from openpyxl import load_workbook

    filled = load_workbook(book)  # the lead writes below the grey example row, and saves
    filled["Jurés"].append(["Mme", "Benali", "Sofia", "présidente", "Conseillère", "France Travail"])
    filled["Jurés"].append(["M.", "O'Connor", "Liam", "membre", "Directeur", "PLIE"])
    filled.save(book)

    def open_dialog(_parent: object, title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(f"{title} @ {start}")
        return start, ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_dialog)
    next(b for b in jurors.findChildren(QPushButton) if b.text() == "Importer une liste (CSV, XLSX)…").click()
    assert asked[-1] == f"Importer une liste : Le jury @ {book}"
    assert jurors.table.rowCount() == 2 and jurors.note.text() == "2 ligne(s) importée(s) de listes juin.xlsx."
    _next(wizard, CANDIDATES)
    assert wizard.pages[CANDIDATES].template_button.isVisible()


def test_renaming_a_candidate_the_jury_worked_on_asks_the_lead_for_a_reason(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, session_lists: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog
    from sqlalchemy import select

    from jury_app.data import models as db

    sid = _import_with_cli_lists(window, tmp_path, session_lists)
    declare(window.ctx, sid, "2026-001", "J01", has_link=False)  # the jury has begun with Anaïs
    window.open_session(sid)
    answers = [("", False), ("Nom d'usage corrigé sur présentation de sa pièce d'identité", True)]
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> tuple[str, bool]:
        asked.append(text)
        return answers[len(asked) - 1]

    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(answer))
    window.act_edit_session.trigger()
    wizard = window.wizard
    assert isinstance(wizard, SessionWizard)
    for page in (SESSION, JURORS, CANDIDATES):
        _next(wizard, page)
    wizard.pages[CANDIDATES].table.item(0, 2).setText("Lefèvre-Martin")
    for page in (DOCUMENTS, CARDS, DURATIONS, PLAN, RESULT):
        _next(wizard, page)
    wizard.pages[RESULT].path.setText(str(tmp_path / "avril-v2.zip"))
    wizard.button(QWizard.WizardButton.FinishButton).click()  # declined: nothing changes
    assert wizard.isVisible() and wizard.currentId() == RESULT
    assert asked[0].startswith("Candidat 2026-001 : ") and "motif" in asked[0] and "jury-app" not in asked[0]
    assert "LEFÈVRE-MARTIN" in wizard.pages[RESULT].problems.text()
    assert session_document(window.ctx, sid).candidates[0].last_name != "Lefèvre-Martin"
    with qtbot.waitSignal(window.ready, timeout=30_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()  # confirmed with its reason
    assert session_document(window.ctx, sid).candidates[0].last_name == "Lefèvre-Martin"
    with window.ctx.database.reader() as orm:
        [change] = orm.scalars(select(db.IdentityChange).where(db.IdentityChange.session_id == sid)).all()
        [entry] = orm.scalars(select(db.AuditEntry).where(db.AuditEntry.action == "package.identity")).all()
    assert change.reason == answers[1][0] and change.after["last_name"] == "Lefèvre-Martin"
    assert entry.after is not None and answers[1][0] in entry.after
    if window.ready_box is not None:
        window.ready_box.close()


def test_opening_an_updated_package_that_renames_a_candidate_asks_the_lead_for_a_reason(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, session_lists: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QInputDialog
    from sqlalchemy import select

    from jury_app.actions import session_setup as setup
    from jury_app.actions.session_edit import draft_of
    from jury_app.data import models as db

    sid = _import_with_cli_lists(window, tmp_path, session_lists)
    declare(window.ctx, sid, "2026-001", "J01", has_link=False)  # the jury has begun with this candidate
    window.open_session(sid)
    draft = draft_of(window.ctx, sid)
    renamed = tuple(replace(c, last_name="Lefèvre-Martin") if c.id == "2026-001" else c for c in draft.candidates)
    package = setup.write(replace(draft, candidates=renamed), tmp_path / "avril-v2.zip").path
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))

    def asked() -> QInputDialog:
        window.open_package(package)
        qtbot.waitUntil(lambda: getattr(window, "reason_dialog", None) is not None, timeout=30_000)
        dialog = window.reason_dialog
        assert isinstance(dialog, QInputDialog) and dialog.isVisible()
        return dialog

    dialog = asked()
    assert dialog.objectName() == "identityChangeReason"
    assert dialog.labelText().startswith("Candidat 2026-001 : ") and "LEFÈVRE-MARTIN" in dialog.labelText()
    assert "motif" in dialog.labelText() and "jury-app" not in dialog.labelText()
    dialog.reject()  # not confirmed: nothing changes
    window.reason_dialog = None
    dialog = asked()
    dialog.setTextValue("   ")
    dialog.accept()  # a blank reason confirms nothing either
    assert next(c for c in session_document(window.ctx, sid).candidates if c.id == "2026-001").last_name != (
        "Lefèvre-Martin"
    )
    window.reason_dialog = None
    dialog = asked()
    reason = "Nom d'usage corrigé sur présentation de sa pièce d'identité"
    dialog.setTextValue(reason)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        dialog.accept()
    assert next(c for c in session_document(window.ctx, sid).candidates if c.id == "2026-001").last_name == (
        "Lefèvre-Martin"
    )
    with window.ctx.database.reader() as orm:
        [change] = orm.scalars(select(db.IdentityChange).where(db.IdentityChange.session_id == sid)).all()
        [entry] = orm.scalars(select(db.AuditEntry).where(db.AuditEntry.action == "package.identity")).all()
    assert change.reason == reason and change.after["last_name"] == "Lefèvre-Martin"
    assert entry.after is not None and reason in entry.after
