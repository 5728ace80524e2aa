"""`jury-app results export|import|status`: jurors' signed result files and the merge.

    jury-app results export [--session ID] --juror ID --out FILE [--candidate ID ...]
    jury-app results import FILE... [--yes]
    jury-app results status [--session ID]

`export` writes the juror's declarations and grids (all candidates, or those named) into a result
file signed with the juror's key; the passphrase comes from JURY_APP_PASSPHRASE, else it is asked
without echo on the terminal (with neither: exit 2). On first use the key is made and the passphrase
asked twice. FILE may be a folder: the file then gets its default name.

`import` merges result files into the session lead's data folder. A juror's first file shows the
fingerprint of their certificate, to be checked with the juror, and asks for confirmation on a
terminal; `--yes` accepts it without asking; with neither a terminal nor `--yes` that file is
refused. Prints, per file, imported / unchanged / refused with the differences or the reasons.
Exit 0 when every file was imported or unchanged, 2 when any was refused.

`status` prints the completeness report: for every candidate, applicable modality and juror not
recused, whether the grid is complete and where it comes from. It is a report: exit 0 whether
everything is there or not (the last line says which); exit 2 only for a bad session.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from jury_app.cli.common import (
    ENV_PASSPHRASE,
    EXIT_BAD_INPUT,
    EXIT_OK,
    Commands,
    add_json_option,
    ask_passphrase,
    ask_yes,
    iso,
    print_errors,
    print_json,
    session_id,
)
from jury_app.cli.parsing import example

if TYPE_CHECKING:
    from jury_app.actions.context import AppContext
    from jury_app.actions.results_import import ImportOutcome
    from jury_app.actions.results_plan import ResultFileInfo
    from jury_app.actions.results_status import CompletenessReport, GridState

MAX_DIFFERENCES_SHOWN = 200


def _passphrase(first_use: bool) -> str:
    return ask_passphrase(first_use, "rien n'a été exporté")


def cmd_results_export(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.results_export import export_results
    from jury_app.actions.signing import juror_key_info
    from jury_app.domain.clock import SystemClock
    from jury_app.domain.wording import fr_datetime

    sid = session_id(ctx, args)
    first_use = juror_key_info(ctx, sid, args.juror) is None
    passphrase = _passphrase(first_use)
    info = export_results(
        ctx,
        sid,
        args.juror,
        passphrase,
        Path(args.out),
        candidate_refs=args.candidate or None,
        clock=SystemClock(),
    )
    if info.key_created:
        print(f"Clé de signature créée pour {info.juror_name}.")
    print(
        f"Résultats de {info.juror_name} exportés le {fr_datetime(info.exported_at, info.zone)} : {info.path}\n"
        f"  {len(info.candidates)} candidat(s) dans le périmètre, {info.grids} grille(s), "
        f"{info.declarations} déclaration(s)\n"
        f"  empreinte du certificat : {info.fingerprint}\n"
        "  (à communiquer au responsable de session, qui la vérifiera au premier import)"
    )
    return EXIT_OK


def _confirm_new_keys(ctx: AppContext, paths: list[Path], yes: bool, out: TextIO) -> tuple[set[str], list[str]]:
    """The fingerprints of new keys the lead confirmed, and notices for those not confirmed.

    The questions go to `out`: stderr when stdout carries JSON."""
    from jury_app.actions.results_plan import inspect_result_file
    from jury_app.domain.problems import InvalidInput

    confirmed: set[str] = set()
    declined: list[str] = []
    asked: set[str] = set()
    for path in paths:
        try:
            info: ResultFileInfo = inspect_result_file(ctx, path)
        except InvalidInput:
            continue  # told by the import itself
        if info.key_status != "new" or info.problems or info.fingerprint in asked:
            continue
        asked.add(info.fingerprint)
        print(
            f"Premier fichier de {info.juror_name} ({info.juror_ref}) sur cet ordinateur : {path.name}\n"
            f"  empreinte de son certificat : {info.fingerprint}",
            file=out,
        )
        if yes:
            print("  acceptée (--yes)", file=out)
            confirmed.add(info.fingerprint)
        elif sys.stdin.isatty():
            question = f"  Cette empreinte est-elle bien celle que {info.juror_name} vous a communiquée ? [o/N] "
            if ask_yes(question, out):
                confirmed.add(info.fingerprint)
            else:
                declined.append(info.fingerprint)
        else:
            declined.append(info.fingerprint)
            print(
                "  non confirmée : pas de terminal pour la confirmer ; vérifiez-la avec le juré puis relancez "
                "avec --yes",
                file=sys.stderr,
            )
    return confirmed, declined


def _print_outcome(outcome: ImportOutcome) -> None:
    label = {"imported": "IMPORTÉ", "unchanged": "INCHANGÉ", "refused": "REFUSÉ"}[outcome.status]
    print(f"[{label}] {outcome.path}")
    print(f"  {outcome.message}")
    if outcome.key_registered:
        print(f"  certificat de {outcome.juror_name} enregistré (empreinte {outcome.fingerprint})")
    for problem in outcome.problems:
        print(f"  - {problem}")
    shown = outcome.differences[:MAX_DIFFERENCES_SHOWN]
    if shown:
        print(f"  Différences ({len(outcome.differences)}) :")
    for diff in shown:
        print(f"    {diff.describe()}")
    if len(outcome.differences) > len(shown):
        print(f"    … et {len(outcome.differences) - len(shown)} autre(s)")


def _outcome_json(outcome: ImportOutcome) -> dict[str, Any]:
    return {
        "file": str(outcome.path),
        "status": outcome.status,
        "message": outcome.message,
        "juror": outcome.juror_ref,
        "juror_name": outcome.juror_name,
        "exported_at": iso(outcome.exported_at),
        "fingerprint": outcome.fingerprint,
        "key_registered": outcome.key_registered,
        "problems": [str(p) for p in outcome.problems],
        "differences": [
            {
                "candidate": d.candidate,
                "modality": d.modality,
                "field": d.field,
                "item": d.item,
                "before": d.before,
                "after": d.after,
                "text": d.describe(),
            }
            for d in outcome.differences
        ],
    }


def cmd_results_import(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.results_import import import_results
    from jury_app.domain.clock import SystemClock

    paths = [Path(f) for f in args.files]
    confirmed, _declined = _confirm_new_keys(ctx, paths, args.yes, sys.stderr if args.json else sys.stdout)
    outcomes = import_results(ctx, paths, accept_new_keys=False, trusted_fingerprints=confirmed, clock=SystemClock())
    counts = {status: sum(1 for o in outcomes if o.status == status) for status in ("imported", "unchanged", "refused")}
    if args.json:
        print_json([_outcome_json(o) for o in outcomes])
    else:
        for outcome in outcomes:
            _print_outcome(outcome)
        print(
            f"Bilan : {counts['imported']} importé(s), {counts['unchanged']} inchangé(s), {counts['refused']} refusé(s)."
        )
    if counts["refused"]:
        print_errors([f"{counts['refused']} fichier(s) refusé(s) : rien n'a été importé de ces fichiers"])
        return EXIT_BAD_INPUT
    return EXIT_OK


def _grid_json(g: GridState) -> dict[str, Any]:
    return {
        "candidate": g.candidate_ref,
        "candidate_name": g.candidate_name,
        "modality": g.modality_id,
        "modality_title": g.modality_title,
        "juror": g.juror_ref,
        "juror_name": g.juror_name,
        "complete": g.complete,
        "origin": g.origin,
        "exported_at": iso(g.imported_from),
    }


def _completeness_json(report: CompletenessReport) -> dict[str, Any]:
    return {
        "session_id": report.session_id,
        "complete": report.complete,
        "summary": report.summary,
        "grids": [_grid_json(g) for g in report.grids],
        "missing": [_grid_json(g) for g in report.missing],
    }


def cmd_results_status(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.results_status import completeness

    report = completeness(ctx, session_id(ctx, args))
    if args.json:
        print_json(_completeness_json(report))
        return EXIT_OK
    print(f"Session {report.session_id} : grilles attendues ({len(report.grids)})")
    current = None
    for g in report.grids:
        if g.candidate_ref != current:
            current = g.candidate_ref
            print(f"{g.candidate_ref} {g.candidate_name}")
        print(f"  {g.modality_title} — {g.juror_name} : {g.state_label}, {g.origin_label}")
    if not report.complete:
        print("Manque :")
        for _ref, name, grids in report.missing_by_juror():
            print(f"  {name} :")
            for g in grids:
                print(f"    {g.candidate_ref} {g.candidate_name} — {g.modality_title} : {g.state_label}")
    print(report.summary)
    return EXIT_OK


def add_commands(sub: Commands) -> None:
    """Adds the `results` group to the top-level commands."""
    group = sub.add_parser(
        "results", help="fichiers de résultats signés des jurés : export, import, état"
    ).add_subparsers(dest="action", required=True)

    p = group.add_parser(
        "export",
        help="exporter les résultats d'un juré dans un fichier signé",
        description=(
            "Écrit les déclarations et les grilles du juré (tous les candidats, ou ceux nommés) dans un fichier "
            f"signé avec sa clé. La phrase secrète est lue dans la variable d'environnement {ENV_PASSPHRASE}, "
            "sinon demandée sans écho ; au premier usage, la clé du juré est créée."
        ),
        epilog=example(
            "jury-app results export --juror J1 --out E:\\",
            "jury-app results export --juror J2 --candidate C01 --candidate C02 --out resultats-J2.json",
        ),
    )
    p.add_argument("--session", metavar="ID", help="la session (la seule du dossier des données, si omis)")
    p.add_argument("--juror", required=True, metavar="ID", help="identifiant du juré (J1, J2…)")
    p.add_argument("--out", required=True, metavar="FICHIER", help="le fichier à écrire (ou un dossier)")
    p.add_argument(
        "--candidate",
        action="append",
        metavar="ID",
        help="limiter l'export à ce candidat (option répétable ; tous les candidats si omise)",
    )
    p.set_defaults(func=cmd_results_export)

    p = group.add_parser(
        "import",
        help="importer des fichiers de résultats signés (poste du responsable de session)",
        description=(
            "Vérifie et fusionne les fichiers de résultats des jurés. Le premier fichier d'un juré montre "
            "l'empreinte de son certificat et demande confirmation ; --yes l'accepte sans demander. "
            "Code de sortie 0 si tous les fichiers sont importés ou inchangés, 2 si l'un d'eux est refusé."
        ),
        epilog=example(
            "jury-app results import E:\\resultats-J1.json E:\\resultats-J2.json",
            "jury-app results import resultats-*.json --yes --json",
        ),
    )
    p.add_argument("files", nargs="+", metavar="FICHIER", help="fichiers de résultats (.json)")
    p.add_argument(
        "--yes",
        action="store_true",
        help="accepter sans demander la clé d'un juré dont c'est le premier fichier (empreinte vérifiée par ailleurs)",
    )
    add_json_option(p)
    p.set_defaults(func=cmd_results_import)

    p = group.add_parser(
        "status",
        help="état des données : grilles complètes, leur origine, ce qui manque et de qui",
        description="Rapport de complétude de la session. Code de sortie 0 que tout soit là ou non (voir la dernière ligne).",
        epilog=example("jury-app results status", "jury-app results status --session DEMO-CIP-2026-11 --json"),
    )
    p.add_argument("--session", metavar="ID", help="la session (la seule du dossier des données, si omis)")
    add_json_option(p)
    p.set_defaults(func=cmd_results_status)
