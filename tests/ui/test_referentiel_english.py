"""A bad référentiel in English: loaded in the « Nouvelle session » wizard, its problems (JSON that is
not JSON, fields of the wrong kind, what the référentiel's own rules refuse) read in English; a workbook
imported with bad cells is told in English with its sheet, row and column (the sheets and columns keep
the names the workbook gives them). In French the wizard says what the command line prints."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.errors import describe, explain
from jury_app.data.referentiel_files import read_referentiel, referentiel_bytes
from jury_app.data.referentiels import builtin_referentiels, load_referentiel_file
from jury_app.domain.clock import FakeClock
from jury_app.domain.problems import InvalidInput
from jury_app.paths import resolve
from jury_app.ui.common.messages import translated
from jury_app.ui.main_window import MainWindow
from jury_app.ui.wizard import SessionWizard
from jury_app.ui.wizard.start_pages import CertificationPage
from jury_app.ui.wizard.wizard import CERTIFICATION
from tests.helpers.english import french_lines


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> CertificationPage:
    win = MainWindow(AppContext(resolve(tmp_path / "data")), FakeClock(dt.datetime(2026, 2, 2, 8, 0, tzinfo=dt.UTC)))
    qtbot.addWidget(win)
    win.show()
    win.show_welcome()
    win.welcome.new_button.click()
    wizard = win.wizard
    assert isinstance(wizard, SessionWizard) and wizard.currentId() == CERTIFICATION
    found = wizard.pages[CERTIFICATION]
    assert isinstance(found, CertificationPage)
    return found


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    raw = builtin_referentiels()["TP-00403@08"].model_dump(mode="json")
    raw["version"] = "09"
    raw["sessions"][0]["modalities"][0]["duration_min"] = "trois quarts d'heure"
    raw["sessions"][0]["modalities"][1]["salle"] = "B12"
    fields = tmp_path / "fields.json"
    fields.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    raw = builtin_referentiels()["TP-00403@08"].model_dump(mode="json")
    raw["version"] = "10"
    raw["competences"][0]["criteria"] = []
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    syntax = tmp_path / "syntax.json"
    syntax.write_text('{"code": "TP-00403", "version": "11",}', "utf-8")
    return {"fields": fields, "rules": rules, "syntax": syntax}


def _loaded(page: CertificationPage, path: Path) -> list[str]:
    assert not page.load_file(path)
    text: str = page.problems.text()
    return text.splitlines()


def test_a_bad_referentiel_is_refused_in_english(english: None, page: CertificationPage, tmp_path: Path) -> None:
    kinds = [page.kind.itemText(i) for i in range(page.kind.count())]
    assert kinds[1:] == [
        "CCP session: Accueillir pour analyser la demande des personnes et poser les bases d'un diagnostic partagé",
        "CCP session: Accompagner les personnes dans leur parcours d'insertion sociale et professionnelle",
        "CCP session: Mettre en œuvre une offre de services auprès des employeurs pour favoriser l'insertion "
        "professionnelle",
        "Accès au titre par capitalisation de CCP",  # the référentiel's own title
    ]
    bad = _bad_files(tmp_path)
    shown = _loaded(page, bad["fields"])
    assert (
        "fields.json /sessions/0/modalities/0/duration_min: session of the référentiel 1, modality 1, duration "
        "(min): a whole number is expected" in shown
    ), shown
    assert (
        "fields.json /sessions/0/modalities/1/salle: session of the référentiel 1, modality 2: unknown field "
        "“salle” (not in the format)" in shown
    ), shown
    assert french_lines("\n".join(shown)) == []
    shown = _loaded(page, bad["rules"])
    assert shown == [
        "rules.json /competences/0: competence 1: a competence without criteria must be marked “without criteria” "
        "(criteria_to_be_set=true)"
    ]
    assert _loaded(page, bad["syntax"]) == [
        "syntax.json: invalid JSON at line 1, column 38: key name in double quotes expected"
    ]
    assert page.certification.count() == 3  # nothing loaded


def test_a_bad_referentiel_in_french_as_the_command_line_says(page: CertificationPage, tmp_path: Path) -> None:
    assert page.kind.itemText(1).startswith("Session CCP : Accueillir pour analyser la demande")
    for path in _bad_files(tmp_path).values():
        shown = _loaded(page, path)
        with pytest.raises(InvalidInput) as refused:
            load_referentiel_file(path)
        assert shown == describe(refused.value).splitlines()
    assert shown == ["syntax.json : JSON invalide ligne 1, colonne 38 : nom de clé entre guillemets attendu"]


def test_a_workbook_with_bad_cells_in_english(tmp_path: Path, english: None) -> None:
    wb = load_workbook(io.BytesIO(referentiel_bytes(builtin_referentiels()["RNCP35667@1"], ".xlsx")))
    wb["Blocs"]["B2"] = "premier"  # a number is expected
    wb["Sessions"]["J1"] = "Salle"  # an unknown column
    wb["Modalités"]["K2"] = "peut-être"  # oui or non
    wb["Règles par bloc"].append(["BC09", "all_competences_acquired"])
    path = tmp_path / "faux.xlsx"
    wb.save(path)
    with pytest.raises(InvalidInput) as refused:
        read_referentiel(path)
    shown = [translated(m) for m in explain(refused.value)]
    assert "faux.xlsx sheet “Blocs”, row 2, column B: Numéro: a whole number is expected, not “premier”" in shown
    assert any(s.startswith("faux.xlsx sheet “Sessions”, column J: unknown column “Salle” (columns: ") for s in shown)
    assert "faux.xlsx sheet “Règles par bloc”, row 6, column A: decision rule for an unknown block: “BC09”" in shown
    # The French of the same problems, as the command line prints them.
    assert (
        "faux.xlsx feuille « Blocs », ligne 2, colonne B : Numéro : un nombre entier est attendu, pas « premier »"
        in (describe(refused.value).splitlines())
    )
    headers = ["Numéro", "Évalue la certification entière"]
    assert french_lines("\n".join(s.split(" (columns: ")[0] for s in shown), headers) == []
