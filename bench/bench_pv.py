"""The procès-verbal of a large session from generation to the last check: 300 candidates.

Builds the same session as bench_reports.py (every deliberation closed), then times, for the
session lead and each juror as they would do it:

- generating the PV with its signature fields, recorded (aim: < 5 s),
- each juror's signature, key opened from its file (scrypt, 128 MiB) and the stamp drawn (aim: < 3 s),
- `report verify` of the signed PV (aim: < 2 s),
- the pages shown before signing, rendered by PDFium one at a time as the juror scrolls: the first
  page (aim: < 0.3 s) and every page in turn (the time to scroll to the end),

and the peak memory of the run. Each beside its floor measured in the same run: hashing the PV's
bytes (what every signature and check must do at least once); for the generation, the same PV
drawn without its signature fields nor its record.

    .venv/bin/python bench/bench_pv.py [--candidates 300]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench_reports import SESSION, fill, peak_rss_mb, pv_of, write_package
from floors import beside, hash_files

from jury_app.actions.context import AppContext
from jury_app.actions.jurors import set_pin
from jury_app.actions.packages import import_
from jury_app.actions.pv_files import generate_pv
from jury_app.actions.signing import sign_report, verify_report
from jury_app.domain.clock import FakeClock
from jury_app.paths import resolve
from jury_app.reports.pdf_preview import PdfPages
from jury_app.reports.pdf_pv import render_pv

PINS = {"J1": "1111", "J2": "2222"}
PASS = {"J1": "phrase de la présidente", "J2": "phrase du second juré"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=300)
    args = parser.parse_args()
    clock = FakeClock(datetime(2026, 12, 8, 17, 0, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext(resolve(Path(tmp) / "data"))
        pkg = Path(tmp) / "bench.zip"
        write_package(pkg, args.candidates)
        import_(ctx, pkg)
        fill(ctx, args.candidates)
        for ref, pin in PINS.items():
            set_pin(ctx, SESSION, ref, pin, lead_passphrase="phrase du responsable")

        t = time.perf_counter()
        pv = generate_pv(ctx, SESSION, clock=clock)
        generated = time.perf_counter() - t
        t = time.perf_counter()
        render_pv(pv_of(ctx))
        drawn = time.perf_counter() - t
        size = pv.stat().st_size
        print(beside(f"PV generated, {size / 1e6:.1f} MB", generated, "the same PV drawn, no fields", drawn, "< 5 s"))

        for ref in ("J1", "J2"):
            clock.advance(60)
            t = time.perf_counter()
            sign_report(ctx, SESSION, pv, ref, PASS[ref], clock, pin=PINS[ref])  # the key made the first time
            print(f"{ref}: key made and PV signed in {time.perf_counter() - t:.2f} s")

        t = time.perf_counter()
        result = verify_report(ctx, pv, SESSION)
        verified = time.perf_counter() - t
        assert result.all_ok, result.problems
        print(beside("signed PV verified, complete", verified, "hashing it", _hash_floor(pv), "< 2 s"))

        t = time.perf_counter()
        with PdfPages(pv.read_bytes()) as pages:
            first = pages.render(0, scale=1.1)
            first_s = time.perf_counter() - t
            t = time.perf_counter()
            for i in range(1, pages.count):
                pages.render(i, scale=1.1)
            rest = time.perf_counter() - t
            count = pages.count
        print(
            f"preview: {count} pages, the first shown in {first_s:.2f} s (aim: < 0.3 s), "
            f"each next one in {1000 * rest / max(count - 1, 1):.0f} ms ({len(first.rgb) / 1e6:.1f} MB a page)"
        )
        print(f"peak RSS of the whole run: {peak_rss_mb():.0f} MB")
        ctx.close()


def _hash_floor(pdf: Path) -> float:
    t = time.perf_counter()
    hash_files([pdf])
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
