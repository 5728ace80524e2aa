"""A juror's declaration about a candidate, and the recusal incident it records.

A juror declares no link with a candidate before evaluating them, or a link: they are then recused,
and the incident is recorded. One writer for the declaration made on this laptop and for the one
merged from the juror's result file, so that both record the recusal alike.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db
from jury_app.data.runs import add_incident
from jury_app.domain.codes import IncidentKind


def recusal_text(note: str) -> str:
    """The recusal incident's text."""
    return f"Récusation : {note}"


def write_declaration(
    orm: Orm,
    existing: db.Declaration | None,
    *,
    session_id: str,
    candidate_ref: str,
    juror_ref: str,
    has_link: bool,
    note: str,
    at: datetime,
) -> None:
    """A new declaration, or an existing one of no link turned into a recusal; a recusal records
    its incident. `note` is already trimmed; a recusal is never undone here."""
    if existing is None:
        orm.add(
            db.Declaration(
                session_id=session_id,
                candidate_ref=candidate_ref,
                juror_ref=juror_ref,
                has_link=has_link,
                note=note,
                declared_at=at,
            )
        )
    elif has_link:
        existing.has_link = True
        existing.note = note
        existing.declared_at = at
    if has_link:
        add_incident(orm, session_id, candidate_ref, None, IncidentKind.RECUSAL, recusal_text(note), at, juror_ref)
