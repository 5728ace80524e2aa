"""Actions on référentiels: list those the app knows, show one whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jury_app.data.referentiels import builtin_referentiels, find_builtin, load_referentiel_file
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import Referentiel


def list_referentiels() -> list[Referentiel]:
    return sorted(builtin_referentiels().values(), key=lambda r: (r.code, r.version))


def get_referentiel(code: str, version: str | None = None) -> Referentiel:
    """A shipped référentiel by code (CODE or CODE@VERSION), or a référentiel file's path."""
    if "@" in code and version is None:
        code, version = code.split("@", 1)
    candidate = Path(code)
    if candidate.suffix.lower() == ".json" and candidate.is_file():
        return load_referentiel_file(candidate)
    found = find_builtin(code, version)
    if found is None:
        known = ", ".join(r.key for r in list_referentiels())
        raise InvalidInput.one(code, f"référentiel inconnu (connus : {known})")
    return found


def referentiel_document(ref: Referentiel) -> dict[str, Any]:
    """The whole référentiel as plain JSON data, for `referentiel show --json`."""
    return ref.model_dump(mode="json")
