"""What must be at hand before the deliberation of a candidate can close.

- the jury's minimum size (and its profiles), counting only members not recused for the candidate
  (the référentiel's `jury` rules);
- every juror's grid for every modality of the candidate's path, present and complete on this
  laptop (entered here or imported from a signed result file), except for a modality the candidate
  was absent from or abandoned;
- for a candidate coming from training, the in-company hours the session requires and their proof
  (arrêté, seed 001, art. 5; RE l. 1543-1545: 385 h for the title, 70 / 175 / 140 h for CCP 1 / 2 / 3,
  "une preuve de ces périodes [...] auprès du responsable de session");
- no contradiction between laptops left unresolved (a merge conflict).

Each missing item is a `Requirement` with a stable key. The jury may close despite one only with a
written reason (an override), which goes into the audit trail and onto the PV; a merge conflict is
resolved by the session lead's choice instead, never overridden.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from jury_app.domain.messages import Told, joined, msg, plain
from jury_app.domain.referentiel import Referentiel, SessionDefinition, SessionScope

FORMATION = "formation"
GRID_MISSING = "missing"
GRID_INCOMPLETE = "incomplete"
GRID_COMPLETE = "complete"


@dataclass(frozen=True)
class Requirement:
    """Something missing before the deliberation can close."""

    key: str  # stable: "jury", "grid/<modality>/<juror>", "company_hours", "company_proof", "conflict/<modality>"
    message: str
    """French text; the requirements worded here keep their message (`Told`) for the screens."""
    overridable: bool = True


@dataclass(frozen=True)
class Overridden:
    requirement: Requirement
    reason: str


def jury_requirements(problems: Iterable[str]) -> list[Requirement]:
    """The jury's composition problems (size, profiles), as one item the jury may override."""
    parts = [(p.message if isinstance(p, Told) else plain(p)).without_full_stop() for p in problems]
    return [Requirement("jury", Told(joined(parts, " ; ")))] if parts else []


def grid_key(modality_id: str, juror_ref: str) -> str:
    return f"grid/{modality_id}/{juror_ref}"


def grid_requirements(expected: Iterable[tuple[str, str, str, str, str]]) -> list[Requirement]:
    """(modality id, modality title, juror ref, juror name, state) of each expected grid -> what is missing."""
    out = []
    for mid, title, juror, name, state in expected:
        if state == GRID_MISSING:
            missing = msg("grille de {0} pour « {1} » absente de cet ordinateur", name, title)
            out.append(Requirement(grid_key(mid, juror), Told(missing)))
        elif state == GRID_INCOMPLETE:
            out.append(
                Requirement(grid_key(mid, juror), Told(msg("grille de {0} pour « {1} » incomplète", name, title)))
            )
    return out


def required_company_hours(ref: Referentiel, sdef: SessionDefinition) -> int | None:
    """The in-company hours a training candidate needs for this session, when the référentiel sets them."""
    if sdef.scope is SessionScope.UNIT:
        assert sdef.unit_id is not None
        return ref.unit(sdef.unit_id).min_company_hours
    return ref.min_company_hours_title


def company_requirements(
    ref: Referentiel, sdef: SessionDefinition, path: str, company_hours: int | None, has_proof: bool
) -> list[Requirement]:
    """The in-company periods of a candidate coming from training: the hours and their proof."""
    needed = required_company_hours(ref, sdef)
    if path != FORMATION or needed is None:
        return []
    out = []
    if company_hours is None:
        out.append(
            Requirement("company_hours", Told(msg("heures en entreprise non renseignées ({0} h exigées)", needed)))
        )
    elif company_hours < needed:
        out.append(
            Requirement("company_hours", Told(msg("{0} h en entreprise sur {1} h exigées", company_hours, needed)))
        )
    if not has_proof:
        proof = msg("preuve des périodes en entreprise absente du dossier de session")
        out.append(Requirement("company_proof", Told(proof)))
    return out


def conflict_requirements(conflicts: Iterable[tuple[str, str]]) -> list[Requirement]:
    """(modality id, description) of each merge conflict still open for the candidate."""
    return [
        Requirement(
            f"conflict/{mid}", Told(msg("{0} : à résoudre par le responsable de session", text)), overridable=False
        )
        for mid, text in conflicts
    ]


def split_overrides(
    requirements: Iterable[Requirement], overrides: Mapping[str, str]
) -> tuple[list[Requirement], list[Overridden]]:
    """(still missing, overridden with their reason): an override counts only for an item still missing
    and that may be overridden."""
    missing: list[Requirement] = []
    overridden: list[Overridden] = []
    for r in requirements:
        reason = overrides.get(r.key, "").strip()
        if reason and r.overridable:
            overridden.append(Overridden(r, reason))
        else:
            missing.append(r)
    return missing, overridden
