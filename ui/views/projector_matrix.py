"""Projector board of the impact/effort matrix (read-only, big markers, numbered legend)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout

from ..widgets.charts import PriorityMatrix
from .matrix_data import matrix_points
from .projector_base import ProjectorBoard


class MatrixProjectorBoard(ProjectorBoard):
    """``param``: a dimension id, or None for every program."""

    ENTITIES = frozenset({"program", "criterion", "setting"})

    def __init__(self, controller, param=None, parent=None) -> None:
        super().__init__(controller, param, parent)
        self.chart = PriorityMatrix(self, interactive=False)
        layout = QHBoxLayout(self)
        layout.addWidget(self.chart)
        self.reload_now()

    def set_font_scale(self, scale: float) -> None:
        """Scale the matrix text and markers."""
        super().set_font_scale(scale)
        self.chart.set_font_scale(1.8 * self.font_scale)

    def reload(self) -> None:
        """Re-read the priorities."""
        if self.ws is None:
            self.chart.set_points([])
            return
        points, _prios, split = matrix_points(self.ws, self.param)
        self.chart.set_points(points, split)
