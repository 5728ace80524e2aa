"""The log file a support person reads: faults with their tracebacks, in the data folder.

The GUI tells a fault in plain French and names this file; the traceback (which may quote what
the program was doing) stays here, never on screen. SQL parameters are not logged (the engine hides
them), so jurors' texts do not end up in the log.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from jury_app.paths import AppPaths

_MAX_BYTES = 1_000_000
_BACKUPS = 3
_configured: list[Path] = []


def configure(paths: AppPaths) -> Path | None:
    """Log warnings and errors of the app to `paths.log_file` (rotated); the file, or None if unwritable."""
    path = paths.log_file
    if path in _configured:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8")
    except OSError:
        return None  # a read-only data folder: the app says so elsewhere; it still runs
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    logger = logging.getLogger("jury_app")
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    _configured.append(path)
    return path


def log_file() -> Path | None:
    """The log file configured last (None before `configure`)."""
    return _configured[-1] if _configured else None
