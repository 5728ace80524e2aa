"""Detached ECDSA P-256 / SHA-256 signatures over canonical JSON: what the session lead signs (an
archive's manifest, a juror's reset) and what anyone checks with the certificate written beside it."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec


def canonical(value: Any) -> bytes:
    """The signed bytes: keys sorted, no spaces, UTF-8."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign(key: ec.EllipticCurvePrivateKey, value: Any) -> str:
    """The signature of `value`'s canonical JSON, base64 (DER)."""
    return base64.b64encode(key.sign(canonical(value), ec.ECDSA(hashes.SHA256()))).decode("ascii")


def fingerprint_of(cert_pem: str) -> str | None:
    """SHA-256 of the certificate's DER encoding, or None when it is not a certificate."""
    try:
        cert = x509.load_pem_x509_certificate(cert_pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return None
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def holds(cert_pem: str, value: Any, signature: str) -> bool:
    """Whether `signature` signs `value`'s canonical JSON with the key of the certificate."""
    try:
        public_key = x509.load_pem_x509_certificate(cert_pem.encode("ascii")).public_key()
        raw = base64.b64decode(signature, validate=True)
    except (ValueError, UnicodeEncodeError, binascii.Error):
        return False
    if not isinstance(public_key, ec.EllipticCurvePublicKey):
        return False
    try:
        public_key.verify(raw, canonical(value), ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True
