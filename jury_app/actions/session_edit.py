"""An imported session back as a draft: to edit it before the exam, or to copy it for the next cohort.

The draft carries the session's documents from the attachment store, so that a package rebuilt from
it holds them again; written and imported as an update, it keeps everything the jury entered, and
the importer refuses what the update rules refuse (a candidate or a juror who already has marks).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from jury_app.actions.context import AppContext
from jury_app.data import models as db
from jury_app.data.package.importer import JURY_DATA_PROBES, attachment_path
from jury_app.data.referentiels import find_builtin, fingerprint
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.schedule import Passage
from jury_app.domain.session_draft import (
    CandidateDraft,
    CardDraft,
    DayDraft,
    DocumentDraft,
    HeldUnitDraft,
    JurorDraft,
    SessionDraft,
)


def _candidate(c: db.Candidate) -> CandidateDraft:
    detailed = [
        HeldUnitDraft(h["unit_id"], h.get("obtained_under"), _date(h.get("obtained_on"))) for h in c.units_held_detail
    ]
    held = detailed + [HeldUnitDraft(u) for u in c.units_held if u not in {h.unit_id for h in detailed}]
    return CandidateDraft(
        id=c.ref,
        last_name=c.last_name,
        first_name=c.first_name,
        path=c.path,
        civility=c.civility,
        birth_date=c.birth_date,
        candidate_number=c.candidate_number,
        units_held=tuple(held),
        extra_time_percent=c.extra_time_percent,
        company_hours=c.company_hours,
        ecf_results=tuple((e["unit_id"], e["result"]) for e in c.ecf_results),
        notes=c.accommodation_notes,
    )


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _units_of_documents(c: db.Candidate) -> dict[str, str]:
    """Attachment id -> the unit its candidate's held unit or ECF result names it the proof of."""
    out = {h["proof_attachment_id"]: h["unit_id"] for h in c.units_held_detail if h.get("proof_attachment_id")}
    out |= {e["attachment_id"]: e["unit_id"] for e in c.ecf_results if e.get("attachment_id")}
    return out


def draft_of(ctx: AppContext, session_id: str) -> SessionDraft:
    """The imported session as the wizard edits it, its documents read from this computer's store."""
    with ctx.database.reader() as orm:
        s = session_row(orm, session_id)
        ref, sdef = definition_of(orm, s)
        builtin = find_builtin(ref.code, ref.version)
        units = {k: v for c in s.candidates for k, v in _units_of_documents(c).items()}
        return SessionDraft(
            referentiel=ref,
            definition_id=sdef.id,
            mock=s.kind == "mock",
            embed_referentiel=builtin is None or fingerprint(builtin) != fingerprint(ref),
            session_id=s.id,
            title=s.title,
            centre_name=s.centre_name,
            centre_address=s.centre_address,
            session_lead=s.session_lead,
            dates=tuple(dt.date.fromisoformat(d) for d in s.dates),
            rooms=tuple(s.rooms),
            timezone=s.timezone,
            approval_number=s.approval_number,
            session_number=s.session_number,
            registration_ended_reason=s.registration_ended_reason,
            durations=dict(s.durations),
            day_hours=tuple(
                DayDraft(
                    dt.date.fromisoformat(d["date"]),
                    d.get("start", "08:30"),
                    d.get("end", "18:00"),
                    tuple((b["start"], b["end"]) for b in d.get("breaks", [])),
                )
                for d in s.day_hours
            ),
            jurors=tuple(
                JurorDraft(
                    j.ref, j.last_name, j.first_name, j.civility, j.role, j.profession, j.organisation, j.profile
                )
                for j in s.jury
            ),
            candidates=tuple(_candidate(c) for c in s.candidates),
            cards=tuple(CardDraft(c.ref, c.title, c.structure_type, c.actor_text) for c in s.scenario_cards),
            documents=tuple(
                DocumentDraft(
                    a.candidate_ref,
                    a.kind,  # type: ignore[arg-type]  # checked on import: one of AttachmentKind
                    attachment_path(ctx.paths, a.sha256),
                    a.title,
                    a.ref,
                    units.get(a.ref),
                )
                for a in s.attachments
            ),
            schedule=tuple(
                Passage(
                    e.candidate_ref,
                    e.modality_id,
                    dt.datetime.fromisoformat(e.starts_at),
                    dt.datetime.fromisoformat(e.ends_at) if e.ends_at else dt.datetime.fromisoformat(e.starts_at),
                    e.room,
                    tuple(e.juror_refs),
                )
                for e in s.schedule
            ),
        )


def for_next_cohort(ctx: AppContext, session_id: str) -> SessionDraft:
    """A new session like this one (certification, place, jury, cards, durations, hours) for another
    list of candidates: no candidate, no document, no date, no plan, a new id."""
    draft = draft_of(ctx, session_id)
    return replace(draft, session_id="", title="", dates=(), day_hours=(), candidates=(), documents=(), schedule=())


def with_jury_input(ctx: AppContext, session_id: str) -> tuple[set[str], set[str]]:
    """(candidates, jurors) that already have marks, runs or declarations: an update keeps them."""
    candidates: set[str] = set()
    jurors: set[str] = set()
    with ctx.database.reader() as orm:
        session_row(orm, session_id)
        for probe in JURY_DATA_PROBES:
            found_c, found_j = probe(orm, session_id)
            candidates |= found_c
            jurors |= found_j
    return candidates, jurors
