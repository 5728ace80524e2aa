"""`jury-app --version`: the app's version, Python's, Qt's and the data folder, for a support call.

Qt's version is read from PySide6's installed metadata (a PySide6 wheel carries the Qt of its own
version; the bundle ships that metadata): the command line never imports Qt itself, and importing
it would double the time this takes.
"""

from __future__ import annotations

import os
import platform
import sys

from jury_app import __version__
from jury_app.paths import ENV_HOME, resolve


def qt_version() -> str:
    from importlib import metadata  # email, zipfile, csv...: 10 ms that every start would pay for --version

    for dist in ("PySide6-Essentials", "PySide6"):
        try:
            version = metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
        return f"Qt {version} (PySide6 {version})"
    return "Qt : version inconnue (PySide6 absent ou sans ses métadonnées)"


def data_folder_line(data_dir: str | None) -> str:
    folder = resolve(data_dir).root
    if data_dir:
        source = "--data-dir"
    elif os.environ.get(ENV_HOME):
        source = ENV_HOME
    else:
        source = "dossier de l'utilisateur"
    state = "" if folder.is_dir() else ", pas encore créé"
    return f"Dossier des données : {folder} ({source}{state})"


def version_text(data_dir: str | None) -> str:
    build = "application autonome" if getattr(sys, "frozen", False) else "depuis les sources"
    return "\n".join(
        [
            f"jury-app {__version__}",
            f"Python {platform.python_version()} ({platform.python_implementation()}, {build})",
            qt_version(),
            data_folder_line(data_dir),
        ]
    )
