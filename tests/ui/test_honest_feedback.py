"""Honest feedback on the juror's screen: a refusal that lost nothing says so, a storage fault is told
plainly with what to do and where the log is (never SQL, never a frozen window), and a note typed but
not added is never dropped silently. Real widgets, real SQLite, a fake clock."""

from __future__ import annotations

import logging
import random
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from jury_app import app_log
from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey, grid_view
from jury_app.actions.jurors import declare
from jury_app.actions.packages import import_
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import Mark
from jury_app.paths import resolve
from jury_app.ui.modality import ModalityScreen

SID = "DEMO-CIP-2026-11"


@pytest.fixture
def gui_ctx(tmp_path: Path, demo_package: Path) -> Iterator[AppContext]:
    """A data folder opened as the GUI opens it: a short wait for another program's lock."""
    context = AppContext(resolve(tmp_path / "data"), busy_timeout_ms=300)
    import_(context, demo_package)
    declare(context, SID, "C01", "J1", has_link=False)
    yield context
    context.close()


def _screen(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> ModalityScreen:
    screen = ModalityScreen(ctx, GridKey(SID, "C01", "msp", "J1"), clock, rng=random.Random(7))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_a_locked_database_is_told_at_once_in_plain_words(
    gui_ctx: AppContext, clock: FakeClock, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    screen = _screen(gui_ctx, clock, qtbot)
    assert screen.set_mark("CP1.1", Mark.SATISFIED) is not None
    # Another program holds the write lock (a second copy of the app, a sqlite3 shell…).
    with closing(sqlite3.connect(gui_ctx.paths.database, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        assert screen.set_mark("CP1.2", Mark.SATISFIED) is None
        waited = time.monotonic() - started
        other.execute("ROLLBACK")
    assert waited < 2  # told within a second or so, not after a frozen wait
    told = screen.error_text()
    assert "occupée par un autre programme" in told and "rien n'a été enregistré" in told
    assert "les précédentes restent intactes" in told and "grille papier" in told
    assert "SQL" not in told and "INSERT" not in told and "sqlite3." not in told
    assert screen.saved_indicator.text() == "Non enregistré"
    assert screen.grid.marks == {"CP1.1": Mark.SATISFIED}  # what was saved is still shown, and held
    assert grid_view(gui_ctx, screen.key).marks == {"CP1.1": Mark.SATISFIED}
    # Once the lock is gone the same click goes through.
    assert screen.set_mark("CP1.2", Mark.SATISFIED) is not None
    assert screen.saved_indicator.text().startswith("Enregistré à ")
    assert any(r.levelno >= logging.ERROR for r in caplog.records)


def test_a_fault_names_the_log_file_which_holds_the_traceback(
    tmp_path: Path, demo_package: Path, clock: FakeClock, qtbot: QtBot
) -> None:
    root = tmp_path / "data"
    ctx = AppContext(resolve(root))
    import_(ctx, demo_package)
    declare(ctx, SID, "C01", "J1", has_link=False)
    log_path = app_log.configure(ctx.paths)
    assert log_path == root / "logs" / "jury_app.log"
    screen = _screen(ctx, clock, qtbot)
    try:
        ctx.close()
        ctx.paths.database.write_bytes(b"garbage " * 512)  # the disk gave back garbage
        assert screen.set_mark("CP1.1", Mark.SATISFIED) is None
    finally:
        ctx.close()
        for handler in logging.getLogger("jury_app").handlers[:]:
            if getattr(handler, "baseFilename", "") == str(log_path):
                handler.close()
                logging.getLogger("jury_app").removeHandler(handler)
    told = screen.error_text()
    assert f"Détails pour l'assistance : {log_path}" in told
    assert "Traceback" not in told
    logged = log_path.read_text(encoding="utf-8")
    assert "action failed (ModalityScreen)" in logged and "Traceback" in logged


def _answer_note_question(qtbot: QtBot, button_text: str, seen: list[str]) -> None:
    """Click `button_text` in the question about the note, once it shows."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        button = next(b for b in box.findChildren(QPushButton) if b.text() == button_text)
        button.click()

    QTimer.singleShot(0, click)


def test_a_typed_note_is_never_dropped_silently(gui_ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> None:
    screen = _screen(gui_ctx, clock, qtbot)
    left: list[bool] = []
    screen.closed.connect(lambda: left.append(True))
    screen.notes_panel.note_edit.setText("Reformule avant de proposer")
    seen: list[str] = []

    _answer_note_question(qtbot, "Rester sur cet écran", seen)
    screen.close_screen()
    assert left == [] and screen.pending_note == "Reformule avant de proposer"
    assert "Reformule avant de proposer" in seen[0]

    _answer_note_question(qtbot, "L'ajouter", seen)
    screen.close_screen()
    assert left == [True]
    assert [n.text for n in grid_view(gui_ctx, screen.key).notes] == ["Reformule avant de proposer"]

    screen.notes_panel.note_edit.setText("brouillon")
    _answer_note_question(qtbot, "Ne pas la garder", seen)
    assert screen.confirm_leave()
    assert screen.pending_note == ""
    assert [n.text for n in grid_view(gui_ctx, screen.key).notes] == ["Reformule avant de proposer"]
