"""Writing a session package (format 1) from a draft: the app names, sizes and hashes the documents.

Each document must be a PDF (it starts with « %PDF- ») within the package's size caps; its member
name is made of its candidate and kind, in ASCII. The zip is written beside the target, checked by
the same validator as `jury-app package validate`, and only then renamed over the target: a package
with a problem is never written, and every problem is told at once.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from jury_app.data.files import check_regular_file, fsync_dir, open_regular
from jury_app.data.package.checks import capitalisation_session
from jury_app.data.package.format import (
    ATTACHMENTS_DIR,
    EMBEDDED_REFERENTIEL,
    MANIFEST,
    PACKAGE_FORMAT,
    PACKAGE_FORMAT_VERSION,
    Manifest,
)
from jury_app.data.package.safezip import DEFAULT_LIMITS
from jury_app.data.package.validate import ValidatedPackage, validate_package
from jury_app.data.referentiels import canonical_json
from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput, Problem, from_validation_error
from jury_app.domain.referentiel import SessionScope
from jury_app.domain.session_draft import (
    ATTACHMENT_TITLES,
    DocumentDraft,
    SessionDraft,
    ascii_slug,
    held_units,
    units_sought,
)
from jury_app.domain.wording import size_message

MAX_DOCUMENT_BYTES = DEFAULT_LIMITS.max_member_bytes
PDF_MAGIC = b"%PDF-"
_CHUNK = 1024 * 1024
_KIND_SLUGS = {
    "dossier_professionnel": "dp",
    "dossier_projet": "projet",
    "livret_certification": "livret",
    "preuve_stage": "stage",
    "resultats_ecf": "ecf",
    "preuve_ccp": "preuve",
    "livret_2": "livret2",
    "note_de_synthese": "synthese",
    "dossier_ecrit": "ecrit",
    "passeport_competences": "passeport",
    "autre": "doc",
}


@dataclass(frozen=True)
class PlacedDocument:
    """A document with the name and the member the package gives it."""

    draft: DocumentDraft
    id: str
    member: str
    title: str
    size: int


def check_document(path: Path) -> int:
    """The size of a candidate's document, once checked: a PDF within the package's cap."""
    size = check_regular_file(path, MAX_DOCUMENT_BYTES, msg("un document PDF"), path.name)
    with open_regular(path, MAX_DOCUMENT_BYTES, msg("un document PDF"), path.name) as fh:
        head = fh.read(1024)
    if PDF_MAGIC not in head:
        raise InvalidInput.at(path.name, msg("ce fichier n'est pas un PDF (son contenu n'en est pas un)"))
    return size


def place_documents(draft: SessionDraft) -> list[PlacedDocument]:
    """Every document checked and named; InvalidInput with every problem."""
    problems: list[Problem] = []
    names = {c.id: c.name for c in draft.candidates}
    used = {d.id for d in draft.documents if d.id}
    counts: Counter[str] = Counter()
    placed = []
    total = 0
    for doc in draft.documents:
        try:
            size = check_document(doc.source)
        except InvalidInput as exc:
            problems += exc.problems
            continue
        total += size
        if doc.candidate_id is not None and doc.candidate_id not in names:
            problems.append(Problem.at(doc.source.name, "", msg("candidat inconnu : « {0} »", doc.candidate_id)))
            continue
        ident = doc.id
        if ident is None:
            base = ascii_slug(f"{doc.candidate_id or 'session'}-{_KIND_SLUGS[doc.kind]}", 60) or "doc"
            counts[base] += 1
            ident = base if counts[base] == 1 else f"{base}-{counts[base]}"
            while ident in used:
                counts[base] += 1
                ident = f"{base}-{counts[base]}"
            used.add(ident)
        who = names.get(doc.candidate_id or "", "")
        title = doc.title or ATTACHMENT_TITLES[doc.kind] + (f" — {who}" if who else "")
        placed.append(PlacedDocument(doc, ident, f"{ATTACHMENTS_DIR}{ident}.pdf", title[:200], size))
    if total > DEFAULT_LIMITS.max_total_bytes:
        cap = size_message(DEFAULT_LIMITS.max_total_bytes)
        heavy = msg("les documents font {0} : un paquet en porte au plus {1}", size_message(total), cap)
        problems.append(Problem.at("documents", "", heavy, msg("documents")))
    if problems:
        raise InvalidInput(problems)
    return placed


def session_kind(draft: SessionDraft) -> tuple[str, str | None, str]:
    """(kind, unit id, definition id) of the package's session for the draft's choice."""
    sdef = draft.definition
    ref = draft.referentiel
    if draft.mock:
        return "mock", sdef.unit_id, sdef.id
    if sdef.scope is SessionScope.UNIT:
        return "ccp", sdef.unit_id, sdef.id
    if sdef is not ref.title_session() and capitalisation_session(ref) is sdef:
        return "capitalisation", None, sdef.id
    return "title", None, sdef.id


def manifest_data(draft: SessionDraft, documents: list[PlacedDocument], digests: dict[str, str]) -> dict[str, Any]:
    ref = draft.referentiel
    kind, unit_id, definition_id = session_kind(draft)

    def doc_for(candidate_id: str, kind: str, unit: str | None) -> str | None:
        """The candidate's document of `kind` about `unit` (or about no unit in particular)."""
        found = [d for d in documents if d.draft.candidate_id == candidate_id and d.draft.kind == kind]
        chosen = [d for d in found if d.draft.unit_id == unit] or [d for d in found if d.draft.unit_id is None]
        return chosen[0].id if chosen else None

    candidates = []
    for c in draft.candidates:
        candidates.append(
            {
                "id": c.id,
                "last_name": c.last_name,
                "first_name": c.first_name,
                "path": c.path,
                "units_sought": list(units_sought(draft, c)),
                "units_held": list(held_units(ref, c)),
                "accommodations": {"extra_time_percent": c.extra_time_percent, "notes": c.notes},
                "civility": c.civility,
                "birth_date": c.birth_date,
                "candidate_number": c.candidate_number,
                "company_hours": c.company_hours,
                "units_held_detail": [
                    {
                        "unit_id": h.unit_id,
                        "obtained_under": h.obtained_under,
                        "proof_attachment_id": doc_for(c.id, "preuve_ccp", h.unit_id),
                        "obtained_on": h.obtained_on,
                    }
                    for h in c.units_held
                ],
                "ecf_results": [
                    {"unit_id": unit, "result": result, "attachment_id": doc_for(c.id, "resultats_ecf", unit)}
                    for unit, result in c.ecf_results
                ],
            }
        )
    return {
        "format": PACKAGE_FORMAT,
        "format_version": PACKAGE_FORMAT_VERSION,
        "session": {
            "id": draft.session_id,
            "title": draft.title,
            "certification": {"code": ref.code, "version": ref.version},
            "kind": kind,
            "unit_id": unit_id,
            "definition_id": definition_id,
            "dates": sorted(draft.dates),
            "centre": {"name": draft.centre_name, "address": draft.centre_address},
            "rooms": list(draft.rooms),
            "session_lead": draft.session_lead,
            "timezone": draft.timezone,
            "approval_number": draft.approval_number,
            "session_number": draft.session_number,
            "durations": dict(draft.durations),
            "registration_ended_reason": draft.registration_ended_reason,
            "day_hours": [
                {
                    "date": d.date,
                    "start": d.start,
                    "end": d.end,
                    "breaks": [{"start": s, "end": e} for s, e in d.breaks],
                }
                for d in draft.day_hours
                if d.date in draft.dates
            ],
        },
        "jury": [
            {
                "id": j.id,
                "last_name": j.last_name,
                "first_name": j.first_name,
                "role": j.role,
                "profession": j.profession,
                "civility": j.civility,
                "organisation": j.organisation,
                "profile": j.profile,
            }
            for j in draft.jurors
        ],
        "candidates": candidates,
        "schedule": [
            {
                "candidate_id": p.candidate_id,
                "modality_id": p.modality_id,
                "start": p.start.isoformat(timespec="minutes"),
                "end": p.end.isoformat(timespec="minutes"),
                "room": p.room,
                "juror_ids": list(p.juror_ids),
            }
            for p in draft.schedule
        ],
        "scenario_cards": [
            {"id": c.id, "title": c.title, "structure_type": c.structure_type, "actor_text": c.actor_text}
            for c in draft.cards
        ],
        "attachments": [
            {
                "id": d.id,
                "candidate_id": d.draft.candidate_id,
                "kind": d.draft.kind,
                "title": d.title,
                "member": d.member,
                "size": d.size,
                "sha256": digests.get(d.id, "0" * 64),
            }
            for d in documents
        ],
    }


def draft_manifest(draft: SessionDraft, documents: list[PlacedDocument], digests: dict[str, str]) -> Manifest:
    """The manifest the draft makes, checked field by field (InvalidInput, in French)."""
    try:
        return Manifest.model_validate(manifest_data(draft, documents, digests))
    except ValidationError as exc:
        raise InvalidInput(from_validation_error(exc, MANIFEST)) from None


def _copy(z: zipfile.ZipFile, doc: PlacedDocument) -> str:
    """Copy a document into the zip, hashing what is written (the file may not change meanwhile)."""
    sha = hashlib.sha256()
    size = 0
    source = doc.draft.source
    with (
        open_regular(source, MAX_DOCUMENT_BYTES, msg("un document PDF"), source.name) as src,
        z.open(zipfile.ZipInfo(doc.member, date_time=(1980, 1, 1, 0, 0, 0)), "w") as dst,
    ):
        while chunk := src.read(_CHUNK):
            sha.update(chunk)
            size += len(chunk)
            dst.write(chunk)
    if size != doc.size:
        raise InvalidInput.at(doc.draft.source.name, msg("le fichier a changé pendant l'écriture du paquet"))
    return sha.hexdigest()


def write_package(draft: SessionDraft, out: Path) -> ValidatedPackage:
    """Write the draft's package to `out` once it validates; nothing is written otherwise."""
    out = Path(out)
    if out.is_dir():
        raise InvalidInput.at(str(out), msg("c'est un dossier : indiquez le nom du paquet à écrire (.zip)"))
    if not out.parent.is_dir():
        raise InvalidInput.at(str(out), msg("le dossier {0} n'existe pas", out.parent))
    documents = place_documents(draft)
    draft_manifest(draft, documents, {})  # every field problem before anything is copied
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            with zipfile.ZipFile(fh, "w", zipfile.ZIP_STORED) as z:  # PDFs are compressed already
                digests = {d.id: _copy(z, d) for d in documents}
                manifest = draft_manifest(draft, documents, digests)
                body = manifest.model_dump_json(indent=2).encode("utf-8")
                z.writestr(zipfile.ZipInfo(MANIFEST, (1980, 1, 1, 0, 0, 0)), body, zipfile.ZIP_DEFLATED)
                if draft.embed_referentiel:
                    z.writestr(
                        zipfile.ZipInfo(EMBEDDED_REFERENTIEL, (1980, 1, 1, 0, 0, 0)),
                        canonical_json(draft.referentiel).encode("utf-8"),
                        zipfile.ZIP_DEFLATED,
                    )
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):
            tmp.chmod(0o644)  # a package is an ordinary document, copied to the jurors' laptops
        validated = validate_package(tmp)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(out.parent)
    return replace(validated, path=out)
