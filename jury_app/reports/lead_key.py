"""The session lead's signing key: one per laptop, for every session the lead runs there.

The lead signs what only the lead does: the manifest of a session's archive, and the reset of a
juror's PIN and key. Like a juror's, the key is an ECDSA P-256 key protected by a passphrase the
lead chooses on first use (scrypt, never stored), beside its self-signed certificate, in the data
folder (`AppPaths.lead_key_files`). Its fingerprint is what others compare: printed when it is
made, written with everything it signs.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec

from jury_app.data.files import write_atomic
from jury_app.domain.messages import Message, msg
from jury_app.domain.problems import InvalidInput
from jury_app.paths import AppPaths
from jury_app.reports import keys

LEAD_ORGANISATION = "Responsable de session"


@dataclass(frozen=True)
class LeadKey:
    fingerprint: str  # SHA-256 of the certificate (DER), hexadecimal
    certificate_pem: str
    name: str  # the certificate's common name
    created: bool  # made by this call (first use)


def _problem(message: Message) -> InvalidInput:
    return InvalidInput.one("clé du responsable de session", message)


def lead_key_info(paths: AppPaths) -> LeadKey | None:
    """The lead's key of this laptop, or None before its first use."""
    key_file, cert_file = paths.lead_key_files
    if not (key_file.is_file() and cert_file.is_file()):
        return None
    cert_pem = cert_file.read_bytes()
    return LeadKey(keys.fingerprint(cert_pem), cert_pem.decode("ascii"), keys.common_name(cert_pem), False)


def ensure_lead_key(paths: AppPaths, passphrase: str, name: str) -> tuple[LeadKey, ec.EllipticCurvePrivateKey]:
    """The lead's key, opened with the passphrase; made on first use (`name` in its certificate)."""
    info = lead_key_info(paths)
    key_file, cert_file = paths.lead_key_files
    if info is not None:
        pem = key_file.read_bytes()
        key = keys.load_private_key(pem, passphrase)
        if not keys.key_matches_certificate(key, info.certificate_pem.encode("ascii")):
            raise _problem(msg("la clé privée {0} ne correspond pas au certificat {1}", key_file, cert_file))
        if keys.needs_reprotection(pem):
            write_atomic(key_file, keys.protect_private_key(key, passphrase), mode=0o600)
        return info, key
    key, key_pem, cert_pem = keys.create_key(passphrase, name.strip() or LEAD_ORGANISATION, LEAD_ORGANISATION)
    key_file.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        key_file.parent.chmod(0o700)
    # The certificate last: a key file without its certificate is no key yet, and is made again.
    write_atomic(key_file, key_pem, mode=0o600)
    write_atomic(cert_file, cert_pem, mode=0o644)
    made = LeadKey(keys.fingerprint(cert_pem), cert_pem.decode("ascii"), keys.common_name(cert_pem), True)
    return made, key


def lead_certificate_path(paths: AppPaths) -> Path:
    return paths.lead_key_files[1]
