"""Importing a large session package: 300 candidates, 300 attachments of 1 MB.

Prints the wall time and the peak memory (RSS) of a fresh process doing `jury-app package
import`, and of `package validate`, each beside its floor measured in the same run: reading every
member of the package and hashing it (SHA-256), which an import cannot do without; the import also
beside the same members written to files on the same disk and flushed, which it cannot do without
either. Aims: import ≤ 1.2 s and under 200 MB.

    .venv/bin/python bench/bench_import.py [--candidates 300] [--size-mb 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

from floors import beside

from jury_app.data.package.format import Manifest

CHILD = """
import resource, sys, time
from jury_app.cli import run
t = time.perf_counter()
code = run(sys.argv[1:])
elapsed = time.perf_counter() - t
try:  # VmHWM is this program's own peak; ru_maxrss on Linux keeps the parent's across exec
    hwm = next(ln for ln in open("/proc/self/status") if ln.startswith("VmHWM"))
    peak_mb = int(hwm.split()[1]) * 1024 / 1e6
except OSError:
    scale = 1 if sys.platform == "darwin" else 1024
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6
print(f"RESULT {code} {elapsed:.3f} {peak_mb:.1f}")
"""


def build(path: Path, candidates: int, size: int) -> None:
    rng = random.Random(7)
    attachments = []
    blobs = []
    for i in range(candidates):
        body = b"%PDF-1.4\n" + rng.randbytes(size - 9)
        member = f"attachments/C{i:04d}-dp.pdf"
        blobs.append((member, body))
        attachments.append(
            {
                "id": f"A{i:04d}",
                "candidate_id": f"C{i:04d}",
                "kind": "dossier_professionnel",
                "title": "Dossier professionnel",
                "member": member,
                "size": len(body),
                "sha256": hashlib.sha256(body).hexdigest(),
            }
        )
    day = dt.date(2026, 12, 7)
    manifest = {
        "format": "jury-app-session-package",
        "format_version": 1,
        "session": {
            "id": "BENCH-300",
            "title": "Session de mesure",
            "certification": {"code": "TP-00403", "version": "08"},
            "kind": "title",
            "dates": [day.isoformat()],
            "centre": {"name": "Centre"},
            "rooms": ["A"],
        },
        "jury": [
            {"id": "J1", "last_name": "Un", "first_name": "Juré"},
            {"id": "J2", "last_name": "Deux", "first_name": "Juré"},
        ],
        "candidates": [
            {
                "id": f"C{i:04d}",
                "last_name": f"Nom{i}",
                "first_name": "Prénom",
                "path": "formation",
                "units_sought": ["CCP1", "CCP2", "CCP3"],
            }
            for i in range(candidates)
        ],
        "schedule": [
            {"candidate_id": f"C{i:04d}", "modality_id": "ef", "start": f"{day.isoformat()}T09:00"}
            for i in range(candidates)
        ],
        "scenario_cards": [{"id": "S1", "title": "Fiche", "structure_type": "Mission locale", "actor_text": "Texte"}],
        "attachments": attachments,
    }
    Manifest.model_validate(manifest)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
        for member, body in blobs:
            z.writestr(zipfile.ZipInfo(member), body, compress_type=zipfile.ZIP_STORED)
    # On the disk before it is measured, as a package copied from a USB stick is: otherwise the
    # import's first fsync would write the 315 MB just built as well.
    with path.open("rb") as fh:
        os.fsync(fh.fileno())


def measure(*argv: str) -> tuple[int, float, float]:
    out = subprocess.run([sys.executable, "-c", CHILD, *argv], capture_output=True, text=True, check=False)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("RESULT")), None)
    if line is None:
        raise SystemExit(f"échec : {out.stderr}")
    _, code, elapsed, peak = line.split()
    return int(code), float(elapsed), float(peak)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=300)
    parser.add_argument("--size-mb", type=float, default=1.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pkg = Path(tmp) / "bench.zip"
        t = time.perf_counter()
        build(pkg, args.candidates, int(args.size_mb * 1024 * 1024))
        print(
            f"package: {pkg.stat().st_size / 1e6:.0f} MB, {args.candidates} candidates, built in {time.perf_counter() - t:.1f} s"
        )
        data = Path(tmp) / "data"
        floor, size = read_and_hash(pkg)
        code, validated, peak = measure("package", "validate", str(pkg))
        print(f"validate: exit {code}, {validated:.2f} s, peak RSS {peak:.0f} MB")
        code, elapsed, peak = measure("--data-dir", str(data), "package", "import", str(pkg))
        print(f"import:   exit {code}, {elapsed:.2f} s, peak RSS {peak:.0f} MB (aim: ≤ 1.2 s, < 200 MB)")
        code, elapsed2, peak2 = measure("--data-dir", str(data), "package", "import", str(pkg))
        print(f"re-import (unchanged): exit {code}, {elapsed2:.2f} s, peak RSS {peak2:.0f} MB")
        stored = store_floor(pkg, Path(tmp) / "floor")
        label = f"reading and hashing {size / 1e6:.0f} MB"
        print(beside(f"import, {args.candidates} candidates", elapsed, label, floor, "≤ 1.2 s"))
        print(beside(f"import, {args.candidates} candidates", elapsed, "the same, stored and flushed", stored))
        print(beside("validate", validated, label, floor))
        print(beside("re-import (unchanged)", elapsed2, label, floor))


def read_and_hash(pkg: Path) -> tuple[float, int]:
    """The floor: every member of the package read from the zip and hashed; (seconds, bytes)."""
    t = time.perf_counter()
    size = 0
    with zipfile.ZipFile(pkg) as z:
        for info in z.infolist():
            digest = hashlib.sha256()
            with z.open(info) as fh:
                while block := fh.read(1 << 20):
                    digest.update(block)
                    size += len(block)
    return time.perf_counter() - t, size


def store_floor(pkg: Path, folder: Path) -> float:
    """What an import cannot do without on this disk: every member read, hashed and written to a file of
    its own, the files flushed (fsync) by 8 threads as they are written; seconds."""
    folder.mkdir()
    t = time.perf_counter()
    with zipfile.ZipFile(pkg) as z, ThreadPoolExecutor(8) as pool:
        flushed = []
        for i, info in enumerate(z.infolist()):
            digest = hashlib.sha256()
            sink = (folder / str(i)).open("wb")
            with z.open(info) as fh:
                while block := fh.read(1 << 20):
                    digest.update(block)
                    sink.write(block)
            sink.flush()
            flushed.append(pool.submit(_flushed, sink))
        for done in flushed:
            done.result()
    return time.perf_counter() - t


def _flushed(sink: BinaryIO) -> None:
    os.fsync(sink.fileno())
    sink.close()


if __name__ == "__main__":
    main()
