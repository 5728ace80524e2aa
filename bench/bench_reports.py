"""Reports of a large session: the procès-verbal and the evaluation grids of 300 candidates.

Builds a TP CIP title session of 300 candidates (a package written like bench_import.py does,
imported, then filled by bulk inserts: two jurors' grids for the four modalities, timers with their
phases, a drawn card, decisions and closed deliberations), then times:

- `build_pv_report` and rendering the PV (aim: < 3 s),
- building and rendering the 300 candidates' grids as the archive makes them, in one read of the
  database (aim: ≤ 6 s),

and prints the peak memory: the process's peak RSS (VmHWM), and the peak of Python allocations
while rendering the PV and one grid (tracemalloc, measured apart: it slows the code down).

Each beside its floor measured in the same run: the same text, page by page (read back from the
PDF made), drawn with reportlab's canvas without any layout, one line after the other. Aim for
the 300 grids: ≤ 6 s.

    .venv/bin/python bench/bench_reports.py [--candidates 300]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import resource
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

from floors import beside
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import insert, select

from jury_app.actions.context import AppContext
from jury_app.actions.packages import import_
from jury_app.data import models as db
from jury_app.data.package.format import Manifest
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.grading import OVERALL, modality_criteria
from jury_app.domain.timer import plan_phases
from jury_app.paths import resolve
from jury_app.reports.build.grid import SessionGrids, build_grid_report
from jury_app.reports.build.pv import build_pv_report
from jury_app.reports.model import GridReport, PvReport
from jury_app.reports.pdf_grid import render_grid
from jury_app.reports.pdf_pv import render_pv

SESSION = "BENCH-REPORTS"
DAY = dt.date(2026, 12, 7)
JURORS = ("J1", "J2")
MODALITIES = ("msp", "et", "qp", "ef")


def write_package(path: Path, candidates: int) -> None:
    manifest = {
        "format": "jury-app-session-package",
        "format_version": 1,
        "session": {
            "id": SESSION,
            "title": "Session de mesure des rapports",
            "certification": {"code": "TP-00403", "version": "08"},
            "kind": "title",
            "dates": [DAY.isoformat()],
            "centre": {"name": "Centre de mesure", "address": "1 place de la Mesure, 69001 Lyon"},
            "rooms": ["A"],
            "session_lead": "Responsable Mesure",
        },
        "jury": [
            {"id": "J1", "last_name": "Un", "first_name": "Juré", "role": "president", "profession": "CIP"},
            {"id": "J2", "last_name": "Deux", "first_name": "Juré", "profession": "Chargé d'accompagnement"},
        ],
        "candidates": [
            {
                "id": f"C{i:04d}",
                "last_name": f"Nom{i}",
                "first_name": "Prénom",
                "path": "vae" if i % 5 == 0 else "formation",
                "units_sought": ["CCP1", "CCP2", "CCP3"],
            }
            for i in range(candidates)
        ],
        "schedule": [],
        "scenario_cards": [
            {"id": f"S{k}", "title": f"Fiche {k}", "structure_type": "Mission locale", "actor_text": "Texte"}
            for k in range(1, 5)
        ],
        "attachments": [],
    }
    Manifest.model_validate(manifest)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))


def fill(ctx: AppContext, candidates: int) -> None:
    """Everything a jury day leaves behind, inserted in bulk (the actions would take minutes)."""
    with ctx.database.session() as orm:
        s = session_row(orm, SESSION)
        ref, sdef = definition_of(orm, s)
        refs = [c.ref for c in s.candidates]
        start = dt.datetime(2026, 12, 7, 7, 0, tzinfo=dt.UTC)
        orm.execute(
            insert(db.Declaration),
            [
                {
                    "session_id": SESSION,
                    "candidate_ref": c,
                    "juror_ref": j,
                    "has_link": False,
                    "note": "",
                    "declared_at": start,
                }
                for c in refs
                for j in JURORS
            ],
        )
        runs = [
            db.ModalityRun(session_id=SESSION, candidate_ref=c, modality_id=m, status="done", updated_at=start)
            for c in refs
            for m in MODALITIES
        ]
        grids = [
            db.Grid(session_id=SESSION, candidate_ref=c, modality_id=m, juror_ref=j, source="app", updated_at=start)
            for c in refs
            for m in MODALITIES
            for j in JURORS
        ]
        orm.add_all(runs + grids)
        orm.flush()
        events, draws = [], []
        for n, run in enumerate(runs):
            at = start + dt.timedelta(minutes=5 * n)
            plan = plan_phases(sdef.modality(run.modality_id))
            events.append(
                {
                    "run_pk": run.pk,
                    "seq": 1,
                    "kind": "start",
                    "at": at,
                    "phase_id": None,
                    "reason": "",
                    "juror_ref": "J1",
                }
            )
            for i, phase in enumerate(plan):
                at += dt.timedelta(seconds=phase.duration_s - 40 + (n % 7) * 10)
                kind = "next" if i < len(plan) - 1 else "finish"
                events.append(
                    {
                        "run_pk": run.pk,
                        "seq": i + 2,
                        "kind": kind,
                        "at": at,
                        "phase_id": None,
                        "reason": "",
                        "juror_ref": "J1",
                    }
                )
            if run.modality_id == "msp":
                draws.append(
                    {
                        "run_pk": run.pk,
                        "seq": 1,
                        "card_ref": f"S{n % 4 + 1}",
                        "drawn_at": start,
                        "day": DAY.isoformat(),
                        "witness": "Témoin",
                        "reason": "",
                        "juror_ref": "J1",
                        "superseded": False,
                    }
                )
        orm.execute(insert(db.TimerEventRow), events)
        orm.execute(insert(db.DrawRow), draws)
        marks, assessments, notes = [], [], []
        for g in grids:
            pairs = modality_criteria(sdef.modality(g.modality_id), ref)
            weak = g.candidate_ref.endswith("7") and g.modality_id == "qp"
            for comp, criteria in pairs:
                for k, crit in enumerate(criteria):
                    mark = "not_satisfied" if weak and comp.unit_id == "CCP3" and k < 2 else "satisfied"
                    marks.append({"grid_pk": g.pk, "criterion_id": crit.id, "mark": mark, "updated_at": start})
                judgement = "not_acquired" if weak and comp.unit_id == "CCP3" else "acquired"
                assessments.append(
                    {
                        "grid_pk": g.pk,
                        "competence_id": comp.id,
                        "judgement": judgement,
                        "observation": "Posture professionnelle, exemples concrets, reformulations pertinentes.",
                        "updated_at": start,
                    }
                )
            if not pairs:
                assessments.append(
                    {
                        "grid_pk": g.pk,
                        "competence_id": OVERALL,
                        "judgement": "acquired",
                        "observation": "Bon entretien.",
                        "updated_at": start,
                    }
                )
            notes.append(
                {"grid_pk": g.pk, "at": start, "phase_label": "Questionnement", "text": "Note prise pendant l'épreuve."}
            )
        orm.execute(insert(db.CriterionMark), marks)
        orm.execute(insert(db.CompetenceAssessment), assessments)
        orm.execute(insert(db.GridNote), notes)
        decisions, units, delibs = [], [], []
        closed = start + dt.timedelta(hours=10)
        for c in refs:
            weak = c.endswith("7")
            for comp in ref.competences:
                judgement = "not_acquired" if weak and comp.unit_id == "CCP3" else "acquired"
                decisions.append(
                    {
                        "session_id": SESSION,
                        "candidate_ref": c,
                        "competence_id": comp.id,
                        "judgement": judgement,
                        "updated_at": closed,
                    }
                )
            for u in ref.units:
                granted = not (weak and u.id == "CCP3")
                units.append(
                    {
                        "session_id": SESSION,
                        "candidate_ref": c,
                        "unit_id": u.id,
                        "granted": granted,
                        "proposal": "grant" if granted else "refuse",
                        "reason": "" if granted else "Compétences de l'activité type 3 insuffisamment démontrées.",
                        "updated_at": closed,
                    }
                )
            units.append(
                {
                    "session_id": SESSION,
                    "candidate_ref": c,
                    "unit_id": "title",
                    "granted": not weak,
                    "proposal": "refuse" if weak else "grant",
                    "reason": "Le CCP3 n'est pas acquis." if weak else "",
                    "updated_at": closed,
                }
            )
            delibs.append(
                {"session_id": SESSION, "candidate_ref": c, "closed": True, "closed_at": closed, "updated_at": closed}
            )
        orm.execute(insert(db.CompetenceDecision), decisions)
        orm.execute(insert(db.UnitDecision), units)
        orm.execute(insert(db.Deliberation), delibs)
        orm.add(
            db.Incident(
                session_id=SESSION, candidate_ref=None, modality_id=None, kind="other", text="Coupure réseau", at=start
            )
        )
        orm.add(
            db.HandwrittenSignature(session_id=SESSION, juror_ref="J1", strokes=[[[0.1, 0.5], [0.5, 0.2], [0.9, 0.6]]])
        )


def pv_of(ctx: AppContext) -> PvReport:
    """As the report actions do it: one read of the database per report."""
    with ctx.database.reader() as orm:
        return build_pv_report(orm, SESSION)


def grid_of(ctx: AppContext, ref: str) -> GridReport:
    with ctx.database.reader() as orm:
        return build_grid_report(orm, SESSION, ref)


def draw_floor(pdfs: list[bytes]) -> float:
    """Seconds to draw the text of these PDFs, page by page and line by line, with no layout."""
    texts = {id(pdf): [page.extract_text().splitlines() for page in PdfReader(io.BytesIO(pdf)).pages] for pdf in pdfs}
    t = time.perf_counter()
    for pdf in pdfs:
        out = io.BytesIO()
        canvas = Canvas(out, invariant=1)
        for lines in texts[id(pdf)]:
            canvas.setFont("Helvetica", 8)
            for n, text in enumerate(lines):
                canvas.drawString(40, 800 - 10 * (n % 78), text)
            canvas.showPage()
        canvas.save()
    return time.perf_counter() - t


def peak_rss_mb() -> float:
    try:
        with Path("/proc/self/status").open() as fh:
            line = next(ln for ln in fh if ln.startswith("VmHWM"))
        return int(line.split()[1]) * 1024 / 1e6
    except (OSError, StopIteration):
        scale = 1 if sys.platform == "darwin" else 1024
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext(resolve(Path(tmp) / "data"))
        t = time.perf_counter()
        pkg = Path(tmp) / "bench.zip"
        write_package(pkg, args.candidates)
        import_(ctx, pkg)
        fill(ctx, args.candidates)
        with ctx.database.reader() as orm:
            marks = len(orm.scalars(select(db.CriterionMark.pk)).all())
        print(f"session: {args.candidates} candidates, {marks} marks, built in {time.perf_counter() - t:.1f} s")

        t = time.perf_counter()
        pv = pv_of(ctx)
        built = time.perf_counter() - t
        pdf = render_pv(pv)
        pv_total = total = time.perf_counter() - t
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        print(
            f"PV: built in {built:.2f} s, built and rendered in {total:.2f} s "
            f"({pages} pages, {len(pdf) / 1e3:.0f} kB) (aim: < 3 s)"
        )

        # As the archive makes them: one read of the database, what the grids share read once.
        t = time.perf_counter()
        build_time = 0.0
        size = 0
        with ctx.database.reader() as orm:
            grids = SessionGrids(orm, SESSION)
            refs = grids.candidate_refs
            for ref in refs:
                t0 = time.perf_counter()
                report = grids.report(ref)
                build_time += time.perf_counter() - t0
                size += len(render_grid(report))
        total = time.perf_counter() - t
        one = render_grid(grid_of(ctx, refs[0]))
        grid_pages = len(PdfReader(io.BytesIO(one)).pages)
        print(
            f"grids: {len(refs)} candidates in {total:.1f} s ({1000 * total / len(refs):.0f} ms each, "
            f"of which building {1000 * build_time / len(refs):.0f} ms), {grid_pages} pages and "
            f"{len(one) / 1e3:.0f} kB each, {size / 1e6:.1f} MB in all (aim: ≤ 6 s)"
        )
        print(f"peak RSS of the whole run: {peak_rss_mb():.0f} MB")
        pv_floor = draw_floor([pdf])
        grids_floor = draw_floor([one] * len(refs))
        print(
            beside(f"PV of {len(refs)} candidates, built and rendered", pv_total, "drawing its text", pv_floor, "< 3 s")
        )
        print(beside(f"{len(refs)} evaluation grids", total, "drawing their text", grids_floor, "≤ 6 s"))

        tracemalloc.start()
        render_pv(pv_of(ctx))
        _, pv_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        render_grid(grid_of(ctx, refs[0]))
        _, grid_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak Python allocations: PV {pv_peak / 1e6:.0f} MB, one grid {grid_peak / 1e6:.0f} MB")
        ctx.close()


if __name__ == "__main__":
    main()
