"""Documents › Vérifier les signatures in English: a signature missing and a PV the deliberation
no longer matches are told in English; test_documents_menu sees them in French, as `report verify`
prints them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.deliberation_close import reopen_deliberation
from jury_app.actions.jurors import set_pin
from jury_app.actions.pv_files import generate_pv
from jury_app.actions.signing import sign_report, verify_report
from jury_app.domain.clock import FakeClock
from jury_app.ui.main_window import MainWindow
from tests.helpers.english import french_in
from tests.helpers.jury_day import close_the_demo_session

SID = "DEMO-CIP-2026-11"


def test_what_the_signatures_check_finds_in_english(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, english: None
) -> None:
    close_the_demo_session(ctx, SID)
    pv = generate_pv(ctx, SID, clock=clock)
    set_pin(ctx, SID, "J1", "1111", lead_passphrase="phrase du responsable")
    sign_report(ctx, SID, pv, "J1", "phrase-secrete-un", clock, pin="1111")
    win = MainWindow(ctx, clock)
    qtbot.addWidget(win)
    win.open_session(SID)
    win._logged_in("J1", "J1")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _title, text, *a, **k: told.append(text))

    win.documents.verify_pv()
    assert "missing signature: Karim Benali (SignatureJure02)" in told[-1], told[-1]
    assert french_in(told[-1]) == [], told[-1]
    assert "signature manquante : Karim Benali (SignatureJure02)" in verify_report(ctx, pv, SID).problems

    reopen_deliberation(ctx, SID, "C01", "J1", "Motif du CCP3 à préciser", clock)
    win.documents.verify_pv()
    assert "the deliberation has changed since this procès-verbal was generated" in told[-1], told[-1]
    assert french_in(told[-1]) == [], told[-1]
