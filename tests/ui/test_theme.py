"""The app follows the system's theme and text size: tones resolved from the palette in light, dark
and high-contrast themes, readable text on every tinted surface, no colour codes nor fixed text
sizes in the screens, real widgets restyled when the palette changes."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.domain.clock import FakeClock
from jury_app.ui.common import theme
from jury_app.ui.common.feedback import SavedState
from jury_app.ui.overview.overview_screen import OverviewScreen

UI = Path(theme.__file__).resolve().parents[1]
Role = QPalette.ColorRole


def _palette(**roles: str) -> QPalette:
    palette = QPalette()
    for name, value in roles.items():
        palette.setColor(getattr(Role, name), QColor(value))
    return palette


LIGHT = QStyleFactory.create("Fusion").standardPalette()
DARK = _palette(
    Window="#202124", WindowText="#e8eaed", Base="#1b1b1f", AlternateBase="#26262b", Text="#e8eaed",
    Button="#2d2e31", ButtonText="#e8eaed", Highlight="#8ab4f8", HighlightedText="#000000", Mid="#5f6368",
)  # fmt: skip
HIGH_CONTRAST_BLACK = _palette(
    Window="#000000", WindowText="#ffffff", Base="#000000", AlternateBase="#000000", Text="#ffffff",
    Button="#000000", ButtonText="#ffffff", Highlight="#1aebff", HighlightedText="#000000", Mid="#ffffff",
)  # fmt: skip
HIGH_CONTRAST_WHITE = _palette(
    Window="#ffffff", WindowText="#000000", Base="#ffffff", AlternateBase="#ffffff", Text="#000000",
    Button="#ffffff", ButtonText="#000000", Highlight="#37006e", HighlightedText="#ffffff", Mid="#000000",
)  # fmt: skip

THEMES = [
    ("light", LIGHT, "light"),
    ("dark", DARK, "dark"),
    ("contrast-black", HIGH_CONTRAST_BLACK, "contrast"),
    ("contrast-white", HIGH_CONTRAST_WHITE, "contrast"),
]

# (text, background) as the screens pair them; "text" and "window_text" are the palette's own.
PAIRS = [
    ("warn_fg", "warn_bg"),
    ("ok_fg", "ok_bg"),
    ("error_fg", "error_bg"),
    ("info_fg", "info_bg"),
    ("neutral_fg", "neutral_bg"),
    ("disagree_fg", "disagree_bg"),
    ("primary_fg", "primary_bg"),
    ("alert_fg", "alert_bg"),
    ("mock_fg", "mock_bg"),
    ("mock_banner_fg", "mock_banner_bg"),
    ("badge_fg", "badge_bg"),
    ("time_warning_fg", "time_soon_bg"),
    ("time_warning_fg", "time_imminent_bg"),
    ("time_over_fg", "time_over_bg"),
    ("muted", "time_finished_bg"),
    ("ink", "paper"),
    ("paper_hint", "paper"),
    ("error_fg", "error_bg"),
    *[
        ("text", surface)
        for surface in (
            "surface",
            "neutral_bg",
            "warn_bg",
            "warn_strong_bg",
            "info_bg",
            "heading_bg",
            "group_bg",
            "subgroup_bg",
            "soft_bg",
            "lock_bg",
            "state_absent_bg",
            "state_na_bg",
            "cell_progress_bg",
            "cell_done_bg",
            "cell_abandoned_bg",
            "time_paused_bg",
            "disagree_bg",
        )
    ],
    *[
        (tone, "surface")
        for tone in (
            "error_text",
            "ok_text",
            "grant_text",
            "refuse_text",
            "caution_text",
            "recused_text",
            "muted",
            "secondary",
            "accent",
        )
    ],
    *[("muted", surface) for surface in ("soft_bg", "warn_bg", "info_bg")],
]


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize(("name", "palette", "mode"), THEMES, ids=[t[0] for t in THEMES])
def test_text_is_readable_on_every_surface(name: str, palette: QPalette, mode: theme.Mode, qapp: QApplication) -> None:
    poor = []
    for fg, bg in PAIRS:
        ratio = contrast(theme.color(fg, palette, mode), theme.color(bg, palette, mode))
        if ratio < 4.5:  # WCAG AA, normal text
            poor.append(f"{fg} on {bg}: {ratio:.2f}")
    assert poor == []


def test_the_mode_follows_the_window_colour(qapp: QApplication) -> None:
    assert theme.mode(LIGHT) == "light"
    assert theme.mode(DARK) == "dark"


def test_high_contrast_uses_the_users_colours_only(qapp: QApplication) -> None:
    for palette in (HIGH_CONTRAST_BLACK, HIGH_CONTRAST_WHITE):
        own = {palette.color(role).name() for role in Role if role != Role.NColorRoles}
        resolved = re.findall(r"#[0-9a-f]{6}", theme.css(_all_tokens(), palette, "contrast"))
        assert set(resolved) <= own


def test_tokens_and_sizes_are_resolved(qapp: QApplication) -> None:
    template = "QLabel { color: @warn_fg; background: @surface; font-size: @size(1.5); }"
    size = f"{round(qapp.font().pointSizeF() * 1.5, 1)}pt"
    assert (
        theme.css(template, LIGHT, "light") == f"QLabel {{ color: #6b4e00; background: #ffffff; font-size: {size}; }}"
    )
    dark = theme.css(template, DARK, "dark")
    assert dark == f"QLabel {{ color: #ffe08a; background: #1b1b1f; font-size: {size}; }}"


def _string_constants(path: Path) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def _ui_sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if p.name != "theme.py")


def _all_tokens() -> str:
    names = {m for path in _ui_sources() for _line, text in _string_constants(path) for m in _tokens(text)}
    return " ".join(f"@{name}" for name in sorted(names))


def _tokens(text: str) -> list[str]:
    return re.findall(r"@([a-z_]+)\b(?!\()", text)


def test_every_tone_the_screens_name_exists(qapp: QApplication) -> None:
    unknown = []
    for path in _ui_sources():
        for line, text in _string_constants(path):
            for name in _tokens(text):
                try:
                    theme.color(name, LIGHT, "light")
                except KeyError:
                    unknown.append(f"{path.relative_to(UI)}:{line} @{name}")
    assert unknown == []
    assert len(_all_tokens().split()) > 30  # the scan does find the screens' tones


def test_no_colour_code_nor_fixed_text_size_in_the_screens() -> None:
    found = []
    for path in _ui_sources():
        source = path.read_text(encoding="utf-8")
        if "GlobalColor." in source:
            found.append(f"{path.relative_to(UI)}: Qt.GlobalColor")
        for line, text in _string_constants(path):
            for bad in re.findall(r"#[0-9a-fA-F]{3,8}\b|\b(?:white|black|red|gray|grey)\s*;|\b\d+pt\b", text):
                found.append(f"{path.relative_to(UI)}:{line} {bad}")
            if re.search(r"font-size:\s*\d", text):
                found.append(f"{path.relative_to(UI)}:{line} fixed font-size")
    assert found == []


@pytest.fixture
def palette_restored(qapp: QApplication) -> Iterator[QApplication]:
    before = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(before)
    theme.refresh()


def test_a_widget_follows_a_switch_to_a_dark_theme(qtbot: QtBot, palette_restored: QApplication) -> None:
    label = SavedState()
    qtbot.addWidget(label)
    label.set_failed("disque plein")
    label.resize(200, 40)
    label.show()
    qtbot.waitExposed(label)
    light_pixel = label.grab().toImage().pixelColor(6, 20)  # in the padding, left of the text
    assert light_pixel.name() == theme.color("error_bg", LIGHT, "light").name()
    palette_restored.setPalette(DARK)
    theme.refresh()
    dark_pixel = label.grab().toImage().pixelColor(6, 20)
    assert dark_pixel.name() == theme.color("error_bg", DARK, "dark").name()
    assert luminance(dark_pixel) < 0.1 < luminance(light_pixel)


@pytest.fixture
def larger_text(qapp: QApplication) -> Iterator[float]:
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(14)
    qapp.setFont(font)
    yield 14.0
    qapp.setFont(before)


def test_text_sizes_follow_the_systems_text_size(
    ctx: AppContext, clock: FakeClock, qtbot: QtBot, larger_text: float
) -> None:
    # A user who asked the system for larger text (14 pt instead of 10): the overview's title,
    # 1.6 times the text, grows with it.
    screen = OverviewScreen(ctx, clock)
    qtbot.addWidget(screen)
    screen.load("DEMO-CIP-2026-11", "J1")
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.title.font().pointSizeF() == pytest.approx(1.6 * larger_text)
