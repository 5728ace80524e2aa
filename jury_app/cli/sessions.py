"""`jury-app sessions list|show`: the sessions imported into the data folder."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from jury_app.cli.common import EXIT_OK, Commands, add_json_option, print_json
from jury_app.cli.parsing import example
from jury_app.domain.wording import fr_dates, path_label, role_label, session_kind_label

if TYPE_CHECKING:
    from jury_app.actions.context import AppContext


def _days(dates: list[str]) -> str:
    """The session's days as the centre writes them (the JSON output keeps ISO dates)."""
    return fr_dates([date.fromisoformat(d) for d in dates])


def cmd_sessions_list(ctx: AppContext, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from jury_app.actions.sessions import list_sessions

    sessions = list_sessions(ctx)
    if args.json:
        print_json([asdict(s) for s in sessions])
        return EXIT_OK
    if not sessions:
        print(f"Aucune session dans {ctx.paths.root}.")
    for s in sessions:
        print(
            f"{s.id:<24} {s.title} — {s.certification}, {_days(s.dates)}, {s.centre} "
            f"({s.candidates} candidats, {s.jurors} jurés)"
        )
    return EXIT_OK


def cmd_sessions_show(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.sessions import session_document

    doc = session_document(ctx, args.id)
    if args.json:
        print_json(doc.as_json())
        return EXIT_OK
    kind = session_kind_label(doc.kind)
    print(f"{doc.title} ({doc.id})")
    print(f"  {kind.upper() if doc.kind == 'mock' else kind} — {doc.certification}")
    print(f"  {_days(doc.dates)} — {doc.centre}, {doc.centre_address}")
    print(f"  Salles : {', '.join(doc.rooms) or '—'} ; responsable de session : {doc.session_lead or '—'}")
    print("Jury :")
    for j in doc.jury:
        role = f" ({role_label(j.role, short=True)})" if j.role == "president" else ""
        print(f"  {j.id:<6} {j.name}{role} — {j.profession}")
    print("Candidats :")
    for c in doc.candidates:
        extra = f", tiers temps +{c.extra_time_percent} %" if c.extra_time_percent else ""
        units = ", ".join(c.units_sought) or "—"
        print(f"  {c.id:<6} {c.name} — {path_label(c.path)}, vise {units}{extra}")
    print(
        f"Planning : {len(doc.schedule)} passages ; fiches scénario : {len(doc.scenario_cards)} ; "
        f"pièces jointes : {len(doc.attachments)}"
    )
    return EXIT_OK


def cmd_sessions_set_referentiel(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.session_referentiel import set_session_referentiel
    from jury_app.domain.clock import SystemClock

    move = set_session_referentiel(ctx, args.id, args.referentiel, SystemClock())
    print(f"Session {move.session_id} : référentiel {move.before} remplacé par {move.after} (consigné au journal).")
    return EXIT_OK


def add_commands(sub: Commands) -> None:
    """Adds the `sessions` group to the top-level commands."""
    ses = sub.add_parser("sessions", help="sessions importées").add_subparsers(dest="action", required=True)
    p = ses.add_parser(
        "list", help="lister les sessions", epilog=example("jury-app sessions list", "jury-app sessions list --json")
    )
    add_json_option(p)
    p.set_defaults(func=cmd_sessions_list)
    p = ses.add_parser(
        "show",
        help="afficher une session (la seule, si ID est omis)",
        epilog=example("jury-app sessions show", "jury-app sessions show DEMO-CIP-2026-11 --json"),
    )
    p.add_argument("id", nargs="?", metavar="ID", help="identifiant de la session (voir sessions list)")
    add_json_option(p)
    p.set_defaults(func=cmd_sessions_show)
    p = ses.add_parser(
        "set-referentiel",
        help="passer une session à une autre version de son référentiel (tant que le jury n'a rien saisi)",
        epilog=example("jury-app sessions set-referentiel CIP-2027-03 RNCP35667@2"),
    )
    p.add_argument("id", metavar="ID", help="identifiant de la session")
    p.add_argument("referentiel", metavar="CODE@VERSION", help="la version du référentiel à utiliser")
    p.set_defaults(func=cmd_sessions_set_referentiel)
