"""Validating a session package whole: every problem, in French, with its member and JSON pointer."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jury_app.data.package.format import Manifest
from jury_app.data.package.validate import validate_package
from jury_app.domain.problems import InvalidInput, Problem
from tests.helpers.package_builder import ATTACHMENTS, file_sha256, tp_cip_referentiel, valid_manifest, write_package

MakePackage = Callable[..., Path]
Mutation = Callable[[dict[str, Any]], None]
ENGLISH = re.compile(r"^(Input|Value|Field|String|List|Extra|Unable|Invalid)\b")


def problems_of(path: Path, **kwargs: Any) -> list[Problem]:
    with pytest.raises(InvalidInput) as info:
        validate_package(path, **kwargs)
    problems = info.value.problems
    assert problems
    for p in problems:
        assert p.message and not ENGLISH.match(p.message), p
        assert p.pointer == "" or p.pointer.startswith("/"), p
    return problems


def where(problems: list[Problem]) -> set[tuple[str, str]]:
    return {(p.member, p.pointer) for p in problems}


# --- a valid package --------------------------------------------------------------------------
def test_valid_package(make_package: MakePackage) -> None:
    pkg = make_package()
    v = validate_package(pkg)
    assert v.referentiel.key == "TP-00403@08"
    assert not v.referentiel_embedded
    assert v.session_definition.id == "titre"
    assert [m.id for m in v.session_definition.modalities] == ["msp", "et", "qp", "ef"]
    assert [c.path for c in v.manifest.candidates] == ["formation", "vae", "vae"]
    assert v.sha256 == file_sha256(pkg)
    assert isinstance(v.manifest, Manifest)


def test_validation_writes_nothing(make_package: MakePackage, packages_dir: Path) -> None:
    pkg = make_package()
    before = sorted(packages_dir.iterdir())
    validate_package(pkg)
    assert sorted(packages_dir.iterdir()) == before


def test_progress_counts_attachment_bytes(make_package: MakePackage) -> None:
    seen: list[int] = []
    validate_package(make_package(), progress=seen.append)
    assert sum(seen) == sum(len(d) for d in ATTACHMENTS.values())


def test_mock_and_ccp_sessions(make_package: MakePackage) -> None:
    def ccp(m: dict[str, Any]) -> None:
        m["session"].update(kind="ccp", unit_id="CCP2")
        m["schedule"] = [{"candidate_id": "C1", "modality_id": "projet", "start": "2025-03-10T09:00"}]
        m["candidates"][2]["units_sought"] = ["CCP2"]
        m["candidates"][2]["units_held"] = ["CCP1"]

    v = validate_package(make_package(mutate=ccp))
    assert v.session_definition.id == "ccp2"

    def mock(m: dict[str, Any]) -> None:
        m["session"]["kind"] = "mock"
        m["jury"] = m["jury"][:1]  # a mock session may have a smaller jury

    assert validate_package(make_package(mutate=mock)).session_definition.id == "titre"


def test_embedded_referentiel(make_package: MakePackage) -> None:
    ref = json.dumps(tp_cip_referentiel("TEST-1")).encode()

    def use_test_ref(m: dict[str, Any]) -> None:
        m["session"]["certification"] = {"code": "TEST-1", "version": "08"}

    v = validate_package(make_package(mutate=use_test_ref, extra={"referentiel.json": ref}))
    assert v.referentiel_embedded
    assert v.referentiel.key == "TEST-1@08"


def test_embedded_referentiel_must_match_the_manifest(make_package: MakePackage) -> None:
    ref = json.dumps(tp_cip_referentiel("TEST-1")).encode()
    problems = problems_of(make_package(extra={"referentiel.json": ref}))
    assert where(problems) == {("manifest.json", "/session/certification")}
    assert "TEST-1@08" in problems[0].message and "TP-00403@08" in problems[0].message


def test_embedded_referentiel_is_validated(make_package: MakePackage) -> None:
    raw = tp_cip_referentiel()
    raw["competences"][0]["criteria"] = []
    problems = problems_of(make_package(extra={"referentiel.json": json.dumps(raw).encode()}))
    assert {p.member for p in problems} == {"referentiel.json"}


# --- format ---------------------------------------------------------------------------------
def test_unknown_format_version(make_package: MakePackage) -> None:
    (problem,) = problems_of(make_package(mutate=lambda m: m.update(format_version=2)))
    assert (problem.member, problem.pointer) == ("manifest.json", "/format_version")
    assert problem.message.startswith("version de format non prise en charge : 2")


def test_not_a_session_package(make_package: MakePackage) -> None:
    (problem,) = problems_of(make_package(mutate=lambda m: m.update(format="autre-chose")))
    assert problem.pointer == "/format"
    assert "ce n'est pas un paquet de session jury_app" in problem.message


@pytest.mark.parametrize("raw", [b"[]", b'"texte"', b"42", b"null"])
def test_manifest_must_be_an_object(make_package: MakePackage, raw: bytes) -> None:
    (problem,) = problems_of(make_package(manifest_bytes=raw))
    assert (problem.member, problem.message) == ("manifest.json", "un objet JSON est attendu")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'\xef\xbb\xbf{"format": 1}', "BOM"),
        (b'{"format": "\xe9"}', "UTF-8 attendu"),
        (b'{"format": 1, "format": 2}', "clé en double"),
        (b'{"format": NaN}', "NaN"),
        (b"[" * 10000 + b"]" * 10000, "imbrication trop profonde"),
        (b'{"format_version": ' + b"1" * 5000 + b"}", "nombre trop long"),
        (b"{", "JSON invalide"),
    ],
    ids=["bom", "latin1", "duplicate-key", "nan", "deep", "huge-int", "syntax"],
)
def test_strict_json_in_the_manifest(make_package: MakePackage, raw: bytes, expected: str) -> None:
    (problem,) = problems_of(make_package(manifest_bytes=raw))
    assert problem.member == "manifest.json"
    assert expected in problem.message


def test_missing_manifest(make_package: MakePackage) -> None:
    (problem,) = problems_of(make_package(drop=["manifest.json"]))
    assert problem.message == "le paquet ne contient pas manifest.json"


def test_extra_unknown_field_is_rejected(make_package: MakePackage) -> None:
    def extra(m: dict[str, Any]) -> None:
        m["commentaire"] = "x"
        m["candidates"][1]["age"] = 40

    problems = problems_of(make_package(mutate=extra))
    assert where(problems) == {("manifest.json", "/commentaire"), ("manifest.json", "/candidates/1/age")}
    assert {p.message for p in problems} == {
        "champ inconnu « commentaire » (non prévu par le format)",
        "candidat 2 : champ inconnu « age » (non prévu par le format)",
    }


def test_every_schema_problem_is_reported_with_its_pointer(make_package: MakePackage) -> None:
    def break_many(m: dict[str, Any]) -> None:
        m["candidates"][1]["path"] = "apprentissage"
        del m["jury"][0]["last_name"]
        m["session"]["dates"] = ["10/03/2025"]
        m["attachments"][1]["sha256"] = "XYZ"
        m["candidates"][0]["accommodations"] = {"extra_time_percent": 150}

    problems = problems_of(make_package(mutate=break_many))
    assert where(problems) >= {
        ("manifest.json", "/candidates/1/path"),
        ("manifest.json", "/jury/0/last_name"),
        ("manifest.json", "/session/dates/0"),
        ("manifest.json", "/attachments/1/sha256"),
        ("manifest.json", "/candidates/0/accommodations/extra_time_percent"),
    }
    by_pointer = {p.pointer: p.message for p in problems}
    assert by_pointer["/jury/0/last_name"] == "juré 1, nom : champ obligatoire manquant"
    assert by_pointer["/candidates/1/path"] == (
        "candidat 2, parcours : valeur non autorisée (attendu : « formation », « vae » ou « capitalisation »)"
    )
    assert by_pointer["/session/dates/0"] == "session, date de session 1 : date invalide (attendu : AAAA-MM-JJ)"
    assert by_pointer["/attachments/1/sha256"] == (
        "pièce jointe 2, empreinte SHA-256 : format invalide "
        "(attendu : une empreinte SHA-256, 64 chiffres hexadécimaux en minuscules)"
    )
    assert by_pointer["/candidates/0/accommodations/extra_time_percent"] == (
        "candidat 1, temps supplémentaire (%) : doit être inférieur ou égal à 100"
    )
    assert not any(" or " in p.message or "^" in p.message for p in problems)


def test_ccp_session_without_unit_id(make_package: MakePackage) -> None:
    problems = problems_of(make_package(mutate=lambda m: m["session"].update(kind="ccp")))
    assert where(problems) == {("manifest.json", "/session")}
    assert "unit_id" in problems[0].message and "CCP" in problems[0].message


def test_title_session_with_unit_id(make_package: MakePackage) -> None:
    problems = problems_of(make_package(mutate=lambda m: m["session"].update(unit_id="CCP1")))
    assert problems[0].message == "session : une session du titre n'a pas de unit_id"


# --- semantics against the référentiel --------------------------------------------------------
@pytest.mark.parametrize(("code", "version"), [("NOPE", "08"), ("TP-00403", "99")])
def test_unknown_referentiel_is_refused(make_package: MakePackage, code: str, version: str) -> None:
    def cert(m: dict[str, Any]) -> None:
        m["session"]["certification"] = {"code": code, "version": version}

    (problem,) = problems_of(make_package(mutate=cert))
    assert (problem.member, problem.pointer) == ("manifest.json", "/session/certification")
    assert problem.message.startswith(f"référentiel inconnu : {code} version {version}")


def test_unknown_modality_in_the_schedule(make_package: MakePackage) -> None:
    problems = problems_of(make_package(mutate=lambda m: m["schedule"][1].update(modality_id="oral")))
    assert where(problems) == {("manifest.json", "/schedule/1/modality_id")}
    assert problems[0].message == "modalité inconnue pour cette session : « oral » (attendu : ef, et, msp, qp)"


def test_schedule_date_not_a_session_date(make_package: MakePackage) -> None:
    problems = problems_of(make_package(mutate=lambda m: m["schedule"][2].update(start="2025-03-12T09:00")))
    assert where(problems) == {("manifest.json", "/schedule/2/start")}
    assert problems[0].message == "le 2025-03-12 n'est pas une date de la session"


def test_schedule_with_a_time_zone(make_package: MakePackage) -> None:
    problems = problems_of(make_package(mutate=lambda m: m["schedule"][0].update(start="2025-03-10T09:00+01:00")))
    assert [p.message for p in problems] == ["heure locale attendue, sans fuseau horaire"]


def test_jury_smaller_than_the_referentiel_minimum(make_package: MakePackage) -> None:
    problems = problems_of(make_package(mutate=lambda m: m.update(jury=m["jury"][:1])))
    assert where(problems) == {("manifest.json", "/jury")}
    assert problems[0].message == "le jury compte 1 membre(s), le référentiel en exige au moins 2"


def test_unknown_unit_ids(make_package: MakePackage) -> None:
    def units(m: dict[str, Any]) -> None:
        m["candidates"][0]["units_sought"] = ["CCP1", "CCP9"]
        m["candidates"][2]["units_held"] = ["BLOC1", "CCP2"]

    problems = problems_of(make_package(mutate=units))
    assert where(problems) == {
        ("manifest.json", "/candidates/0/units_sought/1"),
        ("manifest.json", "/candidates/2/units_held/0"),
    }
    assert {p.message for p in problems} == {
        "CCP/bloc inconnu du référentiel : « CCP9 »",
        "CCP/bloc inconnu du référentiel : « BLOC1 »",
    }


def test_unit_of_a_ccp_session_that_the_referentiel_lacks(make_package: MakePackage) -> None:
    problems = problems_of(make_package(mutate=lambda m: m["session"].update(kind="ccp", unit_id="CCP7")))
    assert ("manifest.json", "/session/unit_id") in where(problems)


def test_several_semantic_problems_are_reported_together(make_package: MakePackage) -> None:
    def many(m: dict[str, Any]) -> None:
        m["jury"] = m["jury"][:1]
        m["schedule"][0]["modality_id"] = "oral"
        m["schedule"][3]["start"] = "2025-04-01T09:00"
        m["schedule"][2]["candidate_id"] = "C9"
        m["candidates"][1]["id"] = "C1"
        m["candidates"][2]["units_sought"] = ["CCP1"]  # also held
        m["scenario_cards"] = []

    problems = problems_of(make_package(mutate=many, extra={"notes.txt": b"x"}))
    assert where(problems) == {
        ("manifest.json", "/jury"),
        ("manifest.json", "/schedule/0/modality_id"),
        ("manifest.json", "/schedule/3/start"),
        ("manifest.json", "/schedule/2/candidate_id"),
        ("manifest.json", "/candidates"),
        ("manifest.json", "/candidates/2/units_held"),
        ("manifest.json", "/scenario_cards"),
        ("manifest.json", "/attachments/1/candidate_id"),  # C2 is gone
        ("notes.txt", ""),
    }


def test_duplicate_identifiers(make_package: MakePackage) -> None:
    def dup(m: dict[str, Any]) -> None:
        m["jury"][1]["id"] = "J1"
        m["scenario_cards"][1]["id"] = "S1"

    problems = problems_of(make_package(mutate=dup))
    assert {p.message for p in problems} == {"identifiant en double : « J1 »", "identifiant en double : « S1 »"}


def test_schedule_slot_twice(make_package: MakePackage) -> None:
    def twice(m: dict[str, Any]) -> None:
        m["schedule"].append({"candidate_id": "C1", "modality_id": "msp", "start": "2025-03-11T14:00"})

    problems = problems_of(make_package(mutate=twice))
    assert [p.message for p in problems] == ["modalité msp planifiée 2 fois pour le candidat C1"]


def test_attachment_for_an_unknown_candidate(make_package: MakePackage) -> None:
    problems = problems_of(make_package(mutate=lambda m: m["attachments"][0].update(candidate_id="C42")))
    assert where(problems) == {("manifest.json", "/attachments/0/candidate_id")}


# --- members against the manifest -------------------------------------------------------------
def test_member_not_declared(make_package: MakePackage) -> None:
    problems = problems_of(make_package(extra={"attachments/secret.pdf": b"%PDF"}))
    assert [(p.member, p.message) for p in problems] == [
        ("attachments/secret.pdf", "membre non déclaré dans le manifeste")
    ]


def test_declared_attachment_missing(make_package: MakePackage) -> None:
    member = "attachments/C2-dossier-professionnel.pdf"
    problems = problems_of(make_package(drop=[member]))
    assert [(p.member, p.pointer, p.message) for p in problems] == [
        ("manifest.json", "/attachments/1/member", f"pièce jointe absente du paquet : {member}")
    ]


def test_wrong_sha256(make_package: MakePackage) -> None:
    member = "attachments/C1-dossier-professionnel.pdf"
    forged = ATTACHMENTS[member].replace(b"C1", b"X9")  # same size, other content
    problems = problems_of(make_package(replace={member: forged}))
    assert [(p.member, p.message) for p in problems] == [
        (member, "somme SHA-256 incorrecte (manifeste /attachments/0/sha256)")
    ]
    # Without checksum verification (as the importer's first pass does) it passes.
    validate_package(make_package(replace={member: forged}), verify_checksums=False)


def test_wrong_size(make_package: MakePackage) -> None:
    member = "attachments/C2-dossier-professionnel.pdf"
    problems = problems_of(make_package(replace={member: ATTACHMENTS[member] + b"\n"}))
    size = len(ATTACHMENTS[member])
    assert [(p.member, p.message) for p in problems] == [
        (member, f"taille {size + 1} octets, le manifeste annonce {size}")
    ]


def test_member_and_semantic_problems_together(make_package: MakePackage) -> None:
    member = "attachments/C2-dossier-professionnel.pdf"
    problems = problems_of(
        make_package(mutate=lambda m: m["jury"].pop(), drop=[member], extra={"attachments/x.pdf": b"x"})
    )
    assert where(problems) == {
        ("manifest.json", "/jury"),
        ("manifest.json", "/attachments/1/member"),
        ("attachments/x.pdf", ""),
    }


# --- property-based -------------------------------------------------------------------------
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(["2025-03-10", "2025-03-10T09:00", "CCP1", "msp", "C1", "title", "ccp", "mock", "vae"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=15,
)


def _check_outcome(path: Path) -> None:
    try:
        validate_package(path)
    except InvalidInput as exc:
        assert exc.problems
        for p in exc.problems:
            assert isinstance(p, Problem)
            assert p.member
            assert p.message.strip() and not ENGLISH.match(p.message), p


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hypothesis") / "paquet.zip"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(json_values | st.dictionaries(st.sampled_from(list(valid_manifest())), json_values, max_size=6))
def test_arbitrary_json_as_manifest_never_crashes(scratch: Path, value: Any) -> None:
    raw = json.dumps(value, ensure_ascii=False).encode("utf-8", errors="surrogatepass")
    write_package(scratch, manifest_bytes=raw)
    _check_outcome(scratch)


def _paths(value: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found += _paths(child, (*prefix, i))
    return found


FIELD_PATHS = _paths(valid_manifest())


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(FIELD_PATHS), json_values)
def test_one_field_set_to_any_json_value_never_crashes(scratch: Path, path: tuple[str | int, ...], value: Any) -> None:
    manifest = valid_manifest()
    target: Any = manifest
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    raw = json.dumps(manifest, ensure_ascii=False).encode("utf-8", errors="surrogatepass")
    write_package(scratch, manifest_bytes=raw)
    _check_outcome(scratch)
