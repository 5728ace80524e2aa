"""A validated package read back as a draft: to show and check its plan, or to make another from it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from jury_app.data.package.format import Manifest
from jury_app.data.package.validate import ValidatedPackage
from jury_app.domain.schedule import Passage, timing
from jury_app.domain.session_draft import (
    CandidateDraft,
    CardDraft,
    DayDraft,
    HeldUnitDraft,
    JurorDraft,
    SessionDraft,
)


def _jurors(m: Manifest) -> tuple[JurorDraft, ...]:
    return tuple(
        JurorDraft(j.id, j.last_name, j.first_name, j.civility, j.role, j.profession, j.organisation, j.profile)
        for j in m.jury
    )


def _candidates(m: Manifest) -> tuple[CandidateDraft, ...]:
    out = []
    for c in m.candidates:
        detailed = {h.unit_id for h in c.units_held_detail}
        held = [HeldUnitDraft(h.unit_id, h.obtained_under, h.obtained_on) for h in c.units_held_detail]
        held += [HeldUnitDraft(u) for u in c.units_held if u not in detailed]
        out.append(
            CandidateDraft(
                id=c.id,
                last_name=c.last_name,
                first_name=c.first_name,
                path=c.path,
                civility=c.civility,
                birth_date=c.birth_date,
                candidate_number=c.candidate_number,
                units_held=tuple(held),
                extra_time_percent=c.accommodations.extra_time_percent,
                company_hours=c.company_hours,
                ecf_results=tuple((e.unit_id, e.result) for e in c.ecf_results),
                notes=c.accommodations.notes,
            )
        )
    return tuple(out)


def draft_from_package(pkg: ValidatedPackage) -> SessionDraft:
    """The package's session as a draft (without its documents, which stay in the zip)."""
    m = pkg.manifest
    info = m.session
    draft = SessionDraft(
        referentiel=pkg.referentiel,
        definition_id=pkg.session_definition.id,
        mock=info.kind == "mock",
        embed_referentiel=pkg.referentiel_embedded,
        session_id=info.id,
        title=info.title,
        centre_name=info.centre.name,
        centre_address=info.centre.address,
        session_lead=info.session_lead,
        dates=tuple(info.dates),
        rooms=tuple(info.rooms),
        timezone=info.timezone,
        approval_number=info.approval_number,
        session_number=info.session_number,
        registration_ended_reason=info.registration_ended_reason,
        durations=dict(info.durations),
        day_hours=tuple(
            DayDraft(d.date, d.start, d.end, tuple((b.start, b.end) for b in d.breaks)) for d in info.day_hours
        ),
        jurors=_jurors(m),
        candidates=_candidates(m),
        cards=tuple(CardDraft(c.id, c.title, c.structure_type, c.actor_text) for c in m.scenario_cards),
    )
    extra = {c.id: c.accommodations.extra_time_percent for c in m.candidates}
    passages = []
    for e in m.schedule:
        end = e.end
        if end is None:  # a package written by hand may give only the start: the référentiel gives the rest
            try:
                t = timing(draft.definition.modality(e.modality_id), draft.durations, extra.get(e.candidate_id, 0))
            except KeyError:
                t = None
            end = e.start + dt.timedelta(minutes=t.minutes if t is not None else 0)
        passages.append(Passage(e.candidate_id, e.modality_id, e.start, end, e.room, tuple(e.juror_ids)))
    return replace(draft, schedule=tuple(passages))
