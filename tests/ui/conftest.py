"""Fixtures for GUI tests: a real data folder with the demo session imported, and a fake clock."""

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jury_app.actions.context import AppContext
from jury_app.actions.packages import import_
from jury_app.demo.package import write_demo_package
from jury_app.domain.clock import FakeClock
from jury_app.paths import resolve

DEMO_SESSION = "DEMO-CIP-2026-11"


@pytest.fixture(scope="session")
def demo_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_demo_package(tmp_path_factory.mktemp("pkg") / "demo.zip")


@pytest.fixture
def ctx(tmp_path: Path, demo_package: Path) -> Iterator[AppContext]:
    context = AppContext(resolve(tmp_path / "data"))
    import_(context, demo_package)
    yield context
    context.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 12, 7, 8, 0, tzinfo=UTC))
