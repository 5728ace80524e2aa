"""`jury-app package validate|import|demo|template|new|schedule`: session packages.

`package new` builds a package from the lead's lists (CSV or XLSX), plans its passages and validates
it, as the « Nouvelle session » wizard does; `package template` writes the lists' workbook;
`package schedule` prints a package's passages per day, room and juror.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jury_app.cli.common import EXIT_BAD_INPUT, EXIT_OK, Commands, add_json_option, print_errors, print_json
from jury_app.cli.parsing import example

if TYPE_CHECKING:
    from jury_app.actions.context import AppContext
    from jury_app.actions.session_setup import PlanView
    from jury_app.domain.session_draft import SessionDraft

KINDS_HELP = (
    "title (session du titre ou de la certification), ccp1, ccp2, ccp3 (ou bc01… : session d'un CCP ou d'un bloc), "
    "capitalisation, ou mock (examen blanc de la session du titre ; --mock-of pour une autre)"
)
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def cmd_package_validate(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.packages import validate

    pkg = validate(Path(args.file), registration_ended_reason=args.registration_ended_reason, ctx=ctx)
    m = pkg.manifest
    if args.json:
        print_json(
            {
                "valid": True,
                "session_id": m.session.id,
                "referentiel": pkg.referentiel.key,
                "candidates": len(m.candidates),
                "jurors": len(m.jury),
                "scenario_cards": len(m.scenario_cards),
                "attachments": len(m.attachments),
                "warnings": list(pkg.warnings),
            }
        )
        return EXIT_OK
    print(
        f"Paquet valide : session {m.session.id} ({pkg.referentiel.key}), {len(m.candidates)} "
        f"candidats, {len(m.jury)} jurés, {len(m.scenario_cards)} fiches scénario, "
        f"{len(m.attachments)} pièces jointes."
    )
    _warn(pkg.warnings)
    return EXIT_OK


def _warn(warnings: tuple[str, ...]) -> None:
    for warning in warnings:
        print(f"attention : {warning}", file=sys.stderr)


def cmd_package_import(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.packages import import_

    result = import_(
        ctx,
        Path(args.file),
        update=args.update,
        registration_ended_reason=args.registration_ended_reason,
        identity_change_reason=args.identity_change_reason or "",
    )
    if args.json:
        print_json(
            {
                "session_id": result.session_id,
                "status": result.status,
                "candidates": result.candidates,
                "jurors": result.jurors,
                "attachments": result.attachments,
                "changes": list(result.changes) if result.status == "updated" else [],
                "warnings": list(result.warnings),
            }
        )
        return EXIT_OK
    _warn(result.warnings)
    label = {"imported": "importée", "unchanged": "déjà importée, inchangée", "updated": "mise à jour"}
    print(
        f"Session {result.session_id} {label[result.status]} : {result.candidates} candidats, "
        f"{result.jurors} jurés, {result.attachments} pièces jointes."
    )
    for change in result.changes if result.status == "updated" else []:
        print(f"  {change}")
    return EXIT_OK


def cmd_package_demo(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.demo.package import write_demo_package

    out = write_demo_package(Path(args.out), args.referentiel)
    print(f"Paquet de démonstration écrit : {out}")
    return EXIT_OK


def cmd_package_template(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.session_setup import write_template

    out = write_template(Path(args.out))
    print(f"Modèle de listes écrit : {out} (feuilles Candidats, Jurés, Fiches scénario et Explications)")
    return EXIT_OK


def _gather(problems: list[Any], read: Any) -> Any:
    """What `read()` returns, or None with its problems added: every list is checked before stopping."""
    from jury_app.domain.problems import InvalidInput

    try:
        return read()
    except InvalidInput as exc:
        problems += exc.problems
        return None


def _dates(text: str, problems: list[Any]) -> tuple[Any, ...]:
    import datetime as dt

    from jury_app.domain.problems import Problem

    out = []
    for part in (p.strip() for p in text.split(",") if p.strip()):
        try:
            out.append(dt.date.fromisoformat(part))
        except ValueError:
            problems.append(Problem("--dates", "", f"« {part} » n'est pas une date AAAA-MM-JJ"))
    return tuple(sorted(set(out)))


def _durations(items: list[str], problems: list[Any]) -> dict[str, int]:
    from jury_app.domain.problems import Problem

    out = {}
    for item in items:
        key, _, value = item.partition("=")
        if not key.strip() or not value.strip().isdigit() or not 1 <= int(value) <= 1440:
            problems.append(
                Problem("--duration", "", f"« {item} » : attendu MODALITÉ=MINUTES, par exemple et/presentation=10")
            )
            continue
        out[key.strip()] = int(value)
    return out


def _hours(args: argparse.Namespace, dates: tuple[Any, ...], problems: list[Any]) -> tuple[Any, ...]:
    from jury_app.domain.problems import Problem
    from jury_app.domain.session_draft import DEFAULT_BREAKS, DayDraft

    if not args.hours and args.breaks is None:
        return ()
    start, _, end = (args.hours or "08:30-18:00").partition("-")
    breaks = (
        DEFAULT_BREAKS
        if args.breaks is None
        else tuple(tuple(b.split("-", 1)) for b in args.breaks.split(",") if b.strip())
    )
    if any(len(b) != 2 for b in breaks) or not end:
        problems.append(Problem("--hours", "", "attendu HH:MM-HH:MM (pauses : HH:MM-HH:MM[,HH:MM-HH:MM])"))
        return ()
    return tuple(
        DayDraft(d, start.strip(), end.strip(), tuple((s.strip(), e.strip()) for s, e in breaks)) for d in dates
    )


def cmd_package_new(ctx: AppContext, args: argparse.Namespace) -> int:
    import datetime as dt
    from dataclasses import replace

    from jury_app.actions import session_setup as setup
    from jury_app.domain.problems import InvalidInput
    from jury_app.domain.session_draft import missing_documents

    ref, embedded = setup.certification(args.referentiel)
    draft = setup.new_draft(ref, args.kind, mock_of=args.mock_of, embedded=embedded)
    problems: list[Any] = []
    dates = _dates(args.dates, problems)
    draft = replace(draft, dates=dates)
    jurors = _gather(problems, lambda: setup.read_jurors(draft, Path(args.jurors)))
    candidates = _gather(problems, lambda: setup.read_candidates(draft, Path(args.candidates), today=dt.date.today()))
    cards = _gather(problems, lambda: setup.read_cards(Path(args.cards))) if args.cards else []
    documents: tuple[Any, ...] = ()
    if args.documents and candidates:
        match = _gather(problems, lambda: setup.documents_in(ref, Path(args.documents), candidates))
        if match is not None:
            documents = match.documents
            for path, reason in match.unmatched:
                print(f"non associé : {path} ({reason})", file=sys.stderr)
    if args.rooms is not None and not 1 <= args.rooms <= 100:
        problems.append(_problem("--rooms", "entre 1 et 100 salles"))
    draft = replace(
        draft,
        title=args.name,
        centre_name=args.place,
        centre_address=args.address or "",
        session_lead=args.lead or "",
        rooms=tuple(f"Salle {i}" for i in range(1, (args.rooms or 1) + 1)),
        timezone=args.timezone,
        approval_number=args.approval_number or "",
        session_number=args.session_number or "",
        registration_ended_reason=args.registration_ended_reason,
        session_id=args.session_id or "",
        durations=_durations(args.duration or [], problems),
        day_hours=_hours(args, dates, problems),
        jurors=tuple(jurors or ()),
        candidates=tuple(candidates or ()),
        cards=tuple(cards or ()),
        documents=documents,
    )
    if problems:
        raise InvalidInput(problems)
    pkg = setup.write(draft, Path(args.out))
    names = {c.id: c.name for c in draft.candidates}
    for candidate_id, lacking in missing_documents(draft).items():  # told; the package can be rebuilt later
        print(f"à compléter : {names[candidate_id]} — manque {', '.join(lacking)}", file=sys.stderr)
    m = pkg.manifest
    print(
        f"Paquet écrit : {pkg.path} — session {m.session.id} ({pkg.referentiel.key}, "
        f"{pkg.session_definition.title}{', EXAMEN BLANC' if m.session.kind == 'mock' else ''}) : "
        f"{len(m.candidates)} candidats, {len(m.jury)} jurés, {len(m.scenario_cards)} fiches scénario, "
        f"{len(m.attachments)} pièces jointes, {len(m.schedule)} passages planifiés."
    )
    print(f"Planning : jury-app package schedule {pkg.path}")
    return EXIT_OK


def _problem(where: str, message: str) -> Any:
    from jury_app.domain.problems import Problem

    return Problem(where, "", message)


def _schedule_text(draft: SessionDraft, view: PlanView) -> list[str]:
    from jury_app.domain.schedule import hours_text

    names = {c.id: c.name for c in draft.candidates}
    jurors = {j.id: j.name for j in draft.jurors}
    titles = {m.id: m.title for m in draft.definition.modalities}
    lines = [
        f"{draft.title} — {draft.definition.title}" + (" — EXAMEN BLANC" if draft.mock else ""),
        f"Présence du jury demandée : {hours_text(view.jury_minutes)} ; offerte par les journées : "
        f"{hours_text(view.open_minutes)} ({len(view.panels)} jury(s))",
    ]
    days = sorted({p.start.date() for p in view.passages})
    for day in days:
        lines.append("")
        lines.append(f"{_WEEKDAYS[day.weekday()].capitalize()} {day:%d/%m/%Y}")
        todays = [p for p in view.passages if p.start.date() == day]
        for room in sorted({p.room for p in todays}):
            in_room = [p for p in todays if p.room == room]
            panel = sorted({j for p in in_room for j in p.juror_ids})
            lines.append(
                f"  {room or 'Salle non précisée'} — jury : {', '.join(jurors.get(j, j) for j in panel) or 'tout le jury'}"
            )
            for p in sorted(in_room, key=lambda p: p.start):
                lines.append(
                    f"    {p.start:%H:%M}–{p.end:%H:%M}  {names.get(p.candidate_id, p.candidate_id)} — "
                    f"{titles.get(p.modality_id, p.modality_id)}"
                )
    lines.append("")
    lines.append("Par juré :")
    for j in draft.jurors:
        mine = [p for p in view.passages if j.id in p.juror_ids or not p.juror_ids]
        per_day = ", ".join(f"{d:%d/%m} : {sum(1 for p in mine if p.start.date() == d)} passage(s)" for d in days)
        lines.append(f"  {j.name} : {per_day or 'aucun passage'}")
    return lines


def cmd_package_schedule(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.session_setup import package_plan

    draft, view = package_plan(Path(args.file))
    if args.json:
        names = {c.id: c.name for c in draft.candidates}
        titles = {m.id: m.title for m in draft.definition.modalities}
        print_json(
            {
                "session": draft.session_id,
                "jury_minutes": view.jury_minutes,
                "open_minutes": view.open_minutes,
                "passages": [
                    {
                        "candidate_id": p.candidate_id,
                        "candidate": names.get(p.candidate_id, p.candidate_id),
                        "modality_id": p.modality_id,
                        "modality": titles.get(p.modality_id, p.modality_id),
                        "start": p.start.isoformat(timespec="minutes"),
                        "end": p.end.isoformat(timespec="minutes"),
                        "room": p.room,
                        "juror_ids": list(p.juror_ids),
                    }
                    for p in sorted(view.passages, key=lambda p: (p.start, p.room))
                ],
                "problems": [p.message for p in view.problems],
            }
        )
    else:
        print("\n".join(_schedule_text(draft, view)))
    if view.problems:
        print_errors(p.message for p in view.problems)
        return EXIT_BAD_INPUT
    return EXIT_OK


def _registration_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--registration-ended-reason",
        metavar="TEXTE",
        default="",
        help="motif pour tenir la session après l'échéance de l'enregistrement de la certification "
        "(consigné avec la session et imprimé sur le procès-verbal)",
    )


def add_commands(sub: Commands) -> None:
    """Adds the `package` group to the top-level commands."""
    pkg = sub.add_parser("package", help="paquets de session").add_subparsers(dest="action", required=True)
    p = pkg.add_parser(
        "validate",
        help="vérifier un paquet sans rien écrire",
        epilog=example("jury-app package validate paquet.zip", "jury-app package validate paquet.zip --json"),
    )
    p.add_argument("file", metavar="FICHIER", help="le paquet de session (.zip)")
    _registration_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_package_validate)
    p = pkg.add_parser(
        "import",
        help="importer un paquet dans le dossier des données",
        epilog=example(
            "jury-app package import paquet.zip --data-dir D:\\jury",
            "jury-app package import paquet-corrige.zip --update --json",
            'jury-app package import paquet-corrige.zip --update --identity-change-reason "Nom d\'usage corrigé"',
        ),
    )
    p.add_argument("file", metavar="FICHIER", help="le paquet de session (.zip)")
    p.add_argument(
        "--update",
        action="store_true",
        help="mettre à jour une session existante (les saisies du jury sont conservées)",
    )
    _registration_option(p)
    p.add_argument(
        "--identity-change-reason",
        metavar="MOTIF",
        help=(
            "avec --update : confirmer, en le motivant, le changement de nom ou de date de naissance d'un candidat "
            "déjà évalué (inscrit au journal d'audit et au procès-verbal)"
        ),
    )
    add_json_option(p)
    p.set_defaults(func=cmd_package_import)
    p = pkg.add_parser(
        "demo",
        help="écrire le paquet de démonstration",
        epilog=example("jury-app package demo demo.zip", "jury-app package demo --referentiel RNCP35635 demo-ctp.zip"),
    )
    p.add_argument("out", metavar="FICHIER", help="le paquet à écrire (.zip)")
    p.add_argument(
        "--referentiel",
        metavar="CODE",
        default="TP-00403",
        help="la certification de la démonstration : TP-00403 (par défaut), RNCP35667 ou RNCP35635",
    )
    p.set_defaults(func=cmd_package_demo)

    p = pkg.add_parser(
        "template",
        help="écrire le modèle de listes (candidats, jurés, fiches scénario) en XLSX",
        epilog=example("jury-app package template --out listes.xlsx"),
    )
    p.add_argument("--out", metavar="FICHIER.xlsx", required=True)
    p.set_defaults(func=cmd_package_template)

    p = pkg.add_parser(
        "new",
        help="construire, planifier et vérifier un paquet de session à partir des listes",
        description="Construit le paquet d'une session à partir des listes (CSV ou XLSX), planifie les passages "
        "et le vérifie ; au moindre problème, tous sont listés (fichier, ligne, colonne) et rien n'est écrit.",
        epilog=example(
            'jury-app package new --referentiel TP-00403 --kind title --name "CIP mars 2026" --place "AFPA Lyon" '
            "--dates 2026-03-09,2026-03-10 --jurors listes.xlsx --candidates listes.xlsx --cards listes.xlsx "
            "--documents dossiers --rooms 2 --duration et/presentation=10 --out cip-mars.zip",
            'jury-app package new --referentiel TP-00403 --kind mock --mock-of ccp1 --name "Examen blanc" '
            '--place "Salle B" --dates 2026-02-02 --jurors formateurs.csv --candidates promo.csv --cards fiches.csv '
            "--duration et/presentation=10 --out blanc.zip",
        ),
    )
    p.add_argument(
        "--referentiel", required=True, metavar="CODE[@VERSION]", help="référentiel intégré, ou fichier .json"
    )
    p.add_argument("--kind", required=True, metavar="TYPE", help=KINDS_HELP)
    p.add_argument("--mock-of", metavar="TYPE", help="avec --kind mock : la session répétée (title par défaut, ccp1…)")
    p.add_argument("--name", required=True, metavar="TEXTE", help="nom de la session")
    p.add_argument("--place", required=True, metavar="TEXTE", help="lieu : nom du centre d'examen")
    p.add_argument("--address", metavar="TEXTE", help="adresse du centre")
    p.add_argument("--dates", required=True, metavar="AAAA-MM-JJ[,AAAA-MM-JJ…]")
    p.add_argument("--jurors", required=True, metavar="FICHIER.csv|xlsx")
    p.add_argument("--candidates", required=True, metavar="FICHIER.csv|xlsx")
    p.add_argument("--documents", metavar="DOSSIER", help="PDF des candidats, reconnus à leur numéro ou à leur nom")
    p.add_argument("--cards", metavar="FICHIER.csv|xlsx", help="fiches scénario de la mise en situation")
    p.add_argument("--rooms", type=int, metavar="N", help="nombre de salles (1 par défaut) : un jury par salle")
    p.add_argument("--timezone", default="Europe/Paris", metavar="ZONE", help="fuseau horaire du centre")
    p.add_argument(
        "--duration",
        action="append",
        metavar="MODALITÉ=MIN",
        help="durée que le référentiel laisse à la session (répétable)",
    )
    p.add_argument("--hours", metavar="HH:MM-HH:MM", help="horaires des journées (08:30-18:00 par défaut)")
    p.add_argument(
        "--breaks", metavar="HH:MM-HH:MM[,…]", help="pauses des journées (12:30-13:30 par défaut ; vide : aucune)"
    )
    p.add_argument("--approval-number", metavar="TEXTE", help="numéro d'agrément ou d'habilitation du centre")
    p.add_argument("--session-number", metavar="TEXTE", help="numéro de la session")
    p.add_argument("--session-id", metavar="ID", help="identifiant de la session (sinon tiré du nom et de la date)")
    p.add_argument("--lead", metavar="TEXTE", help="responsable de session")
    _registration_option(p)
    p.add_argument("--out", required=True, metavar="PAQUET.zip")
    p.set_defaults(func=cmd_package_new)

    p = pkg.add_parser(
        "schedule",
        help="les passages planifiés d'un paquet, par jour, salle et juré",
        epilog=example("jury-app package schedule cip-mars.zip", "jury-app package schedule cip-mars.zip --json"),
    )
    p.add_argument("file", metavar="PAQUET.zip")
    add_json_option(p)
    p.set_defaults(func=cmd_package_schedule)
