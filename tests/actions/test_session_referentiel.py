"""A référentiel completed without code, imported, then a session moved to it before the jury works,
audited; refused once the jury has recorded something, or when the session does not fit it."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from jury_app.actions import grids, jurors, overview, packages
from jury_app.actions.audit import verify_audit
from jury_app.actions.context import AppContext
from jury_app.actions.referentiels import export_referentiel, get_referentiel, import_referentiel, list_referentiels
from jury_app.actions.session_referentiel import set_session_referentiel
from jury_app.data import models as db
from jury_app.demo.package import write_demo_package
from jury_app.domain.clock import FakeClock
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import Judgement
from jury_app.paths import resolve

SID = "DEMO-RNCP35667"


@pytest.fixture
def ctx(tmp_path: Path) -> Any:
    context = AppContext(resolve(tmp_path / "data"))
    package = write_demo_package(tmp_path / "rncp.zip", "RNCP35667")
    packages.import_(context, package)
    yield context
    context.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))


def _version_2(ctx: AppContext, tmp_path: Path, edit: Any = None) -> Path:
    """RNCP35667 exported as a workbook, given version 2 (and `edit`), saved to import."""
    out = export_referentiel(ctx, "RNCP35667", tmp_path / "rncp35667.xlsx")
    wb = load_workbook(io.BytesIO(out.read_bytes()))
    wb["Certification"]["B3"] = "2"
    wb["Sessions"]["G2"] = "Deux membres au moins, dont un directeur de structure (précision de la version 2)"
    if edit is not None:
        edit(wb)
    path = tmp_path / "rncp35667-v2.xlsx"
    wb.save(path)
    return path


def test_a_session_moves_to_the_new_version_before_the_jury_works(
    ctx: AppContext, clock: FakeClock, tmp_path: Path
) -> None:
    imported = import_referentiel(ctx, _version_2(ctx, tmp_path))
    assert imported.stored and imported.referentiel.key == "RNCP35667@2"
    assert "RNCP35667@2" in [r.key for r in list_referentiels(ctx)]
    assert get_referentiel("RNCP35667", ctx=ctx).version == "2"  # the newest by default
    move = set_session_referentiel(ctx, SID, "RNCP35667@2", clock)
    assert (move.before, move.after) == ("RNCP35667@1", "RNCP35667@2")
    with ctx.database.reader() as orm:
        s = orm.get(db.Session, SID)
        assert s is not None and s.referentiel_key == "RNCP35667@2"
        entry = orm.query(db.AuditEntry).filter_by(session_id=SID, action="session.referentiel").one()
        assert (entry.before, entry.after) == ("RNCP35667@1", "RNCP35667@2")
    assert verify_audit(ctx, SID).ok
    assert len(overview.overview(ctx, SID).rows) == 3  # the session reads on the new version
    with pytest.raises(InvalidInput, match="utilise déjà RNCP35667@2"):
        set_session_referentiel(ctx, SID, "RNCP35667@2", clock)


def test_refused_once_the_jury_has_recorded_something(ctx: AppContext, clock: FakeClock, tmp_path: Path) -> None:
    import_referentiel(ctx, _version_2(ctx, tmp_path))
    jurors.declare(ctx, SID, "C01", "J1", has_link=False, clock=clock)
    grids.set_judgement(ctx, grids.GridKey(SID, "C01", "bc01-note-de-synthese", "J1"), "C1", Judgement.ACQUIRED, clock)
    with pytest.raises(InvalidInput, match=r"le jury a déjà travaillé sur DEMO-RNCP35667 \(1 grilles\)"):
        set_session_referentiel(ctx, SID, "RNCP35667@2", clock)


def test_refused_when_the_session_does_not_fit_the_new_version(
    ctx: AppContext, clock: FakeClock, tmp_path: Path
) -> None:
    def fix_the_oral(wb: Any) -> None:  # version 2 fixes the oral's duration: the session may not set it
        ws = wb["Modalités"]
        row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 2).value == "bc01-oral-jury")
        ws.cell(row, 6).value = 25
        ws.cell(row, 7).value = None

    import_referentiel(ctx, _version_2(ctx, tmp_path, fix_the_oral))
    with pytest.raises(InvalidInput) as exc:
        set_session_referentiel(ctx, SID, "RNCP35667@2", clock)
    assert "est fixée par le référentiel (25 min)" in str(exc.value)
    with pytest.raises(InvalidInput, match="ne passe qu'à une autre version de ce référentiel"):
        set_session_referentiel(ctx, SID, "RNCP35635@1", clock)
    with pytest.raises(InvalidInput, match="référentiel inconnu : « RNCP35667@7 »"):
        set_session_referentiel(ctx, SID, "RNCP35667@7", clock)
    with ctx.database.reader() as orm:
        s = orm.get(db.Session, SID)
        assert s is not None and s.referentiel_key == "RNCP35667@1"


def test_a_package_may_name_an_imported_referentiel(ctx: AppContext, tmp_path: Path) -> None:
    """Once imported here, a version need not travel inside each package."""
    import json
    import zipfile

    import_referentiel(ctx, _version_2(ctx, tmp_path))
    source = tmp_path / "rncp.zip"
    with zipfile.ZipFile(source) as src:
        manifest = json.loads(src.read("manifest.json"))
        members = {i.filename: src.read(i.filename) for i in src.infolist() if i.filename != "manifest.json"}
    manifest["session"].update(id="RNCP35667-V2", certification={"code": "RNCP35667", "version": "2"})
    out = tmp_path / "v2.zip"
    with zipfile.ZipFile(out, "w") as dst:
        dst.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
        for name, body in members.items():
            dst.writestr(name, body)
    assert packages.validate(out, ctx=ctx).referentiel.key == "RNCP35667@2"
    with pytest.raises(InvalidInput, match="référentiel inconnu : RNCP35667 version 2"):
        packages.validate(out)  # another laptop, without it
    assert packages.import_(ctx, out).session_id == "RNCP35667-V2"
