"""Every refusal of a file the user gives is French, without English fragments: a genuine package
manifest, référentiel and result file, each field in turn given a value of the wrong kind, emptied,
removed, or joined by an unknown one, and what pydantic says of it translated through
jury_app.domain.problems."""

from __future__ import annotations

import copy
import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from jury_app.data.package.format import Manifest
from jury_app.data.results_file import ResultFile
from jury_app.domain.problems import InvalidInput, from_validation_error
from jury_app.domain.referentiel import Referentiel
from jury_app.reports.pv_request import parse_certificates

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = re.compile(
    r"\b(Input|should|Field required|Value error|Extra inputs|at least|at most|characters?|items?|valid|"
    r"must|expected|string|integer|number|object|Expecting|line \d+ column|[Cc]ould|not|[Ff]ailed|[Ee]rror|the|"
    r"malformed|[Ss]tream|ended|load|is|File)\b|\bor\b|'[a-z_]+'"
)


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every place of the document (the first element of each list only: the others are alike)."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list) and value:
        yield from _leaves(value[0], (*path, 0))


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    doc = copy.deepcopy(doc)
    parent = doc
    for part in path[:-1]:
        parent = parent[part]
    if value is _DELETE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return doc


_DELETE = object()


def _wrong(value: Any) -> list[Any]:
    """Values of another kind than `value`, and the empty one of its kind."""
    if isinstance(value, bool):
        return ["peut-être", 3]
    if isinstance(value, int | float):
        return ["douze", -1, 10**12, True]
    if isinstance(value, str):
        return [12, "", "x" * 100_000, "pas-une-valeur-prévue"]
    if isinstance(value, list):
        return ["liste", {}, []]
    if isinstance(value, dict):
        return [7, []]
    return [0]


def _mutants(doc: dict[str, Any]) -> Iterator[Any]:
    for path, value in _leaves(doc):
        if not path:
            continue
        for wrong in _wrong(value):
            yield _set(doc, path, wrong)
        if isinstance(path[-1], str):
            yield _set(doc, path, _DELETE)
        if isinstance(value, dict):
            yield _set(doc, (*path, "champ_en_trop"), 1)


def _messages(model: type[BaseModel], doc: dict[str, Any]) -> tuple[int, list[str]]:
    tried, messages = 0, []
    for mutant in _mutants(doc):
        tried += 1
        try:
            model.model_validate(mutant)
        except ValidationError as exc:
            messages += [p.message for p in from_validation_error(exc, "fichier")]
    return tried, messages


def _check(model: type[BaseModel], doc: dict[str, Any]) -> None:
    tried, messages = _messages(model, doc)
    assert tried > 100 and len(messages) > tried // 2
    english = sorted({m for m in messages if ENGLISH.search(m)})
    assert english == [], english[:20]
    assert not any(m.endswith("valeur invalide") for m in messages), "an error kind left untranslated"


def test_package_manifest(demo_package: Path) -> None:
    with zipfile.ZipFile(demo_package) as z:
        _check(Manifest, json.loads(z.read("manifest.json")))


def test_referentiel() -> None:
    _check(Referentiel, json.loads((ROOT / "resources/referentiels/TP-00403-08.json").read_text("utf-8")))


def test_result_file(laptops: Any) -> None:
    _check(ResultFile, json.loads(laptops.j1_v1.read_bytes()))


def test_allowed_codes_are_told_with_their_french_label() -> None:
    doc = {"value": "excellent"}

    class Mark(BaseModel):
        value: Any

    from typing import Literal

    class Marked(BaseModel):
        value: Literal["satisfied", "not_satisfied", "not_observed"]

    with pytest.raises(ValidationError) as caught:
        Marked.model_validate(doc)
    (problem,) = from_validation_error(caught.value, "grille")
    assert problem.message == (
        "valeur non autorisée (attendu : « satisfied » (satisfait), « not_satisfied » (non satisfait) "
        "ou « not_observed » (non observé))"
    )


def test_a_certificates_file_that_is_not_json_is_refused_in_french() -> None:
    for data in (b"{pas du json", b'{"format": 3}', json.dumps({"format": "x"}).encode()):
        with pytest.raises(InvalidInput) as caught:
            parse_certificates(data, "certificats.json")
        assert not ENGLISH.search(str(caught.value)), str(caught.value)


def test_broken_pdfs_and_workbooks_are_refused_without_the_libraries_english(tmp_path: Path) -> None:
    from jury_app.data.tables import read_table
    from jury_app.reports.pdf_preview import page_images
    from jury_app.reports.signing import verify_pdf

    refusals = []
    for broken in (
        b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n",
        b"%PDF-1.4\n%%EOF",
        b"%PDF-1.7\ntrailer << /Root 1 0 R >>\nstartxref\n9999\n%%EOF\n",
        b"%PDF-1.7\nxref\n0 1\n0000000000 65535 f \ntrailer << /Size 1 >>\nstartxref\n9\n%%EOF\n",
    ):
        for read in (verify_pdf, page_images):
            with pytest.raises(InvalidInput) as caught:
                read(broken)
            refusals.append(str(caught.value))
    workbook = tmp_path / "candidats.xlsx"
    workbook.write_bytes(b"PK\x03\x04 pas un classeur")
    with pytest.raises(InvalidInput) as caught:
        read_table(workbook, (), "Candidats")
    refusals.append(str(caught.value))
    assert refusals and not [r for r in refusals if ENGLISH.search(r)], refusals
