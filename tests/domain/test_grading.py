"""Marks, suggested judgements and the completeness of a grid, on the TP CIP référentiel."""

from __future__ import annotations

from pathlib import Path

import pytest

from jury_app.domain.grading import (
    OVERALL,
    Mark,
    grid_completeness,
    modality_criteria,
    suggest_judgement,
)
from jury_app.domain.referentiel import Competence, Judgement, Modality, Referentiel

REFERENTIEL_PATH = Path(__file__).parents[2] / "resources/referentiels/TP-00403-08.json"
REF = Referentiel.model_validate_json(REFERENTIEL_PATH.read_text(encoding="utf-8"))
TITRE = REF.session("titre")
RATIO = REF.decision_rules.suggest_acquired_min_satisfied_ratio

S, N, NO = Mark.SATISFIED, Mark.NOT_SATISFIED, Mark.NOT_OBSERVED


def crit_ids(competence_id: str) -> list[str]:
    return [c.id for c in REF.competence(competence_id).criteria]


def marks_for(ids: list[str], *values: Mark) -> dict[str, Mark | None]:
    return dict(zip(ids, values, strict=True))


def test_mark_values() -> None:
    assert [m.value for m in Mark] == ["satisfied", "not_satisfied", "not_observed"]


def test_the_data_ratio_is_all_observed_satisfied() -> None:
    assert RATIO == 1.0


def test_no_suggestion_while_a_criterion_is_unmarked() -> None:
    ids = crit_ids("CP1")
    assert suggest_judgement({}, ids, RATIO) is None
    partial: dict[str, Mark | None] = dict.fromkeys(ids[:-1], S)
    assert suggest_judgement(partial, ids, RATIO) is None
    partial[ids[-1]] = None
    assert suggest_judgement(partial, ids, RATIO) is None


def test_suggestions_with_the_data_ratio() -> None:
    ids = crit_ids("CP1")  # five criteria
    assert suggest_judgement(marks_for(ids, S, S, S, S, S), ids, RATIO) is Judgement.ACQUIRED
    assert suggest_judgement(marks_for(ids, S, S, S, S, N), ids, RATIO) is Judgement.NOT_ACQUIRED
    # Not observed criteria are left out of the ratio.
    assert suggest_judgement(marks_for(ids, S, S, NO, S, NO), ids, RATIO) is Judgement.ACQUIRED
    # Nothing observed: nothing to acquire on.
    assert suggest_judgement(marks_for(ids, NO, NO, NO, NO, NO), ids, RATIO) is Judgement.NOT_ACQUIRED


@pytest.mark.parametrize(
    ("values", "ratio", "expected"),
    [
        ((S, S, S, S, N), 0.8, Judgement.ACQUIRED),  # exactly at the ratio
        ((S, S, S, N, N), 0.8, Judgement.NOT_ACQUIRED),
        ((S, S, S, N, NO), 0.75, Judgement.ACQUIRED),
        ((S, S, N, N, NO), 0.75, Judgement.NOT_ACQUIRED),
        ((N, N, N, N, N), 0.0, Judgement.ACQUIRED),
        ((S, N, N, NO, NO), 1 / 3, Judgement.ACQUIRED),
    ],
)
def test_suggestions_with_other_ratios(values: tuple[Mark, ...], ratio: float, expected: Judgement) -> None:
    ids = crit_ids("CP1")
    assert suggest_judgement(marks_for(ids, *values), ids, ratio) is expected


def test_marks_of_other_criteria_are_ignored() -> None:
    ids = crit_ids("CP4")
    marks: dict[str, Mark | None] = dict.fromkeys(ids, S)
    marks["CP1.1"] = N
    assert suggest_judgement(marks, ids, RATIO) is Judgement.ACQUIRED


def test_no_suggestion_without_criteria() -> None:
    assert suggest_judgement({}, [], RATIO) is None


def test_modality_criteria_follow_the_referentiel() -> None:
    msp = modality_criteria(TITRE.modality("msp"), REF)
    assert [(c.id, len(crs)) for c, crs in msp] == [("CP1", 5), ("CP2", 5)]
    assert msp[0][1] == REF.competence("CP1").criteria
    et = modality_criteria(TITRE.modality("et"), REF)
    assert [c.id for c, _ in et] == list(TITRE.modality("et").evaluates)
    assert modality_criteria(TITRE.modality("ef"), REF) == []


def test_empty_grid() -> None:
    g = grid_completeness(TITRE.modality("msp"), REF, {}, {})
    assert (g.total, g.marked, g.complete) == (10, 0, False)
    assert g.unmarked == tuple(crit_ids("CP1") + crit_ids("CP2"))
    assert g.judgements_missing == ("CP1", "CP2")


def test_grid_filled_in_step_by_step() -> None:
    msp = TITRE.modality("msp")
    ids = crit_ids("CP1") + crit_ids("CP2")
    marks: dict[str, Mark | None] = dict.fromkeys(ids[:7], S)
    g = grid_completeness(msp, REF, marks, {})
    assert (g.marked, g.unmarked) == (7, tuple(ids[7:]))
    marks.update(dict.fromkeys(ids[7:], NO))
    judgements: dict[str, Judgement | None] = {"CP1": Judgement.ACQUIRED}
    g = grid_completeness(msp, REF, marks, judgements)
    assert (g.marked, g.unmarked, g.judgements_missing, g.complete) == (10, (), ("CP2",), False)
    judgements["CP2"] = Judgement.NOT_ACQUIRED
    g = grid_completeness(msp, REF, marks, judgements)
    assert g.complete and g.judgements_missing == ()
    # A mark erased makes the grid incomplete again.
    marks[ids[0]] = None
    assert not grid_completeness(msp, REF, marks, judgements).complete


def test_judgements_without_marks_are_not_enough() -> None:
    et = TITRE.modality("et")
    judgements = dict.fromkeys(et.evaluates, Judgement.ACQUIRED)
    g = grid_completeness(et, REF, {}, judgements)
    assert g.judgements_missing == () and not g.complete
    assert g.total == sum(len(REF.competence(c).criteria) for c in et.evaluates)


def test_overall_judgement_of_the_final_interview() -> None:
    ef = TITRE.modality("ef")
    assert ef.evaluates_whole_certification and not ef.evaluates
    g = grid_completeness(ef, REF, {}, {})
    assert (g.total, g.marked, g.unmarked, g.judgements_missing, g.complete) == (0, 0, (), (OVERALL,), False)
    g = grid_completeness(ef, REF, {}, {OVERALL: Judgement.ACQUIRED})
    assert g.complete
    assert OVERALL == "__overall__"
    cap = REF.session("capitalisation").modality("entretien_capitalisation")
    assert not grid_completeness(cap, REF, {}, {}).complete
    assert grid_completeness(cap, REF, {}, {OVERALL: Judgement.NOT_ACQUIRED}).complete


def test_competence_whose_criteria_are_to_be_set() -> None:
    extra = Competence(id="CPX", number=99, title="Compétence sans critère", unit_id="CCP1", criteria_to_be_set=True)
    ref = REF.model_copy(update={"competences": (*REF.competences, extra)})
    m = Modality(id="m", kind="k", title="Oral", duration_min=10, evaluates=("CP4", "CPX"))
    assert [(c.id, crs) for c, crs in modality_criteria(m, ref)][1] == ("CPX", ())
    marks: dict[str, Mark | None] = dict.fromkeys(crit_ids("CP4"), S)
    g = grid_completeness(m, ref, marks, {"CP4": Judgement.ACQUIRED})
    assert (g.total, g.marked, g.judgements_missing, g.complete) == (3, 3, ("CPX",), False)
    assert grid_completeness(m, ref, marks, {"CP4": Judgement.ACQUIRED, "CPX": Judgement.ACQUIRED}).complete
