"""The ruled rows of the grids, drawn straight on the canvas, read back with pdfplumber: a table
longer than a page goes on with its header row, no row lost or cut, no text out of its cell."""

from __future__ import annotations

import io
from typing import Any

import pdfplumber
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from jury_app.reports.pdf_base import reportlab_build, wrap_text
from jury_app.reports.pdf_rows import Row, RuledRows, cell, head_cell, head_row

WIDTHS = (300.0, 84.0, 84.0)


def _pdf(criteria: int) -> bytes:
    buf = io.BytesIO()
    with reportlab_build():  # the fonts the cells are measured in
        SimpleDocTemplate(buf, pagesize=A4, invariant=1).build([_table(criteria)])
    return buf.getvalue()


def _table(criteria: int) -> RuledRows:
    rows = [head_row([head_cell("CP9 Compétence évaluée", WIDTHS[0]), head_cell("M. Un"), head_cell("Mme Deux")])]
    for n in range(1, criteria + 1):
        text = (
            f"C9.{n:03d}  Le critère numéro {n} est décrit ici assez longuement pour tenir sur deux lignes du tableau"
        )
        rows.append(Row((cell(text, WIDTHS[0]), cell("✓ Satisfait"), cell("✗ Non satisfait"))))
    link = "https://exemple.fr/" + "tres-long-chemin-sans-espace-" * 6
    rows.append(
        Row((cell(f"Observations de M. Un : voir {link} pour la suite", sum(WIDTHS)), cell(""), cell("")), spans=True)
    )
    return RuledRows(WIDTHS, rows)


def _chars_outside_cells(page: Any) -> list[str]:
    cells = [c for t in page.find_tables() for c in t.cells if c is not None]
    return [
        ch["text"]
        for ch in page.chars
        if not any(
            x0 + 2 <= ch["x0"] and ch["x1"] <= x1 - 2 and top <= ch["top"] < bottom for x0, top, x1, bottom in cells
        )
    ]


def test_a_table_longer_than_a_page_goes_on_between_rows_under_its_header() -> None:
    data = _pdf(90)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 3
        texts = [page.extract_text() for page in pdf.pages]
        for page, text in zip(pdf.pages, texts, strict=True):
            assert text.splitlines()[0].startswith("CP9 Compétence évaluée M. Un Mme Deux")
            assert _chars_outside_cells(page) == []
    whole = "\n".join(texts)
    for n in range(1, 91):
        assert whole.count(f"C9.{n:03d} ") == 1  # every criterion once, never cut between two pages
    assert whole.count("✓ Satisfait") == 90 and whole.count("✗ Non satisfait") == 90
    assert "tres-long-chemin-sans-espace-" in whole.replace("\n", "")


def test_a_word_wider_than_its_line_is_cut_where_the_line_ends() -> None:
    with reportlab_build():
        lines = wrap_text("voir " + "x" * 200 + " ensuite", 100).split("\n")
        assert lines[0] == "voir" and lines[-1].endswith(" ensuite")
        assert "".join(lines[1:]).replace(" ensuite", "") == "x" * 200
        assert len(lines) > 3
