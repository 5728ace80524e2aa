"""`package validate` refuses a candidate on a path the référentiel does not allow for the session
(naming them), a capitalisation candidate who still lacks a CCP, and a day with more mises en
situation than scenario cards."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jury_app.data.package.validate import validate_package
from jury_app.domain.problems import InvalidInput, Problem

MakePackage = Callable[..., Path]


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(InvalidInput) as info:
        validate_package(path)
    return info.value.problems


def _capitalisation(candidate: dict[str, Any], held: list[str]) -> dict[str, Any]:
    return {**candidate, "path": "capitalisation", "units_sought": [], "units_held": held}


def test_a_capitalisation_candidate_is_refused_from_the_title_session(make_package: MakePackage) -> None:
    """The demo's old C06: capitalising, in a title session, she would only get the final interview."""

    def edit(m: dict[str, Any]) -> None:
        m["candidates"][2] = {**_capitalisation(m["candidates"][2], ["CCP1", "CCP2"]), "units_sought": ["CCP3"]}

    found = [(p.pointer, p.message) for p in problems_of(make_package(mutate=edit))]
    assert len(found) == 1
    pointer, message = found[0]
    assert pointer == "/candidates/2/path"
    assert message.startswith("candidat C3 (Jeanne Ollivier) : le parcours Capitalisation de CCP ne passe pas")
    assert "passe la session du CCP qui lui manque, puis l'entretien" in message


def test_capitalisation_in_a_ccp_session_then_the_interview(make_package: MakePackage) -> None:
    def ccp3(m: dict[str, Any]) -> None:
        m["session"].update(kind="ccp", unit_id="CCP3")
        m["candidates"] = [{**_capitalisation(m["candidates"][2], ["CCP1", "CCP2"]), "units_sought": ["CCP3"]}]
        m["schedule"] = [{"candidate_id": "C3", "modality_id": "projet", "start": "2025-03-10T09:00"}]
        m["scenario_cards"] = []
        m["attachments"] = []

    assert validate_package(make_package(mutate=ccp3, attachments={})).session_definition.id == "ccp3"

    def interview(m: dict[str, Any], held: list[str]) -> None:
        m["session"].update(kind="capitalisation", durations={"entretien_capitalisation": 30})
        m["candidates"] = [_capitalisation(m["candidates"][2], held)]
        m["schedule"] = [{"candidate_id": "C3", "modality_id": "entretien_capitalisation", "start": "2025-03-10T16:00"}]
        m["scenario_cards"] = []
        m["attachments"] = []

    ok = make_package(mutate=lambda m: interview(m, ["CCP1", "CCP2", "CCP3"]), attachments={})
    assert validate_package(ok).session_definition.id == "capitalisation"
    found = problems_of(make_package(mutate=lambda m: interview(m, ["CCP1", "CCP2"]), attachments={}))
    assert [(p.pointer, p.message) for p in found] == [
        (
            "/candidates/0/path",
            "candidat C3 (Jeanne Ollivier) : en capitalisation, il lui manque CCP3 : il passe d'abord la session "
            "de ce CCP, puis l'entretien en fin de session du dernier",
        )
    ]


@pytest.mark.parametrize("path", ["formation", "vae"])
def test_the_capitalisation_interview_refuses_other_paths(make_package: MakePackage, path: str) -> None:
    def edit(m: dict[str, Any]) -> None:
        m["session"].update(kind="capitalisation", durations={"entretien_capitalisation": 30})
        m["candidates"] = [{**m["candidates"][0], "path": path}]
        m["schedule"] = []
        m["scenario_cards"] = []
        m["attachments"] = []

    found = problems_of(make_package(mutate=edit, attachments={}))
    assert any(p.pointer == "/candidates/0/path" and "candidat C1 (Anaïs Lefèvre)" in p.message for p in found)


def _cards(m: dict[str, Any], count: int, per_day: int) -> None:
    card = m["scenario_cards"][0]
    m["scenario_cards"] = [{**card, "id": f"S{i}"} for i in range(1, count + 1)]
    base = m["candidates"][0]
    m["candidates"] = [{**base, "id": f"C{i}"} for i in range(1, per_day + 1)]
    m["schedule"] = [
        {"candidate_id": f"C{i}", "modality_id": "msp", "start": f"2025-03-10T{8 + i:02d}:00"}
        for i in range(1, per_day + 1)
    ]
    m["attachments"] = []


def test_fewer_cards_than_mises_en_situation_in_a_day_is_refused(make_package: MakePackage) -> None:
    found = problems_of(make_package(mutate=lambda m: _cards(m, 3, 6), attachments={}))
    assert [(p.pointer, p.message) for p in found] == [
        (
            "/scenario_cards",
            "Le 10/03/2025 : 6 mises en situation pour 3 fiche(s) scénario ; chaque fiche n'est tirée qu'une fois "
            "par jour : ajoutez 3 fiche(s) ou répartissez les candidats",
        )
    ]


def test_as_many_cards_as_mises_en_situation_is_enough(make_package: MakePackage) -> None:
    assert validate_package(make_package(mutate=lambda m: _cards(m, 6, 6), attachments={}))
