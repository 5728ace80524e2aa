"""A ruled table of plain text rows, laid out once and drawn straight on the canvas.

The grids print hundreds of such rows per candidate (criteria, marks, judgements, timings), in the
house style of `pdf_base.grid_table`. Reportlab's `Table` works out every cell's style from a list of
commands, measures each cell again at each layout pass, and draws each line of text as a text object
of its own: most of a grid's time. Here a row's cells come with their lines already broken
(`wrap_text`, cached: the référentiel's criteria come back in every grid), so its height is known when
it is made; the rows are drawn with one text object for the whole table. What a reader sees is what
`grid_table` drew: the same padding, fonts, colours, rules and header row repeated on each page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from jury_app.reports.pdf_base import ACCENT, FONT, FONT_BOLD, HEAD_BG, INK, RULE, wrap_text

LEFT_PAD = 4.0
RIGHT_PAD = 4.0
TOP_PAD = 2.5
BOTTOM_PAD = 3.0
RULE_WIDTH = 0.4


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell's lines of text (already broken to its width), in one font, size and colour."""

    lines: tuple[str, ...]
    font: str = FONT
    size: float = 8.5
    leading: float = 10.5
    colour: Color = INK


@lru_cache(maxsize=8192)
def cell(
    value: str,
    width: float | None = None,
    *,
    font: str = FONT,
    size: float = 8.5,
    leading: float = 10.5,
    colour: Color = INK,
) -> Cell:
    """`value` in a cell `width` points wide (padding included), broken on its spaces; not broken
    when `width` is None (a mark, a name). Cached: the référentiel's criteria, the marks and the
    judgements come back in every grid."""
    text = value if width is None else wrap_text(value, width - LEFT_PAD - RIGHT_PAD, font, size)
    return Cell(tuple(text.split("\n")), font, size, leading, colour)


def head_cell(value: str, width: float | None = None) -> Cell:
    """A cell of the header row (bold, the accent colour)."""
    return cell(value, width, font=FONT_BOLD, size=8, leading=10, colour=ACCENT)


@dataclass(frozen=True, slots=True)
class Row:
    """A row of cells, one per column; `spans`: its first cell runs across the whole row."""

    cells: tuple[Cell, ...]
    background: Color | None = None
    spans: bool = False

    @property
    def height(self) -> float:
        shown = self.cells[:1] if self.spans else self.cells
        return max(c.leading * len(c.lines) for c in shown) + TOP_PAD + BOTTOM_PAD


def head_row(cells: Sequence[Cell]) -> Row:
    return Row(tuple(cells), HEAD_BG)


@cache
def _fill(colour: Color) -> str:
    """What a text object's setFillColor() writes for an opaque RGB colour."""
    return f"{fp_str(colour.red, colour.green, colour.blue)} rg"


def _encoded(canv: Any, face: Any, line: str) -> tuple[tuple[int, str], ...]:
    """`line` in the document's subsets of a TrueType face, escaped for a PDF string.

    Kept for the whole document: a character's code in a subset, once given, never changes there,
    and the grids repeat the same words (marks, judgements, a criterion in two modalities)."""
    doc = canv._doc
    cache: dict[tuple[str, str], tuple[tuple[int, str], ...]] = doc.__dict__.setdefault("_jury_app_encoded", {})
    key = (face.fontName, line)
    found = cache.get(key)
    if found is None:
        found = cache[key] = tuple((subset, canv._escape(chunk)) for subset, chunk in face.splitString(line, doc))
    return found


class RuledRows(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Rows under a header row (repeated at the top of each page when the table is split).

    With `keep_within` (a page's height for content), a table no taller than that is never split:
    it goes whole to the next page, as a `KeepTogether` would take it there (without copying the
    page's frame each time it is measured)."""

    def __init__(
        self, widths: Sequence[float], rows: Sequence[Row], header_rows: int = 1, keep_within: float | None = None
    ) -> None:
        super().__init__()
        self.widths = tuple(widths)
        self.rows = tuple(rows)
        self.header_rows = header_rows
        self.keep_within = keep_within
        self.hAlign = "LEFT"
        self.width = sum(self.widths)
        self.height = sum(self.heights)

    @cached_property
    def heights(self) -> tuple[float, ...]:
        return tuple(r.height for r in self.rows)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        """Between rows, the header row(s) repeated; nothing when not even one row fits."""
        if self.height <= avail_height:
            return [self]
        if self.keep_within is not None and self.height <= self.keep_within:
            return []
        h = self.header_rows
        used = sum(self.heights[:h])
        n = h
        while n < len(self.rows) and used + self.heights[n] <= avail_height:
            used += self.heights[n]
            n += 1
        if n == h or n == len(self.rows):
            return []
        head = self.rows[:h]
        return [RuledRows(self.widths, self.rows[:n], h), RuledRows(self.widths, head + self.rows[n:], h)]

    def draw(self) -> None:
        canv = self.canv
        width = self.width
        lefts = [sum(self.widths[:i]) for i in range(len(self.widths) + 1)]
        tops = [self.height]
        for h in self.heights:
            tops.append(tops[-1] - h)
        for row, top, bottom in zip(self.rows, tops, tops[1:], strict=False):
            if row.background is not None:
                canv.setFillColor(row.background)
                canv.rect(0, bottom, width, top - bottom, stroke=0, fill=1)
        text = canv.beginText()
        code = text._code
        font: tuple[str, float, float] | None = None
        colour: Color | None = None
        for row, top in zip(self.rows, tops, strict=False):
            for c, x in zip(row.cells[:1] if row.spans else row.cells, lefts, strict=False):
                if c.lines == ("",):
                    continue
                if (c.font, c.size, c.leading) != font:
                    font = (c.font, c.size, c.leading)
                    text.setFont(*font)
                if c.colour != colour:
                    colour = c.colour
                    code.append(_fill(colour))
                text.setTextOrigin(x + LEFT_PAD, top - TOP_PAD - c.size)
                face = pdfmetrics.getFont(c.font)
                for line in c.lines:
                    # What textLine() writes, from the line's codes kept for the document.
                    for subset, chunk in _encoded(canv, face, line):
                        if subset != text._curSubset:
                            name = face.getSubsetInternalName(subset, canv._doc)
                            code.append(f"{name} {fp_str(c.size)} Tf {fp_str(c.leading)} TL")
                            text._curSubset = subset
                        code.append(f"({chunk}) Tj")
                    code.append("T*")
        canv.drawText(text)
        segments = [(0.0, y, width, y) for y in tops]
        segments += [(lefts[0], tops[0], lefts[0], tops[-1]), (lefts[-1], tops[0], lefts[-1], tops[-1])]
        for row, top, bottom in zip(self.rows, tops, tops[1:], strict=False):
            if not row.spans:
                segments += [(x, top, x, bottom) for x in lefts[1:-1]]
        canv.setStrokeColor(RULE)
        canv.setLineWidth(RULE_WIDTH)
        canv.setLineCap(1)
        canv.setLineJoin(1)
        canv.lines(segments)
