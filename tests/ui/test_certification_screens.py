"""The juror's screens for an RNCP certification: a modality on documents opens the candidate's
documents instead of a timer, a timed modality tells the duration the session set, the deliberation
speaks of blocs and of « la certification », and the jury may order a complementary evaluation."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jury_app.actions import deliberation, jury_step, packages
from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey
from jury_app.actions.jurors import declare
from jury_app.demo.package import write_demo_package
from jury_app.domain.clock import FakeClock
from jury_app.domain.codes import TITLE
from jury_app.paths import resolve
from jury_app.ui.deliberation.deliberation_screen import DeliberationScreen
from jury_app.ui.modality import ModalityScreen

CTP = "DEMO-RNCP35635"
CHI = "DEMO-RNCP35667"


@pytest.fixture
def ctx(tmp_path: Path) -> Any:
    context = AppContext(resolve(tmp_path / "data"))
    for code in ("RNCP35667", "RNCP35635"):
        packages.import_(context, write_demo_package(tmp_path / f"{code}.zip", code))
    yield context
    context.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 12, 14, 8, 0, tzinfo=UTC))


def _modality(
    ctx: AppContext, clock: FakeClock, qtbot: QtBot, session: str, candidate: str, modality: str
) -> ModalityScreen:
    declare(ctx, session, candidate, "J1", has_link=False)
    screen = ModalityScreen(ctx, GridKey(session, candidate, modality, "J1"), clock, rng=random.Random(7))
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_a_modality_on_documents_opens_them_instead_of_a_timer(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> None:
    screen = _modality(ctx, clock, qtbot, CHI, "C01", "bc01-note-de-synthese")
    opened: list[Path] = []
    screen.document_panel.open_file = lambda path: opened.append(path) or True
    assert not screen.timer_panel.isVisible() and screen.document_panel.isVisible()
    assert screen.document_panel.title_label.text() == "Modalité évaluée sur document"
    (button,) = screen.document_panel.buttons
    assert button.text() == "Ouvrir : Note de synthèse — Léa Fontaine"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [p.suffix for p in opened] == [".pdf"] and opened[0].read_bytes().startswith(b"%PDF")
    assert screen.document_panel.missing_label.text() == "Documents attendus : Note de synthèse"
    # Nine competences without criteria: each judged directly.
    assert len(screen.checklist.boxes) == 9 and screen.checklist.rows == {}
    keys = screen.footer.shortcuts_label.full_text()  # no clock, no phase on a document
    assert keys.startswith("1 acquise · 2 non acquise") and "F5" not in keys and "phase" not in keys


def test_a_timed_modality_tells_the_duration_set_for_the_session(
    ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    screen = _modality(ctx, clock, qtbot, CHI, "C01", "bc02-etude-de-cas")
    panel = screen.timer_panel
    assert panel.isVisible() and not screen.document_panel.isVisible()
    assert panel.countdown.text() == "1:30:00"
    assert panel._phase_rows[0][1].text() == "1:30:00 · fixée pour la session"
    assert panel.start_button.isEnabled()


def test_the_open_phases_of_the_tp_cip_count_down_together(tmp_path: Path, clock: FakeClock, qtbot: QtBot) -> None:
    context = AppContext(resolve(tmp_path / "tp"))
    try:
        packages.import_(context, write_demo_package(tmp_path / "tp.zip"))
        screen = _modality(context, clock, qtbot, "DEMO-CIP-2026-11", "C01", "et")
        rows = [duration.text() for _title, duration in screen.timer_panel._phase_rows]
        assert rows == ["20:00", "20:00 en commun", "20:00 en commun"]
        assert "partagent le temps restant" in screen.timer_panel._phase_rows[1][1].toolTip()
    finally:
        context.close()


def test_the_deliberation_speaks_of_blocs_and_orders_a_complementary_evaluation(
    ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    jury_step.open_jury_step(ctx, CTP, "C02", "J1", ["J1", "J2"], clock, early=True)  # the jury sits
    screen = DeliberationScreen(ctx, CTP, "J1", clock)
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=2000)
    assert screen.select_candidate("C02")
    rows = screen.decisions.decision_rows
    assert list(rows) == ["BC01", "BC02", "BC03", "BC04", TITLE]
    title = rows[TITLE]
    assert title.title.text().startswith("Certification : Conseiller en transition professionnelle")
    items = [title.combo.itemText(i) for i in range(title.combo.count())]
    assert items == ["—", "Délivrée", "Non délivrée", "Évaluation complémentaire"]
    assert "La certification est proposée délivrée quand tous les blocs de compétences sont acquis" in (
        title.proposal.toolTip()
    )
    title.reason_edit.setText("Avis partagés sur le bloc 3")
    index = title.combo.findText("Évaluation complémentaire")
    title.combo.setCurrentIndex(index)
    title.combo.activated.emit(index)
    view = deliberation.deliberation_view(ctx, CTP, "C02")
    assert view.title is not None and view.title.complementary
    assert view.title.reason == "Avis partagés sur le bloc 3"
    assert (
        screen.decisions.note.text()
        == "ℹ Un candidat qui échoue à la certification conserve les blocs de compétences acquis."
    )
