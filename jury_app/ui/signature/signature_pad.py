"""A pad where a juror draws their signature with the mouse, a pen or a finger.

The drawing is kept as vector strokes normalised to 0..1 in a drawing area of ratio
`SIGNATURE_ASPECT` (x from the left, y from the top), so it looks the same at any window size and
on the procès-verbal (`jury_app.reports.strokes.draw_strokes`).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QTabletEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from jury_app.reports.strokes import MAX_POINTS, SIGNATURE_ASPECT, Strokes, fit_box, normalise_strokes
from jury_app.ui.common import theme

_MARGIN = 8
_MIN_STEP_PX = 1.5  # a new point only when the pen moved this far: smooth lines, few points


class SignaturePad(QWidget):
    """Signals:
    changed: a stroke was finished, or the drawing was cleared or replaced.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: Strokes = []
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(300, 150)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Zone de signature manuscrite"))
        self.setAccessibleDescription(
            self.tr("Tracez votre signature dans ce cadre avec la souris, un stylet ou le doigt.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(_MARGIN, _MARGIN, _MARGIN, _MARGIN)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.clear_button = QPushButton(self.tr("Effacer"), self)
        self.clear_button.setAccessibleName(self.tr("Effacer la signature"))
        self.clear_button.setCursor(Qt.CursorShape.ArrowCursor)
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.clear_button)
        layout.addLayout(row)

    # --- the drawing --------------------------------------------------------------------------

    def strokes(self) -> Strokes:
        """The drawing: strokes of [x, y] points in 0..1 (a copy)."""
        return [[list(p) for p in s] for s in self._strokes]

    def set_strokes(self, strokes: Strokes | None) -> None:
        """Shows a saved drawing (cleaned: points clamped to 0..1); None or [] clears the pad."""
        self._drawing = False
        self._strokes = normalise_strokes(strokes) if strokes else []
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        self._drawing = False
        self._strokes = []
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        """Nothing drawn that would make a signature (no stroke of two points or more)."""
        return not any(len(s) >= 2 for s in self._strokes)

    def point_count(self) -> int:
        return sum(len(s) for s in self._strokes)

    # --- geometry -----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(540, 220)

    def drawing_rect(self) -> QRectF:
        """Where the signature is drawn: the largest box of the pad's ratio above the button."""
        button_space = self.clear_button.sizeHint().height() + _MARGIN
        x, y, w, h = fit_box(_MARGIN, _MARGIN, self.width() - 2 * _MARGIN, self.height() - 2 * _MARGIN - button_space)
        return QRectF(x, y, w, h)

    def _normalised(self, pos: QPointF) -> list[float]:
        area = self.drawing_rect()
        if area.width() <= 0 or area.height() <= 0:
            return [0.0, 0.0]
        x = (pos.x() - area.left()) / area.width()
        y = (pos.y() - area.top()) / area.height()
        return [round(min(1.0, max(0.0, x)), 4), round(min(1.0, max(0.0, y)), 4)]

    def _to_widget(self, point: list[float], area: QRectF) -> QPointF:
        return QPointF(area.left() + point[0] * area.width(), area.top() + point[1] * area.height())

    # --- pen input ----------------------------------------------------------------------------

    def _begin(self, pos: QPointF) -> None:
        if self.point_count() >= MAX_POINTS:
            return
        self._drawing = True
        self._strokes.append([self._normalised(pos)])
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if not self._drawing or not self._strokes or self.point_count() >= MAX_POINTS:
            return
        point = self._normalised(pos)
        area = self.drawing_rect()
        last = self._to_widget(self._strokes[-1][-1], area)
        here = self._to_widget(point, area)
        if math.hypot(here.x() - last.x(), here.y() - last.y()) < _MIN_STEP_PX:
            return
        self._strokes[-1].append(point)
        self.update()

    def _end(self, pos: QPointF) -> None:
        if not self._drawing:
            return
        self._extend(pos)
        self._drawing = False
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self._drawing:
            self._extend(event.position())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton and self._drawing:
            self._end(event.position())
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()  # no synthesised mouse events: the pen draws once

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.drawing_rect()
        painter.fillRect(area, theme.color("paper"))
        painter.setPen(QPen(theme.color("paper_line"), 1, Qt.PenStyle.SolidLine))
        painter.drawRect(area)
        baseline_y = area.top() + area.height() * 0.78
        painter.setPen(QPen(theme.color("paper_guide"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(
            QPointF(area.left() + area.width() * 0.05, baseline_y),
            QPointF(area.right() - area.width() * 0.05, baseline_y),
        )
        if not self._strokes:
            painter.setPen(theme.color("paper_hint"))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Signez ici"))
        width = max(1.5, area.height() / 60)
        pen = QPen(theme.color("ink"), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            points = [self._to_widget(p, area) for p in stroke]
            if len(points) == 1:
                painter.drawPoint(points[0])
                continue
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.drawPath(path)
        painter.end()


__all__ = ["SIGNATURE_ASPECT", "SignaturePad"]
