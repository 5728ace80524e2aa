"""Refresh the English translation: extract the UI strings into the .ts, then compile the .qm.

French is the source language. `pyside6-lupdate` merges: translations already in the .ts are kept,
new strings arrive as "unfinished" (to translate in Qt Linguist or by editing the XML), and strings
no longer in the sources are dropped (-no-obsolete). Then `pyside6-lrelease` compiles the .qm that
jury_app/ui/i18n.py loads.

    .venv/bin/python scripts/update_translations.py [--also OTHER.ts ...]

`--also` takes the finished translations of another copy of the file too (the other side of a
merge, for instance), so that strings translated on both sides all keep their English.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "jury_app"
UI_DIR = PACKAGE_DIR / "ui"
MESSAGE_CALL = "msg("
"""Messages of the layers below the UI are made with `jury_app.domain.messages.msg("…")`: lupdate
reads that call as `tr` (context ""), see `-tr-function-alias` below."""
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS / "jury_app_en.ts"
QM_FILE = TRANSLATIONS / "jury_app_en.qm"
SOURCE_LANGUAGE = "fr_FR"
TARGET_LANGUAGE = "en_GB"


def tool(name: str) -> Path | None:
    """The PySide6 tool installed next to this Python (the venv's), else the one on PATH."""
    suffix = ".exe" if sys.platform == "win32" else ""
    beside = Path(sys.executable).parent / f"{name}{suffix}"
    if beside.exists():
        return beside
    found = shutil.which(name)
    return Path(found) if found else None


def ui_sources(ui_dir: Path = UI_DIR) -> list[Path]:
    """Every Python file of the UI, and every other module that words a message with `msg`, sorted
    so the .ts is the same whoever runs the script."""
    others = [
        p for p in PACKAGE_DIR.rglob("*.py") if ui_dir not in p.parents and MESSAGE_CALL in p.read_text("utf-8")
    ]
    return sorted({*ui_dir.rglob("*.py"), *others})


def lupdate_command(lupdate: Path, ts_file: Path, sources: Sequence[Path]) -> list[str]:
    return [
        str(lupdate),
        *(str(s) for s in sources),
        "-tr-function-alias",
        "tr+=msg",
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        TARGET_LANGUAGE,
        "-ts",
        str(ts_file),
    ]


def lrelease_command(lrelease: Path, ts_file: Path, qm_file: Path) -> list[str]:
    return [str(lrelease), str(ts_file), "-qm", str(qm_file)]


def require(name: str) -> Path:
    path = tool(name)
    if path is None:
        sys.exit(f"{name} not found: install PySide6 (the dev dependencies) in this environment")
    return path


def translated(ts_file: Path) -> dict[str, str]:
    """Each source text of the .ts with its finished English translation."""
    if not ts_file.exists():
        return {}
    found: dict[str, str] = {}
    for message in ET.parse(ts_file).getroot().iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or translation.get("type") or not translation.text:
            continue
        found.setdefault(source.text or "", translation.text)
    return found


def carry_over(ts_file: Path, known: dict[str, str]) -> int:
    """Give a string that moved to another class (so another context, "unfinished" for lupdate)
    the translation it had in its old one; returns how many were carried over."""
    text = ts_file.read_text("utf-8")
    root = ET.fromstring(text)
    carried = 0
    for message in root.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or translation.get("type") != "unfinished":
            continue
        english = known.get(source.text or "")
        if english is None or message.get("numerus") == "yes":
            continue
        translation.text = english
        del translation.attrib["type"]
        carried += 1
    if carried:
        head = text[: text.index("<TS")]  # lupdate's XML declaration and DOCTYPE, kept as they were
        body = ET.tostring(root, encoding="unicode")
        ts_file.write_text(head + body + "\n", "utf-8")
    return carried


def main(argv: Sequence[str] = ()) -> int:
    parser = argparse.ArgumentParser(description="Refresh the English translation files.")
    parser.add_argument("--also", type=Path, action="append", default=[], help="another .ts to take translations from")
    args = parser.parse_args(argv)
    lupdate = require("pyside6-lupdate")
    lrelease = require("pyside6-lrelease")
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    known: dict[str, str] = {}
    for other in args.also:
        known.update(translated(other))
    known.update(translated(TS_FILE))
    subprocess.run(lupdate_command(lupdate, TS_FILE, ui_sources()), check=True, cwd=ROOT)
    if carried := carry_over(TS_FILE, known):
        print(f"{carried} moved string(s) keep their translation")
        # lupdate again, so the file is written in lupdate's own layout, not ElementTree's
        subprocess.run(lupdate_command(lupdate, TS_FILE, ui_sources()), check=True, cwd=ROOT)
    subprocess.run(lrelease_command(lrelease, TS_FILE, QM_FILE), check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
