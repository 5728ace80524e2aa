"""Conflicts between the jurors' laptops: listed whole, exported, and resolved by the session lead's
recorded choice (jury_app.data.results_merge.conflicts)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Literal

from jury_app.actions.context import AppContext
from jury_app.data.files import write_atomic
from jury_app.data.results_merge.conflicts import Conflict as Conflict
from jury_app.data.results_merge.conflicts import Option as Option
from jury_app.data.results_merge.conflicts import list_conflicts, resolve
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.clock import Clock


def conflicts(ctx: AppContext, session_id: str, *, candidate: str | None = None) -> list[Conflict]:
    """Every conflict of the session (or of one candidate), the open ones first."""
    with ctx.database.reader() as orm:
        s = session_row(orm, session_id)
        _ref, sdef = definition_of(orm, s)
        return list_conflicts(orm, s, {m.id: m.title for m in sdef.modalities}, candidate=candidate)


def resolve_conflict(
    ctx: AppContext, session_id: str, conflict_id: int, choice: int, reason: str, by: str, clock: Clock
) -> Conflict:
    """The session lead keeps version `choice` (1-based) of a conflict, for a written reason; audited.

    `by` names who chose (the session lead); empty: the session's lead as the package names them."""
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        row = resolve(orm, s, conflict_id, choice, reason, by.strip() or s.session_lead or "responsable", clock.now())
        _ref, sdef = definition_of(orm, s)
        found = list_conflicts(orm, s, {m.id: m.title for m in sdef.modalities}, candidate=row.candidate_ref)
        return next(c for c in found if c.id == row.pk)


COLUMNS = (
    "conflict",
    "status",
    "candidate",
    "candidate_name",
    "modality",
    "modality_title",
    "kind",
    "kind_label",
    "option",
    "summary",
    "origins",
    "run_status",
    "card",
    "card_title",
    "timer_events",
    "started_at",
    "ended_at",
    "chosen",
    "reason",
    "resolved_by",
)


def conflicts_text(items: list[Conflict], fmt: Literal["csv", "json"]) -> str:
    """Every conflict, one row per version: CSV for French Excel (BOM, `;`) or JSON."""
    rows = conflict_rows(items)
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return "\ufeff" + buf.getvalue()


def export_conflicts(ctx: AppContext, session_id: str, fmt: Literal["csv", "json"], out: Path) -> Path:
    """The session's conflicts written whole to `out`."""
    return write_atomic(Path(out), conflicts_text(conflicts(ctx, session_id), fmt).encode("utf-8"), mode=0o644)


def conflict_rows(items: list[Conflict]) -> list[dict[str, Any]]:
    """One row per version of each conflict, for a CSV or JSON export (every conflict, never cut)."""
    rows = []
    for c in items:
        for o in c.options:
            rows.append(
                {
                    "conflict": c.id,
                    "status": c.status,
                    "candidate": c.candidate_ref,
                    "candidate_name": c.candidate_name,
                    "modality": c.modality_id,
                    "modality_title": c.modality_title,
                    "kind": c.kind,
                    "kind_label": c.kind_label,
                    "option": o.number,
                    "summary": o.summary,
                    "origins": " ; ".join(o.origins),
                    "run_status": o.detail["status"],
                    "card": o.detail["card"] or "",
                    "card_title": o.card_title,
                    "timer_events": o.detail["events"],
                    "started_at": o.detail["started_at"] or "",
                    "ended_at": o.detail["ended_at"] or "",
                    "chosen": c.chosen == o.number,
                    "reason": c.reason,
                    "resolved_by": c.resolved_by,
                }
            )
    return rows
