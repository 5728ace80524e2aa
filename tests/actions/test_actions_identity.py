"""An identity is not rewritten silently: a package update that changes the name or birth date of a
candidate the jury has worked on is refused unless confirmed with a reason; the change is audited and
shown on the PV. A candidate nobody evaluated yet may be corrected freely."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from jury_app.actions import jurors
from jury_app.actions.audit import verify_audit
from jury_app.actions.context import AppContext
from jury_app.actions.packages import import_
from jury_app.cli import run
from jury_app.data import models as db
from jury_app.domain.clock import FakeClock
from jury_app.domain.problems import InvalidInput
from jury_app.reports.build.pv import build_pv_report
from jury_app.reports.pdf_pv import render_pv

SID = "DEMO-CIP-2026-11"
BORN_C01 = "date de naissance\u202f: 21/03/1994"  # no civility in the package: worded neutrally
BORN_KEVIN = "date de naissance\u202f: 01/01/1990"


def _renamed(m: dict[str, Any]) -> None:
    c01 = next(c for c in m["candidates"] if c["id"] == "C01")
    c01.update(first_name="Kevin", last_name="Inconnu", birth_date="1990-01-01")
    c02 = next(c for c in m["candidates"] if c["id"] == "C02")
    c02.update(first_name="Tom")  # nobody worked on C02 yet: a plain correction


def _names(ctx: AppContext) -> dict[str, str]:
    with ctx.database.reader() as orm:
        return {c.ref: c.display_name for c in orm.scalars(select(db.Candidate).where(db.Candidate.session_id == SID))}


def test_renaming_an_evaluated_candidate_needs_a_reason(
    ctx: AppContext, clock: FakeClock, repackage: Any, tmp_path: Path
) -> None:
    jurors.declare(ctx, SID, "C01", "J1", has_link=False, clock=clock)
    package = repackage(tmp_path / "renamed.zip", _renamed)
    with pytest.raises(InvalidInput) as exc:
        import_(ctx, package, update=True)
    [problem] = exc.value.problems
    assert problem.message.startswith(
        "identité du candidat C01 changée alors que le jury a déjà travaillé sur son dossier : Camille LEFÈVRE, "
        f"{BORN_C01} → Kevin INCONNU, {BORN_KEVIN}"
    )
    assert "--identity-change-reason" in problem.message
    assert _names(ctx)["C01"] == "Camille Lefèvre" and _names(ctx)["C02"] == "Thomas Girard"  # nothing changed

    reason = "Erreur de saisie du centre : dossier de Kevin Inconnu confondu à l'inscription"
    result = import_(ctx, package, update=True, identity_change_reason=reason)
    assert result.status == "updated"
    assert f"identité du candidat C01 modifiée : Camille LEFÈVRE, {BORN_C01} → Kevin INCONNU, {BORN_KEVIN} (motif : {reason})" in result.changes
    assert _names(ctx) == {**_names(ctx), "C01": "Kevin Inconnu", "C02": "Tom Girard"}
    with ctx.database.reader() as orm:
        [change] = orm.scalars(select(db.IdentityChange)).all()
        [entry] = orm.scalars(select(db.AuditEntry).where(db.AuditEntry.action == "package.identity")).all()
        pv = build_pv_report(orm, SID, clock=clock)
    assert change.before["last_name"] == "Lefèvre" and change.after["last_name"] == "Inconnu" and change.reason == reason
    assert entry.actor == "responsable" and entry.before == f"Camille LEFÈVRE, {BORN_C01}"
    c01 = next(c for c in pv.candidates if c.candidate.ref == "C01")
    [line] = c01.identity_changes
    assert (line.before, line.after, line.reason) == (f"Camille LEFÈVRE, {BORN_C01}", f"Kevin INCONNU, {BORN_KEVIN}", reason)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(render_pv(pv))).pages)
    assert "Identité modifiée" in text and "21/03/1994 → Kevin INCONNU" in text
    assert verify_audit(ctx, SID).ok


def test_the_command_line_asks_for_the_reason(
    ctx: AppContext, clock: FakeClock, repackage: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jurors.declare(ctx, SID, "C01", "J2", has_link=False, clock=clock)
    package = repackage(tmp_path / "renamed.zip", _renamed)
    data = str(ctx.paths.root)
    ctx.close()
    capsys.readouterr()
    assert run(["package", "import", str(package), "--update", "--data-dir", data]) == 2
    assert "--identity-change-reason MOTIF" in capsys.readouterr().err
    code = run(
        ["package", "import", str(package), "--update", "--identity-change-reason", "Nom corrigé", "--data-dir", data]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert f"identité du candidat C01 modifiée : Camille LEFÈVRE, {BORN_C01} → Kevin INCONNU" in out
