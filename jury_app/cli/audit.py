"""`jury-app audit verify`: the audit trail's chain and the grids it covers."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from jury_app.cli.common import EXIT_BAD_INPUT, EXIT_OK, Commands, add_json_option, print_errors, print_json, session_id
from jury_app.cli.parsing import example

if TYPE_CHECKING:
    from jury_app.actions.context import AppContext


def cmd_audit_verify(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.audit import verify_audit

    report = verify_audit(ctx, session_id(ctx, args), documents=[Path(f) for f in args.with_ or []])
    if args.json:
        print_json(
            {
                "session_id": report.session_id,
                "ok": report.ok,
                "entries": report.entries,
                "problems": list(report.problems),
                "checked": list(report.checked),
            }
        )
    else:
        if report.ok:
            print(
                f"Journal d'audit de {report.session_id} intact : {report.entries} entrées, chaîne et évaluations "
                "concordantes."
            )
        if report.checked:
            print("Documents signés avec lesquels le journal et la base concordent :")
        elif report.ok:
            print("Aucun document signé ne scelle encore ce journal (procès-verbal, fichier de résultats, archive).")
        for line in report.checked:
            print(f"  - {line}")
    if report.ok:
        return EXIT_OK
    print_errors(report.problems)
    return EXIT_BAD_INPUT


def add_commands(sub: Commands) -> None:
    """Adds the `audit` group to the top-level commands."""
    aud = sub.add_parser("audit", help="journal d'audit").add_subparsers(dest="action", required=True)
    p = aud.add_parser(
        "verify",
        help="vérifier la chaîne du journal et les évaluations qu'il couvre",
        description=(
            "Vérifie la chaîne du journal d'audit de la session, que les évaluations enregistrées sont celles "
            "qu'il décrit, et que le journal et la base concordent avec chaque document signé que ce poste "
            "détient : procès-verbaux signés, derniers fichiers de résultats importés de chaque juré, fichiers "
            "exportés d'ici, archives (signées par le responsable de session). Code de sortie 0 si tout "
            "concorde, 2 sinon (une ligne par anomalie : quoi et où)."
        ),
        epilog=example("jury-app audit verify", "jury-app audit verify --session DEMO-CIP-2026-11 --json"),
    )
    p.add_argument("--session", metavar="ID", help="la session (la seule du dossier des données, si omis)")
    p.add_argument(
        "--with",
        dest="with_",
        action="append",
        metavar="FICHIER",
        help="un procès-verbal signé (.pdf) ou une archive (.zip) gardé ailleurs, à vérifier aussi (option répétable)",
    )
    add_json_option(p)
    p.set_defaults(func=cmd_audit_verify)
