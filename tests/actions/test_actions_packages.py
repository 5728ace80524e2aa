"""Updating a session package never loses the jury's work."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jury_app.actions import grids, jurors, overview
from jury_app.actions.context import AppContext
from jury_app.actions.grids import GridKey
from jury_app.actions.packages import import_
from jury_app.data import models as db
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import Mark
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import Judgement

S = "DEMO-CIP-2026-11"
KEY = GridKey(S, "C01", "msp", "J1")


def _mark_c01(ctx: AppContext, clock: FakeClock) -> grids.GridView:
    jurors.declare(ctx, S, "C01", "J1", has_link=False)
    grids.set_mark(ctx, KEY, "CP1.1", Mark.SATISFIED, clock)
    grids.set_mark(ctx, KEY, "CP1.2", Mark.NOT_OBSERVED, clock)
    grids.set_judgement(ctx, KEY, "CP1", Judgement.ACQUIRED, clock)
    return grids.add_note(ctx, KEY, "très à l'aise", "entretien", clock)


def _rename_centre(manifest: dict[str, Any]) -> None:
    manifest["session"]["centre"]["name"] = "Centre AFPA de démonstration — Vénissieux"
    manifest["candidates"][1]["first_name"] = "Tom"


def _drop_c01(manifest: dict[str, Any]) -> set[str]:
    manifest["session"]["centre"]["name"] = "Centre sans C01"
    manifest["candidates"] = [c for c in manifest["candidates"] if c["id"] != "C01"]
    manifest["schedule"] = [e for e in manifest["schedule"] if e["candidate_id"] != "C01"]
    dropped = {a["member"] for a in manifest["attachments"] if a["candidate_id"] == "C01"}
    manifest["attachments"] = [a for a in manifest["attachments"] if a["candidate_id"] != "C01"]
    return dropped


def test_update_keeps_the_marks(ctx: AppContext, clock: FakeClock, repackage: Any, tmp_path: Path) -> None:
    before = _mark_c01(ctx, clock)
    pkg = repackage(tmp_path / "v2.zip", _rename_centre)

    with pytest.raises(InvalidInput) as exc:  # an update must be asked for
        import_(ctx, pkg)
    assert "existe déjà" in str(exc.value)
    assert overview.overview(ctx, S).centre == "Centre AFPA de démonstration"

    result = import_(ctx, pkg, update=True)
    assert result.status == "updated"
    assert "candidat modifié : C02" in result.changes
    view = overview.overview(ctx, S)
    assert view.centre == "Centre AFPA de démonstration — Vénissieux"
    assert next(r.name for r in view.rows if r.ref == "C02") == "Tom Girard"
    assert grids.grid_view(ctx, KEY) == before
    assert jurors.declarations(ctx, S)[("C01", "J1")].has_link is False

    # the same package again: nothing to do
    assert import_(ctx, pkg, update=True).status == "unchanged"
    assert grids.grid_view(ctx, KEY) == before


def test_update_dropping_a_candidate_with_marks_is_refused(
    ctx: AppContext, clock: FakeClock, repackage: Any, tmp_path: Path
) -> None:
    before = _mark_c01(ctx, clock)
    pkg = repackage(tmp_path / "no-c01.zip", _drop_c01)
    with ctx.database.reader() as orm:
        sha_before = orm.get(db.Session, S).package_sha256  # type: ignore[union-attr]

    with pytest.raises(InvalidInput) as exc:
        import_(ctx, pkg, update=True)
    messages = [p.message for p in exc.value.problems]
    assert any("C01" in m and "ne peut pas être retiré" in m for m in messages)

    view = overview.overview(ctx, S)
    assert view.centre == "Centre AFPA de démonstration"
    assert [r.ref for r in view.rows] == ["C01", "C02", "C03", "C04", "C05"]
    assert grids.grid_view(ctx, KEY) == before
    with ctx.database.reader() as orm:
        assert orm.get(db.Session, S).package_sha256 == sha_before  # type: ignore[union-attr]


def test_update_dropping_an_untouched_candidate_is_allowed(ctx: AppContext, repackage: Any, tmp_path: Path) -> None:
    result = import_(ctx, repackage(tmp_path / "no-c01.zip", _drop_c01), update=True)
    assert result.status == "updated"
    assert "candidat retiré : C01" in result.changes
    assert [r.ref for r in overview.overview(ctx, S).rows] == ["C02", "C03", "C04", "C05"]
