"""After a purge, no file of the data folder holds a candidate's name: the database and its -wal,
the backups and their temporaries, the copies the health check set aside, the register of archives,
the demo package, every zip read member by member. The free texts that named them (decision,
reopening, incident, pause and redraw reasons, in their tables and in the audit trail) are redacted;
the archive, kept outside the data folder, still holds them.
"""

from __future__ import annotations

import os
import shutil
import time
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jury_app.actions import deliberation, deliberation_close, exam, jury_step, purge
from jury_app.actions.archive import export_archive
from jury_app.actions.audit import verify_audit
from jury_app.actions.backups import make_backup
from jury_app.actions.context import AppContext
from jury_app.actions.sessions import session_document
from jury_app.data import health
from jury_app.demo.session import complete_demo
from jury_app.domain.clock import FakeClock
from jury_app.paths import resolve

SID = "DEMO-CIP-2026-11"


@pytest.fixture(scope="module")
def worked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("purge")
    ctx = AppContext(resolve(root / "data"))
    complete_demo(ctx)
    ctx.close()
    return root / "data"


@pytest.fixture
def ctx(worked: Path, tmp_path: Path) -> Iterator[AppContext]:
    shutil.copytree(worked, tmp_path / "data")
    context = AppContext(resolve(tmp_path / "data"))
    yield context
    context.close()


def _names(ctx: AppContext) -> list[str]:
    doc = session_document(ctx, SID)
    return [n for c in doc.candidates for n in (c.last_name, f"{c.first_name} {c.last_name}")]


def _texts(path: Path) -> Iterator[tuple[str, bytes]]:
    """The file's bytes; a zip's members too, uncompressed."""
    data = path.read_bytes()
    yield str(path), data
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                yield f"{path}!{info.filename}", zf.read(info.filename)


def _found(root: Path, names: list[str]) -> list[str]:
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        for where, data in _texts(path):
            found += [f"{where}: {n}" for n in names if n.encode("utf-8") in data or n.encode("utf-16-le") in data]
    return found


def test_after_a_purge_no_file_of_the_data_folder_names_a_candidate(ctx: AppContext, tmp_path: Path) -> None:
    names = _names(ctx)
    doc = session_document(ctx, SID)
    first, second = doc.candidates[0], doc.candidates[1]
    clock = FakeClock(datetime(2026, 12, 8, 18, 0, tzinfo=UTC))
    # Free texts naming candidates, through the real actions: a reopening, a decision's reason, an incident.
    who = f"{first.first_name} {first.last_name}"
    deliberation_close.reopen_deliberation(ctx, SID, first.id, "J1", f"{who} a produit une attestation tardive", clock)
    state = jury_step.jury_step_state(ctx, SID, first.id)
    jury_step.open_jury_step(ctx, SID, first.id, "J1", [j.ref for j in state.jurors], clock)
    view = deliberation.deliberation_view(ctx, SID, first.id)
    unit = view.units[0]
    deliberation.decide(ctx, SID, first.id, unit.target, False, f"refusé : {who} absent au questionnement", "J1", clock)
    deliberation.decide(ctx, SID, first.id, deliberation.TITLE, False, f"titre refusé à {who}", "J1", clock)
    deliberation_close.close_deliberation(ctx, SID, first.id, "J1", clock)
    exam.record_incident(ctx, SID, second.id, None, "J2", f"{second.last_name} est arrivé en retard", clock)
    make_backup(ctx, "avant purge")
    ctx.close()

    # What an interrupted backup leaves (a whole copy of the database), and what the health check set aside.
    stale = ctx.paths.backups / ".jury_app-20261208T170000.000Z-auto.sqlite3.x1y2.tmp"
    shutil.copy(ctx.paths.database, stale)
    old = time.time() - 3 * 3600
    os.utime(stale, (old, old))
    for suffix, label in (("", "abimee"), ("-wal", "etranger"), ("-shm", "orphelin")):
        aside = ctx.paths.database.with_name(f"{ctx.paths.database.name}{suffix}.{label}-20261208T170000Z")
        shutil.copy(ctx.paths.database, aside)
        assert aside in health.set_aside_files(ctx.paths.database)
    assert _found(ctx.paths.root, names)  # the names are there before

    export_archive(ctx, SID, tmp_path / "archive.zip", lead_passphrase="phrase du responsable", clock=clock)
    summary = purge.purge_session_personal_data(ctx, SID, confirm=SID, clock=clock)
    ctx.close()

    assert _found(ctx.paths.root, names) == []
    assert summary.set_aside_deleted >= 3 and summary.demo_packages_deleted == 1
    assert any("Marchand" in line or "attestation tardive" in line for line in _archived(tmp_path / "archive.zip"))
    assert purge.purged_trail_problems(ctx, SID) == []
    after = verify_audit(ctx, SID)
    assert after.ok and after.checked[0].startswith("session purgée : journal identique")
    record = purge.purge_record(ctx, SID)
    assert record is not None and record.documents and all(d.filename == "" for d in record.documents)


def _archived(archive: Path) -> list[str]:
    with zipfile.ZipFile(archive) as zf:
        return zf.read("audit.jsonl").decode("utf-8").splitlines()
