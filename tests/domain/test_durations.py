"""A session's effective durations: the référentiel's, completed by the session's, never guessed."""

from __future__ import annotations

from pathlib import Path

import pytest

from jury_app.domain.durations import (
    DEFAULT_PHASE_ID,
    DurationProblem,
    EffectiveDurations,
    duration_key,
    duration_problems,
    effective_durations,
    settable_keys,
    with_extra_time,
)
from jury_app.domain.referentiel import Modality, Phase, Referentiel

REFERENTIELS = Path(__file__).parents[2] / "resources/referentiels"


def _load(name: str) -> Referentiel:
    return Referentiel.model_validate_json((REFERENTIELS / name).read_text(encoding="utf-8"))


TP = _load("TP-00403-08.json")
CIP = _load("RNCP35667-1.json")
CTP = _load("RNCP35635-1.json")


def minutes(eff: EffectiveDurations) -> list[tuple[str, int | None, str | None]]:
    return [(p.id, p.minutes, p.source) for p in eff.phases]


def test_fixed_durations_come_from_the_referentiel() -> None:
    eff = effective_durations(TP.session("titre").modality("qp"), {})
    assert (eff.timed, eff.total, eff.total_source, eff.complete) == (True, 60, "referentiel", True)
    assert minutes(eff) == [("presentation", 20, "referentiel"), ("questions", 40, "referentiel")]


def test_phases_left_open_are_reported_not_split() -> None:
    """The ET: 40 min, the synthesis 20 min, presentation and questions left to the session (RE 3.1)."""
    et = TP.session("titre").modality("et")
    assert settable_keys(et) == ("et/presentation", "et/questions")
    eff = effective_durations(et, {})
    assert eff.total == 40
    assert minutes(eff) == [("synthese", 20, "referentiel"), ("presentation", None, None), ("questions", None, None)]
    assert eff.unset == ("et/presentation", "et/questions")
    assert not eff.complete


def test_one_phase_set_leaves_the_rest_to_the_last() -> None:
    et = TP.session("titre").modality("et")
    eff = effective_durations(et, {"et/presentation": 5})
    assert minutes(eff) == [
        ("synthese", 20, "referentiel"),
        ("presentation", 5, "session"),
        ("questions", 15, "remainder"),
    ]
    assert eff.complete
    both = effective_durations(et, {"et/presentation": 8, "et/questions": 12})
    assert [p.minutes for p in both.phases] == [20, 8, 12]
    assert both.complete


def test_a_modality_left_open_without_phases() -> None:
    interview = TP.session("capitalisation").modality("entretien_capitalisation")
    assert settable_keys(interview) == ("entretien_capitalisation",)
    eff = effective_durations(interview, {})
    assert (eff.total, eff.unset) == (None, ("entretien_capitalisation",))
    assert minutes(eff) == [(DEFAULT_PHASE_ID, None, None)]
    set_ = effective_durations(interview, {"entretien_capitalisation": 25})
    assert (set_.total, set_.total_source, set_.complete) == (25, "session", True)
    assert minutes(set_) == [(DEFAULT_PHASE_ID, 25, "session")]
    assert set_.phases[0].title == interview.title


def test_keys_for_fixed_durations_are_ignored() -> None:
    eff = effective_durations(TP.session("titre").modality("qp"), {"qp": 90, "qp/questions": 70})
    assert eff.total == 60
    assert [p.minutes for p in eff.phases] == [20, 40]


def test_document_modalities_have_no_duration() -> None:
    note = CIP.title_session().modality("bc01-note-de-synthese")
    eff = effective_durations(note, {"bc01-note-de-synthese": 30})
    assert (eff.timed, eff.total, eff.phases, eff.unset, eff.complete) == (False, None, (), (), True)
    assert settable_keys(note) == ()


def test_total_from_the_phases_when_they_are_all_known() -> None:
    m = Modality(
        id="m",
        kind="k",
        title="Épreuve",
        phases=(Phase(id="a", title="A", duration_min=10), Phase(id="b", title="B")),
    )
    assert settable_keys(m) == ("m", "m/b")
    eff = effective_durations(m, {"m/b": 15})
    assert (eff.total, eff.total_source, eff.complete) == (25, "phases", True)
    # the total set, the open phase has the rest
    eff = effective_durations(m, {"m": 30})
    assert minutes(eff) == [("a", 10, "referentiel"), ("b", 20, "remainder")]
    # nothing set: both the total and the phase are missing
    assert effective_durations(m, {}).unset == ("m", "m/b")


def test_duration_key() -> None:
    assert duration_key("et") == "et"
    assert duration_key("et", "questions") == "et/questions"


# --- problems ---------------------------------------------------------------------------------


def texts(problems: list[DurationProblem]) -> list[str]:
    return [p.message for p in problems]


def test_an_old_tp_session_has_nothing_to_set() -> None:
    """Packages written before durations existed stay valid: the ET's open phases are not refused."""
    titre = TP.session("titre")
    assert duration_problems(titre, {}, ["formation", "vae", "capitalisation"]) == []
    assert duration_problems(titre, {"et/presentation": 10, "et/questions": 10}, ["formation"]) == []


@pytest.mark.parametrize(
    ("durations", "key", "expected"),
    [
        ({"oral": 20}, "oral", "aucune modalité « oral » dans cette session (modalités : msp, et, qp, ef)"),
        ({"et/conclusion": 5}, "et/conclusion", "« Entretien technique » n'a pas de phase « conclusion »"),
        (
            {"qp": 70},
            "qp",
            "la durée de « Questionnement à partir de production(s) » est fixée par le référentiel (60 min)",
        ),
        ({"et": 45}, "et", "la durée de « Entretien technique » est fixée par le référentiel (40 min)"),
        (
            {"et/synthese": 25},
            "et/synthese",
            "phase « Synthèse écrite et analyse de pratique », est fixée par le référentiel (20 min)",
        ),
    ],
)
def test_keys_must_name_an_open_duration(durations: dict[str, int], key: str, expected: str) -> None:
    (problem,) = duration_problems(TP.session("titre"), durations, ["formation"])
    assert problem.key == key
    assert expected in problem.message


def test_phases_must_add_up() -> None:
    titre = TP.session("titre")
    (problem,) = duration_problems(titre, {"et/presentation": 12, "et/questions": 12}, ["formation"])
    assert problem.key is None
    assert "les phases de « Entretien technique » font 44 min, la modalité 40 min" in problem.message
    (problem,) = duration_problems(titre, {"et/presentation": 20}, ["formation"])
    assert "il ne reste rien pour : Questionnement par le jury" in problem.message


def test_a_modality_a_candidate_takes_needs_its_duration() -> None:
    cert = CIP.title_session()
    found = texts(duration_problems(cert, {}, ["formation"]))
    assert len(found) == 3
    assert any("durée de « Évaluation orale devant un jury de professionnels » à définir" in t for t in found)
    # VAE candidates only have documents to be judged: nothing to set
    assert duration_problems(cert, {}, ["vae"]) == []
    set_all = {"bc01-oral-jury": 30, "bc02-etude-de-cas": 90, "bc03-entretien-professionnel": 45}
    assert duration_problems(cert, set_all, ["formation", "vae"]) == []
    (doc,) = duration_problems(cert, {**set_all, "bc03-dossier-ecrit-accompagnement": 10}, ["formation"])
    assert "s'évalue sur document : elle n'a pas de durée" in doc.message


def test_capitalisation_interview_needs_its_duration() -> None:
    cap = TP.session("capitalisation")
    (problem,) = duration_problems(cap, {}, ["capitalisation"])
    assert "durée de « Entretien avec le jury (capitalisation de CCP) » à définir pour la session" in problem.message
    assert duration_problems(cap, {"entretien_capitalisation": 20}, ["capitalisation"]) == []
    assert duration_problems(CTP.session("evaluation-complementaire"), {}, ["vae"]) == []


@pytest.mark.parametrize(
    ("seconds", "percent", "granted"),
    [
        (900, 0, 900),  # no extra time: as planned
        (800, 0, 800),
        (900, 33, 1200),  # 19 min 57 s -> 20 min
        (1800, 33, 2400),  # 39 min 54 s -> 40 min
        (1200, 25, 1500),  # exactly 25 min: not one minute more
        (600, 1, 660),  # 10 min 6 s -> 11 min: always in the candidate's favour
        (60, 100, 120),
    ],
)
def test_extra_time_is_granted_in_whole_minutes_rounded_up(seconds: int, percent: int, granted: int) -> None:
    assert with_extra_time(seconds, percent) == granted


def test_extra_time_is_never_negative() -> None:
    with pytest.raises(ValueError):
        with_extra_time(600, -5)
