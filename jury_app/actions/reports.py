"""Report files of a session: built from the database, rendered, and written whole.

The builders (`jury_app.reports.build`) read the database once and return a plain report object;
these actions render it (`jury_app.reports.pdf_*`, `results_export`) and write the file atomically
(a temporary file in the same folder, then a rename), so a reader never sees half a report and an
existing file is replaced only by a complete one.

The optional clock is the time the report says it was produced ("édité le ...") and the time a
running timer is measured at. Tests pass a fake clock so the output is stable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from jury_app.actions.context import AppContext
from jury_app.data.files import write_atomic
from jury_app.data.jury_steps import blind_state
from jury_app.data.pv_store import store_pv, stored_pv
from jury_app.data.session_store import session_row
from jury_app.domain.clock import Clock, SystemClock
from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput
from jury_app.domain.session_draft import ascii_slug
from jury_app.reports import results_export
from jury_app.reports.build.feedback import build_feedback_report
from jury_app.reports.build.grid import build_blank_grid_reports, build_grid_report
from jury_app.reports.build.pv import build_pv_report
from jury_app.reports.pdf_blank import render_blank_grids
from jury_app.reports.pdf_feedback import render_feedback
from jury_app.reports.pdf_grid import render_grid
from jury_app.reports.pv_issue import current_pv

ResultsFormat = Literal["csv", "xlsx", "json"]
RESULTS_FORMATS: tuple[ResultsFormat, ...] = ("csv", "xlsx", "json")



def _check_target(out: Path) -> Path:
    out = Path(out)
    if out.is_dir():
        raise InvalidInput.one("--out", msg("{0} est un dossier : indiquez un nom de fichier", out))
    if not out.parent.is_dir():
        raise InvalidInput.one("--out", msg("le dossier {0} n'existe pas", out.parent))
    return out


def _write_atomic(out: Path, data: bytes) -> Path:
    """Write `data` to `out` whole or not at all, refusing a folder or a missing folder."""
    return write_atomic(_check_target(out), data, mode=0o644)  # a report is an ordinary document


def write_grid_pdf(
    ctx: AppContext,
    session_id: str,
    candidate_ref: str,
    out: Path,
    *,
    clock: Clock | None = None,
    viewer: str | None = None,
) -> Path:
    """Every juror's grids of the candidate. Asked by a juror (`viewer`), refused while blind marking
    hides the other jurors' entries (`data.jury_steps`)."""
    with ctx.database.reader() as orm:
        if viewer is not None and not blind_state(orm, session_id, candidate_ref).lifted:
            raise InvalidInput.one(
                "grilles",
                msg(
                    "les grilles des autres jurés restent masquées tant que chacun n'a pas terminé les siennes "
                    "pour ce candidat (ou que le jury n'a pas ouvert sa délibération)"
                ),
            )
        report = build_grid_report(orm, session_id, candidate_ref, clock=clock)
    return _write_atomic(out, render_grid(report))


def write_pv_pdf(ctx: AppContext, session_id: str, out: Path, *, clock: Clock | None = None) -> Path:
    """A copy of the session's PV in force (with the signatures it carries), generated first when
    there is none or the deliberations changed; a replaced PV that carried signatures is kept aside."""
    clock = clock or SystemClock()
    _check_target(out)  # before anything is generated
    with ctx.database.session() as orm:
        current = current_pv(
            orm, session_id, clock, stored_pv(ctx.paths, session_id), session_row(orm, session_id).timezone
        )
        if current.new:
            store_pv(ctx.paths, session_id, current.pdf, keep_previous=current.replaced_signatures > 0, now=clock.now())
    return _write_atomic(out, current.pdf)


def write_blank_grids_pdf(
    ctx: AppContext, session_id: str, candidate_ref: str, out: Path, *, clock: Clock | None = None
) -> Path:
    """Every modality the candidate takes, one blank paper grid each, in one PDF."""
    with ctx.database.reader() as orm:
        reports = build_blank_grid_reports(orm, session_id, candidate_ref, clock=clock)
    if not reports:
        raise InvalidInput.one("candidat", msg("aucune modalité ne s'applique au candidat « {0} »", candidate_ref))
    return _write_atomic(out, render_blank_grids(reports))


def write_feedback_pdf(
    ctx: AppContext, session_id: str, candidate_ref: str, out: Path, *, clock: Clock | None = None
) -> Path:
    with ctx.database.reader() as orm:
        report = build_feedback_report(orm, session_id, candidate_ref, clock=clock)
    return _write_atomic(out, render_feedback(report))


def write_all_feedback_pdfs(
    ctx: AppContext, session_id: str, folder: Path, *, clock: Clock | None = None
) -> list[Path]:
    """The feedback of every candidate of the session, one PDF each in `folder` (made if absent).

    Files are named after the candidate (« retour-Anais-Lefevre-C01.pdf »), each written whole.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InvalidInput.one("--out", msg("{0} est un fichier : indiquez un dossier", folder))
    if not folder.parent.is_dir():
        raise InvalidInput.one("--out", msg("le dossier {0} n'existe pas", folder.parent))
    with ctx.database.reader() as orm:
        s = session_row(orm, session_id)
        people = [(c.ref, c.display_name) for c in s.candidates]
        reports = [(ref, name, build_feedback_report(orm, session_id, ref, clock=clock)) for ref, name in people]
    folder.mkdir(exist_ok=True)
    return [
        _write_atomic(
            folder / f"retour-{ascii_slug(name, 40) or 'candidat'}-{ascii_slug(ref)}.pdf", render_feedback(report)
        )
        for ref, name, report in reports
    ]


def write_results(
    ctx: AppContext, session_id: str, fmt: ResultsFormat, out: Path, *, clock: Clock | None = None
) -> Path:
    """The session's results, one row per candidate, as CSV (French Excel), XLSX or JSON."""
    return _write_atomic(out, results_bytes(ctx, session_id, fmt, clock=clock))


def results_bytes(ctx: AppContext, session_id: str, fmt: ResultsFormat, *, clock: Clock | None = None) -> bytes:
    """The session's results in `fmt`; JSON gives each candidate's decisions on every CCP/block."""
    if fmt not in RESULTS_FORMATS:
        raise InvalidInput.one("--format", msg("format inconnu : « {0} » (csv, xlsx ou json)", fmt))
    with ctx.database.reader() as orm:
        report = build_pv_report(orm, session_id, clock=clock)
    render = {
        "csv": results_export.results_csv,
        "xlsx": results_export.results_xlsx,
        "json": results_export.results_json,
    }[fmt]
    return render(report)
