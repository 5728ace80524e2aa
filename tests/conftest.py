"""Shared test setup: Qt runs offscreen (set before any Qt import), data folders live in tmp_path,
and every test that touches Qt is marked `gui`, so that `pytest -m "not gui"` needs no display."""

from __future__ import annotations

import ast
import importlib.util
import os
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("JURY_APP_HOME", None)

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


@pytest.fixture(scope="session")
def session_lists() -> ModuleType:
    """tests/session_lists.py (lists, workbooks and real PDFs of a session), loaded by path."""
    if "session_lists" in sys.modules:
        return sys.modules["session_lists"]
    spec = importlib.util.spec_from_file_location("session_lists", Path(__file__).parent / "session_lists.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["session_lists"] = module
    spec.loader.exec_module(module)
    return module
