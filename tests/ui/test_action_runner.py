"""The one way a screen calls an action: a refusal told in the band, a fault logged and told in
French, "Enregistré" only once the commit is done, slow work off the GUI thread. Real widgets, real
SQLite, real actions; a fake clock."""

from __future__ import annotations

import logging
import random
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from jury_app.actions import deliberation, exam, packages
from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey
from jury_app.actions.jurors import declarations, declare, jury_members
from jury_app.data.errors import DatabaseError
from jury_app.domain.clock import FakeClock
from jury_app.domain.problems import InvalidInput
from jury_app.paths import resolve
from jury_app.ui.common.action_runner import ActionRunner, Failed, Progress
from jury_app.ui.common.feedback import MessageBanner, SavedState, local_time
from jury_app.ui.deliberation import DeliberationScreen
from jury_app.ui.modality import ModalityScreen

SID = "DEMO-CIP-2026-11"
NOT_DECLARED = "déclarez d'abord n'avoir aucun lien avec ce candidat"
NOTHING_LOST = "Rien n'a été perdu : ce qui était enregistré l'est toujours."


class _Screen(QWidget):
    """A screen as the modality and deliberation screens are built: a message band, a saved label."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.saved = SavedState()
        self.banner = MessageBanner()
        layout.addWidget(self.saved)
        layout.addWidget(self.banner)


@pytest.fixture
def screen(qtbot: QtBot) -> _Screen:
    widget = _Screen()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _runner(screen: _Screen, clock: FakeClock) -> ActionRunner:
    return ActionRunner(screen, banner=screen.banner, saved=screen.saved, clock=clock)


def _errors(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_refusal_says_what_was_refused_and_that_nothing_was_lost(
    ctx: AppContext, clock: FakeClock, screen: _Screen, caplog: pytest.LogCaptureFixture
) -> None:
    runner = _runner(screen, clock)
    started = runner.call(
        lambda: exam.start_modality(ctx, GridKey(SID, "C01", "msp", "J1"), clock), what="Démarrer le chronomètre"
    )
    assert started is None
    assert screen.banner.text() == f"Refusé — Démarrer le chronomètre : {NOT_DECLARED}\n{NOTHING_LOST}"
    assert screen.banner.isVisible() and screen.banner.kind == "refusal"
    # Nothing was changed: the saved label keeps telling the truth, no "Non enregistré".
    assert screen.saved.state == "idle" and screen.saved.text() != "Non enregistré"
    assert _errors(caplog) == []  # a refusal is the user's to fix, not a fault to log
    assert runner.call(lambda: exam.start_modality(ctx, GridKey(SID, "C01", "msp", "J1"), clock)) is None
    assert screen.banner.text() == f"Refusé : {NOT_DECLARED}\n{NOTHING_LOST}"

    # The next action that goes through clears the band and is shown saved, at the clock's time.
    assert runner.do(lambda: declare(ctx, SID, "C01", "J1", has_link=False))
    assert screen.banner.text() == "" and not screen.banner.isVisible()
    assert screen.saved.state == "saved"
    assert screen.saved.text() == f"Enregistré à {local_time(clock.now())}"


def test_saved_is_said_only_once_the_commit_is_done(
    ctx: AppContext, clock: FakeClock, screen: _Screen, tmp_path: Path
) -> None:
    runner = _runner(screen, clock)
    seen_while_running: list[str] = []

    def declare_no_link() -> None:
        seen_while_running.append(screen.saved.state)
        declare(ctx, SID, "C02", "J1", has_link=False)
        seen_while_running.append(screen.saved.state)

    assert runner.do(declare_no_link)
    assert seen_while_running == ["idle", "idle"]
    assert screen.saved.state == "saved"
    # What the label calls saved is on disk: another connection to the same folder reads it.
    other = AppContext(resolve(tmp_path / "data"))
    try:
        assert ("C02", "J1") in declarations(other, SID)
    finally:
        other.close()

    # A reading never touches the saved label, even when it is refused.
    assert runner.read(lambda: jury_members(ctx, "NO-SUCH-SESSION")) is None
    assert "session inconnue : « NO-SUCH-SESSION »" in screen.banner.text()
    assert screen.saved.state == "saved"


def test_a_fault_is_logged_with_its_traceback_and_told_in_french(
    tmp_path: Path, demo_package: Path, clock: FakeClock, screen: _Screen, caplog: pytest.LogCaptureFixture
) -> None:
    root = tmp_path / "broken"
    first = AppContext(resolve(root))
    packages.import_(first, demo_package)
    first.close()
    resolve(root).database.write_bytes(b"not a database, " * 256)  # the disk gave back garbage
    broken = AppContext(resolve(root))
    try:
        runner = _runner(screen, clock)
        assert runner.do(lambda: declare(broken, SID, "C01", "J1", has_link=False)) is False
    finally:
        broken.close()
    assert screen.banner.text().startswith(f"La base de données {resolve(root).database} est endommagée")
    assert screen.banner.kind == "error"
    assert "les précédentes restent intactes" in screen.banner.text()  # and what to do
    assert screen.saved.text() == "Non enregistré"
    assert "Traceback" not in screen.banner.text() and "SELECT" not in screen.banner.text()
    [record] = _errors(caplog)
    assert record.exc_info is not None and issubclass(record.exc_info[0], DatabaseError)
    assert "_Screen" in record.getMessage()


def test_without_a_band_the_message_is_told_in_a_dialog(
    ctx: AppContext, clock: FakeClock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _parent, title, text, *_a: told.append((title, text)))
    )
    window = QWidget()
    qtbot.addWidget(window)
    runner = ActionRunner(window)
    assert runner.do(lambda: exam.set_timer_speed(ctx, SID, 4)) is False  # a real session, not a mock one
    assert told == [
        (
            "Action refusée",
            f"Refusé : l'accélération des chronomètres est réservée aux examens blancs\n{NOTHING_LOST}",
        )
    ]


def test_background_work_reports_its_result_on_the_gui_thread_with_progress(
    tmp_path: Path, demo_package: Path, screen: _Screen, clock: FakeClock, qtbot: QtBot
) -> None:
    fresh = AppContext(resolve(tmp_path / "fresh"))
    other = AppContext(resolve(tmp_path / "other"))
    runner = _runner(screen, clock)
    app = QApplication.instance()
    assert app is not None
    results: list[str] = []
    on_gui_thread: list[bool] = []

    def work(progress: Progress) -> str:
        on_gui_thread.append(QThread.currentThread() is app.thread())
        packages.import_(other, demo_package, progress=progress)  # two imports: enough bytes for a report
        return packages.import_(fresh, demo_package, progress=progress).session_id

    def then(session_id: str) -> None:
        on_gui_thread.append(QThread.currentThread() is app.thread())
        results.append(session_id)

    try:
        runner.in_background(work, then, progress_label="Import du paquet…")
        qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    finally:
        fresh.close()
        other.close()
    assert results == [SID]
    assert on_gui_thread == [False, True]  # the work off the GUI thread, what follows on it
    dialog = runner.progress_dialog
    assert dialog is not None and not dialog.isVisible()
    # The demo's attachments weigh about 0.25 MB, imported twice: at least one report of the bytes stored.
    assert dialog.labelText().startswith("Import du paquet…\n") and dialog.labelText().endswith(" Mo traités")


def test_background_refusal_is_handed_over_or_told(
    tmp_path: Path, screen: _Screen, clock: FakeClock, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    not_a_package = tmp_path / "notes.zip"
    not_a_package.write_text("pas un paquet", encoding="utf-8")
    fresh = AppContext(resolve(tmp_path / "fresh"))
    runner = _runner(screen, clock)
    failures: list[Failed] = []
    try:
        runner.in_background(
            lambda progress: packages.import_(fresh, not_a_package, progress=progress),
            lambda _result: None,
            on_failure=failures.append,
        )
        qtbot.waitUntil(lambda: bool(failures), timeout=30_000)
        assert failures[0].refused and "notes.zip" in failures[0].message
        assert screen.banner.text() == ""  # handed over, not told twice

        runner.in_background(lambda progress: packages.import_(fresh, not_a_package), lambda _result: None)
        qtbot.waitUntil(lambda: screen.banner.text() != "", timeout=30_000)
        assert screen.banner.text() == failures[0].message
    finally:
        fresh.close()
    assert _errors(caplog) == []
    assert not (tmp_path / "fresh" / "jury_app.sqlite3").exists()  # refused: nothing written


def test_modality_and_deliberation_screens_tell_a_refusal_the_same_way(
    ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    declare(ctx, SID, "C01", "J1", has_link=False)
    modality = ModalityScreen(ctx, GridKey(SID, "C01", "msp", "J1"), clock, rng=random.Random(7))
    qtbot.addWidget(modality)
    board = DeliberationScreen(ctx, SID, "J1", clock)
    qtbot.addWidget(board)

    assert modality.start() is None  # no scenario drawn yet
    assert board.decide(deliberation.TITLE, True, "") is None  # no CCP granted yet

    # Each band says exactly what the action's refusal says, called again on the unchanged database.
    with pytest.raises(InvalidInput) as start_refused:
        exam.start_modality(ctx, GridKey(SID, "C01", "msp", "J1"), clock)
    with pytest.raises(InvalidInput) as title_refused:
        deliberation.decide(ctx, SID, "C01", deliberation.TITLE, True, "", "J1", clock)
    for screen, refused, what in (
        (modality, start_refused.value, "Refusé — Démarrer le chronomètre : "),
        (board, title_refused.value, "Refusé"),
    ):
        assert type(screen.banner) is MessageBanner
        assert screen.error_text().startswith(what)
        assert next(p.message for p in refused.problems) in screen.error_text()
        assert screen.error_text().endswith(NOTHING_LOST)
        assert screen.runner.saved is not None
        assert screen.runner.saved.text() != "Non enregistré"
