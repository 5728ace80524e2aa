"""`jury-app report sign|verify`: signing the procès-verbal and checking its signatures.

    jury-app report sign FILE --juror ID [--session ID]
    jury-app report verify FILE [--session ID]

The juror's PIN comes from the environment variable JURY_APP_PIN and the passphrase from
JURY_APP_PASSPHRASE, else each is asked without echo on the terminal; with neither, `sign` stops
(exit 2). `verify` exits 0 only when every
signature is valid and intact, the file was not changed after the last one and, when the session
is in the data folder, every certificate is the one registered for the juror of the signed field;
otherwise 2. pyHanko is imported only by these commands.
"""

from __future__ import annotations

import argparse
import logging
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jury_app.cli.common import (
    ENV_PASSPHRASE,
    ENV_PIN,
    EXIT_BAD_INPUT,
    EXIT_OK,
    Commands,
    add_json_option,
    ask_passphrase,
    ask_pin,
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
    if result.fields_added:
        print("Champs de signature ajoutés au document, un par juré.")
    if result.key_created:
        print(f"Clé de signature créée pour {result.signer_name} (empreinte du certificat {result.fingerprint}).")
    print(
        f"Signé par {result.signer_name} (champ {result.field_name}) le {_when(result.signed_at, result.zone)} : {result.pdf_path}"
    )
    if result.remaining_jurors:
        print(f"Reste à signer : {', '.join(result.remaining_jurors)}.")
    else:
        print("Tous les jurés ont signé.")
    return EXIT_OK


def _registration(check: SignerCheck, result: VerifyResult) -> str:
    if check.registered is None:
        return "certificat enregistré : session inconnue ici"
    if not check.registered:
        return f"certificat enregistré pour un juré de la session {result.session_id} : non"
    text = f"certificat enregistré pour le juré {check.juror_ref} : oui"
    if check.field_matches is False:
        text += f" (mais ce champ n'est pas celui de {check.juror_name})"
    return text


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
    result = verify_report(ctx, Path(args.file), args.session)
    if args.json:
        print_json(_verify_json(result))
        if result.all_ok:
            return EXIT_OK
        print_errors([f"les signatures de {result.pdf_path} ne sont pas toutes valides"])
        return EXIT_BAD_INPUT
    print(f"Document : {result.pdf_path}")
    if result.session_id is not None:
        print(f"Session : {result.session_id} (certificats comparés à ceux enregistrés pour le jury)")
    elif args.session:
        print(f"Session : {args.session} inconnue dans ce dossier de données : certificats non comparés")
    else:
        print("Session : inconnue ici (précisez --session) : certificats non comparés")
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
            "Résultat : toutes les signatures sont valides et intactes ; "
            "le document n'a pas été modifié depuis la dernière signature."
        )
        return EXIT_OK
    print("Résultat : VÉRIFICATION ÉCHOUÉE")
    for problem in result.problems:
        print(f"  - {problem}")
    print_errors([f"les signatures de {result.pdf_path} ne sont pas toutes valides"])
    return EXIT_BAD_INPUT


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
            "chaque certificat est celui enregistré pour le juré. Code de sortie 0 si tout est valide, 2 sinon."
        ),
        epilog=example("jury-app report verify pv.pdf --data-dir D:\\jury", "jury-app report verify pv.pdf --json"),
    )
    p.add_argument("file", metavar="FICHIER", help="le PDF signé")
    p.add_argument("--session", metavar="ID", help="la session dont les certificats font foi")
    add_json_option(p)
    p.set_defaults(func=cmd_report_verify)
