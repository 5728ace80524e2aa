"""`jury-app deliberation check`: per candidate, what is still missing before the deliberation can
close, and which deliberations are open. A report: exit 0 whether complete or not (the last line
says which); exit 2 only for a bad session."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from jury_app.cli.common import EXIT_OK, Commands, add_json_option, print_json, session_id
from jury_app.cli.parsing import example
from jury_app.domain.wording import path_label

if TYPE_CHECKING:
    from jury_app.actions.context import AppContext
    from jury_app.actions.deliberation_close import CandidateCheck, DeliberationCheck


def _candidate_json(c: CandidateCheck) -> dict[str, Any]:
    return {
        "candidate": c.candidate_ref,
        "name": c.candidate_name,
        "path": c.path,
        "presence": "absent" if c.absent else "present",
        "deliberation": "closed" if c.closed else "open",
        "missing": list(c.missing),
        "items": [{"key": r.key, "message": r.message, "overridable": r.overridable} for r in c.requirements],
        "closed_despite": [
            {"key": o.requirement.key, "missing": o.requirement.message, "reason": o.reason} for o in c.overridden
        ],
    }


def _check_json(check: DeliberationCheck) -> dict[str, Any]:
    return {
        "session_id": check.session_id,
        "complete": check.complete,
        "summary": check.summary,
        "open": [c.candidate_ref for c in check.open],
        "candidates": [_candidate_json(c) for c in check.candidates],
    }


def cmd_deliberation_check(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.deliberation_close import deliberation_check

    check = deliberation_check(ctx, session_id(ctx, args))
    if args.json:
        print_json(_check_json(check))
        return EXIT_OK
    print(f"Session {check.session_id} : délibérations ({len(check.candidates)})")
    for c in check.candidates:
        state = "close" if c.closed else "ouverte"
        presence = ", absence" if c.absent else ""
        print(f"{c.candidate_ref} {c.candidate_name} ({path_label(c.path)}{presence}) : délibération {state}")
        for line in c.missing:
            print(f"    - {line}")
        for o in c.overridden:
            print(f"    · close malgré : {o.requirement.message} — motif : {o.reason}")
    if check.open:
        print("Délibérations ouvertes : " + ", ".join(f"{c.candidate_ref} {c.candidate_name}" for c in check.open))
    print(check.summary)
    return EXIT_OK


def add_commands(sub: Commands) -> None:
    """Adds the `deliberation` group to the top-level commands."""
    group = sub.add_parser(
        "deliberation", help="délibérations : ce qui manque pour les clore, celles qui restent ouvertes"
    ).add_subparsers(dest="action", required=True)
    p = group.add_parser(
        "check",
        help="par candidat, ce qui manque avant de clore sa délibération ; les délibérations ouvertes",
        description=(
            "Pour chaque candidat : les décisions à prendre et les éléments manquants (jury, grilles de chaque "
            "juré, périodes en entreprise et leur preuve, conflits entre ordinateurs), puis les délibérations "
            "ouvertes. « Complet » seulement quand toutes sont closes. Code de sortie 0 dans tous les cas."
        ),
        epilog=example("jury-app deliberation check", "jury-app deliberation check --session DEMO-CIP-2026-11 --json"),
    )
    p.add_argument("--session", metavar="ID", help="la session (la seule du dossier des données, si omis)")
    add_json_option(p)
    p.set_defaults(func=cmd_deliberation_check)
