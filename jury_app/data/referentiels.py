"""The référentiels the app knows: those shipped in resources/, and any file loaded the same way."""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from jury_app.data.files import read_bounded
from jury_app.data.safejson import loads_strict
from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput, from_validation_error
from jury_app.domain.referentiel import Referentiel
from jury_app.resources import resource

MAX_REFERENTIEL_BYTES = 4 * 1024 * 1024


def parse_referentiel(data: bytes, member: str) -> Referentiel:
    """Validate a référentiel from raw bytes; every problem is reported, in French."""
    raw = loads_strict(data, member, max_bytes=MAX_REFERENTIEL_BYTES)
    if isinstance(raw, dict) and raw.get("format_version") not in (None, 1):
        version = repr(raw.get("format_version"))
        raise InvalidInput.at(member, msg("version de format inconnue : {0} (1 attendu)", version), "/format_version")
    try:
        return Referentiel.model_validate(raw)
    except ValidationError as exc:
        raise InvalidInput(from_validation_error(exc, member)) from None


def load_referentiel_file(path: Path) -> Referentiel:
    return parse_referentiel(read_bounded(path, MAX_REFERENTIEL_BYTES, msg("un référentiel"), path.name), path.name)


def canonical_json(ref: Referentiel) -> str:
    return json.dumps(ref.model_dump(mode="json"), ensure_ascii=False, sort_keys=True, indent=1)


def fingerprint(ref: Referentiel) -> str:
    return hashlib.sha256(canonical_json(ref).encode("utf-8")).hexdigest()


@cache
def builtin_referentiels() -> dict[str, Referentiel]:
    """Every référentiel shipped with the app, by key CODE@VERSION."""
    found: dict[str, Referentiel] = {}
    for path in sorted(resource("referentiels").glob("*.json")):
        ref = load_referentiel_file(path)
        found[ref.key] = ref
    return found


def find_builtin(code: str, version: str | None = None) -> Referentiel | None:
    """By code (and version; without one, the newest version shipped)."""
    matches = [r for r in builtin_referentiels().values() if r.code.casefold() == code.casefold()]
    if version is not None:
        matches = [r for r in matches if r.version == version]
    if not matches:
        return None
    return max(matches, key=lambda r: (len(r.version), r.version))
