"""The session's procès-verbal in the data folder, the one file every juror signs in turn.

Generating it again replaces the file, and with it every signature it carries: then each juror has
to sign again. That is done only when the user has said so (`replace_signed`), never by surprise.
"""

from __future__ import annotations

from pathlib import Path

from jury_app.actions.context import AppContext
from jury_app.data.files import write_atomic
from jury_app.domain.clock import Clock
from jury_app.domain.problems import InvalidInput
from jury_app.reports.build.pv import build_pv_report
from jury_app.reports.pdf_pv import render_pv
from jury_app.reports.signing import signature_fields


def pv_path(ctx: AppContext, session_id: str) -> Path:
    return ctx.paths.session_pv(session_id)


def pv_signatures(ctx: AppContext, session_id: str) -> int:
    """How many signatures the session's PV carries (0 when it was not generated yet)."""
    path = pv_path(ctx, session_id)
    if not path.is_file():
        return 0
    return sum(1 for f in signature_fields(path.read_bytes()) if f.signed)


def generate_pv(ctx: AppContext, session_id: str, *, replace_signed: bool = False, clock: Clock | None = None) -> Path:
    """Write the session's PV where the jurors sign it; refused over a signed PV unless `replace_signed`."""
    signed = pv_signatures(ctx, session_id)
    if signed and not replace_signed:
        raise InvalidInput.one(
            "procès-verbal",
            f"le procès-verbal porte déjà {signed} signature(s) : le régénérer les efface, "
            "chaque juré devra signer à nouveau",
        )
    with ctx.database.reader() as orm:
        report = build_pv_report(orm, session_id, clock=clock)
    path = pv_path(ctx, session_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, render_pv(report), mode=0o644)  # an ordinary document, as every report
