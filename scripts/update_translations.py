"""Refresh the English translation: extract the UI strings into the .ts, then compile the .qm.

French is the source language. `pyside6-lupdate` merges: translations already in the .ts are kept,
new strings arrive as "unfinished" (to translate in Qt Linguist or by editing the XML), and strings
no longer in the sources are dropped (-no-obsolete). Then `pyside6-lrelease` compiles the .qm that
jury_app/ui/i18n.py loads.

    .venv/bin/python scripts/update_translations.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
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


def main() -> int:
    lupdate = require("pyside6-lupdate")
    lrelease = require("pyside6-lrelease")
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    subprocess.run(lupdate_command(lupdate, TS_FILE, ui_sources()), check=True, cwd=ROOT)
    subprocess.run(lrelease_command(lrelease, TS_FILE, QM_FILE), check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
