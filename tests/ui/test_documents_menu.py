"""The Documents menu on a deliberated demo session: the PV generated, signed by both jurors in
the app, verified; grids and results written where the user chose."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.deliberation_close import reopen_deliberation
from jury_app.actions.signing import verify_report
from jury_app.demo.session import complete_demo
from jury_app.domain.clock import FakeClock
from jury_app.paths import resolve
from jury_app.ui.main_window import MainWindow
from tests.helpers.jury_day import close_the_demo_session

SID = "DEMO-CIP-2026-11"


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo") / "data"
    ctx = AppContext(resolve(root))
    complete_demo(ctx)
    ctx.close()
    return root


def test_pv_signed_by_both_jurors_from_the_menu(
    qtbot: QtBot, demo_root: Path, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from jury_app.actions.jurors import set_pin
    from jury_app.ui.signature import sign_dialog

    ctx = AppContext(resolve(demo_root))
    win = MainWindow(ctx, clock)
    qtbot.addWidget(win)
    win.open_session(SID)
    opened: list[Path] = []
    win.documents.open_file = opened.append
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    # Each juror signs in turn through the real dialog (PIN and passphrase typed in its fields).
    def sign_as(juror: str, passphrase: str) -> None:
        set_pin(ctx, SID, juror, "2468", lead_passphrase="phrase du responsable")
        win._logged_in(juror, juror)

        def fill_and_accept(dialog: sign_dialog.SignReportDialog) -> int:
            dialog.fields.pin.setText("2468")
            dialog.passphrase.setText(passphrase)
            dialog.confirm.setText(passphrase)  # asked on first use only
            assert dialog.sign()
            return 1

        monkeypatch.setattr(sign_dialog.SignReportDialog, "exec", fill_and_accept)
        win.documents.sign_pv()

    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a, **k: told.append((title, text)))
    sign_as("J1", "phrase-secrete-un")
    win.documents.verify_pv()  # half signed: told what is missing, once
    title, text = told[-1]
    assert title == "Signatures à vérifier"
    assert text.count("Karim Benali") == 1 and "signature manquante : Karim Benali" in text
    sign_as("J2", "phrase-secrete-deux")
    win.documents.verify_pv()
    title, text = told[-1]
    assert title == "Signatures valides" and "procès-verbal est complet et valide" in text
    pv = win.documents.pv_path(SID)
    result = verify_report(ctx, pv, SID)
    assert result.all_ok, result.problems
    assert [s.juror_ref for s in result.signers] == ["J1", "J2"]

    # Grids and results go where the user chose.
    out = tmp_path / "grilles.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getItem", lambda *a, **k: ("C01 — Camille Lefèvre", True))
    win.documents.grid_pdf()
    assert out.read_bytes().startswith(b"%PDF") and opened[-1] == out
    csv = tmp_path / "resultats.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(csv), ""))
    win.documents.results("csv")
    assert "LEFÈVRE" in csv.read_text(encoding="utf-8-sig").upper()
    ctx.close()


def test_regenerating_a_signed_pv_asks_first(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from jury_app.actions.jurors import set_pin
    from jury_app.actions.pv_files import generate_pv
    from jury_app.actions.signing import sign_report

    close_the_demo_session(ctx, SID)
    pv = generate_pv(ctx, SID, clock=clock)
    set_pin(ctx, SID, "J1", "1111", lead_passphrase="phrase du responsable")
    sign_report(ctx, SID, pv, "J1", "phrase-secrete-un", clock, pin="1111")
    signed = pv.read_bytes()
    win = MainWindow(ctx, clock)
    qtbot.addWidget(win)
    win.open_session(SID)
    win._logged_in("J1", "J1")
    # While the deliberations stand, the signed PV is the one in force: generating it asks nothing.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    assert win.documents.generate_pv() == pv and pv.read_bytes() == signed
    reopen_deliberation(ctx, SID, "C01", "J1", "Motif du CCP3 à préciser", clock)
    win = MainWindow(ctx, clock)
    qtbot.addWidget(win)
    win.open_session(SID)
    win._logged_in("J1", "J1")
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> None:
        def question(_parent: object, title: str, *_a: object, **_k: object) -> QMessageBox.StandardButton:
            asked.append(title)
            return reply

        monkeypatch.setattr(QMessageBox, "question", question)

    answer(QMessageBox.StandardButton.No)
    assert win.documents.generate_pv() is None
    assert asked == ["Procès-verbal déjà signé"] and pv.read_bytes() == signed

    answer(QMessageBox.StandardButton.Yes)
    assert win.documents.generate_pv() == pv
    assert verify_report(ctx, pv, SID).signers == ()
    assert [p.read_bytes() for p in pv.parent.glob("proces-verbal-remplace-*.pdf")] == [signed]
