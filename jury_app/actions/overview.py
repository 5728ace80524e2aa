"""The day at a glance: candidates against modalities, and the closing check before leaving."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from jury_app.actions.context import AppContext
from jury_app.data import models as db
from jury_app.data.deliberation_list import candidate_states
from jury_app.data.grid_status import grid_summaries
from jury_app.data.runs import run_events, run_speed
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.codes import SessionKind
from jury_app.domain.deliberation import CandidateState
from jury_app.domain.messages import Told, msg
from jury_app.domain.referentiel import Modality, SessionDefinition
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.rules import check_jury, modalities_for_candidate
from jury_app.domain.timer import PlannedPhase, TimerEvent, UnsetDuration, plan_phases


@dataclass(frozen=True)
class RunningTimer:
    """A modality under way, for a screen to count its time down from the clock (nothing ticks here)."""

    candidate_ref: str
    candidate_name: str
    modality_id: str
    modality_title: str
    plan: tuple[PlannedPhase, ...]
    events: tuple[TimerEvent, ...]
    speed: float


@dataclass(frozen=True)
class Cell:
    modality_id: str
    status: Status
    scheduled: str  # local start time from the package, "" when not scheduled
    grids_complete: dict[str, bool]  # juror ref -> complete and saved
    timer: RunningTimer | None = None  # the timer of a modality under way


@dataclass(frozen=True)
class CandidateRow:
    ref: str
    name: str
    path: str
    extra_time_percent: int
    cells: tuple[Cell, ...]
    recused: tuple[str, ...]  # juror refs
    states: frozenset[CandidateState] = frozenset()
    """What the screen's filter tells apart: to deliberate or closed, with disagreements, absent."""


@dataclass(frozen=True)
class Overview:
    session_id: str
    title: str
    mock: bool
    certification: str
    dates: tuple[str, ...]
    centre: str
    modalities: tuple[Modality, ...]
    jurors: tuple[tuple[str, str], ...]  # (ref, name)
    rows: tuple[CandidateRow, ...]
    jury_problems: tuple[str, ...]
    next_up: tuple[str, str, str] | None  # (start, candidate name, modality title)
    remaining: int  # modality runs still to do or in progress
    done: int
    timer_speed: float = 1.0  # in force for the next timers of a mock session


def _document_status(grids: list[bool | None]) -> Status:
    """A document has no timer: it is studied once every juror's grid is complete, in progress once begun."""
    if grids and all(grids):
        return Status.DONE
    return Status.IN_PROGRESS if any(g is not None for g in grids) else Status.TODO


def _running(orm: Orm, s: db.Session, sdef: SessionDefinition) -> dict[tuple[str, str], RunningTimer]:
    """(candidate, modality) -> the timer of each timed modality under way in the session."""
    found: dict[tuple[str, str], RunningTimer] = {}
    candidates = {c.ref: c for c in s.candidates}
    for run in orm.scalars(
        select(db.ModalityRun).where(
            db.ModalityRun.session_id == s.id, db.ModalityRun.status == Status.IN_PROGRESS.value
        )
    ):
        cand = candidates.get(run.candidate_ref)
        try:
            modality = sdef.modality(run.modality_id)
            plan = plan_phases(modality, cand.extra_time_percent if cand else 0, s.durations)
        except (KeyError, ValueError, UnsetDuration):  # no countdown to show
            continue
        found[(run.candidate_ref, run.modality_id)] = RunningTimer(
            run.candidate_ref,
            cand.display_name if cand else run.candidate_ref,
            modality.id,
            modality.title,
            plan,
            tuple(run_events(run)),
            run_speed(s, run),
        )
    return found


def running_timers(ctx: AppContext, session_id: str) -> list[RunningTimer]:
    """Every timed modality under way in the session: what sounds its warnings wherever the juror is."""
    with ctx.database.reader() as orm:
        s = session_row(orm, session_id)
        _ref, sdef = definition_of(orm, s)
        return list(_running(orm, s, sdef).values())


def overview(ctx: AppContext, session_id: str) -> Overview:
    with ctx.database.reader() as orm:
        s = session_row(orm, session_id)
        ref, sdef = definition_of(orm, s)
        runs = {
            (r.candidate_ref, r.modality_id): Status(r.status)
            for r in orm.scalars(select(db.ModalityRun).where(db.ModalityRun.session_id == session_id))
        }
        timers = _running(orm, s, sdef)
        recusals: dict[str, list[str]] = {}
        for d in orm.scalars(
            select(db.Declaration).where(db.Declaration.session_id == session_id, db.Declaration.has_link.is_(True))
        ):
            recusals.setdefault(d.candidate_ref, []).append(d.juror_ref)
        schedule = {(e.candidate_ref, e.modality_id): e.starts_at for e in s.schedule}
        grids = {where: g.complete for where, g in grid_summaries(orm, session_id, ref, sdef).items()}
        states = candidate_states(orm, session_id, [c.ref for c in s.candidates])
        jurors = tuple((j.ref, j.display_name) for j in s.jury)
        rows = []
        remaining = done = 0
        upcoming: list[tuple[str, str, str]] = []
        judging = [j for j, _ in jurors]
        for c in s.candidates:
            try:
                applicable = set(modalities_for_candidate(sdef, c.path, ref))
            except ValueError:  # a path the référentiel does not define: nothing applies
                applicable = set()
            recused = set(recusals.get(c.ref, []))
            cells = []
            for m in sdef.modalities:
                status = runs.get((c.ref, m.id), Status.TODO) if m.id in applicable else Status.NOT_APPLICABLE
                if m.assessment == "document" and status is Status.TODO:
                    status = _document_status([grids.get((c.ref, m.id, j)) for j in judging if j not in recused])
                if status in (Status.TODO, Status.IN_PROGRESS):
                    remaining += 1
                    if status is Status.TODO and (c.ref, m.id) in schedule:
                        upcoming.append((schedule[(c.ref, m.id)], c.display_name, m.title))
                elif status is Status.DONE:
                    done += 1
                cells.append(
                    Cell(
                        modality_id=m.id,
                        status=status,
                        scheduled=schedule.get((c.ref, m.id), ""),
                        grids_complete={j: grids.get((c.ref, m.id, j), False) for j, _ in jurors},
                        timer=timers.get((c.ref, m.id)) if status is Status.IN_PROGRESS else None,
                    )
                )
            rows.append(
                CandidateRow(
                    c.ref,
                    c.display_name,
                    c.path,
                    c.extra_time_percent,
                    tuple(cells),
                    tuple(recusals.get(c.ref, [])),
                    states[c.ref],
                )
            )
        return Overview(
            session_id=s.id,
            title=s.title,
            mock=s.kind == SessionKind.MOCK,
            certification=f"{ref.title} ({ref.code})",
            dates=tuple(s.dates),
            centre=s.centre_name,
            modalities=sdef.modalities,
            jurors=jurors,
            rows=tuple(rows),
            jury_problems=tuple(
                check_jury(len(s.jury), sdef, mock=s.kind == SessionKind.MOCK, profiles=[j.profile for j in s.jury])
            ),
            next_up=min(upcoming) if upcoming else None,
            remaining=remaining,
            done=done,
            timer_speed=s.timer_speed if s.kind == "mock" else 1.0,
        )


@dataclass(frozen=True)
class ClosingIssue:
    candidate: str
    juror: str  # "" when it concerns the whole jury
    message: str
    candidate_ref: str = ""  # "" when it concerns the whole jury


def closing_check(ctx: AppContext, session_id: str) -> list[ClosingIssue]:
    """Everything still missing, per candidate and per juror, before the jury leaves, and every
    deliberation not closed yet."""
    return closing_issues(overview(ctx, session_id))


def closing_issues(view: Overview) -> list[ClosingIssue]:
    """What `closing_check` lists, from an overview already read (the screen filters its candidates)."""
    issues: list[ClosingIssue] = []
    titles = {m.id: m.title for m in view.modalities}
    on_document = {m.id for m in view.modalities if m.assessment == "document"}
    issues += [ClosingIssue("", "", problem) for problem in view.jury_problems]
    for row in view.rows:
        for cell in row.cells:
            title = titles[cell.modality_id]
            if cell.status in (Status.NOT_APPLICABLE, Status.ABSENT, Status.ABANDONED):
                continue
            if cell.status is Status.TODO and cell.modality_id not in on_document:
                issues.append(ClosingIssue(row.name, "", Told(msg("{0} : modalité non passée", title)), row.ref))
                continue
            if cell.status is Status.IN_PROGRESS and cell.modality_id not in on_document:
                issues.append(ClosingIssue(row.name, "", Told(msg("{0} : chronomètre non terminé", title)), row.ref))
            for juror_ref, juror_name in view.jurors:
                if juror_ref in row.recused:
                    continue
                if not cell.grids_complete.get(juror_ref, False):
                    issues.append(
                        ClosingIssue(
                            row.name,
                            juror_name,
                            Told(msg("{0} : grille incomplète (critère non noté ou appréciation manquante)", title)),
                            row.ref,
                        )
                    )
    # Complete only once every deliberation is closed: each open one is listed.
    issues += [
        ClosingIssue(row.name, "", Told(msg("Délibération non close")), row.ref)
        for row in view.rows
        if CandidateState.CLOSED not in row.states
    ]
    return issues
