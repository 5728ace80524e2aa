"""Starting the GUI: the application object, translations, the main window, screenshots."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from jury_app import app_log
from jury_app.actions import preferences
from jury_app.actions.context import AppContext
from jury_app.domain.clock import Clock, SystemClock
from jury_app.resources import resource
from jury_app.ui import collector, i18n
from jury_app.ui.common import theme
from jury_app.ui.display import NoDisplay, fatal_start_guard, prepare_display
from jury_app.ui.first_paint import plan_start
from jury_app.ui.main_window import MainWindow

__all__ = ["NoDisplay", "make_application", "run_gui"]


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("jury_app")
    app.setApplicationDisplayName("Jury")
    app.setOrganizationName("jury_app")
    icon = resource("icons", "jury_app.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    font = app.font()
    if font.pointSizeF() < theme.DEFAULT_POINTS:
        font.setPointSizeF(theme.DEFAULT_POINTS)
        app.setFont(QFont(font))
    theme.watch(app)
    return app


GUI_BUSY_TIMEOUT_MS = 1000
"""A write waits this long for another program's lock, then the juror is told to try again: a window
frozen for seconds looks like a crash in the middle of an exam."""


def run_gui(
    ctx: AppContext,
    *,
    demo: bool = False,
    session_id: str | None = None,
    screenshot: Path | None = None,
    language: str | None = None,
    clock: Clock | None = None,
) -> int:
    """Raises NoDisplay, before anything is shown, when no window can open here."""
    if QApplication.instance() is None:
        prepare_display(screenshot=screenshot is not None)
        with fatal_start_guard():
            app = make_application()
    else:
        app = make_application()
    prefs = preferences.load(ctx.paths)
    i18n.install(app, language or prefs.language)
    app_log.configure(ctx.paths)  # faults go to a file a support person can find
    if ctx.busy_timeout_ms is None:
        ctx.busy_timeout_ms = GUI_BUSY_TIMEOUT_MS
    window = MainWindow(ctx, clock or SystemClock())
    window.resize(1280, 720)
    # Once a session is loaded, what it holds leaves the garbage collector's generations: a full
    # collection over it froze the window 85–140 ms (`ui/collector.py`).
    window.ready.connect(collector.settle)
    start = plan_start(window, demo=demo, session_id=session_id)  # the session's sign-in, when it can be read now
    window.show()
    app.processEvents()  # laid out and painted now, before the database layer is even imported

    if screenshot is not None:
        if not demo and session_id is None:
            window.grab().save(str(screenshot), "PNG")
            return 0
        if start.sign_in_painted:  # shown as it is painted; the app ends once the session is loaded
            window.grab().save(str(screenshot), "PNG")
            window.ready.connect(lambda: app.exit(0))
        else:

            def shoot() -> None:
                app.processEvents()
                window.grab().save(str(screenshot), "PNG")
                app.exit(0)

            window.ready.connect(lambda: QTimer.singleShot(50, shoot))
        QTimer.singleShot(60_000, lambda: app.exit(1))  # never hang a script

    QTimer.singleShot(0, start.then)
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()  # work off the GUI thread (the start's load) ends first
    return code
