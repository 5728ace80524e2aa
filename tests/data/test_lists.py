"""Candidate, juror and card lists from CSV (UTF-8 with or without BOM, « ; » or « , », Windows-1252)
or XLSX: read whole, every bad cell named by its line and column, nothing half-read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import ModuleType

import pytest
from openpyxl import load_workbook

from jury_app.data.list_template import template_workbook
from jury_app.data.lists import read_candidates, read_cards, read_jurors
from jury_app.data.referentiels import find_builtin
from jury_app.domain.problems import InvalidInput

REF = find_builtin("TP-00403", "08")
assert REF is not None
TITLE = REF.session("titre")
TODAY = dt.date(2026, 2, 1)
FIRST_DAY = dt.date(2026, 3, 9)


def _messages(exc: pytest.ExceptionInfo[InvalidInput]) -> list[str]:
    return [str(p) for p in exc.value.problems]


@pytest.mark.parametrize(
    ("sep", "bom", "encoding"), [(";", True, "utf-8"), (",", False, "utf-8"), (";", False, "cp1252")]
)
def test_candidates_from_csv_in_every_encoding_and_separator(
    tmp_path: Path, session_lists: ModuleType, sep: str, bom: bool, encoding: str
) -> None:
    rows = [r for r in session_lists.CANDIDATES if "Ð" not in r[2]]  # cp1252 has no Ð
    path = session_lists.write_csv(
        tmp_path / "c.csv", session_lists.CANDIDATE_HEADER, rows, sep=sep, bom=bom, encoding=encoding
    )
    found = read_candidates(path, REF, TITLE, TODAY, FIRST_DAY)
    assert [c.name for c in found][:3] == ["Anaïs Lefèvre", "Moussa N'Diaye", "Élodie D'Almeida"]
    first, second = found[0], found[1]
    assert (first.id, first.candidate_number, first.civility, first.path) == (
        "2026-001",
        "2026-001",
        "Mme",
        "formation",
    )
    assert first.birth_date == dt.date(1988, 2, 14) and first.company_hours == 420
    assert (second.path, second.birth_date, second.company_hours) == ("vae", dt.date(1990, 5, 3), None)


def test_candidates_jurors_and_cards_from_one_workbook(tmp_path: Path, session_lists: ModuleType) -> None:
    book = session_lists.write_lists(tmp_path, xlsx=True)["candidates"]
    candidates = read_candidates(book, REF, TITLE, TODAY, FIRST_DAY)
    assert len(candidates) == 12 and candidates[11].last_name == "Blanc-Ðurić"
    assert candidates[0].birth_date == dt.date(1988, 2, 14)  # a date cell of the workbook
    jurors = read_jurors(book, TITLE)
    assert [(j.id, j.civility, j.role, j.organisation) for j in jurors][:2] == [
        ("J01", "Mme", "president", "Mission locale"),
        ("J02", "M.", "member", "AFPA"),
    ]
    assert [c.structure_type for c in read_cards(book)][:2] == ["Mission locale", "France Travail"]


def test_held_units_extra_time_and_ecf(tmp_path: Path, session_lists: ModuleType) -> None:
    header = [*session_lists.CANDIDATE_HEADER, "Résultats ECF"]
    rows = [
        [
            "7",
            "",
            "Ollivier",
            "Jeanne",
            "",
            "formation",
            "CCP1 (TP-00403@07), ccp 2",
            "tiers temps",
            "",
            "CCP1 acquis ; CCP3 non acquis",
        ]
    ]
    (c,) = read_candidates(session_lists.write_csv(tmp_path / "c.csv", header, rows), REF, TITLE, TODAY, FIRST_DAY)
    assert [(h.unit_id, h.obtained_under) for h in c.units_held] == [("CCP1", "TP-00403@07"), ("CCP2", None)]
    assert c.extra_time_percent == 33
    assert c.ecf_results == (("CCP1", "acquis"), ("CCP3", "non_acquis"))


def test_every_bad_row_is_told_with_its_line_and_column(tmp_path: Path, session_lists: ModuleType) -> None:
    rows = [list(r) for r in session_lists.CANDIDATES[:8]]
    rows[1][0] = "2026-001"  # line 3: the number of line 2 again
    rows[2][4] = "31/02/1990"  # line 4
    rows[3][4] = "12/05/2030"  # line 5: in the future
    rows[4][5] = "apprentissage"  # line 6
    rows[5][5] = "capitalisation"  # line 7: this path does not go through the title session
    rows[6][7] = "beaucoup"  # line 8
    rows[7][6] = "CCP9"  # line 9
    path = session_lists.write_csv(tmp_path / "candidats.csv", session_lists.CANDIDATE_HEADER, rows)
    with pytest.raises(InvalidInput) as exc:
        read_candidates(path, REF, TITLE, TODAY, FIRST_DAY)
    assert _messages(exc) == [
        "candidats.csv : Numéro de candidat, ligne 3 : « 2026-001 » déjà donné ligne 2 (numéro en double)",
        "candidats.csv : Date de naissance, ligne 4 : « 31/02/1990 » n'existe pas au calendrier",
        "candidats.csv : Date de naissance, ligne 5 : 12/05/2030 est dans le futur",
        "candidats.csv : Parcours, ligne 6 : « apprentissage » : parcours inconnu (formation, vae, capitalisation)",
        "candidats.csv : Parcours, ligne 7 : le parcours Capitalisation de CCP ne passe pas par la session « Session du titre professionnel » (sessions de ce parcours : ccp1, ccp2, ccp3, capitalisation) ; "
        "un candidat en capitalisation passe la session du CCP qui lui manque, puis l'entretien en fin de session du dernier",
        "candidats.csv : Temps supplémentaire (%), ligne 8 : « beaucoup » : un nombre entier est attendu",
        "candidats.csv : CCP ou blocs déjà acquis, ligne 9 : « CCP9 » n'est pas un CCP de TP-00403@08 (CCP1, CCP2, CCP3)",
    ]


def test_a_missing_or_misspelt_column_refuses_the_list(tmp_path: Path, session_lists: ModuleType) -> None:
    header = ["Nom", "Prénom", "Date naissance", "Parcours", "Age"]
    path = session_lists.write_csv(tmp_path / "c.csv", header, [["A", "B", "01/01/1990", "vae", "36"]])
    with pytest.raises(InvalidInput) as exc:
        read_candidates(path, REF, TITLE, TODAY, FIRST_DAY)
    (message,) = _messages(exc)
    assert message.startswith("c.csv : ligne 1 : colonne inconnue « Age » (colonnes prévues : « Numéro de candidat »")
    path = session_lists.write_csv(tmp_path / "d.csv", ["Nom", "Date de naissance"], [["A", "01/01/1990"]])
    with pytest.raises(InvalidInput) as exc:
        read_candidates(path, REF, TITLE, TODAY, FIRST_DAY)
    assert _messages(exc) == ["d.csv : colonne manquante : « Prénom »", "d.csv : colonne manquante : « Parcours »"]


def test_a_workbook_that_is_not_one_and_an_empty_list(tmp_path: Path) -> None:
    fake = tmp_path / "liste.xlsx"
    fake.write_text("Nom;Prénom\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="ce n'est pas un classeur XLSX"):
        read_jurors(fake, TITLE)
    empty = tmp_path / "vide.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="la liste est vide"):
        read_cards(empty)


def test_the_template_workbook_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "modele.xlsx"
    path.write_bytes(template_workbook())
    book = load_workbook(path)
    assert book.sheetnames == ["Candidats", "Jurés", "Fiches scénario", "Explications"]
    assert [c.value for c in book["Candidats"][1]][:5] == [
        "Numéro de candidat",
        "Civilité",
        "Nom *",
        "Prénom *",
        "Date de naissance",
    ]
    help_rows = [[c.value for c in row] for row in book["Explications"].iter_rows(min_row=2, max_row=4)]
    assert help_rows[2][:3] == ["Candidats", "Nom", "oui"]
    # Left unchanged, the example rows are not imported: the lists are empty.
    with pytest.raises(InvalidInput) as exc:
        read_candidates(path, REF, TITLE, TODAY, FIRST_DAY)
    assert _messages(exc) == ["modele.xlsx : aucun candidat dans la liste"]
    assert read_cards(path) == []
    # Changed, they are what the lists accept.
    for sheet, cell in (("Candidats", "A2"), ("Jurés", "C2"), ("Fiches scénario", "A2")):
        book[sheet][cell] = "2026-0413" if sheet == "Candidats" else "Claire"
    book.save(path)
    (c,) = read_candidates(path, REF, TITLE, TODAY, FIRST_DAY)
    assert (c.name, c.birth_date, c.path, c.company_hours) == (
        "Anaïs N'Diaye-Lefèvre",
        dt.date(1988, 2, 14),
        "formation",
        420,
    )
    assert [(j.name, j.role) for j in read_jurors(path, TITLE)] == [("Claire Roussel", "president")]
    assert len(read_cards(path)) == 1


def test_a_filled_template_as_a_spreadsheet_saves_it(tmp_path: Path) -> None:
    """Rows written below the example, dates and numbers as the spreadsheet keeps them (date cells,
    numbers), a path in capitals: the example is left out; a juror listed twice is refused."""
    path = tmp_path / "modele.xlsx"
    path.write_bytes(template_workbook())
    book = load_workbook(path)
    book["Candidats"]["E2"] = dt.datetime(1988, 2, 14)  # the spreadsheet turned the example's date into a date
    book["Candidats"].append([1, "Mme", "Lefèvre", "Anaïs", dt.datetime(1988, 2, 14), "VAE", None, 33, None, None])
    book["Candidats"].append([2, "M.", "N'Diaye", "Moussa", dt.datetime(1990, 5, 3), "formation", None, None, 420])
    book["Jurés"].append(["Mme", "Roussel", "Martine", "présidente", "Conseillère", "Mission locale"])
    book["Jurés"].append(["M.", "Durand", "Paul", "membre", "Formateur", "AFPA"])
    book.save(path)
    assert [(c.candidate_number, c.name, c.birth_date, c.path, c.extra_time_percent, c.company_hours)
            for c in read_candidates(path, REF, TITLE, TODAY, FIRST_DAY)] == [
        ("1", "Anaïs Lefèvre", dt.date(1988, 2, 14), "vae", 33, None),
        ("2", "Moussa N'Diaye", dt.date(1990, 5, 3), "formation", 0, 420),
    ]  # fmt: skip
    with pytest.raises(InvalidInput) as exc:  # the example juror is Martine Roussel too, with other details
        book["Jurés"]["E2"] = "Directrice"
        book.save(path)
        read_jurors(path, TITLE)
    assert _messages(exc) == ["modele.xlsx : Nom, ligne 3 : « Martine Roussel » déjà donné ligne 2 (juré en double)"]
