"""One writer for grid changes: what a juror clicks on their laptop and what the merge of their result
file writes on the session lead's leave the same grids, the same recusal, and audit trails that both
verify and record the same values, with the juror as actor."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from jury_app.actions import grids, jurors
from jury_app.actions.audit import verify_audit
from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey
from jury_app.actions.packages import import_
from jury_app.actions.results_export import export_results
from jury_app.actions.results_import import import_results
from jury_app.data import models as db
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import OVERALL, Mark
from jury_app.domain.referentiel import Judgement
from jury_app.paths import resolve

S = "DEMO-CIP-2026-11"
PASSPHRASE = "phrase secrète de Martine"
MSP = GridKey(S, "C01", "msp", "J1")
EF = GridKey(S, "C05", "ef", "J1")
MSP_CRITERIA = [f"CP1.{i}" for i in range(1, 6)] + [f"CP2.{i}" for i in range(1, 6)]


@pytest.fixture
def lead(tmp_path: Path, demo_package: Path) -> Iterator[AppContext]:
    """The session lead's laptop: the same package, nothing entered."""
    context = AppContext(resolve(tmp_path / "lead"))
    import_(context, demo_package)
    yield context
    context.close()


def _first_day(ctx: AppContext, clock: FakeClock) -> None:
    """Juror J1 evaluates with every kind of change: marks changed, undone and cleared, judgements,
    an observation rewritten, notes (one undone), a paper grid, an overall judgement, a recusal."""
    for cand in ("C01", "C05"):
        jurors.declare(ctx, S, cand, "J1", has_link=False, clock=clock)
    jurors.declare(ctx, S, "C04", "J1", has_link=True, note="ancienne collègue", clock=clock)
    for i, criterion in enumerate(MSP_CRITERIA):
        clock.advance(7)
        grids.set_mark(ctx, MSP, criterion, list(Mark)[i % 3], clock)
    grids.set_mark(ctx, MSP, "CP1.1", Mark.NOT_SATISFIED, clock)
    grids.undo_last(ctx, MSP, clock)
    grids.set_mark(ctx, MSP, "CP2.5", None, clock)
    grids.set_judgement(ctx, MSP, "CP1", Judgement.ACQUIRED, clock)
    grids.set_judgement(ctx, MSP, "CP2", Judgement.NOT_ACQUIRED, clock)
    grids.set_observation(ctx, MSP, "CP1", "Bonne posture", clock)
    clock.advance(30)
    grids.set_observation(ctx, MSP, "CP1", "Bonne posture, écoute « active »", clock)
    grids.add_note(ctx, MSP, "Reformule bien la demande.", "Phase 1", clock)
    clock.advance(30)
    grids.add_note(ctx, MSP, "Note prise par erreur", "Phase 1", clock)
    grids.undo_last(ctx, MSP, clock)
    grids.set_source_paper(ctx, MSP, True, clock)
    grids.set_judgement(ctx, EF, OVERALL, Judgement.ACQUIRED, clock)
    grids.set_observation(ctx, EF, OVERALL, "Parcours cohérent", clock)


def _an_hour_later(ctx: AppContext, clock: FakeClock) -> None:
    """Stored values changed, cleared and rewritten, one more note, the grid back to the app."""
    clock.advance(3600)
    grids.set_mark(ctx, MSP, "CP1.2", Mark.SATISFIED, clock)
    grids.set_mark(ctx, MSP, "CP1.3", None, clock)
    grids.set_mark(ctx, MSP, "CP2.5", Mark.SATISFIED, clock)
    grids.set_judgement(ctx, MSP, "CP2", None, clock)
    grids.set_observation(ctx, MSP, "CP1", "Posture à consolider", clock)
    grids.set_observation(ctx, EF, OVERALL, "", clock)
    grids.add_note(ctx, MSP, "Question complémentaire sur le réseau.", "Phase 2", clock)
    grids.set_source_paper(ctx, MSP, False, clock)


def _grids(ctx: AppContext) -> dict[tuple[str, str], dict[str, Any]]:
    """Every grid of J1 as stored, by (candidate, modality)."""
    with ctx.database.reader() as orm:
        rows = orm.scalars(select(db.Grid).where(db.Grid.session_id == S, db.Grid.juror_ref == "J1"))
        return {
            (g.candidate_ref, g.modality_id): {
                "source": g.source,
                "marks": {m.criterion_id: m.mark for m in g.marks},
                "judgements": {a.competence_id: a.judgement for a in g.assessments if a.judgement},
                "observations": {a.competence_id: a.observation for a in g.assessments if a.observation},
                "notes": sorted((n.at, n.phase_label, n.text) for n in g.notes),
            }
            for g in rows
        }


def _recorded(ctx: AppContext) -> dict[str, Any]:
    """What the audit trail says of J1's grids, replayed: the last value of each item, the notes
    still there, each grid's origin, the actors; and the recusal incidents."""
    values: dict[tuple[str, ...], str | None] = {}
    notes: dict[tuple[str, str, str], str] = {}  # (candidate, modality, note number) -> text
    sources: dict[tuple[str, str], str | None] = {}
    actors: set[str] = set()
    with ctx.database.reader() as orm:
        entries = orm.scalars(
            select(db.AuditEntry)
            .where(db.AuditEntry.session_id == S, db.AuditEntry.action.like("grid.%"))
            .order_by(db.AuditEntry.seq)
        ).all()
        recusals = {
            (i.candidate_ref, i.juror_ref, i.text)
            for i in orm.scalars(select(db.Incident).where(db.Incident.session_id == S, db.Incident.kind == "recusal"))
        }
    for e in entries:
        t = json.loads(e.target)
        actors.add(e.actor)
        grid = (t["candidate"], t["modality"])
        if e.action == "grid.note":
            notes[(*grid, t["item"])] = e.after or ""
        elif e.action == "grid.note.undo":
            del notes[(*grid, t["item"])]
        elif e.action == "grid.source":
            sources[grid] = e.after
        else:
            values[(e.action, *grid, t["juror"], t["item"])] = e.after
    return {
        "values": {k: v for k, v in values.items() if v not in (None, "")},
        "notes": sorted((c, m, text) for (c, m, _n), text in notes.items()),
        "sources": {g: s for g, s in sources.items() if s != "app"},
        "actors": actors,
        "recusals": recusals,
    }


def _merge(juror: AppContext, lead: AppContext, clock: FakeClock, name: str) -> None:
    if not jurors.verify_pin(juror, S, "J1", "1111"):
        jurors.set_pin(juror, S, "J1", "1111", lead_passphrase="phrase du responsable")
    info = export_results(juror, S, "J1", PASSPHRASE, juror.paths.root / name, clock=clock, pin="1111")
    (outcome,) = import_results(lead, [info.path], accept_new_keys=True, clock=clock)
    assert outcome.status == "imported", outcome.problems


def _same_in_both(juror: AppContext, lead: AppContext) -> None:
    for ctx in (juror, lead):
        report = verify_audit(ctx, S)
        assert report.ok, report.problems
    assert _grids(lead) == _grids(juror)
    clicked, merged = _recorded(juror), _recorded(lead)
    assert merged == clicked
    assert clicked["actors"] == {"J1"}


def test_a_click_and_a_merge_write_the_same_grid_and_trail(ctx: AppContext, lead: AppContext, clock: FakeClock) -> None:
    juror = ctx
    _first_day(juror, clock)
    _merge(juror, lead, clock, "v1.json")
    _same_in_both(juror, lead)
    assert _recorded(lead)["recusals"] == {("C04", "J1", "Récusation : ancienne collègue")}

    # A newer file replaces stored values on the lead's laptop, as the clicks did on the juror's.
    _an_hour_later(juror, clock)
    _merge(juror, lead, clock, "v2.json")
    _same_in_both(juror, lead)

    # The merged changes are lines of the grid's trail like any other: undo reverts the last one
    # (the note the newer file added), and the trail still verifies.
    view = grids.undo_last(lead, MSP, clock)
    assert [n.text for n in view.notes] == ["Reformule bien la demande."]
    # The chain and the grids agree; what the audit tells is that nothing J1 signed covers the undo.
    (problem,) = verify_audit(lead, S).problems
    assert "note ajoutée" in problem and "modifiée ici au nom de J1" in problem
