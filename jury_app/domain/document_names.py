"""Recognising a candidate's document from its file name: whose it is, and what it is.

The lead drops a folder of PDFs named as they come (« 2026-0412 dossier pro.pdf », « DUPONT Anne -
livret 2.pdf », « Lefèvre_Anaïs/ECF.pdf »): the candidate is found by their candidate number or
their name in the path, the kind by the words it holds. A file that names no candidate, or two, is
left for the lead to assign.
"""

from __future__ import annotations

from collections.abc import Sequence

from jury_app.domain.referentiel import AttachmentKind, Referentiel
from jury_app.domain.session_draft import CandidateDraft, fold

_KIND_WORDS: tuple[tuple[tuple[str, ...], AttachmentKind], ...] = (
    (("livret 2", "livret2", "livret ii"), "livret_2"),
    (("livret de certification", "livret certification", "livret"), "livret_certification"),
    (("dossier professionnel", "dossier pro", "dp"), "dossier_professionnel"),
    (("dossier projet", "projet"), "dossier_projet"),
    (("passeport",), "passeport_competences"),
    (("note de synthese", "synthese"), "note_de_synthese"),
    (("dossier ecrit", "ecrit"), "dossier_ecrit"),
    (("ecf", "evaluations en cours de formation"), "resultats_ecf"),
    (("periode en entreprise", "attestation de stage", "stage", "entreprise", "pae"), "preuve_stage"),
    (("preuve", "attestation ccp", "certificat", "ccp", "bloc"), "preuve_ccp"),
)


def _has(text: str, phrase: str) -> bool:
    return f" {phrase} " in f" {text} "


def guess_kind(name: str) -> AttachmentKind:
    """The kind of document a file name says, « autre » when it says none."""
    text = fold(name)
    for phrases, kind in _KIND_WORDS:
        if any(_has(text, p) for p in phrases):
            return kind
    return "autre"


def match_candidate(name: str, candidates: Sequence[CandidateDraft]) -> list[CandidateDraft]:
    """The candidates a file name (with its folders) names, by number or by name; best match first."""
    text = fold(name)
    by_number = [c for c in candidates if c.candidate_number and _has(text, fold(c.candidate_number))]
    if by_number:
        return by_number
    full = [
        c
        for c in candidates
        if _has(text, fold(f"{c.last_name} {c.first_name}")) or _has(text, fold(f"{c.first_name} {c.last_name}"))
    ]
    if full:
        return full
    last = [c for c in candidates if len(fold(c.last_name)) >= 3 and _has(text, fold(c.last_name))]
    same_name = {fold(c.last_name) for c in last}
    return last if len(same_name) == len(last) else []


def unit_in_name(ref: Referentiel, name: str) -> str | None:
    """The CCP/block a file name speaks of (« preuve CCP1 », « ECF bloc 2 »), if exactly one."""
    text = fold(name)
    found = []
    for u in ref.units:
        phrases = {fold(u.id), f"{u.kind} {u.number}", f"{u.kind}{u.number}"}
        if u.kind == "bloc":
            phrases |= {f"bc{u.number:02d}", f"bc{u.number}", f"bc {u.number:02d}"}
        if any(_has(text, p) for p in phrases):
            found.append(u.id)
    return found[0] if len(found) == 1 else None
