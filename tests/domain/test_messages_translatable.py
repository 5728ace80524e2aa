"""Every message the layers below the UI give the user can be translated.

The GUI translates a refusal only when it was worded with `msg("…")` (see `domain/messages.py`);
French text given as a plain string reaches an English screen in French. This scans the source of
every module below the UI (the command line stays French, so it is left out) for the ways a user
is told something: a refusal (`InvalidInput.one`, `Problem`), a listed text (`Told`), and the
errors that carry their message to a screen (`MessageError`, `DatabaseError`, `InvalidInput` and
their subclasses). Any of them given French as a literal, an f-string or a concatenation is listed
with its line.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import jury_app
from jury_app.data.errors import DatabaseError
from jury_app.domain.messages import MessageError
from jury_app.domain.problems import InvalidInput

PACKAGE = Path(jury_app.__file__).parent
SKIPPED = ("ui", "cli")
"""The GUI translates its own strings with `tr`; the command line speaks French only."""

PENDING: frozenset[str] = frozenset()
"""Modules still wording some messages as plain French (relative to jury_app/): each is removed from
this list once its messages go through `msg`. The list only shrinks."""


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] not in SKIPPED)


def _told_classes() -> set[str]:
    """The names of the exception classes whose message reaches a screen."""
    for info in pkgutil.walk_packages([str(PACKAGE)], "jury_app."):
        if info.name.split(".")[1] not in SKIPPED and not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    names: set[str] = set()
    todo: list[type] = [InvalidInput, MessageError, DatabaseError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def _is_plain_text(node: ast.expr) -> bool:
    """French written out in place: a literal, an f-string, or text glued or formatted from them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _is_plain_text(node.left) or _is_plain_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return _is_plain_text(node.func.value)
    return False


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return f"{_name(func.value)}.{func.attr}"
    return ""


def _untranslatable(tree: ast.AST, told: set[str]) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        args = node.args
        if name.endswith(".one") and name.rsplit(".", 1)[0].split(".")[-1] in told:
            message = args[1] if len(args) > 1 else next((k.value for k in node.keywords if k.arg == "message"), None)
            if message is not None and _is_plain_text(message):
                found.append((node.lineno, f"{name} with plain text"))
        elif name.split(".")[-1] == "Problem":
            if len(args) < 4 and not any(k.arg == "text" for k in node.keywords):
                found.append((node.lineno, "Problem without its message (text=msg(…))"))
        elif name.split(".")[-1] == "Told":
            if args and _is_plain_text(args[0]):
                found.append((node.lineno, "Told with plain text"))
        elif name.split(".")[-1] in told and args and _is_plain_text(args[0]):
            found.append((node.lineno, f"{name} with plain text"))
    return sorted(found)


@pytest.fixture(scope="module")
def told() -> set[str]:
    return _told_classes()


def test_messages_below_the_ui_are_worded_for_translation(told: set[str]) -> None:
    offenders: list[str] = []
    for path in _modules():
        rel = path.relative_to(PACKAGE).as_posix()
        if rel in PENDING:
            continue
        for line, what in _untranslatable(ast.parse(path.read_text("utf-8")), told):
            offenders.append(f"jury_app/{rel}:{line}: {what}")
    assert not offenders, "French shown as plain text (word it with msg):\n" + "\n".join(offenders)


def test_pending_modules_exist_and_still_need_work(told: set[str]) -> None:
    """A module done is taken off the list, so the list tells what is left."""
    for rel in PENDING:
        path = PACKAGE / rel
        assert path.exists(), rel
        assert _untranslatable(ast.parse(path.read_text("utf-8")), told), f"{rel} is done: remove it from PENDING"


def test_the_scan_finds_plain_french(told: set[str]) -> None:
    source = """
raise InvalidInput.one("grille", "la note est vide")
raise InvalidInput.one("grille", msg("la note est vide"))
raise DrawError(f"carte {n} déjà tirée")
raise DrawError(msg("carte {0} déjà tirée", n))
problems.append(Problem("candidats.csv", "", "ligne vide"))
problems.append(Problem("candidats.csv", "", str(m), text=m))
x = Told("texte " + name)
"""
    found = _untranslatable(ast.parse(source), told)
    assert [line for line, _ in found] == [2, 4, 6, 8]
