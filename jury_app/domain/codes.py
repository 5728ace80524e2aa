"""Codes the app stores and exchanges, beside the rules that give them meaning elsewhere in the
domain (marks in `grading`, judgements in `referentiel`, statuses in `rules`, timer events in
`timer`, proposals in `deliberation`). Standard library only: the command line reads them without
loading pydantic. Their French words are in `jury_app.domain.wording`.
"""

from __future__ import annotations

OVERALL = "__overall__"
"""Key of the single overall judgement of a modality that evaluates the whole certification
without naming competences (the entretien final): it has no criteria, only that judgement."""

TITLE = "title"
"""Unit id of the decision on the certification itself (the title), beside its CCPs or blocks."""
