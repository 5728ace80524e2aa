"""Planning a session's passages, and checking a plan the session lead has moved by hand.

Pure and Qt-free. A passage is one candidate taking one timed modality, from `start` to `end`, in a
room, before a panel of jurors. Its length comes from the référentiel and the durations the session
sets (`domain.durations`), each phase lengthened by the candidate's extra time and rounded up to the
minute. Only the phases where the jury is present occupy the jurors and the room: while a candidate
prepares alone (the 15 minutes before the mise en situation, the written synthesis of the entretien
technique) the jury can hear another candidate, elsewhere.

What is checked, each told in French with what it concerns: a juror, a room or a candidate in two
places at once; a modality before one it must follow (`Modality.after`); a passage outside its
day's hours or over a break; a day with more mises en situation than scenario cards (each card is
drawn once a day); a modality not planned, or planned twice; a jury smaller than the référentiel
asks; and a jury load the days cannot hold (RE: 2 h 20 of jury presence per title candidate).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from jury_app.domain.durations import effective_durations
from jury_app.domain.messages import Message, Told, msg
from jury_app.domain.referentiel import JuryPresence, Modality, Referentiel, SessionDefinition
from jury_app.domain.rules import modalities_for_candidate

STEP_MIN = 5
"""Passages start on a multiple of five minutes."""


@dataclass(frozen=True)
class DayWindow:
    """A session day's hours and breaks (local wall time)."""

    day: dt.date
    start: dt.time
    end: dt.time
    breaks: tuple[tuple[dt.time, dt.time], ...] = ()

    @property
    def open_minutes(self) -> int:
        return (
            minutes_of(self.end) - minutes_of(self.start) - sum(minutes_of(e) - minutes_of(s) for s, e in self.breaks)
        )


@dataclass(frozen=True)
class Learner:
    """A candidate, as the planner needs them."""

    id: str
    name: str
    path: str
    extra_time_percent: int = 0
    units_sought: tuple[str, ...] = ()
    units_held: tuple[str, ...] = ()


@dataclass(frozen=True)
class Panel:
    """Jurors who hear candidates together, in one room."""

    number: int
    juror_ids: tuple[str, ...]
    room: str


@dataclass(frozen=True)
class Segment:
    offset: int
    minutes: int
    jury: bool
    """Whether the jury is present (and the room taken) during this part of the passage."""


@dataclass(frozen=True)
class Timing:
    modality_id: str
    minutes: int
    segments: tuple[Segment, ...]

    @property
    def jury_minutes(self) -> int:
        return sum(s.minutes for s in self.segments if s.jury)


@dataclass(frozen=True)
class Passage:
    candidate_id: str
    modality_id: str
    start: dt.datetime
    end: dt.datetime
    room: str = ""
    juror_ids: tuple[str, ...] = ()
    """Empty: the whole jury."""


@dataclass(frozen=True)
class ScheduleProblem:
    message: str
    candidate_id: str | None = None
    modality_id: str | None = None


@dataclass(frozen=True)
class ScheduleSetup:
    """Everything a plan depends on."""

    referentiel: Referentiel
    definition: SessionDefinition
    durations: Mapping[str, int]
    candidates: tuple[Learner, ...]
    panels: tuple[Panel, ...]
    days: tuple[DayWindow, ...]
    cards: int
    mock: bool = False
    juror_names: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Plan:
    passages: tuple[Passage, ...]
    problems: tuple[ScheduleProblem, ...]


# --- time ------------------------------------------------------------------------------------
def minutes_of(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def at(day: dt.date, minutes: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60))


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def hours_text(minutes: int) -> str:
    """« 2 h 20 », « 28 h », « 45 min »."""
    if minutes < 60:
        return f"{minutes} min"
    h, m = divmod(minutes, 60)
    return f"{h} h {m:02d}" if m else f"{h} h"


def _when(p: Passage) -> Message:
    day = f"{p.start:%d/%m}"  # a variable: lupdate would take a literal second argument for a comment
    return msg("le {0} de {1} à {2}", day, f"{p.start:%H:%M}", f"{p.end:%H:%M}")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# --- durations -------------------------------------------------------------------------------
def _stretched(minutes: int, extra_percent: int) -> int:
    return math.ceil(minutes * (100 + extra_percent) / 100)


def timing(modality: Modality, durations: Mapping[str, int], extra_time_percent: int = 0) -> Timing | None:
    """The passage's length and the parts where the jury sits; None while its duration is to be set.

    Phases of known length are lengthened by the extra time, each rounded up to the minute. Phases
    the session has not timed inside a modality whose length is known (the TP CIP entretien
    technique's presentation and questions) are planned together as the rest of the modality: the
    jury is counted present for that rest unless all of those phases say it is not required.
    """
    eff = effective_durations(modality, durations)
    if not eff.timed or eff.total is None:
        return None
    parts: list[tuple[int, bool]] = []
    open_minutes = eff.total - sum(p.minutes for p in eff.phases if p.minutes is not None)
    open_jury = any(p.jury_presence is JuryPresence.REQUIRED for p in eff.phases if p.minutes is None)
    open_done = False
    for p in eff.phases:
        if p.minutes is not None:
            parts.append((p.minutes, p.jury_presence is JuryPresence.REQUIRED))
        elif not open_done and open_minutes > 0:
            parts.append((open_minutes, open_jury))
            open_done = True
    segments: list[Segment] = []
    offset = 0
    for minutes, jury in parts:
        length = _stretched(minutes, extra_time_percent)
        if segments and segments[-1].jury == jury:  # one stretch of presence, not two touching ones
            last = segments.pop()
            segments.append(Segment(last.offset, last.minutes + length, jury))
        else:
            segments.append(Segment(offset, length, jury))
        offset += length
    return Timing(modality.id, offset, tuple(segments))


def ordered(modalities: Iterable[Modality]) -> tuple[Modality, ...]:
    """The référentiel's order, each modality moved after those it must follow."""
    pending = list(modalities)
    ids = {m.id for m in pending}
    done: list[Modality] = []
    while pending:
        placed = {m.id for m in done}
        ready = next((m for m in pending if all(d in placed or d not in ids for d in m.after)), pending[0])
        pending.remove(ready)
        done.append(ready)
    return tuple(done)


def timed_modalities(setup: ScheduleSetup, learner: Learner) -> tuple[Modality, ...]:
    """The modalities of the session this candidate takes before a jury, in the order they come."""
    try:
        ids = set(modalities_for_candidate(setup.definition, learner.path, setup.referentiel))
    except ValueError:
        return ()
    return ordered(m for m in setup.definition.modalities if m.id in ids and m.assessment == "timed")


def jury_minutes(setup: ScheduleSetup, learner: Learner) -> int:
    found = (timing(m, setup.durations, learner.extra_time_percent) for m in timed_modalities(setup, learner))
    return sum(t.jury_minutes for t in found if t is not None)


# --- panels ----------------------------------------------------------------------------------
def form_panels(
    jurors: Sequence[tuple[str, str | None]], rooms: Sequence[str], definition: SessionDefinition, *, mock: bool
) -> tuple[Panel, ...]:
    """The jury split into panels that can sit at the same time, one room each.

    Each panel has the référentiel's minimum number of members and its required profiles (a
    trainer alone may hear a mock candidate); jurors left over join the panels in turn. As many
    panels as the jurors and the rooms allow, and at least one.
    """
    size = 1 if mock else max(1, definition.jury.min_members)
    count = max(1, min(len(jurors) // size, max(1, len(rooms))))
    panels: list[list[str]] = [[] for _ in range(count)]
    left = list(jurors)
    for profile in definition.jury.profiles:
        holders = [j for j in left if j[1] == profile.id]
        for i in range(count):
            for _ in range(profile.min_count):
                if holders:
                    chosen = holders.pop(0)
                    left.remove(chosen)
                    panels[i].append(chosen[0])
    for k in range(count):  # each panel up to its size, then the rest in turn
        while len(panels[k]) < size and left:
            panels[k].append(left.pop(0)[0])
    k = 0
    while left:
        panels[k % count].append(left.pop(0)[0])
        k += 1
    names = list(rooms) or [""]
    return tuple(Panel(k + 1, tuple(p), names[k % len(names)]) for k, p in enumerate(panels))


def load(setup: ScheduleSetup) -> tuple[int, int]:
    """(minutes of jury presence the candidates need, minutes the days offer all panels together)."""
    needed = sum(jury_minutes(setup, c) for c in setup.candidates)
    offered = sum(d.open_minutes for d in setup.days) * len(setup.panels)
    return needed, offered


def load_problem(setup: ScheduleSetup, left_out: Sequence[Learner]) -> ScheduleProblem:
    needed, offered = load(setup)
    names: Message | str = ", ".join(c.name for c in left_out) or msg("aucun")
    figures = msg(
        "{0} candidat(s) demandent {1} de présence du jury ; "
        "{2} journée(s) avec {3} jury(s) en offrent {4}, pauses déduites",
        len(setup.candidates),
        hours_text(needed),
        len(setup.days),
        len(setup.panels),
        hours_text(offered),
    )
    why: Message | str = (
        ""
        if needed > offered
        else msg(
            " ; le jury attend aussi pendant les temps sans lui (préparation, synthèse écrite), qui ne laissent pas la place"
        )
    )
    size = 1 if setup.mock else max(1, setup.definition.jury.min_members)
    jurors = sum(len(p.juror_ids) for p in setup.panels)
    remedy = (
        msg(
            "Vos {0} jurés peuvent former {1} jurys : indiquez {1} salles, ou ajoutez une journée, ou retirez des candidats.",
            jurors,
            jurors // size,
        )
        if jurors // size > len(setup.panels)
        else msg("Ajoutez une journée, un jury (des jurés et une salle) ou retirez des candidats.")
    )
    return ScheduleProblem(
        Told(msg("Les journées ne suffisent pas : {0}{1}. Non planifié(s) : {2}. {3}", figures, why, names, remedy))
    )


# --- checking a plan -------------------------------------------------------------------------
def check(setup: ScheduleSetup, passages: Sequence[Passage]) -> list[ScheduleProblem]:
    """Everything wrong with `passages` for `setup`, in French; empty when the plan holds."""
    learners = {c.id: c for c in setup.candidates}
    days = {d.day: d for d in setup.days}
    titles = {m.id: m.title for m in setup.definition.modalities}
    problems: list[ScheduleProblem] = []
    spans: list[tuple[Passage, Timing]] = []
    for p in passages:
        learner = learners.get(p.candidate_id)
        if learner is None:
            problems.append(
                ScheduleProblem(Told(msg("Passage d'un candidat inconnu : « {0} »", p.candidate_id)), p.candidate_id)
            )
            continue
        modality = next((m for m in timed_modalities(setup, learner) if m.id == p.modality_id), None)
        if modality is None:
            problems.append(
                ScheduleProblem(
                    Told(
                        msg(
                            "{0} ne passe pas « {1} » devant le jury",
                            learner.name,
                            titles.get(p.modality_id, p.modality_id),
                        )
                    ),
                    p.candidate_id,
                    p.modality_id,
                )
            )
            continue
        t = timing(modality, setup.durations, learner.extra_time_percent)
        if t is None:
            problems.append(
                ScheduleProblem(Told(msg("Durée de « {0} » à définir", modality.title)), p.candidate_id, p.modality_id)
            )
            continue
        spans.append((p, t))
        problems += _day_problems(p, t, days.get(p.start.date()), learner, modality)
        problems += _jury_problems(setup, p, learner, modality)
    problems += _coverage_problems(setup, passages)
    problems += _order_problems(setup, passages)
    problems += _overlap_problems(setup, spans)
    problems += _card_problems(setup, passages)
    needed, offered = load(setup)
    if needed > offered:
        problems.append(
            load_problem(setup, [c for c in setup.candidates if not any(p.candidate_id == c.id for p in passages)])
        )
    return problems


def _day_problems(
    p: Passage, t: Timing, day: DayWindow | None, learner: Learner, modality: Modality
) -> list[ScheduleProblem]:
    what = msg("{0}, « {1} » {2}", learner.name, modality.title, _when(p))
    if day is None:
        return [
            ScheduleProblem(Told(msg("{0} : ce n'est pas une date de la session", what)), p.candidate_id, p.modality_id)
        ]
    u = p.start.hour * 60 + p.start.minute
    end = u + t.minutes
    out = []
    if u < minutes_of(day.start) or end > minutes_of(day.end):
        out.append(
            ScheduleProblem(
                Told(
                    msg(
                        "{0} : hors des horaires du jour ({1}–{2}) ; il dure {3}",
                        what,
                        f"{day.start:%H:%M}",
                        f"{day.end:%H:%M}",
                        hours_text(t.minutes),
                    )
                ),
                p.candidate_id,
                p.modality_id,
            )
        )
    for s, e in day.breaks:
        if overlaps((u, end), (minutes_of(s), minutes_of(e))):
            out.append(
                ScheduleProblem(
                    Told(msg("{0} : empiète sur la pause de {1} à {2}", what, f"{s:%H:%M}", f"{e:%H:%M}")),
                    p.candidate_id,
                    p.modality_id,
                )
            )
    if p.end != at(p.start.date(), end):
        out.append(
            ScheduleProblem(
                Told(msg("{0} : il dure {1}, il finit donc à {2}", what, hours_text(t.minutes), hhmm(end))),
                p.candidate_id,
                p.modality_id,
            )
        )
    return out


def _jury_problems(setup: ScheduleSetup, p: Passage, learner: Learner, modality: Modality) -> list[ScheduleProblem]:
    jurors = p.juror_ids or tuple(j for panel in setup.panels for j in panel.juror_ids)
    need = setup.definition.jury.min_members
    if setup.mock or len(jurors) >= need:
        return []
    return [
        ScheduleProblem(
            Told(
                msg(
                    "{0}, « {1} » {2} : {3} juré(s), le référentiel en demande {4}",
                    learner.name,
                    modality.title,
                    _when(p),
                    len(jurors),
                    need,
                )
            ),
            p.candidate_id,
            p.modality_id,
        )
    ]


def _coverage_problems(setup: ScheduleSetup, passages: Sequence[Passage]) -> list[ScheduleProblem]:
    counts = Counter((p.candidate_id, p.modality_id) for p in passages)
    out = []
    for c in setup.candidates:
        for m in timed_modalities(setup, c):
            n = counts[(c.id, m.id)]
            if n == 0:
                out.append(
                    ScheduleProblem(Told(msg("{0} : « {1} » n'est pas planifié(e)", c.name, m.title)), c.id, m.id)
                )
            elif n > 1:
                out.append(
                    ScheduleProblem(Told(msg("{0} : « {1} » est planifié(e) {2} fois", c.name, m.title, n)), c.id, m.id)
                )
    return out


def _order_problems(setup: ScheduleSetup, passages: Sequence[Passage]) -> list[ScheduleProblem]:
    by_key = {(p.candidate_id, p.modality_id): p for p in passages}
    names = {c.id: c.name for c in setup.candidates}
    out = []
    for p in passages:
        modality = next((m for m in setup.definition.modalities if m.id == p.modality_id), None)
        if modality is None:
            continue
        for dep in modality.after:
            before = by_key.get((p.candidate_id, dep))
            if before is not None and before.end > p.start:
                out.append(
                    ScheduleProblem(
                        Told(
                            msg(
                                "{0} : « {1} » ({2}) doit suivre « {3} », qui finit {4} à {5}",
                                names.get(p.candidate_id, p.candidate_id),
                                modality.title,
                                f"{p.start:%d/%m %H:%M}",
                                setup.definition.modality(dep).title,
                                f"{before.end:%d/%m}",
                                f"{before.end:%H:%M}",
                            )
                        ),
                        p.candidate_id,
                        p.modality_id,
                    )
                )
    return out


def _overlap_problems(setup: ScheduleSetup, spans: Sequence[tuple[Passage, Timing]]) -> list[ScheduleProblem]:
    names = {c.id: c.name for c in setup.candidates}
    titles = {m.id: m.title for m in setup.definition.modalities}
    everyone = tuple(j for panel in setup.panels for j in panel.juror_ids)
    whole: dict[str, list[tuple[dt.datetime, dt.datetime, Passage]]] = defaultdict(list)
    jury: dict[tuple[str, str], list[tuple[dt.datetime, dt.datetime, Passage]]] = defaultdict(list)
    for p, t in spans:
        whole[p.candidate_id].append((p.start, p.end, p))
        for s in t.segments:
            if not s.jury:
                continue
            a = p.start + dt.timedelta(minutes=s.offset)
            b = a + dt.timedelta(minutes=s.minutes)
            for j in p.juror_ids or everyone:
                jury[("juror", j)].append((a, b, p))
            if p.room:
                jury[("room", p.room)].append((a, b, p))

    def label(p: Passage) -> str:
        # Names, titles and times: the same in every language.
        return f"{names.get(p.candidate_id, p.candidate_id)} (« {titles.get(p.modality_id, p.modality_id)} », {p.start:%d/%m %H:%M})"

    out: list[ScheduleProblem] = []
    for cid, items in whole.items():
        for p, q in _clashes(items):
            out.append(
                ScheduleProblem(
                    Told(
                        msg(
                            "{0} est attendu(e) à deux passages en même temps : {1} et {2}",
                            names.get(cid, cid),
                            label(p),
                            label(q),
                        )
                    ),
                    cid,
                    q.modality_id,
                )
            )
    for (what, key), items in jury.items():
        who = msg("La salle « {0} »", key) if what == "room" else msg("{0} (juré)", setup.juror_names.get(key, key))
        for p, q in _clashes(items):
            out.append(
                ScheduleProblem(
                    Told(msg("{0} : deux passages en même temps, {1} et {2}", who, label(p), label(q))),
                    q.candidate_id,
                    q.modality_id,
                )
            )
    return out


def _clashes(items: list[tuple[dt.datetime, dt.datetime, Passage]]) -> list[tuple[Passage, Passage]]:
    items = sorted(items, key=lambda x: (x[0], x[1]))
    found: list[tuple[Passage, Passage]] = []
    seen: set[tuple[int, int]] = set()
    for i, (a0, a1, p) in enumerate(items):
        for b0, _b1, q in items[i + 1 :]:
            if b0 >= a1:
                break
            if p is not q and (id(p), id(q)) not in seen and b0 < a1 and a0 < _b1:
                seen.add((id(p), id(q)))
                found.append((p, q))
    return found


def card_shortages(per_day: Mapping[dt.date, int], cards: int) -> list[Told]:
    """Each day with more mises en situation than scenario cards: a card is drawn once a day (RE l. 1517)."""
    return [
        Told(
            msg(
                "Le {0} : {1} mises en situation pour {2} fiche(s) scénario ; chaque fiche "
                "n'est tirée qu'une fois par jour : ajoutez {3} fiche(s) ou répartissez les candidats",
                day.strftime("%d/%m/%Y"),
                n,
                cards,
                n - cards,
            )
        )
        for day, n in sorted(per_day.items())
        if n > cards
    ]


def _card_problems(setup: ScheduleSetup, passages: Sequence[Passage]) -> list[ScheduleProblem]:
    drawing = {m.id for m in setup.definition.modalities if m.scenario_drawn_by_lot}
    per_day = Counter(p.start.date() for p in passages if p.modality_id in drawing)
    return [ScheduleProblem(text) for text in card_shortages(per_day, setup.cards)]
