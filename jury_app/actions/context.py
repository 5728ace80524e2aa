"""What every action needs: the app's folders and, opened on first use, the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from jury_app.paths import AppPaths

if TYPE_CHECKING:  # imported on first use: SQLAlchemy costs 0.2 s that the GUI spends after showing
    from jury_app.data.db import Database


@dataclass
class AppContext:
    paths: AppPaths
    _database: Database | None = field(default=None, repr=False)

    @property
    def database(self) -> Database:
        """Opened (and migrated) on first use, so commands that need no database stay fast."""
        if self._database is None:
            from jury_app.data.backup import clean_temporaries
            from jury_app.data.db import Database

            self.paths.ensure()
            self._database = Database(self.paths.database)
            clean_temporaries(self.paths.backups)  # copies left by backups a crash interrupted
        return self._database

    @property
    def has_database(self) -> bool:
        return self._database is not None or self.paths.database.exists()

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None
