"""The draw by lot of a scenario card."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from jury_app.domain.draw import DrawError, NoCardLeft, draw_card, redraw_card, reuse_card
from jury_app.domain.referentiel import Referentiel

REFERENTIEL_PATH = Path(__file__).parents[2] / "resources/referentiels/TP-00403-08.json"
CARDS = ["fiche-1", "fiche-2", "fiche-3", "fiche-4", "fiche-5"]


def test_the_referentiel_says_which_scenarios_are_drawn() -> None:
    ref = Referentiel.model_validate_json(REFERENTIEL_PATH.read_text(encoding="utf-8"))
    drawn = [m.id for m in ref.session("titre").modalities if m.scenario_drawn_by_lot]
    assert drawn == ["msp"]


def test_every_card_left_is_reachable_and_used_ones_never_drawn() -> None:
    rng = random.Random(20250310)
    used = {"fiche-2"}
    counts = Counter(draw_card(CARDS, used, rng) for _ in range(4000))
    assert set(counts) == {"fiche-1", "fiche-3", "fiche-4", "fiche-5"}
    # Uniform-ish: 1000 expected each; a fair draw stays well within these bounds.
    assert all(850 <= n <= 1150 for n in counts.values()), counts


def test_duplicate_ids_do_not_weigh_more() -> None:
    rng = random.Random(7)
    counts = Counter(draw_card(["a", "a", "a", "b"], (), rng) for _ in range(2000))
    assert 850 <= counts["a"] <= 1150, counts


def test_same_seed_same_draw() -> None:
    first = [draw_card(CARDS, (), random.Random(42)) for _ in range(5)]
    assert len(set(first)) == 1


def test_a_whole_day_draws_every_card_once() -> None:
    rng = random.Random(1)
    used: list[str] = []
    for _ in CARDS:
        used.append(draw_card(CARDS, used, rng))
    assert sorted(used) == CARDS
    with pytest.raises(NoCardLeft) as exc:
        draw_card(CARDS, used, rng)
    assert str(exc.value).startswith("toutes les fiches scénario ont déjà été tirées aujourd'hui : seule une")


def test_an_emergency_reuse_needs_every_card_used_and_a_reason() -> None:
    rng = random.Random(3)
    with pytest.raises(DrawError, match="pas encore tirée"):
        reuse_card(CARDS, CARDS[:-1], None, rng, "urgence")
    with pytest.raises(DrawError, match="motif"):
        reuse_card(CARDS, CARDS, None, rng, "  ")
    picks = {reuse_card(CARDS, CARDS, CARDS[0], random.Random(seed), "urgence") for seed in range(40)}
    assert picks == set(CARDS[1:])  # never the candidate's current card


def test_unknown_used_ids_are_harmless() -> None:
    assert draw_card(["x"], {"autre"}, random.Random(0)) == "x"


def test_no_card_at_all() -> None:
    with pytest.raises(DrawError, match="aucune fiche"):
        draw_card([], (), random.Random(0))


def test_redraw_excludes_the_current_card() -> None:
    rng = random.Random(3)
    results = {redraw_card(CARDS, {"fiche-1"}, "fiche-3", rng, "fiche abîmée") for _ in range(500)}
    assert results == {"fiche-2", "fiche-4", "fiche-5"}
    # The current card is excluded even when the caller has not yet counted it as used.
    results = {redraw_card(CARDS, (), "fiche-3", rng, "erreur de tirage") for _ in range(500)}
    assert "fiche-3" not in results and len(results) == 4


@pytest.mark.parametrize("reason", ["", "   ", "\n"])
def test_redraw_needs_a_reason(reason: str) -> None:
    with pytest.raises(DrawError, match="motif"):
        redraw_card(CARDS, (), "fiche-1", random.Random(0), reason)


def test_redraw_when_nothing_is_left() -> None:
    with pytest.raises(DrawError, match="déjà été tirées"):
        redraw_card(["a", "b"], {"a"}, "b", random.Random(0), "comédien absent")
