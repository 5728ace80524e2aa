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
from typing import cast

from jury_app.actions.context import AppContext
from jury_app.actions.errors import describe
from jury_app.cli.common import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, UsageError, print_errors
from jury_app.cli.parsing import (
    FrenchParser,
    GlobalOption,
    VersionAction,
    VersionRequested,
    add_global_options,
    describe_commands,
    example,
)
from jury_app.data.errors import DatabaseError
from jury_app.domain.problems import InvalidInput
from jury_app.paths import resolve


def _gui(ctx: AppContext, args: argparse.Namespace) -> int:
    """The GUI: Qt is imported here only, so every other command runs without it."""
    try:
        from jury_app.ui.app import NoDisplay, run_gui
    except ImportError as exc:
        print(
            f"erreur : l'interface graphique ne peut pas démarrer ({exc}). Les commandes fonctionnent sans elle : "
            "jury-app --help",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    screenshot = Path(args.screenshot).resolve() if args.screenshot else None
    try:
        return run_gui(ctx, demo=args.demo, session_id=args.session, screenshot=screenshot, language=args.lang)
    except NoDisplay as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        ctx.close()


GLOBAL_OPTIONS = (
    GlobalOption(("--version",), {"action": VersionAction, "help": "afficher les versions et le dossier des données"}),
    GlobalOption(
        ("--data-dir",),
        {"metavar": "DIR", "help": "dossier des données (sinon JURY_APP_HOME, sinon le dossier utilisateur)"},
    ),
    # The interface's own options: accepted after a command too, listed only in the main help.
    GlobalOption(
        ("--demo",),
        {"action": "store_true", "help": "ouvrir la session de démonstration (interface graphique)"},
        everywhere=False,
    ),
    GlobalOption(
        ("--session",), {"metavar": "ID", "help": "ouvrir cette session (interface graphique)"}, everywhere=False
    ),
    GlobalOption(
        ("--screenshot",),
        {"metavar": "FICHIER", "help": "enregistrer la fenêtre principale en PNG puis quitter (sans écran aussi)"},
        everywhere=False,
    ),
    GlobalOption(
        ("--lang",),
        {"choices": ("fr", "en"), "help": "langue de l'interface (sinon le réglage enregistré)"},
        everywhere=False,
    ),
)


def build_parser() -> argparse.ArgumentParser:
    from jury_app.cli import (
        archive,
        audit,
        deliberation,
        demo,
        jurors,
        package,
        referentiel,
        report,
        report_signing,
        results,
        sessions,
    )

    parser = FrenchParser(
        prog="jury-app",
        description=(
            "Jury de certification : grilles, chronomètres, délibération, procès-verbal. Sans commande, "
            "ouvre l'interface graphique ; avec une commande, travaille sans écran."
        ),
        epilog=example(
            "jury-app --demo",
            "jury-app package import paquet.zip --data-dir D:\\jury",
            "jury-app sessions list --json",
            "jury-app report verify pv.pdf --data-dir D:\\jury",
        )
        + "\n\nAide d'une commande : jury-app COMMANDE --help (par exemple jury-app report pv --help).",
    )
    for option in GLOBAL_OPTIONS:
        parser.add_argument(*option.flags, **option.options)
    sub = parser.add_subparsers(dest="group")
    referentiel.add_commands(sub)
    package.add_commands(sub)
    sessions.add_commands(sub)
    jurors.add_commands(sub)
    demo.add_commands(sub)
    audit.add_commands(sub)
    results.add_commands(sub)
    deliberation.add_commands(sub)
    archive.add_commands(sub)
    group = sub.add_parser(
        "report",
        help="rapports PDF, signatures, résultats",
        epilog=example("jury-app report pv --out pv.pdf", "jury-app report verify pv.pdf"),
    ).add_subparsers(dest="action", required=True)
    report.add_commands(group)
    report_signing.add_commands(group)
    describe_commands(parser)
    add_global_options(parser, GLOBAL_OPTIONS)
    return parser


def _data_dir_of(argv: Sequence[str] | None) -> str | None:
    """`--data-dir` wherever it is in `argv`, without the rest of the command line."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--data-dir")
    known, _rest = pre.parse_known_args(argv)
    return cast("str | None", known.data_dir)


def interface_only(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The interface's own options and nothing else, the usual start: read without the commands'
    parser and modules (20 ms before the window shows). None for anything else, which the whole
    parser reads, and tells when it is wrong, as ever."""
    pre = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    for option in GLOBAL_OPTIONS:
        if option.options.get("action") is not VersionAction:
            pre.add_argument(*option.flags, **option.options)
    try:
        args, rest = pre.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.group = None
    return args


def run(argv: Sequence[str] | None = None) -> int:
    args = interface_only(argv)
    if args is None:
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # argparse: 0 for --help, 2 for misuse
            return int(exc.code or 0)
        except VersionRequested:
            from jury_app.cli.about import version_text

            print(version_text(_data_dir_of(argv)))
            return EXIT_OK
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
