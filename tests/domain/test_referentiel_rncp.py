"""The two RNCP référentiels in resources/ load through the model and say what their fiches say."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jury_app.domain.referentiel import CertificationKind, Referentiel, SessionScope

REFERENTIELS = Path(__file__).parents[2] / "resources/referentiels"


def _load(name: str) -> Referentiel:
    return Referentiel.model_validate_json((REFERENTIELS / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ctp() -> Referentiel:
    return _load("RNCP35635-1.json")


@pytest.fixture(scope="module")
def cip() -> Referentiel:
    return _load("RNCP35667-1.json")


@pytest.fixture(params=["RNCP35635-1.json", "RNCP35667-1.json"], scope="module")
def any_ref(request: pytest.FixtureRequest) -> Referentiel:
    return _load(request.param)


# --- common to both fiches ---------------------------------------------------------------------


def test_identity_matches_file_name(any_ref: Referentiel) -> None:
    assert any_ref.kind is CertificationKind.RNCP
    assert any_ref.rncp == any_ref.code
    assert any_ref.version == "1"
    assert any_ref.level == "Niveau 5"
    assert any_ref.source.startswith(f"Fiche {any_ref.code}")


def test_no_criterion_and_no_duration_is_invented(any_ref: Referentiel) -> None:
    assert any_ref.criteria_count == 0
    assert all(c.criteria_to_be_set for c in any_ref.competences)
    for s in any_ref.sessions:
        assert s.total_duration_min is None
        for m in s.modalities:
            assert m.duration_min is None
            assert m.phases == ()
            # a written document has no duration; everything held before the jury waits for the session's
            assert m.to_be_set == (() if m.assessment == "document" else ("duration_min",)), m.id


def test_blocks_are_numbered_and_own_their_competences(any_ref: Referentiel) -> None:
    for n, u in enumerate(any_ref.units, start=1):
        assert u.id == f"BC0{n}"
        assert u.number == n
        assert u.kind == "bloc"
        assert u.min_company_hours is None
        assert all(any_ref.competence(cid).unit_id == u.id for cid in u.competence_ids)
    in_units = [cid for u in any_ref.units for cid in u.competence_ids]
    assert in_units == [c.id for c in any_ref.competences]
    assert [c.id for c in any_ref.competences] == [f"C{n}" for n in range(1, len(in_units) + 1)]
    assert [c.number for c in any_ref.competences] == list(range(1, len(in_units) + 1))


def test_every_block_must_be_acquired(any_ref: Referentiel) -> None:
    rules = any_ref.decision_rules
    assert rules.unit_granted_when == "all_competences_acquired"
    assert rules.title_granted_when == "all_units_acquired"


def test_sessions_one_title_and_one_per_block(any_ref: Referentiel) -> None:
    title = any_ref.title_session()
    assert title.id == "certification"
    assert any_ref.sessions[0] is title
    unit_sessions = [s for s in any_ref.sessions if s.scope is SessionScope.UNIT]
    assert [s.unit_id for s in unit_sessions] == [u.id for u in any_ref.units]
    assert [s.id for s in unit_sessions] == [u.id.lower() for u in any_ref.units]
    # the title session evaluates every competence
    evaluated = {cid for m in title.modalities for cid in m.evaluates}
    assert evaluated == {c.id for c in any_ref.competences}
    # a block session evaluates exactly its block's competences
    for s in unit_sessions:
        assert s.unit_id is not None
        unit = any_ref.unit(s.unit_id)
        assert {cid for m in s.modalities for cid in m.evaluates} == set(unit.competence_ids)
        assert s.jury == title.jury


def test_paths(any_ref: Referentiel) -> None:
    paths = {p.id: p for p in any_ref.paths}
    blocks = tuple(u.id.lower() for u in any_ref.units)
    assert set(paths) == {"formation", "vae", "capitalisation"}
    assert paths["formation"].session_ids[0] == "certification"
    assert paths["formation"].session_ids[-len(blocks) :] == blocks  # a block may be presented alone
    assert paths["vae"].session_ids == ("certification", *blocks)
    assert paths["capitalisation"].session_ids == blocks


def test_modalities_name_their_paths(any_ref: Referentiel) -> None:
    """The VAE modalities are told by their paths, not by an id prefix; none serves two routes at once."""
    for s in any_ref.sessions:
        for m in s.modalities:
            assert m.paths, (s.id, m.id)
            if m.kind == "etude_livret_2" or m.id.startswith("vae-"):
                assert m.paths == ("vae",), (s.id, m.id)
            elif s.scope is SessionScope.UNIT:
                assert m.paths == ("formation", "capitalisation"), (s.id, m.id)
            else:
                assert m.paths == ("formation",), (s.id, m.id)
        assert not any("voie d’une modalité" in n for n in any_ref.notes)


def test_written_documents_are_judged_without_a_timer(any_ref: Referentiel) -> None:
    for s in any_ref.sessions:
        for m in s.modalities:
            if m.kind in {"note_de_synthese", "dossier_ecrit", "etude_livret_2", "fiche_de_synthese"}:
                assert m.assessment == "document", (s.id, m.id)
                assert m.documents and not m.phases and m.duration_min is None
            if m.kind == "etude_livret_2":
                assert m.documents == ("livret_2",)


def test_terms_and_registration(any_ref: Referentiel) -> None:
    assert any_ref.terms.unit_long == "bloc de compétences"
    assert any_ref.terms.certification_article == "la certification"
    assert any_ref.registration is not None
    assert any_ref.registration.end is not None
    assert any_ref.legal_basis
    assert any_ref.equivalences == ()
    assert any_ref.min_company_hours_title is None


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def test_text_is_clean_french(any_ref: Referentiel) -> None:
    raw = (REFERENTIELS / f"{any_ref.code}-1.json").read_text(encoding="utf-8")
    assert "é" in raw  # accents kept, not escaped
    for text in _strings(any_ref.model_dump(mode="json")):
        assert text == text.strip()
        for typo in ("Informar", "Informier", "Informeur", "Pole Emploi", "d’ ", "  ", " ."):
            assert typo not in text, (typo, text)


# --- RNCP35635, Conseiller en transition professionnelle (ministère des Armées) ----------------


def test_ctp_blocks(ctp: Referentiel) -> None:
    assert ctp.code == "RNCP35635"
    assert ctp.title == "Conseiller en transition professionnelle"
    assert [u.title for u in ctp.units] == [
        "Accueillir - Informer - Communiquer",
        "Accompagner - Conseiller - Orienter",
        "Placer les candidats",
        "Effectuer le reporting des actions - Suivre les candidats",
    ]
    assert [len(u.competence_ids) for u in ctp.units] == [8, 6, 7, 4]
    assert len(ctp.competences) == 25
    assert ctp.competence("C6").title == "Prendre des rendez-vous et gérer un planning."
    assert ctp.competence("C11").title.startswith("Émettre un avis sur chaque projet")
    assert ctp.competence("C17").title == (
        "Impulser et maintenir une dynamique de recherche d’emploi par un soutien méthodologique "
        "et des actions de remobilisation."
    )
    assert ctp.competence("C25").unit_id == "BC04"
    assert any("RNCP35635BC01" in n for n in ctp.notes)


def test_ctp_formation_and_vae_modalities(ctp: Referentiel) -> None:
    title = ctp.title_session()
    kinds = [m.kind for m in title.modalities]
    assert kinds.count("mise_en_situation") == 7  # 6 formative (per block) + 1 VAE "si nécessaire"
    fiche = title.modality("bc01-fiche-synthese-entretien-accueil")
    assert fiche.kind == "fiche_de_synthese"
    assert "analyse orale" in fiche.description
    assert set(fiche.evaluates) == set(ctp.unit("BC01").competence_ids)
    bilan = title.modality("bc02-ecrit-bilan-orientation")
    assert bilan.kind == "dossier_ecrit"
    assert set(bilan.evaluates) == set(ctp.unit("BC02").competence_ids)
    assert bilan.documents == ("dossier_ecrit", "passeport_competences")
    all_ids = tuple(c.id for c in ctp.competences)
    assert title.modality("vae-etude-livret-2").evaluates == all_ids
    assert title.modality("vae-entretien-jury").kind == "entretien_jury"
    assert "si nécessaire" in title.modality("vae-mise-en-situation").title
    for s in (title, *(ctp.unit_session(u.id) for u in ctp.units)):
        vae = [m.id for m in s.modalities_for("vae")]
        assert vae == ["vae-etude-livret-2", "vae-entretien-jury", "vae-mise-en-situation"]
        assert [m.assessment for m in s.modalities_for("vae")] == ["document", "timed", "timed"]
        # the jury judges the training's situations on the passeport compétences, signed by the trainer
        for m in s.modalities_for("formation"):
            assert m.assessment == "document"
            assert "passeport_competences" in m.documents


def test_ctp_complementary_evaluation_is_a_second_time(ctp: Referentiel) -> None:
    """« dans un deuxième temps » (seed 000 line 176): an outcome of the deliberation, then its own session."""
    assert ctp.decision_rules.complementary_evaluation
    second = ctp.session("evaluation-complementaire")
    assert second.scope is SessionScope.TITLE
    (comp,) = second.modalities
    assert comp.kind == "evaluation_complementaire"
    assert comp.evaluates_whole_certification
    assert comp.paths == ("formation",)  # the fiche names it for the jury « hors VAE »
    assert comp.to_be_set == ("duration_min",)
    assert "ne s’accorde pas" in comp.description
    for s in ctp.sessions:
        if s is not second:
            assert all(m.kind != "evaluation_complementaire" for m in s.modalities)
    assert "evaluation-complementaire" in {p.id: p for p in ctp.paths}["formation"].session_ids


def test_ctp_registration(ctp: Referentiel) -> None:
    assert ctp.registration is not None
    assert (ctp.registration.start, ctp.registration.end) == (date(2020, 7, 24), date(2025, 7, 24))
    assert ctp.legal_basis.startswith("Arrêté du 17 juillet 2020")
    assert ctp.title_session().jury.profiles == ()  # the fiche names no profile


def test_ctp_jury_size_is_not_fixed_by_the_fiche(ctp: Referentiel) -> None:
    jury = ctp.title_session().jury
    assert jury.min_members == 1
    assert "non précisés par la fiche" in jury.composition
    assert "un an renouvelable" in jury.composition
    basis = " ".join(ctp.title_session().decision_basis)
    assert "passeport compétences du CTP" in basis
    assert "quatre blocs" in basis


# --- RNCP35667, Chargé d'insertion professionnelle (MFR Moirans) -------------------------------


def test_cip_blocks(cip: Referentiel) -> None:
    assert cip.code == "RNCP35667"
    assert cip.title == "Chargé d’insertion professionnelle"
    assert [u.title for u in cip.units] == [
        "Participer au développement socioéconomique du territoire lié à l’emploi",
        "Concevoir un projet d’insertion professionnelle",
        "Accompagner des bénéficiaires dans leur parcours d’insertion vers l’emploi",
    ]
    assert [len(u.competence_ids) for u in cip.units] == [9, 10, 17]
    assert len(cip.competences) == 36
    assert cip.competence("C1").title.startswith("Construire une note de synthèse écrite")
    assert cip.competence("C10").unit_id == "BC02"
    assert cip.competence("C36").title.startswith("Réaliser des reporting construits")
    assert any("RNCP35667BC03" in n for n in cip.notes)


def test_cip_modalities_per_block(cip: Referentiel) -> None:
    expected = {
        "BC01": ["note_de_synthese", "oral_jury", "etude_livret_2"],
        "BC02": ["etude_de_cas", "etude_livret_2"],
        "BC03": ["dossier_ecrit", "entretien_professionnel", "etude_livret_2"],
    }
    for uid, kinds in expected.items():
        session = cip.unit_session(uid)
        assert [m.kind for m in session.modalities] == kinds
        for m in session.modalities:
            assert set(m.evaluates) == set(cip.unit(uid).competence_ids)
    title = cip.title_session()
    all_kinds = [k for ks in expected.values() for k in ks]
    assert sorted(m.kind for m in title.modalities) == sorted(all_kinds)
    note = title.modality("bc01-note-de-synthese")
    assert "diagnostic du territoire" in note.title
    assert "jury de professionnels" in title.modality("bc01-oral-jury").title
    assert "auto-évaluation" in title.modality("bc03-entretien-professionnel").title


def test_cip_jury_of_at_least_two(cip: Referentiel) -> None:
    for s in cip.sessions:
        assert s.jury.min_members == 2
        assert "administrateur ou directeur de structure expert en insertion" in s.jury.composition
        assert "et/ou un formateur" in s.jury.composition
        assert [(p.id, p.min_count) for p in s.jury.profiles] == [
            ("directeur-expert-insertion", 1),
            ("praticien-ou-formateur", 1),
        ]
        assert "directeur de structure expert en insertion" in s.jury.profile("directeur-expert-insertion").title


def test_cip_registration_ended_in_2023(cip: Referentiel) -> None:
    assert cip.registration is not None
    assert (cip.registration.start, cip.registration.end) == (date(2021, 6, 17), date(2023, 6, 17))
    assert "17-06-2023" in cip.registration.source


def test_cip_documents(cip: Referentiel) -> None:
    title = cip.title_session()
    assert title.modality("bc01-note-de-synthese").documents == ("note_de_synthese",)
    assert title.modality("bc03-dossier-ecrit-accompagnement").documents == ("dossier_ecrit",)
    timed = [m.id for m in title.modalities if m.assessment == "timed"]
    assert timed == ["bc01-oral-jury", "bc02-etude-de-cas", "bc03-entretien-professionnel"]
    assert cip.title_session().decision_basis == (
        "Pour valider la certification, chaque bloc de compétences doit être validé.",
    )
