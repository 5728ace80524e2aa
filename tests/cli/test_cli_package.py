"""How the `jury-app` command is put together: every group reachable, the entry points, and a
start-up that loads no heavy library until a command runs."""

from __future__ import annotations

import argparse
import subprocess
import sys
from importlib.metadata import entry_points

import pytest

from jury_app.cli import main as cli_main
from jury_app.cli import run
from jury_app.cli.main import build_parser

COMMANDS = {
    "referentiel": ("list", "show"),
    "package": ("validate", "import", "demo", "template", "new", "schedule"),
    "sessions": ("list", "show"),
    "jurors": ("list", "pin", "reset"),
    "audit": ("verify",),
    "results": ("export", "import", "status", "conflicts", "resolve"),
    "deliberation": ("check",),
    "backup": ("create", "list", "restore"),
    "archive": ("export", "verify", "show"),
    "report": ("grid", "pv", "feedback", "blank", "results", "sign", "verify"),
}


@pytest.mark.parametrize(("group", "action"), [(g, a) for g, actions in COMMANDS.items() for a in actions])
def test_every_command_of_every_group_answers_help(group: str, action: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run([group, action, "--help"]) == 0
    assert capsys.readouterr().out.startswith(f"utilisation : jury-app {group} {action}")


@pytest.mark.parametrize("group", list(COMMANDS))
def test_a_group_without_its_command_is_exit_2(group: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run([group]) == 2
    assert "arguments obligatoires manquants : COMMANDE" in capsys.readouterr().err


def test_the_top_level_commands_in_their_order() -> None:
    (commands,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    assert list(commands.choices) == [
        "referentiel",
        "package",
        "sessions",
        "jurors",
        "demo",
        "audit",
        "results",
        "deliberation",
        "backup",
        "archive",
        "purge",
        "report",
    ]


@pytest.mark.parametrize("command", ["demo", "purge"])
def test_single_commands_answer_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run([command, "--help"]) == 0
    assert capsys.readouterr().out.startswith(f"utilisation : jury-app {command}")


def test_the_console_script_is_the_packages_main() -> None:
    (script,) = entry_points(group="console_scripts", name="jury-app")
    assert script.load() is cli_main


def test_parsing_loads_no_heavy_library() -> None:
    # `jury-app --help` must answer at once: Qt, SQLAlchemy, pydantic, reportlab and pyHanko are
    # imported by the commands that use them, not to build the parser.
    code = (
        "import contextlib, io, sys\n"
        "from jury_app.cli import run\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert run(['--help']) == 0\n"
        "heavy = ('PySide6', 'sqlalchemy', 'pydantic', 'reportlab', 'pyhanko', 'cryptography', 'openpyxl')\n"
        "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert proc.stdout.strip() == ""


def test_python_dash_m_help() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "jury_app", "--help"], capture_output=True, text=True, encoding="utf-8", timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("utilisation : jury-app")
