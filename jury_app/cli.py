"""The `jury-app` command: headless commands, and the GUI when no command is given.

Exit codes are a public interface: 0 success, 2 bad input (one French line per problem on
stderr), 1 internal error. Qt is imported only when the GUI is asked for.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from jury_app import __version__
from jury_app.actions.context import AppContext
from jury_app.actions.errors import describe
from jury_app.data.errors import DatabaseError
from jury_app.domain.problems import InvalidInput
from jury_app.paths import resolve

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2

log = logging.getLogger("jury_app")


class UsageError(Exception):
    """A command used the wrong way: exit code 2."""


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _fmt_minutes(value: int | None) -> str:
    if value is None:
        return "à définir pour la session"
    hours, minutes = divmod(value, 60)
    return f"{hours} h {minutes:02d}" if hours else f"{minutes} min"


# --- référentiels ----------------------------------------------------------------------------
def cmd_referentiel_list(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.referentiels import list_referentiels

    refs = list_referentiels()
    if args.json:
        _print_json(
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
        _print_json(referentiel_document(ref))
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
        print(f"\nSession « {session.title} » ({session.id}) : {_fmt_minutes(session.total_duration_min)}")
        for m in session.modalities:
            print(f"  {m.title} : {_fmt_minutes(m.duration_min)} — évalue {', '.join(m.evaluates) or 'l’ensemble'}")
            for ph in m.phases:
                print(f"      {ph.title} : {_fmt_minutes(ph.duration_min)}")
    return EXIT_OK


# --- packages --------------------------------------------------------------------------------
def cmd_package_validate(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.packages import validate

    pkg = validate(Path(args.file))
    m = pkg.manifest
    print(
        f"Paquet valide : session {m.session.id} ({pkg.referentiel.key}), {len(m.candidates)} "
        f"candidats, {len(m.jury)} jurés, {len(m.scenario_cards)} fiches scénario, "
        f"{len(m.attachments)} pièces jointes."
    )
    return EXIT_OK


def cmd_package_import(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.packages import import_

    result = import_(ctx, Path(args.file), update=args.update)
    label = {"imported": "importée", "unchanged": "déjà importée, inchangée", "updated": "mise à jour"}
    print(
        f"Session {result.session_id} {label[result.status]} : {result.candidates} candidats, "
        f"{result.jurors} jurés, {result.attachments} pièces jointes."
    )
    for change in result.changes if result.status == "updated" else []:
        print(f"  {change}")
    return EXIT_OK


def cmd_package_demo(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.packages import write_demo

    out = write_demo(Path(args.out))
    print(f"Paquet de démonstration écrit : {out}")
    return EXIT_OK


# --- sessions --------------------------------------------------------------------------------
def cmd_sessions_list(ctx: AppContext, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from jury_app.actions.sessions import list_sessions

    sessions = list_sessions(ctx)
    if args.json:
        _print_json([asdict(s) for s in sessions])
        return EXIT_OK
    if not sessions:
        print(f"Aucune session dans {ctx.paths.root}.")
    for s in sessions:
        print(
            f"{s.id:<24} {s.title} — {s.certification}, {', '.join(s.dates)}, {s.centre} "
            f"({s.candidates} candidats, {s.jurors} jurés)"
        )
    return EXIT_OK


def cmd_sessions_show(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.sessions import session_document

    doc = session_document(ctx, args.id)
    if args.json:
        _print_json(doc)
        return EXIT_OK
    kinds = {"title": "session du titre", "ccp": "session de CCP", "mock": "EXAMEN BLANC"}
    print(f"{doc['title']} ({doc['id']})")
    print(f"  {kinds.get(doc['kind'], doc['kind'])} — {doc['certification']}")
    print(f"  {', '.join(doc['dates'])} — {doc['centre']}, {doc['centre_address']}")
    print(f"  Salles : {', '.join(doc['rooms']) or '—'} ; responsable de session : {doc['session_lead'] or '—'}")
    print("Jury :")
    for j in doc["jury"]:
        role = " (président·e)" if j["role"] == "president" else ""
        print(f"  {j['id']:<6} {j['name']}{role} — {j['profession']}")
    paths = {"formation": "formation", "vae": "VAE", "capitalisation": "capitalisation"}
    print("Candidats :")
    for c in doc["candidates"]:
        extra = f", tiers temps +{c['extra_time_percent']} %" if c["extra_time_percent"] else ""
        units = ", ".join(c["units_sought"]) or "—"
        print(f"  {c['id']:<6} {c['name']} — {paths[c['path']]}, vise {units}{extra}")
    print(
        f"Planning : {len(doc['schedule'])} passages ; fiches scénario : {len(doc['scenario_cards'])} ; "
        f"pièces jointes : {len(doc['attachments'])}"
    )
    return EXIT_OK


# --- demo and audit ----------------------------------------------------------------------------
def cmd_demo(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.demo_session import complete_demo

    summary = complete_demo(ctx)
    if summary.completed:
        print(
            f"Session de démonstration {summary.session_id} complétée : {summary.candidates} candidats évalués "
            f"par les deux jurés et délibérés ({summary.decisions} décisions)."
        )
    else:
        print(f"La session {summary.session_id} contient déjà des saisies du jury : laissée telle quelle.")
    print(f"Dossier des données : {ctx.paths.root}")
    return EXIT_OK


def cmd_audit_verify(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.audit import verify_audit
    from jury_app.actions.sessions import resolve_session_id

    report = verify_audit(ctx, resolve_session_id(ctx, args.session))
    if report.ok:
        print(
            f"Journal d'audit de {report.session_id} intact : {report.entries} entrées, chaîne et évaluations concordantes."
        )
        return EXIT_OK
    for problem in report.problems:
        print(f"erreur : {problem}", file=sys.stderr)
    return EXIT_BAD_INPUT


# --- parser ----------------------------------------------------------------------------------
def _gui(ctx: AppContext, args: argparse.Namespace) -> int:
    """The GUI: Qt is imported here only, so every other command runs without it."""
    try:
        from jury_app.ui.app import run_gui
    except ImportError as exc:
        print(f"erreur : l'interface graphique ne peut pas démarrer ({exc})", file=sys.stderr)
        return EXIT_INTERNAL
    screenshot = Path(args.screenshot).resolve() if args.screenshot else None
    try:
        return run_gui(ctx, demo=args.demo, session_id=args.session, screenshot=screenshot, language=args.lang)
    finally:
        ctx.close()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jury-app",
        description="Jury de certification : grilles, chronomètres, délibération, procès-verbal.",
    )
    parser.add_argument("--version", action="version", version=f"jury-app {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="dossier des données (sinon JURY_APP_HOME, sinon le dossier utilisateur)"
    )
    parser.add_argument("--demo", action="store_true", help="ouvrir la session de démonstration (interface graphique)")
    parser.add_argument("--session", metavar="ID", help="ouvrir cette session (interface graphique)")
    parser.add_argument("--screenshot", metavar="FICHIER", help="enregistrer la fenêtre principale en PNG puis quitter")
    parser.add_argument("--lang", choices=("fr", "en"), help="langue de l'interface (sinon le réglage enregistré)")
    sub = parser.add_subparsers(dest="group", metavar="COMMANDE")

    ref = sub.add_parser("referentiel", help="référentiels connus").add_subparsers(dest="action", required=True)
    p = ref.add_parser("list", help="lister les référentiels")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_referentiel_list)
    p = ref.add_parser("show", help="afficher un référentiel (code, CODE@VERSION ou fichier .json)")
    p.add_argument("code")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_referentiel_show)

    pkg = sub.add_parser("package", help="paquets de session").add_subparsers(dest="action", required=True)
    p = pkg.add_parser("validate", help="vérifier un paquet sans rien écrire")
    p.add_argument("file")
    p.set_defaults(func=cmd_package_validate)
    p = pkg.add_parser("import", help="importer un paquet dans le dossier des données")
    p.add_argument("file")
    p.add_argument(
        "--update",
        action="store_true",
        help="mettre à jour une session existante (les saisies du jury sont conservées)",
    )
    p.set_defaults(func=cmd_package_import)
    p = pkg.add_parser("demo", help="écrire le paquet de démonstration")
    p.add_argument("out")
    p.set_defaults(func=cmd_package_demo)

    ses = sub.add_parser("sessions", help="sessions importées").add_subparsers(dest="action", required=True)
    p = ses.add_parser("list", help="lister les sessions")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sessions_list)
    p = ses.add_parser("show", help="afficher une session (la seule, si ID est omis)")
    p.add_argument("id", nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sessions_show)
    p = sub.add_parser("demo", help="importer et compléter la session de démonstration (évaluée et délibérée)")
    p.set_defaults(func=cmd_demo)

    aud = sub.add_parser("audit", help="journal d'audit").add_subparsers(dest="action", required=True)
    p = aud.add_parser("verify", help="vérifier la chaîne du journal et les évaluations qu'il couvre")
    p.add_argument("--session", metavar="ID")
    p.set_defaults(func=cmd_audit_verify)

    from jury_app.cli_archive import add_archive_commands
    from jury_app.cli_results import add_results_commands

    add_results_commands(sub)
    add_archive_commands(sub)

    from jury_app.cli_reports import add_report_commands
    from jury_app.cli_signing import add_signing_commands

    report = sub.add_parser("report", help="rapports PDF, signatures, résultats").add_subparsers(
        dest="action", required=True
    )
    add_report_commands(report)
    add_signing_commands(report)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 0 for --help, 2 for misuse
        return int(exc.code or 0)
    ctx = AppContext(resolve(args.data_dir))
    if args.group is None:
        return _gui(ctx, args)
    func: Callable[[AppContext, argparse.Namespace], int] = args.func
    try:
        return func(ctx, args)
    except InvalidInput as exc:
        for problem in exc.problems:
            print(f"erreur : {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (UsageError, DatabaseError) as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        sys.stdout = Path(os.devnull).open("w")  # noqa: SIM115 - silence the flush at exit
        return EXIT_OK
    except KeyboardInterrupt:
        print("interrompu", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as exc:
        if os.environ.get("JURY_APP_DEBUG"):
            sys.stderr.write("".join(traceback.format_exception(exc)))
        print(f"erreur : {describe(exc)}", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        ctx.close()


def main(argv: Sequence[str] | None = None) -> int:
    return run(argv)
