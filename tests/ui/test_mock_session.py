"""A mock session ("examen blanc") says so on every screen, and the trainer's controls appear."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from pytestqt.qtbot import QtBot

from jury_app.actions.context import AppContext
from jury_app.actions.jurors import declare
from jury_app.actions.packages import import_
from jury_app.domain.clock import FakeClock
from jury_app.paths import resolve
from jury_app.ui.main_window import MainWindow
from jury_app.ui.modality.modality_screen import ModalityScreen

MOCK = "BLANC-CIP-2026-11"


def _mock_package(demo_package: Path, out: Path) -> Path:
    with zipfile.ZipFile(demo_package) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        manifest = json.loads(src.read("manifest.json"))
        manifest["session"]["id"] = MOCK
        manifest["session"]["kind"] = "mock"
        manifest["session"]["title"] = "Examen blanc CIP"
        dst.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
        for info in src.infolist():
            if info.filename != "manifest.json":
                dst.writestr(info.filename, src.read(info.filename))
    return out


def _mock_window(qtbot: QtBot, tmp_path: Path, demo_package: Path, clock: FakeClock) -> tuple[AppContext, MainWindow]:
    ctx = AppContext(resolve(tmp_path / "data"))
    import_(ctx, _mock_package(demo_package, tmp_path / "blanc.zip"))
    win = MainWindow(ctx, clock)
    qtbot.addWidget(win)
    win.show()
    win.open_session(MOCK)
    return ctx, win


def test_examen_blanc_everywhere(qtbot: QtBot, tmp_path: Path, demo_package: Path, clock: FakeClock) -> None:
    ctx, win = _mock_window(qtbot, tmp_path, demo_package, clock)
    assert win.mock_banner.isVisible() and "EXAMEN BLANC" in win.mock_banner.text()
    win._logged_in("J1", "Martine Roussel")
    assert win.overview.title.text().startswith("EXAMEN BLANC")
    assert win.overview.speed.isVisible() and win.overview.reset_button.isVisible()
    declare(ctx, MOCK, "C01", "J1", has_link=False)
    win.open_modality("C01", "qp")
    screen = win.stack.currentWidget()
    assert isinstance(screen, ModalityScreen)
    assert screen.run.mock
    assert win.mock_banner.isVisible()  # above every screen of the window
    ctx.close()


def test_a_trainer_is_never_asked_to_declare_and_sees_the_speed_in_force(
    qtbot: QtBot, tmp_path: Path, demo_package: Path, clock: FakeClock
) -> None:
    from jury_app.actions.exam import set_timer_speed
    from jury_app.actions.jurors import declarations
    from jury_app.ui.jurors.declaration_dialog import MOCK_NOTE

    ctx, win = _mock_window(qtbot, tmp_path, demo_package, clock)
    win._logged_in("J1", "Martine Roussel")
    assert win.overview.speed.value() == 1.0  # the speed in force, not the spin box's minimum
    set_timer_speed(ctx, MOCK, 4)
    win.overview.refresh()
    assert win.overview.speed.value() == 4.0 and "×4" in win.overview.speed.toolTip()
    # No dialog: the trainer evaluates their own cohort; the rehearsal's declaration says so.
    win.open_modality("C02", "qp")
    assert isinstance(win.stack.currentWidget(), ModalityScreen)
    decl = declarations(ctx, MOCK)[("C02", "J1")]
    assert (decl.has_link, decl.note) == (False, MOCK_NOTE)
    ctx.close()
