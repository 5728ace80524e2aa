"""Merging the jurors' signed result files: 3 jurors × 300 candidates on the session lead's laptop.

Builds a 300-candidate TP CIP title session package (3 jurors J1..J3), imports it on three jurors'
laptops and fills every juror's grids for every candidate (every modality the candidate takes, every
criterion marked, every competence judged with an observation, one note), by bulk inserts in each
juror's own data folder. Each juror exports their signed result file (timed). Then a fresh process
on a fresh lead's data folder imports the three files in one `import_results` call, and prints its
wall time, the time per grid, and its peak memory (RSS). The lead's audit trail is verified after,
and the completeness report made. Each beside its floor, measured in the same run on the same disk:
the rows the merge wrote, written again by raw sqlite3 executemany into a copy of the lead's
database as it was before the merge, in one synchronous=FULL transaction; the audit entries read
raw and hashed (the canonical JSON and SHA-256 their chain needs); the grids' counts of marks and
judgements in three grouped queries. Aims: merge ≤ 1.5 s, audit verify ≤ 1 s, completeness ≤ 0.3 s.

    .venv/bin/python bench/bench_merge.py [--candidates 300] [--data-dir DIR]
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
from pathlib import Path
from typing import Any

from floors import beside, copy_database, raw_connection
from sqlalchemy import insert, select

from jury_app.actions.context import AppContext
from jury_app.actions.jurors import set_pin
from jury_app.actions.packages import import_
from jury_app.actions.results_export import export_results
from jury_app.data import models as db
from jury_app.data.package.format import Manifest
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import OVERALL, modality_criteria
from jury_app.domain.rules import modalities_for_candidate
from jury_app.paths import resolve

SESSION = "BENCH-MERGE-300"
JURORS = ("J1", "J2", "J3")
PASSPHRASE = "phrase secrète du banc d'essai"

CHILD = """
import json, sys, time
from datetime import UTC, datetime

def rss(field):
    try:
        return int(next(ln for ln in open("/proc/self/status") if ln.startswith(field)).split()[1]) / 1024
    except (OSError, StopIteration):
        return float("nan")

from jury_app.actions.audit import verify_audit
from jury_app.actions.context import AppContext
from jury_app.actions.results_import import import_results
from jury_app.actions.results_status import completeness
from jury_app.domain.clock import FakeClock
from jury_app.paths import resolve

data_dir, session, *files = sys.argv[1:]
ctx = AppContext(resolve(data_dir))
ctx.database  # opened and migrated before the clock starts
clock = FakeClock(datetime(2026, 12, 8, 18, 0, tzinfo=UTC))
base = rss("VmRSS")
t = time.perf_counter()
outcomes = import_results(ctx, files, accept_new_keys=True, clock=clock)
elapsed = time.perf_counter() - t
peak = rss("VmHWM")
t = time.perf_counter()
again = import_results(ctx, files, accept_new_keys=True, clock=clock)
again_s = time.perf_counter() - t
t = time.perf_counter()
audit = verify_audit(ctx, session)
audit_s = time.perf_counter() - t
t = time.perf_counter()
report = completeness(ctx, session)
report_s = time.perf_counter() - t
print("RESULT " + json.dumps({
    "elapsed": elapsed, "base_mb": base, "peak_mb": peak,
    "statuses": [o.status for o in outcomes], "problems": [str(p) for o in outcomes for p in o.problems],
    "changes": sum(len(o.differences) for o in outcomes),
    "again": [o.status for o in again], "again_s": again_s,
    "audit_ok": audit.ok, "audit_entries": audit.entries, "audit_s": audit_s,
    "complete": report.complete, "report_s": report_s, "expected_grids": len(report.grids),
}))
"""


def build_package(path: Path, candidates: int) -> None:
    day = dt.date(2026, 12, 7)
    manifest = {
        "format": "jury-app-session-package",
        "format_version": 1,
        "session": {
            "id": SESSION,
            "title": "Session de mesure — fusion des résultats",
            "certification": {"code": "TP-00403", "version": "08"},
            "kind": "title",
            "dates": [day.isoformat(), (day + dt.timedelta(days=1)).isoformat()],
            "centre": {"name": "Centre"},
            "rooms": ["A"],
        },
        "jury": [
            {"id": j, "last_name": name, "first_name": "Juré", "role": "president" if j == "J1" else "member"}
            for j, name in zip(JURORS, ("Un", "Deux", "Trois"), strict=True)
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
        "scenario_cards": [{"id": "S1", "title": "Fiche", "structure_type": "Mission locale", "actor_text": "Texte"}],
    }
    Manifest.model_validate(manifest)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))


def fill(ctx: AppContext, juror: str, rng: random.Random) -> int:
    """Every grid of `juror`, complete, by bulk inserts; returns the number of grids."""
    at = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
    with ctx.database.session() as orm:
        s = session_row(orm, SESSION)
        ref, sdef = definition_of(orm, s)
        orm.execute(
            insert(db.Declaration),
            [
                {"session_id": SESSION, "candidate_ref": c.ref, "juror_ref": juror, "has_link": False, "note": ""}
                for c in s.candidates
            ],
        )
        plan = []
        for c in s.candidates:
            for mid in modalities_for_candidate(sdef, c.path, ref):
                plan.append((c.ref, sdef.modality(mid)))
        orm.execute(
            insert(db.Grid),
            [
                {"session_id": SESSION, "candidate_ref": c, "modality_id": m.id, "juror_ref": juror, "updated_at": at}
                for c, m in plan
            ],
        )
        pks = {
            (g.candidate_ref, g.modality_id): g.pk
            for g in orm.execute(
                select(db.Grid.pk, db.Grid.candidate_ref, db.Grid.modality_id).where(
                    db.Grid.session_id == SESSION, db.Grid.juror_ref == juror
                )
            )
        }
        marks: list[dict[str, Any]] = []
        assessments: list[dict[str, Any]] = []
        notes: list[dict[str, Any]] = []
        for c, m in plan:
            pk = pks[(c, m.id)]
            pairs = modality_criteria(m, ref)
            for _comp, criteria in pairs:
                for crit in criteria:
                    mark = rng.choices(("satisfied", "not_satisfied", "not_observed"), (90, 7, 3))[0]
                    marks.append({"grid_pk": pk, "criterion_id": crit.id, "mark": mark, "updated_at": at})
            for cid in [comp.id for comp, _ in pairs] or [OVERALL]:
                assessments.append(
                    {
                        "grid_pk": pk,
                        "competence_id": cid,
                        "judgement": rng.choice(("acquired", "acquired", "not_acquired")),
                        "observation": f"Observation de {juror} sur {cid} : éléments précis et argumentés.",
                        "updated_at": at,
                    }
                )
            notes.append({"grid_pk": pk, "at": at, "phase_label": "Phase 1", "text": f"Note de {juror}"})
        orm.execute(insert(db.CriterionMark), marks)
        orm.execute(insert(db.CompetenceAssessment), assessments)
        orm.execute(insert(db.GridNote), notes)
        return len(plan)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=300)
    parser.add_argument("--data-dir", help="where the temporary folders go (to choose the disk)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-merge-", dir=args.data_dir) as tmp:
        root = Path(tmp)
        pkg = root / "bench.zip"
        build_package(pkg, args.candidates)
        print(
            f"bench_merge {dt.datetime.now():%Y-%m-%dT%H:%M:%S} — Python {sys.version.split()[0]}, "
            f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}"
        )
        rng = random.Random(7)
        clock = FakeClock(dt.datetime(2026, 12, 8, 17, 0, tzinfo=dt.UTC))
        files = []
        grids = 0
        for juror in JURORS:
            ctx = AppContext(resolve(root / juror.lower()))
            import_(ctx, pkg)
            t = time.perf_counter()
            count = fill(ctx, juror, rng)
            filled = time.perf_counter() - t
            t = time.perf_counter()
            set_pin(ctx, SESSION, juror, "1234", lead_passphrase="phrase du responsable")
            info = export_results(
                ctx, SESSION, juror, PASSPHRASE, root / "usb" / f"{juror}.json", clock=clock, pin="1234"
            )
            exported = time.perf_counter() - t
            ctx.close()
            grids += count
            files.append(info.path)
            print(
                f"{juror}: {count} grids filled in {filled:.2f} s (bulk); export {exported:.2f} s "
                f"(key made and signed: first use), file {info.path.stat().st_size / 1e6:.1f} MB"
            )
            clock.advance(60)
        lead = root / "lead"
        ctx = AppContext(resolve(lead))
        import_(ctx, pkg)
        lead_db = ctx.paths.database
        ctx.close()
        before_merge = root / "before-merge.sqlite3"
        copy_database(lead_db, before_merge)
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(lead), SESSION, *map(str, files)],
            capture_output=True,
            text=True,
            check=False,
        )
        line = next((ln for ln in out.stdout.splitlines() if ln.startswith("RESULT ")), None)
        if line is None:
            raise SystemExit(f"échec : {out.stderr}")
        r = json.loads(line.removeprefix("RESULT "))
        if r["problems"]:
            raise SystemExit(f"refusé : {r['problems']}")
        print(
            f"lead import of {len(files)} files ({grids} grids, {r['changes']} changes): {r['elapsed']:.2f} s, "
            f"{1000 * r['elapsed'] / grids:.2f} ms per grid; {r['statuses']}"
        )
        print(
            f"  RSS {r['base_mb']:.0f} MB before the import, peak {r['peak_mb']:.0f} MB "
            f"(+{r['peak_mb'] - r['base_mb']:.0f} MB)"
        )
        print(f"re-import of the same files: {r['again_s']:.2f} s; {r['again']}")
        print(
            f"audit verify at the lead: {'ok' if r['audit_ok'] else 'FAILED'}, {r['audit_entries']} entries, "
            f"{r['audit_s']:.2f} s; completeness report ({r['expected_grids']} grids expected, "
            f"{'complete' if r['complete'] else 'INCOMPLETE'}): {r['report_s']:.2f} s"
        )
        rows, write_floor = rewrite_floor(lead_db, before_merge)
        entries, hash_floor = hash_floor_of(lead_db)
        count_floor = count_floor_of(lead_db)
        print(
            beside(
                f"merge of {len(files)} jurors' files",
                r["elapsed"],
                f"writing its {rows:,} rows",
                write_floor,
                "≤ 1.5 s",
            )
        )
        print(
            beside(
                f"audit verify, {r['audit_entries']:,} entries",
                r["audit_s"],
                f"hashing {entries:,}",
                hash_floor,
                "≤ 1 s",
            )
        )
        print(
            beside(
                f"completeness report, {r['expected_grids']:,} grids",
                r["report_s"],
                "3 grouped counts",
                count_floor,
                "≤ 0.3 s",
            )
        )


MERGED_TABLES = ("grids", "criterion_marks", "competence_assessments", "grid_notes", "grid_changes", "audit_log")


def rewrite_floor(merged: Path, before: Path) -> tuple[int, float]:
    """The rows the merge added, written again raw into the database as it was before: (rows, seconds)."""
    src = raw_connection(merged)
    dst = raw_connection(before)
    try:
        data = {}
        for table in MERGED_TABLES:
            had = {r[0] for r in dst.execute(f"SELECT pk FROM {table}")}
            cursor = src.execute(f"SELECT * FROM {table}")
            columns = [d[0] for d in cursor.description]
            data[table] = (columns, [row for row in cursor if row[0] not in had])
        t = time.perf_counter()
        dst.execute("BEGIN IMMEDIATE")
        for table, (columns, rows) in data.items():
            marks = ", ".join("?" for _ in columns)
            dst.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        dst.execute("COMMIT")
        return sum(len(rows) for _, rows in data.values()), time.perf_counter() - t
    finally:
        src.close()
        dst.close()


def hash_floor_of(database: Path) -> tuple[int, float]:
    """The audit entries read raw, each one's canonical JSON hashed with the previous hash: (entries, seconds)."""
    conn = raw_connection(database)
    try:
        t = time.perf_counter()
        prev = "0" * 64
        n = 0
        for row in conn.execute(
            "SELECT session_id, seq, at, actor, action, target, before, after FROM audit_log ORDER BY session_id, seq"
        ):
            body = json.dumps(list(row), ensure_ascii=False, separators=(",", ":"))
            prev = hashlib.sha256((prev + body).encode("utf-8")).hexdigest()
            n += 1
        return n, time.perf_counter() - t
    finally:
        conn.close()


def count_floor_of(database: Path) -> float:
    """The grids and, per grid, its marks and its judgements: three grouped queries, raw."""
    conn = raw_connection(database)
    try:
        t = time.perf_counter()
        conn.execute(
            "SELECT pk, candidate_ref, modality_id, juror_ref FROM grids WHERE session_id = ?", (SESSION,)
        ).fetchall()
        conn.execute("SELECT grid_pk, count(*) FROM criterion_marks GROUP BY grid_pk").fetchall()
        conn.execute(
            "SELECT grid_pk, count(*) FROM competence_assessments WHERE judgement IS NOT NULL GROUP BY grid_pk"
        ).fetchall()
        return time.perf_counter() - t
    finally:
        conn.close()


if __name__ == "__main__":
    main()
