"""The exam room's record in a result file: each modality's run (status, timer events, draws) and
the incidents, for the candidates in the file's scope.

A run missing here, or empty here, is taken whole; one identical here changes nothing; one that
differs here is kept as it is and listed ("déroulé conservé"), never overwritten. An incident is
added unless already here (same candidate, modality, kind, text and time). A draw of a scenario card
unknown here, or timer events this app could not have recorded, refuse the file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm
from sqlalchemy.orm import selectinload

from jury_app.data import models as db
from jury_app.data.declarations import recusal_text
from jury_app.data.results_file import IncidentOut, ResultFile, RunOut
from jury_app.data.results_merge.differences import Difference
from jury_app.data.runs import add_incident
from jury_app.domain.codes import IncidentKind
from jury_app.domain.referentiel import Modality, SessionDefinition
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.timer import TimerError, TimerEvent, TimerEventKind, plan_phases, validate_event
from jury_app.domain.wording import run_status_label

Refuse = Callable[[str, str], None]  # (message, pointer in the file)
Recusal = tuple[str, str, datetime]  # (candidate, note, declared at): recorded here by the merge


@dataclass
class RunPlan:
    file_run: RunOut
    lead: db.ModalityRun | None  # an empty run here, filled by the import


RunKey = tuple[str, float, tuple[tuple[Any, ...], ...], tuple[tuple[Any, ...], ...]]
IncidentKey = tuple[str, str | None, str, str, datetime | None, str]


def _lead_run_key(r: db.ModalityRun) -> RunKey:
    return (
        r.status,
        r.timer_speed,
        tuple((e.seq, e.kind, e.at, e.phase_id, e.reason, e.juror_ref) for e in r.events),
        tuple((d.seq, d.card_ref, d.drawn_at, d.day, d.witness, d.reason, d.juror_ref, d.superseded) for d in r.draws),
    )


def _file_run_key(r: RunOut) -> RunKey:
    return (
        r.status,
        r.timer_speed,
        tuple((e.seq, e.kind, e.at, e.phase_id, e.reason, e.juror) for e in r.events),
        tuple((d.seq, d.card, d.drawn_at, d.day, d.witness, d.reason, d.juror, d.superseded) for d in r.draws),
    )


def _run_summary(key: RunKey) -> str:
    """terminée, fiche SC02, 6 événement(s) du chronomètre"""
    status, _speed, events, draws = key
    parts = [run_status_label(status)]
    current = [d[1] for d in draws if not d[7]]
    if current:
        parts.append(f"fiche {current[-1]}")
    if events:
        parts.append(f"{len(events)} événement(s) du chronomètre")
    return ", ".join(parts)


def _incident_key(candidate: str, modality: str | None, kind: str, text: str, at: datetime, juror: str) -> IncidentKey:
    """Same candidate, modality, kind, text and time. A recusal's time is that of its recording on
    each laptop (the merge of declarations records it again here): the juror stands for it."""
    if kind == "recusal":
        return (candidate, modality, kind, text, None, juror)
    return (candidate, modality, kind, text, at, "")


def _timer_problem(modality: Modality, extra_time_percent: int, durations: dict[str, int], run: RunOut) -> str | None:
    """Why the run's timer events could not have been recorded by this app, if they could not."""
    try:
        phases = plan_phases(modality, extra_time_percent, durations)
    except ValueError:  # a duration the référentiel leaves to the session, still unset
        return None
    events: list[TimerEvent] = []
    for e in run.events:
        event = TimerEvent(TimerEventKind(e.kind), e.at, e.phase_id, e.reason, e.steady_at)
        try:
            validate_event(phases, events, event)
        except TimerError as exc:
            return str(exc)
        events.append(event)
    return None


@dataclass
class ExamPlan:
    runs: list[RunPlan] = field(default_factory=list)  # runs taken whole
    run_diffs: list[Difference] = field(default_factory=list)  # taken, and kept here though different
    incidents: list[IncidentOut] = field(default_factory=list)  # incidents added
    incident_diffs: list[Difference] = field(default_factory=list)


def run_empty(status: str, events: Sequence[object], draws: Sequence[object]) -> bool:
    return status == Status.TODO.value and not events and not draws


def plan_runs(
    orm: Orm,
    doc: ResultFile,
    s: db.Session,
    sdef: SessionDefinition,
    candidates: dict[str, db.Candidate],
    juror_name: str,
    recusals: Sequence[Recusal],
    refuse: Refuse,
) -> ExamPlan:
    """Runs and incidents: what the exam room recorded on the juror's laptop.

    A run missing here, or empty here (nothing started, no other card drawn, not marked), is taken
    whole; one identical here changes nothing; one different here is kept as it is and listed."""
    plan = ExamPlan()
    cards = {c.ref for c in s.scenario_cards}
    lead_runs = {
        (r.candidate_ref, r.modality_id): r
        for r in orm.scalars(
            select(db.ModalityRun)
            .where(db.ModalityRun.session_id == s.id, db.ModalityRun.candidate_ref.in_(doc.scope.candidates))
            .options(selectinload(db.ModalityRun.events), selectinload(db.ModalityRun.draws))
        )
    }
    for i, r in enumerate(doc.content.runs):
        pointer = f"/content/runs/{i}"
        cand = candidates.get(r.candidate)
        if cand is None:
            continue  # refused with the scope
        try:
            modality = sdef.modality(r.modality)
        except KeyError:
            refuse(f"modalité inconnue : « {r.modality} »", f"{pointer}/modality")
            continue
        unknown = [(j, d.card) for j, d in enumerate(r.draws) if d.card not in cards]
        for j, card in unknown:
            refuse(f"fiche scénario inconnue dans la session {s.id} : « {card} »", f"{pointer}/draws/{j}/card")
        if unknown or run_empty(r.status, r.events, r.draws):
            continue
        incoming = _file_run_key(r)
        lead = lead_runs.get((r.candidate, r.modality))
        lead_key = _lead_run_key(lead) if lead is not None else None
        if lead_key == incoming:
            continue
        if lead is None or (
            lead.status == Status.TODO.value
            and not lead.events
            and lead_key is not None
            and (not lead.draws or lead_key[3] == incoming[3])
        ):
            problem = _timer_problem(modality, cand.extra_time_percent, s.durations, r)
            if problem is not None:
                refuse(f"chronomètre de {r.candidate} / {modality.title} incohérent : {problem}", f"{pointer}/events")
                continue
            plan.runs.append(RunPlan(r, lead))
            before = _run_summary(lead_key) if lead_key is not None else None
            plan.run_diffs.append(
                Difference(
                    r.candidate,
                    cand.display_name,
                    r.modality,
                    modality.title,
                    "run",
                    "",
                    before,
                    _run_summary(incoming),
                )
            )
        else:
            assert lead_key is not None
            plan.run_diffs.append(
                Difference(
                    r.candidate,
                    cand.display_name,
                    r.modality,
                    modality.title,
                    "run_kept",
                    juror_name,
                    _run_summary(lead_key),
                    _run_summary(incoming),
                )
            )

    known: set[IncidentKey] = {
        _incident_key(i.candidate_ref or "", i.modality_id, i.kind, i.text, i.at, i.juror_ref)
        for i in orm.scalars(
            select(db.Incident).where(
                db.Incident.session_id == s.id, db.Incident.candidate_ref.in_(doc.scope.candidates)
            )
        )
    }
    for cand_ref, note, declared_at in recusals:
        known.add(_incident_key(cand_ref, None, "recusal", recusal_text(note), declared_at, doc.juror.id))
    for i, inc in enumerate(doc.content.incidents):
        cand = candidates.get(inc.candidate)
        if cand is None:
            continue
        title = ""
        if inc.modality is not None:
            try:
                title = sdef.modality(inc.modality).title
            except KeyError:
                refuse(f"modalité inconnue : « {inc.modality} »", f"/content/incidents/{i}/modality")
                continue
        key = _incident_key(inc.candidate, inc.modality, inc.kind, inc.text, inc.at, inc.juror)
        if key in known:
            continue
        known.add(key)
        plan.incidents.append(inc)
        plan.incident_diffs.append(
            Difference(
                inc.candidate, cand.display_name, inc.modality or "", title, "incident", inc.kind, None, inc.text
            )
        )
    return plan


def apply_runs(orm: Orm, plan: ExamPlan, session_id: str, now: datetime) -> None:
    """The runs taken whole (status, timer events, draws) and the incidents added."""
    for rp in plan.runs:
        r, run = rp.file_run, rp.lead
        if run is None:
            run = db.ModalityRun(session_id=session_id, candidate_ref=r.candidate, modality_id=r.modality)
            orm.add(run)
        run.status = Status(r.status)
        run.timer_speed = r.timer_speed
        run.updated_at = now
        run.events.extend(
            db.TimerEventRow(
                seq=e.seq,
                kind=e.kind,
                at=e.at,
                phase_id=e.phase_id,
                reason=e.reason,
                juror_ref=e.juror,
                steady_at=e.steady_at,
            )
            for e in r.events
        )
        if not run.draws:  # else the same draws, already here
            run.draws.extend(
                db.DrawRow(
                    seq=d.seq,
                    card_ref=d.card,
                    drawn_at=d.drawn_at,
                    day=d.day,
                    witness=d.witness,
                    reason=d.reason,
                    juror_ref=d.juror,
                    superseded=d.superseded,
                )
                for d in r.draws
            )
    for i in plan.incidents:
        add_incident(orm, session_id, i.candidate, i.modality, IncidentKind(i.kind), i.text, i.at, i.juror)
