"""Rolling backups of the database: make one, list them, restore one, and one every few minutes.

A backup is a consistent copy of the whole database (every session on this laptop) in
`<data folder>/backups/`; the newest `DEFAULT_KEEP` are kept. Attachments are not copied: they are
stored by content hash and never rewritten, so every backup still finds them (unless a session
was purged since).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import timedelta
from pathlib import Path

from jury_app.actions.context import AppContext
from jury_app.data import backup, health
from jury_app.data.backup import BackupInfo
from jury_app.data.errors import DatabaseHurt
from jury_app.domain.clock import Clock, SystemClock
from jury_app.domain.messages import msg, plain
from jury_app.domain.problems import InvalidInput, Problem

__all__ = [
    "DEFAULT_KEEP",
    "PRE_RESTORE_REASON",
    "BackupInfo",
    "DatabaseHurt",
    "RestoredBackup",
    "database_hurt",
    "list_backups",
    "make_backup",
    "maybe_backup",
    "resolve_backup_path",
    "restore_backup",
]

DEFAULT_KEEP = backup.DEFAULT_KEEP
PRE_RESTORE_REASON = "avant-restauration"
AUTO_REASON = "auto"


@dataclass(frozen=True)
class RestoredBackup(BackupInfo):
    """The backup that was restored, and `previous`: the backup of the state it replaced; or, when
    that database was damaged, `set_aside`: its files, renamed beside it."""

    previous: BackupInfo | None = None
    set_aside: tuple[Path, ...] = ()


def _require_database(ctx: AppContext) -> Path:
    if not ctx.paths.database.is_file():
        raise InvalidInput.one("sauvegarde", msg("aucune base de données dans {0} : rien à sauvegarder", ctx.paths.root))
    return ctx.paths.database


def _store(
    ctx: AppContext, reason: str, keep: int, clock: Clock | None, protect: tuple[Path, ...], *, skip_same: bool
) -> BackupInfo | None:
    live = _require_database(ctx)
    now = (clock or SystemClock()).now()
    return backup.store(live, ctx.paths.backups, reason, now, keep=keep, protect=protect, skip_same=skip_same)


def make_backup(
    ctx: AppContext,
    reason: str = backup.DEFAULT_REASON,
    *,
    keep: int = DEFAULT_KEEP,
    clock: Clock | None = None,
    protect: tuple[Path, ...] = (),
) -> BackupInfo:
    """A consistent copy of the database in the backups folder; older ones beyond `keep` are deleted.

    Committed work only: what another connection has not committed yet is not in the copy.
    `protect`: backups the rotation must not delete.
    """
    made = _store(ctx, reason, keep, clock, protect, skip_same=False)
    assert made is not None
    return made


def list_backups(ctx: AppContext) -> list[BackupInfo]:
    """Every backup, newest first, with the sessions and the amount of jury work it holds."""
    return backup.list_backups(ctx.paths.backups)


def resolve_backup_path(ctx: AppContext, name: str | Path) -> Path:
    """A backup given by its path, or by its bare file name in the backups folder."""
    path = Path(name).expanduser()
    if not path.exists() and path.name == str(name):
        in_folder = ctx.paths.backups / path.name
        if in_folder.exists():
            return in_folder
    if not path.is_file():
        raise InvalidInput.one(str(name), msg("sauvegarde introuvable (voir : jury-app backup list)"))
    return path


def restore_backup(ctx: AppContext, backup_path: Path, *, clock: Clock | None = None) -> RestoredBackup:
    """Put the content of `backup_path` back as the app's database.

    The current database is first backed up (reason "avant-restauration"), so a restore can itself
    be undone; a damaged one, which cannot be copied, is renamed beside it instead (`set_aside`). The database connections of `ctx` are closed; the next use reopens (and, for a
    backup made by an older version, migrates) the restored database. Returns what was restored,
    with `previous`, the backup of the replaced state (None when there was no database yet).
    """
    path = resolve_backup_path(ctx, backup_path)
    live = ctx.paths.database
    if live.exists() and path.resolve() == live.resolve():
        raise InvalidInput.one(str(path), msg("c'est la base de données en service, pas une sauvegarde"))
    problems = backup.restorable_problems(path)
    if problems:
        raise InvalidInput([Problem(path.name, "", str(p), plain(p)) for p in problems])
    restored = backup.read_info(path)
    ctx.close()
    before = None
    kept: tuple[Path, ...] = ()
    finding = health.examine(live)
    if finding is not None and not finding.intact:  # a damaged database cannot be copied: it is kept aside
        kept = health.set_aside(live, "", *health.SIDE_FILES, label="abimee")
    elif live.is_file():
        # `path` is protected from the rotation: it may be the oldest of the kept backups.
        before = make_backup(ctx, PRE_RESTORE_REASON, clock=clock, protect=(path,))
    backup.restore_into(path, live)
    values = {f.name: getattr(restored, f.name) for f in fields(restored)}
    return RestoredBackup(**values, previous=before, set_aside=kept)


def maybe_backup(ctx: AppContext, every_minutes: float = 10, clock: Clock | None = None) -> BackupInfo | None:
    """For a periodic timer: a backup when the newest is older than `every_minutes`, else None.

    A copy identical to the newest backup (nothing changed since) is not kept, so an idle laptop
    does not push the useful backups out of the rotation.
    """
    if not ctx.paths.database.is_file():
        return None
    clock = clock or SystemClock()
    files = backup.backup_files(ctx.paths.backups)
    if files and clock.now() - files[0][1] < timedelta(minutes=every_minutes):
        return None
    return _store(ctx, AUTO_REASON, DEFAULT_KEEP, clock, (), skip_same=True)


def database_hurt(ctx: AppContext) -> DatabaseHurt | None:
    """Why the database cannot be opened when it is damaged (with the backup to restore), else None.

    Opens the database when it exists and is not open yet; any other failure is raised.
    """
    if not ctx.has_database:
        return None
    try:
        ctx.database  # noqa: B018 - opening is what is checked
    except DatabaseHurt as exc:
        return exc
    return None
