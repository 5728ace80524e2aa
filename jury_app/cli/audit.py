"""`jury-app audit verify`: the audit trail's chain and the grids it covers."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from jury_app.cli.common import EXIT_BAD_INPUT, EXIT_OK, Commands, add_json_option, print_errors, print_json, session_id
from jury_app.cli.parsing import example

if TYPE_CHECKING:
    from jury_app.actions.context import AppContext


def cmd_audit_verify(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.audit import verify_audit

    report = verify_audit(ctx, session_id(ctx, args))
    if args.json:
        print_json(
            {
                "session_id": report.session_id,
                "ok": report.ok,
                "entries": report.entries,
                "problems": list(report.problems),
            }
        )
    elif report.ok:
        print(
            f"Journal d'audit de {report.session_id} intact : {report.entries} entrées, chaîne et évaluations concordantes."
        )
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
            "Vérifie la chaîne du journal d'audit de la session et que les évaluations enregistrées sont celles "
            "qu'il décrit. Code de sortie 0 si tout concorde, 2 sinon (une ligne par anomalie)."
        ),
        epilog=example("jury-app audit verify", "jury-app audit verify --session DEMO-CIP-2026-11 --json"),
    )
    p.add_argument("--session", metavar="ID", help="la session (la seule du dossier des données, si omis)")
    add_json_option(p)
    p.set_defaults(func=cmd_audit_verify)
