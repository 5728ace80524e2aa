"""The procès-verbal of a session: the jury, every candidate's decisions, incidents, signatures."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm
from sqlalchemy.orm import selectinload

from jury_app.data import models as db
from jury_app.data.deliberation_view import build_view
from jury_app.data.package.checks import capitalisation_session
from jury_app.data.pv_records import all_closed, signatories
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain import wording
from jury_app.domain.clock import Clock
from jury_app.domain.codes import AccessPath, IncidentKind
from jury_app.domain.deliberation import complementary_session, decides_title
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.wording import identity_text, local_date, session_zone
from jury_app.reports.build import common
from jury_app.reports.build.pv_basis import basis_lines
from jury_app.reports.model import (
    TITLE,
    CompetenceJudgement,
    HeldLine,
    IdentityLine,
    IncidentLine,
    OverrideLine,
    PvCandidate,
    PvReport,
    SignatureBlock,
    UnitInfo,
    UnitOutcome,
    pv_signature_field_name,
)


def _place(s: db.Session) -> str:
    """The town of the centre ("14 rue des Tanneurs, 69007 Lyon" -> "Lyon"), else its name."""
    match = re.search(r"\b\d{5}\s+([^,\d][^,]*)$", s.centre_address.strip())
    return match.group(1).strip() if match else s.centre_name


def _outcome(
    unit_id: str, title: str, row: db.UnitDecision | None, *, absent: bool, held: bool = False, decided: bool = True
) -> UnitOutcome:
    if held:
        return UnitOutcome(unit_id, title, "held", None, "")
    if not decided:
        return UnitOutcome(unit_id, title, "not_presented", None, "")
    if row is not None and row.complementary:
        return UnitOutcome(unit_id, title, "complementary", row.proposal or None, row.reason)
    if row is None or row.granted is None:
        status = "absent" if absent else "pending"
        return UnitOutcome(unit_id, title, status, row.proposal or None if row else None, row.reason if row else "")
    return UnitOutcome(unit_id, title, "granted" if row.granted else "refused", row.proposal or None, row.reason)


def _pv_report(orm: Orm, s: db.Session, now: datetime) -> PvReport:
    ref, sdef = definition_of(orm, s)
    sid = s.id
    jury = tuple(common.juror_info(j, sdef) for j in s.jury)
    names = {j.ref: j.name for j in jury}
    candidate_names = {c.ref: c.display_name for c in s.candidates}
    modality_titles = {m.id: m.title for m in sdef.modalities}
    recusals = common.recusals(orm, sid, names)
    runs: dict[str, list[db.ModalityRun]] = defaultdict(list)
    for r in orm.scalars(
        select(db.ModalityRun).where(db.ModalityRun.session_id == sid).options(selectinload(db.ModalityRun.draws))
    ):
        runs[r.candidate_ref].append(r)
    incidents: dict[str | None, list[IncidentLine]] = defaultdict(list)
    for i in orm.scalars(
        select(db.Incident).where(db.Incident.session_id == sid).order_by(db.Incident.at, db.Incident.pk)
    ):
        if i.kind != IncidentKind.RECUSAL:  # recusals are listed with the declarations
            incidents[i.candidate_ref].append(common.incident_line(i, names, candidate_names, modality_titles))
    decisions = {
        (d.candidate_ref, d.unit_id): d
        for d in orm.scalars(select(db.UnitDecision).where(db.UnitDecision.session_id == sid))
    }
    overrides: dict[str, list[db.ClosingOverride]] = defaultdict(list)
    for o in orm.scalars(
        select(db.ClosingOverride).where(db.ClosingOverride.session_id == sid).order_by(db.ClosingOverride.pk)
    ):
        overrides[o.candidate_ref].append(o)
    identities: dict[str, list[IdentityLine]] = defaultdict(list)
    for ic in orm.scalars(
        select(db.IdentityChange).where(db.IdentityChange.session_id == sid).order_by(db.IdentityChange.pk)
    ):
        identities[ic.candidate_ref].append(IdentityLine(identity_text(ic.before), identity_text(ic.after), ic.reason, ic.at))
    deliberations = {
        d.candidate_ref: d for d in orm.scalars(select(db.Deliberation).where(db.Deliberation.session_id == sid))
    }
    strokes = {
        h.juror_ref: h.strokes
        for h in orm.scalars(select(db.HandwrittenSignature).where(db.HandwrittenSignature.session_id == sid))
    }
    no_link: dict[str, list[str]] = defaultdict(list)
    for d in orm.scalars(
        select(db.Declaration)
        .where(db.Declaration.session_id == sid, db.Declaration.has_link.is_(False))
        .order_by(db.Declaration.pk)
    ):
        no_link[d.candidate_ref].append(d.juror_ref)
    cards = {c.ref: c for c in s.scenario_cards}
    modality_order = {m.id: i for i, m in enumerate(sdef.modalities)}
    units = tuple(u for u in ref.units if sdef.unit_id is None or u.id == sdef.unit_id)
    title_decided = decides_title(sdef)

    candidates = []
    for c in s.candidates:
        c_runs = sorted(runs.get(c.ref, []), key=lambda r: modality_order.get(r.modality_id, 99))
        statuses = [r.status for r in c_runs]
        absent = common.absent(statuses)
        scope = common.scope(ref, sdef, c)
        decided = set(scope.units)
        view = build_view(orm, None, sid, c.ref)  # what the decisions rest on: evidence, held units
        held = set(c.units_held)
        outcomes = tuple(
            _outcome(
                u.id,
                u.title,
                decisions.get((c.ref, u.id)),
                absent=absent,
                held=u.id in held,
                decided=u.id in decided,
            )
            for u in units
        )
        title = (
            replace(
                _outcome(TITLE, common.certification_label(ref), decisions.get((c.ref, TITLE)), absent=absent),
                feminine=wording.feminine(ref.terms),
            )
            if title_decided
            else None
        )
        competences = tuple(
            CompetenceJudgement(
                competence_id=j.competence.id,
                number=j.competence.number,
                title=j.competence.title,
                unit_id=j.competence.unit_id,
                judgement=j.decided.value if j.decided is not None else None,
                juror_judgements=j.evidence.count,
                reason=j.reason,
            )
            for j in view.common
        )
        delib = deliberations.get(c.ref)
        info = common.candidate_info(c)
        now_held = held | {o.unit_id for o in outcomes if o.status == "granted"}
        next_step = ""
        if c.path == AccessPath.CAPITALISATION and not title_decided and now_held >= {u.id for u in ref.units}:
            follow = capitalisation_session(ref)
            next_step = (
                f"Tous les {ref.terms.unit_plural} sont désormais acquis : entretien en fin de session du dernier "
                f"{ref.terms.unit_short}"
                + (f" (« {follow.title} »), qui statue sur {ref.terms.certification_article}." if follow else ".")
            )
        candidates.append(
            PvCandidate(
                candidate=info,
                absent=absent,
                abandoned=Status.ABANDONED.value in statuses,
                closed=delib is not None and delib.closed,
                units=outcomes,
                title=title,
                scenarios=tuple(sc for r in c_runs if (sc := common.scenario(r, cards)) is not None),
                recusals=recusals.get(c.ref, ()),
                incidents=tuple(incidents.get(c.ref, [])),
                competences=competences,
                closed_at=delib.closed_at if delib is not None else None,
                basis=basis_lines(ref, sdef, info, c_runs, held_units=False),  # told with their proof below
                declared_no_link=tuple(names.get(r, r) for r in no_link.get(c.ref, [])),
                next_step=next_step,
                held=tuple(
                    HeldLine(h.unit_id, h.obtained_under, h.through_equivalence, h.proof_title, h.proof_ref, h.obtained_on)
                    for h in view.held
                ),
                overrides=tuple(OverrideLine(o.message, o.reason) for o in overrides.get(c.ref, [])),
                identity_changes=tuple(identities.get(c.ref, [])),
            )
        )
    closed_at = [d.closed_at for d in deliberations.values() if d.closed and d.closed_at is not None]
    zone = session_zone(s.timezone)
    signed_on = local_date(max(closed_at) if closed_at else now, zone)
    must_sign = {ref for _i, ref in signatories(orm, sid)}
    signatures = tuple(
        SignatureBlock(
            index=i,
            juror=j,
            strokes=tuple(tuple((float(p[0]), float(p[1])) for p in stroke) for stroke in strokes[j.ref])
            if j.ref in strokes
            else None,
            field_name=pv_signature_field_name(i),
        )
        for i, j in enumerate(jury, 1)
        if j.ref in must_sign
    )
    return PvReport(
        header=common.header(s, ref, sdef, "Procès-verbal de délibération", now),
        place=_place(s),
        signed_on=signed_on,
        jury=jury,
        units=tuple(UnitInfo(u.id, u.number, u.title) for u in units),
        decides_title=title_decided,
        candidates=tuple(candidates),
        general_incidents=tuple(incidents.get(None, [])),
        signatures=signatures,
        draft=not all_closed(orm, sid),
        decision_basis=tuple(sdef.decision_basis),
        unit_word=ref.terms.unit_short,
        certification_word=ref.terms.certification,
        complementary_session=complementary.title if (complementary := complementary_session(ref)) else "",
    )


def build_pv_report(orm: Orm, session_id: str, *, clock: Clock | None = None) -> PvReport:
    """The procès-verbal of the session: jury, every candidate's decisions, incidents, signatures."""
    now = common.now_of(clock)
    return _pv_report(orm, session_row(orm, session_id), now)
