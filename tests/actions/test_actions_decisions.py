"""Decisions the jury can defend, at the action level on real SQLite files: no competence acquired,
no CCP and no title granted without evidence; none for an absent candidate; a common judgement
departing from every juror needs its reason; adopting the proposals in one confirmation; a
deliberation closes only with its jury, every grid, the in-company periods and their proof, or with
a written reason for each item missing, which the audit trail and the PV keep."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from jury_app.actions import deliberation, deliberation_close, exam, grids, jurors, overview, reports
from jury_app.actions.audit import verify_audit
from jury_app.actions.context import AppContext
from jury_app.actions.packages import import_
from jury_app.data import models as db
from jury_app.domain.clock import FakeClock
from jury_app.domain.grading import OVERALL, Mark
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import Judgement
from jury_app.paths import resolve
from jury_app.reports.build.pv import build_pv_report
from jury_app.reports.pdf_pv import render_pv
from tests.helpers.jury_day import sit

SID = "DEMO-CIP-2026-11"
MODALITIES = ("msp", "et", "qp", "ef")
TITLE = deliberation.TITLE


def score(
    ctx: AppContext, cand: str, modality: str, juror: str, clock: FakeClock, judge: dict[str, Judgement] | None = None
) -> None:
    """Every criterion satisfied, every competence judged as suggested (or as `judge` says)."""
    key = grids.GridKey(SID, cand, modality, juror)
    view = grids.grid_view(ctx, key)
    for comp in view.competences:
        for crit in comp.criteria:
            view = grids.set_mark(ctx, key, crit.id, Mark.SATISFIED, clock)
    for comp in view.competences:
        cid = comp.competence.id if comp.competence else OVERALL
        grids.set_judgement(ctx, key, cid, (judge or {}).get(cid, comp.suggested or Judgement.ACQUIRED), clock)


def run_and_score(ctx: AppContext, cand: str, clock: FakeClock, judge: dict[str, Judgement] | None = None) -> None:
    for juror in ("J1", "J2"):
        jurors.declare(ctx, SID, cand, juror, has_link=False)
    for modality in MODALITIES:
        for juror in ("J1", "J2"):
            score(ctx, cand, modality, juror, clock, judge)


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory, demo_package: Path) -> Path:
    """The demo session with C01 and C02 scored whole by both jurors, and C05 too, but with CP11
    judged not acquired by both jurors wherever it is evaluated."""
    folder = tmp_path_factory.mktemp("scored") / "data"
    ctx = AppContext(resolve(folder))
    clock = FakeClock(datetime(2026, 12, 7, 8, 0, tzinfo=UTC))
    try:
        import_(ctx, demo_package)
        run_and_score(ctx, "C01", clock)
        run_and_score(ctx, "C02", clock)
        run_and_score(ctx, "C05", clock, {"CP11": Judgement.NOT_ACQUIRED})
    finally:
        ctx.close()
    return folder


@pytest.fixture
def lab(tmp_path: Path, scored: Path) -> Iterator[AppContext]:
    shutil.copytree(scored, tmp_path / "data")
    ctx = AppContext(resolve(tmp_path / "data"))
    yield ctx
    ctx.close()


def acquire_all(ctx: AppContext, cand: str, clock: FakeClock) -> None:
    sit(ctx, SID, cand, clock)
    for c in deliberation.deliberation_view(ctx, SID, cand).common:
        deliberation.set_common_judgement(ctx, SID, cand, c.competence.id, Judgement.ACQUIRED, "J1", clock)


def _messages(exc: pytest.ExceptionInfo[InvalidInput]) -> list[str]:
    return [p.message for p in exc.value.problems]


# --- the evidence rule ----------------------------------------------------------------------------


def test_no_competence_acquired_without_a_juror_judgement(ctx: AppContext, clock: FakeClock) -> None:
    """C03 has no grid at all: nothing of hers can be judged acquired, a refusal stays possible."""
    sit(ctx, SID, "C03", clock)
    view = deliberation.deliberation_view(ctx, SID, "C03")
    assert all(not c.evidence.has_evidence for c in view.common) and len(view.common) == 15
    assert view.common[0].acquired_problem is not None
    with pytest.raises(InvalidInput) as exc:
        deliberation.set_common_judgement(ctx, SID, "C03", "CP1", Judgement.ACQUIRED, "J1", clock)
    assert _messages(exc) == ["CP1 : aucun juré ne l'a évaluée dans une modalité de son parcours, elle ne peut pas être jugée acquise"]
    deliberation.set_common_judgement(ctx, SID, "C03", "CP1", Judgement.NOT_ACQUIRED, "J1", clock)
    with pytest.raises(InvalidInput, match="impossible d'accorder CCP1 : CP1 : évaluée par aucun juré"):
        deliberation.decide(ctx, SID, "C03", "CCP1", True, "", "J1", clock)
    title = deliberation.deliberation_view(ctx, SID, "C03").title
    assert title is not None and not title.can_grant
    with pytest.raises(InvalidInput, match="impossible d'accorder le titre"):
        deliberation.decide(ctx, SID, "C03", TITLE, True, "", "J1", clock)


def test_a_ccp_and_the_title_on_evidence(lab: AppContext, clock: FakeClock) -> None:
    acquire_all(lab, "C01", clock)
    view = deliberation.deliberation_view(lab, SID, "C01")
    assert all(c.evidence.count == 2 * len(c.evidence.modalities) for c in view.common)
    assert all(d.can_grant for d in view.units)
    assert view.title is not None and not view.title.can_grant  # no CCP granted yet
    assert view.title.grant_problems == tuple(f"CCP{n} : décision sur le CCP à prendre d'abord" for n in (1, 2, 3))
    for unit in ("CCP1", "CCP2", "CCP3"):
        deliberation.decide(lab, SID, "C01", unit, True, "", "J1", clock)
    view = deliberation.deliberation_view(lab, SID, "C01")
    assert view.title is not None and view.title.can_grant
    deliberation.decide(lab, SID, "C01", TITLE, True, "", "J1", clock)


def test_a_ccp_with_a_competence_not_acquired_cannot_be_granted(lab: AppContext, clock: FakeClock) -> None:
    acquire_all(lab, "C01", clock)
    deliberation.set_common_judgement(lab, SID, "C01", "CP13", Judgement.NOT_ACQUIRED, "J1", clock, "Analyse faible")
    with pytest.raises(InvalidInput, match="impossible d'accorder CCP3 : CP13 : jugée non acquise"):
        deliberation.decide(lab, SID, "C01", "CCP3", True, "", "J1", clock)
    view = deliberation.decide(lab, SID, "C01", "CCP3", False, "CP13 non acquise", "J1", clock)
    assert [d.granted for d in view.units] == [None, None, False]


def _with_member(package: Path, out: Path, edit: Any, member: str, data: bytes) -> Path:
    with zipfile.ZipFile(package) as src:
        manifest = json.loads(src.read("manifest.json"))
        edit(manifest)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            dst.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
            for info in src.infolist():
                if info.filename != "manifest.json":
                    dst.writestr(info.filename, src.read(info.filename))
            dst.writestr(member, data)
    return out


@pytest.mark.parametrize("with_proof", [True, False])
def test_a_ccp_held_under_the_2017_version_counts_with_its_proof(
    tmp_path: Path, demo_package: Path, clock: FakeClock, with_proof: bool
) -> None:
    """Seed 001: CCPs of the title revised on 11/12/2017 count as the 2022 ones; the proof is needed."""
    proof = b"%PDF-1.4\n% attestation CCP1 (2019)\n"

    def edit(m: dict[str, Any]) -> None:
        c05 = next(c for c in m["candidates"] if c["id"] == "C05")
        c05.update(units_sought=["CCP2", "CCP3"], units_held=["CCP1"])
        c05["units_held_detail"] = [
            {
                "unit_id": "CCP1",
                "obtained_under": "TP-00403@07",
                "obtained_on": "2019-06-28",
                **({"proof_attachment_id": "C05-ccp1"} if with_proof else {}),
            }
        ]
        m["attachments"].append(
            {
                "id": "C05-ccp1",
                "candidate_id": "C05",
                "kind": "preuve_ccp",
                "title": "Relevé de résultats du CCP1 (2019)",
                "member": "attachments/C05-ccp1.pdf",
                "size": len(proof),
                "sha256": hashlib.sha256(proof).hexdigest(),
            }
        )

    package = _with_member(demo_package, tmp_path / "held.zip", edit, "attachments/C05-ccp1.pdf", proof)
    ctx = AppContext(resolve(tmp_path / "data"))
    try:
        import_(ctx, package)
        run_and_score(ctx, "C05", clock)
        acquire_all(ctx, "C05", clock)
        view = deliberation.deliberation_view(ctx, SID, "C05")
        assert [d.target for d in view.units] == ["CCP2", "CCP3"]
        [held] = view.held
        assert held.unit_id == "CCP1" and held.obtained_under == "TP-00403@07" and held.through_equivalence
        for unit in ("CCP2", "CCP3"):
            deliberation.decide(ctx, SID, "C05", unit, True, "", "J1", clock)
        if with_proof:
            assert held.proof_title == "Relevé de résultats du CCP1 (2019)" and held.problem is None
            deliberation.decide(ctx, SID, "C05", TITLE, True, "", "J1", clock)
            data = json.loads(reports.results_bytes(ctx, SID, "json"))
            c05 = next(c for c in data["candidates"] if c["id"] == "C05")
            ccp1 = next(u for u in c05["units"] if u["id"] == "CCP1")
            assert ccp1["status"] == "held" and ccp1["held_before"]
            assert ccp1["proof"] == {
                "document": "Relevé de résultats du CCP1 (2019)",
                "attachment": "C05-ccp1",
                "obtained_under": "TP-00403@07",
                "through_equivalence": True,
            }
            assert c05["certification"]["status"] == "granted" and not c05["certification"]["reason"]
            assert c05["deliberation_closed"] is False
        else:
            assert held.problem is not None and "sans le document qui le prouve" in held.problem
            with pytest.raises(InvalidInput, match="CCP1 déclaré déjà acquis sans le document qui le prouve"):
                deliberation.decide(ctx, SID, "C05", TITLE, True, "", "J1", clock)
    finally:
        ctx.close()


# --- absent candidates ----------------------------------------------------------------------------


def test_an_absent_candidate_gets_no_decision_and_is_listed_absent(ctx: AppContext, clock: FakeClock) -> None:
    exam.mark_absent(ctx, SID, "C04", "J1", clock, "ne s'est pas présenté")
    sit(ctx, SID, "C04", clock)
    view = deliberation.deliberation_view(ctx, SID, "C04")
    assert view.absent and view.requirements == () and view.problems == ()
    assert all(not d.can_grant for d in view.decisions)
    with pytest.raises(InvalidInput, match="candidat absent : aucune décision"):
        deliberation.decide(ctx, SID, "C04", TITLE, True, "", "J1", clock)
    with pytest.raises(InvalidInput, match="candidat absent"):
        deliberation.decide(ctx, SID, "C04", "CCP1", False, "absent", "J1", clock)
    with pytest.raises(InvalidInput, match="candidat absent"):
        deliberation.set_common_judgement(ctx, SID, "C04", "CP1", Judgement.NOT_ACQUIRED, "J1", clock)
    with pytest.raises(InvalidInput, match="candidat absent"):
        deliberation.adopt_proposals(ctx, SID, "C04", "J1", clock)
    closed = deliberation_close.close_deliberation(ctx, SID, "C04", "J1", clock)
    assert closed.closed
    with ctx.database.reader() as orm:
        pv = build_pv_report(orm, SID, clock=clock)
        assert not orm.scalars(select(db.UnitDecision).where(db.UnitDecision.candidate_ref == "C04")).all()
    c04 = next(c for c in pv.candidates if c.candidate.ref == "C04")
    assert c04.absent and c04.title is not None and c04.title.status == "absent"
    assert {o.status for o in c04.units} == {"absent"}


# --- common judgements departing from every juror -------------------------------------------------


def test_a_common_judgement_against_both_jurors_needs_its_reason_printed_on_the_pv(
    lab: AppContext, clock: FakeClock
) -> None:
    sit(lab, SID, "C05", clock)
    view = deliberation.deliberation_view(lab, SID, "C05")
    cp11 = next(c for c in view.common if c.competence.id == "CP11")
    assert set(cp11.evidence.judgements) == {Judgement.NOT_ACQUIRED} and cp11.needs_reason(Judgement.ACQUIRED)
    with pytest.raises(InvalidInput, match="CP11 : le jugement commun s'écarte de celui de chaque juré"):
        deliberation.set_common_judgement(lab, SID, "C05", "CP11", Judgement.ACQUIRED, "J1", clock)
    reason = "Analyse de pratique reprise et étayée à l'entretien final"
    view = deliberation.set_common_judgement(lab, SID, "C05", "CP11", Judgement.ACQUIRED, "J1", clock, reason)
    cp11 = next(c for c in view.common if c.competence.id == "CP11")
    assert cp11.decided is Judgement.ACQUIRED and cp11.reason == reason and not cp11.reason_missing
    # Following the jurors again needs no reason, and drops the old one.
    view = deliberation.set_common_judgement(lab, SID, "C05", "CP11", Judgement.NOT_ACQUIRED, "J1", clock, "x")
    assert next(c for c in view.common if c.competence.id == "CP11").reason == ""
    deliberation.set_common_judgement(lab, SID, "C05", "CP11", Judgement.ACQUIRED, "J1", clock, reason)
    with lab.database.reader() as orm:
        pv = build_pv_report(orm, SID, clock=clock)
    c05 = next(c for c in pv.candidates if c.candidate.ref == "C05")
    [departure] = c05.departures
    assert departure.competence_id == "CP11" and departure.reason == reason and departure.juror_judgements == 4
    text = " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(render_pv(pv))).pages)
    assert "Jugement commun CP11" in text and reason in " ".join(text.split())
    assert verify_audit(lab, SID).ok


# --- adopting the proposals -----------------------------------------------------------------------


def test_adopt_the_proposals_in_one_confirmation(lab: AppContext, clock: FakeClock) -> None:
    for cand in ("C01", "C05"):
        sit(lab, SID, cand, clock)
    adopted = deliberation.adopt_proposals(lab, SID, "C01", "J1", clock)
    assert adopted.judgements == 15 and adopted.granted == ("CCP1", "CCP2", "CCP3", TITLE) and adopted.left == ()
    assert adopted.view.problems == ()
    closed = deliberation_close.close_deliberation(lab, SID, "C01", "J1", clock)
    assert closed.closed
    # C05: CP11 not acquired for both jurors, CCP2 proposed refused: a refusal needs the jury's reason.
    adopted = deliberation.adopt_proposals(lab, SID, "C05", "J1", clock)
    assert adopted.granted == ("CCP1", "CCP3") and adopted.left == ("CCP2", TITLE)
    with lab.database.reader() as orm:
        entries = orm.scalars(select(db.AuditEntry).where(db.AuditEntry.action == "deliberation.adopt")).all()
    assert len(entries) == 2
    assert verify_audit(lab, SID).ok


def test_adopting_is_refused_while_a_competence_has_no_evaluation(ctx: AppContext, clock: FakeClock) -> None:
    with pytest.raises(InvalidInput, match="adopter les propositions est impossible : sans évaluation : CP1, CP2"):
        deliberation.adopt_proposals(ctx, SID, "C03", "J1", clock)


# --- closing --------------------------------------------------------------------------------------


def _decide_all(ctx: AppContext, cand: str, clock: FakeClock) -> None:
    sit(ctx, SID, cand, clock)
    deliberation.adopt_proposals(ctx, SID, cand, "J1", clock)


def test_closing_needs_every_juror_s_grids_or_a_written_reason(lab: AppContext, clock: FakeClock) -> None:
    with lab.database.session() as orm:  # J2's grid of the questionnement never reached this laptop
        grid = orm.scalar(
            select(db.Grid).where(db.Grid.candidate_ref == "C02", db.Grid.modality_id == "qp", db.Grid.juror_ref == "J2")
        )
        assert grid is not None
        orm.delete(grid)
    _decide_all(lab, "C02", clock)
    view = deliberation.deliberation_view(lab, SID, "C02")
    assert [r.key for r in view.requirements] == ["grid/qp/J2"]
    message = "grille de Karim Benali pour « Questionnement à partir de production(s) » absente de cet ordinateur"
    assert view.problems == (message,)
    with pytest.raises(InvalidInput) as exc:
        deliberation_close.close_deliberation(lab, SID, "C02", "J1", clock)
    assert _messages(exc) == [message]
    with pytest.raises(InvalidInput, match="indiquez pourquoi le jury clôt malgré cela"):
        deliberation_close.close_deliberation(lab, SID, "C02", "J1", clock, {"grid/qp/J2": " "})
    with pytest.raises(InvalidInput, match="ne manque pas pour ce candidat"):
        deliberation_close.close_deliberation(lab, SID, "C02", "J1", clock, {"company_hours": "x"})
    reason = "Grille papier de Karim Benali égarée ; jugements relus avec lui en délibération"
    closed = deliberation_close.close_deliberation(lab, SID, "C02", "J1", clock, {"grid/qp/J2": reason})
    assert closed.closed and [(o.requirement.key, o.reason) for o in closed.overridden] == [("grid/qp/J2", reason)]
    with lab.database.reader() as orm:
        [entry] = orm.scalars(select(db.AuditEntry).where(db.AuditEntry.action == "deliberation.override")).all()
        pv = build_pv_report(orm, SID, clock=clock)
    assert entry.after == reason and entry.before == message
    c02 = next(c for c in pv.candidates if c.candidate.ref == "C02")
    assert [(o.message, o.reason) for o in c02.overrides] == [(message, reason)]


def test_closing_needs_the_jury_s_minimum_after_a_recusal(lab: AppContext, clock: FakeClock) -> None:
    """The TP jury has at least two members: one juror left after a recusal is told."""
    jurors.declare(lab, SID, "C04", "J1", has_link=False)
    jurors.declare(lab, SID, "C04", "J2", has_link=True, note="ancien collègue")
    for modality in MODALITIES:
        score(lab, "C04", modality, "J1", clock)
    _decide_all(lab, "C04", clock)
    view = deliberation.deliberation_view(lab, SID, "C04")
    assert [r.key for r in view.requirements] == ["jury"]
    assert "doit compter au moins 2 membres (1 enregistré)" in view.requirements[0].message
    with pytest.raises(InvalidInput, match="au moins 2 membres"):
        deliberation_close.close_deliberation(lab, SID, "C04", "J1", clock)
    closed = deliberation_close.close_deliberation(
        lab, SID, "C04", "J1", clock, {"jury": "Délibération à un juré validée par la DDETS"}
    )
    assert closed.closed


@pytest.mark.parametrize(
    ("hours", "proof", "expected"),
    [
        (300, True, ["company_hours"]),
        (None, True, ["company_hours"]),
        (420, False, ["company_proof"]),
        (420, True, []),
    ],
)
def test_closing_needs_the_in_company_hours_and_their_proof(
    tmp_path: Path, repackage: Any, clock: FakeClock, hours: int | None, proof: bool, expected: list[str]
) -> None:
    """Seed 001 and RE l. 1543-1545: 385 h for the title, a proof kept by the session lead."""

    def edit(m: dict[str, Any]) -> set[str]:
        c01 = next(c for c in m["candidates"] if c["id"] == "C01")
        c01["company_hours"] = hours
        if proof:
            return set()
        gone = {a["member"] for a in m["attachments"] if a["candidate_id"] == "C01" and a["kind"] == "preuve_stage"}
        m["attachments"] = [a for a in m["attachments"] if a["member"] not in gone]
        return gone

    ctx = AppContext(resolve(tmp_path / "data"))
    try:
        import_(ctx, repackage(tmp_path / "p.zip", edit))
        run_and_score(ctx, "C01", clock)
        _decide_all(ctx, "C01", clock)
        view = deliberation.deliberation_view(ctx, SID, "C01")
        assert [r.key for r in view.requirements] == expected
        if hours == 300:
            assert view.requirements[0].message == "300 h en entreprise sur 385 h exigées"
    finally:
        ctx.close()


def test_a_conflict_between_laptops_blocks_closing_and_cannot_be_overridden(lab: AppContext, clock: FakeClock) -> None:
    _decide_all(lab, "C01", clock)
    with lab.database.session() as orm:
        orm.add(
            db.MergeConflict(
                session_id=SID, candidate_ref="C01", modality_id="msp", kind="card", options=["a", "b"], status="open"
            )
        )
    view = deliberation.deliberation_view(lab, SID, "C01")
    [item] = view.requirements
    assert item.key == "conflict/msp" and not item.overridable
    with pytest.raises(InvalidInput, match="le jury ne peut pas passer outre"):
        deliberation_close.close_deliberation(lab, SID, "C01", "J1", clock, {"conflict/msp": "on passe"})


# --- the check of the whole session ---------------------------------------------------------------


def test_complete_only_when_every_deliberation_is_closed(lab: AppContext, clock: FakeClock) -> None:
    _decide_all(lab, "C01", clock)
    deliberation_close.close_deliberation(lab, SID, "C01", "J1", clock)
    check = deliberation_close.deliberation_check(lab, SID)
    assert not check.complete
    assert [c.candidate_ref for c in check.open] == ["C02", "C03", "C04", "C05"]
    assert check.summary.startswith("Incomplet : 4 délibération(s) ouverte(s) sur 5")
    c03 = next(c for c in check.candidates if c.candidate_ref == "C03")
    assert "grille de Martine Roussel pour « Mise en situation professionnelle » absente de cet ordinateur" in c03.missing
    issues = overview.closing_check(lab, SID)
    assert [i.candidate for i in issues if i.message == "Délibération non close"] == [
        "Thomas Girard",
        "Inès Haddad",
        "Julien Moreau",
        "Sophie Marchand",
    ]
    for cand in ("C02", "C05"):
        _decide_all(lab, cand, clock)
    deliberation.decide(lab, SID, "C05", "CCP2", False, "CP11 non acquise", "J1", clock)
    deliberation.decide(lab, SID, "C05", TITLE, False, "CCP2 non acquis", "J1", clock)
    for cand in ("C02", "C05"):
        deliberation_close.close_deliberation(lab, SID, cand, "J1", clock)
    for cand in ("C03", "C04"):
        exam.mark_absent(lab, SID, cand, "J1", clock)
        sit(lab, SID, cand, clock)
        deliberation_close.close_deliberation(lab, SID, cand, "J1", clock)
    check = deliberation_close.deliberation_check(lab, SID)
    assert check.complete and check.summary == "Complet : les 5 délibération(s) sont closes."


def test_a_mock_session_asks_no_proof_of_the_in_company_periods(
    tmp_path: Path, repackage: Any, clock: FakeClock
) -> None:
    """A trainer's rehearsal certifies nothing: the periods' proof is the real session's business."""

    def edit(m: dict[str, Any]) -> set[str]:
        m["session"].update(kind="mock", definition_id="titre")
        c01 = next(c for c in m["candidates"] if c["id"] == "C01")
        c01["company_hours"] = None
        gone = {a["member"] for a in m["attachments"] if a["kind"] == "preuve_stage"}
        m["attachments"] = [a for a in m["attachments"] if a["member"] not in gone]
        return gone

    ctx = AppContext(resolve(tmp_path / "data"))
    try:
        import_(ctx, repackage(tmp_path / "mock.zip", edit))
        run_and_score(ctx, "C01", clock)
        _decide_all(ctx, "C01", clock)
        assert deliberation.deliberation_view(ctx, SID, "C01").requirements == ()
    finally:
        ctx.close()
