"""The audit trail: chained, append-only, and checked against the evaluations it covers."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jury_app.actions import deliberation, grids, jurors, jury_step
from jury_app.actions.audit import verify_audit
from jury_app.actions.context import AppContext
from jury_app.cli import run
from jury_app.demo.session import open_demo_session
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import Mark
from jury_app.domain.referentiel import Judgement
from jury_app.paths import resolve

SID = "DEMO-CIP-2026-11"


@pytest.fixture
def scored(tmp_path: Path) -> AppContext:
    ctx = AppContext(resolve(tmp_path / "data"))
    open_demo_session(ctx)
    clock = FakeClock(datetime(2026, 12, 7, 9, tzinfo=UTC))
    jurors.declare(ctx, SID, "C01", "J1", has_link=False)
    key = grids.GridKey(SID, "C01", "msp", "J1")
    view = grids.grid_view(ctx, key)
    for comp in view.competences:
        for crit in comp.criteria:
            grids.set_mark(ctx, key, crit.id, Mark.SATISFIED, clock)
        assert comp.competence is not None
        grids.set_judgement(ctx, key, comp.competence.id, Judgement.ACQUIRED, clock)
        grids.set_observation(ctx, key, comp.competence.id, "Écoute active.", clock)
    grids.set_mark(ctx, key, "CP1.1", Mark.NOT_OBSERVED, clock)
    grids.undo_last(ctx, key, clock)
    jury_step.open_jury_step(ctx, SID, "C01", "J1", ["J1", "J2"], clock, early=True)  # the jury sits
    deliberation.set_common_judgement(ctx, SID, "C01", "CP1", Judgement.ACQUIRED, "J1", clock)
    deliberation.decide(ctx, SID, "C01", "CCP2", False, "Non démontré.", "J1", clock)
    return ctx


def _sql(ctx: AppContext, statement: str) -> None:
    ctx.close()
    con = sqlite3.connect(ctx.paths.database)
    con.execute(statement)
    con.commit()
    con.close()


def test_every_change_is_logged_and_the_chain_verifies(scored: AppContext) -> None:
    report = verify_audit(scored, SID)
    assert report.ok, report.problems
    # 10 marks + 2 judgements + 2 observations + change + undo + the jury's step + common judgement + decision
    assert report.entries == 19


def test_a_mark_changed_outside_the_app_is_detected(scored: AppContext) -> None:
    _sql(scored, "UPDATE criterion_marks SET mark='not_satisfied' WHERE criterion_id='CP1.2'")
    report = verify_audit(scored, SID)
    assert not report.ok
    assert any("CP1.2" in p and "hors de l'application" in p for p in report.problems)


def test_a_decision_changed_outside_the_app_is_detected(scored: AppContext) -> None:
    _sql(scored, "UPDATE unit_decisions SET granted=1 WHERE unit_id='CCP2'")
    assert any("CCP2" in p for p in verify_audit(scored, SID).problems)


def test_an_edited_log_entry_is_detected(scored: AppContext) -> None:
    _sql(scored, "UPDATE audit_log SET after='not_satisfied' WHERE seq=3")
    problems = verify_audit(scored, SID).problems
    assert problems and "n° 3" in problems[0] and "modifié" in problems[0]


def test_a_deleted_log_entry_is_detected(scored: AppContext) -> None:
    _sql(scored, "DELETE FROM audit_log WHERE seq=5")
    problems = verify_audit(scored, SID).problems
    assert problems and "n° 5" in problems[0]


def test_the_last_entry_deleted_is_detected_through_the_evaluations(scored: AppContext) -> None:
    _sql(scored, "DELETE FROM audit_log WHERE seq=(SELECT max(seq) FROM audit_log)")
    assert any("CCP2" in p for p in verify_audit(scored, SID).problems)


def test_cli_audit_verify_exit_codes(scored: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    root = str(scored.paths.root)
    scored.close()
    assert run(["--data-dir", root, "audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out
    _sql(scored, "UPDATE competence_assessments SET observation='réécrit' WHERE competence_id='CP1'")
    assert run(["--data-dir", root, "audit", "verify", "--session", SID]) == 2
    err = capsys.readouterr().err
    assert "erreur :" in err and "Traceback" not in err
