"""`jury-app` with the interface's own options only (the usual start): read without the commands'
parser and modules, into what the whole parser would give; anything else goes to the whole parser."""

from __future__ import annotations

import subprocess
import sys

import pytest

from jury_app.cli.main import build_parser, interface_only

FIELDS = ("data_dir", "demo", "session", "screenshot", "lang", "group")


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--demo"],
        ["--data-dir", "D", "--session", "S-1", "--lang", "en"],
        ["--lang=fr", "--screenshot", "shot.png", "--demo"],
    ],
)
def test_the_interface_options_read_as_the_whole_parser_reads_them(argv: list[str]) -> None:
    quick = interface_only(argv)
    assert quick is not None
    whole = build_parser().parse_args(argv)
    assert {f: getattr(quick, f) for f in FIELDS} == {f: getattr(whole, f) for f in FIELDS}


@pytest.mark.parametrize(
    "argv",
    [["sessions", "list"], ["--demo", "extra"], ["--lang", "xx"], ["--screenshot"], ["-h"], ["--version"], ["--dem"]],
)
def test_anything_else_is_left_to_the_whole_parser(argv: list[str]) -> None:
    assert interface_only(argv) is None


def test_the_command_line_loads_its_commands_only_when_it_parses_them() -> None:
    code = (
        "import sys, jury_app.cli\n"
        "before = 'jury_app.cli.archive' in sys.modules\n"
        "from jury_app.cli.main import build_parser\n"
        "build_parser()\n"
        "print(before, 'jury_app.cli.archive' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
