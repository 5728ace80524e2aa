"""What a juror's signature box on the procès-verbal shows: « non signé » until they sign, then the
stamp drawn at signing (handwritten strokes, name, role, date and time of signing in the session's
zone, « signé électroniquement »).

Each is a one-page PDF the size of the box, drawn with reportlab in the app's DejaVu fonts (pyHanko's
own stamp font mangles French typography); the signing step puts it in the signature field.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from jury_app.reports.pdf_base import FONT, FONT_BOLD, INK, MUTED, RULE, fit, reportlab_build
from jury_app.reports.strokes import draw_strokes

SIGNATURE_INK = (0x14 / 255, 0x21 / 255, 0x3D / 255)  # #14213D, a dark blue ink
UNSIGNED_FILL = colors.HexColor("#F1F2F4")
UNSIGNED_INK = colors.HexColor("#8A1C12")
SIGNED_MARK = colors.HexColor("#1B5E20")
PAD = 6.0


def _canvas(buf: io.BytesIO, width: float, height: float) -> Canvas:
    c = Canvas(buf, pagesize=(width, height), invariant=1, pageCompression=1, initialFontName=FONT)
    c.setTitle("Signature")
    return c


def _who(c: Canvas, width: float, height: float, name: str, role: str) -> None:
    c.setFillColor(INK)
    c.setFont(FONT_BOLD, 9)
    c.drawString(PAD, height - PAD - 8, fit(c, name, FONT_BOLD, 9, width - 2 * PAD))
    c.setFillColor(MUTED)
    c.setFont(FONT, 7.5)
    c.drawString(PAD, height - PAD - 18, fit(c, role, FONT, 7.5, width - 2 * PAD))


def unsigned_box_pdf(width: float, height: float, name: str, role: str) -> bytes:
    """The box before the juror signs: shaded, « NON SIGNÉ », whose signature is awaited."""
    buf = io.BytesIO()
    with reportlab_build():
        c = _canvas(buf, width, height)
        c.setFillColor(UNSIGNED_FILL)
        c.rect(0, 0, width, height, stroke=0, fill=1)
        c.setStrokeColor(RULE)
        c.setDash(3, 3)
        c.rect(0.5, 0.5, width - 1, height - 1, stroke=1, fill=0)
        c.setDash()
        _who(c, width, height, name, role)
        c.setFillColor(UNSIGNED_INK)
        c.setFont(FONT_BOLD, 13)
        c.drawCentredString(width / 2, height / 2 - 8, "NON SIGNÉ")
        c.setFont(FONT, 7)
        c.drawCentredString(width / 2, PAD + 2, fit(c, "En attente de la signature électronique", FONT, 7, width))
        c.showPage()
        c.save()
    return buf.getvalue()


def signed_stamp_pdf(
    width: float,
    height: float,
    *,
    name: str,
    role: str,
    signed_at: str,
    strokes: Sequence[Sequence[Sequence[float]]] | None,
) -> bytes:
    """The box once signed: the handwritten strokes over a white ground, name, role, and « Signé
    électroniquement le 08/12/2026 à 18 h 30 (Europe/Paris) » (`signed_at` is that date's text)."""
    buf = io.BytesIO()
    with reportlab_build():
        c = _canvas(buf, width, height)
        c.setFillColor(colors.white)
        c.rect(0, 0, width, height, stroke=0, fill=1)
        _who(c, width, height, name, role)
        footer = 2 * 9.0 + PAD
        x0, y0, x1, y1 = PAD, footer + 2, width - PAD, height - PAD - 22
        if strokes:
            draw_strokes(c, strokes, x0, y0, x1 - x0, y1 - y0, line_width=1.1, color=SIGNATURE_INK)
        else:
            c.setFillColor(MUTED)
            c.setFont(FONT, 7)
            c.drawCentredString(width / 2, (y0 + y1) / 2, "(signature manuscrite non tracée)")
        c.setStrokeColor(RULE)
        c.line(PAD, footer, width - PAD, footer)
        c.setFillColor(SIGNED_MARK)
        c.setFont(FONT_BOLD, 7.5)
        c.drawString(PAD, footer - 9, "✓ Signé électroniquement")
        c.setFont(FONT, 7)
        c.drawString(PAD, footer - 17.5, fit(c, signed_at, FONT, 7, width - 2 * PAD))
        c.showPage()
        c.save()
    return buf.getvalue()
