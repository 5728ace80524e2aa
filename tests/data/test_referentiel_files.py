"""Référentiels completed without code: exported as JSON or XLSX, edited, imported back whole.

Every bad input of the issue is refused with every problem listed, where it is (JSON pointer, or
sheet, row and column), and nothing stored.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jury_app.data.referentiel_files import (
    imported_referentiels,
    read_referentiel,
    referentiel_bytes,
    store_referentiel,
)
from jury_app.data.referentiels import builtin_referentiels, fingerprint
from jury_app.domain.problems import InvalidInput

KEYS = ("TP-00403@08", "RNCP35667@1", "RNCP35635@1")


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_every_builtin_goes_out_and_back_unchanged(tmp_path: Path, key: str, suffix: str) -> None:
    ref = builtin_referentiels()[key]
    path = tmp_path / f"export{suffix}"
    path.write_bytes(referentiel_bytes(ref, suffix))
    back = read_referentiel(path)
    assert back == ref and fingerprint(back) == fingerprint(ref)


def test_the_workbook_has_a_sheet_per_kind_of_thing(tmp_path: Path) -> None:
    ref = builtin_referentiels()["TP-00403@08"]
    wb = load_workbook(io.BytesIO(referentiel_bytes(ref, ".xlsx")))
    assert wb.sheetnames == [
        "Certification",
        "Blocs",
        "Compétences",
        "Critères",
        "Transversales",
        "Critères transversaux",
        "Parcours",
        "Sessions",
        "Profils du jury",
        "Modalités",
        "Phases",
        "Règles de décision",
        "Règles par bloc",
        "Correspondances",
        "Notes",
        "Explications",
    ]
    modalities = list(wb["Modalités"].iter_rows(min_row=1, values_only=True))
    head = modalities[0]
    assert head[:8] == (
        "Session",
        "Identifiant",
        "Nature",
        "Intitulé",
        "Évaluation",
        "Durée (min)",
        "Durées à définir",
        "Parcours",
    )
    et = next(r for r in modalities if r[0] == "titre" and r[1] == "et")
    assert et[5] == 40 and et[6] == "phases.presentation.duration_min, phases.questions.duration_min"
    assert et[7] == "formation, vae"
    phases = {(r[1], r[2]): r[4] for r in wb["Phases"].iter_rows(min_row=2, values_only=True) if r[0] == "titre"}
    assert phases[("et", "synthese")] == 20 and phases[("et", "presentation")] is None
    assert len(list(wb["Critères"].iter_rows(min_row=2))) == ref.criteria_count
    rules = {r[0]: r[1] for r in wb["Règles par bloc"].iter_rows(min_row=2, values_only=True)}
    assert rules == {
        "CCP1": "all_competences_acquired",
        "CCP2": "all_competences_acquired",
        "CCP3": "all_competences_acquired",
        "certification": "all_units_acquired",
    }


def _problems(path: Path) -> list[str]:
    with pytest.raises(InvalidInput) as exc:
        read_referentiel(path)
    return [f"{p.pointer} : {p.message}" for p in exc.value.problems]


def test_a_workbook_with_every_bad_input_lists_each_where_it_is(tmp_path: Path) -> None:
    ref = builtin_referentiels()["TP-00403@08"]
    wb = load_workbook(io.BytesIO(referentiel_bytes(ref, ".xlsx")))
    wb["Certification"]["B3"] = "09"
    wb["Critères"].append(["CP99", "CP99.1", "Un critère sans compétence"])  # row 75
    msp = next(
        r
        for r in range(2, 40)
        if wb["Modalités"].cell(r, 1).value == "titre" and wb["Modalités"].cell(r, 2).value == "msp"
    )
    wb["Modalités"].cell(msp, 8).value = None  # no path
    prep = next(
        r
        for r in range(2, 60)
        if wb["Phases"].cell(r, 2).value == "msp" and wb["Phases"].cell(r, 3).value == "preparation"
    )
    wb["Phases"].cell(prep, 5).value = 50  # longer than the 45 min modality
    wb["Compétences"].append(["CP1", 16, "CCP1", "Une compétence de plus sous un identifiant pris", "oui"])  # row 17
    wb["Règles par bloc"].append(["CCP9", "all_competences_acquired"])  # row 6
    path = tmp_path / "complete.xlsx"
    wb.save(path)
    problems = _problems(path)
    assert "feuille « Critères », ligne 75, colonne A : critère « CP99.1 » : compétence inconnue" in problems
    assert (
        f"feuille « Modalités », ligne {msp}, colonne H : modalité « msp » sans parcours : nommez les parcours qu'elle sert"
        in problems
    )
    assert (
        f"feuille « Phases », ligne {prep}, colonne E : la phase « preparation » dure 50 min, plus que sa modalité "
        "« msp » (45 min)" in problems
    )
    assert "feuille « Compétences », ligne 2, colonne A : identifiant de compétence en double : « CP1 »" in problems
    assert "feuille « Compétences », ligne 17, colonne A : identifiant de compétence en double : « CP1 »" in problems
    assert (
        "feuille « Règles par bloc », ligne 6, colonne A : règle de décision pour un bloc inconnu : « CCP9 »"
        in problems
    )
    assert all(p.count("feuille") == 1 or p.startswith("classeur") for p in problems)


def test_a_workbook_with_a_wrong_value_or_column_tells_the_cell(tmp_path: Path) -> None:
    ref = builtin_referentiels()["RNCP35667@1"]
    wb = load_workbook(io.BytesIO(referentiel_bytes(ref, ".xlsx")))
    wb["Blocs"]["B2"] = "premier"  # a number is expected
    wb["Sessions"]["J1"] = "Salle"  # an unknown column
    wb["Modalités"]["K2"] = "peut-être"  # oui or non
    path = tmp_path / "faux.xlsx"
    wb.save(path)
    problems = _problems(path)
    assert "feuille « Blocs », ligne 2, colonne B : Numéro : un nombre entier est attendu, pas « premier »" in problems
    assert any(p.startswith("feuille « Sessions », colonne J : colonne inconnue « Salle »") for p in problems)
    assert (
        "feuille « Modalités », ligne 2, colonne K : Évalue la certification entière : « oui » ou « non » attendu, "
        "pas « peut-être »" in problems
    )


def test_a_json_file_with_bad_references_lists_them_with_pointers(tmp_path: Path) -> None:
    raw = builtin_referentiels()["RNCP35635@1"].model_dump(mode="json")
    raw["version"] = "2"
    raw["units"][0]["competence_ids"].append("C99")
    raw["sessions"][0]["modalities"][0]["paths"] = []
    raw["sessions"][0]["modalities"][1]["evaluates"].append("C77")
    raw["equivalences"] = [
        {"from_code": "RNCP30000", "from_version": "1", "from_unit": "BC01", "to_unit": "BC09", "source": ""}
    ]
    path = tmp_path / "r.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    assert _problems(path) == [
        "/units/0/competence_ids/8 : compétence inconnue : « C99 »",
        "/equivalences/0/to_unit : CCP/bloc inconnu : « BC09 »",
        "/sessions/0/modalities/0/paths : modalité « bc01-mes » sans parcours : nommez les parcours qu'elle sert",
        "/sessions/0/modalities/1/evaluates/8 : compétence inconnue : « C77 »",
    ]


def test_stored_as_a_new_version_never_over_a_builtin_nor_another_content(tmp_path: Path) -> None:
    folder = tmp_path / "referentiels"
    ref = builtin_referentiels()["RNCP35667@1"]
    with pytest.raises(InvalidInput, match="référentiel intégré à l'application, jamais remplacé"):
        store_referentiel(folder, ref)
    assert not folder.exists()
    v2 = ref.model_copy(update={"version": "2"})
    assert store_referentiel(folder, v2) is True
    assert store_referentiel(folder, v2) is False  # the same again: nothing changes
    other = v2.model_copy(update={"title": "Autre intitulé"})
    with pytest.raises(InvalidInput, match="un autre contenu est déjà enregistré sous cette version"):
        store_referentiel(folder, other)
    assert imported_referentiels(folder) == {"RNCP35667@2": v2}
