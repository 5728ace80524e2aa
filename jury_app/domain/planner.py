"""Proposing a session's passages: every candidate heard by one panel, on one day.

A candidate's passages come in blocks: a modality that must follow another is held the moment it
ends (the entretien technique's written synthesis is about the mise en situation just held), so the
two make one block; an interview on the whole certification (the entretien final) comes last; the
other blocks may come in any order (RE: the questionnement "avant ou après"). Only the parts where
the jury sits occupy the panel, so one candidate prepares while the panel hears another.

Candidates are taken in the list's order; each joins the first day and panel (least loaded first)
whose day can still hold all its passages. Holding them is a small search: orders of the panel's
blocks are tried (a fixed sequence of tries, so the same input always gives the same plan), each
block placed at its earliest possible start. A candidate no day can hold is left out, and the jury
load is told (`schedule.load_problem`).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from jury_app.domain.messages import Told, msg
from jury_app.domain.referentiel import Modality
from jury_app.domain.schedule import (
    STEP_MIN,
    DayWindow,
    Learner,
    Passage,
    Plan,
    ScheduleProblem,
    ScheduleSetup,
    Segment,
    Timing,
    at,
    load_problem,
    minutes_of,
    overlaps,
    timed_modalities,
    timing,
)

TRIES = 400
"""Orders tried before a panel's day is declared full."""


@dataclass(frozen=True)
class _Block:
    """Passages held back to back: their modalities, each one's timing, and the whole."""

    modalities: tuple[Modality, ...]
    timings: tuple[Timing, ...]
    whole: Timing
    last: bool
    """An interview on the whole certification: after the candidate's other blocks."""
    after: frozenset[int] = frozenset()
    """Indexes of the candidate's blocks that must come before."""


@dataclass
class _Bucket:
    """One panel on one day: the candidates it hears and, once found, the order that holds them."""

    day: DayWindow
    panel_index: int
    learners: list[tuple[Learner, tuple[_Block, ...]]] = field(default_factory=list)
    order: list[tuple[int, int]] = field(default_factory=list)
    starts: dict[tuple[int, int], int] = field(default_factory=dict)
    jury_minutes: int = 0


def _up(minutes: int) -> int:
    return -(-minutes // STEP_MIN) * STEP_MIN


def _joined(timings: Sequence[Timing]) -> Timing:
    segments: list[Segment] = []
    offset = 0
    for t in timings:
        for s in t.segments:
            if (
                segments
                and segments[-1].jury == s.jury
                and segments[-1].offset + segments[-1].minutes == offset + s.offset
            ):
                last = segments.pop()
                segments.append(Segment(last.offset, last.minutes + s.minutes, s.jury))
            else:
                segments.append(Segment(offset + s.offset, s.minutes, s.jury))
        offset += t.minutes
    return Timing("+".join(t.modality_id for t in timings), offset, tuple(segments))


def blocks(modalities: Sequence[Modality], timings: Sequence[Timing]) -> tuple[_Block, ...]:
    """The candidate's passages grouped into blocks held back to back, with their order rules."""
    groups: list[list[int]] = []
    for i, m in enumerate(modalities):
        if groups and modalities[groups[-1][-1]].id in m.after:
            groups[-1].append(i)
        else:
            groups.append([i])
    where = {modalities[i].id: g for g, members in enumerate(groups) for i in members}
    out = []
    for g, members in enumerate(groups):
        mods = tuple(modalities[i] for i in members)
        deps = {where[d] for m in mods for d in m.after if d in where and where[d] != g}
        tms = tuple(timings[i] for i in members)
        out.append(_Block(mods, tms, _joined(tms), any(m.evaluates_whole_certification for m in mods), frozenset(deps)))
    return tuple(out)


def _fits(u: int, t: Timing, day: DayWindow, taken: Sequence[tuple[int, int]]) -> bool:
    if u < minutes_of(day.start) or u + t.minutes > minutes_of(day.end):
        return False
    if any(overlaps((u, u + t.minutes), (minutes_of(s), minutes_of(e))) for s, e in day.breaks):
        return False
    return not any(overlaps((u + s.offset, u + s.offset + s.minutes), b) for s in t.segments if s.jury for b in taken)


def _earliest(t: Timing, not_before: int, day: DayWindow, taken: Sequence[tuple[int, int]]) -> int | None:
    """The earliest start from `not_before`, on the five minutes, where `t` fits; None if none.

    The earliest start is `not_before`, the end of a break, or the moment a stretch of presence of
    `t` would begin right as the panel is freed: only those are tried.
    """
    points = {not_before} | {minutes_of(e) for _, e in day.breaks}
    points |= {end - s.offset for _, end in taken for s in t.segments if s.jury}
    for u in sorted({_up(p) for p in points if p >= not_before}):
        if _fits(u, t, day, taken):
            return u
    return None


def _ready(blocks_: Sequence[_Block], done: set[int]) -> list[int]:
    left = [i for i in range(len(blocks_)) if i not in done]
    others_left = any(not blocks_[i].last for i in left)
    return [i for i in left if blocks_[i].after <= done and not (blocks_[i].last and others_left)]


def _place(bucket: _Bucket, order: Sequence[tuple[int, int]]) -> dict[tuple[int, int], int] | None:
    """Each block at its earliest start, in `order`; None when one does not fit in the day."""
    taken: list[tuple[int, int]] = []
    free_at = [minutes_of(bucket.day.start)] * len(bucket.learners)
    starts: dict[tuple[int, int], int] = {}
    for li, bi in order:
        block = bucket.learners[li][1][bi]
        u = _earliest(block.whole, free_at[li], bucket.day, taken)
        if u is None:
            return None
        starts[(li, bi)] = u
        taken += [(u + s.offset, u + s.offset + s.minutes) for s in block.whole.segments if s.jury]
        free_at[li] = u + block.whole.minutes
    return starts


def _orders(bucket: _Bucket, rng: random.Random) -> list[list[tuple[int, int]]]:
    """Orders to try: the one that held the panel so far with the newcomer's blocks at the end,
    then the newcomer's blocks first, then random orders (each candidate's own rules kept)."""
    new = len(bucket.learners) - 1
    own = [(new, bi) for bi in _sequence(bucket.learners[new][1])]
    tries = [bucket.order + own, own + bucket.order]
    for _ in range(TRIES):
        done: list[set[int]] = [set() for _ in bucket.learners]
        order: list[tuple[int, int]] = []
        while True:
            ready = [(li, bi) for li, (_, bl) in enumerate(bucket.learners) for bi in _ready(bl, done[li])]
            if not ready:
                break
            li, bi = rng.choice(ready)
            done[li].add(bi)
            order.append((li, bi))
        tries.append(order)
    return tries


def _sequence(blocks_: Sequence[_Block]) -> list[int]:
    """The candidate's blocks in the référentiel's order, as far as their rules allow."""
    done: set[int] = set()
    order = []
    while len(done) < len(blocks_):
        bi = _ready(blocks_, done)[0]
        done.add(bi)
        order.append(bi)
    return order


def _admit(bucket: _Bucket, learner: Learner, blocks_: tuple[_Block, ...], jury_minutes: int) -> bool:
    """Add `learner` to the panel's day if an order holds everyone; the bucket is unchanged if not."""
    if bucket.jury_minutes + jury_minutes > bucket.day.open_minutes:
        return False
    bucket.learners.append((learner, blocks_))
    new = len(bucket.learners) - 1
    rng = random.Random(f"{bucket.day.day.isoformat()}/{bucket.panel_index}/{new}")
    for order in _orders(bucket, rng):
        starts = _place(bucket, order)
        if starts is not None:
            bucket.order, bucket.starts = order, starts
            bucket.jury_minutes += jury_minutes
            return True
    bucket.learners.pop()
    return False


def propose(setup: ScheduleSetup) -> Plan:
    """A plan for every candidate, with what could not be planned told in French."""
    buckets = [_Bucket(day, pi) for day in setup.days for pi in range(len(setup.panels))]
    draws_per_day: dict[int, int] = {}
    problems: list[ScheduleProblem] = []
    left_out: list[Learner] = []
    for learner in setup.candidates:
        modalities = timed_modalities(setup, learner)
        timings = [timing(m, setup.durations, learner.extra_time_percent) for m in modalities]
        unset = [m.title for m, t in zip(modalities, timings, strict=True) if t is None]
        if unset:
            problems.append(
                ScheduleProblem(Told(msg("{0} : durée à définir pour {1}", learner.name, ", ".join(unset))), learner.id)
            )
            continue
        if not modalities:
            continue
        known = [t for t in timings if t is not None]
        blocks_ = blocks(modalities, known)
        draws = any(m.scenario_drawn_by_lot for m in modalities)
        jury = sum(t.jury_minutes for t in known)
        placed = False
        for di, _day in enumerate(setup.days):
            if draws and setup.cards and draws_per_day.get(di, 0) >= setup.cards:
                continue
            day_buckets = buckets[di * len(setup.panels) : (di + 1) * len(setup.panels)]
            for bucket in sorted(day_buckets, key=lambda b: (b.jury_minutes, b.panel_index)):
                if _admit(bucket, learner, blocks_, jury):
                    draws_per_day[di] = draws_per_day.get(di, 0) + draws
                    placed = True
                    break
            if placed:
                break
        if not placed:
            left_out.append(learner)
    if left_out:
        problems.append(load_problem(setup, left_out))
    passages = [p for b in buckets for p in _passages(setup, b)]
    passages.sort(key=lambda p: (p.start, p.room, p.candidate_id))
    return Plan(tuple(passages), tuple(problems))


def _passages(setup: ScheduleSetup, bucket: _Bucket) -> list[Passage]:
    panel = setup.panels[bucket.panel_index]
    out = []
    for (li, bi), u in bucket.starts.items():
        learner, blocks_ = bucket.learners[li]
        offset = u
        for m, t in zip(blocks_[bi].modalities, blocks_[bi].timings, strict=True):
            out.append(
                Passage(
                    learner.id,
                    m.id,
                    at(bucket.day.day, offset),
                    at(bucket.day.day, offset + t.minutes),
                    panel.room,
                    panel.juror_ids,
                )
            )
            offset += t.minutes
    return out
