"""Projector board of the road map (Bimtek III): the programs as bars over the plan's years,
per dimension, with the budget per year under the axis, the years over the ceiling in red
and the bars of overloaded OPDs outlined, and a legend. Read-only: the bars are dragged on
the console (``roadmap.RoadmapView``), and the board follows live."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from ..widgets.text_layout import elided
from .board_base import dimension_label
from .projector_base import MIN_PT_1080, ProjectorBoard
from .roadmap_geometry import RoadmapData, load_roadmap
from .roadmap_paint import (
    LOAD_PEN,
    OVER_FILL,
    head_height,
    legend_texts,
    paint_roadmap,
    row_height,
    rows_of,
)

#: Text sizes tried, largest first, until every row fits; below the last, rows are summed up.
FACTORS = (1.3, 1.15, 1.0, 0.9, 0.8, 0.7, 0.6)


class RoadmapProjectorBoard(ProjectorBoard):
    """The road map in big type; ``param``: a dimension id to show only its programs."""

    ENTITIES = frozenset({"program", "program_budget", "opd", "setting", "plan"})

    def __init__(self, controller, param=None, parent=None) -> None:
        super().__init__(controller, param, parent)
        self.data = RoadmapData()
        self.layout_record = None
        self.reload_now()

    def reload(self) -> None:
        """Re-read the bars, budgets and conflicts."""
        self.data = load_roadmap(self.ws)
        if self.param:  # one dimension only
            self.data.bars = [b for b in self.data.bars if b.dimension == self.param]
        self.update()

    def _floor(self) -> float:
        """The smallest size the rows are set in: ``min_pt()``, and on a full-HD board
        never below ``MIN_PT_1080`` (20 pixels): more rows are then summed up instead."""
        return max(self.min_pt(), MIN_PT_1080 * min(1.0, self.width() / 1920))

    def _fonts(self, factor: float):
        font = self.make_font(factor)
        small = self.make_font(factor * 0.85)
        if self.font_pt(factor * 0.85) < self._floor():
            small = self.make_font(factor)
        return font, self.make_font(factor, bold=True), small

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title = self.tr("Road map")
        if self.param:
            title = self.tr("Road map: {0}").format(dimension_label(self.param))
        top = self.paint_title(painter, title) + 8
        rows = len(rows_of(self.data))
        legend_h = 0.0
        for factor in FACTORS:
            font, bold, small = self._fonts(factor)
            legend_h = row_height(small)
            room = self.height() - top - legend_h - 12 - head_height(self.data, font, small)
            fits = room >= row_height(font) * rows
            if fits or factor == FACTORS[-1] or \
                    self.font_pt(FACTORS[FACTORS.index(factor) + 1]) < self._floor():
                break
        max_rows = max(1, int(room // row_height(font)))
        area = QRectF(12, top, self.width() - 24, self.height() - top - legend_h - 12)
        self.layout_record = paint_roadmap(self, painter, area, self.data, font, bold, small,
                                           max_rows=None if rows <= max_rows else max_rows)
        self._paint_legend(painter, QRectF(12, self.height() - legend_h - 6,
                                           self.width() - 24, legend_h), small)
        painter.end()

    def _paint_legend(self, painter: QPainter, rect: QRectF, font) -> None:
        items = legend_texts(self.data)[:2]
        width = rect.width() / len(items)
        swatch = QFontMetricsF(font).height() * 0.8
        painter.setFont(font)
        for n, (colour, text) in enumerate(items):
            x = rect.left() + n * width
            box = QRectF(x, rect.center().y() - swatch / 2, swatch, swatch)
            if colour == OVER_FILL:
                painter.fillRect(box, colour)
            else:
                painter.setPen(QPen(LOAD_PEN, 3))
                painter.drawRect(box)
            painter.setPen(Qt.GlobalColor.black)
            text_rect = QRectF(x + swatch + 8, rect.top(), width - swatch - 16, rect.height())
            self.draw_text(painter, text_rect,
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           elided(font, text, text_rect.width()), "legend")
