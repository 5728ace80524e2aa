"""Colours and text sizes that follow the system: light, dark and high-contrast themes, and the
user's text size.

Screens write their style sheets with named tones (`background: @warn_bg; color: @warn_fg;`) and
relative sizes (`font-size: @size(1.6);`, 1.6 times the application's text), never with colour
codes or fixed sizes. `css()` resolves them for the current palette:

- light: the app's own tints, chosen for a white window;
- dark (the window colour is dark): the same meanings, darker tints under light text;
- high contrast (the system asks for it): no tints at all, only the palette's own roles, as the
  user's theme set them (text on base, highlight for what must stand out).

Surfaces and plain text always come from the palette. Strong signals (the timer running over, the
mock-exam banner) keep a fill with its own text colour, readable in every theme. `follow()` sets a
widget's style sheet and sets it again when the system's theme changes while the app runs.
"""

from __future__ import annotations

import re
from typing import Literal

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

Mode = Literal["light", "dark", "contrast"]

Role = QPalette.ColorRole

# tone: (light, dark, palette role in high contrast)
_TONES: dict[str, tuple[str, str, QPalette.ColorRole]] = {
    # Tinted surfaces and the text on them.
    "warn_bg": ("#fff4d6", "#4a3b0b", Role.Base),
    "warn_strong_bg": ("#fdebb3", "#5c4a10", Role.Base),
    "warn_fg": ("#6b4e00", "#ffe08a", Role.Text),
    "warn_border": ("#e0b84a", "#b58d1a", Role.Text),
    "warn_mark": ("#e0a000", "#f0b400", Role.Highlight),
    "ok_bg": ("#e6f4ea", "#16361f", Role.Base),
    "ok_fg": ("#1e5631", "#a8e6b4", Role.Text),
    "ok_border": ("#8bc49a", "#3f7d4f", Role.Text),
    "error_bg": ("#fce8e6", "#4a1714", Role.Base),
    "error_fg": ("#8c1d18", "#ffb4ab", Role.Text),
    "error_border": ("#c5221f", "#ff8a80", Role.Text),
    "info_bg": ("#e8f0fe", "#172a4a", Role.Base),
    "info_fg": ("#0b3d91", "#a8c7fa", Role.Text),
    "info_border": ("#8ab4f8", "#4a78c8", Role.Text),
    "neutral_bg": ("#f1f3f4", "#2d2f31", Role.Base),
    "neutral_fg": ("#3c4043", "#dadce0", Role.Text),
    "disagree_bg": ("#ffd8a8", "#5a3a10", Role.Base),
    "disagree_fg": ("#8a4b00", "#ffcc80", Role.Text),
    "state_absent_bg": ("#e0e0e0", "#3a3b3d", Role.Base),
    "cell_progress_bg": ("#fff3c4", "#4a3f12", Role.Base),
    "cell_done_bg": ("#d7f0d2", "#1c3a22", Role.Base),
    "cell_abandoned_bg": ("#f8d0d0", "#4a1c1c", Role.Base),
    "state_na_bg": ("#f4f4f4", "#262729", Role.Base),
    "heading_bg": ("#e8eef7", "#24314a", Role.Base),
    "group_bg": ("#dfe3eb", "#2b3342", Role.Base),
    "subgroup_bg": ("#f1f4f9", "#222a36", Role.Base),
    "soft_bg": ("#fbfcfe", "#1f2226", Role.Base),
    "lock_bg": ("#e8eaed", "#303134", Role.Base),
    "lock_border": ("#5f6368", "#9aa0a6", Role.Text),
    # Text on the window.
    "error_text": ("#b71c1c", "#ff8a80", Role.WindowText),
    "ok_text": ("#1b5e20", "#81c995", Role.WindowText),
    "grant_text": ("#1e6b34", "#81c995", Role.WindowText),
    "refuse_text": ("#a3231b", "#f28b82", Role.WindowText),
    "caution_text": ("#8a4b00", "#ffb74d", Role.WindowText),
    "recused_text": ("#6a1b9a", "#ce93d8", Role.WindowText),
    "muted": ("#5f6b76", "#aab0b6", Role.WindowText),
    "secondary": ("#3c4043", "#c4c7c5", Role.WindowText),
    "accent": ("#0b57d0", "#8ab4f8", Role.Highlight),
    "border": ("#c4c7c5", "#5f6368", Role.WindowText),
    # Strong signals: a fill and its own text, the same in light and dark.
    "primary_bg": ("#0b57d0", "#0b57d0", Role.Highlight),
    "primary_fg": ("#ffffff", "#ffffff", Role.HighlightedText),
    "attention": ("#ffb300", "#ffb300", Role.WindowText),
    "alert_bg": ("#c5221f", "#c5221f", Role.Highlight),
    "alert_fg": ("#ffffff", "#ffffff", Role.HighlightedText),
    "mock_bg": ("#b71c1c", "#b71c1c", Role.Highlight),
    "mock_fg": ("#ffffff", "#ffffff", Role.HighlightedText),
    "mock_banner_bg": ("#ff6f00", "#ff6f00", Role.Highlight),
    "mock_banner_fg": ("#1b1b1f", "#1b1b1f", Role.HighlightedText),
    "badge_bg": ("#6a1b9a", "#6a1b9a", Role.Highlight),
    "badge_fg": ("#ffffff", "#ffffff", Role.HighlightedText),
    "time_soon_bg": ("#ffe082", "#ffe082", Role.Highlight),
    "time_soon_border": ("#c79100", "#c79100", Role.WindowText),
    "time_imminent_bg": ("#ff9800", "#ff9800", Role.Highlight),
    "time_imminent_border": ("#b26a00", "#b26a00", Role.WindowText),
    "time_over_bg": ("#c62828", "#c62828", Role.Highlight),
    "time_over_border": ("#8e0000", "#8e0000", Role.WindowText),
    "time_warning_fg": ("#1b1b1f", "#1b1b1f", Role.HighlightedText),
    "time_over_fg": ("#ffffff", "#ffffff", Role.HighlightedText),
    "time_paused_bg": ("#e0e0e0", "#3c4043", Role.Base),
    "time_paused_border": ("#757575", "#9aa0a6", Role.Text),
    "time_finished_bg": ("#eef3f8", "#23272c", Role.Base),
    "time_finished_border": ("#9aa7b4", "#5f6b76", Role.Text),
    # The signature pad is paper: white with dark ink in every theme, as on the printed PV.
    "paper": ("#ffffff", "#ffffff", Role.Base),
    "ink": ("#00008b", "#00008b", Role.Text),
    "paper_line": ("#a0a0a4", "#a0a0a4", Role.Text),
    "paper_guide": ("#c0c0c0", "#c0c0c0", Role.Mid),
    "paper_hint": ("#5f6b76", "#5f6b76", Role.Text),
}

# Tones always taken from the palette: the system's own surfaces and text.
_PALETTE: dict[str, QPalette.ColorRole] = {
    "surface": Role.Base,
    "surface_alt": Role.AlternateBase,
    "text": Role.Text,
    "window_text": Role.WindowText,
}

_TOKEN = re.compile(r"@(?:size\((?P<factor>[0-9.]+)\)|(?P<name>[a-z_]+))")
_TEMPLATE = "juryAppStyle"
DEFAULT_POINTS = 10.0


def mode(palette: QPalette | None = None) -> Mode:
    """High contrast when the system asks for it, else dark or light by the window's colour."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
    if accessibility is not None:
        from PySide6.QtCore import Qt

        if accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
            return "contrast"
    window = (palette or QGuiApplication.palette()).color(Role.Window)
    return "dark" if window.lightnessF() < 0.5 else "light"


def color(name: str, palette: QPalette | None = None, in_mode: Mode | None = None) -> QColor:
    """A named tone for the current (or given) palette and mode."""
    pal = palette or QGuiApplication.palette()
    if name in _PALETTE:
        return pal.color(_PALETTE[name])
    light, dark, role = _TONES[name]
    current = in_mode or mode(pal)
    if current == "contrast":
        return pal.color(role)
    return QColor(dark if current == "dark" else light)


def points(factor: float) -> float:
    """`factor` times the application's text size, in points (it follows the system's setting)."""
    base = QGuiApplication.font().pointSizeF()
    return round((base if base > 0 else DEFAULT_POINTS) * factor, 1)


def css(template: str, palette: QPalette | None = None, in_mode: Mode | None = None) -> str:
    """The style sheet `template` with its tones and sizes resolved."""
    current = in_mode or mode(palette)

    def resolve(m: re.Match[str]) -> str:
        if m.group("factor"):
            return f"{points(float(m.group('factor')))}pt"
        return color(m.group("name"), palette, current).name()

    return _TOKEN.sub(resolve, template)


def follow(widget: QWidget, template: str) -> None:
    """Styles `widget` with `template` now and again whenever the system's theme changes."""
    widget.setProperty(_TEMPLATE, template)
    widget.setStyleSheet(css(template))


def refresh() -> None:
    """Styles again every widget that follows the theme (the palette or the text size changed)."""
    for widget in QApplication.allWidgets():
        template = widget.property(_TEMPLATE)
        if isinstance(template, str):
            widget.setStyleSheet(css(template))


def watch(app: QApplication) -> None:
    """Follows the system: a switch to dark or high contrast while the app runs restyles it."""
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(lambda _scheme: QTimer.singleShot(0, refresh))
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        accessibility().contrastPreferenceChanged.connect(lambda _pref: QTimer.singleShot(0, refresh))
