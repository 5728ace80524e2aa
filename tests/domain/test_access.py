"""Paths follow the référentiel: who may sit which session."""

from __future__ import annotations

from pathlib import Path

import pytest

from jury_app.domain.access import path_problem
from jury_app.domain.referentiel import Referentiel

ROOT = Path(__file__).parents[2] / "resources/referentiels"
REF = Referentiel.model_validate_json((ROOT / "TP-00403-08.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", ["formation", "vae"])
@pytest.mark.parametrize("session", ["titre", "ccp1", "ccp2", "ccp3"])
def test_training_and_vae_sit_the_title_and_ccp_sessions(path: str, session: str) -> None:
    assert path_problem(REF, REF.session(session), path, ()) is None


def test_capitalisation_never_sits_the_title_session() -> None:
    """Seed 002 l. 1509: the interview comes at the end of the last CCP's session."""
    problem = path_problem(REF, REF.session("titre"), "capitalisation", ("CCP1", "CCP2"))
    assert problem is not None
    assert "ne passe pas par la session « Session du titre professionnel »" in problem
    assert "passe la session du CCP qui lui manque" in problem


@pytest.mark.parametrize("session", ["ccp1", "ccp2", "ccp3"])
def test_capitalisation_sits_a_ccp_session(session: str) -> None:
    assert path_problem(REF, REF.session(session), "capitalisation", ("CCP1",)) is None


def test_capitalisation_interview_once_every_ccp_is_held() -> None:
    session = REF.session("capitalisation")
    assert path_problem(REF, session, "capitalisation", ("CCP1", "CCP2", "CCP3")) is None
    problem = path_problem(REF, session, "capitalisation", ("CCP1", "CCP2"))
    assert problem is not None and "il lui manque CCP3" in problem and "ce CCP" in problem
    problem = path_problem(REF, session, "capitalisation", ("CCP1",))
    assert problem is not None and "CCP2, CCP3" in problem and "ces CCP" in problem


@pytest.mark.parametrize("path", ["formation", "vae"])
def test_the_capitalisation_interview_is_for_capitalisation_only(path: str) -> None:
    problem = path_problem(REF, REF.session("capitalisation"), path, ("CCP1", "CCP2", "CCP3"))
    assert problem is not None and "ne passe pas" in problem


def test_unknown_path() -> None:
    problem = path_problem(REF, REF.session("titre"), "apprentissage", ())
    assert problem is not None and "non prévu" in problem


@pytest.mark.parametrize("code", ["RNCP35635-1", "RNCP35667-1"])
def test_rncp_paths_follow_their_sessions(code: str) -> None:
    ref = Referentiel.model_validate_json((ROOT / f"{code}.json").read_text(encoding="utf-8"))
    for p in ref.paths:
        for s in ref.sessions:
            problem = path_problem(ref, s, p.id, [u.id for u in ref.units])
            allowed = (not p.session_ids or s.id in p.session_ids) and bool(s.modalities_for(p.id))
            assert (problem is None) == allowed, (p.id, s.id, problem)
