"""A signing key: an ECDSA P-256 key protected by a passphrase, and a self-signed certificate.

The certificate is registered in the session's database (`JurorKey`); the private key stays in a
file of the data folder, encrypted with the passphrase, which is never stored. Nothing here
touches the disk: the caller (an action) decides where the PEM bytes go.

The private key is encrypted with AES-256-GCM under a key derived from the passphrase by scrypt
(memory-hard: 128 MiB and about half a second per guess on a laptop, which a GPU farm cannot
spread over thousands of cores as it does PBKDF2). The file says its own parameters, so a key made
with other costs still opens; keys made before (PKCS#8 with OpenSSL's PBKDF2, 2,048 iterations)
open too, and `needs_reprotection` tells the caller to write them again in the new form.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.x509.oid import NameOID

from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput

CERTIFICATE_YEARS = 5
MIN_PASSPHRASE_LENGTH = 8
_CLOCK_SKEW = timedelta(days=1)  # a laptop whose clock is a little behind still signs

WRONG_PASSPHRASE = msg("phrase secrète incorrecte")

# scrypt's cost: N = 2**17, r = 8 -> 128 MiB of memory; p = 2 lanes, worked one after the other in
# those 128 MiB, make a guess about 0.5 s (0.25 s a lane: a single lane fell under the 0.25 s aim on
# a busy machine; bench/bench_keys.py). Files carry their parameters (a key made with p = 1 still
# opens, and is protected again on its next use); these bounds refuse a file that would make opening
# it take minutes or gigabytes.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 2
_MAX_SCRYPT_MEMORY = 1024**3
_PEM_BEGIN = b"-----BEGIN JURY-APP PRIVATE KEY-----"
_PEM_END = b"-----END JURY-APP PRIVATE KEY-----"


def check_new_passphrase(passphrase: str) -> None:
    """A passphrase chosen for a new key: long enough, not only spaces."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH or not passphrase.strip():
        raise InvalidInput.one(
            "clé de signature", msg("la phrase secrète doit compter au moins {0} caractères", MIN_PASSPHRASE_LENGTH)
        )


def create_juror_key(
    passphrase: str, common_name: str, organisation: str, *, now: datetime | None = None
) -> tuple[bytes, bytes]:
    """A new key pair for a juror: (private key PEM encrypted with `passphrase`, certificate PEM)."""
    _key, key_pem, cert_pem = create_key(passphrase, common_name, organisation, now=now)
    return key_pem, cert_pem


def create_key(
    passphrase: str, common_name: str, organisation: str, *, now: datetime | None = None
) -> tuple[ec.EllipticCurvePrivateKey, bytes, bytes]:
    """A new key pair: (the private key, its PEM encrypted with `passphrase`, the certificate PEM).

    The certificate is self-signed, valid `CERTIFICATE_YEARS` years, for signing only: key usage
    digital signature and content commitment (non-repudiation, which PAdES validators expect), not a
    certification authority. Its subject is CN = the juror's name, O = `organisation`.
    """
    check_new_passphrase(passphrase)
    if not common_name.strip():
        raise InvalidInput.one("clé de signature", msg("le nom du juré est vide"))
    start = (now or datetime.now(UTC)).astimezone(UTC) - _CLOCK_SKEW
    key = ec.generate_private_key(ec.SECP256R1())
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name.strip()[:64])]
    if organisation.strip():
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()[:64]))
    name = x509.Name(attributes)
    public_key = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + _CLOCK_SKEW + timedelta(days=365 * CERTIFICATE_YEARS + 1))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, protect_private_key(key, passphrase), cert.public_bytes(serialization.Encoding.PEM)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def protect_private_key(key: ec.EllipticCurvePrivateKey, passphrase: str) -> bytes:
    """The private key encrypted under the passphrase (scrypt, AES-256-GCM), as a PEM-armoured file."""
    params: dict[str, Any] = {
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": _b64(os.urandom(16)),
        "cipher": "aes-256-gcm",
        "nonce": _b64(os.urandom(12)),
    }
    secret = _derive(passphrase, base64.b64decode(params["salt"]), SCRYPT_N, SCRYPT_R, SCRYPT_P)
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    aad = json.dumps(params, sort_keys=True, separators=(",", ":")).encode("ascii")
    params["data"] = _b64(AESGCM(secret).encrypt(base64.b64decode(params["nonce"]), der, aad))
    body = base64.encodebytes(json.dumps(params, sort_keys=True, separators=(",", ":")).encode("ascii"))
    return _PEM_BEGIN + b"\n" + body + _PEM_END + b"\n"


def needs_reprotection(pem: bytes) -> bool:
    """A key file in the earlier form (PBKDF2), or made with a lower cost than today's."""
    if not pem.lstrip().startswith(_PEM_BEGIN):
        return True
    try:
        params = _scrypt_params(pem)
    except InvalidInput:
        return False
    return (int(params["n"]) * int(params["r"]) * int(params["p"])) < SCRYPT_N * SCRYPT_R * SCRYPT_P


def _scrypt_params(pem: bytes) -> dict[str, Any]:
    unreadable = InvalidInput.one("clé de signature", msg("fichier de clé illisible"))
    text = pem.strip()
    if not text.endswith(_PEM_END):
        raise unreadable
    try:
        params = json.loads(base64.decodebytes(text[len(_PEM_BEGIN) : -len(_PEM_END)].strip()))
    except (ValueError, binascii.Error):
        raise unreadable from None
    if not isinstance(params, dict) or params.get("kdf") != "scrypt" or params.get("cipher") != "aes-256-gcm":
        raise unreadable
    n, r, p = params.get("n"), params.get("r"), params.get("p")
    if not all(type(v) is int and v > 0 for v in (n, r, p)):
        raise unreadable
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    if n & (n - 1) or n < 2 or 128 * n * r * p > _MAX_SCRYPT_MEMORY:
        raise unreadable
    if not all(isinstance(params.get(k), str) for k in ("salt", "nonce", "data")):
        raise unreadable
    return params


def _open_scrypt(pem: bytes, passphrase: str) -> bytes:
    params = _scrypt_params(pem)
    try:
        salt, nonce, data = (base64.b64decode(params[k], validate=True) for k in ("salt", "nonce", "data"))
    except (ValueError, binascii.Error):
        raise InvalidInput.one("clé de signature", msg("fichier de clé illisible")) from None
    secret = _derive(passphrase, salt, params["n"], params["r"], params["p"])
    aad = json.dumps({k: v for k, v in params.items() if k != "data"}, sort_keys=True, separators=(",", ":"))
    try:
        return AESGCM(secret).decrypt(nonce, data, aad.encode("ascii"))
    except (InvalidTag, ValueError):
        raise InvalidInput.one("clé de signature", WRONG_PASSPHRASE) from None


def load_private_key(pem: bytes, passphrase: str) -> ec.EllipticCurvePrivateKey:
    """The private key; a wrong passphrase (or a damaged key file) is told in French."""
    if pem.lstrip().startswith(_PEM_BEGIN):
        der = _open_scrypt(pem, passphrase)
        try:
            key = serialization.load_der_private_key(der, password=None)
        except ValueError:
            raise InvalidInput.one("clé de signature", msg("fichier de clé illisible")) from None
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise InvalidInput.one("clé de signature", msg("la clé n'est pas une clé ECDSA"))
        return key
    try:
        key = serialization.load_pem_private_key(pem, password=passphrase.encode("utf-8"))
    except (ValueError, TypeError) as exc:
        # cryptography says "Bad decrypt. Incorrect password?" for a wrong passphrase; anything
        # else means the file itself is unreadable.
        if "password" in str(exc).lower() or "decrypt" in str(exc).lower():
            raise InvalidInput.one("clé de signature", WRONG_PASSPHRASE) from None
        raise InvalidInput.one("clé de signature", msg("fichier de clé illisible")) from None
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise InvalidInput.one("clé de signature", msg("la clé n'est pas une clé ECDSA"))
    return key


def load_certificate(cert_pem: bytes) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificate(cert_pem)
    except ValueError:
        raise InvalidInput.one("clé de signature", msg("certificat illisible")) from None


def fingerprint(cert_pem: bytes) -> str:
    """SHA-256 of the certificate's DER encoding, in lowercase hexadecimal."""
    der = load_certificate(cert_pem).public_bytes(serialization.Encoding.DER)
    return hashlib.sha256(der).hexdigest()


def key_matches_certificate(key: ec.EllipticCurvePrivateKey, cert_pem: bytes) -> bool:
    cert_key = load_certificate(cert_pem).public_key()
    fmt = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return key.public_key().public_bytes(*fmt) == cert_key.public_bytes(*fmt)


def common_name(cert_pem: bytes) -> str:
    names = load_certificate(cert_pem).subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else ""


def pem_of_der(der: bytes) -> str:
    """A certificate taken from a signature, as the PEM the database registers."""
    try:
        cert = x509.load_der_x509_certificate(der)
    except ValueError as exc:
        raise InvalidInput.one("clé de signature", msg("certificat illisible")) from exc
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
