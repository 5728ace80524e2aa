"""The Qt binding must not leak or free references: an exam day makes millions of Qt calls.

PySide6-Essentials 6.12.0 on Python 3.11 dropped one reference to None on each call returning
nothing, and the interpreter aborted ("deallocating None") after a few thousand clicks; the
dependency is pinned below it. This test fails (or aborts) if a binding with that fault returns.
"""

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setVisible(False)
    assert abs(sys.getrefcount(None) - before) < 100
