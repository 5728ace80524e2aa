"""The workbook a session lead fills in: one sheet per list, an example row, and what each column means.

The same workbook can be given to `--candidates`, `--jurors` and `--cards`: each list is read from
its own sheet (« Candidats », « Jurés », « Fiches scénario »).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from jury_app.data.lists import (
    CANDIDATE_COLUMNS,
    CANDIDATE_SHEET,
    CARD_COLUMNS,
    CARD_SHEET,
    JUROR_COLUMNS,
    JUROR_SHEET,
)
from jury_app.data.tables import Column

HELP_SHEET = "Explications"
_HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
_EXAMPLE_FONT = Font(italic=True, color="808080")
_LISTS: tuple[tuple[str, Sequence[Column]], ...] = (
    (CANDIDATE_SHEET, CANDIDATE_COLUMNS),
    (JUROR_SHEET, JUROR_COLUMNS),
    (CARD_SHEET, CARD_COLUMNS),
)


def template_workbook() -> bytes:
    """The template, as XLSX bytes."""
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for sheet, columns in _LISTS:
        ws = book.create_sheet(sheet)
        for i, col in enumerate(columns, start=1):
            cell = ws.cell(row=1, column=i, value=col.header + (" *" if col.required else ""))
            cell.font = Font(bold=True)
            cell.fill = _HEADER_FILL
            example = ws.cell(row=2, column=i, value=col.example or None)
            example.number_format = "@"  # dates and numbers stay as typed: JJ/MM/AAAA is read as such
            example.font = _EXAMPLE_FONT
            ws.column_dimensions[get_column_letter(i)].width = max(14, min(40, len(col.header) + 4))
        ws.freeze_panes = "A2"
    ws = book.create_sheet(HELP_SHEET)
    ws.append(["Feuille", "Colonne", "Obligatoire", "Ce qu'elle contient", "Exemple"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    for sheet, columns in _LISTS:
        for col in columns:
            ws.append([sheet, col.header, "oui" if col.required else "non", col.help, col.example])
    ws.append([])
    ws.append(
        [
            "",
            "",
            "",
            "La ligne 2 de chaque feuille (en gris) est un exemple : remplacez-la, ou écrivez vos lignes en "
            "dessous ; laissée telle quelle, elle n'est pas importée. Une colonne marquée * est obligatoire "
            "(l'astérisque peut rester dans l'en-tête). Enregistrez en XLSX, ou chaque feuille en CSV (UTF-8, "
            "séparateur « ; » ou « , »).",
        ]
    )
    for letter, width in zip("ABCDE", (16, 28, 12, 90, 36), strict=True):
        ws.column_dimensions[letter].width = width
    for row in ws.iter_rows(min_row=2):
        row[3].alignment = Alignment(wrap_text=True, vertical="top")
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()
