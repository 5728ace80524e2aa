"""The schemas in resources/ are the ones the code validates with, and they accept the real data."""

import json
from pathlib import Path

import jsonschema
import pytest

from jury_app.data.schemas import PUBLISHED, render
from jury_app.resources import resource


@pytest.mark.parametrize("name", sorted(PUBLISHED))
def test_published_schema_is_current(name: str) -> None:
    published = resource("schemas", name).read_text(encoding="utf-8")
    assert published == render(PUBLISHED[name]()), "run: python -m jury_app.data.schemas"


@pytest.mark.parametrize("path", sorted(resource("referentiels").glob("*.json")), ids=lambda p: p.name)
def test_shipped_referentiels_match_the_published_schema(path: Path) -> None:
    schema = json.loads(resource("schemas", "referentiel-v1.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema)
