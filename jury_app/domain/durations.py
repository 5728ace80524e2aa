"""The durations a session runs with: the référentiel's, completed by those the session sets.

A référentiel leaves some durations to the session (`Modality.to_be_set`); the session package sets
them in `session.durations`, keyed ``"<modality>"`` for a modality's whole duration or
``"<modality>/<phase>"`` for one phase. Nothing is guessed: a phase whose duration is still unknown is
reported as such, never given a share of what remains. The only value derived is arithmetic: when a
modality's duration is known and a single phase is left without one, that phase has the rest.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from jury_app.domain.messages import Message, Told, msg
from jury_app.domain.referentiel import JuryPresence, Modality, SessionDefinition

DEFAULT_PHASE_ID = "deroulement"
"""Id of the single phase planned for a modality the référentiel does not cut into phases."""

DurationSource = Literal["referentiel", "session", "remainder", "phases"]
"""Where a duration comes from: the référentiel, the session, the rest of the modality once its
other phases are counted, or (for a modality) the sum of its phases."""


def with_extra_time(seconds: int, extra_time_percent: int) -> int:
    """A planned duration lengthened by a candidate's extra time, rounded up to the whole minute in
    the candidate's favour: 20 min at +33 % gives 27 min (not 26 min 36 s). Without extra time, the
    duration as planned."""
    if extra_time_percent < 0:
        raise ValueError("le temps supplémentaire ne peut pas être négatif")
    if extra_time_percent == 0:
        return seconds
    return 60 * math.ceil(seconds * (100 + extra_time_percent) / 100 / 60)


def duration_key(modality_id: str, phase_id: str | None = None) -> str:
    """The key of `session.durations` for a modality's duration, or one of its phases'."""
    return modality_id if phase_id is None else f"{modality_id}/{phase_id}"


def settable_keys(modality: Modality) -> tuple[str, ...]:
    """The keys of `session.durations` this modality accepts: the durations its référentiel leaves empty.

    (`Modality.to_be_set` names them too; an empty duration it forgets is still the session's to set.)
    """
    if modality.assessment == "document":
        return ()
    keys = [duration_key(modality.id)] if modality.duration_min is None else []
    keys += [duration_key(modality.id, p.id) for p in modality.phases if p.duration_min is None]
    return tuple(keys)


@dataclass(frozen=True)
class PhaseMinutes:
    id: str
    title: str
    minutes: int | None
    """None while the duration is still to be set."""
    source: DurationSource | None
    jury_presence: JuryPresence


@dataclass(frozen=True)
class EffectiveDurations:
    """A modality's durations for one session, in minutes, before any extra time."""

    modality_id: str
    timed: bool
    """False for a modality that assesses a document: it has no duration at all."""
    total: int | None
    total_source: DurationSource | None
    phases: tuple[PhaseMinutes, ...]
    unset: tuple[str, ...]
    """Keys of `session.durations` still needed before the modality can be timed."""

    @property
    def complete(self) -> bool:
        return not self.unset


def effective_durations(modality: Modality, durations: Mapping[str, int]) -> EffectiveDurations:
    """`modality`'s phases with their minutes once the session's `durations` are applied.

    Only the keys the référentiel leaves to be set are read (a package's keys are checked by
    `duration_problems`). A modality without phases is one phase, `DEFAULT_PHASE_ID`, titled as the
    modality. Phases that still lack a duration keep ``minutes=None`` and are listed in `unset`.
    """
    if modality.assessment == "document":
        return EffectiveDurations(modality.id, False, None, None, (), ())
    settable = set(settable_keys(modality))

    def given(ref_minutes: int | None, key: str) -> tuple[int | None, DurationSource | None]:
        if ref_minutes is not None:
            return ref_minutes, "referentiel"
        if key in settable and key in durations:
            return durations[key], "session"
        return None, None

    total, total_source = given(modality.duration_min, duration_key(modality.id))
    if not modality.phases:
        phases = (PhaseMinutes(DEFAULT_PHASE_ID, modality.title, total, total_source, JuryPresence.REQUIRED),)
        return EffectiveDurations(
            modality.id, True, total, total_source, phases, () if total is not None else (duration_key(modality.id),)
        )

    found = [(p, *given(p.duration_min, duration_key(modality.id, p.id))) for p in modality.phases]
    missing = [p for p, minutes, _ in found if minutes is None]
    known_sum = sum(minutes for _, minutes, _ in found if minutes is not None)
    if total is None and not missing:
        total, total_source = known_sum, "phases"
    rest = None if total is None else total - known_sum
    if rest is not None and len(missing) == 1 and rest > 0:
        found = [(p, rest, "remainder") if p is missing[0] else (p, m, s) for p, m, s in found]
        missing = []
    unset = [duration_key(modality.id)] if total is None else []
    unset += [duration_key(modality.id, p.id) for p in missing]
    return EffectiveDurations(
        modality.id,
        True,
        total,
        total_source,
        tuple(PhaseMinutes(p.id, p.title, m, s, p.jury_presence) for p, m, s in found),
        tuple(unset),
    )


@dataclass(frozen=True)
class DurationProblem:
    key: str | None
    """The key of `session.durations` concerned, or None for the whole mapping."""
    message: Told
    """French text (the command line prints it) keeping its message for the screens to translate."""


def _key_problem(definition: SessionDefinition, key: str) -> Message | None:
    modality_id, _, phase_id = key.partition("/")
    try:
        m = definition.modality(modality_id)
    except KeyError:
        names = ", ".join(m.id for m in definition.modalities)
        return msg("aucune modalité « {0} » dans cette session (modalités : {1})", modality_id, names)
    if m.assessment == "document":
        return msg("« {0} » s'évalue sur document : elle n'a pas de durée", m.title)
    if phase_id:
        phase = next((p for p in m.phases if p.id == phase_id), None)
        if phase is None:
            phases: Message | str = ", ".join(p.id for p in m.phases) or msg("aucune")
            return msg("« {0} » n'a pas de phase « {1} » (phases : {2})", m.title, phase_id, phases)
        if key not in settable_keys(m):
            return msg(
                "la durée de « {0} », phase « {1} », est fixée par le référentiel ({2} min)",
                m.title,
                phase.title,
                phase.duration_min,
            )
    elif key not in settable_keys(m):
        fixed = (
            msg("fixée par le référentiel ({0} min)", m.duration_min)
            if m.duration_min is not None
            else msg("la somme de ses phases")
        )
        return msg("la durée de « {0} » est {1} : elle ne se définit pas pour la session", m.title, fixed)
    return None


def _sum_problem(m: Modality, durations: Mapping[str, int]) -> Message | None:
    eff = effective_durations(m, durations)
    if eff.total is None:
        return None
    counted = [p for p in eff.phases if p.minutes is not None and p.source != "remainder"]
    known = sum(p.minutes for p in counted if p.minutes is not None)
    left = [p for p in eff.phases if p.minutes is None or p.source == "remainder"]
    if not left and known != eff.total:
        return msg("les phases de « {0} » font {1} min, la modalité {2} min", m.title, known, eff.total)
    if left and eff.total - known < len(left):
        return msg(
            "les phases de durée connue occupent déjà les {0} min de « {1} » ; il ne reste rien pour : {2}",
            eff.total,
            m.title,
            ", ".join(p.title for p in left),
        )
    return None


def duration_problems(
    definition: SessionDefinition, durations: Mapping[str, int], paths: Iterable[str]
) -> list[DurationProblem]:
    """What is wrong with a session's `durations` for `definition`, in French.

    A key must name a duration the référentiel leaves to be set in this session; once they are
    applied, phases must add up to their modality, and every timed modality taken by a candidate on
    one of `paths` must have a duration. A phase left without one inside a modality whose duration
    is known is not a problem here: `effective_durations` reports it, and nothing splits it.
    """
    problems = [
        DurationProblem(key, Told(wrong)) for key in durations if (wrong := _key_problem(definition, key)) is not None
    ]
    valid = {k: v for k, v in durations.items() if _key_problem(definition, k) is None}
    wanted = set(paths)
    for m in definition.modalities:
        wrong = _sum_problem(m, valid)
        if wrong is not None:
            problems.append(DurationProblem(None, Told(wrong)))
            continue
        eff = effective_durations(m, valid)
        if eff.timed and eff.total is None and any(m.serves(p) for p in wanted):
            key = duration_key(m.id)
            unset = (
                msg("durée de « {0} » à définir pour la session (clé « {1} » ou une durée par phase)", m.title, key)
                if m.phases
                else msg("durée de « {0} » à définir pour la session (clé « {1} »)", m.title, key)
            )
            problems.append(DurationProblem(None, Told(unset)))
    return problems
