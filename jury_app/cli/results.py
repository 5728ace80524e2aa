"""`jury-app results export|import|status`: jurors' signed result files and the merge.

    jury-app results export [--session ID] --juror ID --out FILE [--candidate ID ...]
    jury-app results import FILE... [--trust FINGERPRINT ...] [--yes]
    jury-app results status [--session ID]

`export` writes the juror's declarations and grids (all candidates, or those named) into a result
file signed with the juror's key; the juror's PIN comes from JURY_APP_PIN and the passphrase from
JURY_APP_PASSPHRASE, else each is asked without echo on the terminal (with neither: exit 2). On
first use the key is made and the passphrase asked twice. FILE may be a folder: the file then gets
its default name.

`import` merges result files into the session lead's data folder. A juror's first key is registered
only once confirmed against the fingerprint shown on the juror's laptop: typed at a prompt that
does not show it, or given with `--trust`; `--yes` never confirms a key (a forged first file would
otherwise lock the genuine one out). A file imported before is compared with the database again.
Prints, per file, imported / unchanged / refused with the differences or the reasons. Exit 0 when
every file was imported or unchanged, 2 when any was refused.

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
    ENV_PIN,
    EXIT_BAD_INPUT,
    EXIT_OK,
    Commands,
    add_json_option,
    ask_passphrase,
    ask_pin,
    ask_text,
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

TRUST_PREFIX = 16  # characters of a fingerprint given with --trust, at least
TYPED_PREFIX = 8  # characters typed at the prompt


def _passphrase(first_use: bool) -> str:
    return ask_passphrase(first_use, "rien n'a été exporté")


def cmd_results_export(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.results_export import export_results
    from jury_app.actions.signing import juror_key_info
    from jury_app.domain.clock import SystemClock
    from jury_app.domain.wording import fr_datetime

    sid = session_id(ctx, args)
    first_use = juror_key_info(ctx, sid, args.juror) is None
    pin = ask_pin(args.juror, "rien n'a été exporté")
    passphrase = _passphrase(first_use)
    info = export_results(
        ctx,
        sid,
        args.juror,
        passphrase,
        Path(args.out),
        candidate_refs=args.candidate or None,
        clock=SystemClock(),
        pin=pin,
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


def _normal_fingerprint(text: str) -> str:
    """A fingerprint as typed: case, spaces and colons do not matter."""
    return "".join(c for c in text.lower() if c not in " :")


def _trusted(fingerprint: str, given: list[str]) -> bool:
    """`--trust`: the fingerprint read on the juror's laptop, whole or its first 16 characters at least."""
    return any(len(g) >= TRUST_PREFIX and fingerprint.startswith(g) for g in map(_normal_fingerprint, given))


def _confirm_new_keys(
    ctx: AppContext, paths: list[Path], trust: list[str], yes: bool, out: TextIO
) -> tuple[set[str], list[str]]:
    """The fingerprints of new keys the lead confirmed, and those not confirmed.

    A juror's first key is registered only against what the lead read on the juror's laptop: given
    with `--trust`, or its first characters typed at the prompt (the prompt does not show it, so
    that a forged file is not confirmed by reading its own fingerprint back). `--yes` never
    confirms a key: every juror's laptop shows its fingerprint when exporting, so the lead can
    always check it. The questions go to `out`: stderr when stdout carries JSON."""
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
        print(f"Premier fichier de {info.juror_name} ({info.juror_ref}) sur cet ordinateur : {path.name}", file=out)
        if _trusted(info.fingerprint, trust):
            print(f"  empreinte de son certificat {info.fingerprint} : confirmée (--trust)", file=out)
            confirmed.add(info.fingerprint)
        elif sys.stdin.isatty() and not yes:
            question = (
                f"  Lisez l'empreinte affichée sur l'ordinateur de {info.juror_name} lors de son export "
                f"(ou par « jury-app jurors list » sur son poste) et tapez-en les {TYPED_PREFIX} premiers "
                "caractères : "
            )
            typed = _normal_fingerprint(ask_text(question, out))
            if len(typed) >= TYPED_PREFIX and info.fingerprint.startswith(typed):
                print(f"  empreinte {info.fingerprint} : confirmée", file=out)
                confirmed.add(info.fingerprint)
            else:
                print("  ne correspond pas : clé non confirmée", file=out)
                declined.append(info.fingerprint)
        else:
            declined.append(info.fingerprint)
            why = "--yes ne confirme jamais la clé d'un juré" if yes else "pas de terminal pour la confirmer"
            print(
                f"  clé non confirmée ({why}) : relancez avec --trust EMPREINTE, l'empreinte affichée sur "
                f"l'ordinateur de {info.juror_name} lors de son export",
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
    if outcome.differences:  # conflicts and what was left out come first; never cut
        print(f"  Différences ({len(outcome.differences)}) :")
    for diff in outcome.differences:
        print(f"    {diff.describe()}")
    if outcome.conflicts:
        print(f"  {outcome.conflicts} conflit(s) à résoudre : jury-app results conflicts")


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
        "conflicts": outcome.conflicts,
        "left_out": list(outcome.left_out),
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
    out = sys.stderr if args.json else sys.stdout
    confirmed, _declined = _confirm_new_keys(ctx, paths, args.trust or [], args.yes, out)
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


def cmd_results_conflicts(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.results_conflicts import conflict_rows, conflicts, conflicts_text, export_conflicts

    sid = session_id(ctx, args)
    items = conflicts(ctx, sid, candidate=args.candidate)
    if args.format is not None:
        if args.out in (None, "-"):
            sys.stdout.write(conflicts_text(items, args.format))
        else:
            out = export_conflicts(ctx, sid, args.format, Path(args.out))
            print(f"{len(items)} conflit(s) écrit(s) ({args.format.upper()}) : {out}")
        return EXIT_OK
    if args.json:
        print_json(conflict_rows(items))
        return EXIT_OK
    open_ = [c for c in items if c.open]
    print(f"Conflits : {len(open_)} à résoudre, {len(items) - len(open_)} résolu(s)")
    for c in items:
        state = "À RÉSOUDRE" if c.open else f"résolu : version {c.chosen} ({c.resolved_by}) — {c.reason}"
        print(f"n° {c.id} [{state}] {c.describe()}")
        for o in c.options:
            card = f" « {o.card_title} »" if o.card_title else ""
            print(f"    {o.number}. {o.summary}{card} — {', '.join(o.origins)}")
    if open_:
        print("Pour choisir : jury-app results resolve N° --choice VERSION --reason MOTIF")
    return EXIT_OK


def cmd_results_resolve(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.results_conflicts import resolve_conflict
    from jury_app.domain.clock import SystemClock

    c = resolve_conflict(
        ctx, session_id(ctx, args), args.conflict, args.choice, args.reason, args.by or "", SystemClock()
    )
    chosen = c.options[(c.chosen or 1) - 1]
    print(f"Conflit n° {c.id} résolu : {c.describe()}")
    print(f"  version retenue : {chosen.number}. {chosen.summary} — {', '.join(chosen.origins)}")
    print(f"  motif : {c.reason} ({c.resolved_by}), inscrit au journal d'audit")
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
            "signé avec sa clé. Le code personnel du juré est lu dans la variable d'environnement "
            f"{ENV_PIN}, la phrase secrète dans {ENV_PASSPHRASE}, sinon ils sont demandés sans écho ; "
            "au premier usage, la clé du juré est créée."
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
            "Vérifie et fusionne les fichiers de résultats des jurés. La clé d'un juré dont c'est le premier "
            "fichier n'est enregistrée que confirmée : sur un terminal, tapez les premiers caractères de "
            "l'empreinte lue sur l'ordinateur du juré ; sans terminal, donnez-la avec --trust. --yes ne confirme "
            "jamais une clé. Un fichier déjà importé est comparé de nouveau à la base. Code de sortie 0 si tous "
            "les fichiers sont importés ou inchangés, 2 si l'un d'eux est refusé."
        ),
        epilog=example(
            "jury-app results import E:\\resultats-J1.json E:\\resultats-J2.json",
            "jury-app results import resultats-J1.json --trust 3f2a9c0d41be77e5 --json",
        ),
    )
    p.add_argument("files", nargs="+", metavar="FICHIER", help="fichiers de résultats (.json)")
    p.add_argument(
        "--trust",
        action="append",
        metavar="EMPREINTE",
        help=(
            "empreinte du certificat d'un juré, lue sur son ordinateur (entière, ou ses 16 premiers caractères "
            "au moins) : confirme sa clé au premier import (option répétable)"
        ),
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help="ne rien demander ; ne confirme jamais la clé d'un juré (voir --trust)",
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

    p = group.add_parser(
        "conflicts",
        help="conflits entre les ordinateurs des jurés (absent ici, évalué là ; deux fiches ; deux déroulés)",
        description=(
            "Liste tous les conflits laissés par la fusion des fichiers de résultats, ceux à résoudre d'abord, "
            "chacun avec ses versions et leur origine. --format csv|json les exporte (--out FICHIER, ou - pour "
            "la sortie standard). Code de sortie 0."
        ),
        epilog=example(
            "jury-app results conflicts",
            "jury-app results conflicts --format csv --out conflits.csv",
            "jury-app results conflicts --format json --out -",
        ),
    )
    p.add_argument("--session", metavar="ID", help="la session (la seule du dossier des données, si omis)")
    p.add_argument("--candidate", metavar="ID", help="les conflits de ce candidat seulement")
    p.add_argument("--format", choices=("csv", "json"), help="exporter en CSV (Excel) ou en JSON")
    p.add_argument("--out", metavar="FICHIER", help="fichier à écrire avec --format (- : sortie standard)")
    add_json_option(p)
    p.set_defaults(func=cmd_results_conflicts)

    p = group.add_parser(
        "resolve",
        help="résoudre un conflit : garder une version, avec un motif (inscrit au journal d'audit)",
        description=(
            "Le responsable de session choisit la version à garder d'un conflit (son numéro dans "
            "jury-app results conflicts) et en donne le motif ; les autres versions sont mises de côté, "
            "jamais effacées."
        ),
        epilog=example(
            'jury-app results resolve 3 --choice 2 --reason "Fiche SC04 confirmée par le comédien"',
        ),
    )
    p.add_argument("conflict", type=int, metavar="N°", help="le numéro du conflit")
    p.add_argument("--choice", type=int, required=True, metavar="VERSION", help="la version à garder (1, 2…)")
    p.add_argument("--reason", required=True, metavar="MOTIF", help="pourquoi cette version")
    p.add_argument("--by", metavar="NOM", help="qui choisit (par défaut : le responsable de session du paquet)")
    p.add_argument("--session", metavar="ID", help="la session (la seule du dossier des données, si omis)")
    p.set_defaults(func=cmd_results_resolve)
