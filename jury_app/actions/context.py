"""What every action needs: the app's folders, the database opened on first use, and which session."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from jury_app.domain.messages import Message, msg
from jury_app.domain.problems import InvalidInput
from jury_app.paths import AppPaths

if TYPE_CHECKING:  # imported on first use: SQLAlchemy costs 0.2 s that the GUI spends after showing
    from jury_app.data.db import Database


@dataclass
class AppContext:
    paths: AppPaths
    _database: Database | None = field(default=None, repr=False)
    busy_timeout_ms: int | None = None
    """How long a write waits for another program's lock (None: the storage's default). The GUI
    waits briefly, then tells the juror, rather than freezing its window for seconds."""
    _opening: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    """Held while the database opens: the GUI opens it off its thread at start (`ui.first_paint`)
    while a menu may already want it, which then waits for the same one."""

    @property
    def database(self) -> Database:
        """Opened (and migrated) on first use, so commands that need no database stay fast."""
        if self._database is not None:
            return self._database
        with self._opening:
            return self._open()

    def _open(self) -> Database:
        if self._database is None:
            from jury_app.data.backup import clean_temporaries
            from jury_app.data.db import Database

            # Checked first: a read-only folder or a damaged database is refused before anything is written.
            if self.busy_timeout_ms is None:
                self._database = Database(self.paths.database, self.paths.backups)
            else:
                self._database = Database(self.paths.database, self.paths.backups, self.busy_timeout_ms)
            self.paths.ensure()
            clean_temporaries(self.paths.backups)  # copies left by backups a crash interrupted
        return self._database

    @property
    def has_database(self) -> bool:
        return self._database is not None or self.paths.database.exists()

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None


def resolve_session_id(ctx: AppContext, session_id: str | None) -> str:
    """The session named, or the only one in the data folder."""
    ids: list[str] = []
    if ctx.has_database:
        from jury_app.data.session_store import session_ids

        with ctx.database.reader() as orm:
            ids = session_ids(orm)
    if session_id is not None:
        if session_id not in ids:
            known: Message | str = ", ".join(ids) or msg("aucune")
            raise InvalidInput.one("--session", msg("session inconnue : « {0} » (sessions : {1})", session_id, known))
        return session_id
    if not ids:
        raise InvalidInput.one(
            "--session",
            msg(
                "aucune session dans {0} : importez d'abord un paquet (jury-app package import FICHIER)",
                ctx.paths.root,
            ),
        )
    if len(ids) > 1:
        listed = ", ".join(ids)
        raise InvalidInput.one("--session", msg("plusieurs sessions ; précisez laquelle : {0}", listed))
    return ids[0]
