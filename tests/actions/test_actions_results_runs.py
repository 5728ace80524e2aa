"""What the exam room recorded on a juror's laptop reaches the lead with the result file: the
scenario card drawn, the timer (actual phase durations), absences and incidents; the PV at the lead
lists them. A run that contradicts the lead's is a conflict, the lead's kept until chosen; files written
before runs and incidents existed still import; a run altered in the file breaks its signature."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from jury_app.actions import exam, jurors, results_export, results_import, results_plan
from jury_app.actions.context import AppContext
from jury_app.actions.exam import GridKey, RunKey
from jury_app.actions.signing import key_paths
from jury_app.data import models as db
from jury_app.data.results_file import read_result_file, sign_document
from jury_app.domain.clock import FakeClock
from jury_app.domain.draw import draw_card
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.reports import keys
from jury_app.reports.build.pv import build_pv_report

SID = "DEMO-CIP-2026-11"
START = datetime(2026, 12, 7, 19, 0, tzinfo=UTC)


@dataclass(frozen=True)
class J1Run:
    folder: Path  # a copy of J1's laptop, after the exam room
    file: Path  # J1's result file, with runs and incidents
    card: str  # drawn for C01 / msp
    actuals: tuple[Any, ...]  # C01 / msp phase actuals on J1's laptop
    at: datetime  # the time after everything, for the views


@pytest.fixture(scope="module")
def j1_run(tmp_path_factory: pytest.TempPathFactory, laptops: Any, kit: Any) -> J1Run:
    """J1 draws and runs msp for C01 with a pause, marks C04 absent, and exports."""
    root = tmp_path_factory.mktemp("j1_run")
    shutil.copytree(laptops.j1, root / "j1")
    j1 = kit.open_laptop(root / "j1")
    clock = FakeClock(START)
    view = exam.draw_scenario(j1, GridKey(SID, "C01", "msp", "J1"), clock, witness="M. Témoin", rng=random.Random(1))
    assert view.card is not None
    exam.start_modality(j1, GridKey(SID, "C01", "msp", "J1"), clock)
    clock.advance(600)
    exam.pause_modality(j1, GridKey(SID, "C01", "msp", "J1"), clock, "malaise du candidat")
    clock.advance(120)
    exam.resume_modality(j1, GridKey(SID, "C01", "msp", "J1"), clock)
    clock.advance(300)
    exam.next_phase(j1, GridKey(SID, "C01", "msp", "J1"), clock)
    clock.advance(900)
    exam.finish_modality(j1, GridKey(SID, "C01", "msp", "J1"), clock)
    exam.mark_absent(j1, SID, "C04", "J1", clock, "pas venu")
    clock.advance(60)
    info = results_export.export_results(
        j1, SID, "J1", kit.PASSPHRASES["J1"], root / "j1_runs.json", clock=clock, pin=kit.PINS["J1"]
    )
    assert info.runs >= 2 and info.incidents >= 2
    done = exam.run_view(j1, RunKey(SID, "C01", "msp"), clock)
    assert done.status is Status.DONE
    j1.close()
    return J1Run(root / "j1", info.path, view.card.ref, done.timer.phase_actuals, clock.now())


def _import(lead: AppContext, *paths: Path) -> list[results_import.ImportOutcome]:
    return results_import.import_results(
        lead, list(paths), accept_new_keys=True, clock=FakeClock(START.replace(hour=21))
    )


def _resign(j1_folder: Path, kit: Any, doc: dict[str, Any], out: Path) -> Path:
    """`doc` signed with J1's own key, as their laptop would have."""
    ctx = kit.open_laptop(j1_folder)
    try:
        key_file = key_paths(ctx, SID, "J1")[0]
        private_key = keys.load_private_key(key_file.read_bytes(), kit.PASSPHRASES["J1"])
    finally:
        ctx.close()
    body = {k: v for k, v in doc.items() if k != "signature"}
    out.write_bytes(sign_document(body, private_key, str(out)))
    return out


def _statuses(ctx: AppContext, cand: str) -> dict[str, str]:
    with ctx.database.reader() as orm:
        rows = orm.scalars(
            select(db.ModalityRun).where(db.ModalityRun.session_id == SID, db.ModalityRun.candidate_ref == cand)
        )
        return {r.modality_id: r.status for r in rows}


def _incidents(ctx: AppContext) -> list[tuple[str | None, str | None, str, str]]:
    with ctx.database.reader() as orm:
        rows = orm.scalars(select(db.Incident).where(db.Incident.session_id == SID).order_by(db.Incident.pk))
        return [(i.candidate_ref, i.modality_id, i.kind, i.text) for i in rows]


def test_the_file_carries_runs_and_incidents(j1_run: J1Run) -> None:
    doc = read_result_file(j1_run.file.read_bytes(), "f").document
    runs = {(r.candidate, r.modality): r for r in doc.content.runs}
    msp = runs[("C01", "msp")]
    assert msp.status == "done"
    assert [d.card for d in msp.draws] == [j1_run.card]
    assert [e.kind for e in msp.events] == ["start", "pause", "resume", "next", "finish"]
    assert all(r.status == "absent" for (c, _m), r in runs.items() if c == "C04")
    kinds = {(i.candidate, i.kind) for i in doc.content.incidents}
    assert {("C01", "pause"), ("C04", "absence"), ("C04", "recusal")} <= kinds


def test_the_lead_gets_draw_timer_absence_and_incidents(lead: AppContext, j1_run: J1Run, kit: Any) -> None:
    [outcome] = _import(lead, j1_run.file)
    assert outcome.status == "imported", outcome.problems
    clock = FakeClock(j1_run.at)
    view = exam.run_view(lead, RunKey(SID, "C01", "msp"), clock)
    assert view.status is Status.DONE
    assert view.card is not None and view.card.ref == j1_run.card and view.card.witness == "M. Témoin"
    assert view.timer.phase_actuals == j1_run.actuals
    c04 = _statuses(lead, "C04")
    assert c04 and set(c04.values()) == {"absent"}
    incidents = _incidents(lead)
    assert ("C01", "msp", "pause", "Pause : malaise du candidat") in incidents
    assert ("C04", None, "absence", "Candidat absent : pas venu") in incidents
    # the recusal merged with the declaration is not doubled by the laptop's own record of it
    assert sum(1 for i in incidents if i[2] == "recusal") == 1
    texts = [d.describe() for d in outcome.differences]
    assert any("C01" in t and "déroulé" in t and j1_run.card in t and "(ajouté)" in t for t in texts), texts
    assert any("incident ajouté (pause)" in t for t in texts), texts

    with lead.database.reader() as orm:
        pv = build_pv_report(orm, SID, clock=clock)
    by_ref = {c.candidate.ref: c for c in pv.candidates}
    assert [sc.ref for sc in by_ref["C01"].scenarios] == [j1_run.card]
    assert by_ref["C04"].absent
    assert any(line.kind == "pause" for line in by_ref["C01"].incidents)

    digest = kit.db_digest(lead)
    [again] = _import(lead, j1_run.file)
    assert again.status == "unchanged"
    assert kit.db_digest(lead) == digest


def other_card_seed(card: str) -> int:
    """A seed whose first draw of the demo's four cards is not `card`."""
    return next(s for s in range(100) if draw_card(["S1", "S2", "S3", "S4"], (), random.Random(s)) != card)


def test_a_different_run_at_the_lead_is_a_conflict(lead: AppContext, j1_run: J1Run) -> None:
    clock = FakeClock(START.replace(hour=10))
    jurors.declare(lead, SID, "C01", "J2", has_link=False)
    key = GridKey(SID, "C01", "msp", "J2")
    mine = exam.draw_scenario(lead, key, clock, rng=random.Random(other_card_seed(j1_run.card)))
    assert mine.card is not None and mine.card.ref != j1_run.card
    exam.start_modality(lead, key, clock)
    before = exam.run_view(lead, RunKey(SID, "C01", "msp"), clock)

    [outcome] = _import(lead, j1_run.file)
    assert outcome.status == "imported", outcome.problems
    # until the lead chooses, the run recorded here stays as it is
    after = exam.run_view(lead, RunKey(SID, "C01", "msp"), clock)
    assert after.card is not None and after.card.ref == mine.card.ref
    assert after.events == before.events and after.status is Status.IN_PROGRESS
    conflicts = [d.describe() for d in outcome.differences if d.field == "conflict"]
    assert len(conflicts) == 1 and outcome.differences[0].field == "conflict"
    assert "fiches scénario différentes tirées" in conflicts[0] and j1_run.card in conflicts[0]
    # the rest still comes: C04 absent, the pause incident
    assert set(_statuses(lead, "C04").values()) == {"absent"}
    assert ("C01", "msp", "pause", "Pause : malaise du candidat") in _incidents(lead)


def test_an_identical_run_changes_nothing(lead: AppContext, j1_run: J1Run, kit: Any, tmp_path: Path) -> None:
    """A second export of the same laptop, later: the runs and incidents are already there."""
    assert _import(lead, j1_run.file)[0].status == "imported"
    doc = json.loads(j1_run.file.read_bytes())
    doc["exported_at"] = "2026-12-07T20:30:00Z"
    later = _resign(j1_run.folder, kit, doc, tmp_path / "later.json")
    [outcome] = _import(lead, later)
    assert outcome.status == "imported", outcome.problems
    assert outcome.differences == ()
    assert "aucune différence" in outcome.message


def test_a_file_without_runs_and_incidents_still_imports(
    lead: AppContext, j1_run: J1Run, laptops: Any, kit: Any, tmp_path: Path
) -> None:
    doc = json.loads(laptops.j1_v1.read_bytes())
    del doc["content"]["runs"], doc["content"]["incidents"]
    old = _resign(j1_run.folder, kit, doc, tmp_path / "old.json")
    verified = read_result_file(old.read_bytes(), "old.json")
    assert verified.document.content.runs == [] and verified.document.content.incidents == []
    [outcome] = _import(lead, old)
    assert outcome.status == "imported", outcome.problems
    assert kit.snapshot(lead, "J1") == laptops.j1_at_v1
    assert _statuses(lead, "C01") == {}


def test_a_run_event_time_altered_is_refused(lead: AppContext, j1_run: J1Run, kit: Any, tmp_path: Path) -> None:
    doc = json.loads(j1_run.file.read_bytes())
    run = next(r for r in doc["content"]["runs"] if r["modality"] == "msp" and r["candidate"] == "C01")
    run["events"][1]["at"] = "2026-12-07T19:05:00Z"  # a shorter first phase
    altered = tmp_path / "altered.json"
    altered.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    digest = kit.db_digest(lead)
    [outcome] = _import(lead, altered)
    assert outcome.status == "refused"
    assert any("signature invalide" in p.message for p in outcome.problems), outcome.problems
    assert kit.db_digest(lead) == digest


def test_an_unknown_scenario_card_is_refused(lead: AppContext, j1_run: J1Run, kit: Any, tmp_path: Path) -> None:
    doc = json.loads(j1_run.file.read_bytes())
    run = next(r for r in doc["content"]["runs"] if r["modality"] == "msp" and r["candidate"] == "C01")
    run["draws"][0]["card"] = "FICHE-INCONNUE"
    bad = _resign(j1_run.folder, kit, doc, tmp_path / "bad.json")
    info = results_plan.inspect_result_file(lead, bad)
    assert not info.importable
    digest = kit.db_digest(lead)
    [outcome] = _import(lead, bad)
    assert outcome.status == "refused"
    assert any(
        "fiche scénario inconnue" in p.message and "FICHE-INCONNUE" in p.message and p.pointer.endswith("/card")
        for p in outcome.problems
    ), outcome.problems
    assert kit.db_digest(lead) == digest


def test_a_run_timed_through_a_change_of_the_jurors_clock_imports_with_its_durations(
    lead: AppContext, laptops: Any, kit: Any, tmp_path: Path
) -> None:
    """J1's computer is set back an hour mid-phase: the file keeps the computer's times for the
    record and the steady times the timer counted on; the lead takes it and counts the same."""
    shutil.copytree(laptops.j1, tmp_path / "j1")
    j1 = kit.open_laptop(tmp_path / "j1")
    clock = FakeClock(START)
    exam.draw_scenario(j1, GridKey(SID, "C01", "msp", "J1"), clock, rng=random.Random(1))
    exam.start_modality(j1, GridKey(SID, "C01", "msp", "J1"), clock)
    clock.advance(600)
    clock.change_time(-3600)
    exam.next_phase(j1, GridKey(SID, "C01", "msp", "J1"), clock)
    clock.advance(900)
    exam.finish_modality(j1, GridKey(SID, "C01", "msp", "J1"), clock)
    info = results_export.export_results(
        j1, SID, "J1", kit.PASSPHRASES["J1"], tmp_path / "j1.json", clock=clock, pin=kit.PINS["J1"]
    )
    j1.close()
    doc = read_result_file(info.path.read_bytes(), "f").document
    [msp] = [r for r in doc.content.runs if (r.candidate, r.modality) == ("C01", "msp")]
    assert msp.events[1].at < msp.events[0].at  # as the computer told it
    assert msp.events[1].steady_at == START + timedelta(seconds=600)

    [outcome] = _import(lead, info.path)
    assert outcome.status == "imported", outcome.problems
    view = exam.run_view(lead, RunKey(SID, "C01", "msp"), FakeClock(START.replace(hour=22)))
    assert [a.elapsed_s for a in view.timer.phase_actuals] == [600, 900]


def _without_start(j1_run: J1Run, kit: Any, out: Path) -> Path:
    """J1's file, signed by J1, whose C01 run lost its start: a timer this app cannot have recorded."""
    doc = json.loads(j1_run.file.read_bytes())
    run = next(r for r in doc["content"]["runs"] if r["modality"] == "msp" and r["candidate"] == "C01")
    assert run["events"][0]["kind"] == "start" and run["events"][1]["kind"] == "pause"
    del run["events"][0]
    return _resign(j1_run.folder, kit, doc, out)


def test_an_inconsistent_timer_is_refused_with_its_reason(
    lead: AppContext, j1_run: J1Run, kit: Any, tmp_path: Path
) -> None:
    digest = kit.db_digest(lead)
    [outcome] = _import(lead, _without_start(j1_run, kit, tmp_path / "sans_debut.json"))
    assert outcome.status == "refused"
    told = [p.message for p in outcome.problems if p.pointer.endswith("/events")]
    assert told == [
        "chronomètre de C01 / Mise en situation professionnelle incohérent : pause impossible : le chronomètre "
        "n'est pas en marche"
    ], outcome.problems
    assert kit.db_digest(lead) == digest


def test_an_inconsistent_timer_is_refused_in_english(
    qtbot: Any, lead: AppContext, j1_run: J1Run, kit: Any, tmp_path: Path, english: None
) -> None:
    from jury_app.ui.results import ImportResultsDialog
    from tests.helpers.english import french_in

    dialog = ImportResultsDialog(lead, SID, FakeClock(START.replace(hour=21)))
    qtbot.addWidget(dialog)
    dialog.set_files([_without_start(j1_run, kit, tmp_path / "sans_debut.json")])
    shown = dialog.details.toPlainText()
    refused = [line for line in shown.splitlines() if line.startswith("  Refused:")]
    assert refused == [
        "  Refused: inconsistent timer for C01 / Mise en situation professionnelle: cannot pause: the timer is "
        "not running"
    ], shown
    assert french_in(refused[0].replace("Mise en situation professionnelle", "")) == []
