"""Renders the screens of the RNCP demo sessions into docs/screenshots/ (for the README).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_certifications.py [OUT_DIR]

The two RNCP demo sessions are completed through the real actions (`jury-app demo --referentiel`),
then shown at 1280x720: the overview of RNCP35667 (document modalities beside timed ones), a
modality on documents, and the deliberation of RNCP35635 where the jury ordered a complementary
evaluation.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from jury_app.actions.context import AppContext
from jury_app.demo.session import complete_demo
from jury_app.domain.clock import FakeClock
from jury_app.paths import resolve
from jury_app.ui import i18n
from jury_app.ui.app import make_application
from jury_app.ui.main_window import MainWindow


def save(widget: QWidget, out: Path, name: str) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(out / name), "PNG")
    print(out / name)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    i18n.install(app, os.environ.get("JURY_APP_LANG", "fr"))
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext(resolve(Path(tmp) / "data"))
        clock = FakeClock(datetime(2026, 12, 15, 16, 30, tzinfo=UTC))
        chi = complete_demo(ctx, "RNCP35667").session_id
        ctp = complete_demo(ctx, "RNCP35635").session_id
        window = MainWindow(ctx, clock)
        window.resize(1280, 720)
        window.show()
        window.open_session(chi)
        window._logged_in("J1", "Philippe Lambert")
        save(window, out, "rncp-overview.png")
        window.open_modality("C01", "bc01-note-de-synthese")
        save(window, out, "rncp-document.png")
        window.open_session(ctp)
        window._logged_in("J1", "Antoine Mercier")
        window.show_deliberation("C02")
        save(window, out, "rncp-deliberation.png")
        ctx.close()


if __name__ == "__main__":
    main()
