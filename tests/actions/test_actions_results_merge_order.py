"""Merging without order effects: three result files imported one by one, in each of the six orders,
give the same database; their contradictions become explicit conflicts, listed first and whole, that
the session lead resolves with a recorded choice.

The three files, from two laptops:
- J1 v1: J1 drew a card for C01's mise en situation (nothing else yet), marked C03 absent;
- J2: J2 drew another card for C01 and stopped there; ran and scored C03's mise en situation; timed
  C02's questionnement (60 min);
- J1 v2: J1 then ran C01's mise en situation with their card, and timed C02's questionnement too
  (55 min), a later export of the same laptop: it goes on from J1 v1.
So: C01 msp holds two different cards (J1's timed run, J2's draw alone), C03 msp is absent on one
laptop and evaluated on the other, C02 qp was timed twice differently.
"""

from __future__ import annotations

import itertools
import random
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from jury_app.actions import exam, jurors, results_conflicts, results_export, results_import
from jury_app.actions.audit import verify_audit
from jury_app.actions.context import AppContext
from jury_app.actions.exam import GridKey, RunKey
from jury_app.data import models as db
from jury_app.domain.clock import FakeClock
from jury_app.domain.draw import draw_card
from jury_app.domain.problems import InvalidInput

SID = "DEMO-CIP-2026-11"
START = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


@dataclass(frozen=True)
class ThreeFiles:
    j1_v1: Path
    j2: Path
    j1_v2: Path
    j1_card: str
    j2_card: str


def _time(ctx: AppContext, cand: str, modality: str, juror: str, clock: FakeClock, minutes: int) -> None:
    """The modality run through its phases on `juror`'s laptop, `minutes` in all."""
    key = GridKey(SID, cand, modality, juror)
    view = exam.start_modality(ctx, key, clock)
    phases = len(view.plan)
    for i in range(phases):
        clock.advance(minutes * 60 / phases)
        if i < phases - 1:
            exam.next_phase(ctx, key, clock)
    exam.finish_modality(ctx, key, clock)


def other_card_seed(card: str) -> int:
    """A seed whose first draw of the demo's four cards is not `card`."""
    return next(s for s in range(100) if draw_card(["S1", "S2", "S3", "S4"], (), random.Random(s)) != card)


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory, laptops: Any, kit: Any) -> ThreeFiles:
    root = tmp_path_factory.mktemp("three")
    shutil.copytree(laptops.j1, root / "j1")
    shutil.copytree(laptops.j2, root / "j2")
    j1, j2 = kit.open_laptop(root / "j1"), kit.open_laptop(root / "j2")
    clock = FakeClock(START)
    jurors.declare(j1, SID, "C03", "J1", has_link=False)
    j1_card = exam.draw_scenario(j1, GridKey(SID, "C01", "msp", "J1"), clock, rng=random.Random(1)).card
    assert j1_card is not None
    exam.mark_absent(j1, SID, "C03", "J1", clock, "pas venue le matin")
    clock.advance(60)
    v1 = results_export.export_results(
        j1, SID, "J1", kit.PASSPHRASES["J1"], root / "j1_v1.json", clock=clock, pin=kit.PINS["J1"]
    )

    jurors.declare(j2, SID, "C02", "J2", has_link=False)
    seed = other_card_seed(j1_card.ref)
    j2_card = exam.draw_scenario(j2, GridKey(SID, "C01", "msp", "J2"), clock, rng=random.Random(seed)).card
    assert j2_card is not None and j2_card.ref != j1_card.ref
    exam.draw_scenario(j2, GridKey(SID, "C03", "msp", "J2"), clock, rng=random.Random(7))
    _time(j2, "C03", "msp", "J2", clock, 45)
    kit.score_grid(j2, "C03", "msp", "J2", clock)
    _time(j2, "C02", "qp", "J2", clock, 60)
    clock.advance(60)
    v2 = results_export.export_results(
        j2, SID, "J2", kit.PASSPHRASES["J2"], root / "j2.json", clock=clock, pin=kit.PINS["J2"]
    )

    _time(j1, "C01", "msp", "J1", clock, 44)
    _time(j1, "C02", "qp", "J1", clock, 55)
    clock.advance(60)
    v3 = results_export.export_results(
        j1, SID, "J1", kit.PASSPHRASES["J1"], root / "j1_v2.json", clock=clock, pin=kit.PINS["J1"]
    )
    j1.close()
    j2.close()
    return ThreeFiles(v1.path, v2.path, v3.path, j1_card.ref, j2_card.ref)


def _utc(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat()


def canonical_dump(ctx: AppContext) -> dict[str, Any]:
    """What the jury's data holds, without row numbers, the audit trail (the story of the imports,
    which differs by nature) or the times the imports were made."""
    with ctx.database.reader() as orm:
        grids = {}
        for g in orm.scalars(select(db.Grid).where(db.Grid.session_id == SID)):
            content = {
                "source": g.source,
                "marks": sorted((m.criterion_id, m.mark) for m in g.marks),
                "assessments": sorted((a.competence_id, a.judgement, a.observation) for a in g.assessments),
                "notes": sorted((_utc(n.at), n.phase_label, n.text) for n in g.notes),
            }
            if content["marks"] or content["notes"] or any(a[1] or a[2] for a in content["assessments"]):
                grids[f"{g.candidate_ref}/{g.modality_id}/{g.juror_ref}"] = content
        runs = {}
        for r in orm.scalars(select(db.ModalityRun).where(db.ModalityRun.session_id == SID)):
            if r.status == "todo" and not r.events and not r.draws:
                continue
            runs[f"{r.candidate_ref}/{r.modality_id}"] = {
                "status": r.status,
                "speed": r.timer_speed,
                "events": [(e.seq, e.kind, _utc(e.at), e.phase_id, e.reason, e.juror_ref, _utc(e.steady_at)) for e in r.events],
                "draws": [
                    (d.seq, d.card_ref, _utc(d.drawn_at), d.day, d.witness, d.reason, d.juror_ref, d.superseded)
                    for d in r.draws
                ],
            }
        return {
            "grids": grids,
            "runs": runs,
            "declarations": sorted(
                (d.candidate_ref, d.juror_ref, d.has_link, d.note, _utc(d.declared_at))
                for d in orm.scalars(select(db.Declaration).where(db.Declaration.session_id == SID))
            ),
            "incidents": sorted(
                (i.candidate_ref or "", i.modality_id or "", i.kind, i.text, _utc(i.at), i.juror_ref)
                for i in orm.scalars(select(db.Incident).where(db.Incident.session_id == SID))
            ),
            "versions": sorted(
                (v.candidate_ref, v.modality_id, v.digest, tuple(v.origins), v.set_aside)
                for v in orm.scalars(select(db.RunVersion).where(db.RunVersion.session_id == SID))
            ),
            "conflicts": sorted(
                (c.candidate_ref, c.modality_id, c.kind, tuple(c.options), c.status, c.chosen)
                for c in orm.scalars(select(db.MergeConflict).where(db.MergeConflict.session_id == SID))
            ),
            "imports": sorted(
                (i.juror_ref, i.file_sha256, _utc(i.exported_at), sorted(map(tuple, i.grids)), i.refused_candidates)
                for i in orm.scalars(select(db.ResultImport).where(db.ResultImport.session_id == SID))
            ),
            "keys": sorted(
                (k.juror_ref, k.fingerprint)
                for k in orm.scalars(select(db.JurorKey).where(db.JurorKey.session_id == SID))
            ),
        }


def _one_by_one(ctx: AppContext, files: tuple[Path, ...]) -> list[results_import.ImportOutcome]:
    clock = FakeClock(datetime(2026, 12, 8, 18, 0, tzinfo=UTC))
    outcomes = []
    for f in files:
        clock.advance(60)
        (outcome,) = results_import.import_results(ctx, [f], accept_new_keys=True, clock=clock)
        assert outcome.status == "imported", outcome.problems
        outcomes.append(outcome)
    return outcomes


def test_every_order_of_three_files_gives_the_same_database(
    tmp_path: Path, laptops: Any, kit: Any, three: ThreeFiles
) -> None:
    files = (three.j1_v1, three.j2, three.j1_v2)
    dumps = []
    for n, order in enumerate(itertools.permutations(files)):
        shutil.copytree(laptops.lead_template, tmp_path / f"lead{n}")
        ctx = kit.open_laptop(tmp_path / f"lead{n}")
        try:
            _one_by_one(ctx, order)
            dumps.append(canonical_dump(ctx))
            report = verify_audit(ctx, SID)
            assert report.ok, report.problems
        finally:
            ctx.close()
    assert len(dumps) == 6
    for other in dumps[1:]:
        assert other == dumps[0]
    merged = dumps[0]
    conflicts = {(c[0], c[1]): c[2] for c in merged["conflicts"]}
    assert conflicts == {("C01", "msp"): "card", ("C03", "msp"): "absence", ("C02", "qp"): "run"}
    # J1's later export goes on from its first: no conflict of J1 with itself; C03's other
    # modalities are absent on J1's laptop alone, hence absent here.
    assert merged["runs"]["C03/et"]["status"] == "absent"
    assert merged["grids"]["C03/msp/J2"]["marks"]


def test_conflicts_are_listed_first_and_whole(lead: AppContext, three: ThreeFiles) -> None:
    outcomes = _one_by_one(lead, (three.j1_v1, three.j2, three.j1_v2))
    second = outcomes[1]
    assert second.conflicts == 2  # C01's cards, C03's absence; C02's qp is J2's alone so far
    fields = [d.field for d in second.differences]
    assert fields[: second.conflicts] == ["conflict", "conflict"]
    assert "conflict" not in fields[second.conflicts :]
    texts = [d.describe() for d in second.differences[:2]]
    assert any("C03" in t and "CONFLIT" in t and "absent sur un ordinateur, évalué sur un autre" in t for t in texts)
    assert any("C01" in t and "fiches scénario différentes" in t for t in texts), texts
    assert "2 conflit(s) à résoudre" in second.message
    third = outcomes[2]
    assert third.conflicts == 2  # C01's options change (J1's run now), C02's two timed runs
    assert any("déroulés chronométrés différents" in d.describe() for d in third.differences)

    items = results_conflicts.conflicts(lead, SID)
    assert [(c.candidate_ref, c.modality_id, c.kind, c.open) for c in items] == [
        ("C01", "msp", "card", True),
        ("C02", "qp", "run", True),
        ("C03", "msp", "absence", True),
    ]
    c01 = items[0]
    cards = {o.detail["card"]: o for o in c01.options}
    assert set(cards) == {three.j1_card, three.j2_card}
    assert cards[three.j1_card].origins == ("fichier de Martine Roussel",)
    assert cards[three.j1_card].detail["status"] == "done"
    assert cards[three.j2_card].detail["status"] == "todo"
    rows = results_conflicts.conflict_rows(items)
    assert len(rows) == 6 and {r["kind"] for r in rows} == {"card", "run", "absence"}


def test_the_lead_resolves_a_conflict_with_a_recorded_choice(lead: AppContext, three: ThreeFiles) -> None:
    _one_by_one(lead, (three.j2, three.j1_v2, three.j1_v1))
    c01 = next(c for c in results_conflicts.conflicts(lead, SID) if c.candidate_ref == "C01")
    played = next(o.number for o in c01.options if o.detail["card"] == three.j1_card)
    clock = FakeClock(datetime(2026, 12, 8, 19, 0, tzinfo=UTC))
    with pytest.raises(InvalidInput, match="motif"):
        results_conflicts.resolve_conflict(lead, SID, c01.id, played, "  ", "Nathalie Berthier", clock)
    with pytest.raises(InvalidInput, match="choix impossible"):
        results_conflicts.resolve_conflict(lead, SID, c01.id, 9, "raison", "Nathalie Berthier", clock)
    done = results_conflicts.resolve_conflict(
        lead, SID, c01.id, played, "Fiche confirmée par le comédien", "Nathalie Berthier", clock
    )
    assert not done.open and done.chosen == played and done.resolved_by == "Nathalie Berthier"
    view = exam.run_view(lead, RunKey(SID, "C01", "msp"), clock)
    assert view.card is not None and view.card.ref == three.j1_card and view.status.value == "done"
    with lead.database.reader() as orm:
        entry = orm.scalars(
            select(db.AuditEntry).where(db.AuditEntry.action == "results.resolve").order_by(db.AuditEntry.seq)
        ).one()
        aside = orm.scalars(
            select(db.RunVersion).where(db.RunVersion.candidate_ref == "C01", db.RunVersion.set_aside.is_(True))
        ).all()
    assert entry.actor == "responsable" and "Fiche confirmée par le comédien" in (entry.after or "")
    assert len(aside) == 1 and aside[0].body["draws"][0]["card"] == three.j2_card
    with pytest.raises(InvalidInput, match="déjà résolu"):
        results_conflicts.resolve_conflict(lead, SID, c01.id, 1, "encore", "X", clock)
    assert verify_audit(lead, SID).ok


def test_the_conflicts_dialog_lists_every_conflict_and_keeps_the_lead_s_choice(
    qtbot: Any, lead: AppContext, three: ThreeFiles, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from jury_app.ui.results.conflicts_dialog import ConflictsDialog

    _one_by_one(lead, (three.j1_v1, three.j2, three.j1_v2))
    clock = FakeClock(datetime(2026, 12, 8, 19, 0, tzinfo=UTC))
    dialog = ConflictsDialog(lead, SID, clock)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 3
    assert "3 conflit(s) à résoudre, 0 résolu(s)" in dialog.summary.text()
    assert not dialog.keep_button.isEnabled()  # no reason yet
    first = dialog.current()
    assert first is not None and first.candidate_ref == "C01"
    played = next(o.number for o in first.options if o.detail["card"] == three.j1_card)
    dialog.choice.setCurrentIndex(dialog.choice.findData(played))
    dialog.reason.setText("Fiche confirmée par le comédien")
    assert dialog.keep_button.isEnabled()
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert "2 conflit(s) à résoudre, 1 résolu(s)" in dialog.summary.text()
    assert "version" in dialog.note.text() and not dialog.banner.text()
    resolved = next(c for c in results_conflicts.conflicts(lead, SID) if c.candidate_ref == "C01")
    assert resolved.chosen == played and resolved.reason == "Fiche confirmée par le comédien"
    out = tmp_path / "conflits.csv"
    dialog.export_to(out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("conflict;status;candidate") and len(lines) == 7


def test_the_conflicts_dialog_in_english(qtbot: Any, lead: AppContext, three: ThreeFiles, english: None) -> None:
    """Each conflict, its versions and where they come from read in English; a choice refused too.
    The command line and the exports keep the same French text."""
    from jury_app.ui.results.conflicts_dialog import ConflictsDialog
    from tests.helpers.english import french_lines

    _one_by_one(lead, (three.j1_v1, three.j2, three.j1_v2))
    clock = FakeClock(datetime(2026, 12, 8, 19, 0, tzinfo=UTC))
    dialog = ConflictsDialog(lead, SID, clock)
    qtbot.addWidget(dialog)
    lines = []
    for i in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(i)
        lines.append(top.text(0))
        lines += [f"{top.child(j).text(0)} | {top.child(j).text(2)}" for j in range(top.childCount())]
    lines += [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
    shown = "\n".join(lines)
    assert "different scenario cards drawn (2 versions)" in shown, shown
    assert "absent on one computer, assessed on another (2 versions)" in shown, shown
    assert "| file from Martine Roussel" in shown and "finished, card " in shown and "timer event(s)" in shown
    titles = [c.modality_title for c in dialog.items]  # the référentiel's words, as it writes them
    assert french_lines(shown, titles) == [], "\n".join(french_lines(shown, titles))

    first = dialog.current()
    assert first is not None
    results_conflicts.resolve_conflict(lead, SID, first.id, 1, "Fiche confirmée", "Nathalie Berthier", clock)
    dialog.reason.setText("Another reason")
    dialog.keep()  # resolved meanwhile elsewhere: refused, told in English
    told = dialog.banner.text()
    assert f"conflict no. {first.id} is already resolved (Nathalie Berthier)" in told, told
    assert french_lines(told, ["Fiche confirmée"]) == [], told
    c01 = next(c for c in results_conflicts.conflicts(lead, SID) if c.candidate_ref == "C01")
    assert c01.describe().endswith("fiches scénario différentes tirées (2 versions)")  # the command line's

    # what prevents closing C02's deliberation: its conflict still open, in English
    from jury_app.actions.deliberation import deliberation_view
    from jury_app.ui.common.messages import translated

    problems = deliberation_view(lead, SID, "C02").problems
    said = [translated(p) for p in problems if "conflit entre ordinateurs" in p]
    assert [p.startswith("“Questionnement") and "”: conflict between computers: " in p for p in said] == [True], said
    assert french_lines("\n".join(said), titles) == [], said
