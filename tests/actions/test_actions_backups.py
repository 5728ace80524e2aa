"""Rolling backups: consistent while another connection writes, rotated, restored, made on a timer."""

from __future__ import annotations

import io
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from jury_app.actions import backups, jurors
from jury_app.actions.context import AppContext
from jury_app.cli import run
from jury_app.data import backup as backup_files
from jury_app.domain.clock import FakeClock
from jury_app.domain.problems import InvalidInput

SID = "DEMO-CIP-2026-11"


def _declarations(ctx: AppContext) -> int:
    return len(jurors.declarations(ctx, SID))


def test_backup_is_consistent_while_another_connection_writes(ctx: AppContext) -> None:
    ctx.close()
    stop = threading.Event()
    committed: list[int] = []
    errors: list[BaseException] = []

    def writer() -> None:
        # Three rows per transaction: any copy of a committed state holds a multiple of three.
        conn = sqlite3.connect(ctx.paths.database, timeout=10, isolation_level=None)
        try:
            conn.execute("PRAGMA busy_timeout=10000")
            n = 0
            while not stop.is_set():
                conn.execute("BEGIN IMMEDIATE")
                for _ in range(3):
                    conn.execute(
                        "INSERT INTO observation_snippets (owner, text, uses) VALUES (?, ?, 0)", ("test", f"t{n}")
                    )
                    n += 1
                conn.execute("COMMIT")
                committed.append(n)
        except BaseException as exc:
            errors.append(exc)
        finally:
            conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(committed) < 20:
            stop.wait(0.005)
        made = [backups.make_backup(ctx, f"essai {i}", keep=50) for i in range(8)]
    finally:
        stop.set()
        thread.join()
    assert not errors
    for info in made:
        assert info.ok, info.problem
        assert backup_files.integrity_problems(info.path) == []
        with backup_files.readonly(info.path) as conn:
            count = conn.execute("SELECT count(*) FROM observation_snippets").fetchone()[0]
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert count % 3 == 0 and 60 <= count <= committed[-1]
        assert mode == "delete"  # one self-contained file
        assert not Path(f"{info.path}-wal").exists()
        assert info.sessions == (SID,)
    assert [b.path for b in backups.list_backups(ctx)] == [m.path for m in reversed(made)]


def test_rotation_keeps_the_newest(ctx: AppContext, clock: FakeClock) -> None:
    made = []
    for _ in range(6):
        made.append(backups.make_backup(ctx, "rotation", keep=4, clock=clock).path)
        clock.advance(60)
    kept = [b.path for b in backups.list_backups(ctx)]
    assert kept == list(reversed(made[2:]))
    assert all(not p.exists() for p in made[:2])
    assert kept[0].name == "jury_app-20261207T080500.000Z-rotation.sqlite3"


def test_restore_brings_back_an_earlier_state(ctx: AppContext, clock: FakeClock) -> None:
    jurors.declare(ctx, SID, "C01", "J1", has_link=False)
    earlier = backups.make_backup(ctx, "avant essai", clock=clock)
    assert earlier.path.name.endswith("-avant-essai.sqlite3")
    jurors.declare(ctx, SID, "C02", "J1", has_link=False)
    jurors.declare(ctx, SID, "C03", "J1", has_link=False)
    assert _declarations(ctx) == 3
    clock.advance(60)

    restored = backups.restore_backup(ctx, earlier.path, clock=clock)

    assert _declarations(ctx) == 1  # reopened on use, with the earlier content
    assert restored.path == earlier.path and restored.previous is not None
    assert restored.previous.reason == backups.PRE_RESTORE_REASON and restored.previous.path.is_file()
    with backup_files.readonly(restored.previous.path) as conn:
        assert conn.execute("SELECT count(*) FROM declarations").fetchone()[0] == 3
    # and a restore can be undone the same way
    backups.restore_backup(ctx, restored.previous.path, clock=clock)
    assert _declarations(ctx) == 3


def test_restore_keeps_the_chosen_backup_out_of_the_rotation(ctx: AppContext, clock: FakeClock) -> None:
    made = []
    for _ in range(backups.DEFAULT_KEEP):
        made.append(backups.make_backup(ctx, "plein", clock=clock).path)
        clock.advance(60)
    oldest = made[0]
    restored = backups.restore_backup(ctx, oldest, clock=clock)
    assert oldest.exists() and restored.previous is not None
    assert len(backups.list_backups(ctx)) == backups.DEFAULT_KEEP + 1


def test_restore_refuses_what_is_not_a_backup(ctx: AppContext, tmp_path: Path) -> None:
    garbage = tmp_path / "faux.sqlite3"
    garbage.write_bytes(b"pas une base" * 100)
    with pytest.raises(InvalidInput) as err:
        backups.restore_backup(ctx, garbage)
    assert "illisible" in str(err.value) or "base" in str(err.value)
    other = tmp_path / "autre.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(InvalidInput, match="n'est pas une base de données de l'application"):
        backups.restore_backup(ctx, other)
    with pytest.raises(InvalidInput, match="base de données en service"):
        backups.restore_backup(ctx, ctx.paths.database)
    assert _declarations(ctx) == 0  # untouched
    assert backups.list_backups(ctx) == []


def test_maybe_backup_every_ten_minutes_and_only_on_change(ctx: AppContext, clock: FakeClock) -> None:
    first = backups.maybe_backup(ctx, 10, clock)
    assert first is not None and first.reason == "auto"
    clock.advance(5 * 60)
    assert backups.maybe_backup(ctx, 10, clock) is None  # too soon
    clock.advance(6 * 60)
    assert backups.maybe_backup(ctx, 10, clock) is None  # nothing changed: no identical copy
    assert len(backups.list_backups(ctx)) == 1
    jurors.declare(ctx, SID, "C01", "J2", has_link=False)
    second = backups.maybe_backup(ctx, 10, clock)
    assert second is not None and len(backups.list_backups(ctx)) == 2


def test_cli_backup_commands(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(ctx.paths.root)
    ctx.close()
    assert run(["--data-dir", root, "backup", "create", "--reason", "Fin de matinée"]) == 0
    out = capsys.readouterr().out
    assert "fin-de-matinee.sqlite3" in out and SID in out
    assert run(["--data-dir", root, "backup", "list"]) == 0
    listed = capsys.readouterr().out
    name = next(p.name for p in ctx.paths.backups.iterdir())
    assert name in listed and "0 décisions" in listed

    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal: no way to ask
    assert run(["--data-dir", root, "backup", "restore", name]) == 2
    assert "--yes" in capsys.readouterr().err
    assert run(["--data-dir", root, "backup", "restore", name, "--yes"]) == 0
    assert "état précédent est sauvegardé" in capsys.readouterr().out

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    assert run(["--data-dir", root, "backup", "restore", name]) == 2
    assert "annulée" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", Terminal("o\n"))
    assert run(["--data-dir", root, "backup", "restore", name]) == 0
    assert run(["--data-dir", root, "backup", "restore", "inconnu.sqlite3", "--yes"]) == 2
    assert "sauvegarde introuvable" in capsys.readouterr().err


def _interrupted_backup(ctx: AppContext) -> list[Path]:
    """Run a real backup in another process, killed just before it renames its copy into place."""
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from jury_app.data import backup\n"
        "backup.fsync_file = lambda _p: os.kill(os.getpid(), signal.SIGKILL)\n"
        "backup.snapshot(Path(sys.argv[1]), Path(sys.argv[2]) / 'jury_app-20261207T090000.000Z-auto.sqlite3')\n"
    )
    ctx.paths.backups.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", script, str(ctx.paths.database), str(ctx.paths.backups)], timeout=60, check=False
    )
    assert done.returncode == -signal.SIGKILL
    left = sorted(p for p in ctx.paths.backups.iterdir() if p.name.startswith("."))
    assert left and all(p.name.endswith(".tmp") for p in left)
    return left


def _age(paths: list[Path], seconds: float) -> None:
    for p in paths:
        st = p.stat()
        os.utime(p, (st.st_atime - seconds, st.st_mtime - seconds))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_copies_left_by_an_interrupted_backup_are_deleted_at_start_up(ctx: AppContext) -> None:
    left = _interrupted_backup(ctx)
    assert left[0].stat().st_size > 100_000  # a whole copy of the database, jurors' names included
    assert backups.list_backups(ctx) == []  # unseen by the list and the rotation so far

    ctx.close()
    fresh = AppContext(ctx.paths)
    try:
        fresh.database  # noqa: B018 - opening is the start-up
        assert all(p.exists() for p in left), "a copy changed a moment ago may be another instance's backup"
        fresh.close()
        _age(left, backup_files.STALE_TEMP_S + 1)
        fresh.database  # noqa: B018
        assert not any(p.exists() for p in left)
        assert [p.name for p in ctx.paths.backups.iterdir()] == []
    finally:
        fresh.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_the_rotation_deletes_copies_left_by_interrupted_backups(ctx: AppContext, clock: FakeClock) -> None:
    left = _interrupted_backup(ctx) + _interrupted_backup(ctx)
    _age(left, backup_files.STALE_TEMP_S + 1)
    made = backups.make_backup(ctx, "manuel", clock=clock)
    assert sorted(ctx.paths.backups.iterdir()) == [made.path]


def test_a_backup_being_written_is_never_deleted(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = ctx.paths.backups
    folder.mkdir(parents=True, exist_ok=True)
    seen: list[bool] = []
    real = backup_files.integrity_problems

    def meanwhile(path: Path) -> list[str]:  # while the copy is checked, the rotation runs
        _age([path], backup_files.STALE_TEMP_S + 1)
        backup_files.clean_temporaries(folder)
        seen.append(path.exists())
        return real(path)

    monkeypatch.setattr(backup_files, "integrity_problems", meanwhile)
    backup_files.snapshot(ctx.paths.database, folder / "jury_app-20261207T090000.000Z-manuel.sqlite3")
    assert seen == [True]
    assert [p.name for p in folder.iterdir()] == ["jury_app-20261207T090000.000Z-manuel.sqlite3"]


def test_an_unreadable_backup_is_told_in_french(ctx: AppContext, clock: FakeClock) -> None:
    made = backups.make_backup(ctx, "manuel", clock=clock)
    made.path.write_bytes(b"ceci n'est pas une base de donnees " * 200)
    [info] = backups.list_backups(ctx)
    assert info.problem == "illisible : ce n'est pas une base SQLite"
    assert backup_files.integrity_problems(made.path) == ["base illisible : ce n'est pas une base SQLite"]
