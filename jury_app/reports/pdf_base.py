"""What every PDF report shares: A4 page, DejaVu fonts, running header, "page x / y" footer,
the mock-session marking, deterministic output.

A renderer is a `ReportRenderer` subclass that turns its data object into a list of platypus
flowables (`story()`); `render()` lays them out and returns the PDF bytes. The base class owns the
page geometry, the fonts and the decoration of every page:

- the fonts are the DejaVu Sans TTFs shipped in resources/fonts, embedded as subsets, and the
  document's initial font is DejaVu, so no standard (non-embedded) Helvetica is ever referenced;
- every page has a running header (what the document is, which session, which dates) and a footer
  ("page x / y", drawn once the page count is known);
- every page of a mock session carries a band and a diagonal watermark "EXAMEN BLANC – sans valeur
  certificative";
- output is deterministic: reportlab runs in invariant mode and the PDF dates are the report's
  generation time, so the same data gives the same bytes.

Reportlab's paragraphs treat U+202F (narrow no-break space, French typography) as an ordinary
breaking space and print a plain space instead; while a report is built, their word splitter is
swapped for one that keeps it (`_french_spacing`). Builds are serialised by a lock, since that
splitter and reportlab's invariant flag are process-wide settings.
"""

from __future__ import annotations

import io
import math
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC
from functools import cache, lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle
from reportlab.platypus import paragraph as rl_paragraph

from jury_app.domain.wording import NNBSP, fr, fr_dates, fr_datetime
from jury_app.reports.model import MOCK_MENTION, ReportHeader
from jury_app.resources import resource

FONT = "JuryApp-DejaVuSans"
FONT_BOLD = "JuryApp-DejaVuSans-Bold"

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5A5F66")
ACCENT = colors.HexColor("#1F3A5F")
RULE = colors.HexColor("#9AA3AD")
HEAD_BG = colors.HexColor("#E6EBF1")
LIGHT_BG = colors.HexColor("#F5F7FA")
GREEN = colors.HexColor("#1B7F3B")
RED = colors.HexColor("#B3261E")
MOCK_RED = colors.HexColor("#C62828")

_BUILD_LOCK = threading.RLock()


@cache
def register_fonts() -> None:
    """DejaVu Sans and DejaVu Sans Bold, from the app's resources, as one family (<b> works)."""
    for name, filename in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        path = resource("fonts", filename)
        if not path.is_file():
            raise FileNotFoundError(f"Police introuvable : {path} (ressources incomplètes)")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # No oblique face is shipped: italics fall back to the upright faces.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def _style(name: str, **kw: Any) -> ParagraphStyle:
    base: dict[str, Any] = {"fontName": FONT, "bulletFontName": FONT, "fontSize": 9, "leading": 12, "textColor": INK}
    base.update(kw)
    return ParagraphStyle(name, **base)


STYLES: dict[str, ParagraphStyle] = {
    "title": _style("title", fontName=FONT_BOLD, fontSize=17, leading=21, textColor=ACCENT, spaceAfter=3),
    "subtitle": _style("subtitle", fontSize=10, leading=13, textColor=MUTED, spaceAfter=10),
    "h2": _style("h2", fontName=FONT_BOLD, fontSize=12.5, leading=16, textColor=ACCENT, spaceBefore=12, spaceAfter=5),
    "h2first": _style("h2first", fontName=FONT_BOLD, fontSize=12.5, leading=16, textColor=ACCENT, spaceAfter=3),
    "h3": _style("h3", fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=8, spaceAfter=3),
    "body": _style("body", spaceAfter=3),
    "small": _style("small", fontSize=7.5, leading=9.5, textColor=MUTED),
    "cell": _style("cell", fontSize=8.5, leading=10.5),
    "cell_bold": _style("cell_bold", fontName=FONT_BOLD, fontSize=8.5, leading=10.5),
    "cell_head": _style("cell_head", fontName=FONT_BOLD, fontSize=8, leading=10, textColor=ACCENT),
    "cell_center": _style("cell_center", fontSize=8.5, leading=10.5, alignment=TA_CENTER),
    "bullet": _style("bullet", leftIndent=12, bulletIndent=2, spaceAfter=1.5),
    "notice": _style(
        "notice",
        fontName=FONT_BOLD,
        fontSize=9,
        leading=12,
        textColor=ACCENT,
        borderColor=ACCENT,
        borderWidth=0.8,
        borderPadding=6,
        backColor=LIGHT_BG,
        spaceBefore=4,
        spaceAfter=12,
    ),
    "mention": _style(
        "mention",
        fontName=FONT_BOLD,
        fontSize=9.5,
        leading=13,
        textColor=MOCK_RED,
        borderColor=MOCK_RED,
        borderWidth=0.8,
        borderPadding=6,
        spaceBefore=4,
        spaceAfter=12,
    ),
}


def text(value: str) -> str:
    """User or app text made safe for a paragraph's markup; line breaks kept."""
    return escape(value).replace("\n", "<br/>")


def para(value: str, style: str = "body", *, markup: bool = False) -> Paragraph:
    """A paragraph of `value` (escaped unless `markup`), in one of `STYLES` ("bullet": with a •)."""
    return Paragraph(value if markup else text(value), STYLES[style], bulletText="•" if style == "bullet" else None)


def label_value(label: str, value: str, style: str = "body") -> Paragraph:
    """ "<b>Label :</b> value", with the French narrow space before the colon."""
    return Paragraph(f"<b>{text(label)}{NNBSP}:</b> {text(value)}", STYLES[style])


@lru_cache(maxsize=8192)
def wrap_text(value: str, width: float, font: str = FONT, size: float = 8.5) -> str:
    """`value` broken into lines of at most `width` points, for a plain table cell.

    Much cheaper than a paragraph, and cached: the référentiel's criteria come back in every grid.
    Only ordinary spaces break lines, so narrow no-break spaces stay where they are; a word wider
    than the whole line (a link typed in an observation) is cut where the line ends, as a paragraph
    cuts it, rather than run out of its cell.
    """
    lines: list[str] = []
    space = pdfmetrics.stringWidth(" ", font, size)
    for source in value.split("\n"):
        current: list[str] = []
        used = -space
        for word in source.split(" "):
            w = pdfmetrics.stringWidth(word, font, size)
            if current and used + space + w > width:
                lines.append(" ".join(current))
                current, used = [], -space
            while w > width and len(word) > 1:
                cut = _fitting_prefix(word, width, font, size)
                lines.append(word[:cut])
                word = word[cut:]
                w = pdfmetrics.stringWidth(word, font, size)
            current.append(word)
            used += space + w
        lines.append(" ".join(current))
    return "\n".join(lines)


def _fitting_prefix(word: str, width: float, font: str, size: float) -> int:
    """How many of `word`'s first characters fit in `width` (at least one)."""
    n = 1
    while n < len(word) and pdfmetrics.stringWidth(word[: n + 1], font, size) <= width:
        n += 1
    return n


def grid_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    styles: Sequence[tuple[Any, ...]] = (),
    zebra: bool = False,
) -> Table:
    """A ruled table in the house style: header rows shaded and repeated on each page."""
    table = Table(list(map(list, rows)), colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5, 10.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
            ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, 8, 10),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), ACCENT),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, LIGHT_BG]))
    table.setStyle(TableStyle(commands + list(styles)))
    return table


def info_table(rows: Sequence[tuple[str, str]], width: float, label_width: float = 110) -> Table:
    """Label / value lines without rules (the identification block at the top of a document)."""
    data = [[para(label, "cell_bold"), para(value, "cell")] for label, value in rows if value]
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9, 12),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


# --- build settings ----------------------------------------------------------------------------

_KEEP_NNBSP = re.compile(f"[{re.escape(rl_paragraph._wsc.replace(NNBSP, ''))}]+")


def _split_keeping_nnbsp(value: str | bytes, delim: str | bytes | None = None) -> list[str]:
    if isinstance(value, bytes):
        value = value.decode("utf8")
    if isinstance(delim, bytes):
        delim = delim.decode("utf8")
    if delim is None:
        return _KEEP_NNBSP.split(value)
    return value.split(delim)


@contextmanager
def _french_spacing() -> Iterator[None]:
    previous = rl_paragraph.split
    rl_paragraph.split = _split_keeping_nnbsp
    try:
        yield
    finally:
        rl_paragraph.split = previous


@contextmanager
def reportlab_build() -> Iterator[None]:
    """Fonts registered, invariant output, binary streams, narrow no-break spaces kept; one build at
    a time."""
    register_fonts()
    with _BUILD_LOCK, _french_spacing():
        previous = rl_config.invariant, rl_config.useA85
        rl_config.invariant = 1
        rl_config.useA85 = 0  # binary streams: smaller files, and no time spent encoding them as text
        try:
            yield
        finally:
            rl_config.invariant, rl_config.useA85 = previous


def fit(canv: Canvas, value: str, font: str, size: float, width: float) -> str:
    """`value`, cut with an ellipsis so that it fits `width` points."""
    if canv.stringWidth(value, font, size) <= width:
        return value
    while value and canv.stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def _numbered_canvas(draw_overlay: Callable[[Canvas, int, int], None], pdf_date: str) -> type[Canvas]:
    """A canvas that keeps its pages until the end, then draws over each one, knowing the page count."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []
            self.setDateFormatter(lambda *_: pdf_date)

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for number, state in enumerate(self._page_states, 1):
                self.__dict__.update(state)
                draw_overlay(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _arc(
    cx: float, cy: float, rx: float, ry: float, start: float, end: float, steps: int = 14
) -> list[tuple[float, float]]:
    return [
        (
            round(cx + rx * math.cos(math.radians(start + (end - start) * i / steps)), 4),
            round(cy + ry * math.sin(math.radians(start + (end - start) * i / steps)), 4),
        )
        for i in range(steps + 1)
    ]


# The letters of the mock watermark as strokes in a 1 x 1.4 box (y up): a stencil, not a font.
_STAMP_HEIGHT = 1.4
_STAMP_GAP = 0.38
_STAMP_SPACE = 0.9
_STAMP_GLYPHS: dict[str, list[list[tuple[float, float]]]] = {
    "E": [[(0.95, 0.0), (0.0, 0.0), (0.0, 1.4), (0.95, 1.4)], [(0.0, 0.7), (0.8, 0.7)]],
    "X": [[(0.0, 0.0), (1.0, 1.4)], [(0.0, 1.4), (1.0, 0.0)]],
    "A": [[(0.0, 0.0), (0.5, 1.4), (1.0, 0.0)], [(0.2, 0.56), (0.8, 0.56)]],
    "M": [[(0.0, 0.0), (0.0, 1.4), (0.5, 0.55), (1.0, 1.4), (1.0, 0.0)]],
    "N": [[(0.0, 0.0), (0.0, 1.4), (1.0, 0.0), (1.0, 1.4)]],
    "B": [
        [(0.0, 0.72), *_arc(0.58, 1.06, 0.34, 0.34, -90, 90), (0.0, 1.4), (0.0, 0.0)],
        [(0.0, 0.0), *_arc(0.62, 0.36, 0.38, 0.36, -90, 90), (0.0, 0.72)],
    ],
    "L": [[(0.0, 1.4), (0.0, 0.0), (0.9, 0.0)]],
    "C": [_arc(0.55, 0.7, 0.55, 0.7, 40, 320, 20)],
}


class ReportRenderer:
    """Base of the PDF renderers: geometry, fonts, page decoration; subclasses give `story()`."""

    pagesize = A4
    margin_x = 42.0
    margin_top = 56.0
    margin_top_mock = 74.0
    margin_bottom = 46.0

    def __init__(self, header: ReportHeader) -> None:
        self.header = header

    # --- what subclasses say -----------------------------------------------------------------
    def running_title(self) -> str:
        """The line at the top of every page: what the document is, which session, when."""
        h = self.header
        return fr(f"{h.document} — {h.session_title} — {fr_dates(h.dates)}")

    def story(self) -> list[Any]:
        raise NotImplementedError

    def subject(self) -> str:
        h = self.header
        return f"{h.certification_label} ({h.certification_code}, version {h.certification_version})"

    # --- geometry ----------------------------------------------------------------------------
    @property
    def page_width(self) -> float:
        return float(self.pagesize[0])

    @property
    def page_height(self) -> float:
        return float(self.pagesize[1])

    @property
    def content_width(self) -> float:
        return self.page_width - 2 * self.margin_x

    @property
    def frame_height(self) -> float:
        """The height a page gives its content."""
        return self.page_height - self.top_margin - self.margin_bottom

    @property
    def top_margin(self) -> float:
        return self.margin_top_mock if self.header.mock else self.margin_top

    # --- rendering ---------------------------------------------------------------------------
    def render(self) -> bytes:
        """The PDF, as bytes."""
        buf = io.BytesIO()
        with reportlab_build():
            doc = BaseDocTemplate(
                buf,
                pagesize=self.pagesize,
                leftMargin=self.margin_x,
                rightMargin=self.margin_x,
                topMargin=self.top_margin,
                bottomMargin=self.margin_bottom,
                title=self.running_title(),
                author="jury_app",
                subject=self.subject(),
                creator="jury_app",
                producer="jury_app",
                keywords=[self.header.certification_code, self.header.session_id],
                lang="fr-FR",
                invariant=1,
                pageCompression=1,
                initialFontName=FONT,
                initialFontSize=9,
                initialLeading=12,
                displayDocTitle=1,
            )
            frame = Frame(
                self.margin_x,
                self.margin_bottom,
                self.content_width,
                self.frame_height,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id="content",
            )
            doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate_page)])
            doc.build(self.story(), canvasmaker=_numbered_canvas(self._overlay, self._pdf_date()))
        return buf.getvalue()

    def _pdf_date(self) -> str:
        t = self.header.generated_at.astimezone(UTC)
        return t.strftime("D:%Y%m%d%H%M%S+00'00'")

    def _decorate_page(self, canv: Canvas, _doc: Any) -> None:
        """Before the page's content: the running header (and the mock band)."""
        canv.saveState()
        if self.header.mock:
            self.draw_mock_band(canv)
        self.draw_running_header(canv)
        canv.restoreState()

    def _overlay(self, canv: Canvas, page: int, total: int) -> None:
        """Over the page's content, once the page count is known: the watermark and the footer."""
        if self.header.mock:
            self.draw_watermark(canv)  # on top, translucent: no table background can hide it
        self.draw_footer(canv, page, total)

    def draw_running_header(self, canv: Canvas) -> None:
        y = self.page_height - 30
        if self.header.mock:
            y -= 18
        canv.setFont(FONT, 8)
        canv.setFillColor(MUTED)
        canv.drawString(self.margin_x, y, fit(canv, self.running_title(), FONT, 8, self.content_width))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(self.margin_x, y - 5, self.page_width - self.margin_x, y - 5)

    def draw_mock_band(self, canv: Canvas) -> None:
        top = self.page_height - 12
        canv.setFillColor(MOCK_RED)
        canv.rect(self.margin_x, top - 18, self.content_width, 16, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(FONT_BOLD, 9.5)
        canv.drawCentredString(self.page_width / 2, top - 13.5, MOCK_MENTION)

    def draw_watermark(self, canv: Canvas) -> None:
        """ "EXAMEN BLANC" across the page, as stroked letters (not text, so that copying or
        searching the page's text is not disturbed by it), in a stamp's frame."""
        words = "EXAMEN BLANC"
        advance = 1.0 + _STAMP_GAP
        length = sum(_STAMP_SPACE if ch == " " else advance for ch in words) - _STAMP_GAP
        scale = 430 / length
        canv.saveState()
        canv.translate(self.page_width / 2, self.page_height / 2)
        canv.rotate(54)
        canv.setStrokeColor(MOCK_RED)
        canv.setStrokeAlpha(0.16)
        canv.setLineCap(1)
        canv.setLineJoin(1)
        canv.setLineWidth(scale * 0.17)
        x = -length * scale / 2
        y = -_STAMP_HEIGHT * scale / 2
        for ch in words:
            if ch == " ":
                x += _STAMP_SPACE * scale
                continue
            for stroke in _STAMP_GLYPHS[ch]:
                path = canv.beginPath()
                path.moveTo(x + stroke[0][0] * scale, y + stroke[0][1] * scale)
                for px, py in stroke[1:]:
                    path.lineTo(x + px * scale, y + py * scale)
                canv.drawPath(path, stroke=1, fill=0)
            x += advance * scale
        margin = 0.55 * scale
        canv.setLineWidth(scale * 0.07)
        canv.roundRect(
            -length * scale / 2 - margin,
            y - margin,
            length * scale + 2 * margin,
            (_STAMP_HEIGHT * scale) + 2 * margin,
            margin / 2,
            stroke=1,
            fill=0,
        )
        canv.restoreState()

    def draw_footer(self, canv: Canvas, page: int, total: int) -> None:
        h = self.header
        canv.saveState()
        y = 24.0
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(self.margin_x, y + 10, self.page_width - self.margin_x, y + 10)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        left = fr(
            f"{h.certification_code} v{h.certification_version} · {h.session_id} · édité le {fr_datetime(h.generated_at, h.zone)}"
        )
        left = f"{MOCK_MENTION} · {left}" if h.mock else f"{left} par jury_app"
        page_label = f"page {page} / {total}"
        canv.drawString(self.margin_x, y, fit(canv, left, FONT, 7.5, self.content_width - 70))
        canv.setFont(FONT_BOLD, 8)
        canv.setFillColor(INK)
        canv.drawRightString(self.page_width - self.margin_x, y, page_label)
        canv.restoreState()
