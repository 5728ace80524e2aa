"""The English translation: complete, current with the UI sources, compiled, and shown by a real window.

When a test here fails because UI strings changed, refresh with
    .venv/bin/python scripts/update_translations.py
then translate the new messages in resources/translations/jury_app_en.ts and run the script again.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.domain.clock import FakeClock
from jury_app.ui import i18n
from jury_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "jury_app_en.ts"
QM_FILE = ROOT / "resources" / "translations" / "jury_app_en.qm"
REFRESH_HINT = "run python scripts/update_translations.py"
PLACEHOLDER = re.compile(r"\{\d+\}|%n|%L?\d")
FRENCH_WORDS = ("Ouvrir", "Séance", "Réglages", "Session de démonstration", "Langue", "Quitter", "Accueil", "Juré")


def _load_update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _load_update_script()

Key = tuple[str, str, str]
"""(context, source, disambiguation comment)."""


def _messages(ts_file: Path) -> dict[Key, ET.Element]:
    root = ET.parse(ts_file).getroot()
    messages: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            messages[key] = message
    return messages


def _translation_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _describe(keys: set[Key]) -> str:
    return "\n".join(f"  [{c}] {s!r}" + (f" ({m})" if m else "") for c, s, m in sorted(keys))


@pytest.fixture(scope="module")
def messages() -> dict[Key, ET.Element]:
    assert TS_FILE.exists(), f"{TS_FILE} is missing: {REFRESH_HINT}"
    return _messages(TS_FILE)


def test_every_message_is_translated(messages: dict[Key, ET.Element]) -> None:
    assert messages, "the .ts holds no message"
    problems = []
    for key, message in messages.items():
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else None
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{key}: {kind}")
        else:
            texts = _translation_texts(message)
            if not texts or not all(text.strip() for text in texts):
                problems.append(f"{key}: empty translation")
    assert not problems, "Untranslated messages in jury_app_en.ts:\n" + "\n".join(problems)


def test_ts_is_current_with_the_ui_sources(tmp_path: Path, messages: dict[Key, ET.Element]) -> None:
    lupdate = update.tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / TS_FILE.name
    copy.write_bytes(TS_FILE.read_bytes())
    command = update.lupdate_command(lupdate, copy, update.ui_sources())
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
    fresh = set(_messages(copy))
    committed = set(messages)
    new, gone = fresh - committed, committed - fresh
    assert not new and not gone, (
        f"jury_app_en.ts is out of date with jury_app/ui ({REFRESH_HINT}, then translate the new strings).\n"
        f"New strings:\n{_describe(new) or '  none'}\nStrings no longer in the sources:\n{_describe(gone) or '  none'}"
    )


def test_placeholders_are_kept(messages: dict[Key, ET.Element]) -> None:
    problems = []
    for (context, source, _comment), message in messages.items():
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in _translation_texts(message):
            if sorted(set(PLACEHOLDER.findall(text))) != wanted:
                problems.append(f"[{context}] {source!r} -> {text!r}")
    assert not problems, "Placeholders lost or added in translation:\n" + "\n".join(problems)


def test_messages_of_the_layers_below_have_no_disambiguation(messages: dict[Key, ET.Element]) -> None:
    """lupdate reads a literal second argument of `msg("…", …)` as tr's disambiguation comment (and a
    third as a plural count): the GUI looks the template up without one and would show it in French.
    Such an argument is given as a variable."""
    commented = {key for key in messages if key[0] == "" and key[2]}
    numerus = {key for key, m in messages.items() if key[0] == "" and m.get("numerus") == "yes"}
    assert not commented | numerus, _describe(commented | numerus)


def test_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    lrelease = update.tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    assert QM_FILE.exists(), f"{QM_FILE} is missing: {REFRESH_HINT}"
    fresh = tmp_path / QM_FILE.name
    subprocess.run(update.lrelease_command(lrelease, TS_FILE, fresh), check=True, cwd=ROOT, capture_output=True)
    # lrelease output is deterministic (same bytes for the same .ts), so bytes tell stale from current.
    same = fresh.read_bytes() == QM_FILE.read_bytes()
    assert same, f"jury_app_en.qm is older than jury_app_en.ts: {REFRESH_HINT}"


def test_qm_loads_and_translates() -> None:
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    assert translator.translate("MainWindow", "&Réglages") == "Se&ttings"
    assert translator.translate("WelcomeScreen", "Ouvrir un paquet de session…") == "Open session package…"
    assert translator.translate("TimerPanel", "Phase {0}/{1} : {2}") == "Phase {0}/{1}: {2}"


def _visible_texts(window: MainWindow) -> list[str]:
    texts = [action.text() for action in window.menuBar().actions()]
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None:
            texts += [a.text() for a in menu.actions() if not a.isSeparator()]
    texts += [window.welcome.open_button.text(), window.welcome.demo_button.text(), window.windowTitle()]
    return texts


def test_main_window_in_english(qapp: QApplication, qtbot: QtBot, ctx: AppContext, clock: FakeClock) -> None:
    i18n.install(qapp, "en")
    try:
        window = MainWindow(ctx, clock)
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&Session", "&Jury", "&Documents", "Se&ttings"]
        assert window.welcome.open_button.text() == "Open session package…"
        assert window.welcome.demo_button.text() == "Demo session"
        texts = _visible_texts(window)
        french = [t for t in texts if any(word in t.replace("&", "") for word in FRENCH_WORDS)]
        assert not french, f"French left in the English window: {french}"
    finally:
        i18n.install(qapp, "fr")


def test_a_refusal_from_the_actions_is_told_in_english(
    qapp: QApplication, qtbot: QtBot, ctx: AppContext, clock: FakeClock
) -> None:
    """Messages worded below the UI (actions, domain) are translated like the UI's own strings."""
    import random

    from jury_app.actions.grids import GridKey
    from jury_app.actions.jurors import declare
    from jury_app.ui.modality import ModalityScreen

    declare(ctx, "DEMO-CIP-2026-11", "C01", "J1", has_link=False)
    i18n.install(qapp, "en")
    try:
        screen = ModalityScreen(ctx, GridKey("DEMO-CIP-2026-11", "C01", "et", "J1"), clock, rng=random.Random(1))
        qtbot.addWidget(screen)
        assert screen.start() is None
        assert screen.error_text() == (
            "Refused — Start the timer: The modality “Entretien technique” must take place after: "
            "Mise en situation professionnelle.\nNothing was lost: what was saved still is."
        )
    finally:
        i18n.install(qapp, "fr")
