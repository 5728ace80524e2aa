"""What every command shares: exit codes, usage errors, JSON output, error lines and prompts.

Exit codes are a public interface: 0 success, 2 bad input (one French line per problem on
stderr), 1 internal error. Only the standard library and the domain's problems are imported here,
so that `jury-app --help` stays quick.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO, TypeAlias

from jury_app.domain.problems import InvalidInput

if TYPE_CHECKING:
    from jury_app.actions.context import AppContext

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2

ENV_PASSPHRASE = "JURY_APP_PASSPHRASE"
ENV_PIN = "JURY_APP_PIN"
ENV_LEAD_PASSPHRASE = "JURY_APP_LEAD_PASSPHRASE"

# Where a group module adds its commands: the top-level commands, or a group's.
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


class UsageError(Exception):
    """A command used the wrong way: exit code 2."""


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def add_json_option(parser: argparse.ArgumentParser) -> None:
    """`--json`: the command's result on stdout as one JSON document (shapes in the README)."""
    parser.add_argument("--json", action="store_true", help="écrire le résultat en JSON (pour un script)")


def iso(at: datetime | None) -> str | None:
    """A moment for JSON: ISO 8601 with its UTC offset."""
    return None if at is None else at.isoformat()


def print_errors(problems: Iterable[object]) -> None:
    """One `erreur : …` line per problem on stderr."""
    for problem in problems:
        print(f"erreur : {problem}", file=sys.stderr)


def refuse(where: str, message: str) -> InvalidInput:
    """A one-line input problem, to be raised: the command stops with exit code 2."""
    return InvalidInput.one(where, message)


def session_id(ctx: AppContext, args: argparse.Namespace) -> str:
    """The session named by `--session`, or the only one in the data folder."""
    from jury_app.actions.sessions import resolve_session_id

    return resolve_session_id(ctx, args.session)


def ask_yes(question: str, out: TextIO | None = None) -> bool:
    """A yes/no question on the terminal (asked on `out`, stdout by default); no answer (end of
    input) is no."""
    try:
        if out is not None and out is not sys.stdout:
            out.write(question)
            out.flush()
            question = ""
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in ("o", "oui", "y", "yes")


def ask_text(question: str, out: TextIO | None = None) -> str:
    """A line typed on the terminal (asked on `out`, stdout by default); nothing at the end of input."""
    try:
        if out is not None and out is not sys.stdout:
            out.write(question)
            out.flush()
            question = ""
        return input(question)
    except EOFError:
        return ""


def _secret(env: str, missing: str, prompt: str, again: str | None, differ: str) -> str:
    """`env`, or a prompt without echo on the terminal (asked a second time when `again`)."""
    from_env = os.environ.get(env)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise UsageError(
            f"{missing} : définissez la variable d'environnement {env} ou lancez la commande dans un terminal"
        )
    secret = getpass.getpass(prompt)
    if again is not None and getpass.getpass(again) != secret:
        raise UsageError(differ)
    return secret


JUROR_FIRST_USE = (
    "Première utilisation de la clé de ce juré sur cet ordinateur : choisissez une phrase secrète "
    "(8 caractères au moins). Elle protège sa clé de signature et ne pourra pas être retrouvée "
    "si elle est oubliée."
)


def ask_passphrase(
    first_use: bool,
    nothing_done: str,
    *,
    env: str = ENV_PASSPHRASE,
    whose: str = "",
    first_use_text: str = JUROR_FIRST_USE,
) -> str:
    """`JURY_APP_PASSPHRASE` (or `env`), or a prompt without echo (asked twice on first use).

    `nothing_done` ends the message when the two entries differ ("rien n'a été signé").
    """
    if first_use and not os.environ.get(env) and sys.stdin.isatty():
        print(first_use_text, file=sys.stderr)
    return _secret(
        env,
        f"phrase secrète{whose} manquante",
        f"Phrase secrète{whose} : ",
        "Confirmez la phrase secrète : " if first_use else None,
        f"les deux saisies de la phrase secrète diffèrent : {nothing_done}",
    )


def ask_pin(juror: str, nothing_done: str, *, twice: bool = False) -> str:
    """The juror's PIN: `JURY_APP_PIN`, or a prompt without echo (asked twice when `twice`).

    Asked before anything is signed in the juror's name; `nothing_done` ends the refusals.
    """
    return _secret(
        ENV_PIN,
        f"code personnel de {juror} manquant ({nothing_done})",
        f"Code personnel de {juror} : ",
        "Confirmez le code : " if twice else None,
        f"les deux saisies du code diffèrent : {nothing_done}",
    )


def ask_lead_passphrase(first_use: bool, nothing_done: str) -> str:
    """The session lead's passphrase: `JURY_APP_LEAD_PASSPHRASE`, or a prompt (twice on first use)."""
    return ask_passphrase(
        first_use,
        nothing_done,
        env=ENV_LEAD_PASSPHRASE,
        whose=" du responsable de session",
        first_use_text=(
            "Première utilisation de la clé du responsable de session sur cet ordinateur : choisissez sa phrase "
            "secrète (8 caractères au moins). Elle signe les archives et les réinitialisations des jurés, et ne "
            "pourra pas être retrouvée si elle est oubliée."
        ),
    )
