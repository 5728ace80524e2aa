"""Blind marking and the jury's step, as stored.

Each juror marks alone: until every juror not recused has finished the candidate's modalities
(each grid complete, each timed modality over), a juror's deliberation view shows no other juror's
marks, judgements or observations. The president may open the deliberation earlier, with a
confirmation that is logged. The jury's common judgements and decisions are then set in a step
(`JuryStep`) that records who was present; closing the deliberation ends it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db
from jury_app.data.deliberation_view import CriterionRow, DeliberationView, candidate_of
from jury_app.data.grid_status import grid_summaries
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.codes import JurorRole, SessionKind
from jury_app.domain.deliberation import CommonJudgementProposal
from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.rules import candidate_scope


@dataclass(frozen=True)
class JurorProgress:
    ref: str
    name: str
    done: int  # the candidate's modalities this juror has finished
    total: int

    @property
    def finished(self) -> bool:
        return self.done >= self.total


@dataclass(frozen=True)
class StepView:
    opened_at: datetime
    opened_by: str
    present: tuple[str, ...]
    early: bool


@dataclass(frozen=True)
class BlindState:
    """Where a candidate's deliberation stands: who has finished, whether marks can be seen, the step."""

    jurors: tuple[JurorProgress, ...]  # the jurors not recused
    president: str | None  # the president, unless recused
    step: StepView | None  # the jury's step under way
    opened_before: bool  # a step was opened for this candidate (and perhaps closed since)
    min_present: int  # jurors the référentiel requires at the jury's step (1 in a mock session)

    @property
    def all_finished(self) -> bool:
        return all(j.finished for j in self.jurors)

    @property
    def lifted(self) -> bool:
        """Every juror's entries may be seen: all have finished, or the jury has sat (or sits) together."""
        return self.all_finished or self.opened_before


def open_step_row(orm: Orm, sid: str, cand: str) -> db.JuryStep | None:
    """The jury's step under way for the candidate (None when none is open)."""
    return orm.scalar(
        select(db.JuryStep)
        .where(db.JuryStep.session_id == sid, db.JuryStep.candidate_ref == cand, db.JuryStep.closed_at.is_(None))
        .order_by(db.JuryStep.pk.desc())
        .limit(1)
    )


def blind_state(orm: Orm, sid: str, cand: str) -> BlindState:
    """Who has finished the candidate's modalities, and the jury's step under way."""
    s = session_row(orm, sid)
    ref, sdef = definition_of(orm, s)
    candidate = candidate_of(orm, s, cand)
    if candidate is None:
        raise InvalidInput.one("délibération", msg("candidat inconnu : « {0} »", cand))
    recused = set(
        orm.scalars(
            select(db.Declaration.juror_ref).where(
                db.Declaration.session_id == sid,
                db.Declaration.candidate_ref == cand,
                db.Declaration.has_link.is_(True),
            )
        )
    )
    try:
        scope = candidate_scope(ref, sdef, candidate.path, candidate.units_sought, candidate.units_held)
    except ValueError as exc:
        raise InvalidInput.one("délibération", str(exc)) from None
    runs = {
        r.modality_id: Status(r.status)
        for r in orm.scalars(
            select(db.ModalityRun).where(db.ModalityRun.session_id == sid, db.ModalityRun.candidate_ref == cand)
        )
    }
    grids = grid_summaries(orm, sid, ref, sdef, candidate_ref=cand)
    progress = []
    for juror in s.jury:
        if juror.ref in recused:
            continue
        done = 0
        for modality in scope.modalities:
            status = runs.get(modality.id, Status.TODO)
            if status in (Status.ABSENT, Status.ABANDONED):
                done += 1
                continue
            if modality.assessment != "document" and status is not Status.DONE:
                continue
            grid = grids.get((cand, modality.id, juror.ref))
            if grid is not None and grid.complete:
                done += 1
        progress.append(JurorProgress(juror.ref, juror.display_name, done, len(scope.modalities)))
    president = next((j.ref for j in s.jury if j.role == JurorRole.PRESIDENT and j.ref not in recused), None)
    row = open_step_row(orm, sid, cand)
    step = None if row is None else StepView(row.opened_at, row.opened_by, tuple(row.present), row.early)
    opened_before = (
        row is not None
        or orm.scalar(
            select(db.JuryStep.pk).where(db.JuryStep.session_id == sid, db.JuryStep.candidate_ref == cand).limit(1)
        )
        is not None
    )
    # The référentiel's minimum, or every juror left when recusals leave fewer (the PV tells them).
    min_present = 1 if s.kind == SessionKind.MOCK else max(1, min(sdef.jury.min_members, len(progress)))
    return BlindState(tuple(progress), president, step, opened_before, min_present)


def masked(view: DeliberationView, viewer: str) -> DeliberationView:
    """The deliberation as `viewer` may see it before the jury sits: their own marks, judgements and
    observations only; no disagreement shown and no proposal drawn from the others' judgements."""
    others = tuple(j for j, _ in view.jurors if j != viewer)

    def marks(row: CriterionRow) -> CriterionRow:
        return CriterionRow(row.criterion, {j: m if j == viewer else None for j, m in row.marks.items()}, False)

    blocks = tuple(
        replace(
            b,
            criteria=tuple(marks(r) for r in b.criteria),
            judgements={j: v if j == viewer else None for j, v in b.judgements.items()},
            observations={j: v if j == viewer else "" for j, v in b.observations.items()},
            disagreement=False,
        )
        for b in view.blocks
    )
    common = tuple(replace(c, proposal=CommonJudgementProposal(None, False, 0)) for c in view.common)
    return replace(view, blocks=blocks, common=common, hidden_jurors=others)


def require_step(orm: Orm, sid: str, cand: str, juror_ref: str) -> db.JuryStep:
    """The jury's step under way, with `juror_ref` among those present; refused otherwise."""
    row = open_step_row(orm, sid, cand)
    if row is None:
        raise InvalidInput.one(
            "délibération",
            msg(
                "les jugements communs et les décisions se prennent en séance du jury : ouvrez d'abord la "
                "séance de ce candidat en indiquant les jurés présents"
            ),
        )
    if juror_ref not in row.present:
        raise InvalidInput.one(
            "délibération", msg("vous n'êtes pas noté(e) présent(e) à la séance du jury de ce candidat")
        )
    return row


def close_step(orm: Orm, sid: str, cand: str, at: datetime) -> None:
    """The deliberation is closed: so is the jury's step."""
    row = open_step_row(orm, sid, cand)
    if row is not None:
        row.closed_at = at
