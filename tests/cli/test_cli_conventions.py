"""The command line's conventions: French everywhere (argparse's own messages too), help with an
example for every command, global options before or after the command, `--version`."""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from jury_app import __version__
from jury_app.actions.context import AppContext
from jury_app.cli import run
from jury_app.cli.main import build_parser
from jury_app.cli.parsing import commands, french
from jury_app.paths import resolve
from tests.helpers.jury_day import close_the_demo_session

# argparse's English, as it would show through if a message escaped translation.
ENGLISH = (
    "usage:",
    "error:",
    "positional arguments",
    "options:",
    "show this help",
    "required",
    "unrecognized",
    "invalid choice",
    "expected",
    "ambiguous",
    "choose from",
)

ALL_COMMANDS = [name for name, _parser in commands(build_parser())]


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("JURY_APP_HOME", str(folder))
    return folder


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = run([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_every_command_is_listed() -> None:
    # The walk reaches every command of every group, single commands included.
    assert len(ALL_COMMANDS) >= 26
    assert {"referentiel list", "demo", "purge", "report verify", "results status", "backup restore"} <= set(
        ALL_COMMANDS
    )


@pytest.mark.parametrize("command", ALL_COMMANDS)
def test_every_command_has_a_french_help_with_an_example(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, *command.split(), "--help")
    assert code == 0
    assert out.startswith(f"utilisation : jury-app {command}")
    assert not [word for word in ENGLISH if word in out], out
    assert "afficher cette aide et quitter" in out
    assert "options générales, avant ou après la commande :" in out and "--data-dir DIR" in out
    # A description under the usage line, and examples of this very command at the end.
    assert out.split("\n\n")[1].strip()[0].isupper()
    assert "\nExemple :\n" in out or "\nExemples :\n" in out
    examples = out.split("Exemple")[1].splitlines()[1:]
    assert examples and all(f"jury-app {command}" in line or "jury-app --" in line for line in examples), examples


@pytest.mark.parametrize("command", ALL_COMMANDS)
def test_every_example_is_a_valid_command_line(command: str) -> None:
    parser = build_parser()
    sub = dict(commands(parser))[command]
    assert sub.epilog
    for line in sub.epilog.splitlines()[1:]:
        words = shlex.split(line.replace("\\", "/"))
        while "=" in words[0]:  # VARIABLE=value before the command
            words.pop(0)
        assert words[0] == "jury-app"
        args = parser.parse_args(words[1:])
        # Each example runs this command, or opens the interface it prepares (`jury-app --demo`).
        assert args.group == command.split()[0] or (args.group is None and args.demo), line


def test_the_main_help_is_french(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, "--help")
    assert code == 0
    assert out.startswith("utilisation : jury-app [-h] [--version] [--data-dir DIR]")
    assert "arguments :\n  COMMANDE\n" in out and "options :\n  -h, --help" in out
    assert "Exemples :\n  jury-app --demo\n" in out
    assert not [word for word in ENGLISH if word in out]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["nope"], "jury-app : erreur : argument COMMANDE : choix invalide : 'nope' (au choix : 'referentiel', "),
        (["package"], "jury-app package : erreur : arguments obligatoires manquants : COMMANDE"),
        (["package", "validate"], "jury-app package validate : erreur : arguments obligatoires manquants : FICHIER"),
        (
            ["report", "pv"],
            "jury-app report pv : erreur : arguments obligatoires manquants : --out",
        ),
        (["sessions", "list", "--bad"], "jury-app : erreur : arguments non reconnus : --bad"),
        (["sessions", "show", "a", "b"], "jury-app : erreur : arguments non reconnus : b"),
        (["--lang", "de"], "jury-app : erreur : argument --lang : choix invalide : 'de' (au choix : 'fr', 'en')"),
        (
            ["report", "results", "--out", "x", "--format", "pdf"],
            "erreur : argument --format : choix invalide : 'pdf' (au choix : 'csv', 'xlsx', 'json')",
        ),
        (["sessions", "list", "--data-dir"], "erreur : argument --data-dir : une valeur est attendue"),
        (["--d", "x"], "jury-app : erreur : option ambiguë : --d peut désigner --data-dir, --demo"),
    ],
)
def test_misuse_is_told_in_french_with_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str], home: Path
) -> None:
    code, out, err = _run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in err, err
    lines = err.splitlines()
    assert lines[0].startswith("utilisation : jury-app")
    assert lines[-1].startswith("(aide : jury-app") and lines[-1].endswith(" --help)")
    assert not [word for word in ENGLISH if word in err], err
    assert not home.exists()  # nothing was written


@pytest.mark.parametrize(
    ("english", "in_french"),
    [
        ("the following arguments are required: --out, --juror", "arguments obligatoires manquants : --out, --juror"),
        ("argument --n: invalid int value: 'x'", "argument --n : valeur invalide (int) : 'x'"),
        ("argument --n: expected 2 arguments", "argument --n : 2 valeurs attendues"),
        ("argument -x: not allowed with argument -y", "argument -x : incompatible avec l'argument -y"),
        (
            "argument --yes: ignored explicit argument 'oui'",
            "argument --yes : cette option ne prend pas de valeur ('oui')",
        ),
        ("one of the arguments -a -b is required", "l'un des arguments -a -b est obligatoire"),
        ("something argparse never said", "something argparse never said"),
    ],
)
def test_argparse_messages_in_french(english: str, in_french: str) -> None:
    assert french(english) == in_french


def test_an_invalid_number_is_told_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    # A real parser of the same class, for a kind of option the app does not have (yet).
    from jury_app.cli.parsing import FrenchParser

    parser = FrenchParser(prog="essai")
    parser.add_argument("--n", type=int)
    with pytest.raises(SystemExit) as exit_info:
        parser.parse_args(["--n", "x"])
    assert exit_info.value.code == 2
    assert "essai : erreur : argument --n : valeur invalide (int) : 'x'" in capsys.readouterr().err


# --- global options, before or after the command ---------------------------------------------
@pytest.fixture
def imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    data = tmp_path / "data"
    package = tmp_path / "demo.zip"
    assert _run(capsys, "package", "demo", package)[0] == 0
    assert _run(capsys, "package", "import", package, "--data-dir", data)[0] == 0
    return data


@pytest.mark.parametrize("where", ["before", "after"])
def test_data_dir_before_or_after_the_command(
    where: str, imported: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command = ["sessions", "list", "--json"]
    argv = ["--data-dir", imported, *command] if where == "before" else [*command, "--data-dir", imported]
    code, out, err = _run(capsys, *argv)
    assert code == 0, err
    assert '"id": "DEMO-CIP-2026-11"' in out
    assert not home.exists()


def test_data_dir_after_the_command_wins(imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    code, out, _err = _run(capsys, "--data-dir", empty, "sessions", "list", "--data-dir", imported)
    assert code == 0 and "DEMO-CIP-2026-11" in out


def _close(data: Path) -> None:
    """Every deliberation of the demo session closed: its PV may be signed."""
    ctx = AppContext(resolve(data))
    close_the_demo_session(ctx)
    ctx.close()


def test_report_verify_with_data_dir_after_the_file(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The command the issue reports as refused: `jury-app report verify FILE --data-dir DIR`.
    _close(imported)
    pv = tmp_path / "pv.pdf"
    assert _run(capsys, "report", "pv", "--out", pv, "--data-dir", imported)[0] == 0
    monkeypatch.setenv("JURY_APP_LEAD_PASSPHRASE", "phrase du responsable")  # confirms the first PINs
    for juror, passphrase in (("J1", "phrase de Martine"), ("J2", "phrase de Karim")):
        monkeypatch.setenv("JURY_APP_PASSPHRASE", passphrase)
        monkeypatch.setenv("JURY_APP_PIN", "1234")
        assert _run(capsys, "jurors", "pin", "--juror", juror, "--data-dir", imported)[0] == 0
        code, _out, err = _run(capsys, "report", "sign", pv, "--juror", juror, "--data-dir", imported)
        assert code == 0, err
    code, out, err = _run(capsys, "report", "verify", pv, "--data-dir", imported)
    assert code == 0, err
    assert "Session : DEMO-CIP-2026-11 (vérifiée d'après : session DEMO-CIP-2026-11 de cet ordinateur)" in out
    assert "certificat enregistré pour le juré J2 : oui" in out
    # Without the data folder the certificates cannot be compared: not verified (exit 1), and told.
    code, out, _err = _run(capsys, "report", "verify", pv)
    assert code == 1 and "Session : inconnue ici" in out and "absente de cet ordinateur" in out


def test_session_before_the_command_reaches_it(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "pv.pdf"
    code, _out, err = _run(capsys, "--session", "NOPE", "--data-dir", imported, "report", "pv", "--out", out_file)
    assert code == 2 and "session inconnue : « NOPE »" in err
    code, _out, err = _run(
        capsys, "--session", "DEMO-CIP-2026-11", "report", "pv", "--out", out_file, "--data-dir", imported
    )
    assert code == 0, err


# --- --version --------------------------------------------------------------------------------
def _version_lines(out: str) -> list[str]:
    lines = out.splitlines()
    assert len(lines) == 4, lines
    return lines


def test_version_names_app_python_qt_and_data_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, "--version", "--data-dir", tmp_path)
    assert code == 0
    app, python, qt, data = _version_lines(out)
    assert app == f"jury-app {__version__}"
    assert python.startswith(f"Python {sys.version_info.major}.{sys.version_info.minor}.")
    from PySide6 import QtCore

    assert qt.startswith(f"Qt {QtCore.qVersion()} (PySide6 ")
    assert data == f"Dossier des données : {tmp_path.resolve()} (--data-dir)"


def test_version_after_a_command_and_from_the_environment(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = _run(capsys, "report", "pv", "--version")  # --out missing: --version answers first
    assert code == 0
    assert _version_lines(out)[3] == f"Dossier des données : {home.resolve()} (JURY_APP_HOME, pas encore créé)"
    assert not home.exists()


def test_version_loads_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from jury_app.cli import run\n"
        f"assert run(['--version', '--data-dir', {str(tmp_path)!r}]) == 0\n"
        "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'sqlalchemy'))))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "JURY_APP_HOME"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True, env=env)
    assert proc.stdout.splitlines()[-1].strip() == ""


def test_subcommand_defaults_do_not_hide_the_global_values() -> None:
    args = build_parser().parse_args(["--data-dir", "D", "--session", "S", "report", "pv", "--out", "x"])
    assert (args.data_dir, args.session) == ("D", "S")
    args = build_parser().parse_args(["report", "pv", "--out", "x"])
    assert (args.data_dir, args.session) == (None, None)
    assert isinstance(args, argparse.Namespace)
