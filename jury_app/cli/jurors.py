"""`jury-app jurors list|pin|reset`: the jurors of a session on this laptop, their PIN and key.

    jury-app jurors list [--session ID] [--json]
    jury-app jurors pin --juror ID [--session ID]
    jury-app jurors reset --juror ID --reason TEXT [--session ID]

`list` shows who has a PIN and a key here, with the key's fingerprint: what a juror reads out to
the session lead, who confirms it at the first import of their results. `pin` lets a juror choose
their first PIN on this laptop (JURY_APP_PIN, else asked twice without echo). `reset` is the
session lead's: the juror's PIN and key are taken away, with the reason, in an audit entry signed
by the lead's key (its passphrase from JURY_APP_LEAD_PASSPHRASE, else asked; chosen on first use).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from jury_app.cli.common import (
    ENV_LEAD_PASSPHRASE,
    ENV_PIN,
    EXIT_OK,
    Commands,
    add_json_option,
    ask_lead_passphrase,
    ask_pin,
    print_json,
    session_id,
)
from jury_app.cli.parsing import example

if TYPE_CHECKING:
    from jury_app.actions.context import AppContext


def cmd_jurors_list(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.jurors import jury_members

    sid = session_id(ctx, args)
    members = jury_members(ctx, sid)
    if args.json:
        print_json(
            [{"id": j.ref, "name": j.name, "has_pin": j.has_pin, "key_fingerprint": j.key_fingerprint} for j in members]
        )
        return EXIT_OK
    print(f"Jury de la session {sid} sur cet ordinateur :")
    for j in members:
        pin = "code personnel choisi" if j.has_pin else "pas de code personnel"
        key = f"clé {j.key_fingerprint}" if j.key_fingerprint else "pas de clé"
        print(f"  {j.ref:<6} {j.name} — {pin} ; {key}")
    return EXIT_OK


def cmd_jurors_pin(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.jurors import lead_key_exists, set_pin

    sid = session_id(ctx, args)
    pin = ask_pin(args.juror, "aucun code n'a été enregistré", twice=True)
    # The session lead confirms the enrolment with their passphrase, as on the login screen.
    set_pin(
        ctx,
        sid,
        args.juror,
        pin,
        lead_passphrase=ask_lead_passphrase(not lead_key_exists(ctx), "aucun code n'a été enregistré"),
    )
    print(f"Code personnel de {args.juror} enregistré sur cet ordinateur.")
    return EXIT_OK


def cmd_jurors_reset(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.jurors import lead_key_exists, reset_juror
    from jury_app.domain.clock import SystemClock

    sid = session_id(ctx, args)
    passphrase = ask_lead_passphrase(not lead_key_exists(ctx), "rien n'a été réinitialisé")
    info = reset_juror(ctx, sid, args.juror, reason=args.reason, lead_passphrase=passphrase, clock=SystemClock())
    if info.lead_key_created:
        print(f"Clé du responsable de session créée (empreinte {info.lead_fingerprint}).")
    taken = []
    if info.had_pin:
        taken.append("son code personnel")
    if info.revoked_fingerprint:
        taken.append(f"sa clé (empreinte {info.revoked_fingerprint}, révoquée)")
    print(f"{info.juror_name} ({info.juror_ref}) : {' et '.join(taken)} retiré(s) de cet ordinateur.")
    print(
        "Raison inscrite au journal d'audit, signée par la clé du responsable de session "
        f"({info.lead_fingerprint[:16]}…). Le juré choisit un nouveau code, puis une nouvelle phrase secrète."
    )
    return EXIT_OK


def add_commands(sub: Commands) -> None:
    """Adds the `jurors` group to the top-level commands."""
    group = sub.add_parser(
        "jurors", help="jurés de la session sur cet ordinateur : codes personnels et clés"
    ).add_subparsers(dest="action", required=True)

    p = group.add_parser(
        "list",
        help="lister les jurés, leur code personnel et l'empreinte de leur clé",
        epilog=example("jury-app jurors list", "jury-app jurors list --session DEMO-CIP-2026-11 --json"),
    )
    p.add_argument("--session", metavar="ID", help="la session (la seule du dossier des données, si omis)")
    add_json_option(p)
    p.set_defaults(func=cmd_jurors_list)

    p = group.add_parser(
        "pin",
        help="choisir son code personnel sur cet ordinateur (première fois)",
        description=(
            f"Le juré choisit son code personnel (4 chiffres au moins), lu dans la variable {ENV_PIN} ou "
            "demandé deux fois sans écho. Il est demandé avant chaque signature et chaque export en son nom."
        ),
        epilog=example("jury-app jurors pin --juror J1"),
    )
    p.add_argument("--juror", required=True, metavar="ID", help="identifiant du juré (J1, J2…)")
    p.add_argument("--session", metavar="ID", help="la session (la seule du dossier des données, si omis)")
    p.set_defaults(func=cmd_jurors_pin)

    p = group.add_parser(
        "reset",
        help="réinitialiser le code personnel et la clé d'un juré (responsable de session)",
        description=(
            "Retire au juré son code personnel et sa clé (révoquée : ce qu'elle signera ne sera plus accepté), "
            "avec la raison, dans le journal d'audit, signé par la clé du responsable de session. Sa phrase "
            f"secrète est lue dans la variable {ENV_LEAD_PASSPHRASE}, sinon demandée sans écho (choisie à la "
            "première utilisation)."
        ),
        epilog=example(
            'jury-app jurors reset --juror J2 --reason "phrase secrète oubliée"',
            'jury-app jurors reset --juror J2 --reason "premier fichier de J2 falsifié" --session DEMO-CIP-2026-11',
        ),
    )
    p.add_argument("--juror", required=True, metavar="ID", help="identifiant du juré (J1, J2…)")
    p.add_argument("--reason", required=True, metavar="TEXTE", help="pourquoi (inscrit au journal d'audit)")
    p.add_argument("--session", metavar="ID", help="la session (la seule du dossier des données, si omis)")
    p.set_defaults(func=cmd_jurors_reset)
