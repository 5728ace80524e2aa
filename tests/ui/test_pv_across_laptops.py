"""Signing the PV across laptops in the GUI: the lead writes « PV à faire signer », each juror opens
it on their own laptop (Documents › Signer un procès-verbal reçu), reads its pages and signs with
their passphrase, and the lead imports it back, confirming each juror's first certificate."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.signing import verify_report
from jury_app.domain.clock import FakeClock
from jury_app.reports.pv_request import read_request
from jury_app.reports.signing import verify_pdf
from jury_app.ui.main_window import MainWindow
from tests.helpers.jury_day import PINS

SID = "DEMO-CIP-2026-11"
PASS = {"J1": "phrase de Martine", "J2": "phrase de Karim"}


def _window(qtbot: QtBot, ctx: AppContext, clock: FakeClock, juror: str) -> MainWindow:
    win = MainWindow(ctx, clock)
    qtbot.addWidget(win)
    win.open_session(SID)
    win._logged_in(juror, juror)
    return win


def test_a_pv_signed_on_each_jurors_laptop_comes_back_complete(
    qtbot: QtBot,
    closed_copy: Callable[[str], AppContext],
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from jury_app.ui.signature import received_pv_dialog

    lead, laptops = closed_copy("lead"), {"J1": closed_copy("martine"), "J2": closed_copy("karim")}
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a, **k: told.append(f"{title}: {text}"))
    asked: list[str] = []

    def yes(_parent: object, title: str, text: str, *_a: object, **_k: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)

    def typed_from_the_jurors_laptop(
        _parent: object, _title: str, text: str, *_a: object, **_k: object
    ) -> tuple[str, bool]:
        asked.append(text)
        pdf = read_request(request.read_bytes(), "t")[0]
        return verify_pdf(pdf).signatures[-1].fingerprint[:16], True  # read on the juror's screen

    monkeypatch.setattr(QInputDialog, "getText", typed_from_the_jurors_laptop)
    request = tmp_path / "cle-usb" / "pv-a-signer.jurypv"
    request.parent.mkdir()
    shown_pages: list[int] = []

    def sign_in_dialog(dialog: received_pv_dialog.ReceivedPvDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        shown_pages.append(len(dialog.pages))
        assert dialog.drawn(0) and not dialog.drawn(len(dialog.pages) - 1)  # drawn as they come into view
        bar = dialog.page_view.verticalScrollBar()
        bar.setValue(bar.maximum())  # the juror scrolls to the boxes
        assert dialog.drawn(len(dialog.pages) - 1)
        assert not dialog.drawn(0)  # far behind: its pixels let go
        bar.setValue(0)
        assert dialog.drawn(0)
        bar.setValue(bar.maximum())
        dialog.fields.pin.setText(PINS[dialog.juror_ref])
        dialog.passphrase.setText(PASS[dialog.juror_ref])
        dialog.confirm.setText(PASS[dialog.juror_ref])  # first use on this laptop
        assert dialog.sign(), dialog.message.text()
        assert "Rapportez ce fichier" in dialog.message.text()
        assert dialog.drawn(len(dialog.pages) - 1)  # drawn again, with the juror's stamp
        return 1

    monkeypatch.setattr(received_pv_dialog.ReceivedPvDialog, "exec", sign_in_dialog)
    for juror in ("J1", "J2"):
        # The lead writes the request (with the signatures gathered so far)...
        lead_win = _window(qtbot, lead, clock, "J1")
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(request), ""))
        lead_win.documents.request_pv()
        assert request.is_file() and told[-1].startswith("Procès-verbal à faire signer")
        # ...the juror signs it on their laptop...
        juror_win = _window(qtbot, laptops[juror], clock, juror)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(request), ""))
        juror_win.documents.sign_received_pv()
        # ...and the lead takes it back, confirming the juror's first certificate.
        lead_win.documents.import_signed_pv()
        assert told[-1].startswith("Procès-verbal importé")
        clock.advance(300)

    assert shown_pages == [4, 4]  # every page read before signing
    assert len(asked) == 2 and all("Premier certificat" in a for a in asked)
    assert "procès-verbal complet" in told[-1]
    result = verify_report(lead, lead.paths.session_pv(SID), None)
    assert result.all_ok, result.problems
    assert [s.juror_ref for s in result.signers] == ["J1", "J2"]
