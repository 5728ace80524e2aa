"""Reports of a session: the data objects built from the database, and the files written from them.

`build_*` read the database once and return a plain data object (`jury_app.reports.model`); the
`write_*` actions render it (`jury_app.reports.pdf_*`, `results_export`) and write the file
atomically (a temporary file in the same folder, then a rename), so a reader never sees half a
report and an existing file is replaced only by a complete one.

Every builder takes an optional clock: the time the report says it was produced ("édité le ...")
and the time a running timer is measured at. Tests pass a fake clock so the output is stable.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm
from sqlalchemy.orm import selectinload

from jury_app.actions.context import AppContext
from jury_app.data import models as db
from jury_app.data.files import write_atomic
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.clock import Clock, SystemClock
from jury_app.domain.deliberation import competences_for_units, decides_title, units_decided_in
from jury_app.domain.grading import OVERALL, Mark, grid_completeness, modality_criteria, suggest_judgement
from jury_app.domain.problems import InvalidInput, Problem
from jury_app.domain.referentiel import CertificationKind, Judgement, Modality, Referentiel, SessionDefinition
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.rules import modalities_for_candidate
from jury_app.domain.timer import PhaseActual, PlannedPhase, TimerEvent, TimerEventKind, compute_state, plan_phases
from jury_app.reports import results_export
from jury_app.reports.model import (
    TITLE,
    BlankCompetence,
    BlankGridReport,
    CandidateInfo,
    CompetenceJudgement,
    CompetenceMarks,
    CriterionMarks,
    FeedbackCompetence,
    FeedbackCriterion,
    FeedbackObservation,
    FeedbackReport,
    GridReport,
    IncidentLine,
    JurorGridState,
    JurorInfo,
    ModalityReport,
    NoteLine,
    PauseLine,
    PhaseTiming,
    PvCandidate,
    PvReport,
    RecusalLine,
    ReportHeader,
    ScenarioDrawn,
    SignatureBlock,
    UnitInfo,
    UnitOutcome,
    pv_signature_field_name,
)
from jury_app.reports.pdf_blank import render_blank_grids
from jury_app.reports.pdf_feedback import render_feedback
from jury_app.reports.pdf_grid import render_grid
from jury_app.reports.pdf_pv import render_pv

ResultsFormat = Literal["csv", "xlsx"]

OVERALL_TITLE = "Appréciation d'ensemble"


def _fail(where: str, message: str) -> InvalidInput:
    return InvalidInput([Problem(where, "", message)])


# --- shared pieces -----------------------------------------------------------------------------


def _certification_label(ref: Referentiel) -> str:
    if ref.kind is CertificationKind.TITRE_PROFESSIONNEL:
        return f"Titre professionnel {ref.title}"
    return ref.title + (f" ({ref.rncp})" if ref.rncp else "")


def _header(s: db.Session, ref: Referentiel, sdef: SessionDefinition, document: str, now: datetime) -> ReportHeader:
    return ReportHeader(
        document=document,
        certification_title=ref.title,
        certification_label=_certification_label(ref),
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
        mock=s.kind == "mock",
    )


def _juror_info(j: db.JuryMember) -> JurorInfo:
    return JurorInfo(j.ref, j.first_name, j.last_name, j.role, j.profession)


def _candidate_info(c: db.Candidate) -> CandidateInfo:
    return CandidateInfo(
        ref=c.ref,
        first_name=c.first_name,
        last_name=c.last_name,
        path=c.path,
        units_sought=tuple(c.units_sought),
        units_held=tuple(c.units_held),
        extra_time_percent=c.extra_time_percent,
        accommodation_notes=c.accommodation_notes,
    )


def _candidate(orm: Orm, s: db.Session, candidate_ref: str) -> db.Candidate:
    """One candidate, read alone: a session may hold hundreds."""
    c = orm.scalar(select(db.Candidate).where(db.Candidate.session_id == s.id, db.Candidate.ref == candidate_ref))
    if c is not None:
        return c
    known = ", ".join(c.ref for c in s.candidates) or "aucun"
    raise _fail("candidat", f"candidat inconnu : « {candidate_ref} » (candidats de la session : {known})")


def _applicable(sdef: SessionDefinition, c: db.Candidate, ref: Referentiel) -> tuple[str, ...]:
    try:
        return modalities_for_candidate(sdef, c.path, c.units_sought, c.units_held, ref)
    except ValueError as exc:
        raise _fail("candidat", str(exc)) from None


def _recusals(orm: Orm, sid: str, names: dict[str, str]) -> dict[str, tuple[RecusalLine, ...]]:
    out: dict[str, list[RecusalLine]] = defaultdict(list)
    rows = orm.scalars(
        select(db.Declaration)
        .where(db.Declaration.session_id == sid, db.Declaration.has_link.is_(True))
        .order_by(db.Declaration.pk)
    )
    for d in rows:
        out[d.candidate_ref].append(RecusalLine(d.juror_ref, names.get(d.juror_ref, d.juror_ref), d.note))
    return {k: tuple(v) for k, v in out.items()}


def _incident_line(
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


def _scenario(run: db.ModalityRun | None, cards: dict[str, db.ScenarioCard]) -> ScenarioDrawn | None:
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


def _absent(statuses: Iterable[str]) -> bool:
    values = list(statuses)
    return bool(values) and all(v == Status.ABSENT.value for v in values)


def _now(clock: Clock | None) -> datetime:
    return (clock or SystemClock()).now()


# --- evaluation grids --------------------------------------------------------------------------


def _timings(
    modality: Modality, run: db.ModalityRun | None, extra: int, speed: float, now: datetime
) -> tuple[tuple[PhaseTiming, ...], tuple[PauseLine, ...]]:
    try:
        plan: tuple[PlannedPhase, ...] = plan_phases(modality, extra)
    except ValueError:  # a duration the référentiel leaves to the session: no plan to show
        plan = ()
    events = [TimerEvent(TimerEventKind(e.kind), e.at, e.phase_id, e.reason) for e in run.events] if run else []
    actuals: tuple[PhaseActual, ...] = ()
    if plan and events:
        actuals = compute_state(plan, events, now, speed=speed).phase_actuals
    by_id = {a.id: a for a in actuals}
    phases = tuple(
        PhaseTiming(
            phase_id=p.id,
            title=p.title,
            base_s=p.base_s,
            planned_s=p.duration_s,
            actual_s=by_id[p.id].elapsed_s if p.id in by_id else None,
            paused_s=by_id[p.id].paused_s if p.id in by_id else 0.0,
            pauses=by_id[p.id].pauses if p.id in by_id else 0,
            started_at=by_id[p.id].started_at if p.id in by_id else None,
            ended_at=by_id[p.id].ended_at if p.id in by_id else None,
        )
        for p in plan
    )
    titles = {p.id: p.title for p in plan}
    pauses: list[PauseLine] = []
    for i, ev in enumerate(events):
        if ev.kind is not TimerEventKind.PAUSE:
            continue
        phase = next((a for a in reversed(actuals) if a.started_at <= ev.at), None)
        end = next((e.at for e in events[i + 1 :] if e.kind is not TimerEventKind.PAUSE), None)
        pauses.append(
            PauseLine(
                at=ev.at,
                phase_title=titles.get(phase.id, phase.id) if phase is not None else "",
                reason=ev.reason,
                duration_s=(end - ev.at).total_seconds() * speed if end is not None else None,
            )
        )
    return phases, tuple(pauses)


def _modality_report(
    modality: Modality,
    ref: Referentiel,
    run: db.ModalityRun | None,
    grids: dict[str, db.Grid],
    jurors: Sequence[JurorInfo],
    incidents: tuple[IncidentLine, ...],
    cards: dict[str, db.ScenarioCard],
    extra: int,
    speed: float,
    now: datetime,
) -> ModalityReport:
    ratio = ref.decision_rules.suggest_acquired_min_satisfied_ratio
    juror_grids = [grids.get(j.ref) for j in jurors]
    marks = [{m.criterion_id: Mark(m.mark) for m in g.marks} if g else {} for g in juror_grids]
    assessments = [{a.competence_id: a for a in g.assessments} if g else {} for g in juror_grids]

    def judgement_of(i: int, key: str) -> str | None:
        a = assessments[i].get(key)
        return a.judgement if a is not None and a.judgement else None

    def observation_of(i: int, key: str) -> str:
        a = assessments[i].get(key)
        return a.observation.strip() if a is not None else ""

    competences: list[CompetenceMarks] = []
    pairs = modality_criteria(modality, ref)
    for comp, criteria in pairs:
        ids = [c.id for c in criteria]
        suggested = []
        for i in range(len(jurors)):
            s = suggest_judgement({cid: marks[i].get(cid) for cid in ids}, ids, ratio) if ids else None
            suggested.append(s.value if s is not None else None)
        competences.append(
            CompetenceMarks(
                competence_id=comp.id,
                number=comp.number,
                title=comp.title,
                criteria=tuple(CriterionMarks(c.id, c.text, tuple(m.get(c.id) for m in marks)) for c in criteria),
                judgements=tuple(judgement_of(i, comp.id) for i in range(len(jurors))),
                suggested=tuple(suggested),
                observations=tuple(observation_of(i, comp.id) for i in range(len(jurors))),
            )
        )
    if not pairs:  # an interview judged as a whole
        competences.append(
            CompetenceMarks(
                competence_id=OVERALL,
                number=None,
                title=OVERALL_TITLE,
                criteria=(),
                judgements=tuple(judgement_of(i, OVERALL) for i in range(len(jurors))),
                suggested=tuple(None for _ in jurors),
                observations=tuple(observation_of(i, OVERALL) for i in range(len(jurors))),
            )
        )
    states = []
    notes: list[NoteLine] = []
    for i, (juror, g) in enumerate(zip(jurors, juror_grids, strict=True)):
        if g is None:
            states.append(JurorGridState(juror, None, None, False))
            continue
        judgements = {k: Judgement(a.judgement) for k, a in assessments[i].items() if a.judgement}
        complete = grid_completeness(modality, ref, marks[i], judgements).complete
        states.append(JurorGridState(juror, g.source, g.updated_at, complete))
        notes.extend(NoteLine(juror.name, n.at, n.phase_label, n.text) for n in g.notes)
    phases, pauses = _timings(modality, run, extra, speed, now)
    return ModalityReport(
        modality_id=modality.id,
        title=modality.title,
        duration_min=modality.duration_min,
        status=run.status if run is not None else Status.TODO.value,
        extra_time_percent=extra,
        speed=speed,
        jurors=tuple(states),
        competences=tuple(competences),
        notes=tuple(sorted(notes, key=lambda n: n.at)),
        phases=phases,
        pauses=pauses,
        incidents=incidents,
        scenario=_scenario(run, cards),
    )


def _grid_report(orm: Orm, s: db.Session, candidate_ref: str, now: datetime) -> GridReport:
    ref, sdef = definition_of(orm, s)
    cand = _candidate(orm, s, candidate_ref)
    jury = tuple(_juror_info(j) for j in s.jury)
    names = {j.ref: j.name for j in jury}
    recusals = _recusals(orm, s.id, names).get(candidate_ref, ())
    recused = {r.juror_ref for r in recusals}
    jurors = [j for j in jury if j.ref not in recused]
    applicable = _applicable(sdef, cand, ref)
    runs = {
        r.modality_id: r
        for r in orm.scalars(
            select(db.ModalityRun)
            .where(db.ModalityRun.session_id == s.id, db.ModalityRun.candidate_ref == candidate_ref)
            .options(selectinload(db.ModalityRun.events), selectinload(db.ModalityRun.draws))
        )
    }
    grids: dict[str, dict[str, db.Grid]] = defaultdict(dict)
    for g in orm.scalars(
        select(db.Grid)
        .where(db.Grid.session_id == s.id, db.Grid.candidate_ref == candidate_ref)
        .options(selectinload(db.Grid.marks), selectinload(db.Grid.assessments), selectinload(db.Grid.notes))
    ):
        grids[g.modality_id][g.juror_ref] = g
    modality_titles = {m.id: m.title for m in sdef.modalities}
    incidents = [
        (i.modality_id, i.kind, _incident_line(i, names, {cand.ref: cand.display_name}, modality_titles))
        for i in orm.scalars(
            select(db.Incident)
            .where(db.Incident.session_id == s.id, db.Incident.candidate_ref == candidate_ref)
            .order_by(db.Incident.at, db.Incident.pk)
        )
    ]
    cards = {c.ref: c for c in s.scenario_cards}
    speed = s.timer_speed if s.kind == "mock" else 1.0  # as the modality screen counts it
    modalities = []
    for mid in applicable:
        modality = sdef.modality(mid)
        # Pauses are listed with the timings; the rest of the modality's incidents here.
        own = tuple(line for m, kind, line in incidents if m == mid and kind != "pause")
        modalities.append(
            _modality_report(
                modality,
                ref,
                runs.get(mid),
                grids.get(mid, {}),
                jurors,
                own,
                cards,
                cand.extra_time_percent,
                speed,
                now,
            )
        )
    statuses = [runs[m].status for m in applicable if m in runs]
    return GridReport(
        header=_header(s, ref, sdef, "Grilles d'évaluation", now),
        candidate=_candidate_info(cand),
        jury=jury,
        recusals=recusals,
        absent=_absent(statuses),
        abandoned=Status.ABANDONED.value in statuses,
        incidents=tuple(line for m, kind, line in incidents if m is None and kind != "recusal"),
        modalities=tuple(modalities),
    )


def build_grid_report(
    ctx: AppContext, session_id: str, candidate_ref: str, *, clock: Clock | None = None
) -> GridReport:
    """A candidate's evaluation grids: every modality they take, the jurors' marks side by side."""
    now = _now(clock)
    with ctx.database.reader() as orm:
        return _grid_report(orm, session_row(orm, session_id), candidate_ref, now)


# --- blank paper grids -------------------------------------------------------------------------


def _blank_report(
    s: db.Session,
    ref: Referentiel,
    sdef: SessionDefinition,
    cand: db.Candidate,
    jurors: tuple[JurorInfo, ...],
    modality: Modality,
    now: datetime,
) -> BlankGridReport:
    try:
        plan: tuple[PlannedPhase, ...] = plan_phases(modality, cand.extra_time_percent)
    except ValueError:
        plan = ()
    pairs = modality_criteria(modality, ref)
    competences = [
        BlankCompetence(comp.id, comp.number, comp.title, tuple((c.id, c.text) for c in criteria))
        for comp, criteria in pairs
    ] or [BlankCompetence(OVERALL, None, OVERALL_TITLE, ())]
    return BlankGridReport(
        header=_header(s, ref, sdef, "Grille papier de secours", now),
        candidate=_candidate_info(cand),
        jurors=jurors,
        modality_id=modality.id,
        modality_title=modality.title,
        duration_min=modality.duration_min,
        phases=tuple(PhaseTiming(p.id, p.title, p.base_s, p.duration_s, None, 0.0, 0, None, None) for p in plan),
        scenario_drawn_by_lot=modality.scenario_drawn_by_lot,
        competences=tuple(competences),
    )


def _blank_reports(
    ctx: AppContext, session_id: str, candidate_ref: str, modality_id: str | None, now: datetime
) -> list[BlankGridReport]:
    with ctx.database.reader() as orm:
        s = session_row(orm, session_id)
        ref, sdef = definition_of(orm, s)
        cand = _candidate(orm, s, candidate_ref)
        applicable = _applicable(sdef, cand, ref)
        if modality_id is not None:
            if modality_id not in {m.id for m in sdef.modalities}:
                known = ", ".join(m.id for m in sdef.modalities)
                raise _fail("modalité", f"modalité inconnue : « {modality_id} » (modalités : {known})")
            if modality_id not in applicable:
                raise _fail(
                    "modalité",
                    f"{sdef.modality(modality_id).title} ne s'applique pas à {cand.display_name} (parcours {cand.path})",
                )
            wanted: tuple[str, ...] = (modality_id,)
        else:
            wanted = applicable
        names = {j.ref: j.display_name for j in s.jury}
        recused = {r.juror_ref for r in _recusals(orm, session_id, names).get(candidate_ref, ())}
        jurors = tuple(_juror_info(j) for j in s.jury if j.ref not in recused)
        return [_blank_report(s, ref, sdef, cand, jurors, sdef.modality(mid), now) for mid in wanted]


def build_blank_grid_report(
    ctx: AppContext, session_id: str, candidate_ref: str, modality_id: str, *, clock: Clock | None = None
) -> BlankGridReport:
    """The empty grid of one modality for one candidate, to fill on paper if a laptop fails."""
    return _blank_reports(ctx, session_id, candidate_ref, modality_id, _now(clock))[0]


# --- procès-verbal -----------------------------------------------------------------------------


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
    if row is None or row.granted is None:
        status = "absent" if absent else "pending"
        return UnitOutcome(unit_id, title, status, row.proposal or None if row else None, row.reason if row else "")
    return UnitOutcome(unit_id, title, "granted" if row.granted else "refused", row.proposal or None, row.reason)


def _pv_report(orm: Orm, s: db.Session, now: datetime) -> PvReport:
    ref, sdef = definition_of(orm, s)
    sid = s.id
    jury = tuple(_juror_info(j) for j in s.jury)
    names = {j.ref: j.name for j in jury}
    candidate_names = {c.ref: c.display_name for c in s.candidates}
    modality_titles = {m.id: m.title for m in sdef.modalities}
    recusals = _recusals(orm, sid, names)
    runs: dict[str, list[db.ModalityRun]] = defaultdict(list)
    for r in orm.scalars(
        select(db.ModalityRun).where(db.ModalityRun.session_id == sid).options(selectinload(db.ModalityRun.draws))
    ):
        runs[r.candidate_ref].append(r)
    incidents: dict[str | None, list[IncidentLine]] = defaultdict(list)
    for i in orm.scalars(
        select(db.Incident).where(db.Incident.session_id == sid).order_by(db.Incident.at, db.Incident.pk)
    ):
        if i.kind != "recusal":  # recusals are listed with the declarations
            incidents[i.candidate_ref].append(_incident_line(i, names, candidate_names, modality_titles))
    decisions = {
        (d.candidate_ref, d.unit_id): d
        for d in orm.scalars(select(db.UnitDecision).where(db.UnitDecision.session_id == sid))
    }
    common = {
        (d.candidate_ref, d.competence_id): d.judgement
        for d in orm.scalars(select(db.CompetenceDecision).where(db.CompetenceDecision.session_id == sid))
    }
    deliberations = {
        d.candidate_ref: d for d in orm.scalars(select(db.Deliberation).where(db.Deliberation.session_id == sid))
    }
    strokes = {
        h.juror_ref: h.strokes
        for h in orm.scalars(select(db.HandwrittenSignature).where(db.HandwrittenSignature.session_id == sid))
    }
    cards = {c.ref: c for c in s.scenario_cards}
    modality_order = {m.id: i for i, m in enumerate(sdef.modalities)}
    units = tuple(u for u in ref.units if sdef.unit_id is None or u.id == sdef.unit_id)
    title_decided = decides_title(sdef)

    candidates = []
    for c in s.candidates:
        c_runs = sorted(runs.get(c.ref, []), key=lambda r: modality_order.get(r.modality_id, 99))
        statuses = [r.status for r in c_runs]
        absent = _absent(statuses)
        decided = set(units_decided_in(sdef, ref, c.units_sought, c.units_held))
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
            _outcome(TITLE, _certification_label(ref), decisions.get((c.ref, TITLE)), absent=absent)
            if title_decided
            else None
        )
        competences = tuple(
            CompetenceJudgement(
                competence_id=cid,
                number=ref.competence(cid).number,
                title=ref.competence(cid).title,
                unit_id=ref.competence(cid).unit_id,
                judgement=common.get((c.ref, cid)),
            )
            for cid in competences_for_units(ref, [u.id for u in ref.units if u.id in decided])
        )
        delib = deliberations.get(c.ref)
        candidates.append(
            PvCandidate(
                candidate=_candidate_info(c),
                absent=absent,
                abandoned=Status.ABANDONED.value in statuses,
                closed=delib is not None and delib.closed,
                units=outcomes,
                title=title,
                scenarios=tuple(sc for r in c_runs if (sc := _scenario(r, cards)) is not None),
                recusals=recusals.get(c.ref, ()),
                incidents=tuple(incidents.get(c.ref, [])),
                competences=competences,
            )
        )
    closed_at = [d.closed_at for d in deliberations.values() if d.closed and d.closed_at is not None]
    signed_on = max(closed_at).astimezone().date() if closed_at else now.astimezone().date()
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
    )
    return PvReport(
        header=_header(s, ref, sdef, "Procès-verbal de délibération", now),
        place=_place(s),
        signed_on=signed_on,
        jury=jury,
        units=tuple(UnitInfo(u.id, u.number, u.title) for u in units),
        decides_title=title_decided,
        candidates=tuple(candidates),
        general_incidents=tuple(incidents.get(None, [])),
        signatures=signatures,
    )


def build_pv_report(ctx: AppContext, session_id: str, *, clock: Clock | None = None) -> PvReport:
    """The procès-verbal of the session: jury, every candidate's decisions, incidents, signatures."""
    now = _now(clock)
    with ctx.database.reader() as orm:
        return _pv_report(orm, session_row(orm, session_id), now)


# --- feedback of a mock session ----------------------------------------------------------------


def _feedback_status(marks: Sequence[str]) -> str:
    """not_satisfied if any juror saw it unsatisfied; satisfied if any saw it satisfied; else
    not_observed when it was marked at all; not_evaluated when nobody marked it."""
    if Mark.NOT_SATISFIED.value in marks:
        return "not_satisfied"
    if Mark.SATISFIED.value in marks:
        return "satisfied"
    if marks:
        return "not_observed"
    return "not_evaluated"


def _feedback(grid: GridReport, ref: Referentiel, common: dict[str, str | None]) -> FeedbackReport:
    order: list[str] = []
    titles: dict[str, tuple[int | None, str]] = {}
    criteria: dict[str, dict[str, str]] = defaultdict(dict)  # competence -> criterion id -> text
    marks: dict[str, list[str]] = defaultdict(list)
    where: dict[str, list[str]] = defaultdict(list)
    observations: dict[str, list[FeedbackObservation]] = defaultdict(list)
    for m in grid.modalities:
        if not m.graded:  # not run (yet): nothing was observed there
            continue
        for comp in m.competences:
            if comp.competence_id not in titles:
                order.append(comp.competence_id)
                titles[comp.competence_id] = (comp.number, comp.title)
            for crit in comp.criteria:
                criteria[comp.competence_id][crit.criterion_id] = crit.text
                given = [x for x in crit.marks if x is not None]
                marks[crit.criterion_id].extend(given)
                if given and m.title not in where[crit.criterion_id]:
                    where[crit.criterion_id].append(m.title)
            for state, obs in zip(m.jurors, comp.observations, strict=True):
                if obs:
                    observations[comp.competence_id].append(FeedbackObservation(m.title, state.juror.name, obs))
    # Competences in the référentiel's order, the overall judgement last.
    rank = {c.id: i for i, c in enumerate(ref.competences)}
    order.sort(key=lambda cid: rank.get(cid, len(rank)))
    competences = []
    for cid in order:
        items = [
            FeedbackCriterion(crit_id, text, _feedback_status(marks[crit_id]), tuple(where[crit_id]))
            for crit_id, text in criteria[cid].items()
        ]
        number, title = titles[cid]
        competences.append(
            FeedbackCompetence(
                competence_id=cid,
                number=number,
                title=title,
                strengths=tuple(i for i in items if i.status == "satisfied"),
                improvements=tuple(i for i in items if i.status in ("not_satisfied", "not_observed")),
                not_evaluated=tuple(i for i in items if i.status == "not_evaluated"),
                observations=tuple(observations[cid]),
                judgement=common.get(cid),
            )
        )
    return FeedbackReport(
        header=replace(grid.header, document="Retour au candidat"),
        candidate=grid.candidate,
        jury=tuple(j for j in grid.jury if j.ref not in {r.juror_ref for r in grid.recusals}),
        absent=grid.absent,
        competences=tuple(competences),
    )


def build_feedback_report(
    ctx: AppContext, session_id: str, candidate_ref: str, *, clock: Clock | None = None
) -> FeedbackReport:
    """Strengths and points to improve, per competence: for a candidate of a mock session only."""
    now = _now(clock)
    with ctx.database.reader() as orm:
        s = session_row(orm, session_id)
        if s.kind != "mock":
            raise _fail(
                "session",
                "le retour au candidat est réservé aux examens blancs (session « mock ») : "
                "une session certificative ne produit que les grilles et le procès-verbal",
            )
        grid = _grid_report(orm, s, candidate_ref, now)
        ref, _ = definition_of(orm, s)
        common = {
            d.competence_id: d.judgement
            for d in orm.scalars(
                select(db.CompetenceDecision).where(
                    db.CompetenceDecision.session_id == session_id, db.CompetenceDecision.candidate_ref == candidate_ref
                )
            )
        }
        return _feedback(grid, ref, common)


# --- files -------------------------------------------------------------------------------------


def _write_atomic(out: Path, data: bytes) -> Path:
    """Write `data` to `out` whole or not at all, refusing a folder or a missing folder."""
    out = Path(out)
    if out.is_dir():
        raise _fail("--out", f"{out} est un dossier : indiquez un nom de fichier")
    if not out.parent.is_dir():
        raise _fail("--out", f"le dossier {out.parent} n'existe pas")
    return write_atomic(out, data, mode=0o644)  # a report is an ordinary document


def write_grid_pdf(
    ctx: AppContext, session_id: str, candidate_ref: str, out: Path, *, clock: Clock | None = None
) -> Path:
    return _write_atomic(out, render_grid(build_grid_report(ctx, session_id, candidate_ref, clock=clock)))


def write_pv_pdf(ctx: AppContext, session_id: str, out: Path, *, clock: Clock | None = None) -> Path:
    return _write_atomic(out, render_pv(build_pv_report(ctx, session_id, clock=clock)))


def write_blank_grids_pdf(
    ctx: AppContext, session_id: str, candidate_ref: str, out: Path, *, clock: Clock | None = None
) -> Path:
    """Every modality the candidate takes, one blank paper grid each, in one PDF."""
    reports = _blank_reports(ctx, session_id, candidate_ref, None, _now(clock))
    if not reports:
        raise _fail("candidat", f"aucune modalité ne s'applique au candidat « {candidate_ref} »")
    return _write_atomic(out, render_blank_grids(reports))


def write_feedback_pdf(
    ctx: AppContext, session_id: str, candidate_ref: str, out: Path, *, clock: Clock | None = None
) -> Path:
    return _write_atomic(out, render_feedback(build_feedback_report(ctx, session_id, candidate_ref, clock=clock)))


def write_results(
    ctx: AppContext, session_id: str, fmt: ResultsFormat, out: Path, *, clock: Clock | None = None
) -> Path:
    """The session's results, one row per candidate, as CSV (French Excel) or XLSX."""
    if fmt not in ("csv", "xlsx"):
        raise _fail("--format", f"format inconnu : « {fmt} » (csv ou xlsx)")
    report = build_pv_report(ctx, session_id, clock=clock)
    data = results_export.results_csv(report) if fmt == "csv" else results_export.results_xlsx(report)
    return _write_atomic(out, data)
