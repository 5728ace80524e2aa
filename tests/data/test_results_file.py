"""The result file format v1: what is signed, how it reads back, what it refuses."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from jury_app.data.results_file import (
    RESULTS_FORMAT,
    DeclarationContent,
    GridContent,
    build_document,
    canonical_bytes,
    read_result_file,
    sign_document,
    utc_text,
)
from jury_app.domain.problems import InvalidInput
from jury_app.reports import keys

PASSPHRASE = "phrase de test assez longue"
AT = datetime(2026, 12, 7, 17, 5, 30, 123456, tzinfo=UTC)


@pytest.fixture(scope="module")
def key_and_cert() -> tuple[ec.EllipticCurvePrivateKey, str]:
    key_pem, cert_pem = keys.create_juror_key(PASSPHRASE, "Zoé Lefèvre-Ünal", "Jury S")
    return keys.load_private_key(key_pem, PASSPHRASE), cert_pem.decode("ascii")


def _document(cert: str, **overrides: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "session_id": "S-1",
        "package_sha256": "a" * 64,
        "juror_id": "J1",
        "juror_name": "Zoé Lefèvre-Ünal",
        "exported_at": AT,
        "app_version": "0.1.0",
        "candidates": ["C01", "C02"],
        "certificate_pem": cert,
        "declarations": [
            DeclarationContent("C01", False, "", AT),
            DeclarationContent("C02", True, "ancienne collègue", AT),
        ],
        "grids": [
            GridContent(
                candidate="C01",
                modality="msp",
                source="paper",
                updated_at=AT,
                marks={"CP1.2": "not_observed", "CP1.1": "satisfied"},
                assessments={"CP1": ("acquired", "Très « bien » — ok"), "__overall__": (None, "")},
                notes=((AT - timedelta(minutes=3), "Phase 1", "Écoute ✓"),),
            )
        ],
    }
    args.update(overrides)
    return build_document(**args)


def test_round_trip(key_and_cert: tuple[ec.EllipticCurvePrivateKey, str]) -> None:
    key, cert = key_and_cert
    data = sign_document(_document(cert), key, "f.json")
    verified = read_result_file(data, "f.json")
    doc = verified.document
    assert doc.format == RESULTS_FORMAT and doc.format_version == 1
    assert doc.exported_at == AT
    assert doc.juror.name == "Zoé Lefèvre-Ünal"
    assert doc.content.grids[0].marks == {"CP1.1": "satisfied", "CP1.2": "not_observed"}
    assert doc.content.grids[0].assessments["CP1"].observation == "Très « bien » — ok"
    assert doc.content.grids[0].notes[0].text == "Écoute ✓"
    assert verified.fingerprint == keys.fingerprint(cert.encode("ascii"))
    raw = json.loads(data)
    assert raw["exported_at"] == "2026-12-07T17:05:30.123456Z"
    assert "Zoé" in data.decode("utf-8")  # readable, not escaped


def test_the_signature_covers_the_canonical_json(key_and_cert: tuple[ec.EllipticCurvePrivateKey, str]) -> None:
    key, cert = key_and_cert
    data = sign_document(_document(cert), key, "f.json")
    raw = json.loads(data)
    signature = base64.b64decode(raw.pop("signature")["value"])
    expected = json.dumps(raw, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    assert canonical_bytes(raw) == expected
    key.public_key().verify(signature, expected, ec.ECDSA(hashes.SHA256()))
    # the layout of the file is not signed: the same document written otherwise still verifies
    reformatted = json.dumps({**raw, "signature": json.loads(data)["signature"]}, ensure_ascii=True).encode()
    assert read_result_file(reformatted, "g.json").document == read_result_file(data, "f.json").document


def test_semantic_problems_are_named(key_and_cert: tuple[ec.EllipticCurvePrivateKey, str]) -> None:
    key, cert = key_and_cert
    doc = _document(cert, candidates=["C01", "C01"])
    with pytest.raises(InvalidInput) as caught:
        sign_document(doc, key, "f.json")
    pointers = {p.pointer for p in caught.value.problems}
    assert "/scope/candidates" in pointers and "/content/declarations/1/candidate" in pointers
    assert all(p.member == "f.json" for p in caught.value.problems)


def test_only_p256_keys_sign(key_and_cert: tuple[ec.EllipticCurvePrivateKey, str]) -> None:
    _key, cert = key_and_cert
    with pytest.raises(InvalidInput, match="P-256"):
        sign_document(_document(cert), ec.generate_private_key(ec.SECP384R1()), "f.json")


def test_times_are_utc() -> None:
    assert utc_text(datetime(2026, 12, 7, 18, 0, tzinfo=timezone(timedelta(hours=1)))) == "2026-12-07T17:00:00Z"
    with pytest.raises(ValueError):
        utc_text(datetime(2026, 12, 7, 18, 0))
