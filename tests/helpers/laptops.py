"""Three laptops, one session: juror J1's, juror J2's and the session lead's, each with its own data
folder holding the same demo package. The jurors declare and score through the real actions, then
export their signed result files, which the tests carry to the lead's laptop.

`laptops` is built once per test session (read only): the jurors' folders, their files, and what
their grids held when each file was written. `lead` is a fresh copy of the lead's folder (demo
imported, nothing else) for each test.

What the jurors did:
- J1 Martine Roussel: no link with C01, C02, C05; recused for C04 ("ancienne collègue"); C01 msp
  fully scored (one criterion not satisfied) with observations and a note; C05 ef judged. File
  `j1_v1`. Then, one hour later: CP1.1 changed to not satisfied, CP2.1 cleared, an observation
  rewritten, a note added: file `j1_v2`.
- J2 Karim Benali: no link with C01, C03, C05; C01 msp fully scored; C03 et partly (two
  criteria); C05 ef judged. File `j2_v1`.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from jury_app.actions import grids, jurors
from jury_app.actions.context import AppContext
from jury_app.actions.packages import import_
from jury_app.actions.results_export import export_results
from jury_app.data import models as db
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import Mark
from jury_app.domain.referentiel import Judgement
from jury_app.paths import resolve

SID = "DEMO-CIP-2026-11"
PASSPHRASES = {"J1": "phrase secrète de Martine", "J2": "phrase secrète de Karim", "J3": "une autre phrase"}
PINS = {"J1": "1111", "J2": "2222", "J3": "3333"}

GridState = dict[str, Any]
Snapshot = dict[tuple[str, str], GridState]


def open_laptop(folder: Path) -> AppContext:
    return AppContext(resolve(folder))


def new_laptop(folder: Path, package: Path) -> AppContext:
    """A laptop with the package imported, each juror's PIN chosen (`PINS`)."""
    ctx = open_laptop(folder)
    import_(ctx, package)
    for juror in jurors.jury_members(ctx, SID) if SID in _sessions(ctx) else []:
        jurors.set_pin(ctx, SID, juror.ref, PINS[juror.ref], lead_passphrase="phrase du responsable")
    return ctx


def _sessions(ctx: AppContext) -> set[str]:
    with ctx.database.reader() as orm:
        return set(orm.scalars(select(db.Session.id)))


def snapshot(ctx: AppContext, juror: str, session_id: str = SID) -> Snapshot:
    """Everything of a juror's grids that a result file carries, by (candidate, modality)."""
    result: Snapshot = {}
    with ctx.database.reader() as orm:
        for g in orm.scalars(select(db.Grid).where(db.Grid.session_id == session_id, db.Grid.juror_ref == juror)):
            state = {
                "source": g.source,
                "marks": {m.criterion_id: m.mark for m in g.marks},
                "judgements": {a.competence_id: a.judgement for a in g.assessments if a.judgement},
                "observations": {a.competence_id: a.observation for a in g.assessments if a.observation},
                "notes": sorted((n.at, n.phase_label, n.text) for n in g.notes),
            }
            if state["marks"] or state["judgements"] or state["observations"] or state["notes"]:
                result[(g.candidate_ref, g.modality_id)] = state
    return result


def declarations_of(ctx: AppContext, juror: str) -> dict[str, bool]:
    return {c: d.has_link for (c, j), d in jurors.declarations(ctx, SID).items() if j == juror}


def db_digest(ctx: AppContext) -> str:
    """The SHA-256 of the closed database file (the context reopens it on its next use)."""
    ctx.close()
    wal = ctx.paths.database.with_name(ctx.paths.database.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    return hashlib.sha256(ctx.paths.database.read_bytes()).hexdigest()


def score_grid(
    ctx: AppContext,
    cand: str,
    modality: str,
    juror: str,
    clock: FakeClock,
    *,
    not_satisfied: tuple[str, ...] = (),
    limit: int | None = None,
    observation: str = "",
) -> None:
    key = grids.GridKey(SID, cand, modality, juror)
    view = grids.grid_view(ctx, key)
    done = 0
    for comp in view.competences:
        for crit in comp.criteria:
            if limit is not None and done >= limit:
                return
            mark = Mark.NOT_SATISFIED if crit.id in not_satisfied else Mark.SATISFIED
            grids.set_mark(ctx, key, crit.id, mark, clock)
            done += 1
            clock.advance(5)
    if limit is not None:
        return
    for comp in view.competences:
        cid = comp.key
        grids.set_judgement(ctx, key, cid, Judgement.ACQUIRED, clock)
        if observation:
            grids.set_observation(ctx, key, cid, f"{observation} ({cid})", clock)
        clock.advance(5)


@dataclass(frozen=True)
class Laptops:
    package: Path
    root: Path
    j1: Path  # data folders
    j2: Path
    lead_template: Path
    j1_v1: Path  # result files
    j1_v2: Path
    j2_v1: Path
    j1_at_v1: Snapshot  # J1's grids when j1_v1 was written
    j1_at_v2: Snapshot
    j2_at_v1: Snapshot
    fingerprints: dict[str, str]


@pytest.fixture(scope="session")
def laptops(tmp_path_factory: pytest.TempPathFactory, demo_package: Path) -> Laptops:
    root = tmp_path_factory.mktemp("laptops")
    files = root / "usb"
    files.mkdir()
    # A day already past: the lead's commands read the computer's clock and refuse a file dated after it.
    clock = FakeClock(datetime(2025, 12, 7, 8, 30, tzinfo=UTC))

    j1 = new_laptop(root / "j1", demo_package)
    for cand in ("C01", "C02", "C05"):
        jurors.declare(j1, SID, cand, "J1", has_link=False)
    jurors.declare(j1, SID, "C04", "J1", has_link=True, note="ancienne collègue")
    score_grid(j1, "C01", "msp", "J1", clock, not_satisfied=("CP1.3",), observation="Bonne posture")
    grids.add_note(j1, grids.GridKey(SID, "C01", "msp", "J1"), "Reformule bien la demande.", "Phase 1", clock)
    score_grid(j1, "C05", "ef", "J1", clock, observation="Parcours cohérent")
    clock.advance(600)
    e1 = export_results(j1, SID, "J1", PASSPHRASES["J1"], files / "j1_v1.json", clock=clock, pin=PINS["J1"])
    j1_at_v1 = snapshot(j1, "J1")

    j2 = new_laptop(root / "j2", demo_package)
    for cand in ("C01", "C03", "C05"):
        jurors.declare(j2, SID, cand, "J2", has_link=False)
    score_grid(j2, "C01", "msp", "J2", clock, observation="Échange « fluide »")
    score_grid(j2, "C03", "et", "J2", clock, limit=2)
    score_grid(j2, "C05", "ef", "J2", clock)
    clock.advance(60)
    e2 = export_results(j2, SID, "J2", PASSPHRASES["J2"], files / "j2_v1.json", clock=clock, pin=PINS["J2"])
    j2_at_v1 = snapshot(j2, "J2")

    clock.advance(3600)
    key = grids.GridKey(SID, "C01", "msp", "J1")
    grids.set_mark(j1, key, "CP1.1", Mark.NOT_SATISFIED, clock)
    grids.set_mark(j1, key, "CP2.1", None, clock)
    grids.set_observation(j1, key, "CP1", "Posture à consolider", clock)
    grids.add_note(j1, key, "Question complémentaire sur le réseau.", "Phase 2", clock)
    clock.advance(60)
    export_results(j1, SID, "J1", PASSPHRASES["J1"], files / "j1_v2.json", clock=clock, pin=PINS["J1"])
    j1_at_v2 = snapshot(j1, "J1")

    lead = new_laptop(root / "lead", demo_package)
    for ctx in (j1, j2, lead):
        ctx.close()
    return Laptops(
        package=demo_package,
        root=root,
        j1=root / "j1",
        j2=root / "j2",
        lead_template=root / "lead",
        j1_v1=files / "j1_v1.json",
        j1_v2=files / "j1_v2.json",
        j2_v1=files / "j2_v1.json",
        j1_at_v1=j1_at_v1,
        j1_at_v2=j1_at_v2,
        j2_at_v1=j2_at_v1,
        fingerprints={"J1": e1.fingerprint, "J2": e2.fingerprint},
    )


@pytest.fixture
def lead(tmp_path: Path, laptops: Laptops) -> Iterator[AppContext]:
    """A fresh copy of the session lead's laptop: the demo package imported, nothing else."""
    shutil.copytree(laptops.lead_template, tmp_path / "lead")
    ctx = open_laptop(tmp_path / "lead")
    yield ctx
    ctx.close()


@pytest.fixture
def lead_clock() -> FakeClock:
    """The session lead's clock: the evening of the exam day, when the jurors' files come in."""
    return FakeClock(datetime(2026, 12, 7, 18, 0, tzinfo=UTC))


class Kit:
    """The helpers above, as a fixture for the test modules."""

    SID = SID
    PASSPHRASES = PASSPHRASES
    PINS = PINS
    open_laptop = staticmethod(open_laptop)
    new_laptop = staticmethod(new_laptop)
    snapshot = staticmethod(snapshot)
    declarations_of = staticmethod(declarations_of)
    db_digest = staticmethod(db_digest)
    score_grid = staticmethod(score_grid)


@pytest.fixture(scope="session")
def kit() -> type[Kit]:
    return Kit
