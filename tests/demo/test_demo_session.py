"""The demo session: opened on first use and reused, and `jury-app demo` completing it through the
real actions (every candidate scored by both jurors and deliberated), then leaving it alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jury_app.actions import deliberation, jurors
from jury_app.actions.audit import verify_audit
from jury_app.actions.context import AppContext
from jury_app.actions.preferences import demo_package_path
from jury_app.actions.sessions import list_sessions, session_document
from jury_app.cli import run
from jury_app.demo.content import CANDIDATES, DEMO_SESSION_ID
from jury_app.demo.session import open_demo_session
from jury_app.paths import resolve


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    context = AppContext(resolve(tmp_path / "data"))
    yield context
    context.close()


def test_opened_on_first_use_then_reopened_with_the_jurys_work(ctx: AppContext) -> None:
    assert open_demo_session(ctx) == DEMO_SESSION_ID
    assert demo_package_path(ctx.paths).is_file()
    assert [s.id for s in list_sessions(ctx)] == [DEMO_SESSION_ID]
    jurors.declare(ctx, DEMO_SESSION_ID, "C01", "J1", has_link=False)

    assert open_demo_session(ctx) == DEMO_SESSION_ID
    assert list(jurors.declarations(ctx, DEMO_SESSION_ID)) == [("C01", "J1")]
    assert [c.id for c in session_document(ctx, DEMO_SESSION_ID).candidates] == [c.id for c in CANDIDATES]


@pytest.mark.slow  # some 1,400 durable commits, one per action, as a jury would make them
def test_jury_app_demo_completes_the_session_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert run(["--data-dir", str(data), "demo"]) == 0
    first = capsys.readouterr().out.splitlines()

    ctx = AppContext(resolve(data))
    try:
        views = [deliberation.deliberation_view(ctx, DEMO_SESSION_ID, c.id) for c in CANDIDATES]
        decided = [d for v in views for d in (*v.units, *([v.title] if v.title else []))]
        assert all(v.closed for v in views)
        assert all(d.granted is not None for d in decided)
        assert first == [
            f"Session de démonstration {DEMO_SESSION_ID} complétée : {len(CANDIDATES)} candidats évalués "
            f"par les deux jurés et délibérés ({len(decided)} décisions).",
            f"Dossier des données : {resolve(data).root}",
        ]
        # The story's weak CCP3 is refused, and with it the title; the others are granted.
        c05 = views[[c.id for c in CANDIDATES].index("C05")]
        assert {d.target: d.granted for d in c05.units} == {"CCP1": True, "CCP2": True, "CCP3": False}
        assert c05.title is not None and c05.title.granted is False
        trail = verify_audit(ctx, DEMO_SESSION_ID)
        assert trail.ok, trail.problems
    finally:
        ctx.close()

    assert run(["--data-dir", str(data), "demo"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"La session {DEMO_SESSION_ID} contient déjà des saisies du jury : laissée telle quelle.",
        f"Dossier des données : {resolve(data).root}",
    ]
    ctx = AppContext(resolve(data))
    try:
        assert verify_audit(ctx, DEMO_SESSION_ID).entries == trail.entries  # nothing written the second time
    finally:
        ctx.close()
