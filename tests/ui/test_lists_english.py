"""The « Nouvelle session » wizard's lists in English: a list of jurors, candidates or scenario cards
with bad cells (from CSV or XLSX, or typed in the table) is refused in English, each problem naming
its file, line and column; the columns keep their French headers, the names the lists' files give
them. In French the wizard shows what the command line prints, word for word."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import ModuleType

import pytest
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.data import lists
from jury_app.domain.clock import FakeClock
from jury_app.domain.problems import InvalidInput
from jury_app.paths import resolve
from jury_app.ui.main_window import MainWindow
from jury_app.ui.wizard import SessionWizard
from jury_app.ui.wizard.wizard import CANDIDATES, CARDS, DOCUMENTS, JURORS, SESSION
from tests.helpers.english import french_lines

DAY = dt.date(2026, 3, 9)
TODAY = dt.date(2026, 2, 2)

HEADERS = [c.header for c in (*lists.CANDIDATE_COLUMNS, *lists.JUROR_COLUMNS, *lists.CARD_COLUMNS)]
"""The columns keep their French headers in English: the names the lists' files give them."""

BAD_CANDIDATES = [
    ["2026-001", "Mme", "Lefèvre", "Anaïs", "31/02/1990", "formation", "", "", "420"],
    ["2026-001", "Dr", "N'Diaye", "Moussa", "1990-05-03", "apprentissage", "", "beaucoup", ""],
    ["2026-003", "Mme", "D'Almeida", "", "03/07/2030", "formation", "CCP9", "", "400"],
]
BAD_JURORS = [
    ["Mme", "Roussel", "Martine", "cheffe", "Conseillère", "Mission locale"],
    ["M.", "Durand", "Paul", "membre", "Formateur", "AFPA"],
    ["M.", "Durand", "Paul", "membre", "Formateur", "AFPA"],
]
BAD_CARDS = [["Reconversion", "", "Vous avez 45 ans."], ["Senior", "APEC", ""]]


def french_in(text: str) -> list[str]:
    return french_lines(text, HEADERS)


def _wizard(qtbot: QtBot, tmp_path: Path) -> SessionWizard:
    win = MainWindow(AppContext(resolve(tmp_path / "data")), FakeClock(dt.datetime(2026, 2, 2, 8, 0, tzinfo=dt.UTC)))
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    win.show_welcome()
    win.welcome.new_button.click()
    wizard = win.wizard
    assert isinstance(wizard, SessionWizard)
    wizard.next()
    page = wizard.pages[SESSION]
    page.name.setText("CIP March 2026")
    page.place.setText("Lyon")
    page.date_edit.setDate(DAY)
    page.add_button.click()
    page.rooms.setValue(2)
    wizard.next()
    assert wizard.currentId() == JURORS
    return wizard


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path) -> SessionWizard:
    return _wizard(qtbot, tmp_path)


def _problems(wizard: SessionWizard, page_id: int) -> list[str]:
    text: str = wizard.pages[page_id].problems.text()
    return text.splitlines()


def test_bad_lists_are_refused_in_english(
    english: None, qtbot: QtBot, wizard: SessionWizard, tmp_path: Path, session_lists: ModuleType
) -> None:
    folder = tmp_path / "lists"
    good = session_lists.write_lists(folder)
    jurors = session_lists.write_csv(folder / "bad-jurors.csv", session_lists.JUROR_HEADER, BAD_JURORS)
    assert not wizard.pages[JURORS].import_file(jurors)
    shown = _problems(wizard, JURORS)
    assert "bad-jurors.csv: Rôle, line 2: “cheffe”: « président(e) » or « membre » expected" in shown, shown
    assert "bad-jurors.csv: Nom, line 4: “Paul Durand” already given on line 3 (duplicate juror)" in shown, shown
    assert french_in("\n".join(shown)) == []
    assert wizard.pages[JURORS].import_file(good["jurors"])
    wizard.next()
    assert wizard.currentId() == CANDIDATES

    page = wizard.pages[CANDIDATES]
    born = page.table.horizontalHeaderItem(4)
    assert (born.text(), born.toolTip()) == ("Date de naissance", "DD/MM/YYYY or YYYY-MM-DD; before the session.")
    candidates = session_lists.write_csv(folder / "bad.csv", session_lists.CANDIDATE_HEADER, BAD_CANDIDATES)
    assert not page.import_file(candidates)
    shown = _problems(wizard, CANDIDATES)
    for expected in (
        "bad.csv: Date de naissance, line 2: “31/02/1990” is not a day of the calendar",
        "bad.csv: Numéro de candidat, line 3: “2026-001” already given on line 2 (duplicate number)",
        "bad.csv: Parcours, line 3: “apprentissage”: unknown path (formation, vae, capitalisation)",
        "bad.csv: Civilité, line 3: “Dr”: « M. » or « Mme » expected",
        "bad.csv: Temps supplémentaire (%), line 3: “beaucoup”: a whole number is expected",
        "bad.csv: Prénom, line 4: missing value",
        "bad.csv: Date de naissance, line 4: 03/07/2030 is in the future",
        "bad.csv: CCP ou blocs déjà acquis, line 4: “CCP9” is not a CCP of TP-00403@08 (CCP1, CCP2, CCP3)",
    ):
        assert expected in shown, shown
    assert french_in("\n".join(shown)) == []

    unknown = session_lists.write_xlsx(
        folder / "cols.xlsx", {"Candidats": ([*session_lists.CANDIDATE_HEADER, "Âge"], [])}
    )
    assert not page.import_file(unknown)
    shown = _problems(wizard, CANDIDATES)
    assert shown[0].startswith("cols.xlsx: line 1: unknown column “Âge” (expected columns: « Numéro de candidat »")
    not_a_book = folder / "fake.xlsx"
    not_a_book.write_text("Nom;Prénom\n", encoding="utf-8")
    assert not page.import_file(not_a_book)
    assert _problems(wizard, CANDIDATES) == ["fake.xlsx: this is not an XLSX workbook"]

    assert page.import_file(good["candidates"])
    page.table.item(6, 4).setText("31/02/1990")  # typed over, in the table
    wizard.next()
    assert wizard.currentId() == CANDIDATES
    assert _problems(wizard, CANDIDATES) == [
        "Candidates table: Date de naissance, line 7: “31/02/1990” is not a day of the calendar"
    ]
    page.table.item(6, 4).setText("05/06/1991")
    wizard.next()
    assert wizard.currentId() == DOCUMENTS
    wizard.next()
    assert wizard.currentId() == CARDS

    cards = session_lists.write_csv(folder / "cards.csv", session_lists.CARD_HEADER, BAD_CARDS)
    assert not wizard.pages[CARDS].import_file(cards)
    shown = _problems(wizard, CARDS)
    assert shown == [
        "cards.csv: Type de structure, line 2: missing value",
        "cards.csv: Texte du comédien, line 3: missing value",
    ]


def test_bad_lists_in_french_as_the_command_line_says(
    qtbot: QtBot, wizard: SessionWizard, tmp_path: Path, session_lists: ModuleType
) -> None:
    folder = tmp_path / "lists"
    good = session_lists.write_lists(folder)
    assert wizard.pages[JURORS].import_file(good["jurors"])
    wizard.next()
    candidates = session_lists.write_csv(folder / "bad.csv", session_lists.CANDIDATE_HEADER, BAD_CANDIDATES)
    assert not wizard.pages[CANDIDATES].import_file(candidates)
    assert wizard.draft is not None
    with pytest.raises(InvalidInput) as refused:
        lists.read_candidates(candidates, wizard.draft.referentiel, wizard.draft.definition, TODAY, DAY)
    said = [str(p) for p in refused.value.problems]
    assert _problems(wizard, CANDIDATES) == said
    assert "bad.csv : Date de naissance, ligne 2 : « 31/02/1990 » n'existe pas au calendrier" in said
    assert "bad.csv : Civilité, ligne 3 : « Dr » : M. ou Mme attendu" in said
    assert "bad.csv : Date de naissance, ligne 4 : 03/07/2030 est dans le futur" in said
    born = wizard.pages[CANDIDATES].table.horizontalHeaderItem(4)
    assert born.toolTip() == "JJ/MM/AAAA ou AAAA-MM-JJ ; antérieure à la session."
