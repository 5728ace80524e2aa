"""The evidence rule: no competence acquired, no CCP and no title granted without what the jurors saw."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from jury_app.domain.evidence import (
    Evidence,
    HeldUnit,
    common_judgement_problem,
    departs_from_jurors,
    gather_evidence,
    grant_refusal,
    held_units,
    interview_judgements,
    title_grant_problems,
    unit_grant_problems,
)
from jury_app.domain.grading import OVERALL
from jury_app.domain.referentiel import Judgement, Referentiel

ROOT = Path(__file__).parents[2] / "resources/referentiels"
REF = Referentiel.model_validate_json((ROOT / "TP-00403-08.json").read_text(encoding="utf-8"))
TITRE = REF.session("titre")
A, N = Judgement.ACQUIRED, Judgement.NOT_ACQUIRED


@dataclass(frozen=True)
class Detail:
    unit_id: str
    obtained_under: str | None = None
    proof_attachment_id: str | None = None
    obtained_on: date | None = None


def _all_acquired(modalities: tuple[str, ...], jurors: int = 2) -> dict[tuple[str, str], list[Judgement | None]]:
    return {(m.id, cid): [A] * jurors for m in TITRE.modalities if m.id in modalities for cid in m.evaluates}


# --- evidence per competence ----------------------------------------------------------------------


def test_evidence_counts_every_juror_in_every_modality_that_evaluates_the_competence() -> None:
    judged = {("msp", "CP1"): [A, N], ("et", "CP1"): [A, None], ("qp", "CP3"): [None, None]}
    ev = gather_evidence(["CP1", "CP3", "CP12"], TITRE.modalities, judged)
    assert ev["CP1"].modalities == ("msp", "et")
    assert ev["CP1"].judgements == (A, N, A) and ev["CP1"].count == 3
    assert ev["CP3"].modalities == ("qp",) and not ev["CP3"].has_evidence
    assert ev["CP12"].modalities == ("qp",) and ev["CP12"].count == 0


def test_evidence_only_from_the_candidate_s_modalities() -> None:
    """A judgement in a modality the candidate's path does not take is not evidence."""
    capitalisation = REF.session("capitalisation").modalities_for("capitalisation")
    ev = gather_evidence(["CP12"], capitalisation, {("qp", "CP12"): [A, A]})
    assert ev["CP12"].modalities == () and not ev["CP12"].has_evidence


def test_acquired_needs_one_juror_judgement() -> None:
    none = Evidence("CP12", ("qp",), ())
    problem = common_judgement_problem(none, A, "")
    assert problem is not None and "CP12" in problem and "aucun juré" in problem
    assert common_judgement_problem(none, A, "un motif ne remplace pas une évaluation") is not None
    # Not acquired without evidence stays possible: a refusal always carries its reason on the PV.
    assert common_judgement_problem(none, N, "") is None
    assert common_judgement_problem(none, None, "") is None
    assert common_judgement_problem(Evidence("CP12", ("qp",), (N,)), N, "") is None


def test_departing_from_every_juror_needs_a_reason() -> None:
    both_not = Evidence("CP11", ("et", "qp"), (N, N, N, N))
    assert departs_from_jurors(both_not, A)
    problem = common_judgement_problem(both_not, A, "  ")
    assert problem is not None and "s'écarte" in problem and "non acquis" in problem
    assert common_judgement_problem(both_not, A, "Analyse de pratique reprise à l'entretien final") is None
    split = Evidence("CP11", ("et",), (A, N))
    assert not departs_from_jurors(split, A) and not departs_from_jurors(split, N)
    assert common_judgement_problem(split, N, "") is None
    assert not departs_from_jurors(Evidence("CP11", ("et",), ()), N)
    assert not departs_from_jurors(both_not, None)


# --- units ----------------------------------------------------------------------------------------


def test_unit_granted_only_when_each_competence_is_acquired_on_evidence() -> None:
    ev = gather_evidence(REF.unit("CCP3").competence_ids, TITRE.modalities, _all_acquired(("qp",)))
    common = dict.fromkeys(REF.unit("CCP3").competence_ids, A)
    assert unit_grant_problems(REF, "CCP3", ev, common) == ()
    assert unit_grant_problems(REF, "CCP3", ev, {**common, "CP14": None}) == ("CP14 : jugement commun à poser",)
    assert unit_grant_problems(REF, "CCP3", ev, {**common, "CP13": N}) == ("CP13 : jugée non acquise",)


def test_unit_without_any_evaluation_cannot_be_granted() -> None:
    """C06 of the old demo: CCP3's competences judged acquired in common, by no juror."""
    ev = gather_evidence(REF.unit("CCP3").competence_ids, TITRE.modalities_for("formation"), {})
    common = dict.fromkeys(REF.unit("CCP3").competence_ids, A)
    problems = unit_grant_problems(REF, "CCP3", ev, common)
    assert len(problems) == 4 and all("évaluée par aucun juré" in p for p in problems)
    assert grant_refusal("CCP3", problems).startswith("impossible d'accorder CCP3 : CP12 : évaluée")


# --- units held before ----------------------------------------------------------------------------


def test_held_units_carry_their_proof_and_version() -> None:
    held = held_units(
        REF,
        ["CCP1", "CCP2", "CCP3"],
        [
            Detail("CCP1", None, "PREUVE-CCP1", date(2024, 6, 14)),
            Detail("CCP2", "TP-00403@07", "PREUVE-CCP2"),
        ],
    )
    assert held["CCP1"] == HeldUnit("CCP1", "TP-00403@08", "CCP1", "PREUVE-CCP1", date(2024, 6, 14), False)
    assert held["CCP2"].through_equivalence and held["CCP2"].obtained_under == "TP-00403@07"
    assert held["CCP3"].proof is None  # declared, no detail
    assert list(held) == ["CCP1", "CCP2", "CCP3"]


def test_a_detail_that_counts_as_no_unit_proves_nothing() -> None:
    held = held_units(REF, ["CCP1"], [Detail("CCP1", "TP-99999@01", "X")])
    assert held["CCP1"].proof is None


def test_title_needs_every_unit_granted_or_held_with_its_proof() -> None:
    interview = {"Entretien final": 2}
    held = held_units(REF, ["CCP1"], [Detail("CCP1", "TP-00403@07", "P1")])
    assert title_grant_problems(REF, {"CCP2": True, "CCP3": True}, held, interview) == ()
    problems = title_grant_problems(REF, {"CCP2": True, "CCP3": False}, held, interview)
    assert problems == ("CCP3 non acquis",)
    problems = title_grant_problems(REF, {"CCP2": None, "CCP3": True}, held, interview)
    assert problems == ("CCP2 : décision sur le CCP à prendre d'abord",)
    without_proof = held_units(REF, ["CCP1"], [])
    problems = title_grant_problems(REF, {"CCP2": True, "CCP3": True}, without_proof, interview)
    assert len(problems) == 1 and "CCP1 déclaré déjà acquis sans le document" in problems[0]
    problems = title_grant_problems(REF, {"CCP2": True, "CCP3": True}, {}, interview)
    assert problems == ("CCP1 ni évalué dans cette session ni déjà acquis",)


def test_title_needs_its_interview_judged() -> None:
    judged = {("ef", OVERALL): [None, None]}
    interviews = interview_judgements(TITRE.modalities_for("formation"), judged, OVERALL)
    assert interviews == {"Entretien final": 0}
    granted = {"CCP1": True, "CCP2": True, "CCP3": True}
    assert title_grant_problems(REF, granted, {}, interviews) == ("« Entretien final » : jugé par aucun juré",)
    judged = {("ef", OVERALL): [A, None]}
    assert title_grant_problems(REF, granted, {}, interview_judgements(TITRE.modalities, judged, OVERALL)) == ()


@pytest.mark.parametrize("code", ["RNCP35635-1", "RNCP35667-1"])
def test_rncp_words(code: str) -> None:
    ref = Referentiel.model_validate_json((ROOT / f"{code}.json").read_text(encoding="utf-8"))
    first = ref.units[0].id
    problems = title_grant_problems(ref, {first: None}, {}, {})
    assert problems[0] == f"{first} : décision sur le bloc à prendre d'abord"
