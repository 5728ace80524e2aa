"""The demo sessions: opened on first use, and completed into whole sessions by `jury-app demo`.

Every candidate is run through their modalities on the schedule's times (a fake clock), scored by
both jurors, and deliberated, through the same actions a jury uses, so that every report can be
produced and looked at right away. The outcome is the same on every machine.

The deliberation shows the rules, not the holes: the jury adopts the jurors' concordant proposals,
grants only what they rest on, refuses with a reason (C05's CCP3), decides nothing for an absent
candidate (C07 in the CCP3 session), and grants the title to C06 at the capitalisation interview on
the CCPs she holds with their proofs, CCP1 under the 2017 version of the title.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from jury_app.actions import deliberation, deliberation_close, exam, grids, jurors, jury_step
from jury_app.actions.context import AppContext
from jury_app.actions.preferences import demo_package_path
from jury_app.actions.sessions import session_document
from jury_app.actions.signing import save_handwritten_signature
from jury_app.demo.content import SESSIONS, DemoSession
from jury_app.demo.opening import open_demo_session as open_demo_session  # where the tests and scripts find it
from jury_app.demo.package import TP_CODE, demo_package
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import Mark
from jury_app.domain.referentiel import Judgement

# The centre's wall time in December (CET); the demo's schedule is in that time.
CENTRE_TIME = timezone(timedelta(hours=1))

OBSERVATIONS = (
    "Posture d'écoute active, reformulations pertinentes.",
    "Présentation claire et structurée, vocabulaire professionnel maîtrisé.",
    "Bonne connaissance des dispositifs du territoire.",
    "Analyse de pratique sincère, axes d'amélioration identifiés.",
)
WEAK = "Éléments insuffisamment étayés lors des questions du jury."

# Deterministic story: (candidate, juror) -> criteria (by index within the grid) marked otherwise.
NOT_SATISFIED = {
    ("C02", "J2"): {("qp", 3)},  # a disagreement on one criterion, for the deliberation view
    ("C05", "J1"): {("qp", 36), ("qp", 37), ("qp", 38), ("qp", 39), ("qp", 40)},  # CCP3 weak
    ("C05", "J2"): {("qp", 36), ("qp", 37), ("qp", 38), ("qp", 40)},
}
NOT_OBSERVED = {("C03", "J1"): {("et", 7)}, ("C03", "J2"): {("et", 7)}}
PAUSES = {("C04", "qp"): "Malaise passager du candidat, reprise après accord du jury"}


@dataclass(frozen=True)
class DemoSummary:
    session_id: str
    completed: bool  # False when the session already held jury work and was left as it was
    candidates: int
    decisions: int


def _signature_strokes(seed: int) -> list[list[list[float]]]:
    """A flowing handwritten-looking signature, as vector strokes in 0..1."""
    rng = random.Random(seed)
    strokes = []
    x = 0.08
    for _word in range(2):
        points = []
        amplitude = 0.18 + rng.random() * 0.1
        for i in range(40):
            t = i / 39
            px = x + t * 0.38
            py = 0.5 + amplitude * math.sin(t * math.pi * (5 + rng.random())) * (1 - 0.5 * t)
            points.append([round(px, 4), round(py, 4)])
        strokes.append(points)
        x += 0.44
    strokes.append([[0.1, 0.82], [0.9, 0.78]])
    return strokes


def _local(starts_at: str) -> datetime:
    return datetime.fromisoformat(starts_at).replace(tzinfo=CENTRE_TIME)


def _score(ctx: AppContext, sid: str, cand: str, modality: str, juror: str, clock: FakeClock) -> None:
    key = grids.GridKey(sid, cand, modality, juror)
    view = grids.grid_view(ctx, key)
    index = 0
    for comp in view.competences:
        for crit in comp.criteria:
            mark = Mark.SATISFIED
            if (modality, index) in NOT_SATISFIED.get((cand, juror), set()):
                mark = Mark.NOT_SATISFIED
            elif (modality, index) in NOT_OBSERVED.get((cand, juror), set()):
                mark = Mark.NOT_OBSERVED
            view = grids.set_mark(ctx, key, crit.id, mark, clock)
            index += 1
    for i, comp in enumerate(view.competences):
        cid = comp.key
        judgement = comp.suggested or Judgement.ACQUIRED
        grids.set_judgement(ctx, key, cid, judgement, clock)
        text = OBSERVATIONS[(i + len(cand)) % len(OBSERVATIONS)] if judgement is Judgement.ACQUIRED else WEAK
        grids.set_observation(ctx, key, cid, text, clock)


def _run_modality(ctx: AppContext, sid: str, cand: str, modality: str, clock: FakeClock, rng: random.Random) -> None:
    key = grids.GridKey(sid, cand, modality, "J1")  # the president runs the timer
    view = exam.run_view(ctx, key.run, clock)
    if view.modality.scenario_drawn_by_lot:
        exam.draw_scenario(ctx, key, clock, witness="Nathalie Berthier", rng=rng)
    exam.start_modality(ctx, key, clock)
    for i, phase in enumerate(view.plan):
        if i == 0 and (cand, modality) in PAUSES:
            clock.advance(phase.duration_s / 2)
            exam.pause_modality(ctx, key, clock, PAUSES[(cand, modality)])
            clock.advance(5 * 60)
            exam.resume_modality(ctx, key, clock)
            clock.advance(phase.duration_s / 2)
        else:
            clock.advance(phase.duration_s + rng.randint(-60, 45))
        if i < len(view.plan) - 1:
            exam.next_phase(ctx, key, clock)
    exam.finish_modality(ctx, key, clock)
    grids.add_note(
        ctx, key, "Échange fluide, le candidat s'appuie sur des exemples concrets.", view.plan[-1].title, clock
    )


REFUSAL_REASON = "Compétences de l'activité type 3 insuffisamment démontrées lors du questionnement."
TITLE_REFUSAL_REASON = "Un CCP n'est pas acquis ; le candidat conserve les CCP acquis."


def _deliberate(ctx: AppContext, sid: str, cand: str, clock: FakeClock) -> int:
    """The jury sits on the candidate, adopts the jurors' concordant proposals, then refuses, with
    its reason, what they do not support; an absent candidate's deliberation is closed with no decision."""
    state = jury_step.jury_step_state(ctx, sid, cand)  # the jury sits: who is there, opened by J1
    present = [j.ref for j in state.jurors]
    acting = "J1" if "J1" in present else present[0]
    jury_step.open_jury_step(ctx, sid, cand, acting, present, clock, early=not state.all_finished)
    view = deliberation.deliberation_view(ctx, sid, cand)
    if view.absent:
        deliberation_close.close_deliberation(ctx, sid, cand, acting, clock)
        return 0
    adopted = deliberation.adopt_proposals(ctx, sid, cand, acting, clock)
    decisions = len(adopted.granted)
    view = adopted.view
    disagreements = [c for c in view.common if c.decided is None]
    for c in disagreements:  # the jurors differ: the jury sides with one of them, which needs no reason
        deliberation.set_common_judgement(ctx, sid, cand, c.competence.id, Judgement.ACQUIRED, acting, clock)
    if disagreements:
        again = deliberation.adopt_proposals(ctx, sid, cand, acting, clock)
        decisions += len(again.granted)
        view = again.view
    for unit in view.units:
        if unit.granted is None:
            view = deliberation.decide(ctx, sid, cand, unit.target, False, REFUSAL_REASON, acting, clock)
            decisions += 1
    if view.title is not None and view.title.granted is None:
        deliberation.decide(ctx, sid, cand, deliberation.TITLE, False, TITLE_REFUSAL_REASON, acting, clock)
        decisions += 1
    deliberation_close.close_deliberation(ctx, sid, cand, acting, clock)
    return decisions


def _complete(ctx: AppContext, session: DemoSession, rng: random.Random) -> int:
    """One session run, scored and deliberated; the number of decisions taken."""
    sid = session.id
    doc = session_document(ctx, sid)
    start = _local(f"{doc.dates[0]}T08:00")
    clock = FakeClock(start)
    jury = [j.id for j in doc.jury]
    for i, juror in enumerate(jury):
        save_handwritten_signature(ctx, sid, juror, _signature_strokes(i + 1), clock)
    absent = {c.id for c in session.candidates if c.absent}
    slots = sorted(doc.schedule, key=lambda e: (e.start, e.candidate_id))
    for cand in doc.candidates:
        for juror in jury:
            jurors.declare(ctx, sid, cand.id, juror, has_link=False)
    for slot in slots:
        when = _local(slot.start)
        if when > clock.now():
            clock.set(when)
        if slot.candidate_id in absent:
            exam.mark_absent(ctx, sid, slot.candidate_id, "J1", clock, "aucune nouvelle le matin, absence non excusée")
            continue
        _run_modality(ctx, sid, slot.candidate_id, slot.modality_id, clock, rng)
        for juror in jury:
            _score(ctx, sid, slot.candidate_id, slot.modality_id, juror, clock)
    clock.advance(30 * 60)
    return sum(_deliberate(ctx, sid, c.id, clock) for c in doc.candidates)


def complete_demo(ctx: AppContext, code: str = TP_CODE, *, sessions: Sequence[DemoSession] = SESSIONS) -> DemoSummary:
    """The demo of the certification `code` (the TP CIP's by default: its three sessions unless told)
    imported and, unless the jury already worked on it, completed: scored and deliberated through the
    real actions."""
    if code.split("@")[0].casefold() != TP_CODE.casefold():
        return _complete_rncp(ctx, code)
    sid = open_demo_session(ctx, sessions)
    doc = session_document(ctx, sid)
    if jurors.declarations(ctx, sid):  # the jury has already worked on it: left as it is
        return DemoSummary(sid, False, len(doc.candidates), 0)
    rng = random.Random(20261207)
    decisions = sum(_complete(ctx, session, rng) for session in sessions)
    return DemoSummary(sid, True, sum(len(s.candidates) for s in sessions), decisions)


def _complete_rncp(ctx: AppContext, code: str) -> DemoSummary:
    from jury_app.demo import rncp
    from jury_app.demo.rncp_content import RNCP_DEMOS

    demo_package(code)  # refuses a certification without a demo, in French
    demo = next(d for key, d in RNCP_DEMOS.items() if key.casefold() == code.split("@")[0].casefold())
    package = demo_package_path(ctx.paths).with_name(f"{demo.session_id}.zip")
    sid = rncp.open_session(ctx, demo, package)
    if jurors.declarations(ctx, sid):  # the jury has already worked on it: left as it is
        return DemoSummary(sid, False, len(demo.candidates), 0)
    return DemoSummary(sid, True, len(demo.candidates), rncp.complete_session(ctx, demo))
