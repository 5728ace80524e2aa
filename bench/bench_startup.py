"""Starting the GUI: `jury-app --screenshot` against a bare PySide6 program.

Alternates, in the same run, N times (after one warm-up each):
  (a) a bare PySide6 program (QApplication, a QMainWindow with a label, shown, events processed,
      grabbed to a PNG, exit);
  (b) `python -m jury_app --data-dir TMP --screenshot TMP/shot.png`: the main window laid out,
      painted and saved, which is what a juror waits for before the app answers;
  (c) `python -m jury_app --data-dir TMP --demo --screenshot TMP/shot.png`: the same, until the
      demo session is open and shown (its first run imports the demo into a fresh data folder and
      is reported on its own line; the warm runs reuse the folder).
Prints median and min wall times of each and their ratios to the bare program, measured in the
same run (aims: (b) under 1.5, (c) — the demo session's sign-in shown — at most 2), then the
time of the headless `python -m jury_app referentiel list` and whether that path imports Qt.

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

QT_CHECK = """
import sys
import jury_app.cli
code = jury_app.cli.run(["referentiel", "list"])
print("PySide6 imported:", "PySide6" in sys.modules, "exit", code)
"""

"""`run_gui` waits this long after the main window is ready before it grabs (jury_app/ui/app.py)."""


def environment(use_display: bool) -> dict[str, str]:
    env = dict(os.environ)
    if not (use_display and env.get("DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def timed(argv: list[str], env: dict[str, str], shot: Path | None = None) -> float:
    """Wall time of one child process; fails loudly if it fails or does not save its PNG."""
    if shot is not None:
        shot.unlink(missing_ok=True)
    t = time.perf_counter()
    out = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - t
    if out.returncode != 0:
        raise SystemExit(f"échec ({out.returncode}) : {' '.join(argv[:4])}…\n{out.stderr}")
    if shot is not None and not (shot.exists() and shot.stat().st_size > 0):
        raise SystemExit(f"capture non enregistrée : {shot}\n{out.stderr}")
    return elapsed


def line(label: str, times: list[float]) -> str:
    return f"{label:<28} median {statistics.median(times) * 1000:7.0f} ms   min {min(times) * 1000:7.0f} ms   (n={len(times)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-n", "--runs", type=int, default=5, help="measured runs of each (after one warm-up)")
    parser.add_argument("--display", action="store_true", help="use the real display when DISPLAY is set")
    args = parser.parse_args()
    env = environment(args.display)
    py = sys.executable
    print(
        f"bench_startup {dt.datetime.now().isoformat(timespec='seconds')} — Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}, QT_QPA_PLATFORM={env.get('QT_QPA_PLATFORM', '(display)')}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp_name:
        tmp = Path(tmp_name)
        data, shot, bare_shot = tmp / "data", tmp / "shot.png", tmp / "bare.png"
        bare_argv = [py, "-c", BARE, str(bare_shot)]
        paint_argv = [py, "-m", "jury_app", "--data-dir", str(data), "--screenshot", str(shot)]
        app_argv = [py, "-m", "jury_app", "--data-dir", str(data), "--demo", "--screenshot", str(shot)]

        timed(bare_argv, env, bare_shot)  # warm-up: disk cache, fontconfig cache
        first = timed(app_argv, env, shot)  # warm-up of (b), and the import into a fresh folder
        timed(paint_argv, env, shot)
        bare: list[float] = []
        paint: list[float] = []
        app: list[float] = []
        for _ in range(args.runs):
            bare.append(timed(bare_argv, env, bare_shot))
            paint.append(timed(paint_argv, env, shot))
            app.append(timed(app_argv, env, shot))

        print(line("bare PySide6", bare))
        print(line("jury_app window painted", paint))
        ratio = statistics.median(paint) / statistics.median(bare)
        print(f"ratio jury_app --screenshot / bare (medians): {ratio:.2f}   (aim: < 1.5)")
        print(f"ratio jury_app --screenshot / bare (mins):    {min(paint) / min(bare):.2f}")
        print(f"{'demo session, first run (import)':<28} {first * 1000:7.0f} ms")
        print(line("demo session shown, warm", app))
        print(f"ratio --demo --screenshot / bare (medians): {statistics.median(app) / statistics.median(bare):.2f}")
        floor = statistics.median(bare)
        print(beside("start until the window is painted", statistics.median(paint), "bare window", floor, "< 1.5×"))
        print(beside("start until the demo's sign-in is shown", statistics.median(app), "bare window", floor, "≤ 2×"))

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
