"""Shared test setup: Qt runs offscreen (set before any Qt import), data folders live in tmp_path,
and every test that touches Qt is marked `gui`, so that `pytest -m "not gui"` needs no display.
The fixtures and builders the tests share are in the package tests/helpers."""

from __future__ import annotations

import ast
import os
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("JURY_APP_HOME", None)

# Shared fixtures live in tests/helpers, one module per kind of world they build.
pytest_plugins = (
    "tests.helpers.demo",
    "tests.helpers.packages",
    "tests.helpers.jury_day",
    "tests.helpers.laptops",
    "tests.helpers.english",
)

QT_FIXTURES = frozenset({"qtbot", "qapp", "qtmodeltester", "qtlog"})
QT_MODULES = ("PySide6", "pytestqt", "jury_app.ui")


@cache
def _imports_qt(path: Path) -> bool:
    """Whether a test module imports Qt, pytest-qt or our widgets (read from its source)."""
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names += [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
    return any(name == qt or name.startswith(f"{qt}.") for name in names for qt in QT_MODULES)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if QT_FIXTURES & set(getattr(item, "fixturenames", ())) or _imports_qt(item.path):
            item.add_marker(pytest.mark.gui)


def _qt_application_exists() -> bool:
    widgets = sys.modules.get("PySide6.QtWidgets")
    return widgets is not None and widgets.QApplication.instance() is not None


@pytest.fixture(autouse=True)
def _gui_marker_is_honest(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test not marked `gui` that starts Qt would need a display under `-m "not gui"`: fail it."""
    before = _qt_application_exists()
    yield
    if not before and request.node.get_closest_marker("gui") is None and _qt_application_exists():
        pytest.fail("this test starts a Qt application: mark it @pytest.mark.gui")
