"""The demo session's package, a real data folder with it imported (`ctx`), a fake clock at the
start of the exam day, and `repackage`, which derives a new package from the demo one by editing
its manifest."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from jury_app.actions.context import AppContext
from jury_app.actions.packages import import_
from jury_app.demo.package import write_demo_package
from jury_app.domain.clock import FakeClock
from jury_app.paths import resolve

DEMO_SESSION = "DEMO-CIP-2026-11"

ManifestEdit = Callable[[dict[str, Any]], set[str] | None]
Repackage = Callable[[Path, ManifestEdit], Path]


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


@pytest.fixture
def repackage(demo_package: Path) -> Repackage:
    """`repackage(out, edit)`: a copy of the demo package whose manifest `edit` changed in place.

    `edit` may return the names of zip members to leave out (attachments it dropped); every other
    member is copied unchanged, so the attachments' sizes and checksums stay right.
    """

    def make(out: Path, edit: ManifestEdit) -> Path:
        with zipfile.ZipFile(demo_package) as src:
            manifest = json.loads(src.read("manifest.json"))
            dropped = edit(manifest) or set()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
                dst.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
                for info in src.infolist():
                    if info.filename != "manifest.json" and info.filename not in dropped:
                        dst.writestr(info.filename, src.read(info.filename))
        return out

    return make
