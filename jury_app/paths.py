"""The one owner of the app's folders on disk.

Computed on demand, never at import: `--data-dir DIR` beats `JURY_APP_HOME`, which beats the
platform's user data folder (no version in the path, so data survives upgrades).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "jury_app"
ENV_HOME = "JURY_APP_HOME"


@dataclass(frozen=True)
class AppPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "jury_app.sqlite3"

    @property
    def attachments(self) -> Path:
        """Candidates' documents, stored by content hash."""
        return self.root / "attachments"

    @property
    def staging(self) -> Path:
        return self.root / "staging"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    def session_keys(self, session_id: str) -> Path:
        """The jurors' signing keys and certificates of a session."""
        return self.keys / session_id

    def juror_key_files(self, session_id: str, juror_ref: str) -> tuple[Path, Path]:
        """(private key, certificate) files of a juror in a session."""
        folder = self.session_keys(session_id)
        return folder / f"{juror_ref}.key.pem", folder / f"{juror_ref}.crt.pem"

    @property
    def lead_key_files(self) -> tuple[Path, Path]:
        """(private key, certificate) of the session lead of this laptop: one for all its sessions."""
        return self.keys / "lead.key.pem", self.keys / "lead.crt.pem"

    @property
    def results(self) -> Path:
        """Copies of the jurors' result files imported here, one folder per session."""
        return self.root / "results"

    def session_results(self, session_id: str) -> Path:
        return self.results / session_id

    def session_sent_results(self, session_id: str) -> Path:
        """Copies of the result files exported from here: what the juror signed, kept to check it."""
        return self.session_results(session_id) / "envoyes"

    @property
    def reports(self) -> Path:
        """Reports kept in the data folder, one folder per session."""
        return self.root / "reports"

    def session_reports(self, session_id: str) -> Path:
        """A session's documents kept here (the PV its jurors sign), archived with it."""
        return self.reports / session_id

    def session_pv(self, session_id: str) -> Path:
        """The procès-verbal the jurors of a session sign in turn, each the same file."""
        return self.session_reports(session_id) / "proces-verbal.pdf"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        """What went wrong, with its traceback, for whoever supports the jury (rotated)."""
        return self.logs / "jury_app.log"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def archive_register(self) -> Path:
        """The register of the archives exported from here, and of the purges they allowed."""
        return self.root / "archives.json"

    @property
    def referentiels(self) -> Path:
        """The référentiels imported here (completed without code), one CODE@VERSION.json each."""
        return self.root / "referentiels"

    @property
    def consultation(self) -> Path:
        """Named copies of the candidates' documents, made to open them."""
        return self.root / "consultation"

    def ensure(self) -> AppPaths:
        for folder in (self.root, self.attachments, self.staging):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    if data_dir:
        return AppPaths(Path(data_dir).expanduser().resolve())
    env = os.environ.get(ENV_HOME)
    if env:
        return AppPaths(Path(env).expanduser().resolve())
    return AppPaths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True)))
