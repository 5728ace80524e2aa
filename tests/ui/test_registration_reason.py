"""A session after its certification's registration ended, prepared in the GUI: the package import
asks the session lead why before importing (nothing imported when they do not say), and the
« Nouvelle session » wizard asks for the reason on its session page once a date is past the end."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.session_edit import draft_of
from jury_app.actions.sessions import list_sessions
from jury_app.demo.package import demo_package
from jury_app.domain.clock import FakeClock
from jury_app.paths import resolve
from jury_app.ui.main_window import MainWindow
from jury_app.ui.wizard import SessionWizard
from jury_app.ui.wizard.wizard import CERTIFICATION, JURORS, SESSION
from tests.helpers.english import french_lines

REASON = "Session de rattrapage autorisée par le certificateur"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(AppContext(resolve(tmp_path / "data")), FakeClock(dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)))
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    win.show_welcome()
    return win


def _without_reason(tmp_path: Path) -> Path:
    """RNCP35667's demo package (dated 14/12/2026, the registration ended 17/06/2023) with no reason."""
    data, name = demo_package("RNCP35667")
    out = tmp_path / name
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "manifest.json":
                manifest = json.loads(content)
                manifest["session"]["registration_ended_reason"] = ""
                content = json.dumps(manifest, ensure_ascii=False).encode()
            dst.writestr(info, content)
    return out


def test_the_import_asks_why_and_records_the_reason(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    package = _without_reason(tmp_path)
    window.import_package(package)
    dialog = window.reason_dialog
    assert dialog.isVisible()
    assert dialog.labelText().startswith(
        "L'enregistrement de la certification RNCP35667@1 a pris fin le 17/06/2023 ; la session est datée du 14/12/2026."
    )
    dialog.setTextValue("   ")
    dialog.accept()  # a blank reason imports nothing
    assert list_sessions(window.ctx) == []
    window.import_package(package)
    dialog = window.reason_dialog
    dialog.setTextValue(REASON)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        dialog.accept()
    assert window.session_id == "DEMO-RNCP35667"
    assert draft_of(window.ctx, "DEMO-RNCP35667").registration_ended_reason == REASON


def test_the_wizard_asks_the_reason_on_its_session_page(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    wizard = SessionWizard(window.ctx, window.clock, packages_folder=tmp_path, parent=window)
    qtbot.addWidget(wizard)
    wizard.show()
    choice = wizard.pages[CERTIFICATION].certification
    choice.setCurrentIndex(next(i for i in range(choice.count()) if choice.itemText(i).startswith("RNCP35667")))
    wizard.next()
    assert wizard.currentId() == SESSION
    page = wizard.pages[SESSION]
    page.name.setText("Session MFR")
    page.place.setText("MFR Moirans")
    assert not page.registration_reason.isVisibleTo(page)  # no date yet: nothing to say
    page.add_date(dt.date(2026, 12, 14))
    assert page.registration_reason.isVisibleTo(page)
    assert "a pris fin le 17/06/2023" in page.registration_note.text()
    wizard.next()
    assert wizard.currentId() == SESSION
    assert "Motif : à indiquer pour la tenir malgré tout." in page.problems.text()
    page.registration_reason.setText(REASON)
    wizard.next()
    assert wizard.currentId() == JURORS
    assert wizard.draft is not None and wizard.draft.registration_ended_reason == REASON


def _import_the_rncp_demo(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> QMessageBox | None:
    """RNCP35667's demo package, which carries its reason for a session after the registration's end,
    imported from the main window: what the import noted."""
    data, name = demo_package("RNCP35667")
    package = tmp_path / name
    package.write_bytes(data)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        window.import_package(package)
    return window.import_notes


def test_what_the_import_noted_is_shown_once_the_session_is_open(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    notes = _import_the_rncp_demo(qtbot, window, tmp_path)
    assert notes is not None and notes.isVisible()
    assert notes.text() == "La session est importée. À noter :"
    assert notes.informativeText().startswith("• la session (14/12/2026) se tient après l'échéance de l'enregistrement")
    assert "motif consigné" in notes.informativeText()


def test_what_the_import_noted_reads_in_english(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, english: None
) -> None:
    notes = _import_the_rncp_demo(qtbot, window, tmp_path)
    assert notes is not None
    shown = f"{notes.windowTitle()}\n{notes.text()}\n{notes.informativeText()}"
    assert notes.text() == "The session is imported. Please note:"
    said, reason = shown.split("reason recorded: ")  # the reason is the lead's own words, in French
    assert french_lines(said) == [], said
    assert reason.startswith("Session de démonstration")
