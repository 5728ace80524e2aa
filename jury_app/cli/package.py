"""`jury-app package validate|import|demo`: session packages."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from jury_app.cli.common import EXIT_OK, Commands, add_json_option, print_json
from jury_app.cli.parsing import example

if TYPE_CHECKING:
    from jury_app.actions.context import AppContext


def cmd_package_validate(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.packages import validate

    pkg = validate(Path(args.file))
    m = pkg.manifest
    if args.json:
        print_json(
            {
                "valid": True,
                "session_id": m.session.id,
                "referentiel": pkg.referentiel.key,
                "candidates": len(m.candidates),
                "jurors": len(m.jury),
                "scenario_cards": len(m.scenario_cards),
                "attachments": len(m.attachments),
            }
        )
        return EXIT_OK
    print(
        f"Paquet valide : session {m.session.id} ({pkg.referentiel.key}), {len(m.candidates)} "
        f"candidats, {len(m.jury)} jurés, {len(m.scenario_cards)} fiches scénario, "
        f"{len(m.attachments)} pièces jointes."
    )
    return EXIT_OK


def cmd_package_import(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.packages import import_

    result = import_(ctx, Path(args.file), update=args.update)
    if args.json:
        print_json(
            {
                "session_id": result.session_id,
                "status": result.status,
                "candidates": result.candidates,
                "jurors": result.jurors,
                "attachments": result.attachments,
                "changes": list(result.changes) if result.status == "updated" else [],
            }
        )
        return EXIT_OK
    label = {"imported": "importée", "unchanged": "déjà importée, inchangée", "updated": "mise à jour"}
    print(
        f"Session {result.session_id} {label[result.status]} : {result.candidates} candidats, "
        f"{result.jurors} jurés, {result.attachments} pièces jointes."
    )
    for change in result.changes if result.status == "updated" else []:
        print(f"  {change}")
    return EXIT_OK


def cmd_package_demo(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.demo.package import write_demo_package

    out = write_demo_package(Path(args.out))
    print(f"Paquet de démonstration écrit : {out}")
    return EXIT_OK


def add_commands(sub: Commands) -> None:
    """Adds the `package` group to the top-level commands."""
    pkg = sub.add_parser("package", help="paquets de session").add_subparsers(dest="action", required=True)
    p = pkg.add_parser(
        "validate",
        help="vérifier un paquet sans rien écrire",
        epilog=example("jury-app package validate paquet.zip", "jury-app package validate paquet.zip --json"),
    )
    p.add_argument("file", metavar="FICHIER", help="le paquet de session (.zip)")
    add_json_option(p)
    p.set_defaults(func=cmd_package_validate)
    p = pkg.add_parser(
        "import",
        help="importer un paquet dans le dossier des données",
        epilog=example(
            "jury-app package import paquet.zip --data-dir D:\\jury",
            "jury-app package import paquet-corrige.zip --update --json",
        ),
    )
    p.add_argument("file", metavar="FICHIER", help="le paquet de session (.zip)")
    p.add_argument(
        "--update",
        action="store_true",
        help="mettre à jour une session existante (les saisies du jury sont conservées)",
    )
    add_json_option(p)
    p.set_defaults(func=cmd_package_import)
    p = pkg.add_parser(
        "demo", help="écrire le paquet de démonstration", epilog=example("jury-app package demo demo.zip")
    )
    p.add_argument("out", metavar="FICHIER", help="le paquet à écrire (.zip)")
    p.set_defaults(func=cmd_package_demo)
