"""The référentiel model refuses what does not hold together, in French, naming what is wrong.

Each test starts from a small valid référentiel (plain JSON data) and breaks one thing.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from pydantic import ValidationError

from jury_app.domain.problems import from_validation_error
from jury_app.domain.referentiel import DEFAULT_TERMS, CertificationKind, Referentiel


def small() -> dict[str, Any]:
    return {
        "code": "X-1",
        "version": "2",
        "kind": "titre_professionnel",
        "title": "Titre d'essai",
        "units": [
            {"id": "U1", "number": 1, "kind": "ccp", "title": "Bloc un", "competence_ids": ["C1"]},
            {"id": "U2", "number": 2, "kind": "ccp", "title": "Bloc deux", "competence_ids": ["C2"]},
        ],
        "competences": [
            {"id": "C1", "number": 1, "title": "Une", "unit_id": "U1", "criteria_to_be_set": True},
            {"id": "C2", "number": 2, "title": "Deux", "unit_id": "U2", "criteria_to_be_set": True},
        ],
        "sessions": [
            {
                "id": "titre",
                "scope": "title",
                "title": "Session du titre",
                "jury": {"min_members": 2},
                "modalities": [
                    {
                        "id": "oral",
                        "kind": "entretien",
                        "title": "Entretien",
                        "duration_min": 30,
                        "phases": [
                            {"id": "expose", "title": "Exposé", "duration_min": 10},
                            {"id": "questions", "title": "Questions"},
                        ],
                        "to_be_set": ["phases.questions.duration_min"],
                        "evaluates": ["C1", "C2"],
                        "paths": ["formation"],
                    },
                    {
                        "id": "livret",
                        "kind": "etude_livret_2",
                        "title": "Étude du livret 2",
                        "assessment": "document",
                        "documents": ["livret_2"],
                        "evaluates": ["C1", "C2"],
                        "paths": ["vae"],
                    },
                ],
            }
        ],
        "paths": [
            {"id": "formation", "title": "Formation", "session_ids": ["titre"]},
            {"id": "vae", "title": "VAE", "session_ids": ["titre"]},
        ],
    }


Mutation = Callable[[dict[str, Any]], None]


def messages(mutate: Mutation) -> list[str]:
    data = copy.deepcopy(small())
    mutate(data)
    with pytest.raises(ValidationError) as info:
        Referentiel.model_validate(data)
    found = [p.message for p in from_validation_error(info.value, "referentiel.json")]
    for m in found:
        assert not m.startswith(("Value error", "Input", "Field")), m
    return found


def modality(data: dict[str, Any], index: int = 0) -> dict[str, Any]:
    m: dict[str, Any] = data["sessions"][0]["modalities"][index]
    return m


def test_the_small_referentiel_is_valid() -> None:
    ref = Referentiel.model_validate(small())
    oral, livret = ref.title_session().modalities
    assert oral.serves("formation") and not oral.serves("vae")
    assert ref.title_session().modalities_for("vae") == (livret,)
    assert ref.terms == DEFAULT_TERMS[CertificationKind.TITRE_PROFESSIONNEL]
    assert ref.registration is None and ref.legal_basis == "" and ref.equivalences == ()


def test_a_modality_without_paths_serves_every_path() -> None:
    def no_paths(d: dict[str, Any]) -> None:
        del modality(d)["paths"]

    data = small()
    no_paths(data)
    oral = Referentiel.model_validate(data).title_session().modality("oral")
    assert oral.paths == ()
    assert all(oral.serves(p) for p in ("formation", "vae", "capitalisation"))


def test_terms_follow_the_kind_unless_given() -> None:
    data = small()
    data["kind"] = "rncp"
    assert Referentiel.model_validate(data).terms.unit_plural == "blocs de compétences"
    data["terms"] = {
        "unit_short": "module",
        "unit_long": "module de compétences",
        "unit_plural": "modules",
        "certification": "diplôme",
        "certification_article": "le diplôme",
    }
    assert Referentiel.model_validate(data).terms.certification_article == "le diplôme"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: modality(d).update(paths=["formation", "alternance"]), "valeur non autorisée"),
        (lambda d: modality(d).update(paths=["capitalisation"]), "parcours inconnu du référentiel « capitalisation »"),
        (lambda d: modality(d).update(paths=["formation", "formation"]), "parcours cités deux fois : formation"),
        (lambda d: d["paths"][1].update(session_ids=["autre"]), "parcours vae : session inconnue autre"),
        (
            lambda d: d["sessions"].append({**copy.deepcopy(d["sessions"][0]), "id": "autre", "scope": "title"}),
            "session autre, modalité oral : le parcours formation ne compte pas la session autre",
        ),
        (lambda d: d["paths"].append(dict(d["paths"][0])), "parcours en double : formation"),
    ],
    ids=["unknown-path-name", "path-not-in-referentiel", "path-twice", "path-session", "session-off-path", "path-dup"],
)
def test_paths_are_checked(mutate: Mutation, expected: str) -> None:
    assert any(expected in m for m in messages(mutate)), messages(mutate)


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: modality(d, 1).update(documents=[]), "doit nommer le ou les documents évalués"),
        (lambda d: modality(d, 1).update(documents=["carnet"]), "valeur non autorisée"),
        (lambda d: modality(d, 1).update(duration_min=20), "n'a ni durée, ni phases, ni durée à définir"),
        (lambda d: modality(d, 1).update(to_be_set=["duration_min"]), "n'a ni durée, ni phases, ni durée à définir"),
        (lambda d: modality(d, 1).update(scenario_drawn_by_lot=True), "ne comporte pas de tirage au sort"),
        (lambda d: modality(d).update(assessment="oral"), "valeur non autorisée"),
    ],
    ids=["no-document", "unknown-kind", "duration", "to-be-set", "draw", "unknown-assessment"],
)
def test_document_modalities_are_checked(mutate: Mutation, expected: str) -> None:
    assert any(expected in m for m in messages(mutate)), messages(mutate)


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: modality(d).update(to_be_set=["phases.conclusion.duration_min"]), "phase inconnue : « conclusion »"),
        (lambda d: modality(d).update(to_be_set=["phases.expose.duration_min"]), "la phase expose a une durée fixée"),
        (lambda d: modality(d).update(to_be_set=["duration_min"]), "la durée est fixée (30 min)"),
        (lambda d: modality(d).update(to_be_set=["salle"]), "champ à définir inconnu : « salle »"),
        (lambda d: modality(d)["phases"].append({"id": "expose", "title": "Bis"}), "phase en double : expose"),
    ],
    ids=["unknown-phase", "phase-fixed", "modality-fixed", "unknown-field", "phase-dup"],
)
def test_durations_to_be_set_name_empty_fields(mutate: Mutation, expected: str) -> None:
    assert any(expected in m for m in messages(mutate)), messages(mutate)


def _profiles(d: dict[str, Any], *profiles: tuple[str, int]) -> None:
    d["sessions"][0]["jury"]["profiles"] = [{"id": i, "title": f"Profil {i}", "min_count": n} for i, n in profiles]


def test_jury_profiles() -> None:
    data = small()
    _profiles(data, ("directeur", 1), ("praticien", 1))
    jury = Referentiel.model_validate(data).title_session().jury
    assert jury.profile("praticien").min_count == 1
    with pytest.raises(KeyError):
        jury.profile("autre")
    assert any(
        "profil de juré en double : directeur" in m
        for m in messages(lambda d: _profiles(d, ("directeur", 1), ("directeur", 1)))
    )
    assert any(
        "les profils exigent 3 membre(s), plus que le nombre minimum du jury (2)" in m
        for m in messages(lambda d: _profiles(d, ("directeur", 1), ("praticien", 2)))
    )
    assert any("supérieur ou égal à 1" in m for m in messages(lambda d: _profiles(d, ("directeur", 0))))


def _equivalence(d: dict[str, Any], **changes: str) -> None:
    e = {"from_code": "X-1", "from_version": "1", "from_unit": "U1", "to_unit": "U1", "source": "arrêté"}
    d["equivalences"] = [{**e, **changes}]


def test_equivalences() -> None:
    data = small()
    _equivalence(data, from_unit="ANCIEN1")
    ref = Referentiel.model_validate(data)
    assert ref.equivalent_unit("X-1@1", "ANCIEN1") == "U1"
    assert ref.equivalent_unit("X-1@1", "U1") is None
    assert ref.equivalent_unit("X-1@2", "U2") == "U2"
    assert any("CCP/bloc inconnu U9" in m for m in messages(lambda d: _equivalence(d, to_unit="U9")))
    assert any("est ce référentiel lui-même" in m for m in messages(lambda d: _equivalence(d, from_version="2")))

    def twice(d: dict[str, Any]) -> None:
        _equivalence(d)
        d["equivalences"].append(dict(d["equivalences"][0]))

    assert any("correspondances en double : X-1@1 U1" in m for m in messages(twice))


def test_registration_and_company_hours() -> None:
    data = small()
    data["registration"] = {"start": "2023-03-23", "end": "2028-03-22", "source": "arrêté"}
    data["min_company_hours_title"] = 385
    ref = Referentiel.model_validate(data)
    assert ref.registration is not None and ref.registration.end is not None
    assert ref.registration.end.year == 2028
    assert any(
        "l'échéance de l'enregistrement (2020-01-01) précède son début (2023-03-23)" in m
        for m in messages(lambda d: d.update(registration={"start": "2023-03-23", "end": "2020-01-01"}))
    )
    assert any("date invalide" in m for m in messages(lambda d: d.update(registration={"end": "22/03/2028"})))
    assert any("supérieur ou égal à 0" in m for m in messages(lambda d: d.update(min_company_hours_title=-1)))


def test_complementary_evaluation_is_off_unless_said() -> None:
    assert not Referentiel.model_validate(small()).decision_rules.complementary_evaluation
    data = small()
    data["decision_rules"] = {"complementary_evaluation": True}
    assert Referentiel.model_validate(data).decision_rules.complementary_evaluation
