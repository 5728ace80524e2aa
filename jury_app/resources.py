"""Where the shipped resources are: one answer for a checkout, a wheel and a PyInstaller build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    candidates.append(here / "resources")  # installed wheel: resources/ is packaged inside
    candidates.append(here.parent / "resources")  # checkout or editable install
    for candidate in candidates:
        if (candidate / "referentiels").is_dir():
            return candidate
    raise FileNotFoundError(
        "Ressources introuvables (dossier resources/) ; l'installation est incomplète : "
        + ", ".join(str(c) for c in candidates)
    )


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
