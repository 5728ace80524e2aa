"""The draw by lot of a scenario card.

Where the référentiel says the scenario is drawn by lot (`Modality.scenario_drawn_by_lot`), the
candidate draws a card among those not yet drawn that day. The random generator is given by the
caller, so that a draw can be replayed in the tests.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence

from jury_app.domain.messages import MessageError, msg


class DrawError(MessageError):
    """A draw that cannot be made (message in French)."""


class NoCardLeft(DrawError):
    """Every card has been drawn today: only an emergency reuse, recorded as an incident, remains."""


def _candidates(card_ids: Sequence[str], excluded: Collection[str]) -> list[str]:
    if not card_ids:
        raise DrawError(msg("aucune fiche scénario n'est enregistrée pour cette modalité"))
    left = [c for c in dict.fromkeys(card_ids) if c not in excluded]
    if not left:
        raise NoCardLeft(
            msg(
                "toutes les fiches scénario ont déjà été tirées aujourd'hui : seule une réutilisation d'urgence "
                "reste possible, consignée comme incident avec son motif"
            )
        )
    return left


def draw_card(card_ids: Sequence[str], used_today: Collection[str], rng: random.Random) -> str:
    """A card chosen uniformly among `card_ids` not in `used_today`.

    Raises `DrawError` when every card has already been drawn that day.
    """
    return rng.choice(_candidates(card_ids, set(used_today)))


def redraw_card(
    card_ids: Sequence[str],
    used_today: Collection[str],
    current: str,
    rng: random.Random,
    reason: str,
) -> str:
    """A new draw replacing `current` (never drawn again), for a reason that must be given.

    Raises `DrawError` without a reason, or when no other card is left that day.
    """
    if not reason.strip():
        raise DrawError(msg("le motif d'un nouveau tirage est obligatoire"))
    return rng.choice(_candidates(card_ids, {*used_today, current}))


def reuse_card(card_ids: Sequence[str], used_today: Collection[str], current: str | None, rng: random.Random, reason: str) -> str:
    """An emergency: every card drawn today, one is drawn again (never the candidate's current one),
    for a reason that must be given. Refused while a card is left: then it is drawn as usual."""
    if not reason.strip():
        raise DrawError(msg("le motif de la réutilisation d'urgence d'une fiche est obligatoire"))
    unused = [c for c in dict.fromkeys(card_ids) if c not in set(used_today)]
    if unused:
        raise DrawError(msg("{0} fiche(s) pas encore tirée(s) aujourd'hui : tirez parmi elles, sans réutilisation", len(unused)))
    return rng.choice(_candidates(card_ids, {current} if current else set()))
