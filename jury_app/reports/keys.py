"""A juror's signing key: an ECDSA P-256 key protected by a passphrase and a self-signed certificate.

The certificate is registered in the session's database (`JurorKey`); the private key stays in a
file of the data folder, encrypted with the juror's passphrase, which is never stored. Nothing here
touches the disk: the caller (an action) decides where the PEM bytes go.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from jury_app.domain.problems import InvalidInput, Problem

CERTIFICATE_YEARS = 5
MIN_PASSPHRASE_LENGTH = 8
_CLOCK_SKEW = timedelta(days=1)  # a laptop whose clock is a little behind still signs

WRONG_PASSPHRASE = "phrase secrète incorrecte"


def _problem(message: str) -> InvalidInput:
    return InvalidInput([Problem("clé de signature", "", message)])


def check_new_passphrase(passphrase: str) -> None:
    """A passphrase chosen for a new key: long enough, not only spaces."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH or not passphrase.strip():
        raise _problem(f"la phrase secrète doit compter au moins {MIN_PASSPHRASE_LENGTH} caractères")


def create_juror_key(
    passphrase: str, common_name: str, organisation: str, *, now: datetime | None = None
) -> tuple[bytes, bytes]:
    """A new key pair for a juror: (private key PEM encrypted with `passphrase`, certificate PEM).

    The certificate is self-signed, valid `CERTIFICATE_YEARS` years, for signing only: key usage
    digital signature and content commitment (non-repudiation, which PAdES validators expect), not a
    certification authority. Its subject is CN = the juror's name, O = `organisation`.
    """
    check_new_passphrase(passphrase)
    if not common_name.strip():
        raise _problem("le nom du juré est vide")
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
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    return key_pem, cert.public_bytes(serialization.Encoding.PEM)


def load_private_key(pem: bytes, passphrase: str) -> ec.EllipticCurvePrivateKey:
    """The juror's private key; a wrong passphrase (or a damaged key file) is told in French."""
    try:
        key = serialization.load_pem_private_key(pem, password=passphrase.encode("utf-8"))
    except (ValueError, TypeError) as exc:
        # cryptography says "Bad decrypt. Incorrect password?" for a wrong passphrase; anything
        # else means the file itself is unreadable.
        if "password" in str(exc).lower() or "decrypt" in str(exc).lower():
            raise _problem(WRONG_PASSPHRASE) from None
        raise _problem(f"fichier de clé illisible ({exc})") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise _problem("la clé n'est pas une clé ECDSA")
    return key


def load_certificate(cert_pem: bytes) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificate(cert_pem)
    except ValueError as exc:
        raise _problem(f"certificat illisible ({exc})") from None


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
