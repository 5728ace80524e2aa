"""The manifest's optional fields (time zone, numbers, durations, day hours, identities, held units,
ECF results, schedule jurors): a package with or without them validates; each wrong value is
refused in French, naming the field as the session lead knows it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jury_app.data.db import Database
from jury_app.data.package.format import DEFAULT_TIMEZONE, Manifest, default_day_hours
from jury_app.data.package.importer import import_package
from jury_app.data.package.validate import validate_package
from jury_app.data.session_store import session_row
from jury_app.domain.problems import InvalidInput, Problem
from jury_app.paths import resolve
from tests.helpers.package_builder import ATTACHMENTS, sha256

MakePackage = Callable[..., Path]
Mutation = Callable[[dict[str, Any]], None]
ENGLISH = re.compile(r"\b(Input|Value error|Field required|should be|valid)\b")
REGEX = re.compile(r"\^|\$|\[0-9\]|\\d")
PROOF = b"%PDF-1.4\n% attestation du CCP2 de C3\n%%EOF\n"
FILES = {**ATTACHMENTS, "attachments/C3-preuve-ccp2.pdf": PROOF}


def full(m: dict[str, Any]) -> None:
    """Every new field, with values that hold together."""
    m["session"].update(
        timezone="America/Cayenne",
        approval_number="AGR-69-2025-014",
        session_number="2025-03-117",
        durations={"et/presentation": 8},
        registration_ended_reason="",
        day_hours=[
            {
                "date": "2025-03-10",
                "start": "08:00",
                "end": "17:30",
                "breaks": [{"start": "12:00", "end": "13:00"}, {"start": "15:30", "end": "15:45"}],
            }
        ],
    )
    m["jury"][0].update(civility="Mme", organisation="Mission locale de Lyon")
    m["jury"][1].update(civility="M.", organisation="AFPA")
    c1, c2, c3 = m["candidates"]
    c1.update(
        civility="Mme",
        birth_date="1996-05-14",
        candidate_number="25-0001",
        company_hours=400,
        ecf_results=[
            {"unit_id": "CCP1", "result": "acquis", "date": "2025-01-20", "attachment_id": "A1"},
            {"unit_id": "CCP2", "result": "non_acquis"},
        ],
    )
    c2.update(civility="M.", birth_date="1979-11-02", candidate_number="25-0002")
    c3.update(
        civility="",
        units_held_detail=[
            {"unit_id": "CCP1", "obtained_under": "TP-00403@07", "obtained_on": "2022-06-30"},
            {"unit_id": "CCP2", "proof_attachment_id": "A3", "obtained_on": "2024-02-01"},
        ],
    )
    m["attachments"].append(
        {
            "id": "A3",
            "candidate_id": "C3",
            "kind": "preuve_ccp",
            "title": "Attestation du CCP2",
            "member": "attachments/C3-preuve-ccp2.pdf",
            "size": len(PROOF),
            "sha256": sha256(PROOF),
        }
    )
    m["schedule"][0].update(juror_ids=["J1", "J2"], end="2025-03-10T09:45")


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(InvalidInput) as info:
        validate_package(path)
    problems = info.value.problems
    for p in problems:
        assert not ENGLISH.search(p.message), p
        assert not REGEX.search(p.message), p
    return problems


def refused(make_package: MakePackage, mutate: Mutation) -> list[tuple[str, str]]:
    def both(m: dict[str, Any]) -> None:
        full(m)
        mutate(m)

    return [(p.pointer, p.message) for p in problems_of(make_package(mutate=both, attachments=FILES))]


# --- accepted -----------------------------------------------------------------------------------
def test_a_package_without_the_new_fields_keeps_their_defaults(make_package: MakePackage) -> None:
    s = validate_package(make_package()).manifest.session
    assert (s.timezone, s.approval_number, s.session_number, s.durations, s.day_hours) == (
        DEFAULT_TIMEZONE,
        "",
        "",
        {},
        [],
    )
    assert s.definition_id is None and s.registration_ended_reason == ""
    day = s.hours_of(s.dates[0])
    assert (day.start, day.end, [(b.start, b.end) for b in day.breaks]) == ("08:30", "18:00", [("12:30", "13:30")])


def test_a_package_with_every_new_field(make_package: MakePackage) -> None:
    v = validate_package(make_package(mutate=full, attachments=FILES))
    m: Manifest = v.manifest
    assert m.session.timezone == "America/Cayenne"
    assert m.session.durations == {"et/presentation": 8}
    assert m.session.hours_of(m.session.dates[0]).end == "17:30"
    assert m.session.hours_of(m.session.dates[1]) == default_day_hours(m.session.dates[1])
    assert m.jury[0].civility == "Mme"
    c1, _c2, c3 = m.candidates
    assert c1.company_hours == 400 and c1.birth_date is not None and c1.birth_date.year == 1996
    assert [e.result for e in c1.ecf_results] == ["acquis", "non_acquis"]
    assert c3.units_held_detail[0].obtained_under == "TP-00403@07"
    assert m.schedule[0].juror_ids == ["J1", "J2"]
    assert m.attachments[-1].kind == "preuve_ccp"


@pytest.mark.parametrize(
    "kind", ["resultats_ecf", "preuve_ccp", "livret_2", "note_de_synthese", "dossier_ecrit", "passeport_competences"]
)
def test_new_attachment_kinds(make_package: MakePackage, kind: str) -> None:
    def set_kind(m: dict[str, Any]) -> None:
        m["attachments"][0]["kind"] = kind

    assert validate_package(make_package(mutate=set_kind)).manifest.attachments[0].kind == kind


CAPITALISATION_CANDIDATE = {
    "id": "C3",
    "last_name": "Ollivier",
    "first_name": "Jeanne",
    "path": "capitalisation",
    "units_sought": [],
    "units_held": ["CCP1", "CCP2", "CCP3"],
}
"""Holds every CCP: the interview at the end of the last CCP session is hers to take."""


def test_the_capitalisation_interview_is_its_own_session(make_package: MakePackage) -> None:
    def capitalisation(m: dict[str, Any]) -> None:
        m["session"]["kind"] = "capitalisation"
        m["session"]["durations"] = {"entretien_capitalisation": 20}
        m["candidates"] = [CAPITALISATION_CANDIDATE]
        m["schedule"] = [{"candidate_id": "C3", "modality_id": "entretien_capitalisation", "start": "2025-03-11T09:00"}]
        m["attachments"] = []

    v = validate_package(make_package(mutate=capitalisation, attachments={}))
    assert v.session_definition.id == "capitalisation"

    def mock_of_it(m: dict[str, Any]) -> None:
        capitalisation(m)
        m["session"].update(kind="mock", definition_id="capitalisation")

    assert validate_package(make_package(mutate=mock_of_it, attachments={})).session_definition.id == "capitalisation"


def rncp35667(m: dict[str, Any]) -> None:
    """A session of the RNCP35667 certification: a formation and a VAE candidate."""
    m["session"]["certification"] = {"code": "RNCP35667", "version": "1"}
    m["session"]["durations"] = {"bc01-oral-jury": 30, "bc02-etude-de-cas": 90, "bc03-entretien-professionnel": 45}
    m["session"]["registration_ended_reason"] = "Candidats entrés en formation avant l'échéance"
    m["jury"][0]["profile"] = "directeur-expert-insertion"
    m["jury"][1]["profile"] = "praticien-ou-formateur"
    m["candidates"] = m["candidates"][:2]
    for c in m["candidates"]:
        c["units_sought"] = ["BC01", "BC02", "BC03"]
    m["schedule"] = [{"candidate_id": "C1", "modality_id": "bc01-oral-jury", "start": "2025-03-10T09:00"}]
    m["scenario_cards"] = []


def test_an_rncp_session_sets_its_durations_and_profiles(make_package: MakePackage) -> None:
    v = validate_package(make_package(mutate=rncp35667))
    assert v.referentiel.key == "RNCP35667@1"
    assert v.manifest.jury[0].profile == "directeur-expert-insertion"


# --- refused --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("mutate", "where", "expected"),
    [
        (
            lambda m: m["session"].update(timezone="Europe/Lyon"),
            "/session/timezone",
            "fuseau horaire inconnu : « Europe/Lyon »",
        ),
        (lambda m: m["session"].update(timezone="../etc/passwd"), "/session/timezone", "fuseau horaire inconnu"),
        (
            lambda m: m["session"].update(durations={"et/presentation": 0}),
            "/session/durations/et~1presentation",
            "supérieur ou égal à 1",
        ),
        (
            lambda m: m["session"].update(durations={"oral": 20}),
            "/session/durations/oral",
            "durée « oral » : aucune modalité « oral » dans cette session",
        ),
        (
            lambda m: m["session"].update(durations={"qp": 50}),
            "/session/durations/qp",
            "est fixée par le référentiel (60 min)",
        ),
        (
            lambda m: m["session"].update(durations={"et/presentation": 25}),
            "/session/durations",
            "il ne reste rien pour : Questionnement par le jury",
        ),
        (
            lambda m: m["session"].update(day_hours=[{"date": "2025-03-12"}]),
            "/session/day_hours/0/date",
            "horaires du 2025-03-12 : pas une date de la session",
        ),
        (
            lambda m: m["session"]["day_hours"].append({"date": "2025-03-10"}),
            "/session/day_hours/1/date",
            "donnés deux fois",
        ),
        (
            lambda m: m["session"]["day_hours"][0].update(start="8h30"),
            "/session/day_hours/0/start",
            "heure invalide : « 8h30 » (attendu : HH:MM",
        ),
        (
            lambda m: m["session"]["day_hours"][0].update(end="07:00"),
            "/session/day_hours/0",
            "la fin de journée (07:00) doit suivre son début (08:00)",
        ),
        (
            lambda m: m["session"]["day_hours"][0]["breaks"].append({"start": "17:00", "end": "18:30"}),
            "/session/day_hours/0",
            "la pause 17:00–18:30 doit tenir dans la journée",
        ),
        (
            lambda m: m["session"]["day_hours"][0]["breaks"].append({"start": "12:30", "end": "12:45"}),
            "/session/day_hours/0",
            "sans chevaucher une autre pause",
        ),
        (
            lambda m: m["session"]["day_hours"][0]["breaks"].append({"start": "14:00", "end": "13:00"}),
            "/session/day_hours/0/breaks/2",
            "la fin (13:00) doit suivre le début (14:00)",
        ),
        (
            lambda m: m["session"].update(definition_id="ccp9"),
            "/session/definition_id",
            "n'a pas de session « ccp9 » (sessions : titre, ccp1, ccp2, ccp3, capitalisation)",
        ),
        (
            lambda m: m["session"].update(definition_id="ccp1"),
            "/session/definition_id",
            "la session « ccp1 » ne convient pas au type de session",
        ),
        (lambda m: m["jury"][0].update(civility="Mlle"), "/jury/0/civility", "valeur non autorisée"),
        (
            lambda m: m["jury"][0].update(profile="directeur"),
            "/jury/0/profile",
            "profil du juré J1 inconnu : « directeur » (profils prévus par le référentiel : aucun)",
        ),
        (
            lambda m: m["candidates"][0].update(birth_date="2030-01-01"),
            "/candidates/0/birth_date",
            "date de naissance du candidat C1 (2030-01-01) postérieure à la session",
        ),
        (
            lambda m: m["candidates"][0].update(birth_date="14/05/1996"),
            "/candidates/0/birth_date",
            "date invalide (attendu : AAAA-MM-JJ)",
        ),
        (lambda m: m["candidates"][0].update(company_hours=-5), "/candidates/0/company_hours", "supérieur ou égal à 0"),
        (
            lambda m: m["candidates"][0]["ecf_results"][0].update(unit_id="CCP9"),
            "/candidates/0/ecf_results/0/unit_id",
            "résultat d'ECF : CCP inconnu « CCP9 »",
        ),
        (
            lambda m: m["candidates"][0]["ecf_results"][1].update(unit_id="CCP1"),
            "/candidates/0/ecf_results/1/unit_id",
            "résultat d'ECF donné deux fois pour CCP1",
        ),
        (
            lambda m: m["candidates"][0]["ecf_results"][0].update(result="oui"),
            "/candidates/0/ecf_results/0/result",
            "valeur non autorisée",
        ),
        (
            lambda m: m["candidates"][0]["ecf_results"][0].update(attachment_id="A2"),
            "/candidates/0/ecf_results/0/attachment_id",
            "la pièce jointe « A2 » n'est pas celle du candidat C1",
        ),
        (
            lambda m: m["candidates"][2]["units_held_detail"][0].update(obtained_under="TP-00403@06"),
            "/candidates/2/units_held_detail/0/unit_id",
            "CCP déjà acquis « CCP1 » sous TP-00403@06 : sans correspondance",
        ),
        (
            lambda m: m["candidates"][2]["units_held_detail"][0].update(obtained_under="TP-00403 v07"),
            "/candidates/2/units_held_detail/0/obtained_under",
            "attendu : CODE@VERSION, par exemple TP-00403@07",
        ),
        (
            lambda m: m["candidates"][2]["units_held_detail"][1].update(unit_id="CCP3"),
            "/candidates/2/units_held_detail/1/unit_id",
            "absent de la liste des CCP déjà acquis",
        ),
        (
            lambda m: m["candidates"][2]["units_held_detail"][1].update(proof_attachment_id="A9"),
            "/candidates/2/units_held_detail/1/proof_attachment_id",
            "pièce jointe inconnue : « A9 »",
        ),
        (lambda m: m["schedule"][0].update(juror_ids=["J1", "J7"]), "/schedule/0/juror_ids/1", "juré inconnu : « J7 »"),
        (
            lambda m: m["schedule"][0].update(juror_ids=["J1", "J1"]),
            "/schedule/0/juror_ids",
            "un juré est cité deux fois pour ce passage",
        ),
        (
            lambda m: m["schedule"][0].update(end="2025-03-10T08:30"),
            "/schedule/0/end",
            "le même jour, après son début (2025-03-10T09:00)",
        ),
        (lambda m: m["attachments"][0].update(kind="carnet"), "/attachments/0/kind", "valeur non autorisée"),
    ],
)
def test_each_wrong_value_is_refused(make_package: MakePackage, mutate: Mutation, where: str, expected: str) -> None:
    found = refused(make_package, mutate)
    assert any(p == where and expected in msg for p, msg in found), found


def test_an_rncp_session_without_its_durations(make_package: MakePackage) -> None:
    def unset(m: dict[str, Any]) -> None:
        rncp35667(m)
        del m["session"]["durations"]["bc02-etude-de-cas"]
        m["jury"][1]["profile"] = "formateur"

    found = [(p.pointer, p.message) for p in problems_of(make_package(mutate=unset))]
    assert (
        "/session/durations",
        "durée de « Étude de cas : mise en situation de conduite de projet d’insertion avec des partenaires "
        "identifiés répondant à une problématique » à définir pour la session (clé « bc02-etude-de-cas »)",
    ) in found
    assert any(p == "/jury/1/profile" and "directeur-expert-insertion, praticien-ou-formateur" in m for p, m in found)


def test_capitalisation_needs_a_session_for_it(make_package: MakePackage) -> None:
    def capitalisation(m: dict[str, Any]) -> None:
        rncp35667(m)
        m["session"]["kind"] = "capitalisation"

    found = [(p.pointer, p.message) for p in problems_of(make_package(mutate=capitalisation))]
    assert any(
        p == "/session/kind" and "ne prévoit pas de session de capitalisation ; indiquez la session à tenir" in m
        for p, m in found
    ), found

    def title_as_capitalisation(m: dict[str, Any]) -> None:
        m["session"].update(kind="capitalisation", definition_id="titre")

    found = [(p.pointer, p.message) for p in problems_of(make_package(mutate=title_as_capitalisation))]
    assert ("/session/definition_id", "la session « titre » ne convient pas au type de session : c'est la session "
            "de la certification entière, pas celle de la capitalisation") in found  # fmt: skip


def test_a_capitalisation_session_needs_its_interview_duration(make_package: MakePackage) -> None:
    def capitalisation(m: dict[str, Any]) -> None:
        m["session"]["kind"] = "capitalisation"
        m["candidates"] = [CAPITALISATION_CANDIDATE]
        m["schedule"] = []
        m["attachments"] = []

    found = [(p.pointer, p.message) for p in problems_of(make_package(mutate=capitalisation))]
    assert any(p == "/session/durations" and "Entretien avec le jury (capitalisation de CCP)" in m for p, m in found)


# --- stored by the import -------------------------------------------------------------------------
def test_the_import_stores_every_new_field(make_package: MakePackage, data_dir: Path) -> None:
    paths = resolve(data_dir)
    database = Database(paths.ensure().database)
    import_package(database, paths, make_package(mutate=full, attachments=FILES))
    with database.reader() as orm:
        s = session_row(orm, "CIP-2025-03-LYON")
        assert (s.timezone, s.approval_number, s.session_number) == (
            "America/Cayenne",
            "AGR-69-2025-014",
            "2025-03-117",
        )
        assert s.durations == {"et/presentation": 8}
        assert s.registration_ended_reason == ""
        assert s.day_hours == [
            {
                "date": "2025-03-10",
                "start": "08:00",
                "end": "17:30",
                "breaks": [{"start": "12:00", "end": "13:00"}, {"start": "15:30", "end": "15:45"}],
            }
        ]
        assert [(j.civility, j.organisation, j.profile) for j in s.jury] == [
            ("Mme", "Mission locale de Lyon", None),
            ("M.", "AFPA", None),
        ]
        c1, c2, c3 = s.candidates
        assert (c1.civility, c1.birth_date, c1.candidate_number, c1.company_hours) == (
            "Mme",
            dt.date(1996, 5, 14),
            "25-0001",
            400,
        )
        assert c1.ecf_results == [
            {"unit_id": "CCP1", "result": "acquis", "date": "2025-01-20", "attachment_id": "A1"},
            {"unit_id": "CCP2", "result": "non_acquis", "date": None, "attachment_id": None},
        ]
        assert (c2.birth_date, c2.company_hours, c2.units_held_detail, c2.ecf_results) == (
            dt.date(1979, 11, 2),
            None,
            [],
            [],
        )
        assert c3.units_held_detail == [
            {
                "unit_id": "CCP1",
                "obtained_under": "TP-00403@07",
                "proof_attachment_id": None,
                "obtained_on": "2022-06-30",
            },
            {"unit_id": "CCP2", "obtained_under": None, "proof_attachment_id": "A3", "obtained_on": "2024-02-01"},
        ]
        slots = {(x.candidate_ref, x.modality_id): x for x in s.schedule}
        assert (slots["C1", "msp"].juror_refs, slots["C1", "msp"].ends_at) == (["J1", "J2"], "2025-03-10T09:45")
        assert (slots["C1", "et"].juror_refs, slots["C1", "et"].ends_at) == ([], None)
        assert [a.kind for a in s.attachments][-1] == "preuve_ccp"

    def born_later(m: dict[str, Any]) -> None:
        full(m)
        m["candidates"][1]["birth_date"] = "1980-11-02"
        m["session"]["durations"] = {}

    result = import_package(database, paths, make_package(mutate=born_later, attachments=FILES), update=True)
    assert result.changes == ["candidat modifié : C2"]
    with database.reader() as orm:
        s = session_row(orm, "CIP-2025-03-LYON")
        assert s.durations == {}
        assert s.candidates[1].birth_date == dt.date(1980, 11, 2)
    database.close()


def test_an_old_package_imports_with_the_defaults(make_package: MakePackage, data_dir: Path) -> None:
    paths = resolve(data_dir)
    database = Database(paths.ensure().database)
    import_package(database, paths, make_package())
    with database.reader() as orm:
        s = session_row(orm, "CIP-2025-03-LYON")
        assert (s.timezone, s.durations, s.day_hours, s.approval_number) == ("Europe/Paris", {}, [], "")
        assert {(c.civility, c.birth_date, c.company_hours) for c in s.candidates} == {("", None, None)}
        assert {(j.profile, j.organisation) for j in s.jury} == {(None, "")}
        assert {(x.ends_at, tuple(x.juror_refs)) for x in s.schedule} == {(None, ())}
    database.close()


def test_the_purge_removes_the_new_personal_fields(make_package: MakePackage, data_dir: Path) -> None:
    """Identities go with the names when an archived session is purged; the evidence of decisions stays."""
    from jury_app.actions.purge import _purge_rows

    paths = resolve(data_dir)
    database = Database(paths.ensure().database)
    import_package(database, paths, make_package(mutate=full, attachments=FILES))
    with database.session() as orm:
        _purge_rows(orm, "CIP-2025-03-LYON", dt.datetime(2025, 4, 1, 12, 0, tzinfo=dt.UTC))
    with database.reader() as orm:
        s = session_row(orm, "CIP-2025-03-LYON")
        assert {(c.civility, c.birth_date, c.candidate_number) for c in s.candidates} == {("", None, "")}
        assert {(j.civility, j.organisation) for j in s.jury} == {("", "")}
        assert s.candidates[0].company_hours == 400
        assert s.candidates[2].units_held_detail[0]["obtained_under"] == "TP-00403@07"
    database.close()


def test_the_cli_validates_and_imports_with_and_without_the_new_fields(
    make_package: MakePackage, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from jury_app.cli import run

    old = make_package(name="old.zip")
    new = make_package(name="new.zip", mutate=full, attachments=FILES)
    for package in (old, new):
        assert run(["--data-dir", str(data_dir), "package", "validate", str(package)]) == 0

    def too_long(m: dict[str, Any]) -> None:
        full(m)
        m["session"]["durations"] = {"et/presentation": 30}

    bad = make_package(name="bad.zip", mutate=too_long, attachments=FILES)
    capsys.readouterr()
    assert run(["--data-dir", str(data_dir), "package", "validate", str(bad)]) == 2
    assert "il ne reste rien pour : Questionnement par le jury" in capsys.readouterr().err
    assert run(["--data-dir", str(data_dir), "package", "import", str(new)]) == 0
