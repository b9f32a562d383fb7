"""Readiness (kesiapan daerah): component x dimension grid rated baik / sedang / buruk."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from smartbimtek import reference
from smartbimtek.services import swot

from .board_base import BoardView, ref_label

RATING_COLORS = {"baik": "#a5d6a7", "sedang": "#fff59d", "buruk": "#ef9a9a"}


class ReadinessView(BoardView):
    """The readiness grid; each cell a rating with its notes."""

    ENTITIES = frozenset({"readiness"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.components = reference.components()
        self.dimensions = reference.dimensions()
        self.table = QTableWidget(len(self.components), len(self.dimensions), self)
        self.table.setVerticalHeaderLabels([ref_label(c) for c in self.components])
        self.table.setHorizontalHeaderLabels([ref_label(d) for d in self.dimensions])
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.schedule_reload()

    def reload(self) -> None:
        """Re-read the ratings."""
        ratings = {}
        if self.ws is not None:
            ratings = {(r.component, r.dimension): r for r in swot.list_readiness(self.ws)}
        for row, comp in enumerate(self.components):
            for col, dim in enumerate(self.dimensions):
                rating = ratings.get((comp["id"], dim["id"]))
                value = rating.rating if rating else None
                cell = QTableWidgetItem(value or "–")
                if value:
                    cell.setBackground(QColor(RATING_COLORS[value]))
                self.table.setItem(row, col, cell)
