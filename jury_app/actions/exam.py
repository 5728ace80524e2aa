"""Actions of the exam room: running a modality's timer, the draw by lot, absences, incidents.

Each function is one user action: it checks the rules, commits durably, and returns the new
state for the screen to show. Time always comes from the clock passed in.
"""

from __future__ import annotations

import random

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as Orm

from jury_app.actions.context import AppContext
from jury_app.data import audit
from jury_app.data import models as db
from jury_app.data.grid_store import GridKey as GridKey  # the callers' keys
from jury_app.data.grid_store import RunKey as RunKey
from jury_app.data.runs import CardView as CardView  # what the screens show
from jury_app.data.runs import RunView as RunView
from jury_app.data.runs import (
    add_incident,
    build_run_view,
    candidate_of,
    cards_used_on,
    finished_modalities,
    modality_of,
    note_clock_change,
    run_events,
    run_row,
)
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.clock import Clock
from jury_app.domain.codes import IncidentKind, SessionKind
from jury_app.domain.draw import DrawError, draw_card, redraw_card, reuse_card
from jury_app.domain.messages import MessageError, message_of, msg
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import Modality, Referentiel, SessionDefinition
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.rules import modalities_for_candidate, order_problem
from jury_app.domain.timer import (
    PlannedPhase,
    TimerError,
    TimerEvent,
    TimerEventKind,
    plan_phases,
    undoable_next,
    validate_event,
)
from jury_app.domain.wording import local_date, path_label, session_zone


def _plan(modality: Modality, extra_time_percent: int, durations: dict[str, int]) -> tuple[PlannedPhase, ...]:
    """The phases with the session's durations; raises InvalidInput while one is still unset."""
    try:
        return plan_phases(modality, extra_time_percent, durations)
    except MessageError as exc:  # a duration the référentiel leaves to the session, still unset
        raise InvalidInput.one("modalité", exc.message) from None
    except ValueError as exc:
        raise InvalidInput.one("modalité", message_of(exc)) from None


def run_view(ctx: AppContext, run: RunKey, clock: Clock) -> RunView:
    with ctx.database.reader() as orm:
        return build_run_view(
            orm, ctx.paths, session_row(orm, run.session_id), run.candidate_ref, run.modality_id, clock
        )


def _require_declared(orm: Orm, session_id: str, candidate_ref: str, juror_ref: str) -> None:
    decl = orm.scalar(
        select(db.Declaration).where(
            db.Declaration.session_id == session_id,
            db.Declaration.candidate_ref == candidate_ref,
            db.Declaration.juror_ref == juror_ref,
        )
    )
    if decl is None:
        raise InvalidInput.one("déclaration", msg("déclarez d'abord n'avoir aucun lien avec ce candidat"))
    if decl.has_link:
        raise InvalidInput.one("déclaration", msg("vous êtes récusé(e) pour ce candidat"))


def _taken(sdef: SessionDefinition, cand: db.Candidate, ref: Referentiel) -> tuple[str, ...]:
    """The modalities the candidate's path takes in this session."""
    try:
        return modalities_for_candidate(sdef, cand.path, ref)
    except ValueError as exc:
        raise InvalidInput.one("candidat", message_of(exc)) from None


def _timer_action(
    ctx: AppContext, key: GridKey, clock: Clock, kind: TimerEventKind, *, reason: str = "", phase_id: str | None = None
) -> RunView:
    session_id, candidate_ref, modality_id, juror_ref = (
        key.session_id,
        key.candidate_ref,
        key.modality_id,
        key.juror_ref,
    )
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        ref, sdef = definition_of(orm, s)
        modality = modality_of(sdef, modality_id)
        cand = candidate_of(s, candidate_ref)
        _require_declared(orm, session_id, candidate_ref, juror_ref)
        run = run_row(orm, RunKey(session_id, candidate_ref, modality_id), create=True)
        assert run is not None
        if run.status in (Status.ABSENT.value, Status.ABANDONED.value):
            raise InvalidInput.one(
                "modalité", msg("le candidat est noté absent ou a abandonné : la modalité ne peut pas être lancée")
            )
        if modality.assessment == "document":
            raise InvalidInput.one(
                "modalité", msg("« {0} » s'évalue sur document : elle n'a pas de chronomètre", modality.title)
            )
        if kind is TimerEventKind.START:
            if modality_id not in _taken(sdef, cand, ref):
                raise InvalidInput.one(
                    "modalité",
                    msg("{0} ne s'applique pas à ce candidat (parcours : {1})", modality.title, path_label(cand.path)),
                )
            problem = order_problem(modality_id, sdef, finished_modalities(orm, session_id, candidate_ref))
            if problem is not None:
                raise InvalidInput.one("modalité", problem)
            if modality.scenario_drawn_by_lot and not any(not d.superseded for d in run.draws):
                raise InvalidInput.one("modalité", msg("tirez d'abord au sort la fiche scénario"))
        plan = _plan(modality, cand.extra_time_percent, s.durations)
        now = clock.now()
        note_clock_change(orm, clock, RunKey(session_id, candidate_ref, modality_id), juror_ref)
        events = run_events(run)
        # The steady time never goes back: after a restart with the computer's time set back, an
        # action is recorded at its previous one's time, not refused.
        steady = max([clock.steady(), *(e.t for e in events[-1:])])
        event = TimerEvent(kind, now, phase_id, reason.strip(), steady)
        try:
            validate_event(plan, events, event)
        except TimerError as exc:
            raise InvalidInput.one("modalité", exc.message) from None
        run.events.append(
            db.TimerEventRow(
                seq=len(run.events) + 1,
                kind=kind.value,
                at=now,
                phase_id=phase_id,
                reason=reason.strip(),
                juror_ref=juror_ref,
                steady_at=steady,
            )
        )
        if kind is TimerEventKind.START:
            run.status = Status.IN_PROGRESS
            run.timer_speed = s.timer_speed if s.kind == SessionKind.MOCK else 1.0
        elif kind is TimerEventKind.FINISH:
            run.status = Status.DONE
        elif kind is TimerEventKind.PAUSE and reason.strip():
            add_incident(
                orm,
                session_id,
                candidate_ref,
                modality_id,
                IncidentKind.PAUSE,
                f"Pause : {reason.strip()}",
                now,
                juror_ref,
            )
        run.updated_at = now
        orm.flush()
        return build_run_view(orm, ctx.paths, s, candidate_ref, modality_id, clock)


def start_modality(ctx: AppContext, key: GridKey, clock: Clock) -> RunView:
    return _timer_action(ctx, key, clock, TimerEventKind.START)


def pause_modality(ctx: AppContext, key: GridKey, clock: Clock, reason: str = "") -> RunView:
    """The clock stops now; the reason may come with it or after (`give_pause_reason`), before going on."""
    return _timer_action(ctx, key, clock, TimerEventKind.PAUSE, reason=reason)


def give_pause_reason(ctx: AppContext, key: GridKey, clock: Clock, reason: str) -> RunView:
    """The reason of the pause under way: recorded on it and logged as an incident dated from the pause."""
    if not reason.strip():
        raise InvalidInput.one("modalité", msg("indiquez la raison de la pause (elle est consignée comme incident)"))
    with ctx.database.session() as orm:
        s = session_row(orm, key.session_id)
        _require_declared(orm, key.session_id, key.candidate_ref, key.juror_ref)
        run_key = RunKey(key.session_id, key.candidate_ref, key.modality_id)
        run = run_row(orm, run_key, create=False)
        pause = run.events[-1] if run is not None and run.events else None
        if run is None or pause is None or pause.kind != TimerEventKind.PAUSE.value:
            raise InvalidInput.one("modalité", msg("le chronomètre n'est pas en pause"))
        if pause.reason:
            raise InvalidInput.one("modalité", msg("la raison de cette pause est déjà consignée"))
        pause.reason = reason.strip()
        add_incident(
            orm,
            key.session_id,
            key.candidate_ref,
            key.modality_id,
            IncidentKind.PAUSE,
            f"Pause : {reason.strip()}",
            pause.at,
            key.juror_ref,
        )
        orm.flush()
        return build_run_view(orm, ctx.paths, s, key.candidate_ref, key.modality_id, clock)


def resume_modality(ctx: AppContext, key: GridKey, clock: Clock) -> RunView:
    return _timer_action(ctx, key, clock, TimerEventKind.RESUME)


def next_phase(ctx: AppContext, key: GridKey, clock: Clock) -> RunView:
    return _timer_action(ctx, key, clock, TimerEventKind.NEXT)


def finish_modality(ctx: AppContext, key: GridKey, clock: Clock) -> RunView:
    return _timer_action(ctx, key, clock, TimerEventKind.FINISH)


def undo_next_phase(ctx: AppContext, key: GridKey, clock: Clock) -> RunView:
    """Take back a phase change made a few seconds ago (`UNDO_NEXT_S`): the previous phase goes on."""
    with ctx.database.session() as orm:
        s = session_row(orm, key.session_id)
        _require_declared(orm, key.session_id, key.candidate_ref, key.juror_ref)
        run = run_row(orm, RunKey(key.session_id, key.candidate_ref, key.modality_id), create=False)
        if run is None or undoable_next(run_events(run), clock.steady()) is None:
            raise InvalidInput.one(
                "modalité", msg("aucun changement de phase récent à annuler (le délai est de quelques secondes)")
            )
        orm.delete(run.events[-1])
        run.events.pop()
        run.updated_at = clock.now()
        orm.flush()
        return build_run_view(orm, ctx.paths, s, key.candidate_ref, key.modality_id, clock)


def draw_scenario(
    ctx: AppContext,
    key: GridKey,
    clock: Clock,
    *,
    witness: str = "",
    redraw_reason: str | None = None,
    emergency_reason: str | None = None,
    rng: random.Random | None = None,
) -> RunView:
    """Draw a card among those not used today (a redraw needs a reason); the draw is logged.

    `emergency_reason`: every card has been drawn today; one is drawn again, for that reason, and the
    reuse is recorded as an incident for the PV."""
    rng = rng or random.SystemRandom()
    session_id, candidate_ref, modality_id, juror_ref = (
        key.session_id,
        key.candidate_ref,
        key.modality_id,
        key.juror_ref,
    )
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        ref, sdef = definition_of(orm, s)
        modality = modality_of(sdef, modality_id)
        if not modality.scenario_drawn_by_lot:
            raise InvalidInput.one("modalité", msg("{0} ne comporte pas de tirage au sort", modality.title))
        cand = candidate_of(s, candidate_ref)
        _require_declared(orm, session_id, candidate_ref, juror_ref)
        # A draw uses up a card for the day: none for a modality the candidate does not take.
        if modality_id not in _taken(sdef, cand, ref):
            raise InvalidInput.one(
                "modalité",
                msg("{0} ne s'applique pas à ce candidat (parcours : {1})", modality.title, path_label(cand.path)),
            )
        run = run_row(orm, RunKey(session_id, candidate_ref, modality_id), create=True)
        assert run is not None
        if run.status in (Status.ABSENT.value, Status.ABANDONED.value):
            raise InvalidInput.one(
                "modalité", msg("le candidat est noté absent ou a abandonné : la modalité ne peut pas être lancée")
            )
        if run.events:
            raise InvalidInput.one("modalité", msg("la modalité a commencé : la fiche ne peut plus être tirée"))
        now = clock.now()
        day = local_date(now, session_zone(s.timezone)).isoformat()  # cards are unique per day of the centre
        cards = [c.ref for c in s.scenario_cards]
        used = cards_used_on(orm, session_id, day)
        current = next((d for d in reversed(run.draws) if not d.superseded), None)
        try:
            if emergency_reason is not None:
                chosen = reuse_card(cards, used, current.card_ref if current else None, rng, emergency_reason)
                if current is not None:
                    current.superseded = True
            elif current is None:
                if redraw_reason is not None:
                    raise InvalidInput.one("modalité", msg("aucune fiche n'a encore été tirée pour ce candidat"))
                chosen = draw_card(cards, used, rng)
            else:
                if redraw_reason is None:
                    raise InvalidInput.one(
                        "modalité", msg("une fiche a déjà été tirée ; un nouveau tirage demande une raison")
                    )
                chosen = redraw_card(cards, used, current.card_ref, rng, redraw_reason)
                current.superseded = True
        except DrawError as exc:
            raise InvalidInput.one("modalité", exc.message) from None
        run.draws.append(
            db.DrawRow(
                seq=len(run.draws) + 1,
                card_ref=chosen,
                drawn_at=now,
                day=day,
                witness=witness.strip(),
                reason=(emergency_reason or redraw_reason or "").strip(),
                juror_ref=juror_ref,
                emergency=emergency_reason is not None,
            )
        )
        incident = (
            f"Réutilisation d'urgence de la fiche scénario {chosen}, toutes les fiches du jour ayant été "
            f"tirées : {emergency_reason.strip()}"
            if emergency_reason is not None
            else f"Nouveau tirage de la fiche scénario : {(redraw_reason or '').strip()}"
            if current is not None
            else None
        )
        if incident is not None:
            add_incident(orm, session_id, candidate_ref, modality_id, IncidentKind.OTHER, incident, now, juror_ref)
        orm.flush()
        return build_run_view(orm, ctx.paths, s, candidate_ref, modality_id, clock)


def record_incident(
    ctx: AppContext,
    session_id: str,
    candidate_ref: str | None,
    modality_id: str | None,
    juror_ref: str,
    text: str,
    clock: Clock,
) -> None:
    if not text.strip():
        raise InvalidInput.one("incident", msg("décrivez l'incident"))
    with ctx.database.session() as orm:
        session_row(orm, session_id)
        add_incident(
            orm, session_id, candidate_ref, modality_id, IncidentKind.OTHER, text.strip(), clock.now(), juror_ref
        )


def mark_absent(
    ctx: AppContext, session_id: str, candidate_ref: str, juror_ref: str, clock: Clock, note: str = ""
) -> None:
    """The candidate did not come: every modality not yet run is marked absent."""
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        ref, sdef = definition_of(orm, s)
        cand = candidate_of(s, candidate_ref)
        for mid in _taken(sdef, cand, ref):
            run = run_row(orm, RunKey(session_id, candidate_ref, mid), create=True)
            assert run is not None
            if run.status == Status.TODO.value:
                run.status = Status.ABSENT
                run.updated_at = clock.now()
        add_incident(
            orm,
            session_id,
            candidate_ref,
            None,
            IncidentKind.ABSENCE,
            "Candidat absent" + (f" : {note.strip()}" if note.strip() else ""),
            clock.now(),
            juror_ref,
        )


def mark_abandoned(ctx: AppContext, key: GridKey, clock: Clock, note: str) -> None:
    """The candidate gave up during a modality: it and every modality not yet run are closed."""
    if not note.strip():
        raise InvalidInput.one("abandon", msg("précisez les circonstances de l'abandon"))
    session_id, candidate_ref, modality_id, juror_ref = (
        key.session_id,
        key.candidate_ref,
        key.modality_id,
        key.juror_ref,
    )
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        ref, sdef = definition_of(orm, s)
        cand = candidate_of(s, candidate_ref)
        for mid in _taken(sdef, cand, ref):
            run = run_row(orm, RunKey(session_id, candidate_ref, mid), create=True)
            assert run is not None
            if run.status in (Status.TODO.value, Status.IN_PROGRESS.value):
                run.status = Status.ABANDONED
                run.updated_at = clock.now()
        add_incident(
            orm,
            session_id,
            candidate_ref,
            modality_id,
            IncidentKind.ABANDONMENT,
            f"Abandon : {note.strip()}",
            clock.now(),
            juror_ref,
        )


def set_timer_speed(ctx: AppContext, session_id: str, speed: float) -> None:
    """Mock sessions only: run the timers faster for a rehearsal."""
    if not 0.1 <= speed <= 60:
        raise InvalidInput.one("vitesse", msg("vitesse entre 0,1 et 60"))
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        if s.kind != SessionKind.MOCK:
            raise InvalidInput.one("vitesse", msg("l'accélération des chronomètres est réservée aux examens blancs"))
        s.timer_speed = speed


def reset_candidate(ctx: AppContext, session_id: str, candidate_ref: str, clock: Clock) -> None:
    """Mock sessions only: forget everything recorded for a candidate, to rehearse again."""
    with ctx.database.session() as orm:
        s = session_row(orm, session_id)
        if s.kind != SessionKind.MOCK:
            raise InvalidInput.one("candidat", msg("la remise à zéro d'un candidat est réservée aux examens blancs"))
        candidate_of(s, candidate_ref)
        for model in (db.ModalityRun, db.Grid, db.Incident, db.Declaration):
            orm.execute(delete(model).where(model.session_id == session_id, model.candidate_ref == candidate_ref))
        audit.append(
            orm, session_id, "", "mock.reset", {"candidate": candidate_ref, "item": ""}, None, None, clock.now()
        )
