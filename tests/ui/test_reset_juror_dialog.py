"""The session lead resets a juror's PIN and key from the Jury menu: the dialog, driven with qtbot."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from jury_app.actions import jurors
from jury_app.actions.context import AppContext
from jury_app.actions.signing import ensure_juror_key, juror_key_info
from jury_app.domain.clock import FakeClock
from jury_app.ui.jurors.reset_dialog import ResetJurorDialog
from jury_app.ui.main_window import MainWindow

SID = "DEMO-CIP-2026-11"


def test_the_lead_resets_a_jurors_pin_and_key(qtbot: QtBot, ctx: AppContext, clock: FakeClock) -> None:
    jurors.set_pin(ctx, SID, "J2", "2222", lead_passphrase="phrase du responsable")
    key = ensure_juror_key(ctx, SID, "J2", "phrase de Karim", pin="2222")
    win = MainWindow(ctx, clock)
    qtbot.addWidget(win)
    win.open_session(SID)
    assert win.results.reset_action.isEnabled()

    dialog = ResetJurorDialog(ctx, SID, clock, win)
    qtbot.addWidget(dialog)
    assert [dialog.juror.itemText(i) for i in range(dialog.juror.count())] == [
        "J1 — Martine Roussel (ni code ni clé)",
        "J2 — Karim Benali (code, clé)",
    ]
    # The lead's key was made when the lead confirmed Karim's first PIN: its passphrase is asked once.
    assert not dialog.lead_first_use and dialog.confirm.isHidden()
    dialog.juror.setCurrentIndex(1)
    qtbot.keyClicks(dialog.passphrase, "phrase du responsable")
    assert not dialog.reset()  # no reason given
    assert "raison" in dialog.message.text() and jurors.verify_pin(ctx, SID, "J2", "2222")

    dialog.reason.setPlainText("Karim a oublié sa phrase secrète")
    qtbot.keyClicks(dialog.passphrase, "phrase du responsable")
    assert dialog.reset()
    info = dialog.result_info
    assert info is not None and info.revoked_fingerprint == key.fingerprint and info.had_pin
    assert "Karim Benali : code et clé retirés de cet ordinateur" in dialog.message.text()
    assert info.lead_fingerprint in dialog.message.text()
    assert not jurors.verify_pin(ctx, SID, "J2", "2222") and juror_key_info(ctx, SID, "J2") is None
    assert dialog.confirm.isHidden()  # the lead's key exists now: asked once from now on
