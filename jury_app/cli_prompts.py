"""Asking a juror's passphrase on the command line: from the environment, or a prompt."""

from __future__ import annotations

import getpass
import os
import sys

from jury_app.cli import UsageError

ENV_PASSPHRASE = "JURY_APP_PASSPHRASE"


def ask_passphrase(first_use: bool, nothing_done: str) -> str:
    """`JURY_APP_PASSPHRASE`, or a prompt without echo (asked twice on first use).

    `nothing_done` ends the message when the two entries differ ("rien n'a été signé").
    """
    from_env = os.environ.get(ENV_PASSPHRASE)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise UsageError(
            f"phrase secrète manquante : définissez la variable d'environnement {ENV_PASSPHRASE} "
            "ou lancez la commande dans un terminal"
        )
    if first_use:
        print(
            "Première utilisation de la clé de ce juré sur cet ordinateur : choisissez une phrase secrète "
            "(8 caractères au moins). Elle protège sa clé de signature et ne pourra pas être retrouvée "
            "si elle est oubliée.",
            file=sys.stderr,
        )
    passphrase = getpass.getpass("Phrase secrète : ")
    if first_use and getpass.getpass("Confirmez la phrase secrète : ") != passphrase:
        raise UsageError(f"les deux saisies de la phrase secrète diffèrent : {nothing_done}")
    return passphrase
