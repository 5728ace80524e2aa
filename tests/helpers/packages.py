"""Fixtures of session packages made on the fly (valid or not), and the lead's lists of a session."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.helpers import package_builder as builder
from tests.helpers import session_lists as lists


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


@pytest.fixture(scope="session")
def session_lists() -> ModuleType:
    """tests/helpers/session_lists.py: lists, workbooks and real PDFs of a session."""
    return lists
