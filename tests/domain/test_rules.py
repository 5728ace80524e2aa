"""Session rules read from the TP CIP référentiel: jury size, order of modalities, who takes what."""

from __future__ import annotations

from pathlib import Path

import pytest

from jury_app.domain.referentiel import JuryRules, Modality, Referentiel, SessionDefinition, SessionScope
from jury_app.domain.rules import (
    CandidateModalityStatus,
    candidate_scope,
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
    assert str(order_problem("et", TITRE, ())) == (
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
        str(order_problem("c", session, []))
        == "La modalité « Entretien » se déroule obligatoirement après : Écrit, Oral."
    )
    assert (
        str(order_problem("c", session, ["b"])) == "La modalité « Entretien » se déroule obligatoirement après : Écrit."
    )
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
    assert modalities_for_candidate(TITRE, path, REF) == ("msp", "et", "qp", "ef")


def test_capitalisation_candidates_take_nothing_in_the_title_session() -> None:
    # RE: the capitalisation interview comes at the end of the last CCP session, in its own session.
    assert modalities_for_candidate(TITRE, "capitalisation", REF) == ()


def test_capitalisation_session() -> None:
    session = REF.session("capitalisation")
    assert modalities_for_candidate(session, "capitalisation", REF) == ("entretien_capitalisation",)
    assert modalities_for_candidate(session, "formation", REF) == ()


def test_unit_sessions_are_taken_whole() -> None:
    ccp1 = REF.session("ccp1")
    for path in ("formation", "vae", "capitalisation"):
        assert modalities_for_candidate(ccp1, path, REF) == ("msp", "et", "qp")
    assert modalities_for_candidate(REF.session("ccp2"), "capitalisation", REF) == ("projet",)


def test_unknown_path() -> None:
    with pytest.raises(ValueError, match="parcours inconnu"):
        modalities_for_candidate(TITRE, "apprentissage", REF)


def test_paths_are_data_a_modality_without_paths_serves_every_path() -> None:
    session = REF.session("ccp2")
    everyone = session.model_copy(
        update={"modalities": tuple(m.model_copy(update={"paths": ()}) for m in session.modalities)}
    )
    for path in ("formation", "vae", "capitalisation"):
        assert modalities_for_candidate(everyone, path, REF) == ("projet",)
    vae_only = session.model_copy(
        update={"modalities": tuple(m.model_copy(update={"paths": ("vae",)}) for m in session.modalities)}
    )
    assert modalities_for_candidate(vae_only, "formation", REF) == ()
    assert modalities_for_candidate(vae_only, "vae", REF) == ("projet",)


# --- scope: what a candidate takes and what is decided -------------------------------------------


def test_scope_of_a_title_candidate() -> None:
    units = [u.id for u in REF.units]
    scope = candidate_scope(REF, TITRE, "formation", units, ())
    assert scope.modality_ids == ("msp", "et", "qp", "ef")
    assert scope.units == ("CCP1", "CCP2", "CCP3")
    assert scope.competences == tuple(f"CP{i}" for i in range(1, 16))
    assert scope.decides_certification


def test_scope_of_a_ccp2_session() -> None:
    scope = candidate_scope(REF, REF.session("ccp2"), "capitalisation", ["CCP2"], ["CCP1"])
    assert scope.modality_ids == ("projet",)
    assert scope.units == ("CCP2",)
    assert scope.competences == ("CP6", "CP7", "CP8", "CP9", "CP10", "CP11")
    assert not scope.decides_certification


def test_scope_of_the_capitalisation_interview_decides_the_title_only() -> None:
    units = [u.id for u in REF.units]
    scope = candidate_scope(REF, REF.session("capitalisation"), "capitalisation", (), units)
    assert scope.modality_ids == ("entretien_capitalisation",)
    assert scope.units == () and scope.competences == ()
    assert scope.decides_certification


@pytest.mark.parametrize(
    ("path", "modalities"),
    [
        (
            "formation",
            (
                "bc01-note-de-synthese",
                "bc01-oral-jury",
                "bc02-etude-de-cas",
                "bc03-dossier-ecrit-accompagnement",
                "bc03-entretien-professionnel",
            ),
        ),
        ("vae", ("vae-bc01-etude-livret-2", "vae-bc02-etude-livret-2", "vae-bc03-etude-livret-2")),
        ("capitalisation", ()),
    ],
)
def test_scope_of_an_rncp_certification_session_follows_the_path(path: str, modalities: tuple[str, ...]) -> None:
    ref = _rncp("RNCP35667-1")
    scope = candidate_scope(ref, ref.title_session(), path, (), ())
    assert scope.modality_ids == modalities
    assert scope.units == ("BC01", "BC02", "BC03")
    assert len(scope.competences) == (36 if modalities else 0)


def test_a_block_only_judged_as_a_whole_is_decided_directly() -> None:
    ref = _rncp("RNCP35635-1")
    scope = candidate_scope(ref, ref.session("evaluation-complementaire"), "formation", (), ["BC01", "BC02"])
    assert scope.modality_ids == ("evaluation-complementaire",)
    assert scope.units == ("BC03", "BC04")
    assert scope.competences == ()


def _rncp(name: str) -> Referentiel:
    return Referentiel.model_validate_json((REFERENTIEL_PATH.parent / f"{name}.json").read_text(encoding="utf-8"))


# --- jury composition --------------------------------------------------------------------------


def test_jury_profiles_of_rncp35667() -> None:
    ref = _rncp("RNCP35667-1")
    session = ref.title_session()
    assert check_jury(2, session, mock=False, profiles=["directeur-expert-insertion", "praticien-ou-formateur"]) == []
    problems = check_jury(2, session, mock=False, profiles=["praticien-ou-formateur", "praticien-ou-formateur"])
    assert problems == [
        "Le jury doit compter au moins 1 membre « Administrateur ou directeur de structure expert en insertion "
        "professionnelle » (0 parmi les membres)."
    ]
    assert len(check_jury(1, session, mock=False, profiles=["directeur-expert-insertion"])) == 2
    assert check_jury(1, session, mock=True, profiles=[None]) == []
    assert check_jury(2, session, mock=False) == []  # profiles not known: only the count is checked
