"""Painting of the road map, shared by the console canvas and the projector board: the
years as columns with the budget per year under the axis, one row per program grouped by
dimension (the title on the left, the bar with its owner OPD's code over its years), years
over the budget ceiling marked red with their total, bars of an OPD owning too many
programs in a year outlined. Every text goes through ``draw_text`` (``TextRecorder``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ..widgets.text_layout import elided
from .board_base import dimension_label
from .roadmap_geometry import Axis, RoadmapData, short_amount

OVER_FILL = QColor("#ffcdd2")
OVER_INK = QColor("#b71c1c")
LOAD_PEN = QColor("#e65100")
BAR = QColor("#1565c0")
QUICK_WIN_BAR = QColor("#2e7d32")
GRID = QColor("#b0bec5")
DIM_FILL = QColor("#e3eaf2")
INK = QColor("#000000")
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass
class RoadmapLayout:
    """What the last paint put where: the axis, each shown bar's rectangle, the columns
    marked red (year -> rectangle) and how many programs did not fit (projector)."""

    axis: Axis | None = None
    bar_rects: dict[str, QRectF] = field(default_factory=dict)
    marked_years: dict[int, QRectF] = field(default_factory=dict)
    hidden: int = 0
    top: float = 0.0


def rows_of(data: RoadmapData) -> list[tuple[str, object]]:
    """The rows: ``("dim", dimension)`` heads, each followed by its ``("bar", bar)`` rows."""
    rows: list[tuple[str, object]] = []
    current = None
    for bar in data.bars:
        if bar.dimension != current:
            current = bar.dimension
            rows.append(("dim", current))
        rows.append(("bar", bar))
    return rows


def row_height(font: QFont) -> float:
    """Height of one row for text in ``font``."""
    return QFontMetricsF(font).height() * 1.45


def head_height(data: RoadmapData, font: QFont, small: QFont) -> float:
    """Height of the year axis and the budget line under it."""
    return row_height(font) + row_height(small)


def paint_roadmap(target, painter: QPainter, rect: QRectF, data: RoadmapData, font: QFont,
                  bold: QFont, small: QFont, *, selected: str | None = None,
                  preview: dict[str, tuple[int, int]] | None = None,
                  max_rows: int | None = None, clip: QRectF | None = None) -> RoadmapLayout:
    """Paint the road map of ``data`` into ``rect`` of ``target`` (a ``TextRecorder``
    widget); ``preview`` shows bars at years being dragged, ``selected`` draws a focus frame;
    ``max_rows`` paints only that many rows and sums up the rest; rows outside ``clip`` (the
    exposed part of a tall scrolled canvas) are skipped, their bars' rectangles still kept."""
    layout = RoadmapLayout(top=rect.top())
    painter.setFont(font)
    if not data.years:
        painter.setPen(INK)
        target.draw_text(painter, QRectF(rect.left(), rect.top(), rect.width(),
                                         row_height(font) * 2),
                         LEFT | Qt.TextFlag.TextWordWrap,
                         elided(font, QCoreApplication.translate("RoadmapPaint", "No program has years yet."), rect.width()), "line")
        return layout
    label_w = min(rect.width() * 0.34, QFontMetricsF(font).averageCharWidth() * 34)
    axis = Axis(data.years[0], len(data.years), rect.left() + label_w,
                (rect.width() - label_w) / len(data.years))
    layout.axis = axis
    rh, sh = row_height(font), row_height(small)
    rows = rows_of(data)
    if max_rows is not None and len(rows) > max_rows:
        shown = rows[:max(0, max_rows - 1)]
        layout.hidden = sum(1 for kind, _ in rows[len(shown):] if kind == "bar")
    else:
        shown = rows
    bottom = rect.top() + rh + sh + rh * (len(shown) + (1 if layout.hidden else 0))
    # the red columns first, under everything
    for year in data.years:
        if year in data.marks.budget_years:
            left, right = axis.span(year, year)
            column = QRectF(left, rect.top(), right - left, bottom - rect.top())
            painter.fillRect(column, OVER_FILL)
            layout.marked_years[year] = column
    # the axis: years, then the budget of each year under it
    painter.setPen(GRID)
    for year in data.years:
        painter.drawLine(int(axis.x_of(year)), int(rect.top()), int(axis.x_of(year)),
                         int(bottom))
    for year in data.years:
        left, right = axis.span(year, year)
        over = year in data.marks.budget_years
        painter.setPen(OVER_INK if over else INK)
        painter.setFont(bold)
        target.draw_text(painter, QRectF(left, rect.top(), right - left, rh), CENTRE,
                         elided(bold, str(year), right - left), "year")
        painter.setFont(bold if over else small)
        used = bold if over else small
        amount = short_amount(data.budget.get(year, 0), QCoreApplication.translate("RoadmapPaint", "B"), QCoreApplication.translate("RoadmapPaint", "M"))
        target.draw_text(painter, QRectF(left, rect.top() + rh, right - left, sh), CENTRE,
                         elided(used, amount, right - left), "over" if over else "budget")
    painter.setPen(INK)
    painter.setFont(small)
    target.draw_text(painter, QRectF(rect.left(), rect.top() + rh, label_w - 6, sh), LEFT,
                     elided(small, QCoreApplication.translate("RoadmapPaint", "Budget per year"), label_w - 6), "budget-head")
    y = rect.top() + rh + sh
    painter.setPen(GRID)
    painter.drawLine(int(rect.left()), int(y), int(rect.right()), int(y))
    low, high = (clip.top() - rh, clip.bottom()) if clip is not None else (-1e12, 1e12)
    for kind, item in shown:
        if not low <= y <= high:
            if kind == "bar":
                _place_bar(axis, item, y, rh, (preview or {}).get(item.program_id), layout)
            y += rh
            continue
        if kind == "dim":
            painter.fillRect(QRectF(rect.left(), y, label_w, rh), DIM_FILL)
            painter.setPen(INK)
            painter.setFont(bold)
            target.draw_text(painter, QRectF(rect.left() + 4, y, label_w - 8, rh), LEFT,
                             elided(bold, dimension_label(item), label_w - 8), "dimension")
        else:
            _paint_bar(target, painter, data, axis, item, y, rh, label_w, rect, font, small,
                       selected, (preview or {}).get(item.program_id), layout)
        y += rh
    if layout.hidden:
        painter.setPen(INK)
        italic = QFont(font)
        italic.setItalic(True)
        painter.setFont(italic)
        more = QCoreApplication.translate("RoadmapPaint", "… and {0} more programs").format(layout.hidden)
        target.draw_text(painter, QRectF(rect.left() + 4, y, rect.width() - 8, rh), LEFT,
                         elided(italic, more, rect.width() - 8), "more")
    return layout


def _paint_bar(target, painter, data, axis, bar, y, rh, label_w, rect, font, small,
               selected, years, layout) -> None:
    code = data.codes.get(bar.opd_id, "")
    painter.setPen(INK)
    painter.setFont(font)
    title = ("★ " if bar.quick_win else "") + bar.title
    target.draw_text(painter, QRectF(rect.left() + 4, y, label_w - 8, rh), LEFT,
                     elided(font, title, label_w - 8), "row")
    box = _place_bar(axis, bar, y, rh, years, layout)
    if box is None:
        return
    painter.fillRect(box, QUICK_WIN_BAR if bar.quick_win else BAR)
    if bar.program_id in data.marks.outlined:
        painter.setPen(QPen(LOAD_PEN, 4))
        painter.drawRect(box.adjusted(-1, -1, 1, 1))
    if bar.program_id == selected:
        pen = QPen(INK, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(box.adjusted(-4, -4, 4, 4))
    if code:
        painter.setPen(QColor("white"))
        painter.setFont(small)
        target.draw_text(painter, box.adjusted(4, 0, -4, 0), LEFT,
                         elided(small, code, box.width() - 8), "opd")


def _place_bar(axis, bar, y, rh, years, layout) -> QRectF | None:
    """The rectangle of ``bar`` in the row at ``y`` (kept in ``layout``); None if unplaced."""
    start, end = years or (bar.start_year, bar.end_year)
    if start is None:
        return None
    left, right = axis.span(max(start, axis.first), min(end or start, axis.last))
    box = QRectF(left + 2, y + rh * 0.12, right - left - 4, rh * 0.76)
    layout.bar_rects[bar.program_id] = box
    return box


def legend_texts(data: RoadmapData) -> list[tuple[QColor, str]]:
    """The legend: what red columns and outlined bars mean, with the limits set."""
    if data.ceiling:
        over = QCoreApplication.translate("RoadmapPaint", "Red year: budget over the ceiling ({0} per year)").format(
            short_amount(data.ceiling, QCoreApplication.translate("RoadmapPaint", "B"), QCoreApplication.translate("RoadmapPaint", "M")))
    else:
        over = QCoreApplication.translate("RoadmapPaint", "Red year: budget over the ceiling (no ceiling set)")
    return [(OVER_FILL, over),
            (LOAD_PEN, QCoreApplication.translate("RoadmapPaint", "Outlined bar: its OPD owns more than {0} programs that year")
             .format(data.opd_limit)),
            (QUICK_WIN_BAR, QCoreApplication.translate("RoadmapPaint", "★ green bar: quick win"))]
