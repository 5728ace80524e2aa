"""Kill the app while a juror scores: what was shown as saved is there on restart.

A child process runs the real modality screen offscreen and marks criteria by keyboard, one
key press at a time; after each press it prints what the screen shows as saved. The test kills
it with SIGKILL at a random moment, then reopens the same data folder in a new screen.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey
from jury_app.actions.jurors import declare
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import Mark
from jury_app.ui.modality.modality_screen import ModalityScreen

SID = "DEMO-CIP-2026-11"

CHILD = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from datetime import UTC, datetime
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey
from jury_app.domain.clock import FakeClock
from jury_app.paths import AppPaths
from jury_app.ui.modality.modality_screen import ModalityScreen

app = QApplication([])
ctx = AppContext(AppPaths(Path(sys.argv[1])))
screen = ModalityScreen(ctx, GridKey("DEMO-CIP-2026-11", "C01", "qp", "J1"), FakeClock(datetime(2026, 12, 7, 9, tzinfo=UTC)), sound_enabled=False)
screen.resize(1280, 720)
screen.show()
keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3]
print("READY", flush=True)
for i, (cid, row) in enumerate(screen.checklist.rows.items()):
    row.setFocus()
    QTest.keyClick(row, keys[i % 3])
    app.processEvents()
    shown = screen.grid.marks.get(cid)
    if shown is not None:
        print("SAVED", cid, shown.value, flush=True)
    time.sleep(0.01)
print("DONE", flush=True)
time.sleep(30)
"""


@pytest.mark.slow
def test_kill_while_scoring_loses_nothing_shown_as_saved(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    declare(ctx, SID, "C01", "J1", has_link=False)
    ctx.close()
    rng = random.Random(20261207)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    acknowledged: dict[str, str] = {}
    for _round in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(ctx.paths.root)], stdout=subprocess.PIPE, text=True, env=env
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "READY"
        deadline = time.monotonic() + rng.uniform(0.05, 0.6)
        while time.monotonic() < deadline:
            line = proc.stdout.readline().split()
            if not line or line[0] == "DONE":
                break
            if line[0] == "SAVED":
                acknowledged[line[1]] = line[2]
        os.kill(proc.pid, signal.SIGKILL)
        rest = proc.stdout.read().split("\n")
        proc.wait()
        for raw in rest:  # lines printed before the kill landed count as shown
            parts = raw.split()
            if len(parts) == 3 and parts[0] == "SAVED":
                acknowledged[parts[1]] = parts[2]
        assert acknowledged, "the child never saved anything before being killed"
        reopened = AppContext(ctx.paths)
        try:
            screen = ModalityScreen(
                reopened, GridKey(SID, "C01", "qp", "J1"), FakeClock(datetime.now(UTC)), sound_enabled=False
            )
            qtbot.addWidget(screen)
            for cid, mark in acknowledged.items():
                assert screen.grid.marks.get(cid) == Mark(mark)
                assert screen.checklist.rows[cid].mark == Mark(mark)
            with reopened.database.reader() as orm:
                assert orm.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            screen.close()
        finally:
            reopened.close()
