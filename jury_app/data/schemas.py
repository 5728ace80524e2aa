"""The JSON Schemas published in resources/schemas, generated from the models (one source of truth)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from jury_app.data.package.format import manifest_json_schema
from jury_app.domain.referentiel import Referentiel


def referentiel_json_schema() -> dict[str, object]:
    schema = Referentiel.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://jury-app.invalid/schemas/referentiel-v1.schema.json"
    schema["title"] = "Référentiel de certification jury_app, format 1"
    return schema


PUBLISHED: dict[str, Callable[[], dict[str, object]]] = {
    "referentiel-v1.schema.json": referentiel_json_schema,
    "session-package-v1.schema.json": manifest_json_schema,
}


def render(schema: dict[str, object]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, build in PUBLISHED.items():
        target = folder / name
        target.write_text(render(build()), encoding="utf-8")
        written.append(target)
    return written


if __name__ == "__main__":  # python -m jury_app.data.schemas: refresh the published schemas
    from jury_app.resources import resource

    for path in write_all(resource("schemas")):
        print(path)
