"""Evaluation grids of a candidate: the jurors' marks side by side, and the blank paper grids."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm
from sqlalchemy.orm import selectinload

from jury_app.data import models as db
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.clock import Clock
from jury_app.domain.codes import SessionKind
from jury_app.domain.durations import effective_durations
from jury_app.domain.grading import OVERALL, Mark, grid_completeness, modality_criteria, suggest_judgement
from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import Judgement, Modality, Referentiel, SessionDefinition
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.timer import PhaseActual, PlannedPhase, TimerEventKind, compute_state, plan_phases
from jury_app.reports.build import common
from jury_app.reports.model import (
    BlankCompetence,
    BlankGridReport,
    CompetenceMarks,
    CriterionMarks,
    GridReport,
    IncidentLine,
    JurorGridState,
    JurorInfo,
    ModalityReport,
    NoteLine,
    PauseLine,
    PhaseTiming,
    RecusalLine,
    ReportHeader,
)


def _plan(modality: Modality, extra: int, durations: dict[str, int]) -> tuple[PlannedPhase, ...]:
    try:
        return plan_phases(modality, extra, durations)
    except ValueError:  # a duration the référentiel leaves to the session, still unset: no plan to show
        return ()


def _timings(
    modality: Modality, run: db.ModalityRun | None, extra: int, speed: float, now: datetime, durations: dict[str, int]
) -> tuple[tuple[PhaseTiming, ...], tuple[PauseLine, ...]]:
    plan = _plan(modality, extra, durations)
    events = [e.event() for e in run.events] if run else []
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
            source=p.source,
            shared=p.shared,
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


@dataclass(frozen=True, slots=True)
class _JurorGrid:
    """A juror's grid as the report needs it, read as plain rows (no ORM objects: a session's
    grids hold tens of thousands of marks)."""

    source: str
    saved_at: datetime
    marks: dict[str, Mark]
    assessments: dict[str, tuple[str | None, str]]  # competence → (judgement, observation)
    notes: list[tuple[datetime, str, str]]  # (at, phase, text), in time order


def _juror_grids(orm: Orm, session_id: str, candidate_ref: str) -> dict[str, dict[str, _JurorGrid]]:
    """The candidate's grids, by modality then juror, in four statements."""
    heads = orm.execute(
        select(db.Grid.pk, db.Grid.modality_id, db.Grid.juror_ref, db.Grid.source, db.Grid.updated_at).where(
            db.Grid.session_id == session_id, db.Grid.candidate_ref == candidate_ref
        )
    ).all()
    if not heads:
        return {}
    pks = [h.pk for h in heads]
    marks: dict[int, dict[str, Mark]] = defaultdict(dict)
    for grid_pk, criterion_id, mark in orm.execute(
        select(db.CriterionMark.grid_pk, db.CriterionMark.criterion_id, db.CriterionMark.mark).where(
            db.CriterionMark.grid_pk.in_(pks)
        )
    ):
        marks[grid_pk][criterion_id] = Mark(mark)
    assessments: dict[int, dict[str, tuple[str | None, str]]] = defaultdict(dict)
    for grid_pk, competence_id, judgement, observation in orm.execute(
        select(
            db.CompetenceAssessment.grid_pk,
            db.CompetenceAssessment.competence_id,
            db.CompetenceAssessment.judgement,
            db.CompetenceAssessment.observation,
        ).where(db.CompetenceAssessment.grid_pk.in_(pks))
    ):
        assessments[grid_pk][competence_id] = (judgement, observation)
    notes: dict[int, list[tuple[datetime, str, str]]] = defaultdict(list)
    for grid_pk, at, phase_label, text in orm.execute(
        select(db.GridNote.grid_pk, db.GridNote.at, db.GridNote.phase_label, db.GridNote.text)
        .where(db.GridNote.grid_pk.in_(pks))
        .order_by(db.GridNote.at, db.GridNote.pk)
    ):
        notes[grid_pk].append((at, phase_label, text))
    out: dict[str, dict[str, _JurorGrid]] = defaultdict(dict)
    for h in heads:
        out[h.modality_id][h.juror_ref] = _JurorGrid(
            h.source, h.updated_at, marks.get(h.pk, {}), assessments.get(h.pk, {}), notes.get(h.pk, [])
        )
    return out


def _modality_report(
    modality: Modality,
    ref: Referentiel,
    run: db.ModalityRun | None,
    grids: dict[str, _JurorGrid],
    jurors: Sequence[JurorInfo],
    incidents: tuple[IncidentLine, ...],
    cards: dict[str, db.ScenarioCard],
    extra: int,
    speed: float,
    now: datetime,
    durations: dict[str, int],
) -> ModalityReport:
    ratio = ref.decision_rules.suggest_acquired_min_satisfied_ratio
    juror_grids = [grids.get(j.ref) for j in jurors]
    marks = [g.marks if g else {} for g in juror_grids]
    assessments = [g.assessments if g else {} for g in juror_grids]

    def judgement_of(i: int, key: str) -> str | None:
        a = assessments[i].get(key)
        return a[0] if a is not None and a[0] else None

    def observation_of(i: int, key: str) -> str:
        a = assessments[i].get(key)
        return a[1].strip() if a is not None else ""

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
                title=common.OVERALL_TITLE,
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
        judgements = {k: Judgement(j) for k, (j, _obs) in assessments[i].items() if j}
        complete = grid_completeness(modality, ref, marks[i], judgements).complete
        states.append(JurorGridState(juror, g.source, g.saved_at, complete))
        notes.extend(NoteLine(juror.name, at, phase, text) for at, phase, text in g.notes)
    phases, pauses = _timings(modality, run, extra, speed, now, durations)
    total = effective_durations(modality, durations)
    return ModalityReport(
        modality_id=modality.id,
        title=modality.title,
        duration_min=total.total,
        duration_source=total.total_source,
        documents=modality.documents if modality.assessment == "document" else (),
        status=run.status if run is not None else Status.TODO.value,
        extra_time_percent=extra,
        speed=speed,
        jurors=tuple(states),
        competences=tuple(competences),
        notes=tuple(sorted(notes, key=lambda n: n.at)),
        phases=phases,
        pauses=pauses,
        incidents=incidents,
        scenario=common.scenario(run, cards),
    )


@dataclass(frozen=True)
class _SessionParts:
    """What every candidate's grids share in a session: read once for all of them."""

    session: db.Session
    ref: Referentiel
    sdef: SessionDefinition
    jury: tuple[JurorInfo, ...]
    names: dict[str, str]
    recusals: dict[str, tuple[RecusalLine, ...]]
    cards: dict[str, db.ScenarioCard]
    modality_titles: dict[str, str]
    speed: float
    header: ReportHeader


def _session_parts(orm: Orm, s: db.Session, now: datetime) -> _SessionParts:
    ref, sdef = definition_of(orm, s)
    jury = tuple(common.juror_info(j) for j in s.jury)
    names = {j.ref: j.name for j in jury}
    return _SessionParts(
        session=s,
        ref=ref,
        sdef=sdef,
        jury=jury,
        names=names,
        recusals=common.recusals(orm, s.id, names),
        cards={c.ref: c for c in s.scenario_cards},
        modality_titles={m.id: m.title for m in sdef.modalities},
        speed=s.timer_speed if s.kind == SessionKind.MOCK else 1.0,  # as the modality screen counts it
        header=common.header(s, ref, sdef, "Grilles d'évaluation", now),
    )


def grid_report(orm: Orm, s: db.Session, candidate_ref: str, now: datetime) -> GridReport:
    return _grid_report(orm, _session_parts(orm, s, now), common.candidate_row(orm, s, candidate_ref), now)


def _grid_report(orm: Orm, shared: _SessionParts, cand: db.Candidate, now: datetime) -> GridReport:
    s, ref, sdef = shared.session, shared.ref, shared.sdef
    candidate_ref = cand.ref
    recusals = shared.recusals.get(candidate_ref, ())
    recused = {r.juror_ref for r in recusals}
    jurors = [j for j in shared.jury if j.ref not in recused]
    applicable = common.applicable(sdef, cand, ref)
    runs = {
        r.modality_id: r
        for r in orm.scalars(
            select(db.ModalityRun)
            .where(db.ModalityRun.session_id == s.id, db.ModalityRun.candidate_ref == candidate_ref)
            .options(selectinload(db.ModalityRun.events), selectinload(db.ModalityRun.draws))
        )
    }
    grids = _juror_grids(orm, s.id, candidate_ref)
    incidents = [
        (
            i.modality_id,
            i.kind,
            common.incident_line(i, shared.names, {cand.ref: cand.display_name}, shared.modality_titles),
        )
        for i in orm.scalars(
            select(db.Incident)
            .where(db.Incident.session_id == s.id, db.Incident.candidate_ref == candidate_ref)
            .order_by(db.Incident.at, db.Incident.pk)
        )
    ]
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
                shared.cards,
                cand.extra_time_percent,
                shared.speed,
                now,
                s.durations,
            )
        )
    statuses = [runs[m].status for m in applicable if m in runs]
    return GridReport(
        header=shared.header,
        candidate=common.candidate_info(cand),
        jury=shared.jury,
        recusals=recusals,
        absent=common.absent(statuses),
        abandoned=Status.ABANDONED.value in statuses,
        incidents=tuple(line for m, kind, line in incidents if m is None and kind != "recusal"),
        modalities=tuple(modalities),
    )


def build_grid_report(orm: Orm, session_id: str, candidate_ref: str, *, clock: Clock | None = None) -> GridReport:
    """A candidate's evaluation grids: every modality they take, the jurors' marks side by side."""
    now = common.now_of(clock)
    return grid_report(orm, session_row(orm, session_id), candidate_ref, now)


class SessionGrids:
    """Every candidate's evaluation grids in a session, one report at a time: what they share
    (référentiel, jury, recusals, scenario cards, header) read once, then each candidate's own rows.
    A candidate whose grids cannot be built does not stop the others'."""

    def __init__(self, orm: Orm, session_id: str, *, clock: Clock | None = None) -> None:
        self._orm = orm
        self._now = common.now_of(clock)
        s = session_row(orm, session_id)
        self._shared = _session_parts(orm, s, self._now)
        self._candidates = {
            c.ref: c
            for c in orm.scalars(
                select(db.Candidate).where(db.Candidate.session_id == s.id).order_by(db.Candidate.position)
            )
        }

    @property
    def candidate_refs(self) -> tuple[str, ...]:
        """The session's candidates, in its order."""
        return tuple(self._candidates)

    def report(self, candidate_ref: str) -> GridReport:
        cand = self._candidates.get(candidate_ref)
        if cand is None:
            cand = common.candidate_row(self._orm, self._shared.session, candidate_ref)  # tells who exists
        return _grid_report(self._orm, self._shared, cand, self._now)


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
    plan = _plan(modality, cand.extra_time_percent, s.durations)
    pairs = modality_criteria(modality, ref)
    competences = [
        BlankCompetence(comp.id, comp.number, comp.title, tuple((c.id, c.text) for c in criteria))
        for comp, criteria in pairs
    ] or [BlankCompetence(OVERALL, None, common.OVERALL_TITLE, ())]
    return BlankGridReport(
        header=common.header(s, ref, sdef, "Grille papier de secours", now),
        candidate=common.candidate_info(cand),
        jurors=jurors,
        modality_id=modality.id,
        modality_title=modality.title,
        duration_min=effective_durations(modality, s.durations).total,
        phases=tuple(
            PhaseTiming(p.id, p.title, p.base_s, p.duration_s, None, 0.0, 0, None, None, p.source, p.shared)
            for p in plan
        ),
        scenario_drawn_by_lot=modality.scenario_drawn_by_lot,
        competences=tuple(competences),
    )


def _blank_reports(
    orm: Orm, session_id: str, candidate_ref: str, modality_id: str | None, now: datetime
) -> list[BlankGridReport]:
    s = session_row(orm, session_id)
    ref, sdef = definition_of(orm, s)
    cand = common.candidate_row(orm, s, candidate_ref)
    applicable = common.applicable(sdef, cand, ref)
    if modality_id is not None:
        if modality_id not in {m.id for m in sdef.modalities}:
            known = ", ".join(m.id for m in sdef.modalities)
            raise InvalidInput.one("modalité", msg("modalité inconnue : « {0} » (modalités : {1})", modality_id, known))
        if modality_id not in applicable:
            raise InvalidInput.one(
                "modalité",
                msg(
                    "{0} ne s'applique pas à {1} (parcours {2})",
                    sdef.modality(modality_id).title,
                    cand.display_name,
                    cand.path,
                ),
            )
        wanted: tuple[str, ...] = (modality_id,)
    else:
        wanted = applicable
    names = {j.ref: j.display_name for j in s.jury}
    recused = {r.juror_ref for r in common.recusals(orm, session_id, names).get(candidate_ref, ())}
    jurors = tuple(common.juror_info(j) for j in s.jury if j.ref not in recused)
    return [_blank_report(s, ref, sdef, cand, jurors, sdef.modality(mid), now) for mid in wanted]


def build_blank_grid_report(
    orm: Orm, session_id: str, candidate_ref: str, modality_id: str, *, clock: Clock | None = None
) -> BlankGridReport:
    """The empty grid of one modality for one candidate, to fill on paper if a laptop fails."""
    return _blank_reports(orm, session_id, candidate_ref, modality_id, common.now_of(clock))[0]


def build_blank_grid_reports(
    orm: Orm, session_id: str, candidate_ref: str, *, clock: Clock | None = None
) -> list[BlankGridReport]:
    """The empty grids of every modality the candidate takes (none when none applies)."""
    return _blank_reports(orm, session_id, candidate_ref, None, common.now_of(clock))
