"""The report data objects, built from a session worked through the real actions (see tests/helpers/jury_day.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy.orm import Session as Orm

from jury_app.domain.clock import FakeClock
from jury_app.domain.problems import InvalidInput
from jury_app.reports.build.feedback import build_feedback_report
from jury_app.reports.build.grid import SessionGrids, build_blank_grid_report, build_grid_report
from jury_app.reports.build.pv import build_pv_report
from jury_app.reports.model import OVERALL, TITLE, PvCandidate, PvReport

# --- grids -------------------------------------------------------------------------------------


def test_grid_report_of_a_complete_candidate(story: Any, title_db: Orm, generated_clock: FakeClock) -> None:
    r = build_grid_report(title_db, story.DEMO_SESSION, "C01", clock=generated_clock)
    h = r.header
    assert (h.session_id, h.certification_code, h.certification_version) == (story.DEMO_SESSION, "TP-00403", "08")
    assert h.certification_label == "Titre professionnel Conseiller en insertion professionnelle"
    assert h.dates == (date(2026, 12, 7), date(2026, 12, 8))
    assert h.generated_at == story.GENERATED_AT
    assert not h.mock and h.session_kind == "title"
    assert r.candidate.name == "Camille Lefèvre"
    assert not r.absent and not r.recusals
    assert [m.modality_id for m in r.modalities] == ["msp", "et", "qp", "ef"]

    msp = r.modalities[0]
    assert msp.status == "done"
    assert [s.juror.ref for s in msp.jurors] == ["J1", "J2"]
    assert all(s.source == "app" and s.complete and s.saved_at is not None for s in msp.jurors)
    assert [c.competence_id for c in msp.competences] == ["CP1", "CP2"]
    cp1 = msp.competences[0]
    assert [c.criterion_id for c in cp1.criteria] == ["CP1.1", "CP1.2", "CP1.3", "CP1.4", "CP1.5"]
    assert all(c.marks == ("satisfied", "satisfied") for c in cp1.criteria)
    assert cp1.judgements == ("acquired", "acquired") and cp1.suggested == ("acquired", "acquired")
    assert "(J1)" in cp1.observations[0] and "(J2)" in cp1.observations[1]
    # The timer: planned against actual phases, the pause with its reason.
    assert [p.phase_id for p in msp.phases] == ["preparation", "entretien"]
    assert [p.planned_s for p in msp.phases] == [900, 1800]
    assert all(p.actual_s is not None and p.started_at is not None for p in msp.phases)
    assert msp.phases[0].actual_s == pytest.approx(930)  # half, pause, half + 30 s
    assert (msp.phases[0].pauses, msp.phases[0].paused_s) == (1, pytest.approx(240))
    assert msp.phases[1].actual_s == pytest.approx(1800 - 45)
    assert len(msp.pauses) == 1
    assert msp.pauses[0].reason == story.C01_PAUSE and msp.pauses[0].duration_s == pytest.approx(240)
    assert msp.pauses[0].phase_title == "Tirage au sort et préparation"
    # The card, the incident, the note.
    assert msp.scenario is not None and msp.scenario.witness == "Nathalie Berthier" and msp.scenario.redraws == 0
    assert [i.text for i in msp.incidents] == [story.C01_INCIDENT]
    assert msp.incidents[0].juror_name == "Martine Roussel"
    assert [(n.juror_name, n.text) for n in msp.notes] == [("Martine Roussel", story.C01_NOTE)]
    # Questionnement: twelve competences; entretien final: one overall judgement, no criterion.
    assert len(r.modalities[2].competences) == 12
    ef = r.modalities[3]
    assert [(c.competence_id, c.criteria) for c in ef.competences] == [(OVERALL, ())]
    assert ef.competences[0].judgements == ("acquired", "acquired")
    assert ef.scenario is None


def test_grid_report_redraw_paper_and_weak_ccp(story: Any, title_db: Orm) -> None:
    r = build_grid_report(title_db, story.DEMO_SESSION, "C02")
    msp, et, qp, _ef = r.modalities
    assert msp.scenario is not None and msp.scenario.redraws == 1
    assert any(story.REDRAW_REASON in i.text for i in msp.incidents)
    assert [s.source for s in et.jurors] == ["app", "paper"]
    cp12 = next(c for c in qp.competences if c.competence_id == "CP12")
    assert cp12.criteria[0].marks == ("not_satisfied", "not_satisfied")
    assert cp12.judgements == ("not_acquired", "not_acquired")
    assert cp12.suggested == ("not_acquired", "not_acquired")


def test_grid_report_recusal_absence_capitalisation_pending(story: Any, title_db: Orm) -> None:
    c04 = build_grid_report(title_db, story.DEMO_SESSION, "C04")
    assert [(x.juror_ref, x.juror_name, x.note) for x in c04.recusals] == [("J2", "Karim Benali", story.RECUSAL_NOTE)]
    assert all([s.juror.ref for s in m.jurors] == ["J1"] for m in c04.modalities)
    assert all(len(c.marks) == 1 for m in c04.modalities for comp in m.competences for c in comp.criteria)

    c05 = build_grid_report(title_db, story.DEMO_SESSION, "C05")
    assert c05.absent
    assert {m.status for m in c05.modalities} == {"absent"}
    assert not any(m.graded for m in c05.modalities)
    assert [i.kind for i in c05.incidents] == ["absence"] and story.ABSENCE_NOTE in c05.incidents[0].text

    c03 = build_grid_report(title_db, story.DEMO_SESSION, "C03")
    assert {m.status for m in c03.modalities} == {"todo"}
    assert all(p.actual_s is None for m in c03.modalities for p in m.phases)
    assert c03.modalities[0].phases[0].planned_s == 1200  # 15 min at +33 %: 19 min 57 s, granted as 20 min


def test_a_session_s_grids_built_together_are_each_candidate_s_grids_built_alone(
    story: Any, title_db: Orm, generated_clock: FakeClock
) -> None:
    """The archive builds every grid from one read of what they share: the same reports."""
    grids = SessionGrids(title_db, story.DEMO_SESSION, clock=generated_clock)
    assert grids.candidate_refs == ("C01", "C02", "C03", "C04", "C05")
    for ref in grids.candidate_refs:
        assert grids.report(ref) == build_grid_report(title_db, story.DEMO_SESSION, ref, clock=generated_clock)
    with pytest.raises(InvalidInput, match="candidat inconnu : « C99 »"):
        grids.report("C99")


def test_unknown_candidate_or_session(story: Any, title_db: Orm) -> None:
    with pytest.raises(InvalidInput, match="candidat inconnu : « C99 »"):
        build_grid_report(title_db, story.DEMO_SESSION, "C99")
    with pytest.raises(InvalidInput, match="session inconnue"):
        build_grid_report(title_db, "NOPE", "C01")
    with pytest.raises(InvalidInput, match="session inconnue"):
        build_pv_report(title_db, "NOPE")


# --- procès-verbal -----------------------------------------------------------------------------


def _cand(pv: PvReport, ref: str) -> PvCandidate:
    return next(c for c in pv.candidates if c.candidate.ref == ref)


def _status(c: PvCandidate) -> dict[str, tuple[str, str | None, str]]:
    outcomes = [*c.units, *([c.title] if c.title else [])]
    return {o.unit_id: (o.status, o.proposal, o.reason) for o in outcomes}


def test_pv_report(story: Any, title_db: Orm, generated_clock: FakeClock) -> None:
    pv = build_pv_report(title_db, story.DEMO_SESSION, clock=generated_clock)
    assert pv.header.document == "Procès-verbal de délibération" and not pv.header.mock
    assert pv.header.centre_name == "Centre AFPA de démonstration"
    assert pv.place == "Lyon"
    assert pv.signed_on == date(2026, 12, 8)  # the day the deliberations were closed
    assert [(j.name, j.role) for j in pv.jury] == [("Martine Roussel", "president"), ("Karim Benali", "member")]
    assert [u.unit_id for u in pv.units] == ["CCP1", "CCP2", "CCP3"] and pv.decides_title
    assert [c.candidate.ref for c in pv.candidates] == ["C01", "C02", "C03", "C04", "C05"]

    c01 = _cand(pv, "C01")
    assert _status(c01) == dict.fromkeys(("CCP1", "CCP2", "CCP3", TITLE), ("granted", "grant", ""))
    assert c01.closed and not c01.absent
    assert [s.ref for s in c01.scenarios] and c01.scenarios[0].redraws == 0
    assert {i.kind for i in c01.incidents} == {"pause", "other"}
    assert any(i.text == story.C01_INCIDENT for i in c01.incidents)
    assert len(c01.competences) == 15 and {j.judgement for j in c01.competences} == {"acquired"}

    c02 = _cand(pv, "C02")
    assert _status(c02) == {
        "CCP1": ("granted", "grant", ""),
        "CCP2": ("granted", "grant", ""),
        "CCP3": ("refused", "refuse", story.C02_CCP3_REASON),
        TITLE: ("refused", "refuse", story.C02_TITLE_REASON),
    }
    assert c02.scenarios[0].redraws == 1
    assert any(story.REDRAW_REASON in i.text for i in c02.incidents)
    assert {j.competence_id: j.judgement for j in c02.competences}["CP12"] == "not_acquired"

    c03 = _cand(pv, "C03")
    assert {s for s, _, _ in _status(c03).values()} == {"pending"} and not c03.closed

    c04 = _cand(pv, "C04")
    assert [(r.juror_name, r.note) for r in c04.recusals] == [("Karim Benali", story.RECUSAL_NOTE)]
    assert not any(i.kind == "recusal" for i in c04.incidents)  # listed once, as a recusal
    assert _status(c04)[TITLE][0] == "granted"

    c05 = _cand(pv, "C05")
    assert c05.absent and c05.closed and not c05.scenarios
    assert {s for s, _, _ in _status(c05).values()} == {"absent"}
    assert [i.kind for i in c05.incidents] == ["absence"] and story.ABSENCE_NOTE in c05.incidents[0].text
    assert {j.judgement for j in c05.competences} == {None}

    assert [i.text for i in pv.general_incidents] == [story.SESSION_INCIDENT]
    assert pv.general_incidents[0].candidate_name is None


def test_pv_signature_blocks(story: Any, title_db: Orm) -> None:
    pv = build_pv_report(title_db, story.DEMO_SESSION)
    assert [(s.index, s.juror.ref, s.field_name) for s in pv.signatures] == [
        (1, "J1", "SignatureJure01"),
        (2, "J2", "SignatureJure02"),
    ]
    j1, j2 = pv.signatures
    assert j1.strokes == tuple(tuple((x, y) for x, y in stroke) for stroke in story.SIGNATURE)
    assert j2.strokes is None


# --- blank grids and feedback ------------------------------------------------------------------


def test_blank_grid_report(story: Any, title_db: Orm) -> None:
    b = build_blank_grid_report(title_db, story.DEMO_SESSION, "C01", "msp")
    assert (b.modality_id, b.modality_title, b.duration_min) == ("msp", "Mise en situation professionnelle", 45)
    assert b.header.document == "Grille papier de secours"
    assert b.scenario_drawn_by_lot
    assert [(p.title, p.planned_s) for p in b.phases] == [
        ("Tirage au sort et préparation", 900),
        ("Entretien d'accueil avec le comédien", 1800),
    ]
    assert [c.competence_id for c in b.competences] == ["CP1", "CP2"]
    assert b.competences[0].criteria[0][0] == "CP1.1"
    assert [j.ref for j in b.jurors] == ["J1", "J2"]
    assert [j.ref for j in build_blank_grid_report(title_db, story.DEMO_SESSION, "C04", "et").jurors] == ["J1"]
    ef = build_blank_grid_report(title_db, story.DEMO_SESSION, "C05", "ef")
    assert [(c.competence_id, c.criteria) for c in ef.competences] == [(OVERALL, ())]
    with pytest.raises(InvalidInput, match="modalité inconnue"):
        build_blank_grid_report(title_db, story.DEMO_SESSION, "C01", "zz")


def test_feedback_only_for_mock_sessions(story: Any, title_db: Orm) -> None:
    with pytest.raises(InvalidInput, match="réservé aux examens blancs"):
        build_feedback_report(title_db, story.DEMO_SESSION, "C01")


def test_feedback_report(story: Any, mock_db: Orm) -> None:
    f = build_feedback_report(mock_db, story.MOCK_SESSION, "C01")
    assert f.header.mock and f.header.session_kind == "mock"
    assert f.header.document == "Retour au candidat"
    assert not f.absent
    # Only the modalities run (mise en situation, entretien technique) say anything.
    assert [c.competence_id for c in f.competences] == ["CP1", "CP2", "CP4", "CP5", "CP11"]
    cp1, cp2, _cp4, cp5, _cp11 = f.competences
    assert [(i.criterion_id, i.status) for i in cp1.improvements] == [("CP1.3", "not_satisfied")]
    assert [i.criterion_id for i in cp1.strengths] == ["CP1.1", "CP1.2", "CP1.4", "CP1.5"]
    assert cp1.strengths[0].modalities == ("Mise en situation professionnelle", "Entretien technique")
    assert [(i.criterion_id, i.status) for i in cp2.improvements] == [("CP2.2", "not_satisfied")]  # one juror
    assert [(i.criterion_id, i.status) for i in cp5.improvements] == [("CP5.4", "not_observed")]
    assert not any(c.not_evaluated for c in f.competences)
    assert {o.juror_name for o in cp1.observations} == {"Martine Roussel", "Karim Benali"}
    assert {o.modality_title for o in cp1.observations} == {"Mise en situation professionnelle", "Entretien technique"}
    assert all(c.judgement is None for c in f.competences)  # no deliberation in this mock session
