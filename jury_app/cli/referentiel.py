"""`jury-app referentiel list|show`: the référentiels this app knows."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from jury_app.cli.common import EXIT_OK, Commands, add_json_option, print_json
from jury_app.cli.parsing import example
from jury_app.domain.wording import fr_minutes

if TYPE_CHECKING:
    from jury_app.actions.context import AppContext


def cmd_referentiel_list(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.referentiels import list_referentiels

    refs = list_referentiels(ctx)
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
            f"{r.key:<18} {r.title} ({len(r.units)} {r.terms.unit_plural}, {len(r.competences)} compétences, "
            f"{r.criteria_count} critères)"
        )
    return EXIT_OK


def cmd_referentiel_show(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.referentiels import get_referentiel, referentiel_document
    from jury_app.domain.durations import effective_durations
    from jury_app.domain.wording import attachment_label, path_label

    ref = get_referentiel(args.code, ctx=ctx)
    if args.json:
        print_json(referentiel_document(ref))
        return EXIT_OK
    print(f"{ref.title} — {ref.code}, version {ref.version}" + (f" ({ref.rncp})" if ref.rncp else ""))
    if ref.registration is not None and ref.registration.end is not None:
        print(f"Enregistrement jusqu'au {ref.registration.end.strftime('%d/%m/%Y')}")
    for unit in ref.units:
        print(f"\n{unit.id} {unit.title}")
        for cid in unit.competence_ids:
            comp = ref.competence(cid)
            print(f"  {comp.id}. {comp.title}")
            if comp.criteria_to_be_set or not comp.criteria:
                print("      (sans critère : jugée directement par chaque juré)")
            for crit in comp.criteria:
                print(f"      - {crit.text}")
    for session in ref.sessions:
        print(f"\nSession « {session.title} » ({session.id}) : {fr_minutes(session.total_duration_min)}")
        for m in session.modalities:
            paths = ", ".join(path_label(p, ref.terms) for p in m.paths) or "tous les parcours"
            if m.assessment == "document":
                documents = ", ".join(attachment_label(d) for d in m.documents)
                how = f"sur document ({documents})"
            else:
                how = fr_minutes(effective_durations(m, {}).total)
            print(f"  {m.title} : {how} — {paths} — évalue {', '.join(m.evaluates) or 'l’ensemble'}")
            for ph in m.phases:
                print(f"      {ph.title} : {fr_minutes(ph.duration_min)}")
    return EXIT_OK


def cmd_referentiel_export(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.referentiels import export_referentiel

    out = export_referentiel(ctx, args.code, Path(args.out))
    print(f"Référentiel {args.code} écrit : {out}")
    return EXIT_OK


def cmd_referentiel_import(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.referentiels import import_referentiel

    result = import_referentiel(ctx, Path(args.file))
    ref = result.referentiel
    if args.json:
        print_json({"key": ref.key, "title": ref.title, "stored": result.stored})
        return EXIT_OK
    if result.stored:
        print(
            f"Référentiel {ref.key} importé : {ref.title} ({len(ref.units)} {ref.terms.unit_plural}, {len(ref.competences)} compétences)"
        )
    else:
        print(f"Référentiel {ref.key} déjà importé, identique : rien n'a changé")
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
    p = ref.add_parser(
        "export",
        help="écrire un référentiel en JSON (schéma publié) ou en classeur XLSX à compléter dans un tableur",
        epilog=example(
            "jury-app referentiel export RNCP35667 --out rncp35667.xlsx",
            "jury-app referentiel export TP-00403@08 --out tp-cip.json",
        ),
    )
    p.add_argument("code", metavar="CODE[@VERSION]", help="TP-00403, TP-00403@08, RNCP35667…")
    p.add_argument("--out", required=True, metavar="FICHIER.json|FICHIER.xlsx", help="le fichier à écrire")
    p.set_defaults(func=cmd_referentiel_export)
    p = ref.add_parser(
        "import",
        help="importer un référentiel complété (JSON ou XLSX) : vérifié en entier, enregistré sous CODE@VERSION",
        epilog=example("jury-app referentiel import rncp35667-v2.xlsx"),
    )
    p.add_argument("file", metavar="FICHIER.json|FICHIER.xlsx", help="le référentiel à importer")
    add_json_option(p)
    p.set_defaults(func=cmd_referentiel_import)
