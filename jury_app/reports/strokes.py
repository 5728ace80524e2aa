"""A handwritten signature as vector strokes: checked, normalised, and drawn into a PDF.

A signature is a list of strokes, each a list of points [x, y] with x and y in 0..1: x from the
left, y from the TOP of the signature pad (screen order). The pad's drawing area has the aspect
ratio `SIGNATURE_ASPECT` (width / height), so `draw_strokes` draws them in a box of that ratio and
the signature keeps its shape whatever box the report gives it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput

Strokes = list[list[list[float]]]

SIGNATURE_ASPECT = 3.0
MAX_POINTS = 5000
_DECIMALS = 4  # 1/10 000 of the pad: well below a pixel, and a small JSON


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def normalise_strokes(raw: Any) -> Strokes:
    """The strokes checked and cleaned: points clamped to 0..1 and rounded, empty strokes dropped.

    Refused (InvalidInput, in French) when it is not a list of strokes of [x, y] numbers, when no
    stroke has two points or more (nothing was drawn), or when there are more than `MAX_POINTS`
    points in all.
    """
    if not isinstance(raw, list | tuple):
        raise InvalidInput.one("signature manuscrite", msg("une liste de traits est attendue"))
    strokes: Strokes = []
    total = 0
    for stroke in raw:
        if not isinstance(stroke, list | tuple):
            raise InvalidInput.one("signature manuscrite", msg("chaque trait doit être une liste de points"))
        points: list[list[float]] = []
        for point in stroke:
            if not isinstance(point, list | tuple) or len(point) != 2:
                raise InvalidInput.one("signature manuscrite", msg("chaque point doit être une paire [x, y]"))
            x, y = _number(point[0]), _number(point[1])
            if x is None or y is None:
                raise InvalidInput.one("signature manuscrite", msg("les coordonnées des points doivent être des nombres"))
            clamped = [round(min(1.0, max(0.0, x)), _DECIMALS), round(min(1.0, max(0.0, y)), _DECIMALS)]
            if not points or points[-1] != clamped:  # a pen held still adds nothing
                points.append(clamped)
        if points:
            strokes.append(points)
            total += len(points)
    if total > MAX_POINTS:
        raise InvalidInput.one(
            "signature manuscrite", msg("signature trop détaillée ({0} points, au plus {1})", total, MAX_POINTS)
        )
    if not any(len(s) >= 2 for s in strokes):
        raise InvalidInput.one("signature manuscrite", msg("la signature est vide : tracez-la dans le cadre"))
    return strokes


def point_count(strokes: Sequence[Sequence[Any]]) -> int:
    return sum(len(s) for s in strokes)


def fit_box(
    x: float, y: float, w: float, h: float, aspect: float = SIGNATURE_ASPECT
) -> tuple[float, float, float, float]:
    """The largest box of ratio `aspect` centred in (x, y, w, h): (x, y, width, height)."""
    if w <= 0 or h <= 0:
        return x, y, 0.0, 0.0
    if w / h > aspect:
        fw, fh = h * aspect, h
    else:
        fw, fh = w, w / aspect
    return x + (w - fw) / 2, y + (h - fh) / 2, fw, fh


def draw_strokes(
    canvas: Any,
    strokes: Sequence[Sequence[Sequence[float]]],
    x: float,
    y: float,
    w: float,
    h: float,
    *,
    line_width: float | None = None,
    color: tuple[float, float, float] = (0.05, 0.1, 0.35),
) -> None:
    """Draws the strokes into the box whose lower-left corner is (x, y), in PDF points.

    `canvas` is a reportlab `Canvas`. The signature keeps its shape (ratio `SIGNATURE_ASPECT`,
    centred in the box); a stroke of one point is drawn as a dot. The canvas state (colour, line
    width, line caps) is restored afterwards.
    """
    bx, by, bw, bh = fit_box(x, y, w, h)
    if bw <= 0 or bh <= 0:
        return
    width = line_width if line_width is not None else max(0.6, bh / 40)
    canvas.saveState()
    try:
        canvas.setStrokeColorRGB(*color)
        canvas.setFillColorRGB(*color)
        canvas.setLineWidth(width)
        canvas.setLineCap(1)  # round
        canvas.setLineJoin(1)
        for stroke in strokes:
            points = [(bx + float(px) * bw, by + bh - float(py) * bh) for px, py in stroke]
            if not points:
                continue
            if len(points) == 1:
                canvas.circle(points[0][0], points[0][1], width / 2, stroke=0, fill=1)
                continue
            path = canvas.beginPath()
            path.moveTo(*points[0])
            for px, py in points[1:]:
                path.lineTo(px, py)
            canvas.drawPath(path, stroke=1, fill=0)
    finally:
        canvas.restoreState()
