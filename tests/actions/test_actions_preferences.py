"""The user's preferences on this laptop."""

from __future__ import annotations

from pathlib import Path

import pytest

from jury_app.actions import preferences as prefs
from jury_app.paths import AppPaths, resolve


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve(tmp_path / "home")


def test_defaults_without_a_file(paths: AppPaths) -> None:
    assert not paths.settings.exists()
    assert prefs.load(paths) == prefs.Preferences(language="fr", sound=True, recent_sessions=())


@pytest.mark.parametrize("content", ["{not json", "", "[1, 2]", "null", '"fr"', "\x00\x01"])
def test_defaults_with_a_corrupt_file(paths: AppPaths, content: str) -> None:
    paths.root.mkdir(parents=True)
    paths.settings.write_text(content, encoding="utf-8")
    assert prefs.load(paths) == prefs.Preferences()


def test_unknown_values_in_the_file_fall_back(paths: AppPaths) -> None:
    paths.root.mkdir(parents=True)
    paths.settings.write_text('{"language": "de", "recent_sessions": "A", "sound": false}', encoding="utf-8")
    assert prefs.load(paths) == prefs.Preferences(language="fr", sound=False, recent_sessions=())


def test_set_language_and_sound_are_saved(paths: AppPaths) -> None:
    assert prefs.set_language(paths, "en").language == "en"
    assert prefs.set_sound(paths, False) == prefs.Preferences(language="en", sound=False)
    assert prefs.load(paths) == prefs.Preferences(language="en", sound=False)
    assert prefs.set_language(paths, "fr").language == "fr"
    assert prefs.load(paths).sound is False
    # no temporary file left behind by the atomic writes
    assert sorted(p.name for p in paths.root.iterdir()) == ["settings.json"]


@pytest.mark.parametrize("language", ["de", "", "FR", "english"])
def test_unknown_language_is_refused(paths: AppPaths, language: str) -> None:
    prefs.set_language(paths, "en")
    with pytest.raises(ValueError):
        prefs.set_language(paths, language)
    assert prefs.load(paths).language == "en"


def test_remember_session_keeps_the_most_recent_first(paths: AppPaths) -> None:
    prefs.remember_session(paths, "A")
    prefs.remember_session(paths, "B")
    assert prefs.remember_session(paths, "C").recent_sessions == ("C", "B", "A")
    assert prefs.remember_session(paths, "A").recent_sessions == ("A", "C", "B")
    assert prefs.load(paths).recent_sessions == ("A", "C", "B")
    for i in range(12):
        prefs.remember_session(paths, f"S{i}")
    recent = prefs.load(paths).recent_sessions
    assert len(recent) == 10
    assert recent[0] == "S11"
    assert "A" not in recent
    # other preferences are left as they were
    prefs.set_sound(paths, False)
    prefs.remember_session(paths, "Z")
    assert prefs.load(paths).sound is False
