"""Signing the procès-verbal of the demo session: jurors' keys registered in the session, each juror
signing in turn, the check against the registered certificates, and the `report sign|verify`
commands with their exit codes."""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from jury_app.actions import deliberation_close, jury_step
from jury_app.actions.archive import check_archive, export_archive
from jury_app.actions.audit import verify_audit
from jury_app.actions.context import AppContext
from jury_app.actions.jurors import set_pin
from jury_app.actions.packages import import_
from jury_app.actions.pv_files import generate_pv, pv_import, pv_request
from jury_app.actions.reports import write_grid_pdf
from jury_app.actions.sessions import session_document
from jury_app.actions.signing import (
    ensure_juror_key,
    handwritten_signature,
    juror_key_info,
    key_paths,
    save_handwritten_signature,
    sign_report,
    verify_report,
)
from jury_app.cli import run
from jury_app.data import models as db
from jury_app.domain.clock import FakeClock
from jury_app.domain.problems import InvalidInput
from jury_app.paths import resolve
from jury_app.reports import keys
from jury_app.reports.pv_request import CERTIFICATES_MEMBER, read_request, request_zip
from jury_app.reports.signing import pv_signature_field_name, verify_pdf
from jury_app.resources import resource

DEMO_SESSION = "DEMO-CIP-2026-11"
PASS = {"J1": "phrase de Martine", "J2": "phrase de Karim"}
PIN = {"J1": "1111", "J2": "2222"}
NAMES = {"J1": "Martine Roussel", "J2": "Karim Benali"}


def _context(root: Path, package: Path) -> AppContext:
    """A laptop with the demo session, each juror's PIN chosen."""
    context = AppContext(resolve(root))
    import_(context, package)
    for ref, pin in PIN.items():
        set_pin(context, DEMO_SESSION, ref, pin, lead_passphrase="phrase du responsable")
    return context


@pytest.fixture
def ctx(tmp_path: Path, demo_package: Path) -> Iterator[AppContext]:
    """This laptop: the demo session, each juror's PIN chosen."""
    context = _context(tmp_path / "data", demo_package)
    yield context
    context.close()


@pytest.fixture
def other_ctx(tmp_path: Path, demo_package: Path) -> Iterator[AppContext]:
    """Another laptop's data folder with the same session: its jurors' keys are its own."""
    context = _context(tmp_path / "other", demo_package)
    yield context
    context.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 12, 7, 16, 0, tzinfo=UTC))


def make_pv(path: Path) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(resource("fonts", "DejaVuSans.ttf"))))
    c = canvas.Canvas(str(path), invariant=True)
    c.setFont("DejaVuSans", 14)
    c.drawString(72, 760, "Procès-verbal de délibération — session de démonstration")
    c.showPage()
    c.setFont("DejaVuSans", 14)
    c.drawString(72, 760, "Signatures du jury")
    c.showPage()
    c.save()
    return path


@pytest.fixture
def pv(tmp_path: Path) -> Path:
    return make_pv(tmp_path / "pv.pdf")


def _registered(ctx: AppContext) -> dict[str, str]:
    with ctx.database.reader() as orm:
        rows = orm.scalars(select(db.JurorKey).where(db.JurorKey.session_id == DEMO_SESSION))
        return {r.juror_ref: r.fingerprint for r in rows}


# --- keys -----------------------------------------------------------------------------------


def test_ensure_juror_key_registers_each_jurors_certificate(ctx: AppContext) -> None:
    assert juror_key_info(ctx, DEMO_SESSION, "J1") is None
    infos = {ref: ensure_juror_key(ctx, DEMO_SESSION, ref, PASS[ref], pin=PIN[ref]) for ref in ("J1", "J2")}
    assert all(info.created for info in infos.values())
    assert _registered(ctx) == {ref: info.fingerprint for ref, info in infos.items()}
    for ref, info in infos.items():
        key_file, cert_file = key_paths(ctx, DEMO_SESSION, ref)
        assert key_file == ctx.paths.keys / DEMO_SESSION / f"{ref}.key.pem"
        assert cert_file.read_bytes().decode("ascii") == info.certificate_pem
        assert keys.fingerprint(cert_file.read_bytes()) == info.fingerprint
        assert keys.common_name(cert_file.read_bytes()) == NAMES[ref]
        assert key_file.read_bytes().startswith(b"-----BEGIN JURY-APP PRIVATE KEY-----")  # encrypted
        if os.name == "posix":
            assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert not list((ctx.paths.keys / DEMO_SESSION).glob("*.tmp"))
    # Later: the same key, opened with the passphrase.
    again = ensure_juror_key(ctx, DEMO_SESSION, "J1", PASS["J1"], pin=PIN["J1"])
    assert not again.created and again.fingerprint == infos["J1"].fingerprint
    assert juror_key_info(ctx, DEMO_SESSION, "J1") == again


def test_a_wrong_passphrase_opens_nothing(ctx: AppContext) -> None:
    ensure_juror_key(ctx, DEMO_SESSION, "J1", PASS["J1"], pin=PIN["J1"])
    with pytest.raises(InvalidInput, match="phrase secrète incorrecte"):
        ensure_juror_key(ctx, DEMO_SESSION, "J1", PASS["J2"], pin=PIN["J1"])
    assert len(_registered(ctx)) == 1


def test_first_use_needs_a_long_enough_passphrase_and_a_known_juror(ctx: AppContext) -> None:
    with pytest.raises(InvalidInput, match="au moins 8"):
        ensure_juror_key(ctx, DEMO_SESSION, "J1", "court", pin=PIN["J1"])
    with pytest.raises(InvalidInput, match="juré inconnu"):
        ensure_juror_key(ctx, DEMO_SESSION, "J9", PASS["J1"], pin="9999")
    with pytest.raises(InvalidInput, match="session inconnue"):
        ensure_juror_key(ctx, "NOPE", "J1", PASS["J1"], pin=PIN["J1"])
    assert _registered(ctx) == {}


def test_a_missing_key_file_is_told(ctx: AppContext) -> None:
    ensure_juror_key(ctx, DEMO_SESSION, "J1", PASS["J1"], pin=PIN["J1"])
    key_paths(ctx, DEMO_SESSION, "J1")[0].unlink()
    with pytest.raises(InvalidInput, match="introuvable"):
        ensure_juror_key(ctx, DEMO_SESSION, "J1", PASS["J1"], pin=PIN["J1"])


# --- signing and verifying ------------------------------------------------------------------


@pytest.fixture
def lead(closed_copy: Callable[[str], AppContext]) -> AppContext:
    """The session lead's laptop: the demo session worked through, every deliberation closed."""
    return closed_copy("lead")


def _pv(ctx: AppContext, clock: FakeClock) -> Path:
    return generate_pv(ctx, DEMO_SESSION, clock=clock)


def test_each_juror_signs_and_the_report_verifies(lead: AppContext, clock: FakeClock) -> None:
    pv = _pv(lead, clock)
    unsigned = verify_report(lead, pv, None)
    assert not unsigned.all_ok and unsigned.session_id == DEMO_SESSION
    assert [f.juror_ref for f in unsigned.empty_fields] == ["J1", "J2"]
    first = sign_report(lead, DEMO_SESSION, pv, "J1", PASS["J1"], clock, pin=PIN["J1"])
    assert first.key_created and first.field_name == pv_signature_field_name(1)
    assert first.signer_name == NAMES["J1"] and first.remaining_jurors == (NAMES["J2"],)
    assert first.signed_at == clock.now()
    half = verify_report(lead, pv, None)
    assert not half.all_ok
    assert half.problems == (f"signature manquante : {NAMES['J2']} ({pv_signature_field_name(2)})",)
    clock.advance(120)
    second = sign_report(lead, DEMO_SESSION, pv, "J2", PASS["J2"], clock, pin=PIN["J2"])
    assert second.remaining_jurors == ()

    result = verify_report(lead, pv, DEMO_SESSION)
    assert result.all_ok, result.problems
    assert [(s.juror_ref, s.registered) for s in result.signers] == [("J1", True), ("J2", True)]
    assert [s.signature.signing_time for s in result.signers] == [first.signed_at, second.signed_at]
    assert result.empty_fields == ()
    # The first signature certifies the document; the second approves it.
    assert [s.signature.certifies for s in result.signers] == [True, False]
    doc = session_document(lead, DEMO_SESSION)
    for sig in verify_pdf(pv.read_bytes()).signatures:
        assert sig.reason == f"Procès-verbal de délibération — {doc.title}"
        assert sig.location == doc.centre


def test_a_juror_signs_once_and_a_wrong_passphrase_changes_nothing(lead: AppContext, clock: FakeClock) -> None:
    pv = _pv(lead, clock)
    ensure_juror_key(lead, DEMO_SESSION, "J2", PASS["J2"], pin=PIN["J2"])
    before = pv.read_bytes()
    with pytest.raises(InvalidInput, match="phrase secrète incorrecte"):
        sign_report(lead, DEMO_SESSION, pv, "J2", "pas la bonne phrase", clock, pin=PIN["J2"])
    assert pv.read_bytes() == before
    sign_report(lead, DEMO_SESSION, pv, "J1", PASS["J1"], clock, pin=PIN["J1"])
    signed = pv.read_bytes()
    with pytest.raises(InvalidInput, match="a déjà signé"):
        sign_report(lead, DEMO_SESSION, pv, "J1", PASS["J1"], clock, pin=PIN["J1"])
    assert pv.read_bytes() == signed


def _refusal(ctx: AppContext, pdf: Path, clock: FakeClock) -> str:
    before = pdf.read_bytes()
    with pytest.raises(InvalidInput) as refused:
        sign_report(ctx, DEMO_SESSION, pdf, "J1", PASS["J1"], clock, pin=PIN["J1"])
    assert pdf.read_bytes() == before  # nothing written
    return " ".join(p.message for p in refused.value.problems)


def test_only_a_pv_this_session_generated_is_signed(lead: AppContext, clock: FakeClock, tmp_path: Path) -> None:
    assert "n'est pas un procès-verbal généré" in _refusal(lead, make_pv(tmp_path / "fait-main.pdf"), clock)
    grid = write_grid_pdf(lead, DEMO_SESSION, "C01", tmp_path / "grilles.pdf", clock=clock)
    assert "n'est pas un procès-verbal généré" in _refusal(lead, grid, clock)
    # The PV edited by hand before anyone signed (a decision turned around): not the PV generated.
    pv = _pv(lead, clock)
    edited = tmp_path / "pv-modifie.pdf"
    data = bytearray(pv.read_bytes())
    at = data.index(b"/Producer")
    data[at + 12] ^= 0x01
    edited.write_bytes(bytes(data))
    assert "pas l'un de ceux que cet ordinateur a générés" in _refusal(lead, edited, clock)
    # Something appended after generation that is not a signature.
    appended = tmp_path / "pv-ajout.pdf"
    appended.write_bytes(_with_annotation(pv.read_bytes()))
    assert "autrement que par des signatures" in _refusal(lead, appended, clock)
    assert juror_key_info(lead, DEMO_SESSION, "J1") is None  # nothing made for a refused file


def test_a_pv_made_while_a_deliberation_was_open_is_not_signed(
    title_data: Path, tmp_path: Path, clock: FakeClock
) -> None:
    folder = tmp_path / "ouverte"
    shutil.copytree(title_data, folder)
    ctx = AppContext(resolve(folder))
    try:
        pv = _pv(ctx, clock)  # C03's deliberation is still open
        assert "délibération était ouverte" in _refusal(ctx, pv, clock)
        assert "PROJET" in " ".join(PdfReader(pv).pages[0].extract_text().split())
    finally:
        ctx.close()


def test_a_pv_superseded_by_a_later_change_is_not_signed_nor_verified(lead: AppContext, clock: FakeClock) -> None:
    pv = _pv(lead, clock)
    sign_report(lead, DEMO_SESSION, pv, "J1", PASS["J1"], clock, pin=PIN["J1"])
    copy = pv.with_name("copie.pdf")
    shutil.copyfile(pv, copy)
    deliberation_close.reopen_deliberation(lead, DEMO_SESSION, "C02", "J1", "Motif du titre à reprendre", clock)
    assert "la délibération a changé" in _refusal(lead, copy, clock)
    result = verify_report(lead, copy, DEMO_SESSION)
    assert not result.all_ok and any("remplacé" in p for p in result.problems)
    # Closed again as it was: still a change (a reopening), the PV stays replaced.
    clock.advance(60)
    present = [j.ref for j in jury_step.jury_step_state(lead, DEMO_SESSION, "C02").jurors]
    jury_step.open_jury_step(lead, DEMO_SESSION, "C02", "J1", present, clock)
    deliberation_close.close_deliberation(lead, DEMO_SESSION, "C02", "J1", clock)
    assert "la délibération a changé" in _refusal(lead, copy, clock)
    # A new PV is generated: the old copy is now « remplacé » by it.
    generate_pv(lead, DEMO_SESSION, replace_signed=True, clock=clock)
    assert "plus récent a été généré" in _refusal(lead, copy, clock)


def _with_annotation(pdf: bytes) -> bytes:
    """The PDF with a text annotation over its first page, added as an incremental update (what a
    reader's « comment » tool does)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    annot = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
            generic.NameObject("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in (300, 600, 500, 640)]),
            generic.NameObject("/Contents"): generic.TextStringObject("CCP3 : Acquis"),
            generic.NameObject("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g"),
        }
    )
    ref = writer.add_object(annot)
    page_ref = writer.find_page_for_modification(0)[0]
    page = page_ref.get_object()
    annots = page.get("/Annots")
    page["/Annots"] = generic.ArrayObject([*(annots if annots is not None else []), ref])
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _pdfsig(path: Path) -> str:
    return subprocess.run(["pdfsig", "-nocert", str(path)], capture_output=True, text=True, check=False).stdout


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils (pdfsig) absent")
def test_an_annotation_after_signing_breaks_the_certification(lead: AppContext, clock: FakeClock) -> None:
    pv = _pv(lead, clock)
    for ref in ("J1", "J2"):
        sign_report(lead, DEMO_SESSION, pv, ref, PASS[ref], clock, pin=PIN[ref])
    genuine = _pdfsig(pv)
    assert genuine.count("Signature is Valid.") == 2
    assert genuine.count("- Total document signed") == 1  # the last signature covers the whole file
    overlaid = pv.with_name("pv-annote.pdf")
    overlaid.write_bytes(_with_annotation(pv.read_bytes()))
    # pyHanko: the certification (DocMDP, form filling only) is broken for every signature.
    report = verify_pdf(overlaid.read_bytes())
    assert not report.all_valid
    assert all(not s.modifications_ok and s.modification_level == "other" for s in report.signatures)
    result = verify_report(lead, overlaid, DEMO_SESSION)
    assert not result.all_ok and any("autrement que par" in p for p in result.problems)
    # pdfsig (poppler 22) checks each signed byte range, not DocMDP: each range still hashes right,
    # but it tells that no signature covers the whole document any more.
    tampered = _pdfsig(overlaid)
    assert tampered.count("Signature is Valid.") == 2
    assert "- Total document signed" not in tampered
    assert tampered.count("Not total document signed") == 2


# --- handwritten signature ------------------------------------------------------------------


def test_the_handwritten_signature_is_kept_and_replaced(ctx: AppContext, clock: FakeClock) -> None:
    assert handwritten_signature(ctx, DEMO_SESSION, "J1") is None
    save_handwritten_signature(ctx, DEMO_SESSION, "J1", [[[0.1, 0.5], [0.4, 0.2], [1.7, -0.3]]], clock)
    assert handwritten_signature(ctx, DEMO_SESSION, "J1") == [[[0.1, 0.5], [0.4, 0.2], [1.0, 0.0]]]
    first = clock.now()
    clock.advance(90)
    save_handwritten_signature(ctx, DEMO_SESSION, "J1", [[[0.2, 0.2], [0.3, 0.3]], [[0.5, 0.5]]], clock)
    assert handwritten_signature(ctx, DEMO_SESSION, "J1") == [[[0.2, 0.2], [0.3, 0.3]], [[0.5, 0.5]]]
    with ctx.database.reader() as orm:
        [row] = orm.scalars(select(db.HandwrittenSignature)).all()
        assert row.drawn_at == clock.now() != first  # when it was drawn again, by the app's clock
    assert handwritten_signature(ctx, DEMO_SESSION, "J2") is None


@pytest.mark.parametrize(
    "strokes",
    [[], [[[0.5, 0.5]]], [[[0.1, "x"]]], "trait", [[[0.1, 0.2, 0.3]]], [[[float("nan"), 0.2], [0.1, 0.1]]]],
)
def test_an_empty_or_malformed_drawing_is_refused(ctx: AppContext, strokes: object, clock: FakeClock) -> None:
    with pytest.raises(InvalidInput):
        save_handwritten_signature(ctx, DEMO_SESSION, "J1", strokes, clock)
    assert handwritten_signature(ctx, DEMO_SESSION, "J1") is None


def test_a_drawing_for_an_unknown_juror_is_refused(ctx: AppContext, clock: FakeClock) -> None:
    with pytest.raises(InvalidInput, match="juré inconnu"):
        save_handwritten_signature(ctx, DEMO_SESSION, "J9", [[[0.1, 0.1], [0.2, 0.2]]], clock)


# --- the commands ---------------------------------------------------------------------------


def _cli(ctx: AppContext, *args: str) -> int:
    return run(["--data-dir", str(ctx.paths.root), "report", *args])


def test_cli_sign_then_verify(
    lead: AppContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pv = _pv(lead, clock)
    monkeypatch.setenv("JURY_APP_PASSPHRASE", PASS["J1"])
    monkeypatch.setenv("JURY_APP_PIN", PIN["J1"])
    assert _cli(lead, "sign", str(pv), "--juror", "J1", "--session", DEMO_SESSION) == 0
    out = capsys.readouterr().out
    assert f"Signé par {NAMES['J1']} (champ SignatureJure01)" in out and "Reste à signer : Karim Benali." in out
    # Half signed: not complete, exit 1 with the reason.
    assert _cli(lead, "verify", str(pv)) == 1
    captured = capsys.readouterr()
    assert "signature manquante : Karim Benali (SignatureJure02)" in captured.out
    assert "n'est pas complet et valide" in captured.err

    monkeypatch.setenv("JURY_APP_PASSPHRASE", PASS["J2"])

    monkeypatch.setenv("JURY_APP_PIN", PIN["J2"])
    assert _cli(lead, "sign", str(pv), "--juror", "J2") == 0
    assert "Tous les jurés ont signé." in capsys.readouterr().out
    assert _cli(lead, "verify", str(pv), "--session", DEMO_SESSION) == 0
    out = capsys.readouterr().out
    assert out.count("valide : oui ; intacte : oui") == 2
    assert "certificat enregistré pour le juré J1 : oui" in out and "certificat enregistré pour le juré J2 : oui" in out
    assert "Champs non signés : aucun" in out and "procès-verbal complet et valide" in out

    tampered = pv.with_name("pv-modifie.pdf")
    tampered.write_bytes(pv.read_bytes() + b"\n% ajout\n")
    assert _cli(lead, "verify", str(tampered)) == 1
    assert "modifié après la dernière signature" in capsys.readouterr().out


def test_cli_exit_codes_for_bad_input(
    lead: AppContext,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pv = _pv(lead, clock)
    monkeypatch.setenv("JURY_APP_PASSPHRASE", PASS["J1"])
    monkeypatch.setenv("JURY_APP_PIN", PIN["J1"])
    assert _cli(lead, "sign", str(pv), "--juror", "J1") == 0
    monkeypatch.setenv("JURY_APP_PASSPHRASE", "pas la bonne phrase")
    assert _cli(lead, "sign", str(pv), "--juror", "J1") == 2  # already signed
    assert _cli(lead, "sign", str(make_pv(tmp_path / "autre.pdf")), "--juror", "J1") == 2  # not the PV
    assert "n'est pas un procès-verbal généré" in capsys.readouterr().err
    assert _cli(lead, "sign", str(pv), "--juror", "J9") == 2
    not_pdf = tmp_path / "texte.pdf"
    not_pdf.write_text("bonjour", encoding="utf-8")
    assert _cli(lead, "verify", str(not_pdf)) == 2
    assert _cli(lead, "verify", str(tmp_path / "absent.pdf")) == 2
    unsigned = make_pv(tmp_path / "vierge.pdf")
    assert _cli(lead, "verify", str(unsigned), "--session", DEMO_SESSION) == 1
    assert "aucune signature" in capsys.readouterr().out


def test_cli_sign_without_passphrase_nor_terminal_stops(
    lead: AppContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pv = _pv(lead, clock)
    monkeypatch.delenv("JURY_APP_PASSPHRASE", raising=False)
    monkeypatch.setenv("JURY_APP_PIN", PIN["J1"])
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    before = pv.read_bytes()
    assert _cli(lead, "sign", str(pv), "--juror", "J1") == 2
    assert "JURY_APP_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.delenv("JURY_APP_PIN")
    assert _cli(lead, "sign", str(pv), "--juror", "J1") == 2
    assert "JURY_APP_PIN" in capsys.readouterr().err
    assert pv.read_bytes() == before


def test_cli_sign_prompts_without_echo_on_a_terminal(
    lead: AppContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import getpass

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return PIN["J1"] if prompt.startswith("Code personnel") else PASS["J1"]

    pv = _pv(lead, clock)
    monkeypatch.delenv("JURY_APP_PASSPHRASE", raising=False)
    monkeypatch.delenv("JURY_APP_PIN", raising=False)
    monkeypatch.setattr(sys, "stdin", Terminal(""))
    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    assert _cli(lead, "sign", str(pv), "--juror", "J1") == 0
    assert len(prompts) == 3  # the PIN, then the passphrase on first use: chosen, then confirmed
    assert "ne pourra pas être retrouvée" in capsys.readouterr().err


# --- signing across laptops ---------------------------------------------------------------------


def test_a_pv_signed_on_two_laptops_verifies_at_the_lead(
    closed_copy: Callable[[str], AppContext],
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Three data folders: the lead's, Martine Roussel's laptop and Karim Benali's. The PV travels as a
    « PV à faire signer » file; each juror signs on their own laptop with their own key; the lead
    takes it back, confirms each juror's certificate, and the PV verifies there — and anywhere with
    the certificates file."""
    lead, laptop1, laptop2 = closed_copy("lead"), closed_copy("martine"), closed_copy("karim")
    request = tmp_path / "usb" / "pv-a-signer.jurypv"
    request.parent.mkdir()
    assert _cli(lead, "pv-request", "--out", str(request)) == 0
    assert "Procès-verbal à faire signer" in capsys.readouterr().out

    # Martine signs on her laptop.
    monkeypatch.setenv("JURY_APP_PASSPHRASE", PASS["J1"])
    monkeypatch.setenv("JURY_APP_PIN", PIN["J1"])
    assert _cli(laptop1, "sign", str(request), "--juror", "J1") == 0
    assert "Reste à signer : Karim Benali." in capsys.readouterr().out
    # Karim cannot sign with Martine's field, nor Martine twice.
    monkeypatch.setenv("JURY_APP_PASSPHRASE", PASS["J1"])
    monkeypatch.setenv("JURY_APP_PIN", PIN["J1"])
    assert _cli(laptop1, "sign", str(request), "--juror", "J1") == 2
    capsys.readouterr()

    # Back at the lead: Martine's certificate is new here, so it is confirmed first.
    assert _cli(lead, "pv-import", str(request)) == 2
    assert "premier certificat de Martine Roussel" in capsys.readouterr().err
    martine = verify_pdf(read_request(request.read_bytes(), "t")[0]).signatures[0].fingerprint
    assert _cli(lead, "pv-import", str(request), "--trust", martine[:16]) == 0
    out = capsys.readouterr().out
    assert "reste à signer : Karim Benali" in out and "Certificat de Martine Roussel enregistré" in out

    # The next request carries Martine's signature; Karim signs it on his laptop.
    second = tmp_path / "usb" / "pv-a-signer-2.jurypv"
    assert _cli(lead, "pv-request", "--out", str(second)) == 0
    monkeypatch.setenv("JURY_APP_PASSPHRASE", PASS["J2"])
    monkeypatch.setenv("JURY_APP_PIN", PIN["J2"])
    assert _cli(laptop2, "sign", str(second), "--juror", "J2") == 0
    assert "Tous les jurés ont signé." in capsys.readouterr().out
    karim = verify_pdf(read_request(second.read_bytes(), "t")[0]).signatures[1].fingerprint
    assert _cli(lead, "pv-import", str(second), "--trust", karim) == 0
    assert "procès-verbal complet" in capsys.readouterr().out

    stored = lead.paths.session_pv(DEMO_SESSION)
    assert _cli(lead, "verify", str(stored)) == 0
    assert "procès-verbal complet et valide" in capsys.readouterr().out
    signed = verify_pdf(stored.read_bytes()).signatures
    assert [s.signer_name for s in signed] == [NAMES["J1"], NAMES["J2"]]
    # Each juror's handwritten strokes came with the stamp drawn on their own laptop.

    # Elsewhere (a records office, no session): with the certificates file, complete; without, told.
    office = AppContext(resolve(tmp_path / "bureau"))
    certs = lead.paths.session_reports(DEMO_SESSION) / "proces-verbal-certificats.json"
    assert certs.is_file()
    assert _cli(office, "verify", str(stored), "--certs", str(certs)) == 0
    assert _cli(office, "verify", str(stored)) == 1
    assert "absente de cet ordinateur" in capsys.readouterr().out
    office.close()
    # The signed PV and its certificates go into the session's archive with the grids.
    archive = export_archive(
        lead, DEMO_SESSION, tmp_path / "archive.zip", lead_passphrase="phrase du responsable", clock=clock
    )
    # Both the archive and the data folder find the signed PV agreeing with the audit trail it sealed.
    assert any("procès-verbal signé" in line for line in check_archive(lead, archive.path, clock=clock).checked)
    assert any("procès-verbal signé" in line for line in verify_audit(lead, DEMO_SESSION, clock=clock).checked)
    with zipfile.ZipFile(archive.path) as z:
        names = z.namelist()
        pv_member = next(n for n in names if n.endswith("proces-verbal.pdf"))
        assert z.read(pv_member) == stored.read_bytes()
        assert any(n.endswith("proces-verbal-certificats.json") for n in names)
    # The archive itself gives the certificates where the session is absent.
    office = AppContext(resolve(tmp_path / "bureau"))
    try:
        assert _cli(office, "verify", str(stored), "--certs", str(archive.path)) == 0
        assert "procès-verbal complet et valide" in capsys.readouterr().out
    finally:
        office.close()


def test_a_received_pv_is_checked_before_signing(
    closed_copy: Callable[[str], AppContext], clock: FakeClock, tmp_path: Path
) -> None:
    lead, laptop = closed_copy("lead"), closed_copy("laptop")
    request = pv_request(lead, DEMO_SESSION, tmp_path / "pv.jurypv", clock=clock)
    # A juror whose key here is not the one the lead registered for them is refused.
    ensure_juror_key(lead, DEMO_SESSION, "J2", PASS["J2"], pin=PIN["J2"])
    request = pv_request(lead, DEMO_SESSION, tmp_path / "pv.jurypv", clock=clock)
    before = request.read_bytes()
    with pytest.raises(InvalidInput, match="n'est pas celle que le responsable de session a enregistrée"):
        sign_report(laptop, DEMO_SESSION, request, "J2", PASS["J2"], clock, pin=PIN["J2"])
    assert request.read_bytes() == before
    # A PV altered inside the request is refused.
    pdf, certs = read_request(before, "test")
    altered = tmp_path / "altere.jurypv"
    altered.write_bytes(request_zip(_with_annotation(pdf), certs))
    with pytest.raises(InvalidInput, match="autrement que par des signatures"):
        sign_report(laptop, DEMO_SESSION, altered, "J1", PASS["J1"], clock, pin=PIN["J1"])
    # A request for a PV made while a deliberation was open cannot be made at all.
    deliberation_close.reopen_deliberation(lead, DEMO_SESSION, "C01", "J1", "Un motif à revoir", clock)
    with pytest.raises(InvalidInput, match="délibération était ouverte"):
        pv_request(lead, DEMO_SESSION, tmp_path / "autre.jurypv", clock=clock)


def test_a_pv_signed_on_a_copy_that_lacks_the_leads_signatures_is_refused(
    closed_copy: Callable[[str], AppContext], clock: FakeClock, tmp_path: Path
) -> None:
    lead, laptop = closed_copy("lead"), closed_copy("laptop")
    request = pv_request(lead, DEMO_SESSION, tmp_path / "pv.jurypv", clock=clock)
    sign_report(lead, DEMO_SESSION, lead.paths.session_pv(DEMO_SESSION), "J1", PASS["J1"], clock, pin=PIN["J1"])
    sign_report(laptop, DEMO_SESSION, request, "J2", PASS["J2"], clock, pin=PIN["J2"])
    fp = verify_pdf(read_request(request.read_bytes(), "t")[0]).signatures[0].fingerprint
    with pytest.raises(InvalidInput, match="signé sur une autre copie"):
        pv_import(lead, request, trusted_fingerprints=frozenset({fp}), clock=clock)


def test_a_pv_signed_with_a_key_not_registered_for_the_juror_does_not_verify(
    closed_copy: Callable[[str], AppContext],
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A key made on another laptop in the name of a juror, once the lead has registered that
    juror's own: the signature is genuine, but not the juror's; the lead's laptop says so."""
    lead, laptop = closed_copy("lead"), closed_copy("autre")
    request = pv_request(lead, DEMO_SESSION, tmp_path / "pv.jurypv", clock=clock)
    ensure_juror_key(lead, DEMO_SESSION, "J1", PASS["J1"], pin=PIN["J1"])  # Martine's own, at the lead
    sign_report(laptop, DEMO_SESSION, request, "J1", "une autre phrase", clock, pin=PIN["J1"])
    signed = tmp_path / "pv-signe.pdf"
    signed.write_bytes(read_request(request.read_bytes(), "t")[0])
    result = verify_report(lead, signed, DEMO_SESSION)
    assert [(s.juror_ref, s.registered) for s in result.signers] == [("J1", False)]
    assert f"ce certificat n'est pas celui enregistré pour {NAMES['J1']}" in " ".join(result.problems)
    assert _cli(lead, "verify", str(signed)) == 1
    capsys.readouterr()
    with pytest.raises(InvalidInput, match="n'est pas celui enregistré"):
        pv_import(lead, request, clock=clock)
    # Elsewhere with the certificates the lead exports now: still not Martine's.
    certs = tmp_path / "certificats.json"
    with zipfile.ZipFile(pv_request(lead, DEMO_SESSION, tmp_path / "pv2.jurypv", clock=clock)) as z:
        certs.write_bytes(z.read(CERTIFICATES_MEMBER))
    office = AppContext(resolve(tmp_path / "bureau"))
    try:
        assert _cli(office, "verify", str(signed), "--certs", str(certs)) == 1
        assert "n'est pas celui enregistré" in capsys.readouterr().out
    finally:
        office.close()


def test_a_request_signed_with_keys_made_anywhere_does_not_vouch_for_itself(
    closed_copy: Callable[[str], AppContext], clock: FakeClock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Keys made on a laptop in the jurors' names sign the request, which then carries their
    certificates: checked where the session is absent, the file alone proves nothing."""
    lead, forger = closed_copy("lead"), closed_copy("faussaire")
    request = pv_request(lead, DEMO_SESSION, tmp_path / "pv.jurypv", clock=clock)
    for ref in ("J1", "J2"):
        sign_report(forger, DEMO_SESSION, request, ref, f"fausse {PASS[ref]}", clock, pin=PIN[ref])
    office = AppContext(resolve(tmp_path / "bureau"))
    try:
        assert _cli(office, "verify", str(request)) == 1
        assert "ce fichier porte ses propres certificats" in capsys.readouterr().out
        # With the lead's certificates file (the jurors' genuine keys registered there): not theirs.
        for ref in ("J1", "J2"):
            ensure_juror_key(lead, DEMO_SESSION, ref, PASS[ref], pin=PIN[ref])
        certs = tmp_path / "certificats.json"
        with zipfile.ZipFile(pv_request(lead, DEMO_SESSION, tmp_path / "pv2.jurypv", clock=clock)) as z:
            certs.write_bytes(z.read(CERTIFICATES_MEMBER))
        assert _cli(office, "verify", str(request), "--certs", str(certs)) == 1
        assert capsys.readouterr().out.count("n'est pas celui enregistré") == 2
    finally:
        office.close()
