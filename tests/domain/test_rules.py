"""Session rules read from the TP CIP référentiel: jury size, order of modalities, who takes what."""

from __future__ import annotations

from pathlib import Path

import pytest

from jury_app.domain.referentiel import JuryRules, Modality, Referentiel, SessionDefinition, SessionScope
from jury_app.domain.rules import (
    CandidateModalityStatus,
    check_jury,
    modalities_for_candidate,
    order_problem,
)

REFERENTIEL_PATH = Path(__file__).parents[2] / "resources/referentiels/TP-00403-08.json"
REF = Referentiel.model_validate_json(REFERENTIEL_PATH.read_text(encoding="utf-8"))
TITRE = REF.session("titre")


# --- jury ------------------------------------------------------------------------------------


def test_jury_of_a_real_session() -> None:
    assert TITRE.jury.min_members == 2
    assert check_jury(2, TITRE, mock=False) == []
    assert check_jury(3, TITRE, mock=False) == []
    problems = check_jury(1, TITRE, mock=False)
    assert problems == [
        "Le jury de la « Session du titre professionnel » doit compter au moins 2 membres (1 enregistré)."
    ]


def test_jury_minimum_comes_from_the_data() -> None:
    for session in REF.sessions:
        n = session.jury.min_members
        assert check_jury(n, session, mock=False) == []
        assert len(check_jury(n - 1, session, mock=False)) == 1
    bigger = TITRE.model_copy(update={"jury": JuryRules(min_members=3)})
    assert "au moins 3 membres (2 enregistrés)" in check_jury(2, bigger, mock=False)[0]


def test_mock_session_runs_with_one_member() -> None:
    assert check_jury(1, TITRE, mock=True) == []
    assert check_jury(2, TITRE, mock=True) == []


@pytest.mark.parametrize("mock", [True, False])
def test_no_member_at_all(mock: bool) -> None:
    problems = check_jury(0, TITRE, mock=mock)
    assert len(problems) == 1 and "aucun membre" in problems[0]


# --- order -----------------------------------------------------------------------------------


def test_technical_interview_after_the_role_play() -> None:
    assert order_problem("et", TITRE, ()) == (
        "La modalité « Entretien technique » se déroule obligatoirement après : Mise en situation professionnelle."
    )
    assert order_problem("et", TITRE, {"qp", "ef"}) is not None
    assert order_problem("et", TITRE, {"msp"}) is None


@pytest.mark.parametrize("modality_id", ["msp", "qp", "ef"])
@pytest.mark.parametrize("finished", [(), ("msp",), ("msp", "et"), ("qp",)])
def test_other_modalities_any_time(modality_id: str, finished: tuple[str, ...]) -> None:
    assert order_problem(modality_id, TITRE, finished) is None


def test_same_rule_in_the_ccp1_session() -> None:
    ccp1 = REF.session("ccp1")
    assert order_problem("et", ccp1, ["qp"]) is not None
    assert order_problem("et", ccp1, ["msp"]) is None


def test_several_modalities_before() -> None:
    session = SessionDefinition(
        id="s",
        scope=SessionScope.TITLE,
        title="Session",
        modalities=(
            Modality(id="a", kind="k", title="Écrit"),
            Modality(id="b", kind="k", title="Oral"),
            Modality(id="c", kind="k", title="Entretien", after=("a", "b")),
        ),
        jury=JuryRules(min_members=2),
    )
    assert (
        order_problem("c", session, []) == "La modalité « Entretien » se déroule obligatoirement après : Écrit, Oral."
    )
    assert order_problem("c", session, ["b"]) == "La modalité « Entretien » se déroule obligatoirement après : Écrit."
    assert order_problem("c", session, ["a", "b"]) is None


def test_unknown_modality() -> None:
    with pytest.raises(KeyError):
        order_problem("inconnue", TITRE, ())


# --- who takes what --------------------------------------------------------------------------


def test_status_values() -> None:
    assert [s.value for s in CandidateModalityStatus] == [
        "todo",
        "in_progress",
        "done",
        "absent",
        "abandoned",
        "not_applicable",
    ]


@pytest.mark.parametrize("path", ["formation", "vae"])
def test_title_candidates_take_every_modality(path: str) -> None:
    units = [u.id for u in REF.units]
    assert modalities_for_candidate(TITRE, path, units, (), REF) == ("msp", "et", "qp", "ef")
    assert modalities_for_candidate(TITRE, path, units, ["CCP1"], REF) == ("msp", "et", "qp", "ef")


def test_capitalisation_candidate_in_the_title_session_takes_the_final_interview_only() -> None:
    units = [u.id for u in REF.units]
    taken = modalities_for_candidate(TITRE, "capitalisation", units, units, REF)
    assert taken == ("ef",)
    assert all(TITRE.modality(m).evaluates_whole_certification for m in taken)
    assert order_problem("ef", TITRE, ()) is None


def test_capitalisation_session() -> None:
    session = REF.session("capitalisation")
    units = [u.id for u in REF.units]
    assert modalities_for_candidate(session, "capitalisation", units, units, REF) == ("entretien_capitalisation",)


def test_unit_sessions_are_taken_whole() -> None:
    ccp1 = REF.session("ccp1")
    for path in ("formation", "vae", "capitalisation"):
        assert modalities_for_candidate(ccp1, path, ["CCP1"], (), REF) == ("msp", "et", "qp")
    assert modalities_for_candidate(REF.session("ccp2"), "capitalisation", ["CCP2"], ["CCP1"], REF) == ("projet",)


def test_unknown_path() -> None:
    with pytest.raises(ValueError, match="parcours inconnu"):
        modalities_for_candidate(TITRE, "apprentissage", (), (), REF)
