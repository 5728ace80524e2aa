"""Scoring a grid on the modality screen: click-to-durable-commit, and the longest GUI stall.

On the demo session imported into a temporary data folder, with a real `ModalityScreen` for
juror J1 on modality "qp" (12 competences, 59 criteria) under QT_QPA_PLATFORM=offscreen:

(a) click-to-commit: every criterion is marked (cycling Satisfait / Non satisfait / Non observé)
    by a real `QTest.mouseClick` on its radio button, then a second time by the keys 1/2/3 on the
    focused row (which then moves on to the next criterion). The time measured is around the QTest
    call: the action commits durably (SQLite WAL, synchronous=FULL) before it returns. At the end
    the marks are read back from a second AppContext. For comparison, the same marks through the
    bare action `grids.set_mark`, without Qt, and the floor: the rows a click writes, in raw
    sqlite3, one synchronous=FULL commit each, on a copy of the database in the same folder.
    Aims: GUI median ≤ 2 ms (p95 ≤ 4 ms), set_mark alone ≤ 1 ms.
(b) GUI stall: a 5 ms QTimer on the GUI thread records the gaps between its timeouts while every
    criterion of a fresh grid is clicked from QTimer.singleShot and the modality timer runs (its
    panel refreshes every 250 ms). Two schedules: each click 20 ms after the previous one returned
    (the figure held against the aim), and all clicks set up front every 20 ms, which queue up
    when a click takes most of its 20 ms. Prints the longest and the p99 gap, and what ran during
    the longest one (clicks, timer refreshes, garbage collection, the rest). Aim: under one frame (16 ms).

    .venv/bin/python bench/bench_scoring.py [--spacing-ms 20] [--data-dir DIR]

--data-dir puts the temporary data folder under DIR (the fsync cost depends on the disk).

On Python < 3.12 with the PySide6 6.12.0 abi3 wheel, every call of a Qt method that returns
nothing takes one reference from None (the wheel assumes the immortal None of Python 3.12+), and
the process aborts with "Fatal Python error: none_dealloc" once the count reaches zero, after a
few hundred clicks here. The bench holds a ballast of references to None so that it can finish,
and prints how many references each click loses.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import PySide6
from floors import beside, copy_database, raw_connection, stored_time
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey, grid_view, set_mark
from jury_app.actions.jurors import declare
from jury_app.actions.packages import import_
from jury_app.demo.package import write_demo_package
from jury_app.domain.clock import SystemClock
from jury_app.domain.grading import Mark
from jury_app.paths import resolve
from jury_app.ui import collector
from jury_app.ui.modality import ModalityScreen
from jury_app.ui.modality.grid_rows import JudgementRow

SID = "DEMO-CIP-2026-11"
JUROR = "J1"
MODALITY = "qp"
CYCLE = (Mark.SATISFIED, Mark.NOT_SATISFIED, Mark.NOT_OBSERVED)
KEYS = {Mark.SATISFIED: Qt.Key.Key_1, Mark.NOT_SATISFIED: Qt.Key.Key_2, Mark.NOT_OBSERVED: Qt.Key.Key_3}
TICK_MS = 5
FRAME_S = 1 / 60
"""One frame at 60 Hz: a stall shorter than this is not seen."""
NONE_BALLAST = 2_000_000
"""References to None held so that PySide6's leak (see above) cannot bring its count to zero."""
_ballast: list[None] = []


def none_refs() -> int | None:
    """The reference count of None where it can run out (Python < 3.12), else None."""
    return sys.getrefcount(None) if sys.version_info < (3, 12) else None


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, round(p / 100 * len(ordered) + 0.5))
    return ordered[min(rank, len(ordered)) - 1]


def summary(label: str, seconds: list[float]) -> str:
    ms = [s * 1000 for s in seconds]
    return (
        f"{label:<34} n={len(ms):<4} median {statistics.median(ms):6.2f} ms   p95 {percentile(ms, 95):6.2f} ms   "
        f"worst {max(ms):6.2f} ms"
    )


def open_screen(ctx: AppContext, candidate: str) -> ModalityScreen:
    declare(ctx, SID, candidate, JUROR, has_link=False)
    screen = ModalityScreen(ctx, GridKey(SID, candidate, MODALITY, JUROR), SystemClock())
    screen.timer_panel.sound = lambda: None
    screen.resize(1280, 720)
    screen.show()
    screen.activateWindow()
    QTest.qWaitForWindowExposed(screen)
    QApplication.processEvents()
    return screen


def click(screen: ModalityScreen, criterion_id: str, mark: Mark) -> float:
    """A real mouse click on the radio of `mark`; returns the seconds until QTest returns."""
    row = screen.checklist.rows[criterion_id]
    screen.checklist.scroll_area.ensureWidgetVisible(row, 10, 40)  # a click lands where it is seen
    radio = row.radios[mark]
    t = time.perf_counter()
    QTest.mouseClick(radio, Qt.MouseButton.LeftButton)
    return time.perf_counter() - t


def reach(screen: ModalityScreen, criterion_id: str) -> None:
    """Moves the focus to the criterion with ↓ as a juror does (not timed).

    Once a competence's criteria are all marked the focus lands on its judgement row; the juror
    goes on to the next competence's first criterion with ↓ (or judges it, which this bench leaves out).
    """
    row = screen.checklist.rows[criterion_id]
    for _ in range(3):
        if row.hasFocus():
            return
        focused = QApplication.focusWidget()
        if not isinstance(focused, JudgementRow):
            break
        QTest.keyClick(focused, Qt.Key.Key_Down)
    if not row.hasFocus():
        raise SystemExit(f"le critère {criterion_id} n'a pas le focus (focus : {QApplication.focusWidget()!r})")


def press(screen: ModalityScreen, criterion_id: str, mark: Mark) -> float:
    """The key 1/2/3 on the focused row; returns the seconds until QTest returns."""
    reach(screen, criterion_id)
    row = screen.checklist.rows[criterion_id]
    t = time.perf_counter()
    QTest.keyClick(row, KEYS[mark])
    return time.perf_counter() - t


def check_shown(screen: ModalityScreen, criterion_id: str, mark: Mark) -> None:
    if screen.grid.marks.get(criterion_id) is not mark:
        raise SystemExit(
            f"le clic sur {criterion_id} ({mark.value}) n'a pas été enregistré : "
            f"{screen.grid.marks.get(criterion_id)} ; message : {screen.error_text()!r}"
        )


def bench_click_to_commit(app: QApplication, ctx: AppContext, data: Path) -> float | None:
    """Prints the figures of (a); returns the references to None lost per GUI click (Python < 3.12)."""
    screen = open_screen(ctx, "C01")
    criteria = list(screen.checklist.rows)
    expected: dict[str, Mark] = {}
    refs_before = none_refs()

    clicks: list[float] = []
    for i, cid in enumerate(criteria):
        mark = CYCLE[i % 3]
        clicks.append(click(screen, cid, mark))
        check_shown(screen, cid, mark)
        expected[cid] = mark
        app.processEvents()  # the repaint the juror sees, between two clicks (not timed)

    keys: list[float] = []
    screen.checklist.focus_row(criteria[0])
    app.processEvents()
    for i, cid in enumerate(criteria):
        mark = CYCLE[(i + 1) % 3]  # every mark changes
        keys.append(press(screen, cid, mark))
        check_shown(screen, cid, mark)
        expected[cid] = mark
        app.processEvents()

    refs_after = none_refs()
    leak = None if refs_before is None or refs_after is None else (refs_before - refs_after) / (2 * len(criteria))
    reader = AppContext(resolve(data))  # another connection sees only what was committed
    try:
        durable = grid_view(reader, screen.key).marks
    finally:
        reader.close()
    lost = {cid for cid, mark in expected.items() if durable.get(cid) is not mark}
    screen.close()
    screen.deleteLater()
    app.processEvents()

    bare: list[float] = []
    declare(ctx, SID, "C02", JUROR, has_link=False)
    key = GridKey(SID, "C02", MODALITY, JUROR)
    clock = SystemClock()
    for i, cid in enumerate(criteria):
        t = time.perf_counter()
        set_mark(ctx, key, cid, CYCLE[i % 3], clock)
        bare.append(time.perf_counter() - t)

    floor = raw_click_floor(ctx.paths.database, criteria)

    print(f"(a) click-to-durable-commit, {len(criteria)} criteria of C01/{MODALITY}/{JUROR}")
    print(summary("mouse click on the radio", clicks))
    print(summary("key 1/2/3 on the focused row", keys))
    print(summary("all GUI events", clicks + keys) + "   (aim: median ≤ 2 ms, p95 ≤ 4 ms)")
    print(summary("bare set_mark, no Qt", bare) + "   (aim: median ≤ 1 ms)")
    print(summary("floor: the same rows, raw sqlite3", floor))
    overhead = statistics.median(clicks + keys) - statistics.median(bare)
    print(f"GUI overhead on the median: {overhead * 1000:.2f} ms")
    floor_median = statistics.median(floor)
    print(beside("click → durable commit, GUI median", statistics.median(clicks + keys), "raw commit", floor_median))
    print(
        beside("  keys / mouse", statistics.median(keys), "raw commit", floor_median)
        + f"   mouse {statistics.median(clicks) * 1000:.2f} ms ({statistics.median(clicks) / floor_median:.1f}×)"
    )
    print(beside("grids.set_mark alone, median", statistics.median(bare), "raw commit", floor_median))
    verdict = "all durable" if not lost else f"{len(lost)} NOT durable: {sorted(lost)}"
    print(f"read back from a second AppContext: {len(expected) - len(lost)}/{len(expected)} marks, {verdict}")
    return leak


AUDIT_SQL = (
    "INSERT INTO audit_log (session_id, seq, at, actor, action, target, before, after, prev_hash, hash) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def raw_click_floor(database: Path, criteria: list[str]) -> list[float]:
    """The floor of a click: the rows it writes, in raw sqlite3, one synchronous=FULL commit each.

    On a copy of the database in the same folder (the same disk): read the mark it replaces and
    the trail's last entry, upsert the mark, set the grid's time, add a line to the grid's trail
    and a chained, hashed audit entry, commit. What a click cannot do without.
    """
    copy = database.with_name("floor.sqlite3")
    copy_database(database, copy)
    conn = raw_connection(copy)
    try:
        now = stored_time(dt.datetime.now(dt.UTC))
        grid_pk = conn.execute(
            "INSERT INTO grids (session_id, candidate_ref, modality_id, juror_ref, source, updated_at) "
            "VALUES (?, 'C05', ?, ?, 'app', ?) RETURNING pk",
            (SID, MODALITY, JUROR, now),
        ).fetchone()[0]
        times: list[float] = []
        for i, cid in enumerate(criteria):
            mark = CYCLE[i % 3].value
            t = time.perf_counter()
            at = dt.datetime.now(dt.UTC)
            stamp = stored_time(at)
            conn.execute("BEGIN IMMEDIATE")
            last = conn.execute(
                "SELECT seq, hash FROM audit_log WHERE session_id = ? ORDER BY seq DESC LIMIT 1", (SID,)
            ).fetchone()
            seq, prev = (last[0], last[1]) if last else (0, "0" * 64)
            row = conn.execute(
                "SELECT mark FROM criterion_marks WHERE grid_pk = ? AND criterion_id = ?", (grid_pk, cid)
            ).fetchone()
            before = row[0] if row else None
            conn.execute(
                "INSERT INTO criterion_marks (grid_pk, criterion_id, mark, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (grid_pk, criterion_id) DO UPDATE SET mark = excluded.mark, updated_at = excluded.updated_at",
                (grid_pk, cid, mark, stamp),
            )
            conn.execute("UPDATE grids SET updated_at = ? WHERE pk = ?", (stamp, grid_pk))
            conn.execute(
                "INSERT INTO grid_changes (grid_pk, at, field, target, before, after, undone) "
                "VALUES (?, ?, 'mark', ?, ?, ?, 0)",
                (grid_pk, stamp, cid, before, mark),
            )
            item = json.dumps({"candidate": "C05", "item": cid, "modality": MODALITY, "juror": JUROR}, sort_keys=True)
            body = json.dumps([SID, seq + 1, at.isoformat(), JUROR, "grid.mark", item, before, mark])
            digest = hashlib.sha256((prev + body).encode()).hexdigest()
            conn.execute(AUDIT_SQL, (SID, seq + 1, stamp, JUROR, "grid.mark", item, before, mark, prev, digest))
            conn.execute("COMMIT")
            times.append(time.perf_counter() - t)
        return times
    finally:
        conn.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)


@dataclass
class StallRun:
    gaps: list[float]
    clicks: list[float]
    spans: dict[str, list[tuple[float, float]]]
    worst: tuple[float, float]
    wall: float


def heartbeat_timer(ticks: list[float]) -> QTimer:
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(TICK_MS)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    return heartbeat


def idle_gaps(seconds: float) -> list[float]:
    """Gaps between heartbeats while the event loop runs with nothing else to do."""
    ticks: list[float] = []
    heartbeat = heartbeat_timer(ticks)
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    heartbeat.start()
    loop.exec()
    heartbeat.stop()
    return [b - a for a, b in pairwise(ticks)]


def scoring_run(ctx: AppContext, candidate: str, spacing_ms: int, *, chained: bool) -> StallRun:
    """Marks every criterion by clicks fired from QTimer.singleShot while a heartbeat records gaps.

    chained: each click is scheduled `spacing_ms` after the previous one returned (a juror who
    waits for the screen); otherwise all are scheduled up front every `spacing_ms` (clicks that
    keep coming whether or not the screen has caught up: they queue).
    """
    screen = open_screen(ctx, candidate)
    if screen.start() is None:  # the timer runs: its panel refreshes every 250 ms, the countdown moves
        raise SystemExit(f"impossible de démarrer le chronomètre : {screen.error_text()!r}")
    criteria = list(screen.checklist.rows)
    spans: dict[str, list[tuple[float, float]]] = {"click": [], "timer refresh": [], "gc": []}
    clicks: list[float] = []
    failures: list[str] = []
    ticks: list[float] = []
    heartbeat = heartbeat_timer(ticks)
    loop = QEventLoop()

    def fire(i: int) -> Callable[[], None]:
        def run() -> None:
            cid, mark = criteria[i], CYCLE[i % 3]
            t = time.perf_counter()
            clicks.append(click(screen, cid, mark))
            spans["click"].append((t, time.perf_counter()))
            if screen.grid.marks.get(cid) is not mark:
                failures.append(cid)
            if chained:
                QTimer.singleShot(spacing_ms, fire(i + 1) if i + 1 < len(criteria) else loop.quit)
            elif i + 1 == len(criteria):  # queued clicks may run late: the loop ends after the last
                QTimer.singleShot(spacing_ms, loop.quit)

        return run

    if chained:
        QTimer.singleShot(spacing_ms, fire(0))
    else:
        for i in range(len(criteria)):
            QTimer.singleShot(spacing_ms * (i + 1), fire(i))

    panel = screen.timer_panel
    panel._ticker.timeout.disconnect(panel.refresh)  # the panel's own 250 ms refresh, timed

    def timed_refresh() -> None:
        t = time.perf_counter()
        panel.refresh()
        spans["timer refresh"].append((t, time.perf_counter()))

    panel._ticker.timeout.connect(timed_refresh)
    gc_started: list[float] = []

    def on_gc(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            gc_started.append(time.perf_counter())
        elif gc_started:
            spans["gc"].append((gc_started.pop(), time.perf_counter()))

    gc.callbacks.append(on_gc)
    t0 = time.perf_counter()
    heartbeat.start()
    loop.exec()
    heartbeat.stop()
    wall = time.perf_counter() - t0
    gc.callbacks.remove(on_gc)
    screen.close()
    if failures or len(clicks) != len(criteria):
        raise SystemExit(f"clics non enregistrés : {failures} ({len(clicks)}/{len(criteria)} faits)")
    worst = max(pairwise(ticks), key=lambda ab: ab[1] - ab[0])
    return StallRun([b - a for a, b in pairwise(ticks)], clicks, spans, worst, wall)


def anatomy(run: StallRun) -> str:
    """What ran during the longest gap."""
    start, end = run.worst
    parts = []
    accounted = 0.0
    for kind, spans in run.spans.items():
        overlaps = [o for o in (min(b, end) - max(a, start) for a, b in spans) if o > 0]
        accounted += sum(overlaps)
        if overlaps:
            parts.append(f"{len(overlaps)} {kind} {sum(overlaps) * 1000:.1f} ms")
    rest = (end - start - accounted) * 1000
    return f"{', '.join(parts) or 'nothing timed'}, the rest (events, layout, paint) {rest:.1f} ms"


def full_collection_ms() -> float:
    """The median of three full garbage collections, as the collector runs one on its own."""
    times = []
    for _ in range(3):
        t = time.perf_counter()
        gc.collect(2)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def bench_stall(ctx: AppContext, spacing_ms: int) -> None:
    tracked, before = len(gc.get_objects()), full_collection_ms()
    collector.settle()  # as the app does once the session is loaded (`ui/app.py`)
    print(
        f"a full garbage collection, session loaded ({tracked} objects tracked): {before:6.2f} ms; after the "
        f"start's gc.freeze() ({gc.get_freeze_count()} frozen): {full_collection_ms():5.2f} ms"
    )
    idle_ms = [g * 1000 for g in idle_gaps(1.0)]
    print(f"(b) GUI-thread stall while scoring {MODALITY} with the timer running, {TICK_MS} ms heartbeat")
    print(
        f"idle event loop (1 s, no clicks):       longest gap {max(idle_ms):6.2f} ms   p99 "
        f"{percentile(idle_ms, 99):6.2f} ms   median {statistics.median(idle_ms):5.2f} ms"
    )
    for candidate, chained, label in (
        ("C03", True, f"clicks {spacing_ms} ms after the last"),
        ("C04", False, f"clicks every {spacing_ms} ms, queued"),
    ):
        run = scoring_run(ctx, candidate, spacing_ms, chained=chained)
        ms = [g * 1000 for g in run.gaps]
        aim = "   (aim: < 16 ms)" if chained else ""
        print(
            f"{label + ':':<40}longest gap {max(ms):6.2f} ms   p99 {percentile(ms, 99):6.2f} ms   "
            f"median {statistics.median(ms):5.2f} ms{aim}"
        )
        refreshes = run.spans["timer refresh"]
        print(
            f"  {len(run.clicks)} clicks on {candidate} in {run.wall:.2f} s, {len(ms)} gaps, "
            f"{len(refreshes)} timer refreshes (worst "
            f"{max((b - a for a, b in refreshes), default=0) * 1000:.2f} ms), {len(run.spans['gc'])} GC passes"
        )
        print(f"  the longest gap holds: {anatomy(run)}")
        print(summary("  the clicks themselves", run.clicks))
        if chained:
            print(beside("longest GUI stall while scoring", max(ms) / 1000, "one frame", FRAME_S, "< 16 ms"))
            print(beside("  the same, against the idle loop", max(ms) / 1000, "idle loop", max(idle_ms) / 1000))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--spacing-ms", type=int, default=20, help="time between two scheduled clicks in (b)")
    parser.add_argument("--data-dir", help="where to create the temporary data folder (default: the system's)")
    args = parser.parse_args()
    print(
        f"bench_scoring {dt.datetime.now().isoformat(timespec='seconds')} — Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}"
    )
    app = QApplication(sys.argv[:1])
    before = none_refs()
    if before is not None:
        _ballast.extend([None] * NONE_BALLAST)
    with tempfile.TemporaryDirectory(prefix="bench-scoring-", dir=args.data_dir) as tmp_name:
        tmp = Path(tmp_name)
        data = tmp / "data"
        ctx = AppContext(resolve(data))
        try:
            import_(ctx, write_demo_package(tmp / "demo.zip"))
            print(f"data folder: {data}")
            leak = bench_click_to_commit(app, ctx, data)
            bench_stall(ctx, args.spacing_ms)
        finally:
            ctx.close()
    if before is not None and leak is not None:
        print(
            f"references to None lost per GUI click, its repaint included: {leak:.0f} (Python {sys.version_info.major}."
            f"{sys.version_info.minor}, PySide6 {PySide6.__version__}); None had {before} at start: without the "
            f"bench's ballast the process aborts (none_dealloc) after about {before / max(leak, 1):.0f} clicks"
        )
    # Out without tearing down: freeing the ballast, None would be deallocated (see the top).
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
