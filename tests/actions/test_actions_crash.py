"""A crash (SIGKILL) in the middle of a run of marks, 20 times: nothing acknowledged is lost, the
database stays sound and the audit trail still verifies against the evaluations."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from jury_app.actions import grids
from jury_app.actions.audit import verify_audit
from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey
from jury_app.domain.grading import Mark
from jury_app.paths import resolve

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only"),
]

S = "DEMO-CIP-2026-11"
CRITERIA = [f"CP1.{i}" for i in range(1, 6)] + [f"CP2.{i}" for i in range(1, 6)]
MARKS = [m.value for m in Mark]

# The child marks CRITERIA[i % 10] with MARKS[(i // 10 + round) % 3] for i = 0, 1, 2, ... and
# prints one ACK line after each set_mark has returned, flushing it at once.
CHILD = r"""
import sys
from pathlib import Path
from jury_app.actions import grids, jurors
from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey
from jury_app.domain.clock import SystemClock
from jury_app.domain.grading import Mark
from jury_app.paths import resolve

data_dir, round_no = sys.argv[1], int(sys.argv[2])
criteria = sys.argv[3].split(",")
marks = list(Mark)
ctx = AppContext(resolve(data_dir))
clock = SystemClock()
jurors.declare(ctx, "DEMO-CIP-2026-11", "C01", "J1", has_link=False)
key = GridKey("DEMO-CIP-2026-11", "C01", "msp", "J1")
print("READY", flush=True)
i = 0
while True:
    criterion = criteria[i % len(criteria)]
    mark = marks[(i // len(criteria) + round_no) % len(marks)]
    grids.set_mark(ctx, key, criterion, mark, clock)
    sys.stdout.write(f"ACK {criterion} {mark.value}\n")
    sys.stdout.flush()
    i += 1
"""


def _next_write(round_no: int, acks: int) -> tuple[str, str]:
    """The write the child attempts right after its `acks`-th acknowledgement."""
    return CRITERIA[acks % len(CRITERIA)], MARKS[(acks // len(CRITERIA) + round_no) % len(MARKS)]


# 20 child processes, each importing the app: under 30 s alone, 65 s seen on a loaded machine.
# A hang, not slowness, is the fault to catch here (speed is measured in bench/).
@pytest.mark.timeout(600)
def test_acknowledged_marks_survive_sigkill(ctx: AppContext, tmp_path: Path) -> None:
    data_dir = ctx.paths.root
    ctx.close()
    rng = random.Random(20261207)
    committed: dict[str, str] = {}  # what the database held after the previous crash
    total_acks = 0

    for round_no in range(20):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(data_dir), str(round_no), ",".join(CRITERIA)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        try:
            assert proc.stdout is not None
            ready = proc.stdout.readline()
            assert ready.strip() == "READY", proc.stderr.read() if proc.stderr else ""
            time.sleep(rng.uniform(0.02, 0.3))
            os.kill(proc.pid, signal.SIGKILL)
            # Read through the buffered stream READY came from: ACK lines that came with it sit in
            # its buffer, where communicate() (it reads the pipe itself) would never see them.
            out = proc.stdout.read()
            err = proc.stderr.read() if proc.stderr else ""
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == -signal.SIGKILL, err

        # a line cut short by the kill (no newline yet) is not an acknowledgement
        lines = out[: out.rfind("\n") + 1].splitlines()
        acked = dict(committed)
        for line in lines:
            tag, criterion, mark = line.split()
            assert tag == "ACK"
            acked[criterion] = mark
        total_acks += len(lines)
        print(f"round {round_no}: {len(lines)} acknowledged marks")

        db_file = data_dir / "jury_app.sqlite3"
        with closing(sqlite3.connect(db_file)) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

        reopened = AppContext(resolve(data_dir))
        try:
            found = {c: m.value for c, m in grids.grid_view(reopened, GridKey(S, "C01", "msp", "J1")).marks.items()}
            trail = verify_audit(reopened, S)
            assert trail.ok, (round_no, trail.problems)
        finally:
            reopened.close()

        # A write may have been committed without being acknowledged (killed between the two):
        # only the one write following the last acknowledgement can differ.
        pending_criterion, pending_mark = _next_write(round_no, len(lines))
        for criterion, mark in acked.items():
            if criterion == pending_criterion:
                assert found.get(criterion) in (mark, pending_mark), (round_no, criterion)
            else:
                assert found.get(criterion) == mark, (round_no, criterion)
        assert set(found) <= set(acked) | {pending_criterion}
        committed = found

    assert total_acks > 0  # the kills did land in the middle of the marking
