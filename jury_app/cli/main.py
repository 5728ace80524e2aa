"""The `jury-app` command: the parser, the dispatch of headless commands, and the GUI when no
command is given.

Each command group lives in its own module and imports only the standard library at load time:
its actions are imported when its command runs, Qt only when the GUI is asked for.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from jury_app import __version__
from jury_app.actions.context import AppContext
from jury_app.actions.errors import describe
from jury_app.cli import archive, audit, demo, package, referentiel, report, report_signing, results, sessions
from jury_app.cli.common import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, UsageError, print_errors
from jury_app.data.errors import DatabaseError
from jury_app.domain.problems import InvalidInput
from jury_app.paths import resolve


def _gui(ctx: AppContext, args: argparse.Namespace) -> int:
    """The GUI: Qt is imported here only, so every other command runs without it."""
    try:
        from jury_app.ui.app import run_gui
    except ImportError as exc:
        print(f"erreur : l'interface graphique ne peut pas démarrer ({exc})", file=sys.stderr)
        return EXIT_INTERNAL
    screenshot = Path(args.screenshot).resolve() if args.screenshot else None
    try:
        return run_gui(ctx, demo=args.demo, session_id=args.session, screenshot=screenshot, language=args.lang)
    finally:
        ctx.close()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jury-app",
        description="Jury de certification : grilles, chronomètres, délibération, procès-verbal.",
    )
    parser.add_argument("--version", action="version", version=f"jury-app {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="dossier des données (sinon JURY_APP_HOME, sinon le dossier utilisateur)"
    )
    parser.add_argument("--demo", action="store_true", help="ouvrir la session de démonstration (interface graphique)")
    parser.add_argument("--session", metavar="ID", help="ouvrir cette session (interface graphique)")
    parser.add_argument("--screenshot", metavar="FICHIER", help="enregistrer la fenêtre principale en PNG puis quitter")
    parser.add_argument("--lang", choices=("fr", "en"), help="langue de l'interface (sinon le réglage enregistré)")
    sub = parser.add_subparsers(dest="group", metavar="COMMANDE")
    referentiel.add_commands(sub)
    package.add_commands(sub)
    sessions.add_commands(sub)
    demo.add_commands(sub)
    audit.add_commands(sub)
    results.add_commands(sub)
    archive.add_commands(sub)
    group = sub.add_parser("report", help="rapports PDF, signatures, résultats").add_subparsers(
        dest="action", required=True
    )
    report.add_commands(group)
    report_signing.add_commands(group)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 0 for --help, 2 for misuse
        return int(exc.code or 0)
    ctx = AppContext(resolve(args.data_dir))
    if args.group is None:
        return _gui(ctx, args)
    func: Callable[[AppContext, argparse.Namespace], int] = args.func
    try:
        return func(ctx, args)
    except InvalidInput as exc:
        print_errors(exc.problems)
        return EXIT_BAD_INPUT
    except (UsageError, DatabaseError) as exc:
        print_errors([exc])
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        sys.stdout = Path(os.devnull).open("w")  # noqa: SIM115 - silence the flush at exit
        return EXIT_OK
    except KeyboardInterrupt:
        print("interrompu", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as exc:
        if os.environ.get("JURY_APP_DEBUG"):
            sys.stderr.write("".join(traceback.format_exception(exc)))
        print_errors([describe(exc)])
        return EXIT_INTERNAL
    finally:
        ctx.close()


def main(argv: Sequence[str] | None = None) -> int:
    return run(argv)
