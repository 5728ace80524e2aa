"""The demo session opened at the app's start: written and imported on first use, reused afterwards.

Kept apart from `demo.session` (the worked example's jury work, which needs the deliberation and
signing actions and their reports): the start imports only what it takes to find the session.
"""

from __future__ import annotations

from jury_app.actions.context import AppContext
from jury_app.actions.preferences import demo_package_path
from jury_app.actions.sessions import list_sessions
from jury_app.demo.content import DEMO_SESSION_ID


def open_demo_session(ctx: AppContext) -> str:
    """The built-in demo session: written and imported on first use, reused afterwards."""
    if any(s.id == DEMO_SESSION_ID for s in list_sessions(ctx)):
        return DEMO_SESSION_ID  # imported before: reopened as it was, with the jury's work
    from jury_app.actions import packages
    from jury_app.demo.package import write_demo_package

    out = demo_package_path(ctx.paths)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_demo_package(out)
    packages.import_(ctx, out)
    return DEMO_SESSION_ID
