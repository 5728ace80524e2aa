"""`jury-app backup|archive|purge`: copies of the database, the session's archive, purging."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jury_app.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    Commands,
    add_json_option,
    ask_lead_passphrase,
    ask_yes,
    iso,
    print_errors,
    print_json,
    refuse,
    session_id,
)
from jury_app.cli.parsing import example
from jury_app.domain.wording import fr_size, fr_timestamp, machine_zone, role_label

if TYPE_CHECKING:
    from jury_app.actions.archive import ArchiveCheck
    from jury_app.actions.context import AppContext


# --- backup ------------------------------------------------------------------------------------
def cmd_backup_create(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.backups import make_backup

    info = make_backup(ctx, args.reason or "manuel")
    print(
        f"Sauvegarde écrite : {info.path} ({fr_size(info.size)}, sessions : {', '.join(info.sessions) or 'aucune'}, "
        f"{info.grids} grilles, {info.decisions} décisions)"
    )
    return EXIT_OK


def cmd_backup_list(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.backups import list_backups

    backups = list_backups(ctx)
    if args.json:
        print_json(
            [
                {
                    "file": b.path.name,
                    "path": str(b.path),
                    "created_at": iso(b.created_at),
                    "reason": b.reason,
                    "size": b.size,
                    "sessions": list(b.sessions),
                    "grids": b.grids,
                    "decisions": b.decisions,
                    "ok": b.ok,
                    "problem": b.problem,
                }
                for b in backups
            ]
        )
        return EXIT_OK
    if not backups:
        print(f"Aucune sauvegarde dans {ctx.paths.backups}.")
        return EXIT_OK
    print(f"Sauvegardes dans {ctx.paths.backups} (la plus récente d'abord) :")
    for b in backups:
        if not b.ok:
            print(f"  {b.path.name}  {fr_timestamp(b.created_at, machine_zone())}  {b.reason:<20} {b.problem}")
            continue
        print(
            f"  {b.path.name}  {fr_timestamp(b.created_at, machine_zone())}  {b.reason:<20} {fr_size(b.size):>8}  "
            f"sessions : {', '.join(b.sessions) or 'aucune'} ; {b.grids} grilles, {b.decisions} décisions"
        )
    return EXIT_OK


def cmd_backup_restore(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.backups import resolve_backup_path, restore_backup

    path = resolve_backup_path(ctx, args.file)
    if not args.yes:
        if not sys.stdin.isatty():
            raise refuse("--yes", "restauration non confirmée : ajoutez --yes (aucun terminal pour la demander)")
        question = (
            f"Remplacer la base de données par la sauvegarde {path.name} ? L'état actuel sera d'abord sauvegardé."
        )
        if not ask_yes(f"{question} [o/N] "):
            print("Restauration annulée : rien n'a changé.")
            return EXIT_BAD_INPUT
    restored = restore_backup(ctx, path)
    print(
        f"Base restaurée depuis {restored.path.name} (sessions : {', '.join(restored.sessions) or 'aucune'}, "
        f"{restored.grids} grilles, {restored.decisions} décisions)."
    )
    if restored.previous is not None:
        print(f"L'état précédent est sauvegardé dans {restored.previous.path}.")
    if restored.set_aside:
        kept = ", ".join(p.name for p in restored.set_aside)
        print(f"La base endommagée qu'elle remplace est conservée dans {ctx.paths.root} : {kept}.")
    return EXIT_OK


# --- archive -----------------------------------------------------------------------------------
def cmd_archive_export(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.archive import export_archive
    from jury_app.actions.jurors import lead_key_exists

    sid = session_id(ctx, args)
    passphrase = ask_lead_passphrase(not lead_key_exists(ctx), "aucune archive n'a été écrite")
    info = export_archive(ctx, sid, Path(args.out), lead_passphrase=passphrase)
    if info.lead_key_created:
        print(f"Clé du responsable de session créée (empreinte {info.lead_fingerprint}).")
    audit = "intact" if info.audit_ok else "ANOMALIES (voir jury-app audit verify)"
    print(
        f"Archive de la session {info.session_id} écrite et vérifiée : {info.path} ({fr_size(info.size)}, "
        f"{info.files} fichiers, journal d'audit {audit} : {info.audit_entries} entrées)"
    )
    print(f"SHA-256 : {info.sha256}")
    print(f"Manifeste signé par la clé du responsable de session : {info.lead_fingerprint}")
    for note in info.notes:
        print(f"  remarque : {note}")
    return EXIT_OK


def _check_json(check: ArchiveCheck) -> dict[str, Any]:
    return {
        "file": str(check.path),
        "ok": check.ok,
        "session_id": check.session_id,
        "title": check.title,
        "created_at": check.created_at,
        "files": check.files,
        "audit_entries": check.audit_entries,
        "problems": list(check.problems),
        "audit_problems": list(check.audit_problems),
        "signed_by": check.signer,
        "checked": list(check.checked),
    }


def cmd_archive_verify(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.archive import check_archive

    path = Path(args.file)
    if not path.is_file():
        raise refuse(args.file, "fichier introuvable")
    check = check_archive(ctx, path)
    if args.json:
        print_json(_check_json(check))
    if not check.ok:
        print_errors(check.problems + tuple(f"journal d'audit : {p}" for p in check.audit_problems))
        return EXIT_BAD_INPUT
    if args.json:
        return EXIT_OK
    print(
        f"Archive intègre : session {check.session_id} « {check.title} », créée le {check.created_at}, "
        f"{check.files} fichiers conformes au manifeste, journal d'audit vérifié ({check.audit_entries} entrées)."
    )
    print(f"Manifeste signé par la clé du responsable de session : {check.signer}")
    for line in check.checked:
        print(f"  {line}")
    return EXIT_OK


def _decision_text(d: dict[str, object]) -> str:
    granted = d.get("granted")
    verdict = "accord" if granted is True else "refus" if granted is False else "à décider"  # nouns: no agreement
    reason = f" — {d['reason']}" if d.get("reason") else ""
    unit = "titre" if d["unit"] == "title" else d["unit"]
    return f"{unit} : {verdict}{reason}"


def cmd_archive_show(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.archive import check_archive, open_archive_readonly

    path = Path(args.file)
    if not path.is_file():
        raise refuse(args.file, "fichier introuvable")
    check = check_archive(ctx, path)
    with tempfile.TemporaryDirectory(prefix="jury_app-show-") as tmp, open_archive_readonly(path, Path(tmp)) as view:
        doc = view.document()
    if args.json:
        print_json({**doc, "check": _check_json(check)})
    else:
        _print_archived_session(doc, check)
    if not check.ok:
        print_errors(check.problems + tuple(f"journal d'audit : {p}" for p in check.audit_problems))
        return EXIT_BAD_INPUT
    return EXIT_OK


def _print_archived_session(doc: dict[str, Any], check: ArchiveCheck) -> None:
    print(f"{doc['title']} ({doc['id']}) — {doc['certification']}")
    print(f"  {', '.join(doc['dates'])} — {doc['centre']}")
    print(f"  Archivée le {doc['archived_at']} (jury-app {doc['app_version']})")
    print(
        "  Archive intègre"
        if check.ok
        else "  ATTENTION : archive altérée ou journal d'audit en anomalie (voir ci-dessous)"
    )
    print("Jury :")
    for j in doc["jury"]:
        role = (
            f" ({role_label(j['role'], short=True, civility=j.get('civility', ''))})"
            if j["role"] == "president"
            else ""
        )
        print(f"  {j['id']:<6} {j['name']}{role}")
    print("Candidats et décisions :")
    for c in doc["candidates"]:
        state = "délibération close" if c["deliberation_closed"] else "délibération ouverte"
        print(f"  {c['id']:<6} {c['name']} ({state})")
        if not c["decisions"]:
            print("      aucune décision")
        for d in c["decisions"]:
            print(f"      {_decision_text(d)}")
    for note in doc["notes"]:
        print(f"Remarque : {note}")


# --- purge -------------------------------------------------------------------------------------
def cmd_purge(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.purge import purge_session_personal_data

    summary = purge_session_personal_data(ctx, args.session, confirm=args.confirm)
    for line in summary.lines():
        print(line)
    return EXIT_OK


def add_commands(sub: Commands) -> None:
    """Adds the `backup`, `archive` and `purge` groups to the top-level commands."""
    bak = sub.add_parser("backup", help="sauvegardes de la base de données").add_subparsers(
        dest="action", required=True
    )
    p = bak.add_parser(
        "create",
        help="sauvegarder la base maintenant (les 20 plus récentes sont gardées)",
        epilog=example("jury-app backup create --reason avant-deliberation"),
    )
    p.add_argument("--reason", metavar="TEXTE", help="motif, repris dans le nom du fichier (par défaut : manuel)")
    p.set_defaults(func=cmd_backup_create)
    p = bak.add_parser(
        "list", help="lister les sauvegardes", epilog=example("jury-app backup list", "jury-app backup list --json")
    )
    add_json_option(p)
    p.set_defaults(func=cmd_backup_list)
    p = bak.add_parser(
        "restore",
        help="remettre une sauvegarde en service (l'état actuel est sauvegardé avant)",
        epilog=example("jury-app backup restore jury_app-20261207T101500.000Z-manuel.sqlite3 --yes"),
    )
    p.add_argument("file", metavar="FICHIER", help="fichier de sauvegarde, ou son seul nom (voir backup list)")
    p.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")
    p.set_defaults(func=cmd_backup_restore)

    arc = sub.add_parser("archive", help="archive d'une session (un seul fichier zip vérifiable)").add_subparsers(
        dest="action", required=True
    )
    p = arc.add_parser(
        "export",
        help="écrire l'archive de la session, signée par le responsable de session",
        description=(
            "Écrit l'archive de la session (base, journal d'audit, documents, PDF, fichiers de résultats) ; son "
            "manifeste est signé par la clé du responsable de session, dont la phrase secrète est lue dans la "
            "variable d'environnement JURY_APP_LEAD_PASSPHRASE, sinon demandée sans écho (choisie à la première "
            "utilisation)."
        ),
        epilog=example("jury-app archive export --out archive-DEMO-CIP-2026-11.zip"),
    )
    p.add_argument("--session", metavar="ID", help="la session (la seule, si omise)")
    p.add_argument("--out", metavar="FICHIER", required=True, help="fichier .zip à écrire")
    p.set_defaults(func=cmd_archive_export)
    p = arc.add_parser(
        "verify",
        help="vérifier une archive (sommes de contrôle, signature, base, journal d'audit)",
        description=(
            "Vérifie les sommes de contrôle de l'archive, la signature de son manifeste par le responsable de "
            "session (la clé de ce poste, s'il en a une), sa base et son journal d'audit, et que les procès-verbaux "
            "et fichiers de résultats signés qu'elle contient concordent avec eux. Code de sortie 0 si l'archive "
            "est intègre, 2 sinon."
        ),
        epilog=example("jury-app archive verify archive.zip", "jury-app archive verify archive.zip --json"),
    )
    p.add_argument("file", metavar="FICHIER", help="l'archive (.zip)")
    add_json_option(p)
    p.set_defaults(func=cmd_archive_verify)
    p = arc.add_parser(
        "show",
        help="afficher la session archivée (jury, candidats, décisions) sans rien modifier",
        epilog=example("jury-app archive show archive.zip", "jury-app archive show archive.zip --json"),
    )
    p.add_argument("file", metavar="FICHIER", help="l'archive (.zip)")
    add_json_option(p)
    p.set_defaults(func=cmd_archive_show)

    p = sub.add_parser(
        "purge",
        help="purger les données personnelles d'une session archivée (décisions et journal conservés)",
        epilog=example("jury-app purge --session DEMO-CIP-2026-11 --confirm DEMO-CIP-2026-11"),
    )
    p.add_argument("--session", metavar="ID", help="la session (la seule, si omise)")
    p.add_argument("--confirm", metavar="ID", required=True, help="l'identifiant de la session, recopié")
    p.set_defaults(func=cmd_purge)
