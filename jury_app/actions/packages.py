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
    # Into a folder with no database yet, checksums are verified here too: otherwise a package with
    # a corrupt attachment would leave a new, empty database behind (the import opens it first).
    validate_package(path, verify_checksums=not ctx.has_database)
    return import_package(ctx.database, ctx.paths, path, update=update, progress=progress)


def write_demo(out: Path) -> Path:
    from jury_app.data.package.demo import write_demo_package

    return write_demo_package(out)


def open_demo_session(ctx: AppContext) -> str:
    """The built-in demo session: written and imported on first use, reused afterwards."""
    from jury_app.actions.preferences import demo_package_path
    from jury_app.actions.sessions import list_sessions
    from jury_app.data.package.demo import DEMO_SESSION_ID

    if any(s.id == DEMO_SESSION_ID for s in list_sessions(ctx)):
        return DEMO_SESSION_ID  # imported before: reopened as it was, with the jury's work
    out = demo_package_path(ctx.paths)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_demo(out)
    import_(ctx, out)
    return DEMO_SESSION_ID
