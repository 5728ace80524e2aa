"""Signing the procès-verbal of the demo session: jurors' keys registered in the session, each juror
signing in turn, the check against the registered certificates, and the `report sign|verify`
commands with their exit codes."""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from jury_app.actions.context import AppContext
from jury_app.actions.jurors import set_pin
from jury_app.actions.packages import import_
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
        set_pin(context, DEMO_SESSION, ref, pin)
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


def test_each_juror_signs_and_the_report_verifies(ctx: AppContext, pv: Path, clock: FakeClock) -> None:
    first = sign_report(ctx, DEMO_SESSION, pv, "J1", PASS["J1"], clock, pin=PIN["J1"])
    assert first.fields_added and first.key_created
    assert first.field_name == pv_signature_field_name(1)
    assert first.signer_name == NAMES["J1"]
    assert first.remaining_jurors == (NAMES["J2"],)
    assert first.signed_at == clock.now()
    clock.advance(120)
    second = sign_report(ctx, DEMO_SESSION, pv, "J2", PASS["J2"], clock, pin=PIN["J2"])
    assert not second.fields_added
    assert second.field_name == pv_signature_field_name(2)
    assert second.remaining_jurors == ()

    result = verify_report(ctx, pv, DEMO_SESSION)
    assert result.all_ok, result.problems
    assert result.problems == ()
    assert result.session_id == DEMO_SESSION
    assert [(s.juror_ref, s.registered, s.field_matches) for s in result.signers] == [
        ("J1", True, True),
        ("J2", True, True),
    ]
    assert [s.signature.signing_time for s in result.signers] == [first.signed_at, second.signed_at]
    assert result.empty_fields == ()
    assert not result.modified_after_last_signature
    # Without --session: the session whose registered certificates signed it.
    assert verify_report(ctx, pv, None).session_id == DEMO_SESSION

    doc = session_document(ctx, DEMO_SESSION)
    for sig in verify_pdf(pv.read_bytes()).signatures:
        assert sig.reason == f"Procès-verbal de délibération — {doc.title}"
        assert sig.location == doc.centre


def test_a_juror_signs_once(ctx: AppContext, pv: Path, clock: FakeClock) -> None:
    sign_report(ctx, DEMO_SESSION, pv, "J1", PASS["J1"], clock, pin=PIN["J1"])
    before = pv.read_bytes()
    with pytest.raises(InvalidInput, match="a déjà signé"):
        sign_report(ctx, DEMO_SESSION, pv, "J1", PASS["J1"], clock, pin=PIN["J1"])
    assert pv.read_bytes() == before


def test_a_wrong_passphrase_leaves_the_file_unsigned(ctx: AppContext, pv: Path, clock: FakeClock) -> None:
    ensure_juror_key(ctx, DEMO_SESSION, "J1", PASS["J1"], pin=PIN["J1"])
    before = pv.read_bytes()
    with pytest.raises(InvalidInput, match="phrase secrète incorrecte"):
        sign_report(ctx, DEMO_SESSION, pv, "J1", "pas la bonne phrase", clock, pin=PIN["J1"])
    assert pv.read_bytes() == before


def test_the_empty_fields_are_named_after_the_jurors(ctx: AppContext, pv: Path, clock: FakeClock) -> None:
    sign_report(ctx, DEMO_SESSION, pv, "J2", PASS["J2"], clock, pin=PIN["J2"])
    result = verify_report(ctx, pv, DEMO_SESSION)
    assert result.all_ok  # the missing signature is listed, not a failure
    assert [(f.field_name, f.juror_ref, f.juror_name) for f in result.empty_fields] == [
        (pv_signature_field_name(1), "J1", NAMES["J1"])
    ]


def test_a_key_not_registered_for_the_session_is_caught(
    ctx: AppContext, other_ctx: AppContext, pv: Path, clock: FakeClock
) -> None:
    # J1 signs on another laptop, with a key registered there only; J2 signs here.
    sign_report(other_ctx, DEMO_SESSION, pv, "J1", PASS["J1"], clock, pin=PIN["J1"])
    sign_report(ctx, DEMO_SESSION, pv, "J2", PASS["J2"], clock, pin=PIN["J2"])
    assert verify_pdf(pv.read_bytes()).all_valid  # cryptographically, both signatures hold

    here = verify_report(ctx, pv, DEMO_SESSION)
    assert not here.all_ok
    assert [(s.juror_ref, s.registered) for s in here.signers] == [(None, False), ("J2", True)]
    assert any("non enregistré" in p for p in here.problems)
    there = verify_report(other_ctx, pv, DEMO_SESSION)
    assert [(s.juror_ref, s.registered) for s in there.signers] == [("J1", True), (None, False)]
    assert not there.all_ok


def test_without_the_session_the_certificates_are_not_judged(
    ctx: AppContext, pv: Path, clock: FakeClock, tmp_path: Path
) -> None:
    sign_report(ctx, DEMO_SESSION, pv, "J1", PASS["J1"], clock, pin=PIN["J1"])
    elsewhere = AppContext(resolve(tmp_path / "empty"))
    result = verify_report(elsewhere, pv, None)
    assert result.session_id is None
    assert [s.registered for s in result.signers] == [None]
    assert result.all_ok
    assert not elsewhere.paths.database.exists()  # checking creates no data folder
    assert verify_report(ctx, pv, "AUTRE-SESSION").session_id is None


def test_a_tampered_report_is_not_signed_further(ctx: AppContext, pv: Path, clock: FakeClock) -> None:
    sign_report(ctx, DEMO_SESSION, pv, "J1", PASS["J1"], clock, pin=PIN["J1"])
    with pv.open("ab") as fh:
        fh.write(b"\n% ajout\n")
    result = verify_report(ctx, pv, DEMO_SESSION)
    assert not result.all_ok and result.modified_after_last_signature
    with pytest.raises(InvalidInput, match="ne signez pas"):
        sign_report(ctx, DEMO_SESSION, pv, "J2", PASS["J2"], clock, pin=PIN["J2"])


def test_missing_or_non_pdf_files_are_refused(ctx: AppContext, tmp_path: Path, clock: FakeClock) -> None:
    with pytest.raises(InvalidInput, match="introuvable"):
        verify_report(ctx, tmp_path / "absent.pdf", DEMO_SESSION)
    text = tmp_path / "notes.pdf"
    text.write_text("pas un PDF", encoding="utf-8")
    with pytest.raises(InvalidInput, match="pas un PDF"):
        sign_report(ctx, DEMO_SESSION, text, "J1", PASS["J1"], clock, pin=PIN["J1"])
    assert juror_key_info(ctx, DEMO_SESSION, "J1") is None  # nothing made for a refused file


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
    ctx: AppContext, pv: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for ref in ("J1", "J2"):
        monkeypatch.setenv("JURY_APP_PASSPHRASE", PASS[ref])
        monkeypatch.setenv("JURY_APP_PIN", PIN[ref])
        assert _cli(ctx, "sign", str(pv), "--juror", ref, "--session", DEMO_SESSION) == 0
    out = capsys.readouterr().out
    assert f"Signé par {NAMES['J1']} (champ SignatureJure01)" in out
    assert "Reste à signer : Karim Benali." in out
    assert "Tous les jurés ont signé." in out

    assert _cli(ctx, "verify", str(pv), "--session", DEMO_SESSION) == 0
    out = capsys.readouterr().out
    assert "Martine Roussel — champ SignatureJure01" in out
    assert "Karim Benali — champ SignatureJure02" in out
    assert out.count("valide : oui ; intacte : oui") == 2
    assert "certificat enregistré pour le juré J1 : oui" in out
    assert "certificat enregistré pour le juré J2 : oui" in out
    assert "Champs non signés : aucun" in out

    tampered = pv.with_name("pv-modifie.pdf")
    tampered.write_bytes(pv.read_bytes() + b"\n% ajout\n")
    assert _cli(ctx, "verify", str(tampered), "--session", DEMO_SESSION) == 2
    captured = capsys.readouterr()
    assert "modifié après la dernière signature" in captured.out
    assert "erreur :" in captured.err


def test_cli_verify_flags_an_unregistered_signer(
    ctx: AppContext, other_ctx: AppContext, pv: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    sign_report(other_ctx, DEMO_SESSION, pv, "J1", PASS["J1"], clock, pin=PIN["J1"])
    assert _cli(ctx, "verify", str(pv), "--session", DEMO_SESSION) == 2
    assert f"certificat enregistré pour un juré de la session {DEMO_SESSION} : non" in capsys.readouterr().out
    assert _cli(other_ctx, "verify", str(pv), "--session", DEMO_SESSION) == 0


def test_cli_sign_without_passphrase_nor_terminal_stops(
    ctx: AppContext, pv: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("JURY_APP_PASSPHRASE", raising=False)
    monkeypatch.setenv("JURY_APP_PIN", PIN["J1"])
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    before = pv.read_bytes()
    assert _cli(ctx, "sign", str(pv), "--juror", "J1") == 2
    assert "JURY_APP_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.delenv("JURY_APP_PIN")
    assert _cli(ctx, "sign", str(pv), "--juror", "J1") == 2
    assert "JURY_APP_PIN" in capsys.readouterr().err
    assert pv.read_bytes() == before


def test_cli_sign_prompts_without_echo_on_a_terminal(
    ctx: AppContext, pv: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import getpass

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return PIN["J1"] if prompt.startswith("Code personnel") else PASS["J1"]

    monkeypatch.delenv("JURY_APP_PASSPHRASE", raising=False)
    monkeypatch.delenv("JURY_APP_PIN", raising=False)
    monkeypatch.setattr(sys, "stdin", Terminal(""))
    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    assert _cli(ctx, "sign", str(pv), "--juror", "J1") == 0
    assert prompts[0] == "Code personnel de J1 : "
    assert len(prompts) == 3  # the PIN; first use: the passphrase chosen, then confirmed
    assert "ne pourra pas être retrouvée" in capsys.readouterr().err


def test_cli_exit_codes_for_bad_input(
    ctx: AppContext, pv: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("JURY_APP_PASSPHRASE", PASS["J1"])
    monkeypatch.setenv("JURY_APP_PIN", PIN["J1"])
    assert _cli(ctx, "sign", str(pv), "--juror", "J1") == 0
    monkeypatch.setenv("JURY_APP_PASSPHRASE", "pas la bonne phrase")
    assert _cli(ctx, "sign", str(pv), "--juror", "J1") == 2  # already signed
    assert _cli(ctx, "sign", str(make_pv(tmp_path / "autre.pdf")), "--juror", "J1") == 2  # wrong passphrase
    assert "phrase secrète incorrecte" in capsys.readouterr().err
    assert _cli(ctx, "sign", str(pv), "--juror", "J9") == 2
    not_pdf = tmp_path / "texte.pdf"
    not_pdf.write_text("bonjour", encoding="utf-8")
    assert _cli(ctx, "verify", str(not_pdf)) == 2
    assert _cli(ctx, "verify", str(tmp_path / "absent.pdf")) == 2
    unsigned = make_pv(tmp_path / "vierge.pdf")
    assert _cli(ctx, "verify", str(unsigned)) == 2  # no signature: nothing vouches for it
    assert "aucune signature" in capsys.readouterr().out


def test_a_juror_cannot_sign_nor_make_a_key_in_another_jurors_name(
    ctx: AppContext, pv: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the tester did on a shared laptop: J1 runs `report sign --juror J2` with a passphrase of
    their choice. Refused without J2's PIN; no key is made for J2, who then signs as usual."""
    before = pv.read_bytes()
    monkeypatch.setenv("JURY_APP_PASSPHRASE", "la phrase choisie par J1")
    for pin in (PIN["J1"], "0000", ""):
        monkeypatch.setenv("JURY_APP_PIN", pin or "x")
        assert _cli(ctx, "sign", str(pv), "--juror", "J2") == 2
        assert "code personnel incorrect pour Karim Benali" in capsys.readouterr().err
        with pytest.raises(InvalidInput, match="code personnel incorrect"):
            sign_report(ctx, DEMO_SESSION, pv, "J2", "la phrase choisie par J1", clock, pin=pin)
    assert juror_key_info(ctx, DEMO_SESSION, "J2") is None
    assert not key_paths(ctx, DEMO_SESSION, "J2")[0].exists()
    assert pv.read_bytes() == before
    # The real J2 is not locked out: their PIN, their own passphrase.
    result = sign_report(ctx, DEMO_SESSION, pv, "J2", PASS["J2"], clock, pin=PIN["J2"])
    assert result.key_created and result.signer_name == "Karim Benali"


def test_a_juror_without_a_pin_here_cannot_have_a_key_made(tmp_path: Path, demo_package: Path) -> None:
    bare = AppContext(resolve(tmp_path / "bare"))
    try:
        import_(bare, demo_package)
        with pytest.raises(InvalidInput, match="n'a pas encore de code personnel sur cet ordinateur"):
            ensure_juror_key(bare, DEMO_SESSION, "J1", PASS["J1"], pin="1111")
        assert juror_key_info(bare, DEMO_SESSION, "J1") is None
    finally:
        bare.close()
