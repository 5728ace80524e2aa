"""Conflicts between laptops, as the session lead reads and resolves them.

A conflict holds the versions of a run that contradict each other (jury_app.domain.run_versions).
The lead chooses one, with a reason: the run becomes it, the others are set aside (kept, never
deleted), and the choice goes into the audit trail. A version that comes later and goes on from a
set-aside one opens the conflict again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm
from sqlalchemy.orm import selectinload

from jury_app.data import audit
from jury_app.data import models as db
from jury_app.data.results_merge.runs import (
    CONFLICT_LABELS,
    describe_version,
    origin_label,
    store_versions,
    version_detail,
    versions_of,
    write_run,
)
from jury_app.domain.messages import Message, Told, msg, plain
from jury_app.domain.problems import InvalidInput

LEAD_ACTOR = "responsable"
"""The audit trail's actor for what the session lead does (the jurors are named by their id)."""


@dataclass(frozen=True)
class Option:
    number: int  # 1, 2, … as the lead chooses it
    digest: str
    summary: str  # « terminée, fiche SC02, 6 événement(s) du chronomètre » (a `Told`, as the labels below)
    origins: tuple[str, ...]  # « cet ordinateur », « fichier de Martine Roussel »
    detail: dict[str, Any]  # status, card, events, started_at, ended_at
    card_title: str


@dataclass(frozen=True)
class Conflict:
    id: int
    candidate_ref: str
    candidate_name: str
    modality_id: str
    modality_title: str
    kind: str  # absence | card | run
    kind_label: str
    options: tuple[Option, ...]
    status: str  # open | resolved
    chosen: int | None  # the option's number once resolved
    reason: str
    resolved_by: str
    resolved_at: datetime | None

    @property
    def open(self) -> bool:
        return self.status == "open"

    def describe(self) -> Told:
        """C03 Inès Haddad — Mise en situation : fiches scénario différentes tirées (2 versions)"""
        where = plain(f"{self.candidate_ref} {self.candidate_name} — {self.modality_title}")
        return Told(msg("{0} : {1} ({2} versions)", where, self.kind_label, len(self.options)))


def _fail(message: Message) -> InvalidInput:
    return InvalidInput.one("conflit", message)


def _view(orm: Orm, s: db.Session, row: db.MergeConflict, titles: dict[str, str]) -> Conflict:
    versions = versions_of(orm, s.id, row.candidate_ref, row.modality_id)
    jurors = {j.ref: j.display_name for j in s.jury}
    cards = {c.ref: c.title for c in s.scenario_cards}
    candidate = next((c for c in s.candidates if c.ref == row.candidate_ref), None)
    options = []
    for n, d in enumerate(row.options, 1):
        v = versions[d]
        detail = version_detail(dict(v.body))
        options.append(
            Option(
                n,
                d,
                describe_version(v.body),
                tuple(origin_label(o, jurors) for o in v.origins),
                detail,
                cards.get(detail["card"] or "", ""),
            )
        )
    chosen = row.options.index(row.chosen) + 1 if row.chosen in row.options else None
    return Conflict(
        id=row.pk,
        candidate_ref=row.candidate_ref,
        candidate_name=candidate.display_name if candidate is not None else row.candidate_ref,
        modality_id=row.modality_id,
        modality_title=titles.get(row.modality_id, row.modality_id),
        kind=row.kind,
        kind_label=Told(CONFLICT_LABELS.get(row.kind) or plain(row.kind)),
        options=tuple(options),
        status=row.status,
        chosen=chosen,
        reason=row.reason,
        resolved_by=row.resolved_by,
        resolved_at=row.resolved_at,
    )


def list_conflicts(orm: Orm, s: db.Session, titles: dict[str, str], *, candidate: str | None = None) -> list[Conflict]:
    """The session's conflicts, the open ones first, then by candidate and modality."""
    query = select(db.MergeConflict).where(db.MergeConflict.session_id == s.id)
    if candidate is not None:
        query = query.where(db.MergeConflict.candidate_ref == candidate)
    position = {c.ref: c.position for c in s.candidates}
    rows = sorted(
        orm.scalars(query),
        key=lambda r: (r.status != "open", position.get(r.candidate_ref, 0), r.modality_id),
    )
    return [_view(orm, s, r, titles) for r in rows]


def open_conflicts(orm: Orm, session_id: str, candidate: str) -> list[db.MergeConflict]:
    return list(
        orm.scalars(
            select(db.MergeConflict).where(
                db.MergeConflict.session_id == session_id,
                db.MergeConflict.candidate_ref == candidate,
                db.MergeConflict.status == "open",
            )
        )
    )


def resolve(
    orm: Orm, s: db.Session, conflict_id: int, choice: int, reason: str, by: str, now: datetime
) -> db.MergeConflict:
    """The lead's choice: the run becomes option `choice` (1-based), the others are set aside."""
    row = orm.get(db.MergeConflict, conflict_id)
    if row is None or row.session_id != s.id:
        raise _fail(msg("conflit inconnu dans la session {0} : n° {1}", s.id, conflict_id))
    if row.status != "open":
        raise _fail(msg("le conflit n° {0} est déjà résolu ({1}) : {2}", conflict_id, row.resolved_by, row.reason))
    if not 1 <= choice <= len(row.options):
        raise _fail(msg("choix impossible : {0} (versions proposées : 1 à {1})", choice, len(row.options)))
    if not reason.strip():
        raise _fail(msg("indiquez le motif de ce choix : il figure au journal d'audit"))
    closed = orm.scalar(
        select(db.Deliberation.closed).where(
            db.Deliberation.session_id == s.id, db.Deliberation.candidate_ref == row.candidate_ref
        )
    )
    if closed:
        raise _fail(msg("la délibération de {0} est close ; rouvrez-la (avec un motif) d'abord", row.candidate_ref))
    chosen = row.options[choice - 1]
    versions = versions_of(orm, s.id, row.candidate_ref, row.modality_id)
    for d in row.options:
        versions[d].set_aside = d != chosen
    store_versions(orm, s.id, row.candidate_ref, row.modality_id, versions)
    run = orm.scalar(
        select(db.ModalityRun)
        .where(
            db.ModalityRun.session_id == s.id,
            db.ModalityRun.candidate_ref == row.candidate_ref,
            db.ModalityRun.modality_id == row.modality_id,
        )
        .options(selectinload(db.ModalityRun.events), selectinload(db.ModalityRun.draws))
    )
    if run is None:
        run = db.ModalityRun(session_id=s.id, candidate_ref=row.candidate_ref, modality_id=row.modality_id)
        orm.add(run)
        orm.flush()
    write_run(orm, run, versions[chosen].body, now)
    row.status, row.chosen, row.reason, row.resolved_by, row.resolved_at = "resolved", chosen, reason.strip(), by, now
    audit.append(
        orm,
        s.id,
        LEAD_ACTOR,
        "results.resolve",
        {"candidate": row.candidate_ref, "modality": row.modality_id},
        f"{row.kind}: {', '.join(row.options)}",
        f"{chosen} ({by}) : {reason.strip()}",
        now,
    )
    orm.flush()
    return row
