"""`jury-app demo`: the demo session imported and completed, scored and deliberated."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from jury_app.cli.common import EXIT_OK, Commands
from jury_app.cli.parsing import example

if TYPE_CHECKING:
    from jury_app.actions.context import AppContext


def cmd_demo(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.demo.package import TP_CODE
    from jury_app.demo.session import complete_demo

    summary = complete_demo(ctx, args.referentiel)
    if summary.completed and args.referentiel.split("@")[0].casefold() == TP_CODE.casefold():
        print(
            f"Sessions de démonstration complétées : {summary.session_id} (titre), puis une session du CCP3 suivie "
            f"de l'entretien de capitalisation ; {summary.candidates} candidats, dont un absent, délibérés "
            f"({summary.decisions} décisions)."
        )
    elif summary.completed:
        print(
            f"Session de démonstration {summary.session_id} complétée : {summary.candidates} candidats "
            f"évalués et délibérés ({summary.decisions} décisions)."
        )
    else:
        print(f"La session {summary.session_id} contient déjà des saisies du jury : laissée telle quelle.")
    print(f"Dossier des données : {ctx.paths.root}")
    return EXIT_OK


def add_commands(sub: Commands) -> None:
    """Adds the `demo` command to the top-level commands."""
    p = sub.add_parser(
        "demo",
        help="importer et compléter la session de démonstration (évaluée et délibérée)",
        epilog=example(
            "jury-app demo --data-dir essai-jury",
            "jury-app demo --referentiel RNCP35667 --data-dir essai-jury",
            "jury-app --demo --data-dir essai-jury",
        ),
    )
    p.add_argument(
        "--referentiel",
        metavar="CODE",
        default="TP-00403",
        help="la certification de la démonstration : TP-00403 (par défaut), RNCP35667 ou RNCP35635",
    )
    p.set_defaults(func=cmd_demo)
