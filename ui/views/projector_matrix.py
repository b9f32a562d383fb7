"""Projector board of the impact/effort matrix: read-only, big numbered markers, and a
legend of the numbers (quick wins first) in big type."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..widgets.charts import PriorityMatrix
from ..widgets.text_layout import DrawnText, TextRecorder, elided
from .board_base import dimension_label
from .board_labels import matrix_labels
from .matrix_data import matrix_points, priority_data
from .projector_base import INK, ProjectorBoard

QUICK = QColor("#1b7f2a")


class MatrixLegend(TextRecorder, QWidget):
    """The numbered list beside the projector's matrix (painted, no widget per program).

    It uses its space: at the largest size at which every row fits wrapped onto as many
    lines as it needs; else every row on one line (shortened with "…" only then); else as
    many rows as fit at the smallest size and "… and N more"."""

    FACTORS = (1.25, 1.1, 1.0, 0.9, 0.78)

    def __init__(self, board: MatrixProjectorBoard) -> None:
        super().__init__(board)
        self.board = board
        self.rows: list[tuple[int, str, bool]] = []  # (number, text, quick win)

    def _heights(self, factor: float, wrap: bool) -> list[float]:
        """The rows' heights, measured only until they fill the legend: the row that
        overflows is the last one measured (a long list is not measured to its end)."""
        board = self.board
        plain = QFontMetricsF(board.make_font(factor))
        bold = QFontMetricsF(board.make_font(factor, bold=True))
        text_w = self.width() - plain.horizontalAdvance("000 ") - 4
        heights: list[float] = []
        total = 0.0
        for _number, text, quick in self.rows:
            metrics = bold if quick else plain
            if wrap:
                need = metrics.boundingRect(QRectF(0, 0, text_w, 100000),
                                            Qt.TextFlag.TextWordWrap, text).height()
            else:
                need = metrics.height()
            heights.append(need + metrics.height() * 0.15)
            total += heights[-1]
            if total > self.height():
                break
        return heights

    def plan(self) -> tuple[float, bool]:
        """(text factor, wrapped) for the rows."""
        for wrap in (True, False):
            for factor in self.FACTORS:
                heights = self._heights(factor, wrap)
                if len(heights) == len(self.rows) and sum(heights) <= self.height():
                    return factor, wrap
        return self.FACTORS[-1], False

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        self.begin_layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        board = self.board
        factor, wrap = self.plan()
        font = board.make_font(factor)
        bold = board.make_font(factor, bold=True)
        metrics = QFontMetricsF(font)
        line_h = metrics.height() * 1.15
        number_w = metrics.horizontalAdvance("000 ")
        text_w = self.width() - number_w - 4
        heights = self._heights(factor, wrap)
        y = 0.0
        shown = 0
        # the rows past the measured ones never fit: the loop stops at the last one measured
        for (number, text, quick), height in zip(self.rows, heights, strict=False):
            rest = len(self.rows) - shown - 1
            if y + height > self.height() - (line_h if rest else 0):
                break
            painter.setFont(bold)
            painter.setPen(QUICK if quick else INK)
            painter.drawText(QRectF(0, y, number_w, line_h), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, f"{number} ")
            used = bold if quick else font
            painter.setFont(used)
            if wrap:
                self.draw_text(painter, QRectF(number_w + 4, y, text_w, height),
                               Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, text, "row")
            else:
                self.draw_text(painter, QRectF(number_w + 4, y, text_w, line_h),
                               Qt.AlignmentFlag.AlignVCenter, elided(used, text, text_w), "row")
            y += height
            shown += 1
        if shown < len(self.rows):
            painter.setFont(font)
            painter.setPen(QColor("#333333"))
            self.draw_text(painter, QRectF(0, y, self.width(), line_h),
                           Qt.AlignmentFlag.AlignVCenter,
                           elided(font, self.tr("… and {0} more").format(len(self.rows) - shown),
                                  self.width()), "more")
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

    def last_layout(self) -> list[DrawnText]:
        """The title, the chart's names and axes and the legend as last drawn (board
        coordinates)."""
        records = super().last_layout()
        for child in (self.chart, self.legend):
            if child.isVisible():
                records += [r.moved(child.x(), child.y()) for r in child.last_layout()]
        return records
