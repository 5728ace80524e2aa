"""Time the lead can trust, and a file imported before compared again: a file dated after the lead's
clock is refused naming the juror's clock; a file from 2099 imported before cannot lock the juror
out; re-importing a genuine file after the database was rewritten tells the differences."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from jury_app.actions import grids, results_export, results_import
from jury_app.actions.context import AppContext
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import Mark

SID = "DEMO-CIP-2026-11"


def _export_from_j1(laptops: Any, kit: Any, folder: Path, at: datetime, name: str) -> Path:
    """J1's laptop (a copy), its clock at `at`, changes a mark and exports."""
    if not folder.exists():
        shutil.copytree(laptops.j1, folder)
    ctx = kit.open_laptop(folder)
    try:
        clock = FakeClock(at)
        key = grids.GridKey(SID, "C01", "msp", "J1")
        grids.set_mark(ctx, key, "CP1.2", Mark.NOT_OBSERVED if name.endswith("b") else Mark.SATISFIED, clock)
        return results_export.export_results(
            ctx, SID, "J1", kit.PASSPHRASES["J1"], folder / f"{name}.json", clock=clock, pin=kit.PINS["J1"]
        ).path
    finally:
        ctx.close()


def _import(lead: AppContext, clock: FakeClock, path: Path) -> results_import.ImportOutcome:
    (outcome,) = results_import.import_results(lead, [path], accept_new_keys=True, clock=clock)
    return outcome


def test_a_file_dated_after_the_leads_clock_is_refused_naming_the_jurors_clock(
    tmp_path: Path, lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    ahead = _export_from_j1(laptops, kit, tmp_path / "j1", lead_clock.now() + timedelta(minutes=20), "ahead")
    before = kit.db_digest(lead)
    outcome = _import(lead, lead_clock, ahead)
    assert outcome.status == "refused"
    (problem,) = outcome.problems
    assert problem.pointer == "/exported_at"
    assert "selon l'horloge de l'ordinateur de Martine Roussel" in problem.message
    assert "l'horloge de l'ordinateur du juré avance" in problem.message
    assert "07/12/2026" in problem.message  # both times, in the session's zone
    assert kit.db_digest(lead) == before


def test_a_clock_a_few_minutes_ahead_is_tolerated(
    tmp_path: Path, lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    slightly = _export_from_j1(laptops, kit, tmp_path / "j1", lead_clock.now() + timedelta(minutes=4), "slightly")
    assert _import(lead, lead_clock, slightly).status == "imported"


def test_a_file_from_2099_imported_before_cannot_lock_the_juror_out(
    tmp_path: Path, lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    # The lead's own clock said 2099 that day: the file was taken.
    future = _export_from_j1(laptops, kit, tmp_path / "j1", datetime(2099, 1, 1, 12, tzinfo=UTC), "future")
    assert _import(lead, FakeClock(datetime(2099, 1, 1, 12, 1, tzinfo=UTC)), future).status == "imported"
    # Clocks right again: the juror's genuine export of today is not "older" than 2099.
    genuine = _export_from_j1(laptops, kit, tmp_path / "j1", lead_clock.now() - timedelta(minutes=1), "genuine-b")
    outcome = _import(lead, lead_clock, genuine)
    assert outcome.status == "imported", outcome.problems
    assert kit.snapshot(lead, "J1")[("C01", "msp")]["marks"]["CP1.2"] == "not_observed"


def _rewrite_j1_mark(lead: AppContext, value: str) -> None:
    """What a tester did with sqlite3: a mark of J1's imported grid changed, outside the app."""
    lead.close()
    con = sqlite3.connect(lead.paths.database)
    con.execute(
        "UPDATE criterion_marks SET mark=? WHERE criterion_id='CP1.2' AND grid_pk IN "
        "(SELECT pk FROM grids WHERE juror_ref='J1' AND candidate_ref='C01' AND modality_id='msp')",
        (value,),
    )
    con.commit()
    con.close()


def test_reimporting_a_genuine_file_after_a_database_rewrite_tells_the_differences(
    lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    assert _import(lead, lead_clock, laptops.j1_v1).status == "imported"
    same = _import(lead, lead_clock, laptops.j1_v1)
    assert same.status == "unchanged"
    assert "la base correspond toujours à ce fichier : rien n'a changé" in same.message

    _rewrite_j1_mark(lead, "not_satisfied")
    before = kit.db_digest(lead)
    again = _import(lead, lead_clock, laptops.j1_v1)
    assert again.status == "refused"
    (problem,) = again.problems
    assert "déjà importé le" in problem.message and "ne correspond plus à ce fichier signé" in problem.message
    assert "rien n'a changé" not in problem.message
    assert [d.describe() for d in again.differences] == [
        "C01 Camille Lefèvre — Mise en situation professionnelle — critère CP1.2 : non satisfait → satisfait (modifié)"
    ]
    assert kit.db_digest(lead) == before  # told, not silently put back


def test_reimporting_an_older_file_after_a_newer_one_changes_nothing(
    lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    for path in (laptops.j1_v1, laptops.j1_v2):
        assert _import(lead, lead_clock, path).status == "imported"
    older = _import(lead, lead_clock, laptops.j1_v1)
    assert older.status == "unchanged" and "un fichier plus récent de ce juré" in older.message
