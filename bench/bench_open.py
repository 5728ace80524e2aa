"""Opening the database: what checking it first costs, and two first starts at once.

(a) The checks before the database is opened for writing (`data/health.examine`: header, size,
    SQLite's quick_check; integrity_check when a -wal file is there), on the demo session's
    database and on the same database grown to about `--mb` MB, against opening it bare (engine,
    pragmas, one query). Median of N runs each.
(b) Two processes opening a fresh, empty data folder at the same moment, `--races` times: how many
    of them failed (before: about 19 in 20 failed with "database is locked").
(c) `results import` of a 1 GB (sparse) file: peak memory of the process (before: 1.1 GB).

    .venv/bin/python bench/bench_open.py [-n 9] [--mb 50] [--races 20]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from jury_app.actions.context import AppContext
from jury_app.data import health
from jury_app.data.db import Database, make_engine
from jury_app.demo.session import complete_demo, open_demo_session
from jury_app.paths import resolve

OPEN = """
import sys
from jury_app.actions.context import AppContext
from jury_app.paths import resolve
ctx = AppContext(resolve(sys.argv[1]))
ctx.database
ctx.close()
"""

PEAK = """
import resource, sys
from jury_app.cli import run
code = run(sys.argv[1:])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
sys.exit(code)
"""


def median_ms(action: Callable[[], object], n: int) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        action()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def bare_open(path: Path) -> None:
    engine = make_engine(path)
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM sessions").scalar()
    engine.dispose()


def grow(path: Path, mb: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE IF NOT EXISTS bench_ballast (b BLOB)")
    conn.executemany("INSERT INTO bench_ballast VALUES (randomblob(65536))", [()] * (mb * 16))
    conn.commit()
    conn.close()


def with_wal(path: Path) -> sqlite3.Connection:
    """A connection holding the database open with a -wal file beside it (a write not checkpointed)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE sessions SET title = title")
    conn.commit()
    return conn


def part_a(root: Path, n: int, mb: int) -> None:
    ctx = AppContext(resolve(root / "demo"))
    open_demo_session(ctx)
    complete_demo(ctx)  # a worked session: every grid marked, decisions taken
    ctx.close()
    demo = root / "demo" / "jury_app.sqlite3"
    big = root / "big.sqlite3"
    shutil.copyfile(demo, big)
    grow(big, mb)
    for label, path in (("demo", demo), (f"{mb} Mo", big)):
        size = path.stat().st_size / 1024**2
        bare = median_ms(lambda p=path: bare_open(p), n)
        check = median_ms(lambda p=path: health.examine(p), n)
        whole = median_ms(lambda p=path: Database(p).close(), n)
        print(
            f"(a) {label:>7} ({size:5.1f} Mo): ouverture nue {bare:7.1f} ms   vérifications {check:7.1f} ms   "
            f"ouverture vérifiée {whole:7.1f} ms   ratio {whole / bare:4.1f}"
        )
        holder = with_wal(path)
        try:
            checked = median_ms(lambda p=path: health.examine(p), n)
        finally:
            holder.close()
        print(f"    {'':>7}  avec un fichier -wal : vérifications {checked:7.1f} ms (integrity_check)")


def part_b(root: Path, races: int) -> None:
    failed = 0
    for i in range(races):
        folder = root / f"race{i}"
        procs = [subprocess.Popen([sys.executable, "-c", OPEN, str(folder)], stderr=subprocess.PIPE) for _ in range(2)]
        for p in procs:
            p.communicate(timeout=120)
            failed += p.returncode != 0
    print(f"(b) deux premiers démarrages simultanés, {races} fois : {failed} échec(s) sur {2 * races} démarrages")


def part_c(root: Path) -> None:
    big = root / "resultats.json"
    with big.open("wb") as fh:
        fh.truncate(1024**3)
    done = subprocess.run(
        [sys.executable, "-c", PEAK, "--data-dir", str(root / "c"), "results", "import", str(big), "--yes"],
        capture_output=True,
        text=True,
        check=False,
    )
    peak_mb = int(done.stdout.split()[-1]) / 1024
    print(f"(c) results import d'un fichier de 1 Go : code {done.returncode}, mémoire maximale {peak_mb:.0f} Mo")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-n", type=int, default=9)
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--races", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jury_app-bench-open-") as tmp:
        root = Path(tmp)
        part_a(root, args.n, args.mb)
        part_b(root, args.races)
        if sys.platform != "win32":
            part_c(root)


if __name__ == "__main__":
    main()
