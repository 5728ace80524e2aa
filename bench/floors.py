"""Floors the benches measure in the same run as their figure, and the ratio they print.

A floor is what the same work costs with nothing of the app around it: a raw sqlite3 connection
with the app's own pragmas (WAL, synchronous=FULL, foreign keys) writing the same rows, hashing
the same bytes, a bare Qt window or table. Measured beside the figure, on the same disk and under
the same load, the ratio says how far the app is from what the machine can do, whatever else the
machine is doing at that moment.
"""

from __future__ import annotations

import hashlib
import sqlite3
import statistics
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path


def raw_connection(path: Path) -> sqlite3.Connection:
    """sqlite3 opened as the app opens its database, transactions left to the caller (BEGIN/COMMIT)."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout=5000")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live database (SQLite's backup API), next to it: the same disk."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def stored_time(at: datetime) -> str:
    """A datetime as the app's UTC column stores it in SQLite."""
    return at.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def hash_files(paths: Iterable[Path], chunk: int = 1 << 20) -> int:
    """Reads and hashes (SHA-256) every file; returns the bytes read."""
    total = 0
    for path in paths:
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            while block := fh.read(chunk):
                digest.update(block)
                total += len(block)
    return total


def ratio(figure: float, floor: float) -> str:
    """« 6.4× » the floor, or « n/a » when the floor is too small to divide by."""
    return f"{figure / floor:.1f}×" if floor > 0 else "n/a"


def beside(label: str, figure_s: float, floor_label: str, floor_s: float, aim: str = "") -> str:
    """One line: the figure, its floor measured in the same run, the ratio and the aim."""
    text = (
        f"{label:<44} {_fmt(figure_s):>10}   floor {_fmt(floor_s):>9} ({floor_label})   "
        f"ratio {ratio(figure_s, floor_s)}"
    )
    return text + (f"   aim: {aim}" if aim else "")


def _fmt(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.2f} ms"


def median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0
