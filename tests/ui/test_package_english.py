"""Opening a bad session package from the main window, in English: what is wrong with it (the zip,
the manifest's fields, what they name, the documents) reads in English, each problem with where it
is; in French the window says what the command line prints, word for word."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.errors import describe
from jury_app.data.package.validate import validate_package
from jury_app.domain.clock import FakeClock
from jury_app.domain.problems import IdentityChangeRefused, InvalidInput
from jury_app.domain.wording import identity_text
from jury_app.paths import resolve
from jury_app.ui.common.identity import changes_text
from jury_app.ui.main_window import MainWindow
from tests.helpers.english import french_lines


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(AppContext(resolve(tmp_path / "data")), FakeClock(dt.datetime(2025, 3, 1, 8, 0, tzinfo=dt.UTC)))
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    win.show_welcome()
    return win


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window tells in its dialogs."""
    said: list[str] = []

    def dialog(_parent: object, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", dialog)
    monkeypatch.setattr(QMessageBox, "warning", dialog)
    return said


def _open(qtbot: QtBot, window: MainWindow, told: list[str], path: Path) -> str:
    """What the window says of `path` once it has tried to import it."""
    before = len(told)
    window.open_package(path)
    qtbot.waitUntil(lambda: len(told) > before, timeout=20_000)
    return told[-1]


def _fields_wrong(m: dict[str, Any]) -> None:
    m["candidates"][0]["birth_date"] = "31/02/1990"
    m["jury"][1]["role"] = "chef"
    m["candidates"][1]["extra_time"] = 33
    m["scenario_cards"][0]["id"] = "fiche n°1"
    m["session"]["timezone"] = "Lune/Tranquillité"


def _references_wrong(m: dict[str, Any]) -> None:
    m["candidates"][1]["units_sought"] = ["CCP9"]
    m["schedule"][0]["candidate_id"] = "C9"
    m["schedule"][1]["modality_id"] = "oral"
    m["jury"].append(dict(m["jury"][0]))


def _bad_packages(make_package: Callable[..., Path], tmp_path: Path) -> dict[str, Path]:
    not_a_zip = tmp_path / "not-a-zip.zip"
    not_a_zip.write_text("PK? no", encoding="utf-8")
    return {
        "fields": make_package(mutate=_fields_wrong, name="fields.zip"),
        "references": make_package(mutate=_references_wrong, name="references.zip", extra={"notes.txt": b"x"}),
        "zip": not_a_zip,
    }


def test_a_bad_package_is_refused_in_english(
    qtbot: QtBot, window: MainWindow, told: list[str], make_package: Callable[..., Path], tmp_path: Path, english: None
) -> None:
    bad = _bad_packages(make_package, tmp_path)
    shown = _open(qtbot, window, told, bad["fields"])
    lines = shown.splitlines()
    assert (
        "manifest.json /candidates/0/birth_date: candidate 1, birth date: invalid date (expected: YYYY-MM-DD)"
    ) in lines, lines
    assert (
        "manifest.json /jury/1/role: juror 2, role: value not allowed (expected: “president” (chair of the jury) "
        "or “member” (member of the jury))"
    ) in lines, lines
    assert (
        "manifest.json /candidates/1/extra_time: candidate 2: unknown field “extra_time” (not in the format)" in lines
    ), lines
    assert (
        "manifest.json /session/timezone: session, time zone: unknown time zone: “Lune/Tranquillité” "
        "(for example Europe/Paris)" in lines
    ), lines
    assert any(
        line.startswith(
            "manifest.json /scenario_cards/0/id: scenario card 1, identifier: invalid format "
            "(expected: an identifier of 64 characters at most"
        )
        for line in lines
    ), lines
    assert french_lines(shown) == []

    shown = _open(qtbot, window, told, bad["references"])
    lines = shown.splitlines()
    for expected in (
        "manifest.json /jury: duplicate identifier: “J1”",
        "manifest.json /candidates/1/units_sought/0: CCP/block unknown to the référentiel: “CCP9”",
        "manifest.json /schedule/0/candidate_id: unknown candidate: “C9”",
        "notes.txt: member not declared in the manifest",
    ):
        assert expected in lines, lines
    assert any(
        line.startswith("manifest.json /schedule/1/modality_id: modality unknown for this session: “oral”")
        for line in lines
    ), lines
    assert french_lines(shown, ["(expected: ef, et, msp, qp)"]) == []  # the modalities' ids

    assert _open(qtbot, window, told, bad["zip"]).splitlines() == ["not-a-zip.zip: this is not a readable zip archive"]
    assert window.session_id is None  # nothing imported


def test_a_bad_package_in_french_as_the_command_line_says(
    qtbot: QtBot, window: MainWindow, told: list[str], make_package: Callable[..., Path], tmp_path: Path
) -> None:
    for path in _bad_packages(make_package, tmp_path).values():
        shown = _open(qtbot, window, told, path)
        with pytest.raises(InvalidInput) as refused:
            validate_package(path)
        assert shown == describe(refused.value)
    assert "manifest.json /schedule/0/candidate_id : candidat inconnu : « C9 »" in told[1].splitlines()


def test_an_identity_the_update_changes_in_english(english: None) -> None:
    """What the lead confirms when an update renames a candidate the jury worked on."""
    before = {"first_name": "Anaïs", "last_name": "Martin", "birth_date": "1988-02-14", "civility": "Mme"}
    after = {**before, "last_name": "Lefèvre-Martin", "civility": ""}
    assert identity_text(before) == "Anaïs MARTIN, née le 14/02/1988"  # the audit trail and the PV
    assert identity_text(after) == "Anaïs LEFÈVRE-MARTIN, date de naissance\u202f: 14/02/1988"
    refused = IdentityChangeRefused([], [("2026-001", identity_text(before), identity_text(after))])
    assert changes_text(refused) == (
        "Candidate 2026-001: Anaïs MARTIN, born on 14/02/1988 → Anaïs LEFÈVRE-MARTIN, date of birth: 14/02/1988"
    )
