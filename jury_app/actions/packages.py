"""Actions on session packages: validate, import (or update), write the demo package."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jury_app.actions.context import AppContext
from jury_app.data.package.importer import ImportResult, import_package
from jury_app.data.package.validate import ValidatedPackage, validate_package


def validate(path: Path, progress: Callable[[int], None] | None = None) -> ValidatedPackage:
    return validate_package(path, progress=progress)


def import_(
    ctx: AppContext, path: Path, *, update: bool = False, progress: Callable[[int], None] | None = None
) -> ImportResult:
    # Validate before the database is even opened: a bad package leaves the data folder as it was.
    validate_package(path, verify_checksums=False)
    return import_package(ctx.database, ctx.paths, path, update=update, progress=progress)


def write_demo(out: Path) -> Path:
    from jury_app.data.package.demo import write_demo_package

    return write_demo_package(out)
