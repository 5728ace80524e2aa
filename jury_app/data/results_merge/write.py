"""Carrying out the plan of a merge, inside the caller's transaction.

The juror's certificate registered on a first file, declarations merged (a recusal records its
incident), the exam room's record, and the grids: each change through the grid store, as the grid
screen writes it, with the juror as actor (`audit.verify` holds after a merge). The import itself is
recorded (`ResultImport`) and written in the audit trail.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db
from jury_app.data.declarations import write_declaration
from jury_app.data.grid_store import GridWriter
from jury_app.data.results_merge.plan import Plan
from jury_app.data.results_merge.runs import apply_runs


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def apply_plan(orm: Orm, plan: Plan, now: datetime, register_key: bool, archived_as: str) -> int:
    """Writes the plan (inside the caller's transaction); returns the number of changes."""
    s = plan.session
    assert s is not None
    doc, juror = plan.doc, plan.doc.juror.id
    if register_key:
        orm.add(
            db.JurorKey(
                session_id=s.id,
                juror_ref=juror,
                certificate_pem=plan.verified.certificate_pem,
                fingerprint=plan.verified.fingerprint,
                created_at=now,
            )
        )
    for cand, has_link, note, declared_at in plan.new_declarations:
        write_declaration(
            orm,
            None,
            session_id=s.id,
            candidate_ref=cand,
            juror_ref=juror,
            has_link=has_link,
            note=note,
            at=declared_at,
        )
    for row, note, declared_at in plan.recusals:
        write_declaration(
            orm,
            row,
            session_id=s.id,
            candidate_ref=row.candidate_ref,
            juror_ref=juror,
            has_link=True,
            note=note,
            at=declared_at,
        )

    writer = GridWriter(orm, s.id, now)

    def add_audit(action: str, target: dict[str, str], before: str | None, after: str | None) -> None:
        writer.trail.add(juror, action, target, before, after, now)

    apply_runs(orm, plan.exam, s.id, now, add_audit)

    changed = [g for g in plan.grids if g.diffs]
    writer.trail.add(
        juror,
        "results.import",
        {"juror": juror, "file": plan.verified.sha256},
        None,
        _canonical(
            {
                "exported_at": doc.exported_at.isoformat(),
                "fingerprint": plan.verified.fingerprint,
                "key_registered": register_key,
                "candidates": sorted(plan.only) if plan.only is not None else doc.scope.candidates,
                "left_out": plan.refused_candidates,
                "archived_as": archived_as,
                # the juror's laptop's trail as the file sealed it
                "trail": doc.trail.model_dump() if doc.trail is not None else None,
            }
        ),
        now,
    )
    for gp in changed:
        grid = gp.lead if gp.lead is not None else writer.create(gp.file_grid.candidate, gp.file_grid.modality, juror)
        writer.replace(
            grid,
            gp.values(),
            source=gp.file_grid.source,
            notes_added=gp.notes_added,
            notes_removed=gp.notes_removed,
        )
    writer.finish()
    count = len(plan.changes)
    # Every grid the file holds for the candidates it was imported for (taken, or kept for a later
    # export): whichever the order, the same list, and the latest export of each grid is found here.
    taken = [[g.candidate, g.modality] for g in doc.content.grids if g.candidate not in set(plan.refused_candidates)]
    if plan.only is not None:
        taken = [g for g in taken if g[0] in plan.only]
    if plan.duplicate is not None:  # imported before: the candidates left out then, now open
        before = plan.duplicate
        before.grids = [*before.grids, *(g for g in taken if g not in before.grids)]
        before.refused_candidates = [c for c in before.refused_candidates if c in set(plan.refused_candidates)]
        before.changes += count
    else:
        orm.add(
            db.ResultImport(
                session_id=s.id,
                juror_ref=juror,
                file_sha256=plan.verified.sha256,
                exported_at=doc.exported_at,
                imported_at=now,
                fingerprint=plan.verified.fingerprint,
                candidates=list(doc.scope.candidates),
                grids=taken,
                changes=count,
                archived_as=archived_as,
                refused_candidates=list(plan.refused_candidates),
            )
        )
    orm.flush()
    return count
