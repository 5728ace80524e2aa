"""Actions on référentiels: list those the app knows, show one whole, export one as JSON or as a
workbook, import one completed without code (stored in the data folder as a new CODE@VERSION)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jury_app.actions.context import AppContext
from jury_app.data.files import write_atomic
from jury_app.data.referentiel_files import (
    imported_referentiels,
    read_referentiel,
    referentiel_bytes,
    store_referentiel,
)
from jury_app.data.referentiels import builtin_referentiels, load_referentiel_file
from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import Referentiel


def known_referentiels(ctx: AppContext | None = None) -> dict[str, Referentiel]:
    """The built-in référentiels and, given a data folder, those imported into it, by CODE@VERSION."""
    known = dict(builtin_referentiels())
    if ctx is not None:
        known.update(imported_referentiels(ctx.paths.referentiels))
    return known


def list_referentiels(ctx: AppContext | None = None) -> list[Referentiel]:
    return sorted(known_referentiels(ctx).values(), key=lambda r: (r.code, r.version))


def is_builtin(ref: Referentiel) -> bool:
    return ref.key in builtin_referentiels()


def get_referentiel(code: str, version: str | None = None, *, ctx: AppContext | None = None) -> Referentiel:
    """A known référentiel by code (CODE or CODE@VERSION; the newest version without one), or a
    référentiel file's path."""
    if "@" in code and version is None:
        code, version = code.split("@", 1)
    candidate = Path(code)
    if candidate.suffix.lower() == ".json" and candidate.is_file():
        return load_referentiel_file(candidate)
    matches = [r for r in known_referentiels(ctx).values() if r.code.casefold() == code.casefold()]
    if version is not None:
        matches = [r for r in matches if r.version == version]
    if not matches:
        known = ", ".join(r.key for r in list_referentiels(ctx))
        raise InvalidInput.one(code, msg("référentiel inconnu (connus : {0})", known))
    return max(matches, key=lambda r: (len(r.version), r.version))


def referentiel_document(ref: Referentiel) -> dict[str, Any]:
    """The whole référentiel as plain JSON data, for `referentiel show --json`."""
    return ref.model_dump(mode="json")


def export_referentiel(ctx: AppContext, code: str, out: Path) -> Path:
    """Write the référentiel as JSON (the published schema) or as an XLSX workbook, after `out`'s suffix."""
    ref = get_referentiel(code, ctx=ctx)
    out = Path(out)
    data = referentiel_bytes(ref, out.suffix.lower())
    if out.is_dir():
        raise InvalidInput.one("--out", msg("{0} est un dossier : indiquez un nom de fichier .json ou .xlsx", out))
    if not out.parent.is_dir():
        raise InvalidInput.one("--out", msg("le dossier {0} n'existe pas", out.parent))
    return write_atomic(out, data, mode=0o644)


@dataclass(frozen=True)
class ImportedReferentiel:
    referentiel: Referentiel
    stored: bool  # False: the very same référentiel was imported before


def import_referentiel(ctx: AppContext, path: Path) -> ImportedReferentiel:
    """Read a référentiel file (.json or .xlsx), validate it whole and keep it as a new CODE@VERSION.

    Every problem is listed (JSON pointer, or sheet, row and column) and nothing is stored; a
    built-in référentiel is never replaced, and a CODE@VERSION already imported with another
    content is refused.
    """
    ref = read_referentiel(Path(path))
    ctx.paths.ensure()
    return ImportedReferentiel(ref, store_referentiel(ctx.paths.referentiels, ref))
