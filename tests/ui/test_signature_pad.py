"""The signature pad and the signing dialogs: drawing with the mouse, strokes kept in 0..1, clearing,
saving the handwritten signature, and signing the procès-verbal with a passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.pv_files import generate_pv
from jury_app.actions.signing import handwritten_signature, juror_key_info, verify_report
from jury_app.domain.clock import FakeClock
from jury_app.reports.strokes import SIGNATURE_ASPECT
from jury_app.ui.signature.sign_dialog import HandwrittenSignatureDialog, SignReportDialog
from jury_app.ui.signature.signature_pad import SignaturePad
from tests.helpers.jury_day import close_the_demo_session

DEMO_SESSION = "DEMO-CIP-2026-11"


def _at(pad: SignaturePad, x: float, y: float) -> QPoint:
    """The widget point at (x, y) of the pad's drawing area (0..1, may go outside)."""
    area = pad.drawing_rect()
    return QPoint(round(area.left() + x * area.width()), round(area.top() + y * area.height()))


def draw(qtbot: QtBot, pad: SignaturePad, points: list[tuple[float, float]]) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=_at(pad, *points[0]))
    for point in points[1:]:
        qtbot.mouseMove(pad, _at(pad, *point))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=_at(pad, *points[-1]))


@pytest.fixture
def pad(qtbot: QtBot) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_drawing_keeps_strokes_normalised(qtbot: QtBot, pad: SignaturePad) -> None:
    assert pad.is_empty() and pad.strokes() == []
    area = pad.drawing_rect()
    assert area.width() / area.height() == pytest.approx(SIGNATURE_ASPECT, rel=0.01)
    with qtbot.waitSignal(pad.changed, timeout=1000):
        draw(qtbot, pad, [(0.1, 0.6), (0.3, 0.2), (0.5, 0.7), (0.8, 0.3)])
    (stroke,) = pad.strokes()
    assert len(stroke) == 4
    expected = [(0.1, 0.6), (0.3, 0.2), (0.5, 0.7), (0.8, 0.3)]
    tolerance = 1.5 / area.height()  # a pixel or so of rounding
    for (x, y), (ex, ey) in zip(stroke, expected, strict=True):
        assert x == pytest.approx(ex, abs=tolerance) and y == pytest.approx(ey, abs=tolerance)
    assert not pad.is_empty()

    draw(qtbot, pad, [(0.9, 0.9), (1.4, 1.3), (-0.2, -0.5)])  # out of the box: kept at its edges
    assert len(pad.strokes()) == 2
    assert pad.strokes()[1][1:] == [[1.0, 1.0], [0.0, 0.0]]
    assert all(0.0 <= c <= 1.0 for s in pad.strokes() for p in s for c in p)


def test_a_resized_pad_keeps_the_drawing(qtbot: QtBot, pad: SignaturePad) -> None:
    draw(qtbot, pad, [(0.2, 0.5), (0.6, 0.5)])
    before = pad.strokes()
    pad.resize(900, 500)
    assert pad.strokes() == before
    draw(qtbot, pad, [(0.2, 0.8), (0.6, 0.8)])
    second = pad.strokes()[1]
    assert second[0] == pytest.approx([0.2, 0.8], abs=0.01)


def test_the_clear_button_empties_the_pad(qtbot: QtBot, pad: SignaturePad) -> None:
    draw(qtbot, pad, [(0.2, 0.5), (0.6, 0.5)])
    assert pad.clear_button.text() == "Effacer"
    with qtbot.waitSignal(pad.changed, timeout=1000):
        qtbot.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert pad.strokes() == [] and pad.is_empty()


def test_set_strokes_shows_a_saved_drawing(pad: SignaturePad) -> None:
    pad.set_strokes([[[0.1, 0.1], [0.5, 1.2]]])
    assert pad.strokes() == [[[0.1, 0.1], [0.5, 1.0]]]
    pad.set_strokes(None)
    assert pad.is_empty()
    assert pad.accessibleName() == "Zone de signature manuscrite"
    assert pad.grab().width() > 0  # paints without error, empty or not


def test_the_dialog_saves_the_handwritten_signature(qtbot: QtBot, ctx: AppContext, clock: FakeClock) -> None:
    dialog = HandwrittenSignatureDialog(ctx, DEMO_SESSION, "J1", clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "Martine Roussel" in dialog.windowTitle()
    assert not dialog.save_button.isEnabled()  # nothing drawn yet
    draw(qtbot, dialog.pad, [(0.1, 0.7), (0.25, 0.3), (0.4, 0.7), (0.55, 0.3)])
    draw(qtbot, dialog.pad, [(0.6, 0.6), (0.9, 0.6)])
    assert dialog.save_button.isEnabled()
    drawn = dialog.pad.strokes()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved and dialog.result() == QDialog.DialogCode.Accepted
    assert handwritten_signature(ctx, DEMO_SESSION, "J1") == drawn

    again = HandwrittenSignatureDialog(ctx, DEMO_SESSION, "J1", clock)
    qtbot.addWidget(again)
    assert again.pad.strokes() == drawn  # shown again, to redraw if wished
    again.pad.clear()
    draw(qtbot, again.pad, [(0.3, 0.3), (0.7, 0.7)])
    assert again.save()
    assert handwritten_signature(ctx, DEMO_SESSION, "J1") == again.pad.strokes()


def _pv(ctx: AppContext, clock: FakeClock) -> Path:
    """The session's PV, generated once every deliberation is closed; each juror's PIN chosen."""
    from jury_app.actions.jurors import set_pin

    close_the_demo_session(ctx, DEMO_SESSION)
    for ref, pin in (("J1", "1111"), ("J2", "2222")):
        set_pin(ctx, DEMO_SESSION, ref, pin, lead_passphrase="phrase du responsable")
    return generate_pv(ctx, DEMO_SESSION, clock=clock)


def test_sign_report_dialog_first_use_then_signed(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, tmp_path: Path
) -> None:
    pv = _pv(ctx, clock)
    dialog = SignReportDialog(ctx, DEMO_SESSION, "J1", pv, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.first_use and dialog.confirm.isVisible()
    assert "ne pourra pas être retrouvée" in dialog.hint.text()
    assert dialog.focusWidget() is dialog.fields.pin  # the PIN first, asked again to sign
    qtbot.keyClicks(dialog.fields.pin, "2222")  # not J1's
    qtbot.keyClicks(dialog.passphrase, "phrase de Martine")
    qtbot.keyClicks(dialog.confirm, "phrase de Martine")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.result_info is None and "code personnel incorrect" in dialog.message.text()
    assert juror_key_info(ctx, DEMO_SESSION, "J1") is None
    dialog.fields.clear()
    qtbot.keyClicks(dialog.fields.pin, "1111")
    qtbot.keyClicks(dialog.passphrase, "phrase de Martine")
    qtbot.keyClicks(dialog.confirm, "phrase de Martin")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.result_info is None and "diffèrent" in dialog.message.text()
    assert juror_key_info(ctx, DEMO_SESSION, "J1") is None

    dialog.confirm.setText("phrase de Martine")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.result_info is not None, dialog.message.text()
    assert "Martine Roussel" in dialog.message.text()
    assert "Karim Benali" in dialog.message.text()  # still to sign
    assert not dialog.sign_button.isEnabled() and dialog.passphrase.text() == "" and dialog.fields.pin.text() == ""
    result = verify_report(ctx, pv, DEMO_SESSION)
    assert [s.juror_ref for s in result.signers] == ["J1"] and result.signers[0].ok
    assert result.problems == ("signature manquante : Karim Benali (SignatureJure02)",)


def test_sign_report_dialog_refuses_a_wrong_passphrase(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, tmp_path: Path
) -> None:
    from jury_app.actions.signing import ensure_juror_key

    pv = _pv(ctx, clock)
    ensure_juror_key(ctx, DEMO_SESSION, "J2", "phrase de Karim", pin="2222")
    dialog = SignReportDialog(ctx, DEMO_SESSION, "J2", pv, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.first_use and not dialog.confirm.isVisible()
    dialog.fields.pin.setText("2222")
    dialog.passphrase.setText("mauvaise phrase")
    assert not dialog.sign()
    assert "phrase secrète incorrecte" in dialog.message.text()
    dialog.passphrase.setText("phrase de Karim")
    assert dialog.sign()
    assert "Tous les jurés ont signé" not in dialog.message.text()
    assert verify_report(ctx, pv, DEMO_SESSION).signers[0].juror_ref == "J2"


def test_a_juror_without_a_drawing_here_may_draw_it_before_signing(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    pv = _pv(ctx, clock)
    dialog = SignReportDialog(ctx, DEMO_SESSION, "J1", pv, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Aucune signature manuscrite" in dialog.drawing_label.text()

    def drawn_by_the_juror(pad_dialog: HandwrittenSignatureDialog) -> int:
        pad_dialog.pad.set_strokes([[[0.1, 0.6], [0.3, 0.2], [0.5, 0.7]], [[0.6, 0.5], [0.9, 0.4]]])
        assert pad_dialog.save()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(HandwrittenSignatureDialog, "exec", drawn_by_the_juror)
    qtbot.mouseClick(dialog.draw_button, Qt.MouseButton.LeftButton)
    assert "figurera dans votre cadre" in dialog.drawing_label.text()
    assert handwritten_signature(ctx, DEMO_SESSION, "J1") is not None
    dialog.fields.pin.setText("1111")
    dialog.passphrase.setText("phrase de Martine")
    dialog.confirm.setText("phrase de Martine")
    assert dialog.sign(), dialog.message.text()
