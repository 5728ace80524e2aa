"""A juror's grid: marks, judgements, observations, notes, undo, completeness, and durability."""

from __future__ import annotations

import pytest

from jury_app.actions import grids, jurors
from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import OVERALL, Mark
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import Judgement
from jury_app.paths import resolve

S = "DEMO-CIP-2026-11"
MSP_J1 = GridKey(S, "C01", "msp", "J1")
MSP_J2 = GridKey(S, "C01", "msp", "J2")
MSP_CRITERIA = [f"CP1.{i}" for i in range(1, 6)] + [f"CP2.{i}" for i in range(1, 6)]


def _messages(exc: pytest.ExceptionInfo[InvalidInput]) -> str:
    return "\n".join(p.message for p in exc.value.problems)


@pytest.fixture
def declared(ctx: AppContext) -> AppContext:
    for cand in ("C01", "C05"):
        for juror in ("J1", "J2"):
            jurors.declare(ctx, S, cand, juror, has_link=False)
    return ctx


def _observation(view: grids.GridView, competence_id: str) -> str:
    for c in view.competences:
        if c.key == competence_id:
            return c.observation
    raise KeyError(competence_id)


def _judgement(view: grids.GridView, competence_id: str) -> Judgement | None:
    for c in view.competences:
        if c.key == competence_id:
            return c.judgement
    raise KeyError(competence_id)


def test_empty_grid_shape(declared: AppContext) -> None:
    view = grids.grid_view(declared, MSP_J1)
    assert [c.competence.id for c in view.competences if c.competence] == ["CP1", "CP2"]
    assert [cr.id for c in view.competences for cr in c.criteria] == MSP_CRITERIA
    assert view.marks == {}
    assert view.notes == ()
    assert not view.can_undo
    assert view.saved_at is None
    assert view.source == "app"
    assert view.completeness.total == 10
    assert view.completeness.marked == 0
    assert not view.completeness.complete


def test_set_mark_and_change_it(declared: AppContext, clock: FakeClock) -> None:
    view = grids.set_mark(declared, MSP_J1, "CP1.1", Mark.SATISFIED, clock)
    assert view.marks == {"CP1.1": Mark.SATISFIED}
    assert view.saved_at == clock.now()
    assert view.can_undo
    clock.advance(5)
    view = grids.set_mark(declared, MSP_J1, "CP1.1", Mark.NOT_SATISFIED, clock)
    assert view.marks == {"CP1.1": Mark.NOT_SATISFIED}
    assert view.saved_at == clock.now()
    view = grids.set_mark(declared, MSP_J1, "CP1.1", None, clock)
    assert view.marks == {}
    assert grids.grid_view(declared, MSP_J1).marks == {}


def test_criterion_outside_the_modality_is_refused(declared: AppContext, clock: FakeClock) -> None:
    for criterion in ("CP3.1", "CP15.1", "nope"):
        with pytest.raises(InvalidInput) as exc:
            grids.set_mark(declared, MSP_J1, criterion, Mark.SATISFIED, clock)
        assert "n'appartient pas à la grille" in _messages(exc)
    with pytest.raises(InvalidInput):
        grids.set_judgement(declared, MSP_J1, "CP3", Judgement.ACQUIRED, clock)
    with pytest.raises(InvalidInput):  # the overall judgement belongs to the entretien final only
        grids.set_judgement(declared, MSP_J1, OVERALL, Judgement.ACQUIRED, clock)
    with pytest.raises(InvalidInput):  # and the entretien final has no criteria
        grids.set_mark(declared, GridKey(S, "C01", "ef", "J1"), "CP1.1", Mark.SATISFIED, clock)
    assert grids.grid_view(declared, MSP_J1).marks == {}


def test_unknown_modality_juror_candidate(declared: AppContext, clock: FakeClock) -> None:
    for key in (GridKey(S, "C01", "zz", "J1"), GridKey(S, "C01", "msp", "J9"), GridKey(S, "C99", "msp", "J1")):
        with pytest.raises(InvalidInput):
            grids.set_mark(declared, key, "CP1.1", Mark.SATISFIED, clock)


def test_undo_restores_previous_values(declared: AppContext, clock: FakeClock) -> None:
    with pytest.raises(InvalidInput) as exc:
        grids.undo_last(declared, MSP_J1, clock)
    assert "rien à annuler" in _messages(exc)

    grids.set_mark(declared, MSP_J1, "CP1.1", Mark.SATISFIED, clock)
    grids.set_mark(declared, MSP_J1, "CP1.1", Mark.NOT_OBSERVED, clock)
    grids.set_judgement(declared, MSP_J1, "CP1", Judgement.ACQUIRED, clock)
    grids.set_observation(declared, MSP_J1, "CP1", "bonne écoute", clock)
    grids.set_observation(declared, MSP_J1, "CP1", "bonne écoute active", clock)

    view = grids.undo_last(declared, MSP_J1, clock)
    assert _observation(view, "CP1") == "bonne écoute"
    view = grids.undo_last(declared, MSP_J1, clock)
    assert _observation(view, "CP1") == ""
    assert _judgement(view, "CP1") is Judgement.ACQUIRED
    view = grids.undo_last(declared, MSP_J1, clock)
    assert _judgement(view, "CP1") is None
    assert view.marks == {"CP1.1": Mark.NOT_OBSERVED}
    view = grids.undo_last(declared, MSP_J1, clock)
    assert view.marks == {"CP1.1": Mark.SATISFIED}
    view = grids.undo_last(declared, MSP_J1, clock)
    assert view.marks == {}
    assert not view.can_undo
    with pytest.raises(InvalidInput) as exc:
        grids.undo_last(declared, MSP_J1, clock)
    assert "rien à annuler" in _messages(exc)
    # and the undone state is what a fresh read shows
    assert grids.grid_view(declared, MSP_J1).marks == {}


def test_setting_the_same_value_is_not_a_change(declared: AppContext, clock: FakeClock) -> None:
    grids.set_mark(declared, MSP_J1, "CP1.2", Mark.SATISFIED, clock)
    grids.set_mark(declared, MSP_J1, "CP1.2", Mark.SATISFIED, clock)
    view = grids.undo_last(declared, MSP_J1, clock)
    assert view.marks == {}
    assert not view.can_undo


def test_notes_and_undo_of_a_note(declared: AppContext, clock: FakeClock) -> None:
    with pytest.raises(InvalidInput) as exc:
        grids.add_note(declared, MSP_J1, "  ", "préparation", clock)
    assert "vide" in _messages(exc)
    grids.set_mark(declared, MSP_J1, "CP2.1", Mark.SATISFIED, clock)
    clock.advance(60)
    view = grids.add_note(declared, MSP_J1, " reformule la demande ", "entretien", clock)
    assert [(n.at, n.phase_label, n.text) for n in view.notes] == [(clock.now(), "entretien", "reformule la demande")]
    clock.advance(60)
    view = grids.add_note(declared, MSP_J1, "oublie la mobilité", "entretien", clock)
    assert [n.text for n in view.notes] == ["reformule la demande", "oublie la mobilité"]

    view = grids.undo_last(declared, MSP_J1, clock)
    assert [n.text for n in view.notes] == ["reformule la demande"]
    assert [n.text for n in grids.grid_view(declared, MSP_J1).notes] == ["reformule la demande"]
    view = grids.undo_last(declared, MSP_J1, clock)
    assert view.notes == ()
    assert view.marks == {"CP2.1": Mark.SATISFIED}  # the mark before the notes is untouched


def test_grids_are_per_juror(declared: AppContext, clock: FakeClock) -> None:
    for criterion in MSP_CRITERIA:
        grids.set_mark(declared, MSP_J1, criterion, Mark.SATISFIED, clock)
    grids.set_judgement(declared, MSP_J1, "CP1", Judgement.ACQUIRED, clock)
    grids.set_observation(declared, MSP_J1, "CP1", "obs J1", clock)
    grids.add_note(declared, MSP_J1, "note J1", "entretien", clock)

    j2 = grids.grid_view(declared, MSP_J2)
    assert j2.marks == {}
    assert j2.notes == ()
    assert all(c.judgement is None and c.observation == "" for c in j2.competences)
    assert not j2.can_undo

    j2 = grids.set_mark(declared, MSP_J2, "CP1.1", Mark.NOT_SATISFIED, clock)
    assert j2.marks == {"CP1.1": Mark.NOT_SATISFIED}
    j1 = grids.grid_view(declared, MSP_J1)
    assert j1.marks["CP1.1"] is Mark.SATISFIED
    assert len(j1.marks) == 10

    # J2's undo touches J2's grid only
    grids.undo_last(declared, MSP_J2, clock)
    assert grids.grid_view(declared, MSP_J2).marks == {}
    assert [n.text for n in grids.grid_view(declared, MSP_J1).notes] == ["note J1"]
    with pytest.raises(InvalidInput):
        grids.undo_last(declared, MSP_J2, clock)


def test_completeness_needs_every_criterion_and_judgement(declared: AppContext, clock: FakeClock) -> None:
    view = None
    for criterion in MSP_CRITERIA[:-1]:
        view = grids.set_mark(declared, MSP_J1, criterion, Mark.SATISFIED, clock)
    assert view is not None
    assert view.completeness.unmarked == ("CP2.5",)
    grids.set_judgement(declared, MSP_J1, "CP1", Judgement.ACQUIRED, clock)
    view = grids.set_judgement(declared, MSP_J1, "CP2", Judgement.ACQUIRED, clock)
    assert not view.completeness.complete  # one criterion left unmarked

    view = grids.set_mark(declared, MSP_J1, "CP2.5", Mark.NOT_OBSERVED, clock)
    assert view.completeness.complete
    assert view.completeness.marked == 10

    view = grids.set_judgement(declared, MSP_J1, "CP2", None, clock)
    assert not view.completeness.complete
    assert view.completeness.judgements_missing == ("CP2",)
    assert view.completeness.unmarked == ()

    view = grids.set_judgement(declared, MSP_J1, "CP2", Judgement.NOT_ACQUIRED, clock)
    assert view.completeness.complete
    view = grids.set_mark(declared, MSP_J1, "CP1.3", None, clock)
    assert not view.completeness.complete
    assert view.completeness.unmarked == ("CP1.3",)


def test_entretien_final_needs_the_overall_judgement(declared: AppContext, clock: FakeClock) -> None:
    key = GridKey(S, "C05", "ef", "J1")
    view = grids.grid_view(declared, key)
    assert len(view.competences) == 1
    assert view.competences[0].competence is None
    assert view.completeness.total == 0
    assert not view.completeness.complete
    assert view.completeness.judgements_missing == (OVERALL,)

    view = grids.set_observation(declared, key, OVERALL, "projet cohérent", clock)
    assert not view.completeness.complete
    view = grids.set_judgement(declared, key, OVERALL, Judgement.ACQUIRED, clock)
    assert view.completeness.complete
    assert view.competences[0].judgement is Judgement.ACQUIRED
    assert view.competences[0].observation == "projet cohérent"
    with pytest.raises(InvalidInput):
        grids.set_judgement(declared, key, "CP1", Judgement.ACQUIRED, clock)


def test_suggestions_follow_the_marks(declared: AppContext, clock: FakeClock) -> None:
    def suggested(view: grids.GridView, comp: str) -> Judgement | None:
        return next(c.suggested for c in view.competences if c.competence and c.competence.id == comp)

    view = None
    for criterion in MSP_CRITERIA[:4]:
        view = grids.set_mark(declared, MSP_J1, criterion, Mark.SATISFIED, clock)
    assert view is not None
    assert suggested(view, "CP1") is None  # one criterion still unmarked
    view = grids.set_mark(declared, MSP_J1, "CP1.5", Mark.SATISFIED, clock)
    assert suggested(view, "CP1") is Judgement.ACQUIRED
    assert suggested(view, "CP2") is None
    view = grids.set_mark(declared, MSP_J1, "CP1.5", Mark.NOT_SATISFIED, clock)
    assert suggested(view, "CP1") is Judgement.NOT_ACQUIRED  # the rule asks for every observed criterion
    view = grids.set_mark(declared, MSP_J1, "CP1.5", Mark.NOT_OBSERVED, clock)
    assert suggested(view, "CP1") is Judgement.ACQUIRED  # not observed does not count
    for criterion in MSP_CRITERIA[5:]:
        view = grids.set_mark(declared, MSP_J1, criterion, Mark.NOT_OBSERVED, clock)
    assert suggested(view, "CP2") is Judgement.NOT_ACQUIRED  # nothing observed
    # a suggestion is never a judgement: the jury decides
    assert all(c.judgement is None for c in view.competences)
    assert not view.completeness.complete


def test_source_paper(declared: AppContext, clock: FakeClock) -> None:
    view = grids.set_source_paper(declared, MSP_J1, True, clock)
    assert view.source == "paper"
    assert grids.grid_view(declared, MSP_J1).source == "paper"
    assert grids.grid_view(declared, MSP_J2).source == "app"
    assert grids.set_source_paper(declared, MSP_J1, False, clock).source == "app"


def test_recused_juror_cannot_touch_the_grid(ctx: AppContext, clock: FakeClock) -> None:
    jurors.declare(ctx, S, "C02", "J2", has_link=True, note="ancien stagiaire")
    key = GridKey(S, "C02", "qp", "J2")
    for action in (
        lambda: grids.set_mark(ctx, key, "CP3.1", Mark.SATISFIED, clock),
        lambda: grids.set_judgement(ctx, key, "CP3", Judgement.ACQUIRED, clock),
        lambda: grids.set_observation(ctx, key, "CP3", "x", clock),
        lambda: grids.add_note(ctx, key, "x", "", clock),
        lambda: grids.undo_last(ctx, key, clock),
        lambda: grids.set_source_paper(ctx, key, True, clock),
    ):
        with pytest.raises(InvalidInput) as exc:
            action()
        assert "récusé" in _messages(exc)


def test_snippets(declared: AppContext, clock: FakeClock) -> None:
    with pytest.raises(InvalidInput):
        grids.save_snippet(declared, "Martine Roussel", " ")
    grids.save_snippet(declared, "Martine Roussel", "écoute active")
    assert grids.save_snippet(declared, "Martine Roussel", "reformulation") == ["écoute active", "reformulation"]
    grids.use_snippet(declared, MSP_J1, "Martine Roussel", "CP1", "reformulation", clock)
    view = grids.use_snippet(declared, MSP_J1, "Martine Roussel", "CP1", "écoute active", clock)
    assert _observation(view, "CP1") == "reformulation\nécoute active"
    assert grids.snippets(declared, "Karim Benali") == []


def test_every_acknowledged_change_survives_a_restart(declared: AppContext, clock: FakeClock) -> None:
    ctx = declared
    for i, criterion in enumerate(MSP_CRITERIA):
        grids.set_mark(ctx, MSP_J1, criterion, list(Mark)[i % 3], clock)
    grids.set_mark(ctx, MSP_J2, "CP2.2", Mark.NOT_SATISFIED, clock)
    grids.set_judgement(ctx, MSP_J1, "CP1", Judgement.ACQUIRED, clock)
    grids.set_observation(ctx, MSP_J1, "CP2", "aucune relance", clock)
    clock.advance(10)
    grids.add_note(ctx, MSP_J1, "hésite", "préparation", clock)
    grids.set_source_paper(ctx, MSP_J2, True, clock)
    grids.set_judgement(ctx, GridKey(S, "C05", "ef", "J2"), OVERALL, Judgement.NOT_ACQUIRED, clock)
    grids.set_mark(ctx, MSP_J1, "CP2.3", Mark.SATISFIED, clock)
    grids.undo_last(ctx, MSP_J1, clock)  # an undo is a change too
    jurors.set_pin(ctx, S, "J1", "2468", lead_passphrase="phrase du responsable")
    before = {key: grids.grid_view(ctx, key) for key in (MSP_J1, MSP_J2, GridKey(S, "C05", "ef", "J2"))}
    ctx.close()

    reopened = AppContext(resolve(ctx.paths.root))
    try:
        for key, view in before.items():
            assert grids.grid_view(reopened, key) == view
        j1 = before[MSP_J1]
        assert j1.marks == {c: list(Mark)[i % 3] for i, c in enumerate(MSP_CRITERIA)}
        assert _judgement(j1, "CP1") is Judgement.ACQUIRED
        assert _observation(j1, "CP2") == "aucune relance"
        assert [n.text for n in j1.notes] == ["hésite"]
        assert before[MSP_J2].source == "paper"
        assert before[GridKey(S, "C05", "ef", "J2")].completeness.complete
        assert jurors.verify_pin(reopened, S, "J1", "2468")
        assert set(jurors.declarations(reopened, S)) == {("C01", "J1"), ("C01", "J2"), ("C05", "J1"), ("C05", "J2")}
        # undo still works on the trail kept across the restart
        view = grids.undo_last(reopened, MSP_J1, clock)
        assert view.notes == ()
    finally:
        reopened.close()
