"""The impact/effort priority matrix: programs at their mean score with their spread."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QWidget

from ..widgets.charts import PriorityMatrix
from .board_base import BoardView
from .matrix_data import matrix_points


class MatrixView(BoardView):
    """Matrix with a numbered legend."""

    ENTITIES = frozenset({"program", "criterion", "setting"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.chart = PriorityMatrix(self)
        self.legend = QListWidget(self)
        layout = QHBoxLayout(self)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.legend, 2)
        self.schedule_reload()

    def reload(self) -> None:
        """Re-read the priorities."""
        if self.ws is None:
            self.chart.set_points([])
            self.legend.clear()
            return
        points, _prios, split = matrix_points(self.ws)
        self.chart.set_points(points, split)
        self.legend.clear()
        self.legend.addItems([f"{p.number}. {p.title}" for p in points])
