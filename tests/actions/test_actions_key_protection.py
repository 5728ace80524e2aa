"""Signing keys at rest: scrypt (memory-hard) protects every key file; keys made before with PBKDF2
still open and are written again in the new form on their next use."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from jury_app.actions.context import AppContext
from jury_app.actions.jurors import set_pin
from jury_app.actions.signing import ensure_juror_key, juror_key_info
from jury_app.domain.problems import InvalidInput
from jury_app.reports import keys

PASSPHRASE = "une phrase assez longue"


def _params(pem: bytes) -> dict[str, object]:
    body = pem.strip().splitlines()[1:-1]
    params = json.loads(base64.b64decode(b"".join(body)))
    assert isinstance(params, dict)
    return params


def test_a_new_key_is_protected_by_scrypt_at_128_mib_per_guess() -> None:
    key_pem, _cert = keys.create_juror_key(PASSPHRASE, "Karim Benali", "Jury X")
    params = _params(key_pem)
    assert params["kdf"] == "scrypt" and params["cipher"] == "aes-256-gcm"
    n, r, p = params["n"], params["r"], params["p"]
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    assert 128 * n * r * p >= 128 * 1024**2  # memory per guess: what makes a GPU farm no faster
    assert not keys.needs_reprotection(key_pem)


def test_the_parameters_are_bound_to_the_key_a_lowered_cost_does_not_open() -> None:
    key_pem, _cert = keys.create_juror_key(PASSPHRASE, "Karim Benali", "Jury X")
    params = _params(key_pem)
    params["n"] = 2**10  # an attacker cheapening the guesses
    body = base64.encodebytes(json.dumps(params, sort_keys=True, separators=(",", ":")).encode("ascii"))
    cheap = b"-----BEGIN JURY-APP PRIVATE KEY-----\n" + body + b"-----END JURY-APP PRIVATE KEY-----\n"
    with pytest.raises(InvalidInput, match="phrase secrète incorrecte"):
        keys.load_private_key(cheap, PASSPHRASE)


def test_a_file_asking_for_gigabytes_is_refused_before_deriving() -> None:
    key_pem, _cert = keys.create_juror_key(PASSPHRASE, "Karim Benali", "Jury X")
    params = _params(key_pem)
    params["n"] = 2**24
    body = base64.encodebytes(json.dumps(params).encode("ascii"))
    greedy = b"-----BEGIN JURY-APP PRIVATE KEY-----\n" + body + b"-----END JURY-APP PRIVATE KEY-----\n"
    with pytest.raises(InvalidInput, match="illisible"):
        keys.load_private_key(greedy, PASSPHRASE)


def _old_style(key: ec.EllipticCurvePrivateKey, passphrase: str) -> bytes:
    """How keys were protected before: PKCS#8 with OpenSSL's PBKDF2 (2,048 iterations)."""
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )


def test_a_key_made_before_opens_and_is_protected_again_on_its_next_use(ctx: AppContext) -> None:
    set_pin(ctx, "DEMO-CIP-2026-11", "J1", "1111", lead_passphrase="phrase du responsable")
    info = ensure_juror_key(ctx, "DEMO-CIP-2026-11", "J1", PASSPHRASE, pin="1111")
    key = keys.load_private_key(info.key_path.read_bytes(), PASSPHRASE)
    info.key_path.write_bytes(_old_style(key, PASSPHRASE))  # as an earlier version left it
    assert keys.needs_reprotection(info.key_path.read_bytes())

    with pytest.raises(InvalidInput, match="phrase secrète incorrecte"):
        ensure_juror_key(ctx, "DEMO-CIP-2026-11", "J1", "pas la bonne phrase", pin="1111")
    assert b"BEGIN ENCRYPTED PRIVATE KEY" in info.key_path.read_bytes()  # untouched by a wrong guess

    again = ensure_juror_key(ctx, "DEMO-CIP-2026-11", "J1", PASSPHRASE, pin="1111")
    rewritten = Path(again.key_path).read_bytes()
    assert rewritten.startswith(b"-----BEGIN JURY-APP PRIVATE KEY-----")
    assert _params(rewritten)["kdf"] == "scrypt"
    assert keys.key_matches_certificate(keys.load_private_key(rewritten, PASSPHRASE), again.certificate_pem.encode())
    registered = juror_key_info(ctx, "DEMO-CIP-2026-11", "J1")
    assert registered is not None and registered.fingerprint == info.fingerprint  # the same key, better kept


def test_a_key_made_at_the_former_single_lane_cost_is_protected_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "SCRYPT_P", 1)
    former, _cert = keys.create_juror_key(PASSPHRASE, "Karim Benali", "Jury X")
    monkeypatch.undo()
    assert _params(former)["p"] == 1
    assert keys.needs_reprotection(former)
