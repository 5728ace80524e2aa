"""Starting on a session's sign-in, painted before the database layer is loaded.

The window's first frame already holds the juror's sign-in (the session's heading, the jurors'
names), read with plain `sqlite3` after the database's safety checks (`actions.sign_in`). Then,
off the GUI thread, SQLAlchemy is imported, the database opened (its migrations checked) and
the jury read as every other screen reads it; back on the GUI thread the session's menus are
enabled and the sign-in takes the jury as read. Until then a juror can pick their name and type
their PIN; Continue waits for the load, then checks what was typed (`LoginScreen.opened`).

A worker thread, not the event loop, does the load: importing SQLAlchemy and the models holds
the interpreter for 0.2–0.5 s, which on the GUI thread would freeze the window that long; on a
worker the GUI thread still gets the interpreter every few milliseconds (`bench_startup.py`).

The first run (the demo to import into a fresh data folder), a database with migrations to run
and a session that is not there take the usual path (`MainWindow.open_demo`, `open_session`); a
database refused by the checks is told as that path tells it, then the welcome screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from jury_app.actions.sign_in import FirstLook, first_look
from jury_app.demo.ids import DEMO_SESSION_ID
from jury_app.ui.common.action_runner import Failed, Progress, failure

if TYPE_CHECKING:
    from jury_app.ui.main_window import MainWindow


@dataclass(frozen=True)
class Start:
    """What the window shows at start. `sign_in_painted`: its first frame is the session's sign-in;
    `then`: what the event loop does once the window is painted."""

    sign_in_painted: bool
    then: Callable[[], None]


def plan_start(window: MainWindow, *, demo: bool, session_id: str | None) -> Start:
    """Called before the window is shown: sets up its first screen, says what follows the paint."""
    if not demo and session_id is None:
        return Start(False, window.show_welcome)
    sid = DEMO_SESSION_ID if demo else str(session_id)
    try:
        look = first_look(window.ctx, sid)
    except Exception as exc:  # refused: told once the window is up, as the usual opening tells it
        return Start(False, partial(_refused, window, exc, demo=demo))
    if look is None:
        return Start(False, window.open_demo if demo else lambda: window.open_session(sid))
    window.show_session(sid, look.session)
    window.login.show_first_look(look)
    window.stack.setCurrentWidget(window.login)
    return Start(True, lambda: _load(window, look))


def _reraise(exc: Exception) -> Any:
    raise exc


def _refused(window: MainWindow, exc: Exception, *, demo: bool) -> None:
    if demo:  # as `open_demo`'s background work failing: told in a dialog
        window.runner.tell(failure(exc, type(window).__name__).message)
    else:  # as `open_session`'s reading failing
        window.runner.read(lambda: _reraise(exc))
    window.show_welcome()


def _load(window: MainWindow, look: FirstLook) -> None:
    ctx, sid = window.ctx, look.session.id

    def work(_progress: Progress) -> tuple[list[Any], list[str]]:
        from jury_app.actions.jurors import jury_members, jury_problems

        return jury_members(ctx, sid), jury_problems(ctx, sid)

    def loaded(result: tuple[list[Any], list[str]]) -> None:
        if window.stack.currentWidget() is not window.login or window.login.session_id != sid:
            return  # the user went elsewhere meanwhile (a menu): that screen stands
        window.session_opened(sid)
        window.login.opened(*result)
        window.ready.emit()

    def failed(outcome: Failed) -> None:  # as `open_session` failing: told, then the welcome screen
        window.runner.tell(outcome.message)
        window.show_welcome()

    window.runner.in_background(work, loaded, on_failure=failed)
