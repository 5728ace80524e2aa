"""Rules of a session, read from the référentiel: the jury's size, the order of the modalities,
and which modalities a candidate takes."""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum

from jury_app.domain.referentiel import Referentiel, SessionDefinition, SessionScope

CAPITALISATION_PATH = "capitalisation"
"""Path id of a candidate who reaches the certification by capitalising its units (`Path.id`)."""


class CandidateModalityStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ABSENT = "absent"
    ABANDONED = "abandoned"
    NOT_APPLICABLE = "not_applicable"


def check_jury(member_count: int, session_def: SessionDefinition, *, mock: bool) -> list[str]:
    """What is wrong with a jury of `member_count` members, in French; empty when nothing is.

    A real session needs the référentiel's minimum (`jury.min_members`); a mock session (session
    blanche) may run with a single member.
    """
    if member_count < 1:
        return ["Le jury ne compte aucun membre : au moins un membre doit être enregistré."]
    if mock:
        return []
    required = session_def.jury.min_members
    if member_count < required:
        return [
            f"Le jury de la « {session_def.title} » doit compter au moins {required} membres "
            f"({member_count} enregistré{'s' if member_count > 1 else ''})."
        ]
    return []


def order_problem(modality_id: str, session_def: SessionDefinition, finished: Collection[str]) -> str | None:
    """Why `modality_id` cannot start yet, in French, or None when it can.

    `finished` holds the ids of the modalities the candidate has finished; a modality that does not
    apply to the candidate should be included too, so that it does not hold the others back.
    """
    modality = session_def.modality(modality_id)
    missing = [session_def.modality(dep).title for dep in modality.after if dep not in finished]
    if not missing:
        return None
    return f"La modalité « {modality.title} » se déroule obligatoirement après : {', '.join(missing)}."


def modalities_for_candidate(
    session_def: SessionDefinition,
    path: str,
    units_sought: Collection[str],
    units_held: Collection[str],
    referentiel: Referentiel,
) -> tuple[str, ...]:
    """Ids of the modalities of `session_def` a candidate takes, in the session's order.

    Every modality of the session, except for a candidate on the capitalisation path in a session
    of the whole certification: only the modalities that evaluate the whole certification apply
    (the entretien final). `units_sought` and `units_held` (unit ids) are the candidate's context;
    the référentiels shipped make no other modality depend on them. Raises `ValueError` for a path
    the référentiel does not define.
    """
    if referentiel.paths and path not in {p.id for p in referentiel.paths}:
        known = ", ".join(p.id for p in referentiel.paths)
        raise ValueError(f"parcours inconnu : {path} (parcours du référentiel : {known})")
    if path == CAPITALISATION_PATH and session_def.scope is SessionScope.TITLE:
        return tuple(m.id for m in session_def.modalities if m.evaluates_whole_certification)
    return tuple(m.id for m in session_def.modalities)
