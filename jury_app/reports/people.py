"""How documents name people: civility when known, identity lines, never a point médian nor the
reason of an accommodation (health data)."""

from __future__ import annotations

from jury_app.domain.wording import born_text, capital, extra_time_text, gendered
from jury_app.reports.model import CandidateInfo


def candidate_label(c: CandidateInfo) -> str:
    """The label of the candidate's line: « Candidat », « Candidate », or « Personne candidate »."""
    return capital(gendered(c.civility, "candidat", "candidate", "personne candidate"))


def candidate_identity(c: CandidateInfo) -> str:
    """« Mme Inès Haddad (C03), née le 04/02/1991, n° de candidat 2026-1042 »: what identifies them."""
    parts = [f"{c.formal_name} ({c.ref})"]
    if c.birth_date is not None:
        parts.append(born_text(c.civility, c.birth_date))
    if c.candidate_number:
        parts.append(f"n° de candidat {c.candidate_number}")
    return ", ".join(parts)


def accommodations_text(c: CandidateInfo) -> str:
    """What the accommodations change (« temps majoré (+33 %) »), "" when none."""
    return extra_time_text(c.extra_time_percent) if c.extra_time_percent else ""
