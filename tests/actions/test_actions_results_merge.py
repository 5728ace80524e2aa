"""The lead's laptop merges the jurors' signed result files: grids equal the jurors', audit holds,
re-imports change nothing, a newer export replaces and lists its differences, an older one changes
nothing it holds a later version of, closed deliberations are never overwritten silently (the rest of
the file comes), and the completeness report tells what is missing."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from jury_app.actions import (
    deliberation,
    deliberation_close,
    exam,
    grids,
    results_export,
    results_import,
    results_plan,
    results_status,
)
from jury_app.actions.audit import verify_audit
from jury_app.actions.context import AppContext
from jury_app.actions.signing import juror_key_info
from jury_app.data import models as db
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import OVERALL
from jury_app.domain.referentiel import Judgement

SID = "DEMO-CIP-2026-11"


def _import(
    lead: AppContext, lead_clock: FakeClock, *paths: Path, accept: bool = True
) -> list[results_import.ImportOutcome]:
    return results_import.import_results(lead, list(paths), accept_new_keys=accept, clock=lead_clock)


def test_the_lead_holds_both_jurors_grids(lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock) -> None:
    outcomes = _import(lead, lead_clock, laptops.j1_v1, laptops.j2_v1)
    assert [o.status for o in outcomes] == ["imported", "imported"], [o.problems for o in outcomes]
    assert all(o.key_registered for o in outcomes)
    assert kit.snapshot(lead, "J1") == laptops.j1_at_v1
    assert kit.snapshot(lead, "J2") == laptops.j2_at_v1
    # declarations merged, the recusal kept
    assert kit.declarations_of(lead, "J1") == {"C01": False, "C02": False, "C05": False, "C04": True}
    assert kit.declarations_of(lead, "J2") == {"C01": False, "C03": False, "C05": False}
    report = verify_audit(lead, SID)
    assert report.ok, report.problems
    with lead.database.reader() as orm:
        actors = {e.actor for e in orm.scalars(select(db.AuditEntry).where(db.AuditEntry.action.like("grid.%")))}
        imports = orm.scalars(select(db.ResultImport).order_by(db.ResultImport.pk)).all()
    assert actors == {"J1", "J2"}
    assert [(i.juror_ref, i.fingerprint) for i in imports] == [
        ("J1", laptops.fingerprints["J1"]),
        ("J2", laptops.fingerprints["J2"]),
    ]
    # the jurors' certificates are now registered here; a copy of each file is archived
    info = juror_key_info(lead, SID, "J1")
    assert info is not None and info.fingerprint == laptops.fingerprints["J1"]
    archived = sorted((lead.paths.root / "results" / SID).iterdir())
    assert len(archived) == 2
    assert {p.read_bytes() for p in archived} == {laptops.j1_v1.read_bytes(), laptops.j2_v1.read_bytes()}
    # differences are listed, in French
    texts = [d.describe() for d in outcomes[0].differences]
    assert any("critère CP1.3 : — → non satisfait (ajouté)" in t for t in texts)
    assert any("déclaration" in t and "récusation : ancienne collègue" in t for t in texts)
    assert any("note ajoutée" in t for t in texts)


def test_reimport_changes_nothing(lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock) -> None:
    _import(lead, lead_clock, laptops.j1_v1)
    before = kit.db_digest(lead)
    lead_clock.advance(60)
    (again,) = _import(lead, lead_clock, laptops.j1_v1)
    assert again.status == "unchanged"
    assert "déjà importé" in again.message
    assert kit.db_digest(lead) == before


def test_a_newer_export_replaces_and_lists_the_differences(
    lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    _import(lead, lead_clock, laptops.j1_v1, laptops.j2_v1)
    lead_clock.advance(600)
    (newer,) = _import(lead, lead_clock, laptops.j1_v2, accept=False)  # the key is known now
    assert newer.status == "imported", newer.problems
    assert not newer.key_registered
    assert kit.snapshot(lead, "J1") == laptops.j1_at_v2
    assert kit.snapshot(lead, "J2") == laptops.j2_at_v1
    found = {(d.candidate, d.modality, d.field, d.item, d.before, d.after) for d in newer.differences}
    assert ("C01", "msp", "mark", "CP1.1", "satisfied", "not_satisfied") in found
    assert ("C01", "msp", "mark", "CP2.1", "satisfied", None) in found
    assert ("C01", "msp", "observation", "CP1", "Bonne posture (CP1)", "Posture à consolider") in found
    kinds = {(d.field, d.item): d.kind for d in newer.differences if d.field != "note"}
    assert kinds == {("mark", "CP1.1"): "changed", ("mark", "CP2.1"): "removed", ("observation", "CP1"): "changed"}
    notes = [d for d in newer.differences if d.field == "note"]
    assert [(d.kind, d.after) for d in notes] == [("added", "Question complémentaire sur le réseau.")]
    assert verify_audit(lead, SID).ok
    # the audit trail says who changed what, from what to what
    with lead.database.reader() as orm:
        entry = orm.scalars(
            select(db.AuditEntry)
            .where(db.AuditEntry.action == "grid.mark", db.AuditEntry.after == "not_satisfied")
            .order_by(db.AuditEntry.seq.desc())
        ).first()
    assert entry is not None and entry.actor == "J1" and entry.before == "satisfied"
    assert json.loads(entry.target)["item"] == "CP1.1"


def test_an_older_file_after_a_newer_one_keeps_the_newer_grids(
    lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    _import(lead, lead_clock, laptops.j1_v2)
    (older,) = _import(lead, lead_clock, laptops.j1_v1)
    assert older.status == "imported", older.problems
    assert kit.snapshot(lead, "J1") == laptops.j1_at_v2
    kept = [d.describe() for d in older.differences if d.field == "grid_kept"]
    assert len(kept) == 2 and all("un export plus récent" in t for t in kept), kept
    assert not any(d.changes_here for d in older.differences)
    assert verify_audit(lead, SID).ok


def test_files_given_together_are_merged_oldest_first(
    lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    outcomes = _import(lead, lead_clock, laptops.j1_v2, laptops.j1_v1)
    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert kit.snapshot(lead, "J1") == laptops.j1_at_v2
    assert verify_audit(lead, SID).ok


def _close(lead: AppContext, cand: str) -> None:
    with lead.database.session() as orm:
        orm.add(db.Deliberation(session_id=SID, candidate_ref=cand, closed=True, closed_at=datetime.now(UTC)))


def test_a_closed_deliberation_is_not_overwritten_silently(
    lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    _import(lead, lead_clock, laptops.j1_v1, laptops.j2_v1)
    _close(lead, "C01")
    (outcome,) = _import(lead, lead_clock, laptops.j1_v2)
    assert outcome.status == "imported", outcome.problems
    assert outcome.left_out == ("C01",)
    assert "non importé pour C01 (délibération close)" in outcome.message
    first = outcome.differences[0]
    assert first.field == "refused" and not first.changes_here
    assert "délibération close sur cet ordinateur (4 élément(s)" in first.describe()
    assert kit.snapshot(lead, "J1") == laptops.j1_at_v1  # C01 as it was closed
    info = results_plan.inspect_result_file(lead, laptops.j1_v2)
    assert info.already_imported


def test_a_closed_deliberation_the_file_does_not_change_is_no_obstacle(
    lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    _import(lead, lead_clock, laptops.j1_v1)
    _close(lead, "C05")  # j1_v2 changes C01 only
    (newer,) = _import(lead, lead_clock, laptops.j1_v2)
    assert newer.status == "imported", newer.problems
    assert kit.snapshot(lead, "J1") == laptops.j1_at_v2


def test_a_closed_deliberation_reopened_then_imports(
    lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    _import(lead, lead_clock, laptops.j1_v1)
    _close(lead, "C01")
    (first,) = _import(lead, lead_clock, laptops.j1_v2)
    assert first.status == "imported" and first.left_out == ("C01",)
    (again,) = _import(lead, lead_clock, laptops.j1_v2)
    assert again.status == "unchanged"  # still closed: nothing new to take
    deliberation_close.reopen_deliberation(lead, SID, "C01", "J1", "résultats de J1 arrivés après la clôture", lead_clock)
    (reopened,) = _import(lead, lead_clock, laptops.j1_v2)
    assert reopened.status == "imported", reopened.problems
    assert reopened.left_out == () and reopened.differences
    assert kit.snapshot(lead, "J1") == laptops.j1_at_v2
    (last,) = _import(lead, lead_clock, laptops.j1_v2)
    assert last.status == "unchanged"
    assert verify_audit(lead, SID).ok


def test_a_recusal_at_the_lead_is_kept_and_the_grid_counts_nowhere(
    lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    from jury_app.actions import jurors

    jurors.declare(lead, SID, "C01", "J1", has_link=True, note="lien déclaré au responsable")
    (outcome,) = _import(lead, lead_clock, laptops.j1_v1)
    assert outcome.status == "imported", outcome.problems
    assert kit.declarations_of(lead, "J1")["C01"] is True
    view = deliberation.deliberation_view(lead, SID, "C01")
    assert "J1" in view.recused and "J1" not in {ref for ref, _name in view.jurors}
    status = results_status.completeness(lead, SID)
    assert not any(g.candidate_ref == "C01" and g.juror_ref == "J1" for g in status.grids)


def test_inspect_tells_who_when_what_and_the_key(lead: AppContext, laptops: Any, lead_clock: FakeClock) -> None:
    info = results_plan.inspect_result_file(lead, laptops.j1_v1)
    assert (info.juror_ref, info.juror_name, info.session_id) == ("J1", "Martine Roussel", SID)
    assert info.key_status == "new" and not info.key_known
    assert info.fingerprint == laptops.fingerprints["J1"]
    assert info.importable and not info.already_imported
    assert info.grids == 2 and info.declarations == 4
    assert info.candidates == ("C01", "C02", "C03", "C04", "C05")
    _import(lead, lead_clock, laptops.j1_v1)
    again = results_plan.inspect_result_file(lead, laptops.j1_v1)
    assert again.key_known and again.already_imported
    newer = results_plan.inspect_result_file(lead, laptops.j1_v2)
    assert newer.key_known and not newer.already_imported and len(newer.differences) == 4


def test_completeness_before_and_after(lead: AppContext, laptops: Any, lead_clock: FakeClock) -> None:
    # C05 takes the four modalities of the VAE path; the jurors' files hold the final interview (ef).
    for cand in ("C01", "C02", "C03", "C04"):
        exam.mark_absent(lead, SID, cand, "J1", lead_clock)
    before = results_status.completeness(lead, SID)
    assert not before.complete
    assert [(g.candidate_ref, g.modality_id, g.juror_ref) for g in before.grids] == [
        ("C05", m, j) for m in ("msp", "et", "qp", "ef") for j in ("J1", "J2")
    ]
    assert {g.origin_label for g in before.grids} == {"manquante"}
    assert "Il manque des données" in before.summary and "Martine Roussel : 4" in before.summary
    assert [name for _ref, name, _grids in before.missing_by_juror()] == ["Martine Roussel", "Karim Benali"]

    _import(lead, lead_clock, laptops.j1_v1)
    middle = results_status.completeness(lead, SID)
    states = {g.juror_ref: g for g in middle.grids if g.modality_id == "ef"}
    assert states["J1"].complete and states["J1"].origin == "imported"
    assert states["J1"].origin_label.startswith("importée, signée (fichier du 07/12/2025 à ")
    assert not states["J2"].complete and states["J2"].origin_label == "manquante"
    assert "Martine Roussel : 3" in middle.summary and "Karim Benali : 4" in middle.summary

    _import(lead, lead_clock, laptops.j2_v1)
    after = results_status.completeness(lead, SID)
    assert all(g.complete and g.origin == "imported" for g in after.grids if g.modality_id == "ef")
    assert len(after.missing) == 6 and all(g.modality_id != "ef" for g in after.missing)


def test_completeness_tells_grids_keyed_in_here(lead: AppContext, laptops: Any, lead_clock: FakeClock) -> None:
    from jury_app.actions import jurors

    _import(lead, lead_clock, laptops.j1_v1)
    jurors.declare(lead, SID, "C05", "J2", has_link=False)
    lead_clock.advance(60)
    grids.set_judgement(lead, grids.GridKey(SID, "C05", "ef", "J2"), OVERALL, Judgement.ACQUIRED, lead_clock)
    report = results_status.completeness(lead, SID)
    by_key = {(g.candidate_ref, g.modality_id, g.juror_ref): g for g in report.grids}
    assert by_key[("C05", "ef", "J2")].origin_label == "saisie sur cet ordinateur"
    assert by_key[("C05", "ef", "J2")].complete
    assert by_key[("C05", "ef", "J1")].origin == "imported"
    # J1 changes their grid here after the import: it is now this laptop's
    lead_clock.advance(60)
    grids.set_observation(lead, grids.GridKey(SID, "C05", "ef", "J1"), OVERALL, "Complété sur place", lead_clock)
    by_key = {(g.candidate_ref, g.modality_id, g.juror_ref): g for g in results_status.completeness(lead, SID).grids}
    assert by_key[("C05", "ef", "J1")].origin == "local"
    # C04: J1 is recused, so no grid of theirs is expected
    assert ("C04", "qp", "J1") not in by_key and ("C04", "qp", "J2") in by_key
    # The trail holds, but nothing J1 signed covers that change yet: the audit says so, where.
    report = verify_audit(lead, SID)
    (problem,) = report.problems
    assert "C05 Sophie Marchand — Entretien final — observations" in problem
    assert "modifiée ici au nom de J1" in problem and "sans qu'aucun document signé par J1 ne la couvre" in problem


def test_export_of_some_candidates(tmp_path: Path, laptops: Any, kit: Any, lead_clock: FakeClock) -> None:
    import shutil

    shutil.copytree(laptops.j1, tmp_path / "j1")
    j1 = kit.open_laptop(tmp_path / "j1")
    try:
        info = results_export.export_results(
            j1, SID, "J1", kit.PASSPHRASES["J1"], tmp_path, candidate_refs=["C05", "C05"], clock=lead_clock, pin="1111"
        )
        assert info.path.parent == tmp_path and info.path.name.startswith("resultats_DEMO-CIP-2026-11_J1_")
        assert info.candidates == ("C05",) and info.grids == 1 and info.declarations == 1
        assert not info.key_created and info.fingerprint == laptops.fingerprints["J1"]
        doc = json.loads(info.path.read_text("utf-8"))
        assert [g["candidate"] for g in doc["content"]["grids"]] == ["C05"]
        try:
            results_export.export_results(
                j1, SID, "J1", "mauvaise phrase", tmp_path / "x.json", clock=lead_clock, pin="1111"
            )
        except Exception as exc:
            assert "phrase secrète incorrecte" in str(exc)
        else:
            raise AssertionError("a wrong passphrase must not sign")
        assert not (tmp_path / "x.json").exists()
    finally:
        j1.close()


def test_a_partial_file_leaves_the_other_candidates_alone(
    tmp_path: Path, lead: AppContext, laptops: Any, kit: Any, lead_clock: FakeClock
) -> None:
    import shutil

    _import(lead, lead_clock, laptops.j1_v1)
    shutil.copytree(laptops.j1, tmp_path / "j1")
    j1 = kit.open_laptop(tmp_path / "j1")
    try:
        lead_clock.advance(7200)
        grids.set_observation(j1, grids.GridKey(SID, "C05", "ef", "J1"), OVERALL, "Revu", lead_clock)
        info = results_export.export_results(
            j1,
            SID,
            "J1",
            kit.PASSPHRASES["J1"],
            tmp_path / "c05.json",
            candidate_refs=["C05"],
            clock=lead_clock,
            pin="1111",
        )
    finally:
        j1.close()
    (outcome,) = _import(lead, lead_clock, info.path)
    assert outcome.status == "imported"
    assert [(d.candidate, d.field, d.after) for d in outcome.differences] == [("C05", "observation", "Revu")]
    merged = kit.snapshot(lead, "J1")
    assert merged[("C01", "msp")] == laptops.j1_at_v1[("C01", "msp")]  # v1's C01, untouched
    assert merged[("C05", "ef")]["observations"] == {OVERALL: "Revu"}
    assert verify_audit(lead, SID).ok
