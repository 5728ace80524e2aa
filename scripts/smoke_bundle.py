"""Smoke test of the built bundle: runs the frozen executable as a user would, in a fresh data
folder, then prints the bundle's size and its start-up time beside the source run.

    .venv/bin/python scripts/smoke_bundle.py [DIST]        (DIST: PyInstaller's dist/ folder)

Runs with the project's venv (it reads the results back with pypdf and openpyxl, and times the
venv's `jury-app` for comparison) on Linux, macOS and Windows. Exit 0 when every check passed;
1 at the first failure, with the command, its exit code and its output; the work folder is then
kept for a look.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from alembic.config import Config
from alembic.script import ScriptDirectory
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import qVersion

from jury_app import __version__
from jury_app.paths import AppPaths

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 180
PASSPHRASE = "phrase de passe du test de fumée"


class SmokeFailure(Exception):
    pass


def frozen_executable(dist: Path) -> Path:
    if sys.platform == "darwin" and (dist / "Jury.app").is_dir():
        return dist / "Jury.app" / "Contents" / "MacOS" / "jury-app"
    return dist / "jury-app" / ("jury-app.exe" if sys.platform == "win32" else "jury-app")


def source_executable() -> Path:
    return Path(sys.executable).parent / ("jury-app.exe" if sys.platform == "win32" else "jury-app")


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("JURY_APP_HOME", "JURY_APP_PASSPHRASE", "JURY_APP_PIN")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def run(exe: Path, args: Sequence[str], expect: int = 0, **env: str) -> subprocess.CompletedProcess[str]:
    command = [str(exe), *args]
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=environment(**env),
            timeout=TIMEOUT_S,
        )
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure(f"{' '.join(command)}: no answer after {TIMEOUT_S} s") from exc
    if done.returncode != expect:
        raise SmokeFailure(
            f"{' '.join(command)}: exit {done.returncode}, expected {expect}\n"
            f"--- stdout\n{done.stdout[-3000:]}\n--- stderr\n{done.stderr[-3000:]}"
        )
    return done


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def ok(what: str, started: float) -> None:
    print(f"ok  {what}  ({time.perf_counter() - started:.2f} s)", flush=True)


def embedded(font: Any) -> bool:
    """Whether a PDF font carries its glyphs (a composite font through its descendant)."""
    font = font.get_object()
    if font.get("/Subtype") == "/Type0":
        return all(embedded(d) for d in font["/DescendantFonts"])
    if font.get("/Subtype") == "/Type3":
        return True  # glyphs drawn in the PDF itself
    descriptor = font.get("/FontDescriptor")
    files = ("/FontFile", "/FontFile2", "/FontFile3")
    return descriptor is not None and any(k in descriptor.get_object() for k in files)


def pdf_fonts(path: Path) -> dict[str, bool]:
    """Every font of every page, by name: embedded or not."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        resources: Any = page.get("/Resources")
        page_fonts: Any = resources.get_object().get("/Font") if resources else None
        for font in (page_fonts.get_object() if page_fonts else {}).values():
            fonts[str(font.get_object().get("/BaseFont"))] = embedded(font)
    return fonts


def smoke(exe: Path, work: Path) -> Path:
    """The checks, in the order a user meets them; returns the data folder they filled."""
    data = work / "data"
    dd = ["--data-dir", str(data)]

    started = time.perf_counter()
    out = run(exe, ["--version"]).stdout
    # The bundle carries the venv's Python and Qt: --version names the same versions.
    for name, version in (("jury-app", __version__), ("Python", platform.python_version()), ("Qt", qVersion())):
        check(version in out, f"--version does not print {name} {version}: {out!r}")
    ok(f"--version prints {' | '.join(out.strip().splitlines())!r}", started)
    accelerator = sorted(p.name for p in exe.parent.rglob("_rl_accel*"))
    check(bool(accelerator), "reportlab's C accelerator (_rl_accel) is not in the bundle: the reports would be slower")

    started = time.perf_counter()
    listed = json.loads(run(exe, [*dd, "referentiel", "list", "--json"]).stdout)
    shipped = sorted((ROOT / "resources" / "referentiels").glob("*.json"))
    check(len(listed) == len(shipped), f"referentiel list: {len(listed)} référentiels, {len(shipped)} shipped")
    ok(f"referentiel list: the {len(shipped)} shipped référentiels ({', '.join(r['key'] for r in listed)})", started)

    started = time.perf_counter()
    package = work / "demo.zip"
    run(exe, [*dd, "package", "demo", str(package)])
    from_source = work / "demo-source.zip"
    run(source_executable(), ["--data-dir", str(work / "source"), "package", "demo", str(from_source)])
    check(
        package.read_bytes() == from_source.read_bytes(), "package demo: the bundle's package differs from the source's"
    )
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    session_id = manifest["session"]["id"]
    ok(f"package demo: {package.stat().st_size // 1024} kB, the same bytes as the source run", started)

    started = time.perf_counter()
    run(exe, [*dd, "package", "import", str(package)])
    migrations = ROOT / "jury_app" / "data" / "migrations"
    config = Config()
    config.set_main_option("script_location", str(migrations))
    head = ScriptDirectory.from_config(config).get_current_head()
    with sqlite3.connect(AppPaths(data).database) as db:
        (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
    check(revision == head, f"package import: the database is at revision {revision}, the migrations' head is {head}")
    sessions = json.loads(run(exe, [*dd, "sessions", "list", "--json"]).stdout)
    check([s["id"] for s in sessions] == [session_id], f"sessions list: {sessions!r}, expected {session_id}")
    ok(f"package import into a fresh data folder: migrations run up to {head}, session {session_id} listed", started)

    started = time.perf_counter()
    refused = run(exe, [*dd, "package", "import", str(work / "absent.zip")], expect=2)
    check(bool(refused.stderr.strip()) and "Traceback" not in refused.stderr, f"bad input: {refused.stderr!r}")
    ok(f"bad input refused, exit 2: {refused.stderr.strip().splitlines()[0]!r}", started)

    started = time.perf_counter()
    shot = work / "screenshot.png"
    run(exe, [*dd, "--demo", "--screenshot", str(shot)])
    check(shot.is_file() and shot.stat().st_size > 0, "--screenshot wrote no PNG")
    with Image.open(shot) as image:
        width, height = image.size
        colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
    check(width >= 400 and height >= 300, f"--screenshot: a {width}×{height} image")
    check(colours is None or len(colours) > 16, f"--screenshot: only {len(colours or [])} colours, nothing painted")
    ok(f"--demo --screenshot offscreen: {width}×{height} PNG, {shot.stat().st_size // 1024} kB, painted", started)

    started = time.perf_counter()
    run(exe, [*dd, "demo"])  # the demo's sessions join the one imported: each command names its session
    on_session = ["--session", session_id]
    pv = work / "pv.pdf"
    run(exe, [*dd, "report", "pv", *on_session, "--out", str(pv)])
    fonts = pdf_fonts(pv)
    check(bool(fonts) and all(fonts.values()), f"report pv: fonts not embedded: {fonts!r}")
    text = " ".join(page.extract_text() for page in PdfReader(pv).pages)
    missing = [c["last_name"] for c in manifest["candidates"] if c["last_name"] not in text]
    check(not missing, f"report pv: candidates missing from the PV: {missing}")
    ok(f"report pv: {len(PdfReader(pv).pages)} pages, every candidate, fonts embedded ({', '.join(fonts)})", started)

    started = time.perf_counter()
    jurors = [j["id"] for j in manifest["jury"]]
    for juror in jurors:  # the PV is complete only once every juror has signed
        run(  # a first PIN is set only with the session lead's passphrase
            exe,
            [*dd, "jurors", "pin", "--juror", juror, *on_session],
            JURY_APP_PIN="2468",
            JURY_APP_LEAD_PASSPHRASE=PASSPHRASE,
        )
        run(
            exe,
            [*dd, "report", "sign", str(pv), "--juror", juror, *on_session],
            JURY_APP_PASSPHRASE=PASSPHRASE,
            JURY_APP_PIN="2468",
        )
    run(exe, [*dd, "report", "verify", str(pv)])
    ok(f"report sign by {', '.join(jurors)}, then report verify: complete, valid, registered (pyHanko)", started)

    started = time.perf_counter()
    xlsx = work / "results.xlsx"
    run(exe, [*dd, "report", "results", *on_session, "--format", "xlsx", "--out", str(xlsx)])
    sheet: Any = load_workbook(xlsx, read_only=True).active
    rows = sheet.max_row or 0
    check(
        rows > len(manifest["candidates"]), f"report results: {rows} rows for {len(manifest['candidates'])} candidates"
    )
    ok(f"report results --format xlsx: {rows} rows (openpyxl)", started)
    return data


def timed(executables: Sequence[Path], args: Sequence[str], repeat: int) -> list[float]:
    """Median wall time of each executable in ms; they take turns, after one warm-up run each, so
    that the load of the machine falls on all alike."""
    times: list[list[float]] = [[] for _ in executables]
    for _ in range(repeat + 1):
        for exe, measured in zip(executables, times, strict=True):
            started = time.perf_counter()
            run(exe, args)
            measured.append((time.perf_counter() - started) * 1000)
    return [statistics.median(measured[1:]) for measured in times]


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def figures(dist: Path, exe: Path, data: Path, work: Path) -> None:
    bundle = dist / "Jury.app" if sys.platform == "darwin" and (dist / "Jury.app").is_dir() else dist / "jury-app"
    size, count = folder_size(bundle)
    print(f"bundle {bundle}: {size / 1e6:.0f} MB in {count} files")
    dd = ["--data-dir", str(data)]
    source = source_executable()
    print(f"{'start-up, median of 5 (ms)':<40} {'bundle':>8} {'source':>8}")
    for label, args in (
        ("--version", ["--version"]),
        ("referentiel list", [*dd, "referentiel", "list"]),
        ("--demo --screenshot (demo imported)", [*dd, "--demo", "--screenshot", str(work / "t.png")]),
    ):
        frozen, from_source = timed([exe, source], args, repeat=5)
        print(f"{label:<40} {frozen:8.0f} {from_source:8.0f}", flush=True)


def main(argv: Sequence[str]) -> int:
    dist = Path(argv[0] if argv else ROOT / "dist").resolve()
    exe = frozen_executable(dist)
    if not exe.is_file():
        print(f"échec : pas d'exécutable construit en {exe} (lancer scripts/build.sh)", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="jury-app-smoke-"))
    try:
        data = smoke(exe, work)
        figures(dist, exe, data, work)
    except SmokeFailure as exc:
        print(
            f"ÉCHEC du test de fumée du bundle ({exe}) :\n{exc}\n(dossier de travail gardé : {work})", file=sys.stderr
        )
        return 1
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
