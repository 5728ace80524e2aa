"""Every certification of the seeds, from its package to a signed PV, through the real actions.

- TP CIP, title session: the demo session (formation and VAE candidates, the four modalities).
- TP CIP, CCP2 session: its own modality and duration (presentation of a project, 60 min), a decision
  on CCP2 only; then the capitalisation interview at the end of that last CCP session leads to the title.
- RNCP35667: block decisions in the certification's words, document modalities beside timed ones
  whose durations the package sets, the jury's two profiles, a session after the registration ended.
- RNCP35635: the formation path judged on the passeport compétences, the VAE path on livret 2 and an
  interview, and a complementary evaluation ordered by the jury.

Each ends with the PV generated, signed by every juror and verified, and read back.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from jury_app.actions import deliberation, deliberation_close, exam, grids, jurors, jury_step, overview, packages
from jury_app.actions.context import AppContext
from jury_app.actions.exam import RunKey
from jury_app.actions.pv_files import generate_pv
from jury_app.actions.reports import results_bytes, write_grid_pdf
from jury_app.actions.signing import sign_report, verify_report
from jury_app.demo.package import build_demo_package, demo_package
from jury_app.demo.session import complete_demo
from jury_app.domain.clock import FakeClock
from jury_app.domain.deliberation import Proposal
from jury_app.domain.grading import Mark
from jury_app.domain.problems import InvalidInput
from jury_app.domain.referentiel import Judgement
from jury_app.paths import resolve

PASSPHRASES = {"J1": "phrase secrète de J1", "J2": "phrase secrète de J2"}
PINS = {"J1": "4821", "J2": "7305"}
PDF = b"%PDF-1.4\n% document de test\n%%EOF\n"


@pytest.fixture
def ctx(tmp_path: Path) -> Any:
    context = AppContext(resolve(tmp_path / "data"))
    yield context
    context.close()


def _sign_and_verify(ctx: AppContext, sid: str, clock: FakeClock) -> str:
    """The PV generated, signed by both jurors, verified; its text."""
    pv = generate_pv(ctx, sid, clock=clock)
    for juror in ("J1", "J2"):
        jurors.set_pin(ctx, sid, juror, PINS[juror], lead_passphrase="phrase du responsable")
        sign_report(ctx, sid, pv, juror, PASSPHRASES[juror], clock, pin=PINS[juror])
        clock.advance(60)
    result = verify_report(ctx, pv, sid)
    assert result.all_ok, result.problems
    assert [s.juror_ref for s in result.signers] == ["J1", "J2"]
    with pdfplumber.open(io.BytesIO(pv.read_bytes())) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _results(ctx: AppContext, sid: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(results_bytes(ctx, sid, "json"))
    return doc


# --- TP CIP: the title session ------------------------------------------------------------------


def test_tp_cip_title_session(ctx: AppContext, tmp_path: Path) -> None:
    summary = complete_demo(ctx)
    sid = summary.session_id
    view = overview.overview(ctx, sid)
    assert [m.id for m in view.modalities] == ["msp", "et", "qp", "ef"]
    assert all(c.status.value == "done" for r in view.rows for c in r.cells)
    # The entretien technique's open phases were timed on their common time, never split.
    run = exam.run_view(ctx, RunKey(sid, "C01", "et"), FakeClock(datetime(2026, 12, 9, tzinfo=UTC)))
    assert [(p.id, p.shared) for p in run.plan] == [("synthese", False), ("presentation", True), ("questions", True)]
    doc = _results(ctx, sid)
    assert doc["certification"]["terms"]["unit_short"] == "CCP"
    c05 = next(c for c in doc["candidates"] if c["id"] == "C05")
    assert [u["status"] for u in c05["units"]] == ["granted", "granted", "refused"]
    assert c05["certification"]["label"] == "Non délivré"
    text = _sign_and_verify(ctx, sid, FakeClock(datetime(2026, 12, 8, 18, 0, tzinfo=UTC)))
    assert "Chaque CCP (CCP1, CCP2, CCP3) et le titre" in text
    assert "Titre professionnel Conseiller en insertion professionnelle" in text
    assert "bloc" not in text.lower()


# --- TP CIP: a CCP2 session, then the capitalisation interview ----------------------------------


def _tp_package(out: Path, edit: Callable[[dict[str, Any]], dict[str, bytes]]) -> Path:
    """The TP demo package with its manifest edited; `edit` returns members to add."""
    with zipfile.ZipFile(io.BytesIO(build_demo_package())) as src:
        manifest = json.loads(src.read("manifest.json"))
        added = edit(manifest)
        keep = {a["member"] for a in manifest["attachments"]}
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            dst.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
            for info in src.infolist():
                if info.filename in keep:
                    dst.writestr(info.filename, src.read(info.filename))
            for name, data in added.items():
                dst.writestr(name, data)
    return out


def _proof(manifest: dict[str, Any], cand: str, unit: str) -> dict[str, bytes]:
    member = f"attachments/{cand}-preuve-{unit.lower()}.pdf"
    data = PDF + f"% {unit} de {cand}\n".encode()
    manifest["attachments"].append(
        {
            "id": f"{cand}-preuve-{unit.lower()}",
            "candidate_id": cand,
            "kind": "preuve_ccp",
            "title": f"Relevé de résultats du {unit}",
            "member": member,
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
        }
    )
    return {member: data}


def _ccp2_session(manifest: dict[str, Any]) -> dict[str, bytes]:
    """C01 (formation) and C05, now on the capitalisation path: CCP1 and CCP3 held, CCP2 sought."""
    manifest["session"].update(id="CIP-CCP2-2026-12", title="Session du CCP2", kind="ccp", unit_id="CCP2")
    manifest["session"]["dates"] = ["2026-12-09"]
    c01, c05 = (c for c in manifest["candidates"] if c["id"] in ("C01", "C05"))
    c01["units_sought"] = ["CCP2"]
    c05.update(path="capitalisation", units_sought=["CCP2"], units_held=["CCP1", "CCP3"])
    manifest["candidates"] = [c01, c05]
    manifest["attachments"] = [  # C01's proof of the in-company periods too: a CCP's deliberation needs it
        a
        for a in manifest["attachments"]
        if a["candidate_id"] in ("C01", "C05") and a["kind"] in ("dossier_projet", "preuve_stage")
    ]
    added = _proof(manifest, "C05", "CCP1") | _proof(manifest, "C05", "CCP3")
    c05["units_held_detail"] = [
        {"unit_id": u, "proof_attachment_id": f"C05-preuve-{u.lower()}"} for u in ("CCP1", "CCP3")
    ]
    manifest["schedule"] = [
        {"candidate_id": "C01", "modality_id": "projet", "start": "2026-12-09T09:00", "room": "Salle 1"},
        {"candidate_id": "C05", "modality_id": "projet", "start": "2026-12-09T10:15", "room": "Salle 1"},
    ]
    manifest["scenario_cards"] = []
    return added


def _score_all(ctx: AppContext, sid: str, cand: str, modality: str, clock: FakeClock) -> None:
    for juror in ("J1", "J2"):
        key = grids.GridKey(sid, cand, modality, juror)
        view = grids.grid_view(ctx, key)
        for comp in view.competences:
            for crit in comp.criteria:
                view = grids.set_mark(ctx, key, crit.id, Mark.SATISFIED, clock)
        for comp in view.competences:
            grids.set_judgement(ctx, key, comp.key, Judgement.ACQUIRED, clock)


def _timed(ctx: AppContext, sid: str, cand: str, modality: str, clock: FakeClock) -> exam.RunView:
    key = grids.GridKey(sid, cand, modality, "J1")
    view = exam.start_modality(ctx, key, clock)
    for i, phase in enumerate(view.plan):
        clock.advance(phase.duration_s)
        if i < len(view.plan) - 1:
            exam.next_phase(ctx, key, clock)
    return exam.finish_modality(ctx, key, clock)


def _sit(ctx: AppContext, sid: str, cand: str, clock: FakeClock) -> None:
    """The jury sits on the candidate, both jurors present."""
    jury_step.open_jury_step(ctx, sid, cand, "J1", ["J1", "J2"], clock)


def _decide_all(ctx: AppContext, sid: str, cand: str, clock: FakeClock) -> deliberation.DeliberationView:
    _sit(ctx, sid, cand, clock)
    view = deliberation.deliberation_view(ctx, sid, cand)
    for common in view.common:
        deliberation.set_common_judgement(ctx, sid, cand, common.competence.id, Judgement.ACQUIRED, "J1", clock)
    view = deliberation.deliberation_view(ctx, sid, cand)
    for unit in view.units:
        view = deliberation.decide(ctx, sid, cand, unit.target, True, "", "J1", clock)
    if view.title is not None:
        view = deliberation.decide(ctx, sid, cand, deliberation.TITLE, True, "", "J1", clock)
    return deliberation_close.close_deliberation(ctx, sid, cand, "J1", clock)


def test_tp_cip_ccp2_session_then_the_capitalisation_interview(ctx: AppContext, tmp_path: Path) -> None:
    package = _tp_package(tmp_path / "ccp2.zip", _ccp2_session)
    sid = packages.import_(ctx, package).session_id
    clock = FakeClock(datetime(2026, 12, 9, 8, 0, tzinfo=UTC))
    view = overview.overview(ctx, sid)
    assert [m.id for m in view.modalities] == ["projet"]  # the CCP2 session runs its own modality
    for cand in ("C01", "C05"):
        for juror in ("J1", "J2"):
            jurors.declare(ctx, sid, cand, juror, has_link=False, clock=clock)
        run = _timed(ctx, sid, cand, "projet", clock)
        assert [(p.id, p.duration_s) for p in run.plan] == [("presentation", 1200), ("questions", 2400)]
        _score_all(ctx, sid, cand, "projet", clock)
    for cand in ("C01", "C05"):
        closed = _decide_all(ctx, sid, cand, clock)
        assert [u.target for u in closed.units] == ["CCP2"] and closed.title is None  # CCP2 only
        assert [c.competence.id for c in closed.common] == ["CP6", "CP7", "CP8", "CP9", "CP10", "CP11"]
    doc = _results(ctx, sid)
    assert doc["decides_certification"] is False and [u["id"] for u in doc["units"]] == ["CCP2"]
    text = _sign_and_verify(ctx, sid, clock)
    assert "CCP2 seulement (certificat de compétences professionnelles) ; le titre ne se décide pas" in text
    assert "Tous les CCP sont désormais acquis : entretien en fin de session du dernier CCP" in text

    # The interview at the end of that last CCP session: C05 now holds the three CCPs.
    def capitalisation(manifest: dict[str, Any]) -> dict[str, bytes]:
        added = _ccp2_session(manifest)
        manifest["session"].update(id="CIP-CAPI-2026-12", title="Capitalisation", kind="capitalisation")
        del manifest["session"]["unit_id"]
        manifest["session"]["durations"] = {"entretien_capitalisation": 30}
        c05 = next(c for c in manifest["candidates"] if c["id"] == "C05")
        c05.update(units_sought=[], units_held=["CCP1", "CCP2", "CCP3"])
        manifest["candidates"] = [c05]
        manifest["attachments"] = [a for a in manifest["attachments"] if a["candidate_id"] == "C05"]
        added |= _proof(manifest, "C05", "CCP2")  # the CCP2 session's decision, kept as its proof
        c05["units_held_detail"] = [
            {"unit_id": u, "proof_attachment_id": f"C05-preuve-{u.lower()}"} for u in ("CCP1", "CCP2", "CCP3")
        ]
        manifest["schedule"] = [
            {"candidate_id": "C05", "modality_id": "entretien_capitalisation", "start": "2026-12-09T16:00"}
        ]
        return added

    capi = packages.import_(ctx, _tp_package(tmp_path / "capi.zip", capitalisation)).session_id
    for juror in ("J1", "J2"):
        jurors.declare(ctx, capi, "C05", juror, has_link=False, clock=clock)
    run = _timed(ctx, capi, "C05", "entretien_capitalisation", clock)
    assert [(p.duration_s, p.source) for p in run.plan] == [(1800, "session")]  # set by the package
    _score_all(ctx, capi, "C05", "entretien_capitalisation", clock)
    closed = _decide_all(ctx, capi, "C05", clock)
    assert closed.units == () and closed.title is not None and closed.title.proposal is Proposal.GRANT
    assert closed.title.granted is True  # the title, on the three CCPs held
    text = _sign_and_verify(ctx, capi, clock)
    assert "Objet des décisions Le titre" in text and "Déjà acquis" in text and "Délivré" in text


# --- RNCP35667 ---------------------------------------------------------------------------------------


def test_rncp35667_blocks_documents_durations_profiles(ctx: AppContext, tmp_path: Path) -> None:
    summary = complete_demo(ctx, "RNCP35667")
    sid = summary.session_id
    clock = FakeClock(datetime(2026, 12, 14, 18, 0, tzinfo=UTC))
    view = overview.overview(ctx, sid)
    assert view.jury_problems == ()
    cells = {r.ref: {c.modality_id: c.status.value for c in r.cells} for r in view.rows}
    # Formation: note de synthèse, oral, étude de cas, dossier écrit, entretien; VAE: the livrets 2.
    assert [m for m, s in cells["C01"].items() if s != "not_applicable"] == [
        "bc01-note-de-synthese",
        "bc01-oral-jury",
        "bc02-etude-de-cas",
        "bc03-dossier-ecrit-accompagnement",
        "bc03-entretien-professionnel",
    ]
    assert [m for m, s in cells["C03"].items() if s != "not_applicable"] == [
        "vae-bc01-etude-livret-2",
        "vae-bc02-etude-livret-2",
        "vae-bc03-etude-livret-2",
    ]
    assert set(cells["C03"].values()) == {"done", "not_applicable"}  # documents studied, no timer
    note = exam.run_view(ctx, RunKey(sid, "C01", "bc01-note-de-synthese"), clock)
    assert note.on_document and note.plan == () and [d.kind for d in note.documents] == ["note_de_synthese"]
    with pytest.raises(InvalidInput, match="s'évalue sur document"):
        exam.start_modality(ctx, grids.GridKey(sid, "C02", "bc03-dossier-ecrit-accompagnement", "J1"), clock)
    oral = exam.run_view(ctx, RunKey(sid, "C01", "bc01-oral-jury"), clock)
    assert [(p.duration_s, p.source) for p in oral.plan] == [(1800, "session")]
    # Competences without criteria: each juror judged each one directly.
    grid = grids.grid_view(ctx, grids.GridKey(sid, "C02", "bc02-etude-de-cas", "J2"))
    assert all(c.criteria == () for c in grid.competences) and grid.completeness.complete

    # The grids as the jury prints them: documents said so, competences judged directly.
    grids_pdf = write_grid_pdf(ctx, sid, "C01", tmp_path / "grilles.pdf")
    with pdfplumber.open(io.BytesIO(grids_pdf.read_bytes())) as pdf:
        grid_text = " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)
    assert "blocs de compétences visés : BC01, BC02, BC03" in grid_text
    assert "Déroulement : sur document (note de synthèse)" in grid_text
    assert "Chaque compétence est jugée directement par chaque juré" in grid_text
    assert "critère" not in grid_text.replace("sans critère", "")

    doc = _results(ctx, sid)
    assert doc["certification"]["terms"]["unit_short"] == "bloc"
    by_id = {c["id"]: c for c in doc["candidates"]}
    assert [(u["id"], u["status"]) for u in by_id["C02"]["units"]] == [
        ("BC01", "granted"),
        ("BC02", "refused"),
        ("BC03", "granted"),
    ]
    assert by_id["C02"]["certification"]["label"] == "Non délivrée"
    assert by_id["C01"]["certification"]["label"] == "Délivrée"
    assert by_id["C03"]["path_label"] == "VAE"

    text = _sign_and_verify(ctx, sid, clock)
    assert "Chaque bloc (BC01, BC02, BC03) et la certification" in text
    assert "Certification Chargé d’insertion professionnelle" in text
    assert "échu le 17/06/2023 ; session tenue après l'échéance" in text
    # What the decisions rest on, in this certification's terms: its modalities and their documents.
    flat = " ".join(text.split())
    assert "Note de synthèse rédigée relative au diagnostic du territoire ciblé (sur document)" in flat
    assert "Note de synthèse : joint au dossier de session (Note de synthèse — Léa Fontaine)" in flat
    assert "Livret 2 : joint au dossier de session (Livret 2 — Nadia Benhamou)" in flat
    # Each juror with the profile of the référentiel they sit for.
    assert "Profil : Administrateur ou directeur de structure expert en insertion professionnelle" in flat
    assert "Profil : Chargé d’insertion professionnelle salarié et/ou formateur" in flat
    for word in ("Dossier professionnel", "ECF", "Périodes en entreprise"):
        assert word not in flat
    for word in ("CCP", "Titre", "titre professionnel"):
        assert word not in text


def test_rncp35667_jury_profiles_are_checked(ctx: AppContext, tmp_path: Path) -> None:
    data, _name = demo_package("RNCP35667")
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        manifest = json.loads(src.read("manifest.json"))
        members = {i.filename: src.read(i.filename) for i in src.infolist() if i.filename != "manifest.json"}
    manifest["jury"][0]["profile"] = "praticien-ou-formateur"  # two practitioners, no director
    out = tmp_path / "sans-directeur.zip"
    with zipfile.ZipFile(out, "w") as dst:
        dst.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
        for name, body in members.items():
            dst.writestr(name, body)
    with pytest.raises(InvalidInput, match="Administrateur ou directeur de structure expert en insertion"):
        packages.validate(out)


def test_rncp35667_refused_after_its_registration_without_a_reason(ctx: AppContext, tmp_path: Path) -> None:
    data, _name = demo_package("RNCP35667")
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        manifest = json.loads(src.read("manifest.json"))
        members = {i.filename: src.read(i.filename) for i in src.infolist() if i.filename != "manifest.json"}
    manifest["session"]["registration_ended_reason"] = ""
    out = tmp_path / "sans-motif.zip"
    with zipfile.ZipFile(out, "w") as dst:
        dst.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
        for name, body in members.items():
            dst.writestr(name, body)
    with pytest.raises(InvalidInput, match="après l'échéance de l'enregistrement"):
        packages.import_(ctx, out)
    assert not ctx.has_database or not overview_sessions(ctx)
    result = packages.import_(ctx, out, registration_ended_reason="Promotion entrée avant l'échéance")
    assert result.status == "imported" and len(result.warnings) == 1


def overview_sessions(ctx: AppContext) -> list[str]:
    from jury_app.actions.sessions import list_sessions

    return [s.id for s in list_sessions(ctx)]


# --- RNCP35635 ---------------------------------------------------------------------------------------


def test_rncp35635_passeport_livret_and_complementary_evaluation(ctx: AppContext) -> None:
    summary = complete_demo(ctx, "RNCP35635")
    sid = summary.session_id
    clock = FakeClock(datetime(2026, 12, 15, 18, 0, tzinfo=UTC))
    lemaire = deliberation.deliberation_view(ctx, sid, "C02")
    assert lemaire.closed and lemaire.title is not None and lemaire.title.complementary
    assert {u.target: u.granted for u in lemaire.units} == {"BC01": True, "BC02": True, "BC03": None, "BC04": True}
    passport = exam.run_view(ctx, RunKey(sid, "C01", "bc01-mes"), clock)
    assert passport.on_document and [d.kind for d in passport.documents] == ["passeport_competences"]
    interview = exam.run_view(ctx, RunKey(sid, "C03", "vae-entretien-jury"), clock)
    assert [(p.duration_s, p.source) for p in interview.plan] == [(2700, "session")]

    doc = _results(ctx, sid)
    assert (
        doc["complementary_session"]
        == "Évaluation complémentaire de la certification Conseiller en transition professionnelle"
    )
    c02 = next(c for c in doc["candidates"] if c["id"] == "C02")
    assert c02["certification"]["status"] == "complementary"
    assert c02["certification"]["label"] == "Évaluation complémentaire"
    assert [u["status"] for u in c02["units"]] == ["granted", "granted", "pending", "granted"]

    text = _sign_and_verify(ctx, sid, clock)
    assert "Évaluation complémentaire ordonnée : la session « Évaluation complémentaire de la certification" in text
    assert "statuera ensuite sur BC03 et la certification" in text
    assert "CCP" not in text


def test_a_complementary_evaluation_needs_a_reason_and_the_referentiels_leave(ctx: AppContext) -> None:
    sid = complete_demo(ctx, "RNCP35635").session_id
    clock = FakeClock(datetime(2026, 12, 16, 9, 0, tzinfo=UTC))
    deliberation_close.reopen_deliberation(ctx, sid, "C01", "J1", "Revoir la décision", clock)
    _sit(ctx, sid, "C01", clock)
    with pytest.raises(InvalidInput, match="motif de l'évaluation complémentaire"):
        deliberation.decide(ctx, sid, "C01", deliberation.TITLE, None, " ", "J1", clock, complementary=True)
    with pytest.raises(InvalidInput, match="se décide sur la certification"):
        deliberation.decide(ctx, sid, "C01", "BC01", None, "motif", "J1", clock, complementary=True)
    view = deliberation.decide(
        ctx, sid, "C01", deliberation.TITLE, None, "Avis partagés", "J1", clock, complementary=True
    )
    assert view.title is not None and view.title.complementary and not view.problems
    # The TP CIP provides no complementary evaluation.
    tp = complete_demo(ctx).session_id
    deliberation_close.reopen_deliberation(ctx, tp, "C01", "J1", "Revoir", clock)
    _sit(ctx, tp, "C01", clock)
    with pytest.raises(InvalidInput, match="ne prévoit pas d'évaluation complémentaire"):
        deliberation.decide(ctx, tp, "C01", deliberation.TITLE, None, "motif", "J1", clock, complementary=True)


def test_a_certification_named_in_the_feminine_is_refused_in_words_that_agree(ctx: AppContext) -> None:
    """« la certification » and its blocks: the refusal and the grant taken again need no participle."""
    sid = complete_demo(ctx, "RNCP35667").session_id
    clock = FakeClock(datetime(2026, 12, 16, 9, 0, tzinfo=UTC))
    for cand in ("C01", "C02"):
        deliberation_close.reopen_deliberation(ctx, sid, cand, "J1", "Revoir la décision", clock)
        _sit(ctx, sid, cand, clock)
    with pytest.raises(InvalidInput) as refused:
        deliberation.decide(ctx, sid, "C02", deliberation.TITLE, True, "", "J1", clock)
    assert [p.message for p in refused.value.problems] == ["impossible d'accorder la certification : BC02 non acquis"]
    view = deliberation.set_common_judgement(
        ctx, sid, "C01", "C1", Judgement.NOT_ACQUIRED, "J1", clock, reason="Relu au dossier : la synthèse manque"
    )
    taken_again = [p for p in view.problems if "décision à reprendre" in p]
    assert taken_again and taken_again[0].startswith("BC01 : décision favorable prise sans ce qui la fonde (C1 : ")
    assert not any("accordé" in p for p in view.problems)
