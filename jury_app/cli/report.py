"""`jury-app report grid|pv|feedback|blank|results`: the session's PDF reports and result exports.

`--session` may be left out when the data folder holds a single session. Each command writes its
file atomically and prints one French line saying what it wrote; bad input (unknown session or
candidate, missing folder) raises `InvalidInput`, which `jury_app.cli.main.run` turns into exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from jury_app.cli.common import EXIT_OK, Commands, refuse, session_id
from jury_app.cli.parsing import example

if TYPE_CHECKING:
    from jury_app.actions.context import AppContext


def _candidate_name(ctx: AppContext, session_id: str, candidate_ref: str) -> str:
    from jury_app.actions.sessions import session_document

    doc = session_document(ctx, session_id)
    return doc.candidate_name(candidate_ref)


def cmd_report_grid(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.reports import write_grid_pdf

    sid = session_id(ctx, args)
    out = write_grid_pdf(ctx, sid, args.candidate, Path(args.out))
    print(f"Grilles d'évaluation de {_candidate_name(ctx, sid, args.candidate)} écrites : {out}")
    return EXIT_OK


def cmd_report_pv(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.reports import write_pv_pdf

    sid = session_id(ctx, args)
    out = write_pv_pdf(ctx, sid, Path(args.out))
    print(f"Procès-verbal de délibération de la session {sid} écrit : {out}")
    return EXIT_OK


def cmd_report_feedback(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.reports import write_all_feedback_pdfs, write_feedback_pdf

    sid = session_id(ctx, args)
    if args.all:
        written = write_all_feedback_pdfs(ctx, sid, Path(args.out))
        print(f"Retours d'examen blanc de la session {sid} : {len(written)} fichiers écrits dans {args.out}")
        for path in written:
            print(f"  {path.name}")
        return EXIT_OK
    out = write_feedback_pdf(ctx, sid, args.candidate, Path(args.out))
    print(f"Retour d'examen blanc de {_candidate_name(ctx, sid, args.candidate)} écrit : {out}")
    return EXIT_OK


def cmd_report_blank(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.reports import write_blank_grids_pdf

    sid = session_id(ctx, args)
    out = write_blank_grids_pdf(ctx, sid, args.candidate, Path(args.out))
    print(f"Grilles papier de secours de {_candidate_name(ctx, sid, args.candidate)} écrites : {out}")
    return EXIT_OK


def cmd_report_results(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.reports import results_bytes, write_results

    sid = session_id(ctx, args)
    if args.out == "-":
        if args.format == "xlsx":
            raise refuse("--out", "un classeur XLSX ne s'écrit pas sur la sortie standard : indiquez un fichier")
        sys.stdout.write(results_bytes(ctx, sid, args.format).decode("utf-8-sig"))  # no BOM for a pipe
        return EXIT_OK
    out = write_results(ctx, sid, args.format, Path(args.out))
    print(f"Résultats de la session {sid} écrits ({args.format.upper()}) : {out}")
    return EXIT_OK


def add_commands(report: Commands) -> None:
    """Adds the report-producing commands to the `report` group."""

    def common(p: argparse.ArgumentParser, *, candidate: bool) -> None:
        p.add_argument("--session", metavar="ID", help="la session (facultatif s'il n'y en a qu'une)")
        if candidate:
            p.add_argument("--candidate", metavar="ID", required=True, help="identifiant du candidat (ex. C01)")
        p.add_argument("--out", metavar="FICHIER", required=True, help="fichier à écrire")

    p = report.add_parser(
        "grid",
        help="grilles d'évaluation d'un candidat (PDF)",
        epilog=example("jury-app report grid --candidate C01 --out grilles-C01.pdf"),
    )
    common(p, candidate=True)
    p.set_defaults(func=cmd_report_grid)

    p = report.add_parser(
        "pv",
        help="procès-verbal de délibération de la session (PDF, à signer)",
        epilog=example("jury-app report pv --out pv.pdf", "jury-app report pv --session DEMO-CIP-2026-11 --out pv.pdf"),
    )
    common(p, candidate=False)
    p.set_defaults(func=cmd_report_pv)

    p = report.add_parser(
        "feedback",
        help="retour au candidat d'un examen blanc (PDF)",
        description="Le retour d'un candidat d'examen blanc (--candidate, --out FICHIER), ou de tous les "
        "candidats de la session en une fois (--all, --out DOSSIER : un PDF par candidat).",
        epilog=example(
            "jury-app report feedback --candidate C01 --out retour-C01.pdf",
            "jury-app report feedback --all --out retours",
        ),
    )
    p.add_argument("--session", metavar="ID", help="la session (facultatif s'il n'y en a qu'une)")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--candidate", metavar="ID", help="identifiant du candidat (ex. C01)")
    who.add_argument("--all", action="store_true", help="tous les candidats : un PDF chacun dans le dossier --out")
    p.add_argument("--out", metavar="FICHIER|DOSSIER", required=True, help="fichier à écrire (dossier avec --all)")
    p.set_defaults(func=cmd_report_feedback)

    p = report.add_parser(
        "blank",
        help="grilles papier de secours d'un candidat, toutes ses modalités (PDF)",
        epilog=example("jury-app report blank --candidate C01 --out grilles-papier-C01.pdf"),
    )
    common(p, candidate=True)
    p.set_defaults(func=cmd_report_blank)

    p = report.add_parser(
        "results",
        help="résultats de la session (CSV pour Excel, XLSX, ou JSON avec les décisions par CCP/bloc)",
        description=(
            "Une ligne par candidat (CSV, XLSX), ou en JSON : par candidat son parcours et sa présence ; par "
            "compétence le nombre de jugements des jurés et le jugement commun avec son motif ; par CCP/bloc la "
            "décision, s'il était déjà acquis et sur quel justificatif, et son motif ; le titre et son motif. "
            "--out - écrit sur la sortie standard (CSV ou JSON)."
        ),
        epilog=example(
            "jury-app report results --format xlsx --out resultats.xlsx",
            "jury-app report results --format json --out -",
        ),
    )
    common(p, candidate=False)
    p.add_argument(
        "--format", choices=("csv", "xlsx", "json"), required=True, help="csv, xlsx ou json (--out - : la sortie)"
    )
    p.set_defaults(func=cmd_report_results)
