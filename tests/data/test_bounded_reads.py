"""Files handed over by the user are checked from their metadata before anything reads them.

A named pipe, /dev/zero, a folder or a huge (sparse) file given to any command that reads a file is
refused at once in French, exit 2, with the data folder byte for byte as it was; a result file of
1 GB is refused without being read into memory.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from jury_app import cli
from jury_app.actions.archive import verify_archive
from jury_app.actions.context import AppContext
from jury_app.actions.results_plan import inspect_result_file
from jury_app.data.files import check_regular_file, open_regular, read_bounded
from jury_app.data.referentiels import load_referentiel_file
from jury_app.data.results_file import MAX_RESULT_FILE_BYTES
from jury_app.domain.problems import InvalidInput
from jury_app.paths import resolve
from tests.helpers import package_builder as pb


def _fifo(tmp: Path) -> Path:
    path = tmp / "tube.json"
    os.mkfifo(path)
    return path


def _dev_zero(_tmp: Path) -> Path:
    path = Path("/dev/zero")
    if not path.exists():
        pytest.skip("no /dev/zero on this system")
    return path


def _folder(tmp: Path) -> Path:
    path = tmp / "dossier.json"
    path.mkdir()
    return path


def _sparse(tmp: Path) -> Path:
    """20 GB that take no room on disk: bigger than any limit (archives go up to 16 GB)."""
    path = tmp / "enorme.json"
    with path.open("wb") as fh:
        fh.truncate(20 * 1024**3)
    return path


HOSTILE: dict[str, tuple[Callable[[Path], Path], str]] = {
    "tube nommé": (_fifo, "c'est un tube nommé"),
    "/dev/zero": (_dev_zero, "c'est un périphérique"),
    "dossier": (_folder, "c'est un dossier"),
    "fichier creux de 20 Go": (_sparse, "fichier trop volumineux (20 Go)"),
}


@pytest.fixture(params=list(HOSTILE))
def hostile(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str]:
    make, message = HOSTILE[request.param]
    if make is _fifo and not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")
    folder = tmp_path / "hostile"
    folder.mkdir()
    return make(folder), message


# --- the helper ---------------------------------------------------------------------------------


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "ok.json"
    path.write_bytes(b'{"a": 1}')
    assert check_regular_file(path, 100, "un fichier") == 8
    assert read_bounded(path, 100, "un fichier") == b'{"a": 1}'
    assert read_bounded(path, 8, "un fichier") == b'{"a": 1}'


def test_a_file_one_byte_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "grand.json"
    path.write_bytes(b"x" * 101)
    with pytest.raises(InvalidInput) as caught:
        read_bounded(path, 100, "un fichier de résultats")
    assert str(caught.value) == f"{path} : fichier trop volumineux (101 o) : un fichier de résultats fait au plus 100 o"


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="fichier introuvable"):
        read_bounded(tmp_path / "absent.json", 100, "un fichier")


def test_hostile_inputs_are_refused_from_their_metadata(hostile: tuple[Path, str]) -> None:
    path, message = hostile
    for check in (check_regular_file, read_bounded, open_regular):
        with pytest.raises(InvalidInput) as caught:
            check(path, 1024**3, "un fichier de résultats")
        (problem,) = caught.value.problems
        assert problem.message.startswith(message), problem.message
        assert problem.member == str(path)


def test_a_referentiel_file_that_is_a_pipe_is_refused(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")
    with pytest.raises(
        InvalidInput, match="c'est un tube nommé, pas un fichier ordinaire : un référentiel est attendu"
    ):
        load_referentiel_file(_fifo(tmp_path))


# --- every command that reads a file ------------------------------------------------------------


def _state(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def worked_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with a session imported, shared by the read-only checks below."""
    root = tmp_path_factory.mktemp("bounded")
    home = root / "home"
    package = pb.write_package(root / "paquet.zip")
    assert cli.run(["--data-dir", str(home), "package", "import", str(package)]) == 0
    return home


COMMANDS = {
    "results import": ["results", "import", "{}", "--yes"],
    "package validate": ["package", "validate", "{}"],
    "package import": ["package", "import", "{}"],
    "report verify": ["report", "verify", "{}"],
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_file_command_refuses_hostile_input_at_once(
    command: str, hostile: tuple[Path, str], worked_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, message = hostile
    before = _state(worked_home)
    argv = ["--data-dir", str(worked_home), *(a.format(path) for a in COMMANDS[command])]
    capsys.readouterr()
    assert cli.run(argv) == 2
    said = capsys.readouterr()
    assert message in said.out + said.err, said
    assert "Traceback" not in said.err
    assert _state(worked_home) == before


def test_an_archive_to_verify_is_refused_at_once(hostile: tuple[Path, str]) -> None:
    path, message = hostile
    check = verify_archive(path)
    assert not check.ok
    assert any(message in p for p in check.problems), check.problems


def test_a_result_file_to_inspect_is_refused_at_once(hostile: tuple[Path, str], worked_home: Path) -> None:
    path, message = hostile
    before = _state(worked_home)
    ctx = AppContext(resolve(worked_home))
    try:
        with pytest.raises(InvalidInput, match=message.replace("(", r"\(").replace(")", r"\)")):
            inspect_result_file(ctx, path)
    finally:
        ctx.close()
    assert _state(worked_home) == before


@pytest.mark.skipif(sys.platform == "win32", reason="peak memory is read with the resource module")
def test_a_1_gb_result_file_is_refused_without_being_read(tmp_path: Path) -> None:
    big = tmp_path / "resultats.json"
    with big.open("wb") as fh:
        fh.truncate(1024**3)
    # The peak of this process image: Linux carries ru_maxrss over exec from the forking test
    # worker (hundreds of MB after other tests), /proc's VmHWM starts afresh.
    script = (
        "import pathlib, resource, sys\n"
        "from jury_app.cli import run\n"
        "code = run(sys.argv[1:])\n"
        "status = pathlib.Path('/proc/self/status')\n"
        "hwm = [l.split()[1] for l in status.read_text().splitlines() if l.startswith('VmHWM')] "
        "if status.exists() else []\n"
        "print(hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
        "sys.exit(code)\n"
    )
    home = tmp_path / "home"
    done = subprocess.run(
        [sys.executable, "-c", script, "--data-dir", str(home), "results", "import", str(big), "--yes"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    said = done.stdout + done.stderr
    assert (
        f"fichier trop volumineux (1 Go) : un fichier de résultats fait au plus {MAX_RESULT_FILE_BYTES // 1024**2} Mo"
        in said
    )
    peak_mb = int(done.stdout.split()[-1]) / 1024  # kilobytes on Linux
    assert peak_mb < 300, f"{peak_mb:.0f} Mo"


def test_system_errors_are_told_in_french(tmp_path: Path) -> None:
    plain = tmp_path / "fichier.json"
    plain.write_bytes(b"{}")
    with pytest.raises(InvalidInput, match=r"fichier inaccessible \(un élément du chemin n'est pas un dossier\)"):
        read_bounded(plain / "dedans.json", 100, "un fichier")
    with pytest.raises(InvalidInput, match=r"fichier inaccessible \(nom de fichier trop long\)"):
        read_bounded(tmp_path / ("x" * 300), 100, "un fichier")
