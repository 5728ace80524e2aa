"""Starting the GUI: `jury-app --screenshot` against a bare PySide6 program.

Alternates, in the same run, N times (after one warm-up each):
  (a) a bare PySide6 program (QApplication, a QMainWindow with a label, shown, events processed,
      grabbed to a PNG, exit);
  (b) `python -m jury_app --data-dir TMP --screenshot TMP/shot.png`: the main window laid out,
      painted and saved, which is what a juror waits for before the app answers;
  (c) `python -m jury_app --data-dir TMP --demo --screenshot TMP/shot.png`: the same, until the
      demo session's sign-in is shown (its first run imports the demo into a fresh data folder and
      is reported on its own line; the warm runs reuse the folder).
Each is timed twice: until its PNG is written (the screenshot's file time, from the moment the
process was started: what the juror sees) and until the process has ended. The app paints the
sign-in in its first frame and grabs it then, but ends only once the session is loaded behind it
(SQLAlchemy, the database opened, the jury read): the end is when Continue works at the latest.
Prints median and min times of each and their ratios to the bare program, measured in the same
run (aims: (b) under 1.5, (c) — the demo session's sign-in shown — at most 2), then the time of
the headless `python -m jury_app referentiel list` and whether that path imports Qt.

The children write their bytecode to a folder of the run (PYTHONPYCACHEPREFIX), even when
PYTHONDONTWRITEBYTECODE is set here: an installed app runs from compiled bytecode, and compiling
the app's modules at every start (50–100 ms) is not what a juror waits for.

    .venv/bin/python bench/bench_startup.py [-n 5] [--display]

Qt runs with QT_QPA_PLATFORM=offscreen, unless DISPLAY is set and --display is passed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from floors import beside

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Bonjour"))
window.resize(1280, 720)
window.show()
app.processEvents()
ok = window.grab().save(sys.argv[1], "PNG")
sys.exit(0 if ok else 1)
"""

RESPONSIVE = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from jury_app.actions.context import AppContext
from jury_app.domain.clock import SystemClock
from jury_app.paths import resolve
from jury_app.ui import first_paint
from jury_app.ui.app import make_application
from jury_app.ui.common.action_runner import ActionRunner
from jury_app.ui.main_window import MainWindow

if sys.argv[2] == "event-loop":  # the same load, run on the GUI thread once the first frame is painted
    def on_gui_thread(self, work, then, **_options):
        QTimer.singleShot(0, lambda: then(work(lambda _n: None)))
    ActionRunner.in_background = on_gui_thread
app = make_application()
window = MainWindow(AppContext(resolve(Path(sys.argv[1]))), SystemClock())
window.resize(1280, 720)
start = first_paint.plan_start(window, demo=True, session_id=None)
assert start.sign_in_painted
window.show()
app.processEvents()
beats = []
heartbeat = QTimer()
heartbeat.setInterval(5)
heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
heartbeat.start()
t0 = time.perf_counter()
loaded = []
window.ready.connect(lambda: (loaded.append(time.perf_counter()), QTimer.singleShot(100, app.quit)))
QTimer.singleShot(0, start.then)
app.exec()
ticks = [t0, *(b for b in beats if b < loaded[0]), loaded[0]]
gaps = [b - a for a, b in zip(ticks, ticks[1:])]
print(f"{(loaded[0] - t0) * 1000:.0f} {max(gaps) * 1000:.1f} {len(gaps)}")
"""

QT_CHECK = """
import sys
import jury_app.cli
code = jury_app.cli.run(["referentiel", "list"])
print("PySide6 imported:", "PySide6" in sys.modules, "exit", code)
"""

"""`run_gui` waits this long after the main window is ready before it grabs (jury_app/ui/app.py)."""


def environment(use_display: bool, bytecode: Path) -> dict[str, str]:
    env = dict(os.environ)
    if not (use_display and env.get("DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    return env


def run(argv: list[str], env: dict[str, str], shot: Path | None = None) -> tuple[float, float]:
    """(until the PNG was written, until the process ended) of one child process, in seconds;
    fails loudly if it fails or does not save its PNG."""
    if shot is not None:
        shot.unlink(missing_ok=True)
    started = time.time()
    t = time.perf_counter()
    out = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - t
    if out.returncode != 0:
        raise SystemExit(f"échec ({out.returncode}) : {' '.join(argv[:4])}…\n{out.stderr}")
    if shot is None:
        return elapsed, elapsed
    if not (shot.exists() and shot.stat().st_size > 0):
        raise SystemExit(f"capture non enregistrée : {shot}\n{out.stderr}")
    return shot.stat().st_mtime - started, elapsed


def timed(argv: list[str], env: dict[str, str], shot: Path | None = None) -> float:
    return run(argv, env, shot)[1]


def line(label: str, times: list[float]) -> str:
    return f"{label:<36} median {statistics.median(times) * 1000:7.0f} ms   min {min(times) * 1000:7.0f} ms   (n={len(times)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-n", "--runs", type=int, default=5, help="measured runs of each (after one warm-up)")
    parser.add_argument("--display", action="store_true", help="use the real display when DISPLAY is set")
    args = parser.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp_name:
        tmp = Path(tmp_name)
        env = environment(args.display, tmp / "bytecode")
        print(
            f"bench_startup {dt.datetime.now().isoformat(timespec='seconds')} — Python {sys.version.split()[0]}, "
            f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}, "
            f"QT_QPA_PLATFORM={env.get('QT_QPA_PLATFORM', '(display)')}"
        )
        data, shot, bare_shot = tmp / "data", tmp / "shot.png", tmp / "bare.png"
        bare_argv = [py, "-c", BARE, str(bare_shot)]
        paint_argv = [py, "-m", "jury_app", "--data-dir", str(data), "--screenshot", str(shot)]
        app_argv = [py, "-m", "jury_app", "--data-dir", str(data), "--demo", "--screenshot", str(shot)]

        timed(bare_argv, env, bare_shot)  # warm-up: disk cache, fontconfig cache, bytecode
        warm_up = [py, "-m", "jury_app", "--data-dir", str(tmp / "warm-up"), "--demo", "--screenshot", str(shot)]
        timed(warm_up, env, shot)  # the bytecode of the first run's imports
        first = timed(app_argv, env, shot)  # the import into a fresh folder
        timed(app_argv, env, shot)
        timed(paint_argv, env, shot)
        runs: dict[str, list[tuple[float, float]]] = {"bare": [], "paint": [], "app": []}
        for _ in range(args.runs):
            runs["bare"].append(run(bare_argv, env, bare_shot))
            runs["paint"].append(run(paint_argv, env, shot))
            runs["app"].append(run(app_argv, env, shot))
        shown = {name: [r[0] for r in rs] for name, rs in runs.items()}
        ended = {name: [r[1] for r in rs] for name, rs in runs.items()}

        print(line("bare PySide6, PNG written", shown["bare"]))
        print(line("bare PySide6, ended", ended["bare"]))
        print(line("jury_app window, PNG written", shown["paint"]))
        print(line("jury_app window, ended", ended["paint"]))
        print(f"{'demo session, first run (import)':<36} {first * 1000:7.0f} ms")
        print(line("demo sign-in, PNG written", shown["app"]))
        print(line("demo sign-in, ended (session loaded)", ended["app"]))
        floor = statistics.median(shown["bare"])
        print(
            beside(
                "start until the window is painted", statistics.median(shown["paint"]), "bare window", floor, "< 1.5×"
            )
        )
        print(
            beside(
                "start until the demo's sign-in is shown", statistics.median(shown["app"]), "bare window", floor, "≤ 2×"
            )
        )
        print(
            beside(
                "start until the session is loaded, ended",
                statistics.median(ended["app"]),
                "bare window, ended",
                statistics.median(ended["bare"]),
            )
        )

        # Where the session loads behind the painted sign-in: the GUI thread's longest gap meanwhile.
        for mode in ("worker thread", "event loop"):
            outs = []
            for _ in range(args.runs):
                out = subprocess.run(
                    [py, "-c", RESPONSIVE, str(data), mode.replace(" ", "-")],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                outs.append([float(x) for x in out.stdout.split()])
            load_ms = statistics.median(o[0] for o in outs)
            gap = [o[1] for o in outs]
            print(
                f"load on the {mode:<13} {load_ms:5.0f} ms; GUI thread's longest gap meanwhile: median "
                f"{statistics.median(gap):5.1f} ms, worst {max(gap):5.1f} ms (one frame: 16.7 ms)"
            )

        headless_argv = [py, "-m", "jury_app", "--data-dir", str(data), "referentiel", "list"]
        timed(headless_argv, env)
        headless = [timed(headless_argv, env) for _ in range(args.runs)]
        print(line("headless referentiel list", headless))
        check = subprocess.run(
            [py, "-c", QT_CHECK],
            env={**env, "JURY_APP_HOME": str(data)},
            capture_output=True,
            text=True,
            check=False,
        )
        verdict = next((ln for ln in check.stdout.splitlines() if ln.startswith("PySide6 imported")), None)
        print(verdict or f"vérification impossible :\n{check.stderr}")


if __name__ == "__main__":
    main()
