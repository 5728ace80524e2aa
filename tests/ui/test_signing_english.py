"""The signing dialog in English: a wrong PIN, a wrong passphrase, a passphrase too short and a key
missing from this laptop are told in English; the French tests (test_signature_pad) see the same
refusals in French, as the command line prints them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.jurors import set_pin
from jury_app.actions.pv_files import generate_pv
from jury_app.actions.signing import ensure_juror_key, juror_key_info
from jury_app.domain.clock import FakeClock
from jury_app.ui.signature.sign_dialog import SignReportDialog
from tests.helpers.english import french_in
from tests.helpers.jury_day import close_the_demo_session

SID = "DEMO-CIP-2026-11"


@pytest.fixture
def pv(ctx: AppContext, clock: FakeClock) -> Path:
    close_the_demo_session(ctx, SID)
    for ref, pin in (("J1", "1111"), ("J2", "2222")):
        set_pin(ctx, SID, ref, pin, lead_passphrase="phrase du responsable")
    return generate_pv(ctx, SID, clock=clock)


def _dialog(qtbot: QtBot, ctx: AppContext, clock: FakeClock, pv: Path, juror: str) -> SignReportDialog:
    dialog = SignReportDialog(ctx, SID, juror, pv, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _refused(dialog: SignReportDialog) -> str:
    assert not dialog.sign()
    told = dialog.message.text()
    assert french_in(told) == [], told
    return told


def test_signing_refusals_in_english(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, pv: Path, english: None
) -> None:
    first = _dialog(qtbot, ctx, clock, pv, "J1")
    first.fields.pin.setText("2222")  # not J1's
    first.passphrase.setText("phrase de Martine")
    first.confirm.setText("phrase de Martine")
    assert "Martine Roussel" in _refused(first) and juror_key_info(ctx, SID, "J1") is None
    first.fields.pin.setText("1111")
    first.passphrase.setText("court")
    first.confirm.setText("court")
    assert "the passphrase must be at least 8 characters long" in _refused(first)
    assert juror_key_info(ctx, SID, "J1") is None

    ensure_juror_key(ctx, SID, "J2", "phrase de Karim", pin="2222")
    dialog = _dialog(qtbot, ctx, clock, pv, "J2")
    dialog.fields.pin.setText("2222")
    dialog.passphrase.setText("mauvaise phrase")
    assert "wrong passphrase" in _refused(dialog)

    key = juror_key_info(ctx, SID, "J2")
    assert key is not None
    key.key_path.unlink()  # the key file gone from this laptop (another laptop's, or deleted)
    dialog.passphrase.setText("phrase de Karim")
    assert "this juror's private key cannot be found on this computer" in _refused(dialog)


def test_a_missing_key_in_french(qtbot: QtBot, ctx: AppContext, clock: FakeClock, pv: Path) -> None:
    ensure_juror_key(ctx, SID, "J2", "phrase de Karim", pin="2222").key_path.unlink()
    dialog = _dialog(qtbot, ctx, clock, pv, "J2")
    dialog.fields.pin.setText("2222")
    dialog.passphrase.setText("phrase de Karim")
    assert not dialog.sign()
    assert "la clé privée de ce juré est introuvable sur cet ordinateur" in dialog.message.text()
