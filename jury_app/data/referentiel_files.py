"""Référentiels completed without code: exported as JSON or as a workbook, imported back whole.

An import is validated whole (every problem with its JSON pointer, or its sheet, row and column),
then stored in the data folder as a new CODE@VERSION. A built-in référentiel is never replaced, and
the same CODE@VERSION with another content is refused: a session keeps the référentiel it was
prepared with.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

from jury_app.data.files import read_bounded, write_atomic
from jury_app.data.referentiels import (
    MAX_REFERENTIEL_BYTES,
    builtin_referentiels,
    canonical_json,
    fingerprint,
    load_referentiel_file,
)
from jury_app.data.safejson import loads_strict
from jury_app.domain.messages import Message, msg
from jury_app.domain.problems import InvalidInput, Problem, pointer, validation_messages
from jury_app.domain.referentiel import Referentiel
from jury_app.domain.referentiel_checks import reference_problems

FORMATS = (".json", ".xlsx")


def referentiel_bytes(ref: Referentiel, suffix: str) -> bytes:
    """The référentiel as JSON (the published schema) or as an XLSX workbook."""
    if suffix == ".json":
        return (json.dumps(ref.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if suffix == ".xlsx":
        from jury_app.data.referentiel_workbook import referentiel_workbook  # openpyxl, only when asked

        return referentiel_workbook(ref)
    raise InvalidInput.at("--out", msg("format inconnu « {0} » : .json ou .xlsx", suffix or msg("(sans extension)")))


def _loc(ptr: str) -> tuple[str | int, ...]:
    parts = [p.replace("~1", "/").replace("~0", "~") for p in ptr.split("/")[1:]] if ptr else []
    return tuple(int(p) if p.isdigit() else p for p in parts)


def read_referentiel(path: Path) -> Referentiel:
    """A référentiel file (.json or .xlsx) validated whole; InvalidInput lists every problem."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput.at(path.name, msg("un référentiel se lit depuis un fichier .json ou .xlsx"))
    data = read_bounded(path, MAX_REFERENTIEL_BYTES, msg("un référentiel"), path.name)
    name = path.name
    if suffix == ".json":
        raw = loads_strict(data, name, max_bytes=MAX_REFERENTIEL_BYTES)
        problems = [_problem(name, pointer(loc), message) for loc, message in reference_problems(raw)]
        return _validated(raw, problems, lambda ptr: (name, ptr))
    from jury_app.data.referentiel_workbook import read_workbook  # openpyxl, only when asked

    try:
        reading = read_workbook(data)
    except Exception as exc:  # not a workbook openpyxl can read: told, not a traceback
        unread = msg("classeur illisible ({0}) : un fichier .xlsx est attendu", type(exc).__name__)
        raise InvalidInput.at(name, unread) from None
    problems = [_problem(name, where, message) for where, message in reading.problems]
    problems += [_problem(name, reading.place_of(loc), m) for loc, m in reference_problems(reading.raw)]
    return _validated(reading.raw, problems, lambda ptr: (name, reading.place_of(_loc(ptr))))


def _problem(name: str, place: str | Message, message: Message) -> Problem:
    """A problem of the file `name`, at `place` (its JSON pointer, or its sheet, row and column)."""
    if not str(place):
        return Problem.at(name, "", message)
    return Problem.at(name, str(place), message, msg("{0} {1}", name, place))


def _validated(raw: object, problems: list[Problem], where: Callable[[str], tuple[str, str | Message]]) -> Referentiel:
    try:
        ref = Referentiel.model_validate(raw)
    except ValidationError as exc:
        for ptr, message in validation_messages(exc):
            if problems and not ptr:  # the model's own cross-checks repeat what is listed already
                continue
            member, place = where(ptr)
            problems.append(_problem(member, place, message))
        raise InvalidInput(problems) from None
    if problems:
        raise InvalidInput(problems)
    return ref


def imported_referentiels(folder: Path) -> dict[str, Referentiel]:
    """The référentiels imported into this data folder, by CODE@VERSION."""
    found: dict[str, Referentiel] = {}
    if folder.is_dir():
        for path in sorted(folder.glob("*.json")):
            ref = load_referentiel_file(path)
            found[ref.key] = ref
    return found


def store_referentiel(folder: Path, ref: Referentiel) -> bool:
    """Keep `ref` in the data folder; False when the very same one is there already.

    Refused: the key of a built-in référentiel, and a key already imported with another content.
    """
    if ref.key in builtin_referentiels():
        builtin = msg("référentiel intégré à l'application, jamais remplacé : donnez une autre version à celui-ci")
        raise InvalidInput.at(ref.key, builtin)
    target = folder / f"{ref.code}@{ref.version}.json"
    if target.is_file():
        if fingerprint(load_referentiel_file(target)) == fingerprint(ref):
            return False
        other = msg("un autre contenu est déjà enregistré sous cette version : donnez une nouvelle version à celui-ci")
        raise InvalidInput.at(ref.key, other)
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(target, canonical_json(ref).encode("utf-8"), mode=0o644)
    return True
