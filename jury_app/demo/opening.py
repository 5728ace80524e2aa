"""The demo session opened at the app's start: written and imported on first use, reused afterwards.

Kept apart from `demo.session` (the worked example's jury work, which needs the deliberation and
signing actions and their reports): the start imports only what it takes to find the session.
"""

from __future__ import annotations

from collections.abc import Sequence

from jury_app.actions.context import AppContext
from jury_app.actions.preferences import demo_package_path
from jury_app.actions.sessions import list_sessions
from jury_app.demo.content import DEMO_SESSION_ID, TITLE_SESSION, DemoSession


def open_demo_session(ctx: AppContext, sessions: Sequence[DemoSession] = (TITLE_SESSION,)) -> str:
    """The built-in demo session (the title one; `jury-app demo` adds the CCP3 and capitalisation
    sessions that follow it): written and imported on first use, reused afterwards."""
    known = {s.id for s in list_sessions(ctx)}
    missing = [session for session in sessions if session.id not in known]  # imported before: as it was
    if not missing:
        return DEMO_SESSION_ID
    from jury_app.actions import packages
    from jury_app.demo.package import write_demo_package

    for session in missing:
        out = demo_package_path(ctx.paths)
        if session.id != DEMO_SESSION_ID:
            out = out.with_name(f"{session.id}.zip")
        out.parent.mkdir(parents=True, exist_ok=True)
        write_demo_package(out, session=session)
        packages.import_(ctx, out)
    return DEMO_SESSION_ID
