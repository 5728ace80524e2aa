"""Every main screen fits a 1280x720 and a 1366x768 screen, in French and English, with the system's
usual text and with larger text (14 pt): the window never asks to be bigger than the screen, and no
one-line text is cut without « … » (and the whole text in its tooltip)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from jury_app.actions import exam, grids
from jury_app.actions.context import AppContext
from jury_app.actions.jurors import declare
from jury_app.actions.packages import import_
from jury_app.domain.clock import FakeClock
from jury_app.paths import resolve
from jury_app.ui import i18n
from jury_app.ui.common.feedback import ElidedLabel
from jury_app.ui.deliberation.decisions_panel import DecisionsPanel
from jury_app.ui.main_window import MainWindow
from jury_app.ui.overview.closing_dialog import ClosingDialog
from tests.helpers import package_builder as builder

DEMO = "DEMO-CIP-2026-11"
SIZES = ((1280, 720), (1366, 768))


@pytest.fixture(params=[("fr", 10.0), ("en", 10.0), ("fr", 14.0), ("en", 14.0)], ids=lambda p: f"{p[0]}-{p[1]:g}pt")
def looks(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[tuple[str, float]]:
    language, points = request.param
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(points)
    qapp.setFont(font)
    i18n.install(qapp, language)
    yield language, points
    i18n.install(qapp, "fr")
    qapp.setFont(before)


def _clipped(screen: QWidget) -> list[str]:
    """One-line texts shown narrower than they are, without « … » and the whole text in a tooltip:
    labels, buttons (push buttons, check boxes, radio buttons), group titles and column headers."""
    return [*_clipped_labels(screen), *_clipped_buttons(screen), *_clipped_groups(screen), *_clipped_headers(screen)]


def _clipped_labels(screen: QWidget) -> list[str]:
    found = []
    for label in screen.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or isinstance(label, ElidedLabel) or not label.text():
            continue
        if label.textFormat().name == "RichText" or "<" in label.text():
            continue
        needed = label.fontMetrics().horizontalAdvance(label.text().split("\n")[0])
        if needed > label.contentsRect().width() + 1:
            found.append(f"{label.text()!r} ({needed} > {label.contentsRect().width()} px)")
    return found


def _clipped_buttons(screen: QWidget) -> list[str]:
    # A button draws its text whole only when it is as wide as its own size hint (text, icon, margins).
    found = []
    for button in screen.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text() or isinstance(button, QToolButton):
            continue
        needed = button.sizeHint().width()
        if needed > button.width() + 1:
            found.append(f"button {button.text()!r} ({needed} > {button.width()} px)")
    return found


def _clipped_groups(screen: QWidget) -> list[str]:
    found = []
    for group in screen.findChildren(QGroupBox):
        if not group.isVisible() or not group.title():
            continue
        needed = group.minimumSizeHint().width()  # Qt's own: the title, a space and the frame's margins
        if needed > group.width():
            found.append(f"group {group.title()!r} ({needed} > {group.width()} px)")
    return found


def _clipped_headers(screen: QWidget) -> list[str]:
    # A header cuts its text with « … » by itself; the whole text must then be in the section's tooltip.
    found = []
    for header in screen.findChildren(QHeaderView):
        model = header.model()
        if not header.isVisible() or model is None:
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
            if not text:
                continue
            needed = header.fontMetrics().horizontalAdvance(text.split("\n")[0]) + 12  # the section's margins
            size = header.sectionSize(section)
            if needed <= size:
                continue
            tip = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.ToolTipRole) or "")
            elides = header.textElideMode() != Qt.TextElideMode.ElideNone
            if not (elides and text in tip):
                found.append(f"column {text!r} ({needed} > {size} px, tooltip {tip!r})")
    return found


def _fits(qtbot: QtBot, win: MainWindow, where: str) -> None:
    for width, height in SIZES:
        win.resize(width, height)
        for _ in range(3):
            QApplication.processEvents()
        hint = win.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height, f"{where}: asks {hint.width()}x{hint.height()}"
        assert (win.width(), win.height()) == (width, height), f"{where}: grew to {win.width()}x{win.height()}"
        bar = win.statusBar()
        assert bar.isVisible() and bar.geometry().bottom() < height, f"{where}: status bar below the window"
        screen = win.stack.currentWidget()
        cut = _clipped(screen)
        assert cut == [], f"{where} at {width}x{height}: " + " | ".join(cut)


def _window(qtbot: QtBot, ctx: AppContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    def declare_no_link(parent: object, ctx: AppContext, sid: str, cand: str, juror: str) -> bool:
        declare(ctx, sid, cand, juror, has_link=False)
        return True

    monkeypatch.setattr("jury_app.ui.jurors.declaration_dialog.ask_declaration", declare_no_link)
    win = MainWindow(ctx, clock)
    qtbot.addWidget(win)
    win.resize(*SIZES[0])
    win.show()
    return win


def _log_in(win: MainWindow, session_id: str) -> None:
    win.open_session(session_id)
    win.login.pin.setText("2468")
    win.login.pin_again.setText("2468")
    win.login.lead.setText("phrase du responsable")
    win.login.ok.click()
    assert win.juror_ref == "J1", win.login.error.text()


def _under_way(ctx: AppContext, clock: FakeClock, key: grids.GridKey) -> None:
    exam.draw_scenario(ctx, key, clock)
    exam.start_modality(ctx, key, clock)
    clock.advance(15 * 60)
    exam.next_phase(ctx, key, clock)
    clock.advance(26 * 60)


def test_the_main_screens_fit_both_sizes(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, looks: tuple[str, float]
) -> None:
    ctx = AppContext(resolve(tmp_path / "data"))
    win = _window(qtbot, ctx, clock, monkeypatch)
    win.show_welcome()
    _fits(qtbot, win, "welcome")
    with qtbot.waitSignal(win.ready, timeout=30_000):
        win.open_demo()
    _fits(qtbot, win, "identification")
    _log_in(win, DEMO)
    for cand in ("C01", "C02"):
        declare(ctx, DEMO, cand, "J1", has_link=False)
    _under_way(ctx, clock, grids.GridKey(DEMO, "C02", "msp", "J1"))
    win.show_overview()
    _fits(qtbot, win, "overview")
    for cand, modality in (("C02", "msp"), ("C01", "qp"), ("C01", "ef")):
        win.open_modality(cand, modality)
        _fits(qtbot, win, f"{modality} of {cand}")
    win.show_deliberation("C01")
    _fits(qtbot, win, "deliberation")
    # The jury decides on what a competence says: its title keeps its first words, even at 14 pt.
    rows = win.stack.currentWidget().findChild(DecisionsPanel).common_rows.values()
    for row in rows:
        assert len(row.title.text().rstrip("…").strip()) >= 8, row.title.text()
    win.show_overview()
    dialog = ClosingDialog(ctx, DEMO, win)
    qtbot.addWidget(dialog)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= SIZES[0][0] and hint.height() <= SIZES[0][1]


def test_a_mock_session_fits_too(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, looks: tuple[str, float]
) -> None:
    # A mock session adds its banner above every screen: the window must not grow past the screen.
    manifest = builder.valid_manifest("BLANC-2026")
    manifest["session"]["kind"] = "mock"
    ctx = AppContext(resolve(tmp_path / "data"))
    import_(ctx, builder.write_package(tmp_path / "blanc.zip", manifest))
    win = _window(qtbot, ctx, clock, monkeypatch)
    _log_in(win, "BLANC-2026")
    assert win.mock_banner.isVisible()
    _fits(qtbot, win, "mock overview")
    win.open_modality("C1", "qp")
    _fits(qtbot, win, "mock modality")
    win.show_deliberation("C1")
    _fits(qtbot, win, "mock deliberation")


def test_the_check_finds_a_text_cut_without_an_ellipsis(qtbot: QtBot) -> None:
    panel = QWidget()
    qtbot.addWidget(panel)
    cut = QLabel("Phase 2/2 : Entretien d'accueil avec le comédien", panel)
    elided = ElidedLabel("Phase 2/2 : Entretien d'accueil avec le comédien", panel)
    for label in (cut, elided):
        label.setFixedWidth(120)
    panel.show()
    qtbot.waitExposed(panel)
    assert len(_clipped(panel)) == 1 and "Entretien" in _clipped(panel)[0]
    assert elided.text().endswith("…") and elided.toolTip() == elided.full_text()


def test_the_check_finds_buttons_groups_and_columns_cut(qtbot: QtBot) -> None:
    panel = QWidget()
    qtbot.addWidget(panel)
    button = QPushButton("Terminer la modalité et passer à la suivante", panel)
    button.setFixedWidth(90)
    group = QGroupBox("1. Jugement commun du jury par compétence", panel)
    group.setFixedWidth(90)
    group.move(0, 40)
    tree = QTreeWidget(panel)
    tree.setHeaderLabels(["Modalité › compétence › critère", "Martine Roussel"])
    tree.header().setStretchLastSection(False)
    tree.header().resizeSection(1, 40)
    tree.setGeometry(0, 120, 300, 100)
    panel.resize(400, 260)
    panel.show()
    qtbot.waitExposed(panel)
    found = _clipped(panel)
    assert any(f.startswith("button 'Terminer") for f in found), found
    assert any(f.startswith("group '1. Jugement") for f in found), found
    assert any(f.startswith("column 'Martine Roussel'") for f in found), found
    # Cut with « … » and whole in its tooltip, the column is fine.
    tree.header().setTextElideMode(Qt.TextElideMode.ElideRight)
    tree.headerItem().setToolTip(1, "Martine Roussel (J1)")
    assert not any(f.startswith("column 'Martine") for f in _clipped(panel))
