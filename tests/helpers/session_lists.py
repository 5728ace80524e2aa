"""The lists a session lead keeps, written for tests: candidates, jurors and cards in CSV or XLSX,
and real PDFs made with reportlab.

The fixture `session_lists` (tests/helpers/packages.py) hands this module to the tests.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from reportlab.pdfgen import canvas

CANDIDATE_HEADER = [
    "Numéro de candidat",
    "Civilité",
    "Nom",
    "Prénom",
    "Date de naissance",
    "Parcours",
    "CCP déjà acquis",
    "Temps supplémentaire (%)",
    "Heures en entreprise",
]

# Twelve candidates of a TP CIP title session: accents, apostrophes, both date formats, both paths.
CANDIDATES: list[list[str]] = [
    ["2026-001", "Mme", "Lefèvre", "Anaïs", "14/02/1988", "formation", "", "", "420"],
    ["2026-002", "M.", "N'Diaye", "Moussa", "1990-05-03", "VAE", "", "", ""],
    ["2026-003", "Mme", "D'Almeida", "Élodie", "03/07/1979", "formation", "", "", "400"],
    ["2026-004", "M.", "Nguyen", "Bao", "21/11/1995", "formation", "", "", "390"],
    ["2026-005", "Mme", "Peyrac", "Chloé", "01/01/1985", "vae", "", "", ""],
    ["2026-006", "M.", "Martin", "Hugo", "12/12/1992", "formation", "", "", "385"],
    ["2026-007", "Mme", "Moreau", "Léa", "05/06/1991", "Formation", "", "", "410"],
    ["2026-008", "M.", "Lambert", "Théo", "09/09/1989", "VAE", "", "", ""],
    ["2026-009", "Mme", "Girard", "Inès", "17/03/1983", "formation", "", "", "450"],
    ["2026-010", "M.", "Fontaine", "Jules", "28/02/1994", "formation", "", "", "390"],
    ["2026-011", "Mme", "Rousseau", "Manon", "30/10/1987", "vae", "", "", ""],
    ["2026-012", "M.", "Blanc-Ðurić", "Nathan", "11/04/1993", "formation", "", "", "400"],
]

JUROR_HEADER = ["Civilité", "Nom", "Prénom", "Rôle", "Profession", "Organisme"]
JURORS: list[list[str]] = [
    ["Mme", "Roussel", "Martine", "présidente", "Conseillère en insertion", "Mission locale"],
    ["M.", "Durand", "Paul", "membre", "Formateur", "AFPA"],
    ["Mme", "Benali", "Sofia", "présidente", "Conseillère", "France Travail"],
    ["M.", "O'Connor", "Liam", "membre", "Directeur", "PLIE"],
]

CARD_HEADER = ["Titre", "Type de structure", "Texte du comédien"]
CARDS: list[list[str]] = [
    ["Jeune sans qualification", "Mission locale", "Vous avez 19 ans et cherchez un premier emploi."],
    ["Reconversion", "France Travail", "Vous avez 45 ans et voulez changer de métier."],
    ["Travailleur handicapé", "Cap emploi", "Vous avez 38 ans."],
    ["Sortie de détention", "SPIP", "Vous avez 30 ans."],
    ["Mère isolée", "CCAS", "Vous avez 33 ans."],
    ["Senior", "APEC", "Vous avez 58 ans."],
]


def pdf_bytes(text: str) -> bytes:
    """A real one-page PDF saying `text`."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.drawString(72, 720, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    sep: str = ";",
    bom: bool = True,
    encoding: str = "utf-8",
) -> Path:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    data = buf.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom and encoding == "utf-8" else b"") + data)
    return path


def _cell(value: str) -> object:
    """Dates as the workbook's own date cells, numbers as numbers, like a lead's spreadsheet."""
    if len(value) == 10 and value[2] == "/" and value[5] == "/":
        day, month, year = value.split("/")
        return dt.datetime(int(year), int(month), int(day))
    return int(value) if value.isdigit() and len(value) < 6 else value or None


def write_xlsx(path: Path, sheets: dict[str, tuple[Sequence[str], Sequence[Sequence[str]]]]) -> Path:
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for name, (header, rows) in sheets.items():
        ws = book.create_sheet(name)
        ws.append(list(header))
        for row in rows:
            ws.append([_cell(v) for v in row])
    book.save(path)
    return path


def write_lists(
    folder: Path, *, xlsx: bool = False, candidates: Sequence[Sequence[str]] = CANDIDATES
) -> dict[str, Path]:
    """Jurors, candidates and cards of a 12-candidate TP CIP session in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    if xlsx:
        book = write_xlsx(
            folder / "session.xlsx",
            {
                "Candidats": (CANDIDATE_HEADER, candidates),
                "Jurés": (JUROR_HEADER, JURORS),
                "Fiches scénario": (CARD_HEADER, CARDS),
            },
        )
        return {"candidates": book, "jurors": book, "cards": book}
    return {
        "candidates": write_csv(folder / "candidats.csv", CANDIDATE_HEADER, candidates),
        "jurors": write_csv(folder / "jures.csv", JUROR_HEADER, JURORS, sep=",", bom=False),
        "cards": write_csv(folder / "fiches.csv", CARD_HEADER, CARDS),
    }


def write_documents(folder: Path) -> Path:
    """A folder of PDFs named as they come, and two files that match no candidate."""
    folder.mkdir(parents=True, exist_ok=True)
    for stem in (
        "2026-001 dossier professionnel",
        "2026-001 dossier projet",
        "Lefèvre Anaïs - résultats ECF",
        "N'DIAYE Moussa DP",
        "Peyrac_Chloé/livret de certification",
        "2026-012 attestation de stage",
        "inconnu",
    ):
        path = folder / f"{stem}.pdf"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pdf_bytes(stem))
    (folder / "notes.txt").write_text("pas un PDF", encoding="utf-8")
    return folder
