"""A jury day: the demo session imported and worked through the real actions, for the report tests
and any other that needs a session already evaluated and deliberated.

`title_ctx` is the demo title session after a jury day (built once per test session, read only):

- C01 Camille Lefèvre: every modality, both jurors, a pause, notes, an incident; everything granted.
- C02 Thomas Girard: a scenario redrawn (with its reason), one grid keyed in from paper, CCP3 weak:
  CCP3 refused and the title refused, with reasons.
- C03 Inès Haddad: nothing yet (deliberation pending).
- C04 Julien Moreau: Karim Benali recused (declared link), evaluated by Martine Roussel alone.
- C05 Sophie Marchand: absent.
- a general incident of the session, and Martine Roussel's handwritten signature (Karim Benali has none).

`mock_ctx` is the same package turned into a mock session ("examen blanc"), C01 run with some criteria
not satisfied and some not observed.
"""

from __future__ import annotations

import json
import random
import shutil
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

import pytest
from sqlalchemy.orm import Session as Orm

from jury_app.actions import deliberation, deliberation_close, exam, grids, jurors, jury_step
from jury_app.actions.context import AppContext
from jury_app.actions.exam import GridKey, RunKey
from jury_app.actions.packages import import_
from jury_app.data import models as db
from jury_app.domain.clock import FakeClock
from jury_app.domain.deliberation import Proposal
from jury_app.domain.grading import Mark
from jury_app.domain.referentiel import Judgement
from jury_app.paths import resolve


class Story:
    """What the fixtures put in the sessions, for the tests to check against."""

    DEMO_SESSION = "DEMO-CIP-2026-11"
    MOCK_SESSION = "BLANC-CIP-2026-12"
    GENERATED_AT = datetime(2026, 12, 8, 17, 30, tzinfo=UTC)
    JURY = ("J1", "J2")

    SIGNATURE: ClassVar[list[list[list[float]]]] = [
        [[0.08, 0.6], [0.15, 0.3], [0.22, 0.7], [0.3, 0.35], [0.38, 0.65], [0.46, 0.4]],
        [[0.5, 0.55], [0.6, 0.3], [0.7, 0.6], [0.8, 0.35], [0.9, 0.5]],
        [[0.1, 0.82], [0.9, 0.78]],
    ]
    REDRAW_REASON = "Fiche tombée face visible lors du tirage"
    SESSION_INCIDENT = "Alarme incendie (exercice) à 15 h 10 : épreuves interrompues dix minutes"
    C01_INCIDENT = "Le comédien est arrivé avec cinq minutes de retard"
    C01_PAUSE = "Malaise passager du candidat"
    C01_NOTE = "Reformule la demande avant de proposer des pistes."
    C02_CCP3_REASON = "Compétences de l'activité type 3 insuffisamment démontrées lors du questionnement."
    C02_TITLE_REASON = "Le CCP3 n'est pas acquis ; le candidat conserve les CCP1 et CCP2."
    RECUSAL_NOTE = "Ancien collègue du candidat au chantier d'insertion"
    ABSENCE_NOTE = "prévenu malade le matin même"
    C04_JURY_OVERRIDE = "Karim Benali récusé ; la DDETS a confirmé par téléphone qu'un juré seul délibère ce candidat"


PINS = {"J1": "1111", "J2": "2222"}
"""The jurors' PINs on every laptop `closed_copy` makes."""


def clock_at(day: int, hour: int, minute: int = 0) -> FakeClock:
    return FakeClock(datetime(2026, 12, day, hour, minute, tzinfo=UTC))


def score(
    ctx: AppContext,
    sid: str,
    cand: str,
    modality: str,
    juror: str,
    clock: FakeClock,
    *,
    not_satisfied: frozenset[str] = frozenset(),
    not_observed: frozenset[str] = frozenset(),
) -> None:
    """Mark every criterion (satisfied unless told otherwise), then each judgement as suggested."""
    key = grids.GridKey(sid, cand, modality, juror)
    view = grids.grid_view(ctx, key)
    for comp in view.competences:
        for crit in comp.criteria:
            mark = Mark.SATISFIED
            if crit.id in not_satisfied:
                mark = Mark.NOT_SATISFIED
            elif crit.id in not_observed:
                mark = Mark.NOT_OBSERVED
            view = grids.set_mark(ctx, key, crit.id, mark, clock)
    for comp in view.competences:
        cid = comp.key
        judgement = comp.suggested or Judgement.ACQUIRED
        grids.set_judgement(ctx, key, cid, judgement, clock)
        text = "Posture d'écoute, exemples concrets." if judgement is Judgement.ACQUIRED else "Éléments insuffisants."
        grids.set_observation(ctx, key, cid, f"{text} ({juror})", clock)


def run_modality(
    ctx: AppContext,
    sid: str,
    cand: str,
    modality: str,
    clock: FakeClock,
    rng: random.Random,
    *,
    pause: str | None = None,
    redraw: str | None = None,
) -> None:
    view = exam.run_view(ctx, RunKey(sid, cand, modality), clock)
    if view.modality.scenario_drawn_by_lot:
        exam.draw_scenario(ctx, GridKey(sid, cand, modality, "J1"), clock, witness="Nathalie Berthier", rng=rng)
        if redraw:
            exam.draw_scenario(ctx, GridKey(sid, cand, modality, "J1"), clock, redraw_reason=redraw, rng=rng)
    exam.start_modality(ctx, GridKey(sid, cand, modality, "J1"), clock)
    for i, phase in enumerate(view.plan):
        if i == 0 and pause:
            clock.advance(phase.duration_s / 2)
            exam.pause_modality(ctx, GridKey(sid, cand, modality, "J1"), clock, pause)
            clock.advance(4 * 60)
            exam.resume_modality(ctx, GridKey(sid, cand, modality, "J1"), clock)
            clock.advance(phase.duration_s / 2 + 30)
        else:
            clock.advance(phase.duration_s - 45)
        if i < len(view.plan) - 1:
            exam.next_phase(ctx, GridKey(sid, cand, modality, "J1"), clock)
    exam.finish_modality(ctx, GridKey(sid, cand, modality, "J1"), clock)


def sit(ctx: AppContext, sid: str, cand: str, clock: FakeClock) -> str:
    """The jury sits on the candidate, every juror not recused present, opened by J1 (the president,
    early if need be) unless a sitting is under way; returns the juror acting for the jury."""
    state = jury_step.jury_step_state(ctx, sid, cand)
    present = [j.ref for j in state.jurors]
    acting = "J1" if "J1" in present else present[0]
    if state.step is None:
        jury_step.open_jury_step(ctx, sid, cand, acting, present, clock, early=not state.all_finished)
    return acting


def deliberate(
    ctx: AppContext,
    sid: str,
    cand: str,
    clock: FakeClock,
    reasons: dict[str, str] | None = None,
    overrides: dict[str, str] | None = None,
) -> None:
    reasons = reasons or {}
    acting = sit(ctx, sid, cand, clock)
    view = deliberation.deliberation_view(ctx, sid, cand)
    for common in () if view.absent else view.common:
        judgement = common.proposal.judgement or Judgement.ACQUIRED
        deliberation.set_common_judgement(ctx, sid, cand, common.competence.id, judgement, acting, clock)
    view = deliberation.deliberation_view(ctx, sid, cand)
    if not view.absent:
        for unit in view.units:
            granted = unit.proposal is not Proposal.REFUSE
            view = deliberation.decide(
                ctx, sid, cand, unit.target, granted, reasons.get(unit.target, ""), acting, clock
            )
        if view.title is not None:
            granted = view.title.proposal is Proposal.GRANT
            deliberation.decide(ctx, sid, cand, deliberation.TITLE, granted, reasons.get("title", ""), acting, clock)
    deliberation_close.close_deliberation(ctx, sid, cand, acting, clock, overrides)


def _run_title_session(ctx: AppContext) -> None:
    sid = Story.DEMO_SESSION
    rng = random.Random(7)
    for cand in ("C01", "C02", "C03", "C05"):
        for juror in Story.JURY:
            jurors.declare(ctx, sid, cand, juror, has_link=False)
    jurors.declare(ctx, sid, "C04", "J1", has_link=False)
    jurors.declare(ctx, sid, "C04", "J2", has_link=True, note=Story.RECUSAL_NOTE)
    with ctx.database.session() as orm:
        orm.add(db.HandwrittenSignature(session_id=sid, juror_ref="J1", strokes=Story.SIGNATURE))

    clock = clock_at(7, 7, 30)
    weak_ccp3 = frozenset(f"CP{n}.{i}" for n in (12, 13) for i in (1, 2, 3))
    # C01: the whole title, with a pause, an incident and a note.
    for modality in ("msp", "et", "qp", "ef"):
        run_modality(ctx, sid, "C01", modality, clock, rng, pause=Story.C01_PAUSE if modality == "msp" else None)
        for juror in Story.JURY:
            score(ctx, sid, "C01", modality, juror, clock)
    exam.record_incident(ctx, sid, "C01", "msp", "J1", Story.C01_INCIDENT, clock)
    grids.add_note(
        ctx, grids.GridKey(sid, "C01", "msp", "J1"), Story.C01_NOTE, "Entretien d'accueil avec le comédien", clock
    )
    # C02: a redraw, a paper grid, CCP3 weak.
    for modality in ("msp", "et", "qp", "ef"):
        run_modality(ctx, sid, "C02", modality, clock, rng, redraw=Story.REDRAW_REASON if modality == "msp" else None)
        for juror in Story.JURY:
            score(ctx, sid, "C02", modality, juror, clock, not_satisfied=weak_ccp3 if modality == "qp" else frozenset())
    grids.set_source_paper(ctx, grids.GridKey(sid, "C02", "et", "J2"), True, clock)
    exam.record_incident(ctx, sid, None, None, "J1", Story.SESSION_INCIDENT, clock)
    # Day 2: C04 with one juror, C05 absent.
    clock.set(datetime(2026, 12, 8, 7, 30, tzinfo=UTC))
    for modality in ("msp", "et", "qp", "ef"):
        run_modality(ctx, sid, "C04", modality, clock, rng)
        score(ctx, sid, "C04", modality, "J1", clock)
    exam.mark_absent(ctx, sid, "C05", "J1", clock, note=Story.ABSENCE_NOTE)

    clock.advance(30 * 60)
    deliberate(ctx, sid, "C01", clock)
    deliberate(ctx, sid, "C02", clock, {"CCP3": Story.C02_CCP3_REASON, "title": Story.C02_TITLE_REASON})
    deliberate(ctx, sid, "C04", clock, overrides={"jury": Story.C04_JURY_OVERRIDE})
    deliberate(ctx, sid, "C05", clock)


def _mock_package(demo: Path, out: Path) -> Path:
    with zipfile.ZipFile(demo) as src:
        manifest = json.loads(src.read("manifest.json"))
        manifest["session"].update(id=Story.MOCK_SESSION, kind="mock", title="Examen blanc CIP — décembre 2026")
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            dst.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
            for info in src.infolist():
                if info.filename != "manifest.json":
                    dst.writestr(info.filename, src.read(info.filename))
    return out


def _run_mock_session(ctx: AppContext) -> None:
    sid = Story.MOCK_SESSION
    rng = random.Random(3)
    for juror in Story.JURY:
        jurors.declare(ctx, sid, "C01", juror, has_link=False)
    clock = clock_at(7, 7, 30)
    for modality in ("msp", "et"):
        run_modality(ctx, sid, "C01", modality, clock, rng)
        for juror in Story.JURY:
            score(
                ctx,
                sid,
                "C01",
                modality,
                juror,
                clock,
                not_satisfied=frozenset({"CP1.3", "CP2.2"}) if juror == "J1" else frozenset({"CP1.3"}),
                not_observed=frozenset({"CP5.4"}),
            )


@pytest.fixture(scope="session")
def title_data(tmp_path_factory: pytest.TempPathFactory, demo_package: Path) -> Path:
    folder = tmp_path_factory.mktemp("title") / "data"
    ctx = AppContext(resolve(folder))
    try:
        import_(ctx, demo_package)
        _run_title_session(ctx)
    finally:
        ctx.close()
    return folder


@pytest.fixture(scope="session")
def mock_data(tmp_path_factory: pytest.TempPathFactory, demo_package: Path) -> Path:
    base = tmp_path_factory.mktemp("mock")
    folder = base / "data"
    ctx = AppContext(resolve(folder))
    try:
        import_(ctx, _mock_package(demo_package, base / "mock.zip"))
        _run_mock_session(ctx)
    finally:
        ctx.close()
    return folder


@pytest.fixture
def title_ctx(title_data: Path) -> Iterator[AppContext]:
    ctx = AppContext(resolve(title_data))
    yield ctx
    ctx.close()


@pytest.fixture
def mock_ctx(mock_data: Path) -> Iterator[AppContext]:
    ctx = AppContext(resolve(mock_data))
    yield ctx
    ctx.close()


@pytest.fixture
def title_db(title_ctx: AppContext) -> Iterator[Orm]:
    """An open database session on `title_ctx`, for the report builders."""
    with title_ctx.database.reader() as orm:
        yield orm


@pytest.fixture
def mock_db(mock_ctx: AppContext) -> Iterator[Orm]:
    with mock_ctx.database.reader() as orm:
        yield orm


@pytest.fixture
def generated_clock() -> FakeClock:
    return FakeClock(Story.GENERATED_AT)


@pytest.fixture(scope="session")
def story() -> type[Story]:
    return Story


@pytest.fixture(scope="session")
def marking() -> type[Marking]:
    """The helpers that work a session through the real actions, for tests that build their own."""
    return Marking


class Marking:
    clock_at = staticmethod(clock_at)
    score = staticmethod(score)
    run_modality = staticmethod(run_modality)
    deliberate = staticmethod(deliberate)


@pytest.fixture(scope="session")
def closed_data(tmp_path_factory: pytest.TempPathFactory, title_data: Path) -> Path:
    """The title session once C03 has sat every modality too and every deliberation is closed: the
    PV may be signed. Tests that write copy it (`closed_copy`)."""
    folder = tmp_path_factory.mktemp("closed") / "data"
    shutil.copytree(title_data, folder)
    ctx = AppContext(resolve(folder))
    try:
        sid = Story.DEMO_SESSION
        clock = clock_at(8, 13, 0)
        rng = random.Random(11)
        for modality in ("msp", "et", "qp", "ef"):
            run_modality(ctx, sid, "C03", modality, clock, rng)
            for juror in Story.JURY:
                score(ctx, sid, "C03", modality, juror, clock)
        clock.advance(20 * 60)
        deliberate(ctx, sid, "C03", clock)
    finally:
        ctx.close()
    return folder


@pytest.fixture
def closed_copy(closed_data: Path, tmp_path: Path) -> Callable[[str], AppContext]:
    """A fresh copy of `closed_data` per call (a laptop of its own), closed after the test."""
    opened: list[AppContext] = []

    def make(name: str = "lead") -> AppContext:
        from jury_app.actions.jurors import set_pin

        folder = tmp_path / name
        shutil.copytree(closed_data, folder)
        ctx = AppContext(resolve(folder))
        for ref, pin in PINS.items():  # each juror's PIN chosen on this laptop
            set_pin(ctx, Story.DEMO_SESSION, ref, pin, lead_passphrase="phrase du responsable")
        opened.append(ctx)
        return ctx

    yield make  # type: ignore[misc]
    for ctx in opened:
        ctx.close()


def close_the_demo_session(ctx: AppContext, sid: str = "DEMO-CIP-2026-11") -> None:
    """The demo session worked quickly to its end: C01 sits the whole title before both jurors, the
    others are absent, and every deliberation is closed: its PV may be signed."""
    from jury_app.actions import jurors

    clock = clock_at(7, 7, 30)
    rng = random.Random(2)
    for juror in ("J1", "J2"):
        jurors.declare(ctx, sid, "C01", juror, has_link=False)
    for modality in ("msp", "et", "qp", "ef"):
        run_modality(ctx, sid, "C01", modality, clock, rng)
        for juror in ("J1", "J2"):
            score(ctx, sid, "C01", modality, juror, clock)
    for cand in ("C02", "C03", "C04", "C05"):
        exam.mark_absent(ctx, sid, cand, "J1", clock)
    clock.advance(30 * 60)
    for cand in ("C01", "C02", "C03", "C04", "C05"):
        deliberate(ctx, sid, cand, clock)
