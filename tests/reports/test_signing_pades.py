"""PAdES signatures of a PDF: fields before the first signature, two jurors in turn, and any change
after signing seen by our verifier and by an independent one (poppler's pdfsig)."""

from __future__ import annotations

import base64
import hashlib
import io
import random
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pypdf import PdfReader

from jury_app.domain.problems import InvalidInput
from jury_app.reports import keys
from jury_app.reports.signing import (
    add_signature_fields,
    pv_signature_field_name,
    sign_pdf,
    signature_fields,
    verify_pdf,
)
from jury_app.resources import resource

PASSPHRASE = "une phrase secrète"
REASON = "Procès-verbal de délibération — Session « décembre »"
LOCATION = "Centre de Vénissieux"
FIELDS = [pv_signature_field_name(1), pv_signature_field_name(2)]
SIGNED_AT = datetime(2026, 12, 7, 16, 30, tzinfo=UTC)

Juror = tuple[ec.EllipticCurvePrivateKey, bytes, str]


def make_pdf(pages: int = 2) -> bytes:
    """A small procès-verbal-like PDF, in French, with the app's DejaVu font."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(resource("fonts", "DejaVuSans.ttf"))))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=True)  # the same bytes every time
    c.setTitle("Procès-verbal de délibération")
    for page in range(1, pages + 1):
        c.setFont("DejaVuSans", 14)
        c.drawString(72, 760, f"Procès-verbal de délibération — page {page}")
        c.drawString(72, 730, "Décisions du jury : titre délivré à Élise Hénault")
        c.showPage()
    c.save()
    return buf.getvalue()


def _juror(name: str) -> Juror:
    key_pem, cert_pem = keys.create_juror_key(PASSPHRASE, name, "Jury DEMO-CIP-2026-11")
    return keys.load_private_key(key_pem, PASSPHRASE), cert_pem, name


@pytest.fixture(scope="module")
def jurors() -> list[Juror]:
    return [_juror("Martine Roussel"), _juror("Karim Benali")]


@pytest.fixture(scope="module")
def with_fields() -> bytes:
    return add_signature_fields(make_pdf(), FIELDS)


def _sign(pdf: bytes, index: int, juror: Juror, when: datetime = SIGNED_AT) -> bytes:
    key, cert, name = juror
    return sign_pdf(pdf, FIELDS[index], key, cert, name, REASON, LOCATION, signing_time=when)


@pytest.fixture(scope="module")
def signed_once(with_fields: bytes, jurors: list[Juror]) -> bytes:
    return _sign(with_fields, 0, jurors[0])


@pytest.fixture(scope="module")
def signed_twice(signed_once: bytes, jurors: list[Juror]) -> bytes:
    return _sign(signed_once, 1, jurors[1], SIGNED_AT + timedelta(minutes=3))


# --- fields ---------------------------------------------------------------------------------


def test_fields_are_added_in_one_update_before_any_signature(with_fields: bytes) -> None:
    original = make_pdf()
    assert [(f.name, f.signed) for f in signature_fields(with_fields)] == [(n, False) for n in FIELDS]
    report = verify_pdf(with_fields)
    assert report.signatures == ()
    assert report.empty_fields == tuple(FIELDS)
    assert not report.all_valid  # nothing signed yet: nothing to vouch for
    # An incremental update: the original bytes unchanged, then exactly one more revision.
    assert with_fields.startswith(original[: original.rindex(b"%%EOF")])
    assert with_fields.count(b"%%EOF") == original.count(b"%%EOF") + 1
    fields = PdfReader(io.BytesIO(with_fields)).get_fields() or {}
    assert {name: fields[name].get("/FT") for name in FIELDS} == dict.fromkeys(FIELDS, "/Sig")


def test_field_names_are_fixed_width_and_never_prefixes() -> None:
    names = [pv_signature_field_name(i) for i in range(1, 100)]
    assert len({len(n) for n in names}) == 1
    assert not any(a != b and b.startswith(a) for a in names for b in names)
    with pytest.raises(ValueError):
        pv_signature_field_name(0)


@pytest.mark.parametrize(
    "names",
    [
        ["Sig1", "Sig10"],
        ["SignatureJure01", "SignatureJure01"],
        ["Signature.Jure01"],
        ["Signature Jure01"],
        [""],
        [],
    ],
)
def test_bad_field_names_are_refused(names: list[str]) -> None:
    with pytest.raises(InvalidInput):
        add_signature_fields(make_pdf(), names)


def test_prefix_of_an_existing_field_is_refused(with_fields: bytes) -> None:
    with pytest.raises(InvalidInput, match="début"):
        add_signature_fields(with_fields, ["SignatureJure0"])
    with pytest.raises(InvalidInput, match="déjà présent"):
        add_signature_fields(with_fields, [FIELDS[0]])


def test_no_field_is_added_after_a_signature(signed_once: bytes) -> None:
    with pytest.raises(InvalidInput, match="déjà signé"):
        add_signature_fields(signed_once, [pv_signature_field_name(3)])


# --- signing --------------------------------------------------------------------------------


def test_two_jurors_sign_in_turn_and_both_stay_valid(
    with_fields: bytes, signed_once: bytes, signed_twice: bytes, jurors: list[Juror]
) -> None:
    # Each signature is an incremental update: what was signed before is kept byte for byte.
    assert signed_once.startswith(with_fields)
    assert signed_twice.startswith(signed_once)
    report = verify_pdf(signed_twice)
    assert report.all_valid
    assert not report.modified_after_last_signature
    assert report.empty_fields == ()
    first, second = report.signatures
    assert [s.field_name for s in report.signatures] == FIELDS
    assert [s.signer_name for s in report.signatures] == ["Martine Roussel", "Karim Benali"]
    for sig, (_key, cert, _name) in zip(report.signatures, jurors, strict=True):
        assert sig.valid and sig.intact and sig.certificate_ok and sig.modifications_ok, sig.problems
        assert sig.fingerprint == keys.fingerprint(cert)
        assert sig.reason == REASON
        assert sig.location == LOCATION
        assert sig.problems == ()
    assert first.signing_time == SIGNED_AT
    assert second.signing_time == SIGNED_AT + timedelta(minutes=3)
    # The first signature was followed by the second: allowed (form filling), not the whole file.
    assert not first.covers_whole_file and first.modification_level == "form_filling"
    assert second.covers_whole_file and second.modification_level == "none"


def test_after_the_first_signature_one_field_is_still_empty(signed_once: bytes) -> None:
    report = verify_pdf(signed_once)
    assert report.all_valid
    assert [s.field_name for s in report.signatures] == [FIELDS[0]]
    assert report.empty_fields == (FIELDS[1],)


def test_pypdf_reads_the_signed_pdf(signed_twice: bytes) -> None:
    reader = PdfReader(io.BytesIO(signed_twice))
    assert len(reader.pages) == 2
    assert "Procès-verbal de délibération" in reader.pages[0].extract_text()
    fields = reader.get_fields() or {}
    assert all(fields[name].get("/V") is not None for name in FIELDS)
    assert all(fields[name]["/V"]["/SubFilter"] == "/ETSI.CAdES.detached" for name in FIELDS)


def _pdfsig(tmp_path: Path, pdf: bytes) -> str:
    exe = shutil.which("pdfsig")
    if exe is None:
        pytest.skip("pdfsig (poppler-utils) is not installed")
    path = tmp_path / "signed.pdf"
    path.write_bytes(pdf)
    done = subprocess.run([exe, str(path)], capture_output=True, text=True, timeout=60, check=False)
    return done.stdout + done.stderr


def test_pdfsig_says_every_signature_is_valid(tmp_path: Path, signed_twice: bytes) -> None:
    out = _pdfsig(tmp_path, signed_twice)
    assert out.count("Signature is Valid") == 2, out
    assert "Signature Field Name: SignatureJure01" in out
    assert "Signature Field Name: SignatureJure02" in out
    assert "Martine Roussel" in out and "Karim Benali" in out
    assert out.count("SHA-256") == 2
    assert "Total document signed" in out


def test_a_flipped_byte_in_the_signed_range_breaks_the_signature(tmp_path: Path, signed_twice: bytes) -> None:
    at = signed_twice.index(b"ReportLab")  # the producer's name, signed by both jurors
    tampered = signed_twice[:at] + b"X" + signed_twice[at + 1 :]
    report = verify_pdf(tampered)
    assert not report.all_valid
    assert all(not s.intact and not s.valid for s in report.signatures)
    assert all(s.problems for s in report.signatures)
    out = _pdfsig(tmp_path, tampered)
    assert "Signature is Valid" not in out


def _signed_ranges(pdf: bytes) -> list[tuple[int, int]]:
    import re

    last = list(re.finditer(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf))[-1]
    a, b, c, d = (int(x) for x in last.groups())
    return [(a, a + b), (c, c + d)]


def test_any_flipped_byte_that_the_last_signature_covers_is_caught(signed_twice: bytes) -> None:
    rng = random.Random(20261207)
    ranges = _signed_ranges(signed_twice)
    for _ in range(24):
        start, end = rng.choice(ranges)
        at = rng.randrange(start, end)
        flipped = bytes([signed_twice[at] ^ 0x20 or 0x41])
        tampered = signed_twice[:at] + flipped + signed_twice[at + 1 :]
        try:
            report = verify_pdf(tampered)
        except InvalidInput:
            continue  # no longer a readable PDF: refused, which is also a failure to verify
        assert not report.all_valid, f"byte {at} changed and the signatures still hold"


def test_bytes_appended_after_signing_are_reported(signed_twice: bytes) -> None:
    report = verify_pdf(signed_twice + b"\n% ajout\n")
    assert report.modified_after_last_signature
    assert not report.all_valid
    assert all(s.intact and s.valid for s in report.signatures)  # the signed bytes themselves are intact
    assert not report.signatures[-1].covers_whole_file


def test_an_update_appended_after_signing_is_reported(signed_twice: bytes) -> None:
    from pyhanko.pdf_utils.generic import NameObject, TextStringObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed_twice))
    info = writer.trailer["/Info"]
    info[NameObject("/Title")] = TextStringObject("Procès-verbal corrigé")
    writer.update_container(info)
    out = io.BytesIO()
    writer.write(out)
    report = verify_pdf(out.getvalue())
    assert report.modified_after_last_signature
    assert not report.all_valid


def test_a_signed_field_cannot_be_signed_again(signed_once: bytes, jurors: list[Juror]) -> None:
    with pytest.raises(InvalidInput, match="déjà signé"):
        _sign(signed_once, 0, jurors[1])


def test_an_unknown_field_cannot_be_signed(with_fields: bytes, jurors: list[Juror]) -> None:
    key, cert, name = jurors[0]
    with pytest.raises(InvalidInput, match="aucun champ"):
        sign_pdf(with_fields, "SignatureJure07", key, cert, name, REASON, LOCATION)


def test_key_and_certificate_must_match(with_fields: bytes, jurors: list[Juror]) -> None:
    key, _cert, name = jurors[0]
    with pytest.raises(InvalidInput, match="ne correspond pas"):
        sign_pdf(with_fields, FIELDS[0], key, jurors[1][1], name, REASON, LOCATION)


def test_signing_time_defaults_to_the_machine_clock(with_fields: bytes, jurors: list[Juror]) -> None:
    key, cert, name = jurors[0]
    before = datetime.now(UTC).replace(microsecond=0)
    signed = sign_pdf(with_fields, FIELDS[0], key, cert, name, REASON, LOCATION)
    (sig,) = verify_pdf(signed).signatures
    assert sig.signing_time is not None and before <= sig.signing_time <= datetime.now(UTC)


@pytest.mark.parametrize(
    "damage",
    [
        lambda pdf: b"ceci n'est pas un PDF",
        lambda pdf: b"",
        lambda pdf: pdf[: len(pdf) // 3],
        lambda pdf: b"%PDF-1.7\n" + bytes(range(256)) * 4,
    ],
    ids=["text", "empty", "truncated", "garbage"],
)
def test_corrupt_input_is_refused_in_french(signed_twice: bytes, damage: Callable[[bytes], bytes]) -> None:
    with pytest.raises(InvalidInput) as caught:
        verify_pdf(damage(signed_twice))
    assert "PDF" in str(caught.value)


# --- keys -----------------------------------------------------------------------------------


def test_the_certificate_is_for_signing_with_non_repudiation() -> None:
    key_pem, cert_pem = keys.create_juror_key(PASSPHRASE, "Élodie Lefèvre", "Jury DEMO-CIP-2026-11")
    cert = x509.load_pem_x509_certificate(cert_pem)
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical
    assert usage.value.content_commitment and usage.value.digital_signature
    assert not usage.value.key_cert_sign and not usage.value.key_encipherment
    constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    assert constraints.ca is False
    cn = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value
    org = cert.subject.get_attributes_for_oid(x509.NameOID.ORGANIZATION_NAME)[0].value
    assert (cn, org) == ("Élodie Lefèvre", "Jury DEMO-CIP-2026-11")
    assert cert.issuer == cert.subject
    lifetime = cert.not_valid_after_utc - cert.not_valid_before_utc
    assert timedelta(days=5 * 365) <= lifetime <= timedelta(days=5 * 366 + 3)
    assert cert.not_valid_before_utc <= datetime.now(UTC) <= cert.not_valid_after_utc
    public = cert.public_key()
    assert isinstance(public, ec.EllipticCurvePublicKey) and public.curve.name == "secp256r1"
    der = cert.public_bytes(serialization.Encoding.DER)
    assert keys.fingerprint(cert_pem) == hashlib.sha256(der).hexdigest()
    assert key_pem.startswith(b"-----BEGIN JURY-APP PRIVATE KEY-----")  # never stored in the clear
    clear = keys.load_private_key(key_pem, PASSPHRASE).private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    assert clear[-32:] not in key_pem and base64.b64encode(clear[-32:])[:20] not in key_pem


def test_a_wrong_passphrase_is_refused() -> None:
    key_pem, _ = keys.create_juror_key(PASSPHRASE, "Karim Benali", "Jury X")
    with pytest.raises(InvalidInput, match="phrase secrète incorrecte"):
        keys.load_private_key(key_pem, "une autre phrase")
    assert isinstance(keys.load_private_key(key_pem, PASSPHRASE), ec.EllipticCurvePrivateKey)


def test_a_damaged_key_file_is_told_apart_from_a_wrong_passphrase() -> None:
    with pytest.raises(InvalidInput, match="illisible"):
        keys.load_private_key(b"-----BEGIN ENCRYPTED PRIVATE KEY-----\nabc\n", PASSPHRASE)


@pytest.mark.parametrize("passphrase", ["", "court", "        "])
def test_a_weak_passphrase_is_refused_for_a_new_key(passphrase: str) -> None:
    with pytest.raises(InvalidInput, match="phrase secrète"):
        keys.create_juror_key(passphrase, "Karim Benali", "Jury X")
