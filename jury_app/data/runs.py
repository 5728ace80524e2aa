"""A candidate's runs of the modalities and the incidents of the exam room: the rows, their one
writer (for the exam actions, a recusal and the merge of a result file alike) and the run as the
modality screen shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db
from jury_app.data.attachments import AttachmentView, candidate_attachments
from jury_app.data.grid_store import RunKey
from jury_app.data.session_store import definition_of
from jury_app.domain.clock import Clock
from jury_app.domain.codes import IncidentKind, SessionKind
from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import Modality, SessionDefinition
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.timer import PlannedPhase, TimerEvent, TimerState, UnsetDuration, compute_state, plan_phases
from jury_app.domain.wording import fr_clock, fr_duration, local_date, machine_zone, session_zone
from jury_app.paths import AppPaths


def run_row(orm: Orm, key: RunKey, *, create: bool) -> db.ModalityRun | None:
    """The run of `key`, made (to do) on first use when `create`."""
    run = orm.scalar(
        select(db.ModalityRun).where(
            db.ModalityRun.session_id == key.session_id,
            db.ModalityRun.candidate_ref == key.candidate_ref,
            db.ModalityRun.modality_id == key.modality_id,
        )
    )
    if run is None and create:
        run = db.ModalityRun(
            session_id=key.session_id,
            candidate_ref=key.candidate_ref,
            modality_id=key.modality_id,
            status=Status.TODO.value,
        )
        orm.add(run)
        orm.flush()
    return run


def finished_modalities(orm: Orm, session_id: str, candidate_ref: str) -> set[str]:
    return set(
        orm.scalars(
            select(db.ModalityRun.modality_id).where(
                db.ModalityRun.session_id == session_id,
                db.ModalityRun.candidate_ref == candidate_ref,
                db.ModalityRun.status == Status.DONE.value,
            )
        )
    )


def add_incident(
    orm: Orm,
    session_id: str,
    candidate_ref: str | None,
    modality_id: str | None,
    kind: IncidentKind,
    text: str,
    at: datetime,
    juror_ref: str,
) -> None:
    """Record an incident (pause, absence, abandonment, recusal, redraw…) for the procès-verbal."""
    orm.add(
        db.Incident(
            session_id=session_id,
            candidate_ref=candidate_ref,
            modality_id=modality_id,
            kind=kind,
            text=text,
            at=at,
            juror_ref=juror_ref,
        )
    )


def note_clock_change(orm: Orm, clock: Clock, key: RunKey, juror_ref: str) -> None:
    """A change of the computer's time while the app ran, recorded as an incident (the timers do
    not follow it: they run on the clock's steady time)."""
    jump = clock.take_jump()
    if jump is None:
        return
    seconds = jump.total_seconds()
    way = "avancée" if seconds > 0 else "retardée"
    now = clock.now()
    text = (
        f"L'heure de l'ordinateur a été {way} de {fr_duration(abs(seconds))} pendant que l'application tournait "
        f"(elle indique maintenant {fr_clock(now, machine_zone())}) : les chronomètres n'en ont pas tenu compte."
    )
    add_incident(orm, key.session_id, key.candidate_ref, key.modality_id, IncidentKind.OTHER, text, now, juror_ref)


# --- the run as the modality screen shows it ---------------------------------------------------


@dataclass(frozen=True)
class CardView:
    ref: str
    title: str
    structure_type: str
    actor_text: str
    drawn_at: datetime
    witness: str


@dataclass(frozen=True)
class RunView:
    """What the modality screen shows: status, plan, timer and the drawn card."""

    session_id: str
    candidate_ref: str
    candidate_name: str
    modality: Modality
    status: Status
    extra_time_percent: int
    plan: tuple[PlannedPhase, ...]
    events: tuple[TimerEvent, ...]  # so a screen can recompute the timer from the clock each tick
    timer: TimerState
    speed: float
    card: CardView | None
    redraws: int
    mock: bool
    documents: tuple[AttachmentView, ...] = ()
    """The candidate's documents of the kinds the modality names (`Modality.documents`)."""
    duration_problem: str = ""
    """Why the timer cannot start: a duration the référentiel leaves to the session, still unset."""
    cards_left: int = 0
    """Scenario cards not drawn yet today: with none left, only an emergency reuse remains."""

    @property
    def on_document(self) -> bool:
        """The modality assesses a written document: no timer, the jurors judge the document."""
        return self.modality.assessment == "document"


def candidate_of(session: db.Session, candidate_ref: str) -> db.Candidate:
    for c in session.candidates:
        if c.ref == candidate_ref:
            return c
    raise InvalidInput.one("candidat", msg("candidat inconnu : « {0} »", candidate_ref))


def modality_of(sdef: SessionDefinition, modality_id: str) -> Modality:
    try:
        return sdef.modality(modality_id)
    except KeyError:
        raise InvalidInput.one("modalité", msg("modalité inconnue : « {0} »", modality_id)) from None


def run_events(run: db.ModalityRun | None) -> list[TimerEvent]:
    if run is None:
        return []
    return [e.event() for e in run.events]


def run_speed(s: db.Session, run: db.ModalityRun | None) -> float:
    """How fast the run's timer counts: 1 but in a mock session's rehearsal. A run keeps the speed it
    started with: changing it mid-run must not rescale elapsed time."""
    if s.kind != SessionKind.MOCK:
        return 1.0
    return run.timer_speed if run is not None and run.events else s.timer_speed


def build_run_view(
    orm: Orm, paths: AppPaths, s: db.Session, candidate_ref: str, modality_id: str, clock: Clock
) -> RunView:
    """What the modality screen shows of a run, read in the open database session."""
    _ref, sdef = definition_of(orm, s)
    modality = modality_of(sdef, modality_id)
    cand = candidate_of(s, candidate_ref)
    run = run_row(orm, RunKey(s.id, candidate_ref, modality_id), create=False)
    duration_problem = ""
    try:
        plan = plan_phases(modality, cand.extra_time_percent, s.durations)
    except UnsetDuration as exc:  # shown on the screen; starting the timer is refused with it
        plan, duration_problem = (), str(exc)
    speed = run_speed(s, run)
    events = tuple(run_events(run))
    timer = compute_state(plan, events, clock.steady(), speed=speed)
    card = None
    redraws = 0
    if run is not None and run.draws:
        current = next((d for d in reversed(run.draws) if not d.superseded), None)
        redraws = sum(1 for d in run.draws if d.superseded)
        if current is not None:
            row = next(c for c in s.scenario_cards if c.ref == current.card_ref)
            card = CardView(row.ref, row.title, row.structure_type, row.actor_text, current.drawn_at, current.witness)
    return RunView(
        session_id=s.id,
        candidate_ref=candidate_ref,
        candidate_name=cand.display_name,
        modality=modality,
        status=Status(run.status) if run is not None else Status.TODO,
        extra_time_percent=cand.extra_time_percent,
        plan=plan,
        events=events,
        timer=timer,
        speed=speed,
        card=card,
        redraws=redraws,
        mock=s.kind == SessionKind.MOCK,
        documents=candidate_attachments(paths, s, candidate_ref, modality.documents),
        duration_problem=duration_problem,
        cards_left=_cards_left(orm, s, clock) if modality.scenario_drawn_by_lot else 0,
    )


def cards_used_on(orm: Orm, session_id: str, day: str) -> set[str]:
    """The scenario cards drawn on `day` (the centre's local date): a card is drawn once a day."""
    rows = orm.scalars(
        select(db.DrawRow.card_ref)
        .join(db.ModalityRun, db.ModalityRun.pk == db.DrawRow.run_pk)
        .where(db.ModalityRun.session_id == session_id, db.DrawRow.day == day)
    )
    return set(rows)


def _cards_left(orm: Orm, s: db.Session, clock: Clock) -> int:
    day = local_date(clock.now(), session_zone(s.timezone)).isoformat()
    return len({c.ref for c in s.scenario_cards} - cards_used_on(orm, s.id, day))
