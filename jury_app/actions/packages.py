"""Actions on session packages: validate, import (or update)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jury_app.actions.context import AppContext
from jury_app.data import models as db
from jury_app.data.package.importer import ImportResult, import_package
from jury_app.data.package.store import stage_attachments
from jury_app.data.package.validate import ValidatedPackage, late_registration, validate_package
from jury_app.data.referentiel_files import imported_referentiels
from jury_app.domain.referentiel import LateRegistration


def validate(
    path: Path,
    progress: Callable[[int], None] | None = None,
    *,
    registration_ended_reason: str = "",
    ctx: AppContext | None = None,
) -> ValidatedPackage:
    """The package checked whole; `registration_ended_reason` lets a session run after its
    certification's registration ended (recorded with the session at import, printed on the PV).
    Given a data folder (`ctx`), the référentiels imported there are known too."""
    return validate_package(
        path,
        progress=progress,
        registration_ended_reason=registration_ended_reason,
        known=imported_referentiels(ctx.paths.referentiels) if ctx is not None else None,
    )


def registration_ended(ctx: AppContext, path: Path) -> LateRegistration | None:
    """Whether importing `path` needs a reason: its session comes after its certification's
    registration ended and the package gives none (asked before the import, printed on the PV)."""
    late = late_registration(path, known=imported_referentiels(ctx.paths.referentiels))
    return late if late is not None and not late.reason else None


def import_(
    ctx: AppContext,
    path: Path,
    *,
    update: bool = False,
    identity_change_reason: str = "",
    progress: Callable[[int], None] | None = None,
    registration_ended_reason: str = "",
) -> ImportResult:
    # Validated before the database is even opened: a bad package leaves the data folder as it was.
    # Each attachment is read once, its checksum checked as it is copied to the store's staging
    # folder; into a folder with no database yet, that comes before the database is made, so that a
    # package with a corrupt attachment leaves no folder behind.
    pkg = validate_package(
        path,
        verify_checksums=False,
        registration_ended_reason=registration_ended_reason,
        known=imported_referentiels(ctx.paths.referentiels),
    )
    staged = None if ctx.has_database else stage_attachments(pkg, ctx.paths, progress)
    try:
        if staged is not None:
            pkg.sha256  # noqa: B018 (the file hashed whole before the database is made)
        return import_package(
            ctx.database,
            ctx.paths,
            path,
            update=update,
            identity_change_reason=identity_change_reason,
            progress=progress,
            registration_ended_reason=registration_ended_reason,
            validated=pkg,
            staged=staged,
        )
    finally:
        if staged is not None:
            staged.discard()


def session_it_updates(ctx: AppContext, path: Path) -> str:
    """The title of the session on this computer that the package would update (its session, made
    from another package: the lead edited it), or "" when the session is new here or unchanged."""
    if not ctx.has_database:
        return ""
    pkg = validate_package(path, verify_checksums=False, known=imported_referentiels(ctx.paths.referentiels))
    with ctx.database.reader() as orm:
        existing = orm.get(db.Session, pkg.manifest.session.id)
        return existing.title if existing is not None and existing.package_sha256 != pkg.sha256 else ""
