"""Closing a candidate's deliberation (which locks it), reopening it (with a reason), and the check
of the whole session: what each candidate still lacks, and which deliberations are open.

A deliberation closes once every decision is taken and nothing is missing: the jury's minimum size
not recused, every juror's grid of every modality of the candidate's path on this laptop, the
in-company hours and their proof for a candidate coming from training, no conflict between laptops
(jury_app.domain.closing). The jury may close despite a missing item only with a written reason for
it: the override goes into the audit trail and onto the procès-verbal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from jury_app.actions.context import AppContext
from jury_app.data import audit
from jury_app.data import models as db
from jury_app.data.deliberation_view import (
    DeliberationView,
    build_view,
    candidate_row,
    deliberation_row,
    fail,
    where,
)
from jury_app.data.jury_steps import close_step, require_step
from jury_app.data.session_store import session_row
from jury_app.domain.clock import Clock
from jury_app.domain.closing import Overridden, Requirement
from jury_app.domain.codes import DeliberationEventKind
from jury_app.domain.messages import Message, Told, msg, plain
from jury_app.domain.problems import InvalidInput, Problem


def _refused(problems: list[Message]) -> InvalidInput:
    return InvalidInput([Problem("délibération", "", str(p), p) for p in problems])


def _juror_of(s: db.Session, juror_ref: str) -> None:
    if juror_ref not in {j.ref for j in s.jury}:
        raise fail(Told(msg("juré inconnu : « {0} »", juror_ref)))


def _record_overrides(
    orm: Orm, view: DeliberationView, overrides: Mapping[str, str], juror_ref: str, clock: Clock
) -> None:
    missing = {r.key: r for r in view.requirements}
    problems: list[Message] = []
    for key, reason in overrides.items():
        item = missing.get(key)
        if item is None:
            problems.append(msg("« {0} » ne manque pas pour ce candidat : rien à passer outre", key))
        elif not item.overridable:
            problems.append(msg("{0} : le jury ne peut pas passer outre", item.message))
        elif not reason.strip():
            problems.append(msg("{0} : indiquez pourquoi le jury clôt malgré cela", item.message))
    if problems:
        raise _refused(problems)
    now = clock.now()
    for key, reason in overrides.items():
        row = orm.scalar(
            select(db.ClosingOverride).where(
                *where(db.ClosingOverride, view.session_id, view.candidate_ref), db.ClosingOverride.item == key
            )
        )
        if row is None:
            row = db.ClosingOverride(session_id=view.session_id, candidate_ref=view.candidate_ref, item=key)
            orm.add(row)
        row.message, row.reason, row.juror_ref, row.at = missing[key].message, reason.strip(), juror_ref, now
        audit.append(
            orm,
            view.session_id,
            juror_ref,
            "deliberation.override",
            {"candidate": view.candidate_ref, "item": key},
            missing[key].message,
            reason.strip(),
            now,
        )


def _event(
    orm: Orm, sid: str, cand: str, juror_ref: str, kind: DeliberationEventKind, reason: str, now: datetime
) -> None:
    """A closing or a reopening: its event and its audit entry."""
    orm.add(db.DeliberationEvent(session_id=sid, candidate_ref=cand, kind=kind, at=now, juror_ref=juror_ref, reason=reason))
    closing = kind is DeliberationEventKind.CLOSE
    audit.append(
        orm,
        sid,
        juror_ref,
        "deliberation.close" if closing else "deliberation.reopen",
        {"candidate": cand, "item": ""},
        "open" if closing else "closed",
        "closed" if closing else f"open: {reason}",
        now,
    )


def close_deliberation(
    ctx: AppContext,
    session_id: str,
    candidate_ref: str,
    juror_ref: str,
    clock: Clock,
    overrides: Mapping[str, str] | None = None,
) -> DeliberationView:
    """Close and lock the deliberation; `overrides` maps a missing item's key to the jury's written
    reason for closing despite it. Refused, listing each point, while anything else is missing."""
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        _juror_of(s, juror_ref)
        candidate_row(s, candidate_ref)
        row = deliberation_row(orm, session_id, candidate_ref, create=False)
        if row is not None and row.closed:
            raise fail(Told(msg("la délibération de ce candidat est close ; rouvrez-la (avec un motif) pour la modifier")))
        require_step(orm, session_id, candidate_ref, juror_ref)  # the jury closes it in its sitting
        view = build_view(orm, ctx.paths, session_id, candidate_ref)
        if overrides:
            _record_overrides(orm, view, overrides, juror_ref, clock)
            orm.flush()
            view = build_view(orm, ctx.paths, session_id, candidate_ref)
        if view.problems:
            raise _refused([plain(p) for p in view.problems])
        row = deliberation_row(orm, session_id, candidate_ref, create=True)
        assert row is not None
        now = clock.now()
        row.closed, row.closed_at, row.updated_at = True, now, now
        close_step(orm, session_id, candidate_ref, now)
        _event(orm, session_id, candidate_ref, juror_ref, DeliberationEventKind.CLOSE, "", now)
        orm.flush()
        return build_view(orm, ctx.paths, session_id, candidate_ref)


def reopen_deliberation(
    ctx: AppContext, session_id: str, candidate_ref: str, juror_ref: str, reason: str, clock: Clock
) -> DeliberationView:
    if not reason.strip():
        raise fail(Told(msg("indiquez pourquoi la délibération est rouverte")))
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        _juror_of(s, juror_ref)
        row = deliberation_row(orm, session_id, candidate_ref, create=False)
        if row is None or not row.closed:
            raise fail(Told(msg("la délibération de ce candidat n'est pas close")))
        now = clock.now()
        row.closed = False
        row.updated_at = now
        _event(orm, session_id, candidate_ref, juror_ref, DeliberationEventKind.REOPEN, reason.strip(), now)
        orm.flush()
        return build_view(orm, ctx.paths, session_id, candidate_ref)


@dataclass(frozen=True)
class CandidateCheck:
    candidate_ref: str
    candidate_name: str
    path: str
    absent: bool
    closed: bool
    missing: tuple[str, ...]  # what prevents closing: decisions to take, then items missing
    requirements: tuple[Requirement, ...]  # the items missing (grids, jury, in-company periods, conflicts)
    overridden: tuple[Overridden, ...]


@dataclass(frozen=True)
class DeliberationCheck:
    session_id: str
    candidates: tuple[CandidateCheck, ...]

    @property
    def open(self) -> tuple[CandidateCheck, ...]:
        """The deliberations not closed yet, in the session's order."""
        return tuple(c for c in self.candidates if not c.closed)

    @property
    def complete(self) -> bool:
        """Complete only when every deliberation is closed."""
        return not self.open

    @property
    def summary(self) -> Told:
        if self.complete:
            return Told(msg("Complet : les {0} délibération(s) sont closes.", len(self.candidates)))
        ready = sum(1 for c in self.open if not c.missing)
        return Told(
            msg(
                "Incomplet : {0} délibération(s) ouverte(s) sur {1}, dont {2} prête(s) à clore.",
                len(self.open),
                len(self.candidates),
                ready,
            )
        )


def deliberation_check(ctx: AppContext, session_id: str) -> DeliberationCheck:
    """Per candidate, what is still missing before the deliberation can close, and which are open."""
    with ctx.database.reader() as orm:
        s = session_row(orm, session_id)
        out = []
        for c in s.candidates:
            view = build_view(orm, ctx.paths, session_id, c.ref)
            out.append(
                CandidateCheck(
                    c.ref,
                    c.display_name,
                    c.path,
                    view.absent,
                    view.closed,
                    () if view.closed else view.problems,
                    () if view.closed else view.requirements,
                    view.overridden,
                )
            )
        return DeliberationCheck(session_id, tuple(out))
