"""`jury-app --version`: the app's version, Python's, Qt's and the data folder, for a support call.

Qt's version is read from PySide6's installed metadata (a PySide6 wheel carries the Qt of its own
version): importing PySide6 would double the time this takes. A bundle without that metadata
imports QtCore instead.
"""

from __future__ import annotations

import os
import platform
import sys
from importlib import metadata

from jury_app import __version__
from jury_app.paths import ENV_HOME, resolve


def qt_version() -> str:
    for dist in ("PySide6-Essentials", "PySide6"):
        try:
            version = metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
        return f"Qt {version} (PySide6 {version})"
    try:
        import PySide6
        from PySide6 import QtCore
    except ImportError as exc:
        return f"Qt absent ({exc})"
    return f"Qt {QtCore.qVersion()} (PySide6 {PySide6.__version__})"


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
