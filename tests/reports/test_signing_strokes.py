"""Handwritten signature strokes: cleaned to 0..1, bounded, and drawn in a PDF box keeping their shape."""

from __future__ import annotations

import io
from typing import Any

import pytest
from pypdf import PdfReader

from jury_app.domain.problems import InvalidInput
from jury_app.reports.strokes import MAX_POINTS, SIGNATURE_ASPECT, draw_strokes, fit_box, normalise_strokes


def test_points_are_clamped_rounded_and_repeats_dropped() -> None:
    raw = [[[0.123456, 0.5], [0.123456, 0.5], [-3, 2], (1, 0)], [], [[0.5, 0.5]]]
    assert normalise_strokes(raw) == [[[0.1235, 0.5], [0.0, 1.0], [1.0, 0.0]], [[0.5, 0.5]]]


@pytest.mark.parametrize(
    "raw",
    [
        [],
        [[]],
        [[[0.5, 0.5]]],  # a dot is no signature
        [[[0.5, 0.5], [0.5, 0.5]]],  # nor a pen held still
        "x",
        [[[0.1, True], [0.2, 0.2]]],
        [[[0.1, float("inf")], [0.2, 0.2]]],
        [[[0.1], [0.2, 0.2]]],
        [[0.1, 0.2]],
    ],
)
def test_empty_or_malformed_drawings_are_refused(raw: Any) -> None:
    with pytest.raises(InvalidInput):
        normalise_strokes(raw)


def test_at_most_max_points() -> None:
    stroke = [[i / MAX_POINTS, (i % 7) / 7] for i in range(MAX_POINTS)]
    assert len(normalise_strokes([stroke])[0]) == MAX_POINTS
    with pytest.raises(InvalidInput, match="au plus"):
        normalise_strokes([stroke, [[0.1, 0.1], [0.2, 0.3]]])


def test_fit_box_keeps_the_pad_ratio_centred() -> None:
    assert fit_box(0, 0, 300, 100) == (0, 0, 300, 100)
    x, y, w, h = fit_box(10, 20, 300, 300)
    assert (w, h) == (300, 100) and (x, y) == (10, 120)
    x, y, w, h = fit_box(0, 0, 600, 100)
    assert w / h == SIGNATURE_ASPECT and x == 150
    assert fit_box(0, 0, 0, 50)[2:] == (0.0, 0.0)


class _Path:
    def __init__(self) -> None:
        self.points: list[tuple[float, float]] = []

    def moveTo(self, x: float, y: float) -> None:  # noqa: N802 (reportlab's name)
        self.points.append((x, y))

    def lineTo(self, x: float, y: float) -> None:  # noqa: N802 (reportlab's name)
        self.points.append((x, y))


class _Canvas:
    """Records what draw_strokes asks of a reportlab canvas."""

    def __init__(self) -> None:
        self.paths: list[_Path] = []
        self.dots: list[tuple[float, float]] = []
        self.depth = 0

    def saveState(self) -> None:  # noqa: N802
        self.depth += 1

    def restoreState(self) -> None:  # noqa: N802
        self.depth -= 1

    def __getattr__(self, name: str) -> Any:  # colours, widths, caps
        return lambda *args, **kwargs: None

    def beginPath(self) -> _Path:  # noqa: N802
        return _Path()

    def drawPath(self, path: _Path, stroke: int = 1, fill: int = 0) -> None:  # noqa: N802
        self.paths.append(path)

    def circle(self, x: float, y: float, r: float, stroke: int = 1, fill: int = 0) -> None:
        self.dots.append((x, y))


def test_strokes_are_drawn_top_down_in_the_box() -> None:
    canvas = _Canvas()
    draw_strokes(canvas, [[[0, 0], [1, 1]], [[0.5, 0.5]]], 100, 200, 300, 100)
    (path,) = canvas.paths
    # (0, 0) is the pad's top-left: the box's top-left in PDF points (y grows upwards).
    assert path.points == [(100, 300), (400, 200)]
    assert canvas.dots == [(250, 250)]
    assert canvas.depth == 0


def test_draw_strokes_into_a_real_pdf() -> None:
    from reportlab.pdfgen import canvas as rl_canvas

    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pageCompression=0)
    draw_strokes(c, [[[0.1, 0.5], [0.4, 0.2], [0.9, 0.8]]], 72, 600, 240, 80)
    c.showPage()
    c.save()
    content = PdfReader(io.BytesIO(buf.getvalue())).pages[0].get_contents()
    assert content is not None
    data = content.get_data()
    assert b" m" in data and b" l" in data and b"S" in data
