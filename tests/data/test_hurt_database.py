"""A damaged database says so: refused before anything writes to it or migrates it, in French, with
the newest backup in good state and the command restoring it; the file left byte for byte as it was.

Each case is made on real files: a database emptied, truncated, with its header or its pages
overwritten, another program's database, a -wal file from another database beside a sound one.
A read-only data folder is refused in French without SQL; two first starts at once both succeed.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from jury_app import cli
from jury_app.actions import backups, jurors
from jury_app.actions.context import AppContext
from jury_app.actions.packages import import_
from jury_app.data import health
from jury_app.data.db import Database
from jury_app.data.errors import DatabaseError, DatabaseHurt
from jury_app.demo.package import write_demo_package
from jury_app.paths import AppPaths, resolve

SID = "DEMO-CIP-2026-11"
DB = "jury_app.sqlite3"


@pytest.fixture(scope="module")
def worked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the demo session, one declaration and one backup; copied for each test."""
    root = tmp_path_factory.mktemp("worked")
    ctx = AppContext(resolve(root / "data"))
    import_(ctx, write_demo_package(root / "demo.zip"))
    jurors.declare(ctx, SID, "C01", "J1", has_link=False)
    backups.make_backup(ctx, "manuel")
    ctx.close()
    return root / "data"


@pytest.fixture
def home(worked: Path, tmp_path: Path) -> AppPaths:
    shutil.copytree(worked, tmp_path / "data")
    return resolve(tmp_path / "data")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sessions_list(home: AppPaths, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.run(["--data-dir", str(home.root), "sessions", "list"])
    said = capsys.readouterr()
    assert "Traceback" not in said.err
    return code, said.out, said.err


def _opens_with_the_work(home: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _sessions_list(home, capsys)
    assert code == 0 and SID in out
    ctx = AppContext(home)
    try:
        assert set(jurors.declarations(ctx, SID)) == {("C01", "J1")}
    finally:
        ctx.close()


def _newest_backup(home: AppPaths) -> Path:
    return next(iter(sorted(home.backups.iterdir(), reverse=True)))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _garbled_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0:16] = b"pas une base !!!"
    path.write_bytes(bytes(data))


def _garbled_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    rng = random.Random(7)
    page = int.from_bytes(data[16:18], "big")
    for i in range(page * 3, page * 12):  # pages 4 to 12: the schema's tables, not the header
        data[i] = rng.randrange(256)
    path.write_bytes(bytes(data))


HURT: dict[str, tuple[Callable[[Path], None], str]] = {
    "vide": (_empty, "le fichier est vide (0 octet)"),
    "tronquée": (_truncated, "le fichier est tronqué"),
    "en-tête écrasé": (_garbled_header, "ce n'est pas une base SQLite lisible"),
    "pages écrasées": (_garbled_pages, "SQLite y trouve des pages endommagées"),
}


@pytest.mark.parametrize("case", list(HURT))
def test_a_damaged_database_is_refused_and_left_as_it_is(
    case: str, home: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    damage, problem = HURT[case]
    damage(home.database)
    before = _digest(home.database)
    code, out, err = _sessions_list(home, capsys)
    assert code == 2 and out == ""  # `sessions list` does not say all is well
    backup = _newest_backup(home)
    assert err.startswith(f"erreur : La base de données {home.database} est endommagée : {problem}")
    assert "L'application ne l'ouvre pas et n'y a rien écrit." in err
    assert f"Sauvegarde la plus récente en bon état : {backup.name}" in err
    assert f"Pour la restaurer : jury-app --data-dir {home.root} backup restore {backup.name}" in err
    assert _digest(home.database) == before  # not migrated, not written to
    with pytest.raises(DatabaseHurt) as caught:
        Database(home.database, home.backups)
    assert caught.value.backup == backup
    assert _digest(home.database) == before


def test_the_command_in_the_message_restores_the_backup(home: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    _truncated(home.database)
    damaged = home.database.read_bytes()
    backup = _newest_backup(home)
    capsys.readouterr()
    assert cli.run(["--data-dir", str(home.root), "backup", "restore", backup.name, "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"Base restaurée depuis {backup.name}" in out and "La base endommagée qu'elle remplace est conservée" in out
    (kept,) = [p for p in home.root.iterdir() if p.name.startswith(f"{DB}.abimee-")]
    assert kept.read_bytes() == damaged
    _opens_with_the_work(home, capsys)


def test_without_any_backup_the_message_says_so(home: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.rmtree(home.backups)
    _empty(home.database)
    code, _out, err = _sessions_list(home, capsys)
    assert code == 2
    assert f"Aucune sauvegarde en bon état dans {home.backups}." in err
    assert "déplacez ce fichier" in err and "backup restore" not in err


def test_another_programs_database_is_not_migrated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = resolve(tmp_path / "data")
    home.root.mkdir()
    conn = sqlite3.connect(home.database)
    conn.execute("CREATE TABLE contacts (nom TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Dupont')")
    conn.commit()
    conn.close()
    before = _digest(home.database)
    code, _out, err = _sessions_list(home, capsys)
    assert code == 2 and "c'est la base de données d'un autre programme" in err
    assert _digest(home.database) == before


def test_a_database_of_a_newer_version_is_refused_in_french(tmp_path: Path) -> None:
    path = tmp_path / DB
    Database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match=r"version plus récente de l'application \(schéma 9999"):
        Database(path)


# --- -wal files ---------------------------------------------------------------------------------


def _wal_of(db: Path, change: Callable[[sqlite3.Connection], None]) -> bytes:
    """The -wal file a connection to `db` leaves after `change`, as a crash would leave it."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    change(conn)
    conn.commit()
    wal = db.with_name(db.name + "-wal").read_bytes()
    conn.close()
    return wal


def _foreign_wal_case(home: AppPaths, wal: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    before = _digest(home.database)
    home.database.with_name(DB + "-wal").write_bytes(wal)
    code, _out, err = _sessions_list(home, capsys)
    assert code == 2
    assert "un journal d'écriture (-wal) qui n'appartient pas à cette base" in err
    assert "La base elle-même est intacte" in err and "backup restore" in err
    assert _digest(home.database) == before  # never applied
    (aside,) = [p for p in home.root.iterdir() if p.name.startswith(f"{DB}-wal.etranger-")]
    assert aside.read_bytes() == wal
    assert not home.database.with_name(DB + "-wal").exists()
    _opens_with_the_work(home, capsys)  # the next start opens the database as it was


def test_a_wal_left_by_another_database_is_set_aside_unapplied(
    home: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "autre" / DB
    other.parent.mkdir()
    Database(other).close()

    def write(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE notes (texte TEXT)")
        conn.executemany("INSERT INTO notes VALUES (?)", [(f"note {i} " * 40,) for i in range(400)])

    _foreign_wal_case(home, _wal_of(other, write), capsys)


def test_a_wal_from_a_database_of_the_same_shape_is_told_by_its_identity(
    home: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Pages that fit this database, so SQLite's checks pass: only the identity tells them apart."""
    twin = tmp_path / "jumelle" / DB
    twin.parent.mkdir()
    shutil.copyfile(home.database, twin)

    def write(conn: sqlite3.Connection) -> None:
        conn.execute(f"PRAGMA user_version = {health.new_identity()}")
        conn.execute("DELETE FROM declarations")

    wal = _wal_of(twin, write)
    probe = tmp_path / "sonde" / DB  # the twin's state through its -wal is a sound database
    probe.parent.mkdir()
    shutil.copyfile(home.database, probe)
    probe.with_name(DB + "-wal").write_bytes(wal)
    conn = sqlite3.connect(probe)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    _foreign_wal_case(home, wal, capsys)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_the_databases_own_wal_after_a_crash_is_kept(home: AppPaths) -> None:
    script = (
        "import os, signal, sys\n"
        "from jury_app.actions import jurors\n"
        "from jury_app.actions.context import AppContext\n"
        "from jury_app.paths import resolve\n"
        "ctx = AppContext(resolve(sys.argv[1]))\n"
        "jurors.declare(ctx, sys.argv[2], 'C02', 'J1', has_link=False)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(home.root), SID], timeout=60, check=False)
    assert done.returncode == -signal.SIGKILL
    assert home.database.with_name(DB + "-wal").stat().st_size > 0
    ctx = AppContext(home)
    try:
        assert set(jurors.declarations(ctx, SID)) == {("C01", "J1"), ("C02", "J1")}
    finally:
        ctx.close()
    assert not [p for p in home.root.iterdir() if "etranger" in p.name]


def test_a_wal_without_its_database_is_set_aside_before_a_new_one_is_made(tmp_path: Path) -> None:
    other = tmp_path / "autre" / DB
    other.parent.mkdir()
    Database(other).close()
    wal = _wal_of(other, lambda c: c.execute("CREATE TABLE notes (texte TEXT)"))
    home = resolve(tmp_path / "data")
    home.root.mkdir()
    home.database.with_name(DB + "-wal").write_bytes(wal)
    ctx = AppContext(home)
    try:
        with ctx.database.reader() as orm:
            tables = {r[0] for r in orm.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
        assert "notes" not in tables and "sessions" in tables
    finally:
        ctx.close()
    assert [p.read_bytes() for p in home.root.iterdir() if p.name.startswith(f"{DB}-wal.orphelin-")] == [wal]


# --- a read-only folder --------------------------------------------------------------------------


# Run as root, the child first drops root's right to write anywhere (Linux capabilities
# CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER, out of its bounding set), then becomes the app.
AS_A_USER = """
import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
if os.geteuid() == 0:
    for cap in (1, 2, 3):
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")
os.execv(sys.executable, [sys.executable, "-m", "jury_app", *sys.argv[1:]])
"""


@pytest.fixture
def read_only(home: AppPaths) -> Iterator[AppPaths]:
    if sys.platform == "win32":
        pytest.skip("POSIX permissions")
    for path in [home.root, *home.root.rglob("*")]:
        path.chmod(path.stat().st_mode & ~0o222)
    yield home
    for path in [home.root, *home.root.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o200)


@pytest.mark.parametrize(
    "argv", [["sessions", "list"], ["results", "status"], ["report", "pv", "--out", "{tmp}/pv.pdf"]]
)
def test_a_read_only_folder_is_told_in_french_without_sql(read_only: AppPaths, tmp_path: Path, argv: list[str]) -> None:
    before = {p.name: _digest(p) for p in read_only.root.iterdir() if p.is_file()}
    out = tmp_path / "sortie"
    out.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", AS_A_USER, "--data-dir", str(read_only.root), *(a.format(tmp=out) for a in argv)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"erreur : Le dossier de données {read_only.root} est en lecture seule")
    for leak in ("SELECT", "INSERT", "sqlite", "Camille", "Traceback"):
        assert leak not in done.stderr
    assert {p.name: _digest(p) for p in read_only.root.iterdir() if p.is_file()} == before


def test_a_refused_write_at_run_time_is_told_without_sql_nor_data(home: AppPaths) -> None:
    """SQLite refusing a write (here through query_only, as for a file made read-only meanwhile)."""
    from sqlalchemy import event

    ctx = AppContext(home)
    try:
        event.listen(ctx.database.engine, "connect", lambda conn, _r: conn.execute("PRAGMA query_only=ON"))
        ctx.database.engine.dispose()
        with pytest.raises(DatabaseError) as caught:
            jurors.declare(ctx, SID, "C03", "J2", has_link=True, note="Ancienne voisine de Camille Lefèvre")
    finally:
        ctx.close()
    message = str(caught.value)
    assert message.startswith(f"La base de données {home.database} ne peut pas être modifiée")
    assert "INSERT" not in message and "Camille" not in message and "readonly" not in message


# --- two first starts at once --------------------------------------------------------------------


def test_two_first_starts_at_once_both_succeed(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from jury_app.actions.context import AppContext\n"
        "from jury_app.paths import resolve\n"
        "ctx = AppContext(resolve(sys.argv[1]))\n"
        "ctx.database\n"
        "ctx.close()\n"
    )
    for attempt in range(4):
        folder = tmp_path / f"vide{attempt}"
        starts = [
            subprocess.Popen([sys.executable, "-c", script, str(folder)], stderr=subprocess.PIPE, text=True)
            for _ in range(2)
        ]
        errors = [p.communicate(timeout=120)[1] for p in starts]
        assert [p.returncode for p in starts] == [0, 0], errors
        conn = sqlite3.connect(folder / DB)
        assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
        assert conn.execute("PRAGMA user_version").fetchone()[0] != 0
        conn.close()
        assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []
