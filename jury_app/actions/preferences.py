"""The user's preferences on this laptop (language, sound, recent sessions), in settings.json."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from jury_app.data.files import write_atomic
from jury_app.paths import AppPaths

LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class Preferences:
    language: str = "fr"
    sound: bool = True
    recent_sessions: tuple[str, ...] = field(default_factory=tuple)


def load(paths: AppPaths) -> Preferences:
    try:
        raw: Any = json.loads(paths.settings.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    language = raw.get("language") if raw.get("language") in LANGUAGES else "fr"
    recent = raw.get("recent_sessions")
    return Preferences(
        language=str(language),
        sound=bool(raw.get("sound", True)),
        recent_sessions=tuple(str(s) for s in recent[:10]) if isinstance(recent, list) else (),
    )


def save(paths: AppPaths, prefs: Preferences) -> Preferences:
    """Written atomically: a crash leaves either the old or the new file, never half of one."""
    data = json.dumps({**asdict(prefs), "recent_sessions": list(prefs.recent_sessions)}, ensure_ascii=False, indent=2)
    write_atomic(paths.settings, data.encode("utf-8"))
    return prefs


def set_language(paths: AppPaths, language: str) -> Preferences:
    if language not in LANGUAGES:
        raise ValueError(language)
    return save(paths, replace(load(paths), language=language))


def set_sound(paths: AppPaths, enabled: bool) -> Preferences:
    return save(paths, replace(load(paths), sound=enabled))


def remember_session(paths: AppPaths, session_id: str) -> Preferences:
    prefs = load(paths)
    recent = (session_id, *(s for s in prefs.recent_sessions if s != session_id))[:10]
    return save(paths, replace(prefs, recent_sessions=recent))


def demo_package_path(paths: AppPaths) -> Path:
    return paths.root / "demo" / "demo-package.zip"
