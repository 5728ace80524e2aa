"""The demo sessions: opened on first use and reused, and `jury-app demo` completing them through the
real actions (every candidate present scored by both jurors and deliberated), then leaving them
alone. The demo shows the rules: a capitalisation candidate in a CCP session then at the interview,
an absent candidate, a refusal with its reason; its PVs grant nothing the results do not rest on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from jury_app.actions import deliberation, jurors
from jury_app.actions.audit import verify_audit
from jury_app.actions.context import AppContext
from jury_app.actions.preferences import demo_package_path
from jury_app.actions.reports import results_bytes
from jury_app.actions.sessions import list_sessions, session_document
from jury_app.cli import run
from jury_app.demo.content import CANDIDATES, CAPITALISATION_SESSION_ID, CCP3_SESSION_ID, DEMO_SESSION_ID, SESSIONS
from jury_app.demo.session import open_demo_session
from jury_app.paths import resolve
from jury_app.reports.build.pv import build_pv_report


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
        assert first[0].startswith(f"Sessions de démonstration complétées : {DEMO_SESSION_ID} (titre)")
        assert "9 candidats, dont un absent, délibérés" in first[0]
        assert first[1] == f"Dossier des données : {resolve(data).root}"
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


@pytest.mark.slow
def test_the_demo_shows_the_rules_and_its_pvs_rest_on_the_results(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(["--data-dir", str(data), "demo"]) == 0
    ctx = AppContext(resolve(data))
    try:
        # C06 sits the CCP3 session she lacks, then the interview at its end, which grants the title on
        # the CCPs she holds with their proofs: CCP1 under the 2017 version of the title.
        c06 = deliberation.deliberation_view(ctx, CCP3_SESSION_ID, "C06")
        assert c06.path == "capitalisation" and [(d.target, d.granted) for d in c06.units] == [("CCP3", True)]
        assert {h.unit_id: h.obtained_under for h in c06.held} == {"CCP1": "TP-00403@07", "CCP2": "TP-00403@08"}
        interview = deliberation.deliberation_view(ctx, CAPITALISATION_SESSION_ID, "C06")
        assert interview.units == () and interview.title is not None and interview.title.granted is True
        assert all(h.problem is None for h in interview.held) and len(interview.held) == 3
        # C07 is absent: no decision at all.
        c07 = deliberation.deliberation_view(ctx, CCP3_SESSION_ID, "C07")
        assert c07.absent and c07.closed and all(d.granted is None for d in c07.decisions)
        for session in SESSIONS:
            doc = json.loads(results_bytes(ctx, session.id, "json"))
            with ctx.database.reader() as orm:
                pv = build_pv_report(orm, session.id)
            for c, row in zip(pv.candidates, doc["candidates"], strict=True):
                granted = {u["id"] for u in row["units"] if u["status"] == "granted"}
                assert {o.unit_id for o in c.units if o.status == "granted"} == granted
                for unit in granted:  # each competence acquired, each on a juror's judgement
                    own = [j for j in row["competences"] if j["unit"] == unit]
                    assert own and all(j["judgement"] == "acquired" and j["juror_judgements"] > 0 for j in own)
                if c.title is not None and c.title.status == "granted":
                    assert all(u["status"] in ("granted", "held") for u in row["units"])
                    assert all(u["proof"]["document"] for u in row["units"] if u["held_before"])
                for u in row["units"]:
                    assert u["status"] != "refused" or u["reason"]
            assert verify_audit(ctx, session.id).ok
    finally:
        ctx.close()
