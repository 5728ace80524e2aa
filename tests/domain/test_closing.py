"""What must be at hand before a deliberation closes, and the overrides a jury may give."""

from __future__ import annotations

from pathlib import Path

import pytest

from jury_app.domain.closing import (
    GRID_COMPLETE,
    GRID_INCOMPLETE,
    GRID_MISSING,
    Requirement,
    company_requirements,
    conflict_requirements,
    grid_requirements,
    jury_requirements,
    required_company_hours,
    split_overrides,
)
from jury_app.domain.referentiel import Referentiel

ROOT = Path(__file__).parents[2] / "resources/referentiels"
REF = Referentiel.model_validate_json((ROOT / "TP-00403-08.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("session", "hours"), [("titre", 385), ("ccp1", 70), ("ccp2", 175), ("ccp3", 140)])
def test_company_hours_from_the_arrete(session: str, hours: int) -> None:
    """Seed 001: 385 h for the title, 70 / 175 / 140 h for CCP 1 / 2 / 3."""
    sdef = REF.session(session)
    assert required_company_hours(REF, sdef) == hours
    assert company_requirements(REF, sdef, "formation", hours, True) == []
    short = company_requirements(REF, sdef, "formation", hours - 1, True)
    assert short == [Requirement("company_hours", f"{hours - 1} h en entreprise sur {hours} h exigées")]


def test_company_proof_and_unknown_hours() -> None:
    titre = REF.session("titre")
    found = company_requirements(REF, titre, "formation", None, False)
    assert [r.key for r in found] == ["company_hours", "company_proof"]
    assert "non renseignées (385 h exigées)" in found[0].message


@pytest.mark.parametrize("path", ["vae", "capitalisation"])
def test_company_periods_only_for_training(path: str) -> None:
    assert company_requirements(REF, REF.session("titre"), path, None, False) == []


def test_rncp_without_hours_asks_nothing() -> None:
    ref = Referentiel.model_validate_json((ROOT / "RNCP35667-1.json").read_text(encoding="utf-8"))
    sdef = ref.sessions[0]
    assert required_company_hours(ref, sdef) is None
    assert company_requirements(ref, sdef, "formation", None, False) == []


def test_grids_missing_or_incomplete() -> None:
    found = grid_requirements(
        [
            ("msp", "Mise en situation", "J1", "Marie Dupont", GRID_COMPLETE),
            ("msp", "Mise en situation", "J2", "Paul Martin", GRID_MISSING),
            ("qp", "Questionnement", "J1", "Marie Dupont", GRID_INCOMPLETE),
        ]
    )
    assert [(r.key, r.message) for r in found] == [
        ("grid/msp/J2", "grille de Paul Martin pour « Mise en situation » absente de cet ordinateur"),
        ("grid/qp/J1", "grille de Marie Dupont pour « Questionnement » incomplète"),
    ]


def test_overrides_need_a_reason_and_never_cover_a_conflict() -> None:
    items = [
        *jury_requirements(["Le jury doit compter au moins 2 membres (1 enregistré)."]),
        Requirement("grid/msp/J2", "grille de Paul Martin absente"),
        *conflict_requirements([("msp", "Mise en situation : deux fiches tirées")]),
    ]
    assert items[0].message == "Le jury doit compter au moins 2 membres (1 enregistré)"
    missing, overridden = split_overrides(
        items, {"jury": "  ", "grid/msp/J2": "Grille papier perdue, jugements dictés", "conflict/msp": "non"}
    )
    assert [r.key for r in missing] == ["jury", "conflict/msp"]
    assert [(o.requirement.key, o.reason) for o in overridden] == [
        ("grid/msp/J2", "Grille papier perdue, jugements dictés")
    ]
    assert not missing[1].overridable
