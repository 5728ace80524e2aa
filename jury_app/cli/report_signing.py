"""`jury-app report sign|verify|pv-request|pv-import`: signing the procès-verbal and checking it.

    jury-app report sign FILE --juror ID [--session ID]
    jury-app report verify FILE [--session ID] [--certs FILE]
    jury-app report pv-request [--session ID] --out FILE
    jury-app report pv-import FILE [--trust FINGERPRINT ...]

The passphrase comes from the environment variable JURY_APP_PASSPHRASE, else it is asked without
echo on the terminal; with neither, `sign` stops (exit 2). `sign` takes the session's PV or a « PV à
faire signer » file, and refuses (exit 2) anything but the session's current PV made from closed
deliberations. `verify` exits 0 only when the PV is complete and true (every juror who must sign
has signed, every signature valid and intact, every certificate the one registered for that
juror, the PV the current one of its session); 1 with the reasons otherwise; 2 for a file that
cannot be read. pyHanko is imported only by these commands.
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jury_app.cli.common import (
    ENV_PASSPHRASE,
    ENV_PIN,
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
from jury_app.domain.wording import fr_datetime

if TYPE_CHECKING:
    from jury_app.actions.context import AppContext
    from jury_app.actions.signing import SignerCheck, VerifyResult


def _quiet_pyhanko() -> None:
    # pyHanko logs a traceback at WARNING for every self-signed certificate it cannot chain to a
    # trusted root: expected here (trust comes from the registered certificates), so not shown.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _when(t: datetime | None, zone: tzinfo) -> str:
    """07/12/2026 à 9 h 00 in the session's zone."""
    return "date inconnue" if t is None else fr_datetime(t, zone)


def _yes(value: bool) -> str:
    return "oui" if value else "non"


def _passphrase(first_use: bool) -> str:
    return ask_passphrase(first_use, "rien n'a été signé")


def cmd_report_sign(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.signing import juror_key_info, sign_report
    from jury_app.domain.clock import SystemClock

    _quiet_pyhanko()
    sid = session_id(ctx, args)
    first_use = juror_key_info(ctx, sid, args.juror) is None
    pin = ask_pin(args.juror, "rien n'a été signé")
    passphrase = _passphrase(first_use)
    result = sign_report(ctx, sid, Path(args.file), args.juror, passphrase, SystemClock(), pin=pin)
    if result.key_created:
        print(f"Clé de signature créée pour {result.signer_name} (empreinte du certificat {result.fingerprint}).")
    elif Path(args.file).suffix == ".jurypv":
        print(f"Empreinte du certificat, à lire au responsable de session : {result.fingerprint}")
    print(
        f"Signé par {result.signer_name} (champ {result.field_name}) le {_when(result.signed_at, result.zone)} : {result.pdf_path}"
    )
    if result.remaining_jurors:
        print(f"Reste à signer : {', '.join(result.remaining_jurors)}.")
    else:
        print("Tous les jurés ont signé.")
    return EXIT_OK


EXIT_NOT_VERIFIED = 1
"""`report verify`: the PV is not complete and true (a signature missing or invalid, a PV replaced...)."""


def _registration(check: SignerCheck, result: VerifyResult) -> str:
    if check.registered is None:
        return "certificat enregistré : session inconnue ici"
    if check.juror_ref is None:
        return "champ d'aucun juré qui doit signer"
    if not check.registered:
        return f"certificat enregistré pour le juré {check.juror_ref} : non"
    return f"certificat enregistré pour le juré {check.juror_ref} : oui"


def _verify_json(result: VerifyResult) -> dict[str, Any]:
    return {
        "file": str(result.pdf_path),
        "session_id": result.session_id,
        "ok": result.all_ok,
        "modified_after_last_signature": result.modified_after_last_signature,
        "signatures": [
            {
                "field": check.signature.field_name,
                "signer": check.signature.signer_name,
                "signed_at": iso(check.signature.signing_time),
                "fingerprint": check.signature.fingerprint,
                "valid": check.signature.valid,
                "intact": check.signature.intact,
                "juror": check.juror_ref,
                "registered": check.registered,
                "field_matches": check.field_matches,
                "ok": check.ok,
                "problems": list(check.signature.problems),
            }
            for check in result.signers
        ],
        "unsigned_fields": [{"field": f.field_name, "juror": f.juror_ref} for f in result.empty_fields],
        "problems": list(result.problems),
    }


def cmd_report_verify(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.signing import verify_report

    _quiet_pyhanko()
    result = verify_report(ctx, Path(args.file), args.session, Path(args.certs) if args.certs else None)
    if args.json:
        print_json(_verify_json(result))
        if result.all_ok:
            return EXIT_OK
        print_errors([f"le procès-verbal {result.pdf_path} n'est pas complet et valide"])
        return EXIT_NOT_VERIFIED
    print(f"Document : {result.pdf_path}")
    if result.session_id is not None:
        print(f"Session : {result.session_id} (vérifiée d'après : {result.basis})")
    else:
        print("Session : inconnue ici : certificats non comparés")
    print(f"Signatures ({len(result.signers)}) :" if result.signers else "Signatures : aucune")
    for number, check in enumerate(result.signers, start=1):
        sig = check.signature
        print(
            f"  {number}. {sig.signer_name or '(signataire illisible)'} — champ {sig.field_name} — "
            f"signé le {_when(sig.signing_time, result.zone)}"
        )
        print(f"     valide : {_yes(sig.valid)} ; intacte : {_yes(sig.intact)} ; {_registration(check, result)}")
    if result.empty_fields:
        names = [f"{f.field_name} ({f.juror_name})" if f.juror_name else f.field_name for f in result.empty_fields]
        print(f"Champs non signés : {', '.join(names)}")
    else:
        print("Champs non signés : aucun")
    if result.all_ok:
        print(
            "Résultat : procès-verbal complet et valide — chaque juré qui doit signer a signé, chaque signature "
            "est valide et intacte, avec le certificat enregistré pour ce juré ; c'est le procès-verbal en vigueur."
        )
        return EXIT_OK
    print("Résultat : VÉRIFICATION ÉCHOUÉE")
    for problem in result.problems:
        print(f"  - {problem}")
    print_errors([f"le procès-verbal {result.pdf_path} n'est pas complet et valide"])
    return EXIT_NOT_VERIFIED


def cmd_report_pv_request(ctx: AppContext, args: argparse.Namespace) -> int:
    from jury_app.actions.pv_files import pv_request
    from jury_app.domain.clock import SystemClock

    _quiet_pyhanko()
    sid = session_id(ctx, args)
    out = pv_request(ctx, sid, Path(args.out), clock=SystemClock())
    print(f"Procès-verbal à faire signer de la session {sid} écrit : {out}")
    print("Chaque juré l'ouvre sur son ordinateur (Documents › Signer un procès-verbal reçu) ou avec « report sign ».")
    return EXIT_OK


TRUST_PREFIX = 16  # characters of a fingerprint given with --trust or typed, at least


def _normal(text: str) -> str:
    return "".join(c for c in text.lower() if c not in " :")


def cmd_report_pv_import(ctx: AppContext, args: argparse.Namespace) -> int:
    """A juror's first certificate is registered only against the fingerprint read on the juror's
    laptop: given with --trust, or typed at the prompt (which does not show it, so that a forged
    signature is not confirmed by reading its own fingerprint back)."""
    from jury_app.actions.pv_files import new_certificates, pv_import
    from jury_app.domain.clock import SystemClock

    _quiet_pyhanko()
    given = [_normal(t) for t in args.trust or []]
    trusted: set[str] = set()
    for _ref, name, fp in new_certificates(ctx, Path(args.file)):
        print(f"Premier certificat de {name} sur cet ordinateur.")
        if any(len(g) >= TRUST_PREFIX and fp.startswith(g) for g in given):
            print(f"  empreinte {fp} : confirmée (--trust)")
            trusted.add(fp)
        elif sys.stdin.isatty():
            typed = _normal(
                ask_text(
                    f"  Lisez l'empreinte affichée sur l'ordinateur de {name} quand il a signé, et tapez-en les "
                    f"{TRUST_PREFIX} premiers caractères : "
                )
            )
            if len(typed) >= TRUST_PREFIX and fp.startswith(typed):
                trusted.add(fp)
    result = pv_import(ctx, Path(args.file), trusted_fingerprints=frozenset(trusted), clock=SystemClock())
    for name, fp in result.registered:
        print(f"Certificat de {name} enregistré (empreinte {fp}).")
    verb = "importé" if result.status == "imported" else "déjà à jour"
    print(f"Procès-verbal de la session {result.session_id} {verb} : {result.path}")
    print(f"Signé par : {', '.join(result.signed_by) or 'personne'} ; {result.message}.")
    return EXIT_OK


def add_commands(report: Commands) -> None:
    """Adds the signing commands to the `report` group."""
    p = report.add_parser(
        "sign",
        help="signer un procès-verbal PDF (signature électronique du juré)",
        description=(
            "Signe le procès-verbal au nom du juré (PAdES). Le code personnel du juré est lu dans la variable "
            f"d'environnement {ENV_PIN}, la phrase secrète dans {ENV_PASSPHRASE}, sinon ils sont demandés "
            "sans écho. Le fichier est remplacé par "
            "sa version signée."
        ),
        epilog=example(
            "jury-app report sign pv.pdf --juror J1",
            "JURY_APP_PIN=… JURY_APP_PASSPHRASE='…' jury-app report sign pv.pdf --juror J2 --session DEMO-CIP-2026-11",
        ),
    )
    p.add_argument("file", metavar="FICHIER", help="le procès-verbal PDF")
    p.add_argument("--juror", required=True, metavar="ID", help="identifiant du juré qui signe (J1, J2…)")
    p.add_argument("--session", metavar="ID", help="la session (la seule du dossier des données, si omis)")
    p.set_defaults(func=cmd_report_sign)

    p = report.add_parser(
        "verify",
        help="vérifier les signatures d'un PDF",
        description=(
            "Vérifie chaque signature du document et, si la session est dans le dossier des données, que "
            "chaque certificat est celui enregistré pour le juré, que chaque juré qui doit signer a signé et que "
            "c'est le procès-verbal en vigueur. Code de sortie 0 si tout est vrai, 1 sinon (avec la raison), "
            "2 pour un fichier illisible."
        ),
        epilog=example("jury-app report verify pv.pdf --data-dir D:\\jury", "jury-app report verify pv.pdf --json"),
    )
    p.add_argument("file", metavar="FICHIER", help="le procès-verbal signé (PDF ou fichier .jurypv)")
    p.add_argument("--session", metavar="ID", help="la session dont les certificats font foi")
    p.add_argument(
        "--certs",
        metavar="FICHIER",
        help="certificats des jurés (fichier .jurypv du responsable, archive de la session ou son proces-verbal-certificats.json), "
        "quand la session n'est pas sur cet ordinateur",
    )
    add_json_option(p)
    p.set_defaults(func=cmd_report_verify)

    p = report.add_parser(
        "pv-request",
        help="« PV à faire signer » : le procès-verbal et les certificats, pour les jurés sur leur ordinateur",
        description=(
            "Écrit le procès-verbal en vigueur (avec les signatures déjà présentes) et les certificats qui le "
            "vérifient, dans un fichier .jurypv que chaque juré signe sur son ordinateur. Refusé tant qu'une "
            "délibération est ouverte."
        ),
        epilog=example("jury-app report pv-request --out pv-a-signer.jurypv"),
    )
    p.add_argument("--session", metavar="ID", help="la session (la seule du dossier des données, si omis)")
    p.add_argument("--out", metavar="FICHIER", required=True, help="fichier à écrire (.jurypv)")
    p.set_defaults(func=cmd_report_pv_request)

    p = report.add_parser(
        "pv-import",
        help="reprendre un procès-verbal signé sur d'autres ordinateurs",
        description=(
            "Vérifie le procès-verbal signé (celui généré ici, délibérations closes, rien d'autre que des "
            "signatures valides, chaque certificat celui du juré) puis le range avec la session, pour l'archive. "
            "Le premier certificat d'un juré est enregistré une fois son empreinte confirmée."
        ),
        epilog=example(
            "jury-app report pv-import pv-a-signer.jurypv",
            "jury-app report pv-import pv-signe.pdf --trust 3f2a9c0b1d4e5f60",
        ),
    )
    p.add_argument("file", metavar="FICHIER", help="le procès-verbal signé (.jurypv ou PDF)")
    p.add_argument(
        "--trust",
        metavar="EMPREINTE",
        action="append",
        help="empreinte du certificat d'un juré, lue sur son ordinateur (16 premiers caractères au moins)",
    )
    p.set_defaults(func=cmd_report_pv_import)
