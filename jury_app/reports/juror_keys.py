"""A juror's key as kept on this laptop: made on first use, then opened with the passphrase.

The private key (encrypted with the passphrase, which is never stored) and its certificate are
files of the data folder (`AppPaths.juror_key_files`); the certificate is registered for the juror
in the session (`JurorKey`). Signing the procès-verbal and exporting a result file both go through
`ensure_key`, inside the caller's transaction, and both need the juror's PIN first: whoever else
sits at a shared laptop can neither make a key in their name nor use theirs.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from jury_app.data import models as db
from jury_app.data.credentials import require_pin
from jury_app.data.files import write_atomic
from jury_app.data.session_store import session_row
from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput
from jury_app.paths import AppPaths
from jury_app.reports import keys


@dataclass(frozen=True)
class KeyInfo:
    session_id: str
    juror_ref: str
    fingerprint: str  # SHA-256 of the certificate (DER), hexadecimal
    certificate_pem: str
    key_path: Path
    created: bool  # made by this call (first use)


def _row(orm: Orm, session_id: str, juror_ref: str) -> db.JurorKey | None:
    return orm.scalar(
        select(db.JurorKey).where(db.JurorKey.session_id == session_id, db.JurorKey.juror_ref == juror_ref)
    )


def registered_key(orm: Orm, paths: AppPaths, session_id: str, juror_ref: str) -> KeyInfo | None:
    """The juror's registered key, or None before its first use."""
    row = _row(orm, session_id, juror_ref)
    if row is None:
        return None
    key_file = paths.juror_key_files(session_id, juror_ref)[0]
    return KeyInfo(session_id, juror_ref, row.fingerprint, row.certificate_pem, key_file, False)


def _open(info: KeyInfo, passphrase: str) -> ec.EllipticCurvePrivateKey:
    try:
        pem = info.key_path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput.one(
            "clé de signature", msg("la clé privée de ce juré est introuvable sur cet ordinateur ({0})", info.key_path)
        ) from None
    key = keys.load_private_key(pem, passphrase)
    if not keys.key_matches_certificate(key, info.certificate_pem.encode("ascii")):
        raise InvalidInput.one(
            "clé de signature", msg("la clé privée {0} ne correspond pas au certificat enregistré", info.key_path)
        )
    if keys.needs_reprotection(pem):  # a key made before scrypt: written again, now that it opened
        write_atomic(info.key_path, keys.protect_private_key(key, passphrase), mode=0o600)
    return key


def ensure_key(
    orm: Orm, paths: AppPaths, session_id: str, juror_ref: str, passphrase: str, *, pin: str
) -> tuple[KeyInfo, ec.EllipticCurvePrivateKey]:
    """The juror's key and its private key: made and registered on first use, else opened.

    Refused unless `pin` is the juror's PIN on this laptop. First use: a key protected by
    `passphrase` (at least 8 characters) and a self-signed certificate in the juror's name; the
    files are written, then the certificate is registered in the caller's transaction. Later: the
    passphrase must open the registered key ("phrase secrète incorrecte").
    """
    juror = next((j for j in session_row(orm, session_id).jury if j.ref == juror_ref), None)
    if juror is None:
        raise InvalidInput.one("juré", msg("juré inconnu dans cette session : « {0} »", juror_ref))
    require_pin(orm, session_id, juror_ref, juror.display_name, pin)
    info = registered_key(orm, paths, session_id, juror_ref)
    if info is not None:
        return info, _open(info, passphrase)
    key_file, cert_file = paths.juror_key_files(session_id, juror_ref)
    key, key_pem, cert_pem = keys.create_key(passphrase, juror.display_name, f"Jury {session_id}")
    fp = keys.fingerprint(cert_pem)
    key_file.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        key_file.parent.chmod(0o700)
    # Files first, durably; then the registration, committed with the caller's transaction. A crash
    # in between leaves unregistered files that the next first use replaces.
    write_atomic(key_file, key_pem, mode=0o600)
    write_atomic(cert_file, cert_pem, mode=0o644)
    orm.add(
        db.JurorKey(
            session_id=session_id, juror_ref=juror_ref, certificate_pem=cert_pem.decode("ascii"), fingerprint=fp
        )
    )
    info = KeyInfo(session_id, juror_ref, fp, cert_pem.decode("ascii"), key_file, True)
    return info, key


def retire_key_files(paths: AppPaths, session_id: str, juror_ref: str, stamp: str) -> None:
    """After a reset: the private key deleted (it will never sign again), its certificate kept beside,
    renamed, to check the signatures it made before."""
    key_file, cert_file = paths.juror_key_files(session_id, juror_ref)
    if cert_file.is_file():
        cert_file.replace(cert_file.with_name(f"{juror_ref}.revoque-{stamp}.crt.pem"))
    key_file.unlink(missing_ok=True)
