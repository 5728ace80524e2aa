"""A candidate's runs of the modalities and the incidents of the exam room: the rows and their
one writer, for the exam actions, a recusal and the merge of a result file alike."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db
from jury_app.data.grid_store import RunKey
from jury_app.domain.clock import Clock
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.wording import fr_clock, fr_duration, machine_zone


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
    kind: str,
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
    add_incident(orm, key.session_id, key.candidate_ref, key.modality_id, "other", text, now, juror_ref)
