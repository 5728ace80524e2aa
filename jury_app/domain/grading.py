"""Marks on criteria and judgements on competences.

Each juror marks the criteria of the competences a modality evaluates; the app suggests a
judgement per competence from those marks, following the référentiel's decision rules, and the
jury always has the last word.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from jury_app.domain.codes import OVERALL as OVERALL  # where the grids' code is defined
from jury_app.domain.referentiel import Competence, Criterion, Judgement, Modality, Referentiel


def competence_key(competence: Competence | None) -> str:
    """The key a judgement is kept under: the competence's id, or `OVERALL` for an overall judgement."""
    return competence.id if competence is not None else OVERALL


class Mark(StrEnum):
    SATISFIED = "satisfied"
    NOT_SATISFIED = "not_satisfied"
    NOT_OBSERVED = "not_observed"


def suggest_judgement(
    marks: Mapping[str, Mark | None],
    criterion_ids: Sequence[str],
    min_satisfied_ratio: float,
) -> Judgement | None:
    """The judgement the app suggests for one competence.

    None while any of `criterion_ids` is unmarked, and None for a competence without criteria
    (nothing to base a suggestion on). NOT_ACQUIRED when no criterion was observed; otherwise
    ACQUIRED when satisfied / observed >= `min_satisfied_ratio`, NOT_ACQUIRED below.
    """
    if not criterion_ids:
        return None
    given = [marks.get(cid) for cid in criterion_ids]
    if any(m is None for m in given):
        return None
    observed = [m for m in given if m is not Mark.NOT_OBSERVED]
    if not observed:
        return Judgement.NOT_ACQUIRED
    satisfied = sum(1 for m in observed if m is Mark.SATISFIED)
    return Judgement.ACQUIRED if satisfied / len(observed) >= min_satisfied_ratio else Judgement.NOT_ACQUIRED


def modality_criteria(modality: Modality, referentiel: Referentiel) -> list[tuple[Competence, tuple[Criterion, ...]]]:
    """The competences `modality` evaluates, in its order, each with its criteria."""
    result: list[tuple[Competence, tuple[Criterion, ...]]] = []
    for cid in modality.evaluates:
        competence = referentiel.competence(cid)
        result.append((competence, competence.criteria))
    return result


@dataclass(frozen=True)
class GridCompleteness:
    total: int
    """Number of criteria in the grid."""
    marked: int
    unmarked: tuple[str, ...]
    """Criterion ids still without a mark."""
    judgements_missing: tuple[str, ...]
    """Competence ids (or `OVERALL`) still without a judgement."""
    complete: bool


def grid_completeness(
    modality: Modality,
    referentiel: Referentiel,
    marks: Mapping[str, Mark | None],
    judgements: Mapping[str, Judgement | None],
) -> GridCompleteness:
    """How far the grid of `modality` is filled in.

    The grid is complete when every criterion has a mark and every competence a judgement. A
    modality that evaluates the whole certification without naming competences has no criteria;
    its grid is complete when the overall judgement, under the key `OVERALL`, is set.
    """
    criteria = modality_criteria(modality, referentiel)
    all_ids = [cr.id for _, crs in criteria for cr in crs]
    unmarked = tuple(cid for cid in all_ids if marks.get(cid) is None)
    if modality.evaluates_whole_certification and not modality.evaluates:
        expected: list[str] = [OVERALL]
    else:
        expected = [c.id for c, _ in criteria]
    missing = tuple(key for key in expected if judgements.get(key) is None)
    return GridCompleteness(
        total=len(all_ids),
        marked=len(all_ids) - len(unmarked),
        unmarked=unmarked,
        judgements_missing=missing,
        complete=not unmarked and not missing,
    )
