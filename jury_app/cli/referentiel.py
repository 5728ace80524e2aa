"""`jury-app referentiel list|show`: the référentiels this app knows."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from jury_app.cli.common import EXIT_OK, Commands, add_json_option, print_json
from jury_app.cli.parsing import example
from jury_app.domain.wording import fr_minutes

if TYPE_CHECKING:
    from jury_app.actions.context import AppContext


def cmd_referentiel_list(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.referentiels import list_referentiels

    refs = list_referentiels()
    if args.json:
        print_json(
            [
                {
                    "code": r.code,
                    "version": r.version,
                    "key": r.key,
                    "title": r.title,
                    "kind": r.kind.value,
                    "competences": len(r.competences),
                    "criteria": r.criteria_count,
                }
                for r in refs
            ]
        )
        return EXIT_OK
    for r in refs:
        print(
            f"{r.key:<18} {r.title} ({len(r.units)} CCP/blocs, {len(r.competences)} compétences, "
            f"{r.criteria_count} critères)"
        )
    return EXIT_OK


def cmd_referentiel_show(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.referentiels import get_referentiel, referentiel_document

    ref = get_referentiel(args.code)
    if args.json:
        print_json(referentiel_document(ref))
        return EXIT_OK
    print(f"{ref.title} — {ref.code}, version {ref.version}" + (f" ({ref.rncp})" if ref.rncp else ""))
    for unit in ref.units:
        print(f"\n{unit.id} {unit.title}")
        for cid in unit.competence_ids:
            comp = ref.competence(cid)
            print(f"  {comp.id}. {comp.title}")
            if comp.criteria_to_be_set:
                print("      (critères à définir pour la session)")
            for crit in comp.criteria:
                print(f"      - {crit.text}")
    for session in ref.sessions:
        print(f"\nSession « {session.title} » ({session.id}) : {fr_minutes(session.total_duration_min)}")
        for m in session.modalities:
            print(f"  {m.title} : {fr_minutes(m.duration_min)} — évalue {', '.join(m.evaluates) or 'l’ensemble'}")
            for ph in m.phases:
                print(f"      {ph.title} : {fr_minutes(ph.duration_min)}")
    return EXIT_OK


def add_commands(sub: Commands) -> None:
    """Adds the `referentiel` group to the top-level commands."""
    ref = sub.add_parser("referentiel", help="référentiels connus").add_subparsers(dest="action", required=True)
    p = ref.add_parser(
        "list",
        help="lister les référentiels",
        epilog=example("jury-app referentiel list", "jury-app referentiel list --json"),
    )
    add_json_option(p)
    p.set_defaults(func=cmd_referentiel_list)
    p = ref.add_parser(
        "show",
        help="afficher un référentiel (code, CODE@VERSION ou fichier .json)",
        epilog=example(
            "jury-app referentiel show TP-00403@08", "jury-app referentiel show mon-referentiel.json --json"
        ),
    )
    p.add_argument("code", metavar="CODE", help="TP-00403, TP-00403@08, RNCP35667… ou un fichier .json")
    add_json_option(p)
    p.set_defaults(func=cmd_referentiel_show)
