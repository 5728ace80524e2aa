"""The procès-verbaux a session's laptop generated, and the deliberation state each was made from.

A PV may be signed only when it is the one the app generated for the session (its first bytes are
those recorded), from closed deliberations, and still current: no later PV, and no change to the
deliberations since (a reopening, a decision or a reason changed, a candidate's identity corrected).
The deliberation state is summed up by `deliberation_digest`, which the PDF's metadata carries too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db

PV_STATE_DIGEST_VERSION = 1


def _iso(t: datetime | None) -> str | None:
    return None if t is None else t.isoformat()


def deliberation_state(orm: Orm, session_id: str) -> dict[str, Any]:
    """What a PV states for each candidate, as plain data: identity, whether the deliberation is
    closed (and when), every decision with its reason, every common judgement, every closing and
    reopening. Two equal states print the same decisions."""
    candidates: dict[str, Any] = {}
    for c in orm.scalars(select(db.Candidate).where(db.Candidate.session_id == session_id)):
        candidates[c.ref] = {
            "identity": [c.civility, c.last_name, c.first_name, _iso_date(c.birth_date), c.candidate_number, c.path],
            "closed": False,
            "closed_at": None,
            "units": {},
            "competences": {},
            "events": [],
        }

    def entry(ref: str) -> dict[str, Any]:
        found: dict[str, Any] = candidates.setdefault(
            ref,
            {"identity": None, "closed": False, "closed_at": None, "units": {}, "competences": {}, "events": []},
        )
        return found

    for d in orm.scalars(select(db.Deliberation).where(db.Deliberation.session_id == session_id)):
        entry(d.candidate_ref).update(closed=d.closed, closed_at=_iso(d.closed_at))
    for u in orm.scalars(select(db.UnitDecision).where(db.UnitDecision.session_id == session_id)):
        entry(u.candidate_ref)["units"][u.unit_id] = [u.granted, u.proposal, u.reason]
    for k in orm.scalars(select(db.CompetenceDecision).where(db.CompetenceDecision.session_id == session_id)):
        entry(k.candidate_ref)["competences"][k.competence_id] = k.judgement
    for e in orm.scalars(
        select(db.DeliberationEvent)
        .where(db.DeliberationEvent.session_id == session_id)
        .order_by(db.DeliberationEvent.at, db.DeliberationEvent.pk)
    ):
        entry(e.candidate_ref)["events"].append([e.kind, _iso(e.at), e.reason])
    return {"version": PV_STATE_DIGEST_VERSION, "session": session_id, "candidates": candidates}


def _iso_date(value: object) -> str | None:
    return None if value is None else str(value)


def deliberation_digest(orm: Orm, session_id: str) -> str:
    """SHA-256 of the deliberation state (canonical JSON), in hexadecimal."""
    body = json.dumps(deliberation_state(orm, session_id), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def all_closed(orm: Orm, session_id: str) -> bool:
    """Every candidate of the session has a closed deliberation (the PV may then be signed)."""
    refs = set(orm.scalars(select(db.Candidate.ref).where(db.Candidate.session_id == session_id)))
    closed = set(
        orm.scalars(
            select(db.Deliberation.candidate_ref).where(
                db.Deliberation.session_id == session_id, db.Deliberation.closed.is_(True)
            )
        )
    )
    return bool(refs) and refs <= closed


def signatories(orm: Orm, session_id: str) -> list[tuple[int, str]]:
    """(position in the jury, 1-based; juror ref) of each juror who must sign the PV: every juror
    but one recused for every candidate (who took no part in any decision)."""
    jury = list(
        orm.scalars(
            select(db.JuryMember).where(db.JuryMember.session_id == session_id).order_by(db.JuryMember.position)
        )
    )
    candidates = set(orm.scalars(select(db.Candidate.ref).where(db.Candidate.session_id == session_id)))
    recused: dict[str, set[str]] = {}
    for d in orm.scalars(
        select(db.Declaration).where(db.Declaration.session_id == session_id, db.Declaration.has_link.is_(True))
    ):
        recused.setdefault(d.juror_ref, set()).add(d.candidate_ref)
    return [
        (i, j.ref) for i, j in enumerate(jury, start=1) if not (candidates and candidates <= recused.get(j.ref, set()))
    ]


@dataclass(frozen=True)
class PvRecordView:
    pk: int
    session_id: str
    generated_at: datetime
    sha256: str
    size: int
    revisions: int
    state_digest: str
    closed: bool
    signatories: tuple[tuple[str, str], ...]  # (juror ref, field name)


def _view(r: db.PvRecord) -> PvRecordView:
    return PvRecordView(
        r.pk,
        r.session_id,
        r.generated_at,
        r.sha256,
        r.size,
        r.revisions,
        r.state_digest,
        r.closed,
        tuple((str(s["juror_ref"]), str(s["field"])) for s in r.signatories),
    )


def record_pv(
    orm: Orm,
    session_id: str,
    pdf: bytes,
    *,
    revisions: int,
    state_digest: str,
    closed: bool,
    signers: list[tuple[str, str]],
    at: datetime,
) -> PvRecordView:
    """Records a PV just generated (in the caller's transaction)."""
    row = db.PvRecord(
        session_id=session_id,
        generated_at=at,
        sha256=hashlib.sha256(pdf).hexdigest(),
        size=len(pdf),
        revisions=revisions,
        state_digest=state_digest,
        closed=closed,
        signatories=[{"juror_ref": ref, "field": field} for ref, field in signers],
    )
    orm.add(row)
    orm.flush()
    return _view(row)


def latest_pv(orm: Orm, session_id: str) -> PvRecordView | None:
    row = orm.scalar(
        select(db.PvRecord).where(db.PvRecord.session_id == session_id).order_by(db.PvRecord.pk.desc()).limit(1)
    )
    return None if row is None else _view(row)


def pv_record_of(orm: Orm, session_id: str, pdf: bytes) -> PvRecordView | None:
    """The recorded PV of the session whose generated bytes `pdf` begins with, if any."""
    for row in orm.scalars(
        select(db.PvRecord).where(db.PvRecord.session_id == session_id).order_by(db.PvRecord.pk.desc())
    ):
        if len(pdf) >= row.size and hashlib.sha256(pdf[: row.size]).hexdigest() == row.sha256:
            return _view(row)
    return None
