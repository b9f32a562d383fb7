"""Projector board of the impact/effort matrix: read-only, big numbered markers, and a
legend of the numbers (quick wins first) in big type."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..widgets.charts import PriorityMatrix
from .board_base import dimension_label
from .board_labels import matrix_labels
from .matrix_data import matrix_points, priority_data
from .projector_base import INK, ProjectorBoard

QUICK = QColor("#1b7f2a")


class MatrixLegend(QWidget):
    """The numbered list beside the projector's matrix (painted, no widget per program)."""

    def __init__(self, board: MatrixProjectorBoard) -> None:
        super().__init__(board)
        self.board = board
        self.rows: list[tuple[int, str, bool]] = []  # (number, text, quick win)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        board = self.board
        for factor in (1.25, 1.1, 1.0, 0.9, 0.78):  # the largest text at which every row fits
            if len(self.rows) * QFontMetricsF(board.make_font(factor)).height() * 1.15 \
                    <= self.height():
                break
        font = board.make_font(factor)
        bold = board.make_font(factor, bold=True)
        metrics = QFontMetricsF(font)
        line_h = metrics.height() * 1.15
        number_w = metrics.horizontalAdvance("000 ")
        capacity = max(1, int(self.height() // line_h))
        rows = self.rows
        more = 0
        if len(rows) > capacity:
            more = len(rows) - (capacity - 1)
            rows = rows[:capacity - 1]
        y = 0.0
        for number, text, quick in rows:
            painter.setFont(bold)
            painter.setPen(QUICK if quick else INK)
            painter.drawText(QRectF(0, y, number_w, line_h), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, f"{number} ")
            painter.setFont(bold if quick else font)
            shown = QFontMetricsF(bold if quick else font).elidedText(
                text, Qt.TextElideMode.ElideRight, self.width() - number_w - 8)
            painter.drawText(QRectF(number_w + 4, y, self.width() - number_w - 4, line_h),
                             Qt.AlignmentFlag.AlignVCenter, shown)
            y += line_h
        if more:
            painter.setFont(font)
            painter.setPen(QColor("#333333"))
            painter.drawText(QRectF(0, y, self.width(), line_h), Qt.AlignmentFlag.AlignVCenter,
                             self.tr("… and {0} more").format(more))
        painter.end()


class MatrixProjectorBoard(ProjectorBoard):
    """``param``: a dimension id, or None for every program."""

    ENTITIES = frozenset({"program", "criterion", "setting", "opd"})

    def __init__(self, controller, param=None, parent=None) -> None:
        super().__init__(controller, param, parent)
        self.chart = PriorityMatrix(self, interactive=False)
        self.chart.set_labels(matrix_labels())
        self.chart.marker_factor = 0.8
        self.legend = MatrixLegend(self)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.chart, 3)
        row.addWidget(self.legend, 2)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(12, 70, 12, 12)
        self.outer.addLayout(row)
        self._apply_scale()
        self.reload_now()

    def set_font_scale(self, scale: float) -> None:
        """Scale the title, the matrix text and markers, and the legend."""
        super().set_font_scale(scale)
        self._apply_scale()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._apply_scale()

    def _apply_scale(self) -> None:
        self.chart.set_font_scale(self.font_pt(1.0) / 9.0)
        title_h = QFontMetricsF(self.make_font(1.35, bold=True)).height() * 1.5
        self.outer.setContentsMargins(12, int(title_h) + 12, 12, 12)
        self.legend.update()

    def title(self) -> str:
        """The board's title (with the dimension, when one is chosen)."""
        if self.param:
            return self.tr("Priority matrix: {0}").format(dimension_label(self.param))
        return self.tr("Priority matrix: impact and effort")

    def reload(self) -> None:
        """Re-read the priorities."""
        if self.ws is None:
            self.chart.set_points([])
            self.legend.rows = []
            self.update()
            return
        data = priority_data(self.controller)
        points, _prios = matrix_points(data, self.param)
        self.chart.set_points(points, data.split)
        self.legend.rows = [(p.number, f"{p.title} ({data.owner_code(p.program_id)})",
                             p.quadrant == "quick_win") for p in points]
        self.legend.update()
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        self.paint_title(painter, self.title())
        painter.end()
