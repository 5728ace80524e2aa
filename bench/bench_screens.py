"""The screens of a 300-candidate session: overview, deliberation, switching candidate, closing check.

Builds the session of bench_reports.py (300 candidates, two jurors' grids for the four modalities,
timers, draws, decisions), then opens a third of the deliberations again and marks some
candidates absent, so that every state is on screen. A real `MainWindow` (1280×720, offscreen)
with juror J1 signed in then:

- opens the overview (the first time: the screen made; then again, coming back to it),
- opens the deliberation screen on the first candidate,
- switches candidate in the deliberation list (↓, 20 times: each one seen for the first time since
  the screen opened), then back up the list (↑: candidates seen a moment ago, their view kept),
- opens the closing check,

each timed until the screen is painted (events processed until none is left). Each beside its
floor measured in the same run: the same rows, as text, in a bare Qt view (a QTableView over a
QStandardItemModel for the overview, a QListWidget of the names for the deliberation, a
QTreeWidget for the closing check) shown in the same window, and one frame (16.7 ms) for a
switch. Aims: overview ≤ 0.3 s, deliberation ≤ 0.5 s, switch ≤ 50 ms, closing check ≤ 0.3 s.

    .venv/bin/python bench/bench_screens.py [--candidates 300] [-n 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_reports import SESSION, fill, write_package
from floors import beside
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QListWidget, QTableView, QTreeWidget, QTreeWidgetItem, QWidget
from sqlalchemy import delete, select, update

from jury_app.actions.context import AppContext
from jury_app.actions.packages import import_
from jury_app.data import models as db
from jury_app.domain.clock import SystemClock
from jury_app.paths import resolve
from jury_app.ui.app import make_application
from jury_app.ui.main_window import MainWindow

JUROR = "J1"
FRAME_S = 1 / 60


def settle(app: QApplication) -> None:
    """Every pending event handled: layouts done and the window painted."""
    for _ in range(3):
        app.processEvents()


def timed(app: QApplication, work: Callable[[], object], cpu: list[float] | None = None) -> float:
    """Wall time until settled; `cpu` gets the process's CPU time over the same span (what the
    machine's load moves less: the wall time waits for the CPU when other jobs hold it)."""
    c = time.process_time()
    t = time.perf_counter()
    work()
    settle(app)
    elapsed = time.perf_counter() - t
    if cpu is not None:
        cpu.append(time.process_time() - c)
    return elapsed


def vary(ctx: AppContext, candidates: int) -> None:
    """A day in progress: a third of the deliberations open again, every tenth candidate absent,
    every seventh one's questionnement not marked whole by J2, the last twenty not yet seen."""
    refs = [f"C{i:04d}" for i in range(candidates)]
    with ctx.database.session() as orm:
        grids = select(db.Grid.pk).where(
            db.Grid.session_id == SESSION,
            db.Grid.candidate_ref.in_(refs[3::7]),
            db.Grid.modality_id == "qp",
            db.Grid.juror_ref == "J2",
        )
        orm.execute(delete(db.CriterionMark).where(db.CriterionMark.grid_pk.in_(grids), db.CriterionMark.pk % 5 == 0))
        orm.execute(
            update(db.ModalityRun)
            .where(db.ModalityRun.session_id == SESSION, db.ModalityRun.candidate_ref.in_(refs[-20:]))
            .values(status="todo")
        )
        orm.execute(
            update(db.Deliberation)
            .where(db.Deliberation.session_id == SESSION, db.Deliberation.candidate_ref.in_(refs[1::3]))
            .values(closed=False, closed_at=None)
        )
        orm.execute(
            update(db.ModalityRun)
            .where(db.ModalityRun.session_id == SESSION, db.ModalityRun.candidate_ref.in_(refs[5::10]))
            .values(status="absent")
        )


def bare_table(host: QWidget, rows: list[list[str]]) -> QTableView:
    model = QStandardItemModel(len(rows), len(rows[0]) if rows else 0)
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            model.setItem(r, c, QStandardItem(text))
    view = QTableView(host)
    view.setModel(model)
    view.resize(host.size())
    view.show()
    return view


def bare_list(host: QWidget, names: list[str]) -> QListWidget:
    view = QListWidget(host)
    view.addItems(names)
    view.resize(host.size())
    view.show()
    return view


def bare_tree(host: QWidget, rows: list[list[str]]) -> QTreeWidget:
    view = QTreeWidget(host)
    view.setHeaderLabels(["Candidat", "Juré", "Manque"])
    view.addTopLevelItems([QTreeWidgetItem(r) for r in rows])
    view.resize(host.size())
    view.show()
    return view


def overview_rows(window: MainWindow) -> list[list[str]]:
    model = window.overview.model
    return [
        [str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--candidates", type=int, default=300)
    parser.add_argument("-n", "--runs", type=int, default=3, help="times each screen is opened again")
    args = parser.parse_args()
    print(
        f"bench_screens {dt.datetime.now().isoformat(timespec='seconds')} — Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}"
    )
    app = make_application(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="bench-screens-") as tmp_name:
        tmp = Path(tmp_name)
        ctx = AppContext(resolve(tmp / "data"))
        pkg = tmp / "bench.zip"
        write_package(pkg, args.candidates)
        import_(ctx, pkg)
        fill(ctx, args.candidates)
        vary(ctx, args.candidates)

        window = MainWindow(ctx, SystemClock())
        window.resize(1280, 720)
        window.show()
        settle(app)
        window.open_session(SESSION)
        window._logged_in(JUROR, "Juré Un")  # signed in: what the login screen does once the juror is known
        settle(app)

        first_overview = timed(app, window.show_overview)
        again: list[float] = []
        deliberation: list[float] = []
        switches: list[float] = []
        returns: list[float] = []
        cpu: dict[str, list[float]] = {"first": [], "back": []}
        closing: list[float] = []
        for _ in range(args.runs):
            deliberation.append(timed(app, lambda: window.show_deliberation(f"C{0:04d}")))
            screen = window._deliberation
            assert screen is not None
            candidates = screen.candidates
            for _k in range(20 // args.runs + 1):
                row = candidates.currentRow()
                switches.append(timed(app, lambda r=row, c=candidates: c.setCurrentRow(r + 1), cpu["first"]))
            for _k in range(20 // args.runs + 1):  # back up the list: candidates shown a moment ago
                row = candidates.currentRow()
                returns.append(timed(app, lambda r=row, c=candidates: c.setCurrentRow(r - 1), cpu["back"]))
            again.append(timed(app, window.show_overview))
        from jury_app.ui.overview.closing_dialog import ClosingDialog

        dialogs: list[ClosingDialog] = []

        def open_closing() -> None:
            dialog = ClosingDialog(ctx, SESSION, window)
            dialog.show()
            dialogs.append(dialog)

        for _ in range(args.runs):
            closing.append(timed(app, open_closing))
            dialogs[-1].close()
            settle(app)
        issues = [
            [dialogs[-1].tree.topLevelItem(i).text(c) for c in range(3)]
            for i in range(dialogs[-1].tree.topLevelItemCount())
        ]

        # The floors, in the same window.
        rows = overview_rows(window)
        host = window.centralWidget()
        floors: dict[str, list[float]] = {"table": [], "list": [], "tree": []}
        names = [r[0] for r in rows]
        made: list[QWidget] = []
        for _ in range(args.runs):
            floors["table"].append(timed(app, lambda: made.append(bare_table(host, rows))))
            floors["list"].append(timed(app, lambda: made.append(bare_list(host, names))))
            floors["tree"].append(timed(app, lambda: made.append(bare_tree(host, issues))))
            for widget in made:
                widget.deleteLater()
            made.clear()
            settle(app)

        med = statistics.median
        n = args.candidates
        print(f"session: {n} candidates, {len(rows[0]) - 2 if rows else 0} modalities, {len(issues)} closing items")
        print(beside(f"overview of {n}, first opened", first_overview, "bare table", med(floors["table"]), "≤ 0.3 s"))
        print(
            beside(f"overview of {n}, opened again (median)", med(again), "bare table", med(floors["table"]), "≤ 0.3 s")
        )
        print(
            beside(
                "deliberation screen opened (median)", med(deliberation), "bare list", med(floors["list"]), "≤ 0.5 s"
            )
        )
        print(
            beside(f"switching candidate (median of {len(switches)})", med(switches), "one frame", FRAME_S, "≤ 50 ms")
            + f"   worst {max(switches) * 1000:.0f} ms"
        )
        print(
            beside(
                f"switching back to one seen (median of {len(returns)})", med(returns), "one frame", FRAME_S, "≤ 50 ms"
            )
            + f"   worst {max(returns) * 1000:.0f} ms"
        )
        print(
            f"  CPU time of a switch (median): {med(cpu['first']) * 1000:.1f} ms, back to one seen "
            f"{med(cpu['back']) * 1000:.1f} ms"
        )
        print(beside("closing check opened (median)", med(closing), "bare tree", med(floors["tree"]), "≤ 0.3 s"))
        window.close()
        ctx.close()


if __name__ == "__main__":
    main()
