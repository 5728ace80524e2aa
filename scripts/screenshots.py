"""Renders the main screens on the demo session into docs/screenshots/ (for the README).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]
    JURY_APP_LANG=en QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py docs/screenshots/en

Everything is driven through the real widgets and actions, on a throwaway data folder, with a
fixed clock so the pictures are the same from one run to the next.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from jury_app.actions import exam, grids, jurors
from jury_app.actions.context import AppContext
from jury_app.demo.session import open_demo_session
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import Mark
from jury_app.paths import resolve
from jury_app.ui import i18n
from jury_app.ui.app import make_application
from jury_app.ui.main_window import MainWindow
from jury_app.ui.overview.closing_dialog import ClosingDialog

SID = "DEMO-CIP-2026-11"


def save(widget: QWidget, out: Path, name: str) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(out / name), "PNG")
    print(out / name)


def prepare(ctx: AppContext, clock: FakeClock) -> None:
    """A morning in progress: C01 done on the mise en situation and the technical interview (J1's
    grid of it begun only), C02 under way, C04 absent."""
    for juror in ("J1", "J2"):
        jurors.set_pin(ctx, SID, juror, "1234", lead_passphrase="phrase du responsable")
        for cand in ("C01", "C02", "C03"):
            jurors.declare(ctx, SID, cand, juror, has_link=False)
    rng = random.Random(3)
    c01 = grids.GridKey(SID, "C01", "msp", "J1")
    exam.draw_scenario(ctx, c01, clock, witness="Nathalie Berthier", rng=rng)
    exam.start_modality(ctx, c01, clock)
    clock.advance(15 * 60)
    exam.next_phase(ctx, c01, clock)
    clock.advance(30 * 60)
    exam.finish_modality(ctx, c01, clock)
    for juror in ("J1", "J2"):
        key = grids.GridKey(SID, "C01", "msp", juror)
        for comp in grids.grid_view(ctx, key).competences:
            for i, crit in enumerate(comp.criteria):
                mark = Mark.NOT_SATISFIED if (juror == "J2" and i == 1) else Mark.SATISFIED
                grids.set_mark(ctx, key, crit.id, mark, clock)
            assert comp.competence is not None
            judgement = grids.grid_view(ctx, key).competences[0].suggested
            grids.set_judgement(ctx, key, comp.competence.id, judgement, clock)
    # C01's technical interview taken, J1's grid begun only: « Passée, grille incomplète ».
    et = grids.GridKey(SID, "C01", "et", "J1")
    exam.start_modality(ctx, et, clock)
    clock.advance(10 * 60)
    exam.finish_modality(ctx, et, clock)
    for crit in [c for comp in grids.grid_view(ctx, et).competences for c in comp.criteria][:3]:
        grids.set_mark(ctx, et, crit.id, Mark.SATISFIED, clock)
    key = grids.GridKey(SID, "C02", "msp", "J1")
    exam.draw_scenario(ctx, key, clock, rng=rng)
    exam.start_modality(ctx, key, clock)
    clock.advance(15 * 60)
    exam.next_phase(ctx, key, clock)
    clock.advance(26 * 60 + 12)
    crits = [c for comp in grids.grid_view(ctx, key).competences for c in comp.criteria]
    for crit, mark in zip(
        crits[:6],
        [Mark.SATISFIED, Mark.SATISFIED, Mark.NOT_OBSERVED, Mark.SATISFIED, Mark.NOT_SATISFIED, Mark.SATISFIED],
        strict=True,
    ):
        grids.set_mark(ctx, key, crit.id, mark, clock)
    grids.add_note(
        ctx,
        key,
        "Reformule bien la demande ; oublie de présenter l'offre de services de la structure.",
        "Entretien 08:40",
        clock,
    )
    exam.mark_absent(ctx, SID, "C04", "J1", clock, "ne s'est pas présenté à 9 h")


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    language = os.environ.get("JURY_APP_LANG", "fr")
    app = make_application()
    i18n.install(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext(resolve(Path(tmp) / "data"))
        clock = FakeClock(datetime(2026, 12, 7, 7, 30, tzinfo=UTC))
        open_demo_session(ctx)
        window = MainWindow(ctx, clock)
        window.resize(1280, 720)
        window.show()
        window.show_welcome()
        save(window, out, "welcome.png")
        window.open_session(SID)
        save(window, out, "juror.png")
        prepare(ctx, clock)
        window._logged_in("J1", "Martine Roussel")
        save(window, out, "overview.png")
        window.open_modality("C02", "msp")
        save(window, out, "modality.png")
        window.open_modality("C03", "qp")
        save(window, out, "questionnement.png")
        window.show_deliberation("C01")
        save(window, out, "deliberation.png")
        window.show_overview()
        dialog = ClosingDialog(ctx, SID, window)
        dialog.resize(1000, 500)
        save(dialog, out, "closing-check.png")
        ctx.close()


if __name__ == "__main__":
    main()
