"""QPainter chart of the priority boards: the impact/effort matrix with draggable program
markers (the IFAS/EFAS diagram is in ``quadrant_diagram.py``). No text of its own: the views
pass in the translated labels, so the chart serves both the console and the projector."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from .common import plain_tooltip
from .text_layout import TextRecorder, fitting_font

MATRIX_COLORS = {
    "quick_win": "#c8e6c9",
    "major_project": "#d6e4f5",
    "fill_in": "#eeeeee",
    "thankless": "#f8d7d4",
}
QUICK_WIN_MARK = QColor("#1b7f2a")
MARKER = QColor("#37474f")
PLACED_MARK = QColor("#6a1b9a")


@dataclass
class MatrixPoint:
    """One program on the matrix: its number in the legend, its point and its spread."""

    number: int
    program_id: str
    title: str
    impact: float
    effort: float
    impact_range: tuple[float, float] | None = None  # (min, max) of the raters' scores
    effort_range: tuple[float, float] | None = None
    quadrant: str | None = None
    placed: bool = False
    mean: tuple[float, float] | None = None  # (impact, effort) means when placed
    chosen: bool = False  # chosen as quick win
    impact_sd: float = 0.0  # standard deviation of the raters' scores
    effort_sd: float = 0.0


class PriorityMatrix(TextRecorder, QWidget):
    """The 2x2 action priority matrix: effort on x (low left), impact on y (high top).

    The quadrant names sit in bands along the top and bottom of the plot that no marker
    enters (markers never cover them); they are set smaller to fit their quadrant.

    Markers are numbered circles at the program's point (diamonds when placed by the
    facilitator), with bars of one standard deviation either side for the spread of the
    scores; the highlighted program shows its full range (lowest to highest score) as a
    bold cross. Quick wins are green. When ``interactive`` a marker can be dragged:
    releasing it emits ``placed(program_id, impact, effort)``.
    """

    placed = Signal(str, float, float)
    clicked = Signal(str)
    #: Above this many programs the spread bars of all points would only hatch the chart:
    #: then only the highlighted program shows its range (filter by dimension to see them).
    SPREAD_LIMIT = 250
    #: Above this many programs only the best ``NUMBERED`` carry their number; the others are
    #: small dots (a thousand numbered circles would only cover each other).
    COMPACT_LIMIT = 150
    NUMBERED = 30

    def __init__(self, parent: QWidget | None = None, *, interactive: bool = True,
                 scale: tuple[int, int] = (1, 5)) -> None:
        super().__init__(parent)
        self.interactive = interactive
        self.lo, self.hi = scale
        self.split = (self.lo + self.hi) / 2
        self.points: list[MatrixPoint] = []
        self.labels = {"quick_win": "Quick Win", "major_project": "Major Project",
                       "fill_in": "Fill-in", "thankless": "Thankless",
                       "impact": "Impact", "effort": "Effort", "empty": ""}
        self.font_scale = 1.0
        self.show_spread = True
        self.marker_factor = 1.0  # marker size relative to the text (smaller on the projector)
        self.highlighted: str | None = None
        self._drag: MatrixPoint | None = None
        self._positions: list[QPointF] = []
        self._positions_key: tuple | None = None
        self._points_version = 0  # counts set_points calls
        self._drag_pos: QPointF | None = None
        self._drag_start: QPointF | None = None
        self._cache: QPixmap | None = None
        self._rect_key: tuple | None = None
        self._rect = QRectF()
        self.setMinimumSize(320, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(interactive)

    # -- data -----------------------------------------------------------------------------
    def set_points(self, points: list[MatrixPoint], split: float | None = None) -> None:
        """Show these programs (and the split, when given)."""
        self.points = list(points)
        self._points_version += 1
        if split is not None:
            self.split = split
        self.update()

    def set_labels(self, labels: dict[str, str]) -> None:
        """Translated quadrant and axis labels."""
        self.labels.update(labels)
        self.update()

    def set_font_scale(self, scale: float) -> None:
        """Scale text and markers (the projector's font-scale control)."""
        self.font_scale = max(0.5, float(scale))
        self.update()

    def set_show_spread(self, show: bool) -> None:
        """Show or hide the spread bars."""
        self.show_spread = bool(show)
        self.update()

    def highlight(self, program_id: str | None) -> None:
        """Ring one program's marker (the one selected in the legend)."""
        self.highlighted = program_id
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(560, 460)

    # -- geometry -------------------------------------------------------------------------
    def _font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(size * self.font_scale)
        font.setBold(bold)
        return font

    def radius(self) -> float:
        """Marker radius in pixels (at most a sixteenth of the plot's smaller side)."""
        plot = self.plot_rect()
        return min(11 * self.font_scale * self.marker_factor,
                   max(4.0, min(plot.width(), plot.height()) / 16))

    def label_font(self) -> QFont:
        """The quadrant names' font: one size, as large as fits every quadrant's width and a
        fifth of its height (at most 13 points times the scale)."""
        plot = self.plot_rect()
        width = plot.width() / 2 - 12
        height = plot.height() / 10
        key = (self.width(), self.height(), self.font_scale,
               tuple(self.labels[k] for k in MATRIX_COLORS))
        if getattr(self, "_label_key", None) != key:
            font = self._font(13, bold=True)
            fonts = [fitting_font(font, self.labels[k], width, height, 0, 6.0)
                     for k in MATRIX_COLORS]
            self._label_font = min(fonts, key=lambda f: f.pointSizeF())
            self._label_key = key
        return self._label_font

    def label_band(self) -> float:
        """Height of the bands along the top and bottom of the plot kept for the names."""
        if not any(self.labels.get(k) for k in MATRIX_COLORS):
            return 0.0
        return QFontMetricsF(self.label_font()).height() + 8

    def plot_rect(self) -> QRectF:
        """The area inside the axes."""
        left = 34 * self.font_scale + 8
        bottom = 30 * self.font_scale + 8
        return QRectF(left, 8, max(10, self.width() - left - 10),
                      max(10, self.height() - bottom - 8))

    def data_rect(self) -> QRectF:
        """The area the scale maps to: inside the axes, inset so edge markers stay whole."""
        key = (self.width(), self.height(), self.font_scale, self.marker_factor,
               self.label_band())
        if self._rect_key != key:
            inset = self.radius() * 1.3 + 2
            band = self.label_band()
            self._rect = self.plot_rect().adjusted(inset, inset + band, -inset, -inset - band)
            self._rect_key = key
        return self._rect

    def to_pixel(self, impact: float, effort: float) -> QPointF:
        """Widget position of a matrix point."""
        rect = self.data_rect()
        span = self.hi - self.lo
        x = rect.left() + (effort - self.lo) / span * rect.width()
        y = rect.bottom() - (impact - self.lo) / span * rect.height()
        return QPointF(x, y)

    def to_value(self, pos: QPointF) -> tuple[float, float]:
        """(impact, effort) under a widget position, clamped to the scale, one decimal."""
        rect = self.data_rect()
        span = self.hi - self.lo
        effort = self.lo + (pos.x() - rect.left()) / rect.width() * span
        impact = self.lo + (rect.bottom() - pos.y()) / rect.height() * span
        clamp = lambda v: round(min(self.hi, max(self.lo, v)), 1)  # noqa: E731
        return clamp(impact), clamp(effort)

    def marker_positions(self) -> list[QPointF]:
        """Where each point's marker is drawn: at its value, except that markers at the same
        spot are fanned out around it so that each number stays readable. Kept until the
        points or the geometry change (painting and hovering both ask for it)."""
        key = (self._points_version, self.width(), self.height(),
               self.font_scale, self.marker_factor, self.lo, self.hi)
        if self._positions_key != key:
            self._positions = self._fan_out()
            self._positions_key = key
        return self._positions

    def _fan_out(self) -> list[QPointF]:
        taken: dict[tuple[int, int], int] = {}
        positions = []
        r = self.radius()
        inset = r * 1.2 + 1  # a fanned-out marker stays clear of the axes and the names
        area = self.data_rect().adjusted(-r * 0.1, -r * 0.1, r * 0.1, r * 0.1)
        area = area if area.width() > 0 and area.height() > 0 else \
            self.plot_rect().adjusted(inset, inset, -inset, -inset)
        for point in self.points:
            centre = self.to_pixel(point.impact, point.effort)
            key = (round(centre.x() / 4), round(centre.y() / 4))
            n = taken.get(key, 0)
            taken[key] = n + 1
            if n:
                angle = math.radians(60 * (n - 1) - 30)
                ring = r * (1.8 if n <= 6 else 3.4)
                centre = QPointF(centre.x() + ring * math.cos(angle),
                                 centre.y() + ring * math.sin(angle))
            centre = QPointF(min(area.right(), max(area.left(), centre.x())),
                             min(area.bottom(), max(area.top(), centre.y())))
            positions.append(centre)
        return positions

    def point_at(self, pos: QPointF) -> MatrixPoint | None:
        """The topmost marker under a position."""
        r = self.radius() + 3
        positions = self.marker_positions()
        for point, centre in zip(reversed(self.points), reversed(positions), strict=True):
            if (centre.x() - pos.x()) ** 2 + (centre.y() - pos.y()) ** 2 <= r * r:
                return point
        return None

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        ratio = self.devicePixelRatioF()
        if self._cache is None or self._cache.size() != self.size() * ratio:
            self._cache = QPixmap(self.size() * ratio)
            self._cache.setDevicePixelRatio(ratio)
            cache_painter = QPainter(self._cache)
            self._paint_static(cache_painter)
            cache_painter.end()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache)
        if self._drag is not None and self._drag_pos is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_marker(painter, self._drag, self._drag_pos, ghost=True)
        painter.end()

    def update(self) -> None:  # noqa: D401 - also drops the cached picture
        """Repaint; everything but the dragged marker is drawn again."""
        self._cache = None
        super().update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._cache = None
        super().resizeEvent(event)

    def _paint_static(self, painter: QPainter) -> None:
        """Everything but the marker being dragged (kept as a picture between changes)."""
        self.begin_layout()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        self._paint_quadrants(painter)
        self._paint_axes(painter)
        if self.show_spread and len(self.points) <= self.SPREAD_LIMIT:
            self._paint_spreads(painter)
        for point in self.points:
            if point.program_id == self.highlighted:
                painter.setPen(QPen(QColor("#ff8f00"), max(2.5, 3 * self.font_scale)))
                painter.drawLines(self._bar_lines(point, point.impact_range,
                                                  point.effort_range))
        numbered = []
        dots: dict[bool, list[QPointF]] = {True: [], False: []}  # quick win -> centres
        for point, centre in zip(self.points, self.marker_positions(), strict=True):
            if point is self._drag:
                continue
            if self._is_dot(point):
                dots[point.quadrant == "quick_win"].append(centre)
            else:
                numbered.append((point, centre))
        self._paint_dots(painter, dots)  # dots first, numbers on top
        for point, centre in numbered:
            self._paint_marker(painter, point, centre)
        if not self.points and self.labels.get("empty"):
            painter.setPen(QColor("#555555"))
            painter.setFont(self._font(12))
            painter.drawText(self.plot_rect(),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.labels["empty"])

    def _paint_quadrants(self, painter: QPainter) -> None:
        rect = self.plot_rect()
        mid = self.to_pixel(self.split, self.split)
        areas = {
            "quick_win": QRectF(rect.topLeft(), mid),
            "major_project": QRectF(QPointF(mid.x(), rect.top()), QPointF(rect.right(), mid.y())),
            "fill_in": QRectF(QPointF(rect.left(), mid.y()), QPointF(mid.x(), rect.bottom())),
            "thankless": QRectF(mid, rect.bottomRight()),
        }
        painter.setFont(self.label_font())
        band = self.label_band()
        for key, area in areas.items():
            painter.fillRect(area, QColor(MATRIX_COLORS[key]))
            painter.setPen(QColor("#1b5e20") if key == "quick_win" else QColor("#37474f"))
            left = key in ("quick_win", "fill_in")
            top = key in ("quick_win", "major_project")
            align = (Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight) | \
                Qt.AlignmentFlag.AlignVCenter
            x0 = rect.left() if left else mid.x()
            x1 = mid.x() if left else rect.right()
            y0 = rect.top() if top else rect.bottom() - band
            if self.labels[key]:
                self.draw_text(painter, QRectF(x0 + 6, y0 + 2, x1 - x0 - 12, band - 4), align,
                               self.labels[key], "label")
        painter.setPen(QPen(QColor("#546e7a"), 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(mid.x(), rect.top()), QPointF(mid.x(), rect.bottom()))
        painter.drawLine(QPointF(rect.left(), mid.y()), QPointF(rect.right(), mid.y()))

    def _paint_axes(self, painter: QPainter) -> None:
        rect = self.plot_rect()
        painter.setPen(QPen(QColor("#212121"), 2))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.topLeft())
        painter.setFont(self._font(9))
        fm = QFontMetricsF(painter.font())
        for value in range(self.lo, self.hi + 1):
            x = self.to_pixel(self.lo, value).x()
            y = self.to_pixel(value, self.lo).y()
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, rect.bottom() + 4))
            painter.drawLine(QPointF(rect.left() - 4, y), QPointF(rect.left(), y))
            tick_w = fm.horizontalAdvance("00") + 4
            self.draw_text(painter, QRectF(x - tick_w / 2, rect.bottom() + 4, tick_w,
                                           fm.height()),
                           Qt.AlignmentFlag.AlignHCenter, str(value), "tick")
            self.draw_text(painter, QRectF(rect.left() - 8 - tick_w, y - fm.height() / 2,
                                           tick_w, fm.height()),
                           Qt.AlignmentFlag.AlignRight, str(value), "tick")
        painter.setFont(self._font(10, bold=True))
        fm = QFontMetricsF(painter.font())
        self.draw_text(painter, QRectF(rect.left(), rect.bottom() + 4 + fm.height() * 0.9,
                                       rect.width(), fm.height() + 2),
                       Qt.AlignmentFlag.AlignHCenter, self.labels["effort"] + "  →", "axis")
        painter.save()
        painter.translate(4, rect.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-rect.height() / 2, 0, rect.height(), fm.height() + 2),
                         Qt.AlignmentFlag.AlignHCenter, self.labels["impact"] + "  →")
        painter.restore()

    def _paint_spreads(self, painter: QPainter) -> None:
        """One standard deviation either side of every point, drawn in two batches."""
        groups: dict[bool, list[QLineF]] = {True: [], False: []}
        placed: list[QLineF] = []
        for point in self.points:
            groups[point.quadrant == "quick_win"].extend(self._bar_lines(
                point, (point.impact - point.impact_sd, point.impact + point.impact_sd),
                (point.effort - point.effort_sd, point.effort + point.effort_sd)))
            if point.placed and point.mean and None not in point.mean:
                placed.append(QLineF(self.to_pixel(*point.mean),
                                     self.to_pixel(point.impact, point.effort)))
        width = min(2.5, max(1.5, 1.2 * self.font_scale))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # 10x faster, still crisp
        for quick, lines in groups.items():
            color = QColor(QUICK_WIN_MARK if quick else MARKER)
            color.setAlpha(110)
            painter.setPen(QPen(color, width))
            if lines:
                painter.drawLines(lines)
        painter.restore()
        if placed:
            painter.setPen(QPen(PLACED_MARK, 1.5, Qt.PenStyle.DotLine))
            painter.drawLines(placed)
            painter.setBrush(PLACED_MARK)
            for line in placed:
                painter.drawEllipse(line.p1(), 3, 3)

    def _bar_lines(self, point: MatrixPoint, impact_range, effort_range) -> list[QLineF]:
        """The lines of a range cross (with end caps) around a point."""
        cap = 4 * self.font_scale
        clamp = lambda v: min(self.hi, max(self.lo, v))  # noqa: E731
        centre = self.to_pixel(point.impact, point.effort)
        lines = []
        if effort_range and effort_range[1] - effort_range[0] > 0.01:
            a = self.to_pixel(point.impact, clamp(effort_range[0])).x()
            b = self.to_pixel(point.impact, clamp(effort_range[1])).x()
            y = centre.y()
            lines += [QLineF(a, y, b, y), QLineF(a, y - cap, a, y + cap),
                      QLineF(b, y - cap, b, y + cap)]
        if impact_range and impact_range[1] - impact_range[0] > 0.01:
            a = self.to_pixel(clamp(impact_range[0]), point.effort).y()
            b = self.to_pixel(clamp(impact_range[1]), point.effort).y()
            x = centre.x()
            lines += [QLineF(x, a, x, b), QLineF(x - cap, a, x + cap, a),
                      QLineF(x - cap, b, x + cap, b)]
        return lines

    def _is_dot(self, point: MatrixPoint) -> bool:
        """True when a program is drawn as a small dot without its number."""
        return len(self.points) > self.COMPACT_LIMIT and point.number > self.NUMBERED and \
            point.program_id != self.highlighted and not point.chosen

    def _paint_dots(self, painter: QPainter, dots: dict[bool, list[QPointF]]) -> None:
        """The unnumbered programs as small dots: one ``drawPoints`` call per colour (a round
        pen as wide as the dot), not one ellipse each (a thousand ellipses took 60 ms)."""
        for quick, centres in dots.items():
            if not centres:
                continue
            fill = QColor(QUICK_WIN_MARK if quick else MARKER)
            fill.setAlpha(170)
            pen = QPen(fill, self.radius() * 0.7)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPoints(QPolygonF(centres))

    def _paint_marker(self, painter: QPainter, point: MatrixPoint, centre: QPointF,
                      ghost: bool = False) -> None:
        r = self.radius()
        quick = point.quadrant == "quick_win"
        fill = QColor(QUICK_WIN_MARK if quick else MARKER)
        if ghost:
            fill.setAlpha(150)
        ring = QColor("#ffb300") if (point.chosen or point.program_id == self.highlighted) \
            else QColor("white")
        painter.setPen(QPen(ring, 3 if ring != QColor("white") else 1.5))
        painter.setBrush(fill)
        if point.placed:
            path = QPainterPath()
            path.moveTo(centre.x(), centre.y() - r * 1.2)
            path.lineTo(centre.x() + r * 1.2, centre.y())
            path.lineTo(centre.x(), centre.y() + r * 1.2)
            path.lineTo(centre.x() - r * 1.2, centre.y())
            path.closeSubpath()
            painter.drawPath(path)
        else:
            painter.drawEllipse(centre, r, r)
        painter.setPen(QColor("white"))
        full = 11 * self.font_scale * self.marker_factor
        size = (8 if point.number < 100 else 6.5) * self.marker_factor * min(1.0, r / full)
        painter.setFont(self._font(size, bold=True))
        painter.drawText(QRectF(centre.x() - r * 1.5, centre.y() - r, r * 3, r * 2),
                         Qt.AlignmentFlag.AlignCenter, str(point.number))

    # -- dragging -------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        point = self.point_at(event.position()) if self.interactive else None
        if point is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag = point
            self._drag_pos = event.position()
            self._drag_start = event.position()
            self.clicked.emit(point.program_id)
            self.update()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._drag is not None:
            self._drag_pos = event.position()
            QWidget.update(self)  # the picture stays; only the dragged marker moves
            return
        if self.interactive:
            over = self.point_at(event.position())
            self.setCursor(Qt.CursorShape.OpenHandCursor if over else Qt.CursorShape.ArrowCursor)
            self.setToolTip(plain_tooltip(f"{over.number}. {over.title}") if over else "")
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        point, self._drag = self._drag, None
        self._drag_pos = None
        self.update()
        if point is None:
            super().mouseReleaseEvent(event)
            return
        impact, effort = self.to_value(event.position())
        start = self._drag_start
        if start is not None and (event.position() - start).manhattanLength() >= 3:
            self.placed.emit(point.program_id, impact, effort)
