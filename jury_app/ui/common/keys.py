"""Keys by position: the digit row and the keypad mean the same digit on AZERTY, QWERTY and QWERTZ.

On a French AZERTY keyboard the digit row types `&`, `é`, `"`… unshifted, so `QKeyEvent.key()` is
`Key_Ampersand`, not `Key_1`; a shortcut "1" or "Alt+1" never fires there. A key is read here by
where it sits: first from the platform's own code for the key (`nativeScanCode()` on Linux and
Windows, `nativeVirtualKey()` on macOS: the same code whatever the layout), then, when the platform
gives none (offscreen, a synthesized event), from the characters the digit row types on the common
layouts. Shifted, the AZERTY row types the digits themselves; shifted QWERTY and QWERTZ characters
(`!`, `@`, `"`, `§`…) are not read as digits, since `"` is 3 on AZERTY but Shift+2 on QWERTZ.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QWidget

_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}").value: d for d in range(10)}

_UNSHIFTED_ROW = {
    # French AZERTY: & é " ' ( - è _ ç à
    Qt.Key.Key_Ampersand.value: 1,
    Qt.Key.Key_Eacute.value: 2,
    Qt.Key.Key_QuoteDbl.value: 3,
    Qt.Key.Key_Apostrophe.value: 4,
    Qt.Key.Key_ParenLeft.value: 5,
    Qt.Key.Key_Minus.value: 6,
    Qt.Key.Key_Egrave.value: 7,
    Qt.Key.Key_Underscore.value: 8,
    Qt.Key.Key_Ccedilla.value: 9,
    Qt.Key.Key_Agrave.value: 0,
    # Belgian AZERTY types § for 6 and ! for 8 (the rest as French)
    Qt.Key.Key_section.value: 6,
    Qt.Key.Key_Exclam.value: 8,
}

# Native codes of the digit row (1…9, 0) per Qt platform plugin. The keypad is read by character
# only: with Num Lock off its keys are the arrows (keypad 2 is ↓), which must never mark anything.
_XKB_ROW = {10 + i: (i + 1) % 10 for i in range(10)}  # X11/Wayland keycodes (evdev + 8)
_WINDOWS_ROW = {0x02 + i: (i + 1) % 10 for i in range(10)}  # PC scan codes, set 1
_MAC_ROW = {0x12: 1, 0x13: 2, 0x14: 3, 0x15: 4, 0x17: 5, 0x16: 6, 0x1A: 7, 0x1C: 8, 0x19: 9, 0x1D: 0}


def native_digit(platform: str, scan_code: int, virtual_key: int) -> int | None:
    """The digit of the key at this position on `platform` (a Qt platform name), or None."""
    if platform in ("xcb", "wayland") and scan_code:
        return _XKB_ROW.get(scan_code)
    if platform == "windows" and scan_code:
        return _WINDOWS_ROW.get(scan_code)
    if platform == "cocoa" and virtual_key:
        return _MAC_ROW.get(virtual_key)
    return None


def position_digit(
    key: int, modifiers: Qt.KeyboardModifier, *, scan_code: int = 0, virtual_key: int = 0, platform: str = ""
) -> int | None:
    """The digit (0…9) of the digit-row or keypad key pressed, whatever the layout; None for any other key."""
    found = native_digit(platform, scan_code, virtual_key)
    if found is not None:
        return found
    if modifiers & Qt.KeyboardModifier.KeypadModifier:
        return _DIGIT_KEYS.get(key)  # Num Lock on: digits; off: arrows and the like, no digit
    if key in _DIGIT_KEYS:
        return _DIGIT_KEYS[key]
    if not modifiers & Qt.KeyboardModifier.ShiftModifier:
        return _UNSHIFTED_ROW.get(key)
    return None


def current_platform() -> str:
    """The Qt platform plugin in use ("xcb", "wayland", "windows", "cocoa", "offscreen"…)."""
    return QGuiApplication.platformName()


def event_digit(event: QKeyEvent) -> int | None:
    """`position_digit` for a key event of this application's platform."""
    return position_digit(
        event.key(),
        event.modifiers(),
        scan_code=event.nativeScanCode(),
        virtual_key=event.nativeVirtualKey(),
        platform=current_platform(),
    )


_IGNORED = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def chord(event: QKeyEvent) -> Qt.KeyboardModifier:
    """The modifiers that change a key's meaning: Shift (the AZERTY digits) and the keypad flag left out."""
    return event.modifiers() & ~_IGNORED


def is_plain(event: QKeyEvent) -> bool:
    """No Ctrl, Alt or Meta held (Shift and the keypad are allowed)."""
    return chord(event) == Qt.KeyboardModifier.NoModifier


def held(event: QKeyEvent, modifier: Qt.KeyboardModifier) -> bool:
    """Exactly `modifier` held among Ctrl, Alt and Meta."""
    return chord(event) == modifier


def digit_shortcut(event: QKeyEvent, modifier: Qt.KeyboardModifier) -> int | None:
    """The digit of a `modifier`+digit shortcut (Alt+1, Ctrl+1…) typed on any layout, else None."""
    if not held(event, modifier):
        return None
    return event_digit(event)


class DigitShortcuts(QObject):
    """`modifier`+digit shortcuts by position, for the widgets inside `owner` while its window is active.

    An application event filter: Qt's own shortcuts match characters, so "Alt+1" never fires on
    AZERTY, where that key types "&". `triggered(digit)` is called at most once per key press.
    """

    def __init__(self, owner: QWidget, modifier: Qt.KeyboardModifier, triggered: Callable[[int], object]) -> None:
        super().__init__(owner)
        self._owner = owner
        self._modifier = modifier
        self._triggered = triggered
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # Qt drops a filter when it is deleted, with its owner

    def _concerns(self, watched: QObject) -> bool:
        owner = self._owner
        return (
            isinstance(watched, QWidget)
            and owner.isVisible()
            and (watched is owner or owner.isAncestorOf(watched))
            and watched.window().isActiveWindow()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(event, QKeyEvent) or event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        digit = digit_shortcut(event, self._modifier)
        if digit is None or not self._concerns(watched):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # ours: no character shortcut or text box takes it
            return True
        self._triggered(digit)
        return True
