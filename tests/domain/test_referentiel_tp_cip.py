"""The TP CIP référentiel (TP-00403, millésime 08) as shipped in resources/referentiels.

Counts and key facts are those of the référentiel d'évaluation (RE) of 21/11/2022.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from jury_app.domain.referentiel import JuryPresence, Referentiel, SessionScope

REFERENTIEL_PATH = Path(__file__).parents[2] / "resources/referentiels/TP-00403-08.json"


def cps(*numbers: int) -> tuple[str, ...]:
    return tuple(f"CP{n}" for n in numbers)


@pytest.fixture(scope="module")
def ref() -> Referentiel:
    return Referentiel.model_validate_json(REFERENTIEL_PATH.read_text(encoding="utf-8"))


def test_identity(ref: Referentiel) -> None:
    assert ref.key == "TP-00403@08"
    assert ref.kind == "titre_professionnel"
    assert ref.title == "Conseiller en insertion professionnelle"
    assert ref.short_title == "CIP"
    assert ref.level == "5"


def test_units(ref: Referentiel) -> None:
    assert [u.id for u in ref.units] == ["CCP1", "CCP2", "CCP3"]
    assert [u.number for u in ref.units] == [1, 2, 3]
    assert [u.min_company_hours for u in ref.units] == [70, 175, 140]
    assert ref.unit("CCP1").competence_ids == cps(1, 2, 3, 4, 5)
    assert ref.unit("CCP2").competence_ids == cps(6, 7, 8, 9, 10, 11)
    assert ref.unit("CCP3").competence_ids == cps(12, 13, 14, 15)


def test_competences_and_criteria_counts(ref: Referentiel) -> None:
    assert [c.id for c in ref.competences] == [f"CP{n}" for n in range(1, 16)]
    assert [c.number for c in ref.competences] == list(range(1, 16))
    assert [len(c.criteria) for c in ref.competences] == [
        5, 5, 4, 3, 4,  # CCP1
        6, 5, 5, 6, 6, 5,  # CCP2
        6, 5, 5, 3,  # CCP3
    ]  # fmt: skip
    assert ref.criteria_count == 73
    for c in ref.competences:
        assert c.unit_id in {u.id for u in ref.units}
        assert not c.criteria_to_be_set
        assert [cr.id for cr in c.criteria] == [f"{c.id}.{i}" for i in range(1, len(c.criteria) + 1)]


def test_key_texts(ref: Referentiel) -> None:
    assert ref.competence("CP1").title.startswith("Informer une personne ou un groupe")
    assert ref.competence("CP11").title == "Analyser sa pratique professionnelle"
    assert ref.competence("CP1").criteria[0].text == (
        "Les mesures et dispositifs du territoire en matière d'insertion sont identifiés"
    )
    assert ref.competence("CP12").criteria[-1].text == (
        "L'évaluation de l'action de prospection permet de mesurer les écarts"
    )


def test_no_ocr_typos_of_informer() -> None:
    # The PDF extraction reads "Informer" as "Informier", "Informers", "Informar"...
    words = re.findall(r"\w*inform\w*", REFERENTIEL_PATH.read_text(encoding="utf-8"), re.I)
    assert "Informer" in words
    assert set(words) <= {"Informer", "information", "informations", "informationnelle", "informatique"}


def test_no_duplicate_criterion_within_a_competence(ref: Referentiel) -> None:
    for c in ref.competences:
        criteria = [cr.text for cr in c.criteria]
        assert len(set(criteria)) == len(criteria), c.id


def test_transversal_competences(ref: Referentiel) -> None:
    ct1, ct2 = ref.transversal_competences
    assert (ct1.id, ct1.title) == ("CT1", "Respecter des règles et des procédures")
    assert (ct2.id, ct2.title) == ("CT2", "Mobiliser les environnements numériques")
    assert len(ct1.evaluated_through) == 14
    assert "CP3" not in ct1.evaluated_through
    assert set(ct2.evaluated_through) == {f"CP{n}" for n in range(1, 16)}


def test_title_session(ref: Referentiel) -> None:
    session = ref.session("titre")
    assert session is ref.title_session()
    assert session.scope is SessionScope.TITLE
    assert session.total_duration_min == 175
    assert session.jury.min_members == 2
    assert session.jury.presence_min == 140
    assert len(session.decision_basis) == 4

    assert [m.id for m in session.modalities] == ["msp", "et", "qp", "ef"]
    assert [m.duration_min for m in session.modalities] == [45, 40, 60, 30]
    assert sum(m.duration_min or 0 for m in session.modalities) == session.total_duration_min

    msp, et, qp, ef = session.modalities
    assert msp.kind == "mise_en_situation"
    assert msp.scenario_drawn_by_lot
    assert [(p.id, p.duration_min, p.jury_presence) for p in msp.phases] == [
        ("preparation", 15, JuryPresence.NOT_REQUIRED),
        ("entretien", 30, JuryPresence.REQUIRED),
    ]
    assert msp.evaluates == cps(1, 2)

    assert et.kind == "entretien_technique"
    assert et.after == ("msp",)
    assert [(p.id, p.duration_min) for p in et.phases] == [
        ("synthese", 20),
        ("presentation", None),
        ("questions", None),
    ]
    assert et.phases[0].jury_presence is JuryPresence.NOT_REQUIRED
    assert set(et.to_be_set) == {
        "phases.presentation.duration_min",
        "phases.questions.duration_min",
    }
    assert et.evaluates == cps(1, 2, 4, 5, 11)

    assert qp.kind == "questionnement_production"
    assert qp.after == ()
    assert [(p.id, p.duration_min) for p in qp.phases] == [("presentation", 20), ("questions", 40)]
    assert qp.evaluates == cps(3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)

    assert ef.kind == "entretien_final"
    assert ef.evaluates_whole_certification
    assert ef.evaluates == ()
    assert [(p.id, p.duration_min) for p in ef.phases] == [("entretien", 30)]


def test_every_competence_is_evaluated_in_the_title_session(ref: Referentiel) -> None:
    evaluated = {cid for m in ref.title_session().modalities for cid in m.evaluates}
    assert evaluated == {c.id for c in ref.competences}


def test_ccp1_session(ref: Referentiel) -> None:
    session = ref.unit_session("CCP1")
    assert session.id == "ccp1"
    assert session.total_duration_min == 125
    assert session.jury.presence_min == 90
    assert [(m.id, m.duration_min) for m in session.modalities] == [
        ("msp", 45),
        ("et", 50),
        ("qp", 30),
    ]
    msp, et, qp = session.modalities
    assert [p.duration_min for p in msp.phases] == [15, 30]
    assert et.after == ("msp",)
    assert [p.duration_min for p in et.phases] == [20, None, None]
    assert et.evaluates == cps(1, 2, 4, 5)
    assert [p.duration_min for p in qp.phases] == [10, 20]
    assert qp.evaluates == cps(3, 4, 5)


@pytest.mark.parametrize(
    ("unit_id", "competences"),
    [("CCP2", cps(6, 7, 8, 9, 10, 11)), ("CCP3", cps(12, 13, 14, 15))],
)
def test_ccp2_and_ccp3_sessions(ref: Referentiel, unit_id: str, competences: tuple[str, ...]) -> None:
    session = ref.unit_session(unit_id)
    assert session.total_duration_min == 60
    assert session.jury.presence_min == 60
    (projet,) = session.modalities
    assert projet.kind == "presentation_projet"
    assert projet.duration_min == 60
    assert [(p.id, p.duration_min) for p in projet.phases] == [
        ("presentation", 20),
        ("questions", 40),
    ]
    assert projet.evaluates == competences


def test_each_unit_session_evaluates_exactly_its_competences(ref: Referentiel) -> None:
    for unit in ref.units:
        session = ref.unit_session(unit.id)
        evaluated = {cid for m in session.modalities for cid in m.evaluates}
        assert evaluated == set(unit.competence_ids), unit.id


def test_capitalisation(ref: Referentiel) -> None:
    session = ref.session("capitalisation")
    assert session.scope is SessionScope.TITLE
    (interview,) = session.modalities
    assert interview.kind == "entretien_final"
    assert interview.evaluates_whole_certification
    assert interview.duration_min is None
    assert interview.to_be_set == ("duration_min",)


def test_paths(ref: Referentiel) -> None:
    paths = {p.id: p.session_ids for p in ref.paths}
    assert set(paths) == {"formation", "vae", "capitalisation"}
    assert "titre" in paths["formation"]
    assert "titre" in paths["vae"]
    assert paths["capitalisation"] == ("ccp1", "ccp2", "ccp3", "capitalisation")


def test_transversal_competences_carry_the_reac_criteria() -> None:
    ref = Referentiel.model_validate_json(REFERENTIEL_PATH.read_text(encoding="utf-8"))
    by_id = {t.id: t for t in ref.transversal_competences}
    assert [len(by_id[i].criteria) for i in ("CT1", "CT2")] == [4, 4]
    assert by_id["CT2"].criteria[0].text == "Les bonnes pratiques de sécurité informatique sont appliquées"
    assert all(t.description for t in by_id.values())
    assert ref.criteria_count == 73  # the professional competences' criteria, unchanged


def test_modalities_serve_the_paths_of_their_session(ref: Referentiel) -> None:
    """RE line 1502: the title session is for formation and VAE candidates; line 1509: capitalisation
    candidates are evaluated in the CCP sessions, then by an interview at the end of the last one."""
    for m in ref.session("titre").modalities:
        assert m.paths == ("formation", "vae")
    assert ref.session("titre").modalities_for("capitalisation") == ()
    for sid in ("ccp1", "ccp2", "ccp3"):
        assert all(m.paths == ("formation", "vae", "capitalisation") for m in ref.session(sid).modalities)
    (interview,) = ref.session("capitalisation").modalities_for("capitalisation")
    assert interview.documents == ("livret_certification",)
    assert ref.session("capitalisation").modalities_for("formation") == ()
    assert all(m.assessment == "timed" for s in ref.sessions for m in s.modalities)


def test_registration_and_legal_basis(ref: Referentiel) -> None:
    # seed 001 line 13: « pour une durée de cinq ans à compter du 23 mars 2023 »
    assert ref.registration is not None
    assert (ref.registration.start, ref.registration.end) == (date(2023, 3, 23), date(2028, 3, 22))
    assert "cinq ans à compter du 23 mars 2023" in ref.registration.source
    assert ref.legal_basis.startswith("Arrêté du 21 novembre 2022")


def test_in_company_hours(ref: Referentiel) -> None:
    # seed 001 lines 21-25
    assert ref.min_company_hours_title == 385
    assert [u.min_company_hours for u in ref.units] == [70, 175, 140]


def test_ccps_of_2017_count_one_to_one(ref: Referentiel) -> None:
    # seed 001 lines 29-41; RE annexe 2
    assert [(e.from_key, e.from_unit, e.to_unit) for e in ref.equivalences] == [
        ("TP-00403@07", f"CCP{n}", f"CCP{n}") for n in (1, 2, 3)
    ]
    assert ref.equivalent_unit("TP-00403@07", "CCP2") == "CCP2"
    assert ref.equivalent_unit("TP-00403@08", "CCP3") == "CCP3"
    assert ref.equivalent_unit("TP-00403@08", "CCP9") is None
    assert ref.equivalent_unit("TP-00403@06", "CCP1") is None
    assert not any(n.startswith("Correspondance") for n in ref.notes)


def test_terms_are_those_of_a_titre_professionnel(ref: Referentiel) -> None:
    assert ref.terms.unit_short == "CCP"
    assert ref.terms.unit_long == "certificat de compétences professionnelles"
    assert ref.terms.certification == "titre professionnel"
    assert ref.terms.certification_article == "le titre"
