"""Rules of a session, read from the référentiel: the jury's size, the order of the modalities,
and which modalities a candidate takes."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

from jury_app.domain.deliberation import competences_for_units, decides_title, units_decided_in
from jury_app.domain.messages import Message, MessageError, Told, msg
from jury_app.domain.referentiel import Modality, Referentiel, SessionDefinition

CAPITALISATION_PATH = "capitalisation"
"""Path id of a candidate who reaches the certification by capitalising its units (`Path.id`)."""


class CandidateModalityStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ABSENT = "absent"
    ABANDONED = "abandoned"
    NOT_APPLICABLE = "not_applicable"


def check_jury(
    member_count: int,
    session_def: SessionDefinition,
    *,
    mock: bool,
    profiles: Collection[str | None] | None = None,
) -> list[str]:
    """What is wrong with a jury of `member_count` members, in French; empty when nothing is.

    A real session needs the référentiel's minimum (`jury.min_members`) and, when the référentiel
    names profiles (`jury.profiles`), at least `min_count` members of each; `profiles` holds each
    member's profile id (None when the package gives none; not checked when `profiles` is None). A
    mock session (session blanche) may run with a single member of any profile.
    """
    if member_count < 1:
        return [Told(msg("Le jury ne compte aucun membre : au moins un membre doit être enregistré."))]
    if mock:
        return []
    problems: list[str] = []
    required = session_def.jury.min_members
    if member_count < required:
        problems.append(
            Told(
                msg(
                    "Le jury de la « {0} » doit compter au moins {1} membres ({2} enregistrés).",
                    session_def.title,
                    required,
                    member_count,
                )
                if member_count > 1
                else msg(
                    "Le jury de la « {0} » doit compter au moins {1} membres ({2} enregistré).",
                    session_def.title,
                    required,
                    member_count,
                )
            )
        )
    if profiles is not None:
        given = list(profiles)
        for profile in session_def.jury.profiles:
            count = sum(1 for p in given if p == profile.id)
            if count < profile.min_count:
                problems.append(
                    Told(
                        msg(
                            "Le jury doit compter au moins {0} membres « {1} » ({2} parmi les membres).",
                            profile.min_count,
                            profile.title,
                            count,
                        )
                        if profile.min_count > 1
                        else msg(
                            "Le jury doit compter au moins {0} membre « {1} » ({2} parmi les membres).",
                            profile.min_count,
                            profile.title,
                            count,
                        )
                    )
                )
    return problems


def order_problem(modality_id: str, session_def: SessionDefinition, finished: Collection[str]) -> Message | None:
    """Why `modality_id` cannot start yet, in French, or None when it can.

    `finished` holds the ids of the modalities the candidate has finished; a modality that does not
    apply to the candidate should be included too, so that it does not hold the others back.
    """
    modality = session_def.modality(modality_id)
    missing = [session_def.modality(dep).title for dep in modality.after if dep not in finished]
    if not missing:
        return None
    return msg("La modalité « {0} » se déroule obligatoirement après : {1}.", modality.title, ", ".join(missing))


def modalities_for_candidate(session_def: SessionDefinition, path: str, referentiel: Referentiel) -> tuple[str, ...]:
    """Ids of the modalities of `session_def` a candidate on `path` takes, in the session's order.

    The référentiel says it: each modality lists the paths it serves (`Modality.paths`; none listed:
    every path). Raises `MessageError` (a `ValueError`) for a path the référentiel does not define.
    """
    if referentiel.paths and path not in {p.id for p in referentiel.paths}:
        known = ", ".join(p.id for p in referentiel.paths)
        raise MessageError(msg("parcours inconnu : {0} (parcours du référentiel : {1})", path, known))
    return tuple(m.id for m in session_def.modalities_for(path))


@dataclass(frozen=True)
class CandidateScope:
    """What a candidate takes in a session and what the jury decides for them there."""

    modalities: tuple[Modality, ...]
    """The modalities of the candidate's path, in the session's order."""
    units: tuple[str, ...]
    """The CCPs/blocks the jury decides on in this session."""
    competences: tuple[str, ...]
    """The competences the jury judges in common: those of `units` that one of `modalities` evaluates.
    A unit none of whose competences is evaluated here (an interview on the whole certification)
    is decided directly."""
    decides_certification: bool
    """Whether the jury decides on the whole certification (the title) in this session."""

    @property
    def modality_ids(self) -> tuple[str, ...]:
        return tuple(m.id for m in self.modalities)


def candidate_scope(
    referentiel: Referentiel,
    session_def: SessionDefinition,
    path: str,
    units_sought: Sequence[str],
    units_held: Sequence[str],
) -> CandidateScope:
    """The one place that says which modalities a candidate takes and what is decided for them.

    Raises `ValueError` for a path the référentiel does not define.
    """
    ids = modalities_for_candidate(session_def, path, referentiel)
    modalities = tuple(session_def.modality(mid) for mid in ids)
    units = units_decided_in(session_def, referentiel, units_sought, units_held)
    evaluated = {cid for m in modalities for cid in m.evaluates}
    competences = tuple(cid for cid in competences_for_units(referentiel, units) if cid in evaluated)
    return CandidateScope(modalities, units, competences, decides_title(session_def))
