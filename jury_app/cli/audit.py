"""`jury-app audit verify`: the audit trail's chain and the grids it covers."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from jury_app.cli.common import EXIT_BAD_INPUT, EXIT_OK, Commands, print_errors, session_id

if TYPE_CHECKING:
    from jury_app.actions.context import AppContext


def cmd_audit_verify(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.audit import verify_audit

    report = verify_audit(ctx, session_id(ctx, args))
    if report.ok:
        print(
            f"Journal d'audit de {report.session_id} intact : {report.entries} entrées, chaîne et évaluations concordantes."
        )
        return EXIT_OK
    print_errors(report.problems)
    return EXIT_BAD_INPUT


def add_commands(sub: Commands) -> None:
    """Adds the `audit` group to the top-level commands."""
    aud = sub.add_parser("audit", help="journal d'audit").add_subparsers(dest="action", required=True)
    p = aud.add_parser("verify", help="vérifier la chaîne du journal et les évaluations qu'il couvre")
    p.add_argument("--session", metavar="ID")
    p.set_defaults(func=cmd_audit_verify)
