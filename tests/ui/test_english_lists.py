"""In English, the lists the actions and the domain word (what is missing before leaving, what
prevents closing a deliberation, what is wrong with the jury) read in English; the command line and
the reports keep the French text."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.overview import closing_check
from jury_app.domain.clock import FakeClock
from jury_app.domain.referentiel import Referentiel
from jury_app.domain.rules import check_jury
from jury_app.ui.common.messages import translated
from jury_app.ui.deliberation import DeliberationScreen
from jury_app.ui.overview.closing_dialog import ClosingDialog

SID = "DEMO-CIP-2026-11"
TITRE = Referentiel.model_validate_json(
    (Path(__file__).parents[2] / "resources/referentiels/TP-00403-08.json").read_text(encoding="utf-8")
).session("titre")


def test_the_closing_check_in_english(qtbot: QtBot, ctx: AppContext, english: None) -> None:
    issues = closing_check(ctx, SID)
    assert "Entretien technique : modalité non passée" in [i.message for i in issues]  # French for the CLI
    dialog = ClosingDialog(ctx, SID)
    qtbot.addWidget(dialog)
    texts = [dialog.tree.topLevelItem(i).text(2) for i in range(dialog.tree.topLevelItemCount())]
    assert "Entretien technique: not taken yet" in texts
    assert not any("non passée" in t or "grille incomplète" in t for t in texts)
    first = dialog.tree.topLevelItem(0)
    assert [first.toolTip(c) for c in range(3)] == [first.text(c) for c in range(3)]


def test_the_points_left_before_closing_in_english(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, english: None
) -> None:
    screen = DeliberationScreen(ctx, SID, "J1", clock)
    qtbot.addWidget(screen)
    screen.select_candidate("C01")
    points = screen.problem_texts()
    assert points and all(p.endswith(": the jury's common judgement to set") for p in points if p.startswith("CP"))
    assert not any("à poser" in p for p in points)


def test_the_jury_problems_in_english(english: None) -> None:
    (problem,) = check_jury(1, TITRE, mock=False)
    assert "doit compter au moins 2 membres (1 enregistré)" in problem  # the French text, for the CLI
    assert translated(problem) == f"The jury of the “{TITRE.title}” must have at least 2 members (1 registered)."


def test_the_jury_s_composition_before_closing_in_english(english: None) -> None:
    # Before closing, the jury's problems stand in one item, each without its full stop, in both languages.
    from jury_app.domain.closing import jury_requirements

    (item,) = jury_requirements(check_jury(1, TITRE, mock=False))
    assert item.message == f"Le jury de la « {TITRE.title} » doit compter au moins 2 membres (1 enregistré)"
    assert translated(item.message) == f"The jury of the “{TITRE.title}” must have at least 2 members (1 registered)"
    (two,) = jury_requirements([*check_jury(1, TITRE, mock=False), "Un autre problème."])
    assert translated(two.message).endswith("(1 registered); Un autre problème")


def test_a_path_the_referentiel_does_not_know_in_english(english: None) -> None:
    import pytest

    from jury_app.domain.messages import MessageError
    from jury_app.domain.rules import modalities_for_candidate

    ref = Referentiel.model_validate_json(
        (Path(__file__).parents[2] / "resources/referentiels/TP-00403-08.json").read_text(encoding="utf-8")
    )
    with pytest.raises(MessageError) as unknown:
        modalities_for_candidate(ref.session("titre"), "apprentissage", ref)
    assert (
        str(unknown.value)
        == "parcours inconnu : apprentissage (parcours du référentiel : formation, vae, capitalisation)"
    )
    assert translated(unknown.value.message).startswith("unknown pathway: apprentissage")
