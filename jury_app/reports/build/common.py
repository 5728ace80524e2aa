"""What every report builder shares: the header, people, recusals, incidents and drawn scenarios.

Every builder takes an open database session and an optional clock: the time the report says it
was produced ("édité le ...") and the time a running timer is measured at. Tests pass a fake clock
so the output is stable.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db
from jury_app.domain import wording
from jury_app.domain.clock import Clock, SystemClock
from jury_app.domain.codes import SessionKind
from jury_app.domain.messages import Message, message_of, msg
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import CertificationKind, Referentiel, SessionDefinition
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.rules import CandidateScope, candidate_scope, modalities_for_candidate
from jury_app.domain.wording import capital
from jury_app.reports.model import (
    CandidateInfo,
    EcfLine,
    HeldUnitLine,
    IncidentLine,
    JurorInfo,
    RecusalLine,
    ReportHeader,
    ScenarioDrawn,
)

OVERALL_TITLE = capital(wording.OVERALL_TITLE)


def now_of(clock: Clock | None) -> datetime:
    return (clock or SystemClock()).now()


def certification_label(ref: Referentiel) -> str:
    """ "Titre professionnel Conseiller en insertion professionnelle", "Certification Chargé d’insertion
    professionnelle (RNCP35667)": the référentiel's own words, its RNCP code when it has one of its own."""
    name = wording.certification_name(ref.terms, ref.title)
    if ref.kind is CertificationKind.TITRE_PROFESSIONNEL or not ref.rncp or ref.rncp == ref.code:
        return name
    return f"{name} ({ref.rncp})"


def header(s: db.Session, ref: Referentiel, sdef: SessionDefinition, document: str, now: datetime) -> ReportHeader:
    return ReportHeader(
        document=document,
        certification_title=ref.title,
        certification_label=certification_label(ref),
        certification_code=ref.code,
        certification_version=ref.version,
        rncp=ref.rncp,
        session_id=s.id,
        session_title=s.title,
        session_kind=s.kind,
        session_definition_title=sdef.title,
        unit_id=s.unit_id,
        centre_name=s.centre_name,
        centre_address=s.centre_address,
        dates=tuple(date.fromisoformat(d) for d in s.dates),
        session_lead=s.session_lead,
        generated_at=now,
        mock=s.kind == SessionKind.MOCK,
        timezone=s.timezone,
        session_number=s.session_number,
        approval_number=s.approval_number,
        legal_basis=ref.legal_basis,
        terms=ref.terms,
        registration_end=ref.registration.end if ref.registration is not None else None,
        registration_ended_reason=s.registration_ended_reason,
    )


def juror_info(j: db.JuryMember, sdef: SessionDefinition | None = None) -> JurorInfo:
    """The juror as documents print them; with `sdef`, the title of the profile they sit for."""
    profile = ""
    if sdef is not None and j.profile and any(p.id == j.profile for p in sdef.jury.profiles):
        profile = sdef.jury.profile(j.profile).title
    return JurorInfo(j.ref, j.first_name, j.last_name, j.role, j.profession, j.civility, j.organisation, profile)


def _date(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def candidate_info(c: db.Candidate) -> CandidateInfo:
    """The candidate as documents print them: never the accommodation's reason (health data)."""
    attachments = tuple((a.ref, a.kind, a.title) for a in c.session.attachments if a.candidate_ref == c.ref)
    return CandidateInfo(
        ref=c.ref,
        first_name=c.first_name,
        last_name=c.last_name,
        path=c.path,
        units_sought=tuple(c.units_sought),
        units_held=tuple(c.units_held),
        extra_time_percent=c.extra_time_percent,
        civility=c.civility,
        birth_date=c.birth_date,
        candidate_number=c.candidate_number,
        company_hours=c.company_hours,
        ecf_results=tuple(
            EcfLine(str(e.get("unit_id", "")), str(e.get("result", "")), _date(e.get("date")), e.get("attachment_id"))
            for e in c.ecf_results
        ),
        held_units=tuple(
            HeldUnitLine(
                str(h.get("unit_id", "")),
                h.get("obtained_under"),
                _date(h.get("obtained_on")),
                h.get("proof_attachment_id"),
            )
            for h in c.units_held_detail
        ),
        attachments=attachments,
    )


def candidate_row(orm: Orm, s: db.Session, candidate_ref: str) -> db.Candidate:
    """One candidate, read alone: a session may hold hundreds."""
    c = orm.scalar(select(db.Candidate).where(db.Candidate.session_id == s.id, db.Candidate.ref == candidate_ref))
    if c is not None:
        return c
    known: Message | str = ", ".join(c.ref for c in s.candidates) or msg("aucun")
    raise InvalidInput.one(
        "candidat", msg("candidat inconnu : « {0} » (candidats de la session : {1})", candidate_ref, known)
    )


def scope(ref: Referentiel, sdef: SessionDefinition, c: db.Candidate) -> CandidateScope:
    """What the candidate takes in the session and what the jury decides for them there."""
    try:
        return candidate_scope(ref, sdef, c.path, c.units_sought, c.units_held)
    except ValueError as exc:
        raise InvalidInput.one("candidat", message_of(exc)) from None


def applicable(sdef: SessionDefinition, c: db.Candidate, ref: Referentiel) -> tuple[str, ...]:
    try:
        return modalities_for_candidate(sdef, c.path, ref)
    except ValueError as exc:
        raise InvalidInput.one("candidat", message_of(exc)) from None


def recusals(orm: Orm, sid: str, names: dict[str, str]) -> dict[str, tuple[RecusalLine, ...]]:
    out: dict[str, list[RecusalLine]] = defaultdict(list)
    rows = orm.scalars(
        select(db.Declaration)
        .where(db.Declaration.session_id == sid, db.Declaration.has_link.is_(True))
        .order_by(db.Declaration.pk)
    )
    for d in rows:
        out[d.candidate_ref].append(RecusalLine(d.juror_ref, names.get(d.juror_ref, d.juror_ref), d.note))
    return {k: tuple(v) for k, v in out.items()}


def incident_line(
    i: db.Incident, names: dict[str, str], candidates: dict[str, str], modalities: dict[str, str]
) -> IncidentLine:
    return IncidentLine(
        at=i.at,
        kind=i.kind,
        text=i.text,
        juror_name=names.get(i.juror_ref, i.juror_ref),
        candidate_name=candidates.get(i.candidate_ref, i.candidate_ref) if i.candidate_ref else None,
        modality_title=modalities.get(i.modality_id, i.modality_id) if i.modality_id else None,
    )


def scenario(run: db.ModalityRun | None, cards: dict[str, db.ScenarioCard]) -> ScenarioDrawn | None:
    if run is None or not run.draws:
        return None
    current = next((d for d in reversed(run.draws) if not d.superseded), None)
    if current is None:
        return None
    card = cards.get(current.card_ref)
    return ScenarioDrawn(
        ref=current.card_ref,
        title=card.title if card is not None else current.card_ref,
        structure_type=card.structure_type if card is not None else "",
        drawn_at=current.drawn_at,
        witness=current.witness,
        redraws=sum(1 for d in run.draws if d.superseded),
    )


def absent(statuses: Iterable[str]) -> bool:
    values = list(statuses)
    return bool(values) and all(v == Status.ABSENT.value for v in values)
