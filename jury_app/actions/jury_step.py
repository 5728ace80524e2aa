"""Actions of the jury sitting together on a candidate: where blind marking stands, and opening the
jury's step with those present.

Each juror marks alone (`data.jury_steps`): the deliberation view hides the other jurors' marks,
judgements and observations until all have finished the candidate's modalities. Then any juror
present opens the jury's step, naming who is there; before that, only the president can, and says
so in a confirmation that the audit trail keeps. Common judgements and decisions are refused
outside a step (`actions.deliberation`).
"""

from __future__ import annotations

from collections.abc import Sequence

from jury_app.actions.context import AppContext
from jury_app.data import audit
from jury_app.data import models as db
from jury_app.data.deliberation_view import is_locked
from jury_app.data.jury_steps import BlindState as BlindState  # what the screens show
from jury_app.data.jury_steps import JurorProgress as JurorProgress
from jury_app.data.jury_steps import StepView as StepView
from jury_app.data.jury_steps import blind_state, open_step_row
from jury_app.domain.clock import Clock
from jury_app.domain.messages import Message, msg
from jury_app.domain.problems import InvalidInput


def jury_step_state(ctx: AppContext, session_id: str, candidate_ref: str) -> BlindState:
    """Who has finished the candidate's grids, whether the jury's step is open, and with whom."""
    with ctx.database.reader() as orm:
        return blind_state(orm, session_id, candidate_ref)


def _refuse(message: Message) -> InvalidInput:
    return InvalidInput.one("séance du jury", message)


def open_jury_step(
    ctx: AppContext,
    session_id: str,
    candidate_ref: str,
    juror_ref: str,
    present: Sequence[str],
    clock: Clock,
    *,
    early: bool = False,
) -> BlindState:
    """The jury sits on the candidate: `present` are the jurors in the room, `juror_ref` among them.

    Before every juror has finished the candidate's grids, only the president may open it, with
    `early` (the confirmation the screen asks); it is logged either way, with who was present.
    """
    present = tuple(dict.fromkeys(present))
    with ctx.database.session() as orm:
        state = blind_state(orm, session_id, candidate_ref)
        allowed = {j.ref for j in state.jurors}
        names = {j.ref: j.name for j in state.jurors}
        if juror_ref not in allowed:
            raise _refuse(msg("seul un juré non récusé pour ce candidat peut ouvrir sa séance"))
        if is_locked(orm, session_id, candidate_ref):
            raise _refuse(msg("la délibération de ce candidat est close ; rouvrez-la (avec un motif) d'abord"))
        if open_step_row(orm, session_id, candidate_ref) is not None:
            raise _refuse(msg("la séance du jury est déjà ouverte pour ce candidat"))
        unknown = [p for p in present if p not in allowed]
        if unknown:
            named = ", ".join(unknown)  # a variable: lupdate would take a literal for a comment
            raise _refuse(msg("juré inconnu ou récusé pour ce candidat : {0}", named))
        if juror_ref not in present:
            raise _refuse(msg("vous devez être présent(e) pour ouvrir la séance du jury"))
        if len(present) < state.min_present:
            raise _refuse(
                msg(
                    "le jury doit siéger à {0} jurés au moins pour délibérer (présents : {1})",
                    state.min_present,
                    ", ".join(names[p] for p in present),
                )
            )
        waiting = [j for j in state.jurors if not j.finished]
        if waiting and not state.opened_before:
            if juror_ref != state.president:
                unfinished = ", ".join(f"{j.name} {j.done}/{j.total}" for j in waiting)
                raise _refuse(
                    msg(
                        "tous les jurés n'ont pas terminé leurs grilles pour ce candidat ({0}) : seul(e) le ou la "
                        "président(e) peut ouvrir la délibération plus tôt",
                        unfinished,
                    )
                )
            if not early:
                raise _refuse(
                    msg(
                        "ouvrir la délibération avant la fin des grilles demande la confirmation du ou de la président(e)"
                    )
                )
        now = clock.now()
        orm.add(
            db.JuryStep(
                session_id=session_id,
                candidate_ref=candidate_ref,
                opened_at=now,
                opened_by=juror_ref,
                present=list(present),
                early=bool(waiting) and not state.opened_before,
            )
        )
        audit.append(
            orm,
            session_id,
            juror_ref,
            "deliberation.step",
            {"candidate": candidate_ref, "item": ""},
            None,
            ("avant la fin des grilles ; " if waiting and not state.opened_before else "")
            + "présents : "
            + ", ".join(present),
            now,
        )
        orm.flush()
        return blind_state(orm, session_id, candidate_ref)
