"""Fixtures for the data-layer tests: session packages made on the fly.

The plain helpers live in tests/package_builder.py, loaded here by path (tests are not a package)
and registered as the module `package_builder`, so that tests in this folder can import from it.
"""

from __future__ import annotations

import importlib.util
import itertools
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest


def _load_builder() -> ModuleType:
    if "package_builder" in sys.modules:
        return sys.modules["package_builder"]
    spec = importlib.util.spec_from_file_location("package_builder", Path(__file__).parents[1] / "package_builder.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["package_builder"] = module
    spec.loader.exec_module(module)
    return module


builder = _load_builder()


@pytest.fixture
def valid_manifest() -> dict[str, Any]:
    return builder.valid_manifest()


@pytest.fixture
def packages_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    return folder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def make_package(packages_dir: Path) -> Callable[..., Path]:
    """make_package(manifest=None, *, mutate=, manifest_bytes=, attachments=, extra=, replace=, drop=, name=).

    Writes a package zip under tmp_path/in (a valid one when called with no argument) and returns
    its path. `mutate` edits a copy of the manifest dict; `extra` adds raw members, `replace`
    swaps a member's bytes, `drop` leaves members out.
    """
    counter = itertools.count(1)

    def make(manifest: dict[str, Any] | None = None, *, name: str | None = None, **options: Any) -> Path:
        path = packages_dir / (name or f"package-{next(counter)}.zip")
        return builder.write_package(path, manifest, **options)

    return make
