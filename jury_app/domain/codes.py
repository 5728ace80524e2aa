"""Codes the app stores and exchanges, beside the rules that give them meaning elsewhere in the
domain (marks in `grading`, judgements in `referentiel`, statuses in `rules`, timer events in
`timer`, proposals in `deliberation`). Standard library only: the command line reads them without
loading pydantic. Their French words are in `jury_app.domain.wording`.
"""

from __future__ import annotations

from enum import StrEnum

OVERALL = "__overall__"
"""Key of the single overall judgement of a modality that evaluates the whole certification
without naming competences (the entretien final): it has no criteria, only that judgement."""

TITLE = "title"
"""Unit id of the decision on the certification itself (the title), beside its CCPs or blocks."""


class SessionKind(StrEnum):
    """What a session decides: the title, one CCP/block, a capitalisation, or nothing (a mock)."""

    TITLE = "title"
    CCP = "ccp"
    CAPITALISATION = "capitalisation"
    MOCK = "mock"


class JurorRole(StrEnum):
    PRESIDENT = "president"
    MEMBER = "member"


class AccessPath(StrEnum):
    """How a candidate reaches the certification (the référentiel's `PathId`)."""

    FORMATION = "formation"
    VAE = "vae"
    CAPITALISATION = "capitalisation"


class IncidentKind(StrEnum):
    PAUSE = "pause"
    ABSENCE = "absence"
    ABANDONMENT = "abandonment"
    RECUSAL = "recusal"
    OTHER = "other"


class GridSource(StrEnum):
    """How a grid was entered: in the app, or keyed in afterwards from a paper grid."""

    APP = "app"
    PAPER = "paper"


class DeliberationEventKind(StrEnum):
    CLOSE = "close"
    REOPEN = "reopen"
