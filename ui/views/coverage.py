"""Programs view tab "Coverage" (Bimtek II): programs per dimension x element x horizon
(1, 5 and 10 years) with the empty cells in red, so the room sees the gaps; clicking a cell
lists its programs. The same figures as the projector's "Program coverage" board."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..widgets.common import plain_label
from .coverage_data import (
    HORIZONS,
    cell_programs,
    coverage_rows,
    dimension_label,
    empty_cells,
    horizon_label,
)

EMPTY_BACKGROUND = QColor("#ffcdd2")
EMPTY_TEXT = QColor("#b71c1c")
FILLED_BACKGROUND = QColor("#c8e6c9")
_CELL = Qt.ItemDataRole.UserRole


class CoveragePanel(QWidget):
    """The coverage table and the programs of the clicked cell."""

    def __init__(self, view, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view  # the Programs view: its workshop and controller
        self.table = QTableWidget(0, 1 + len(HORIZONS), self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Dimension / element")] + [horizon_label(h) for h in HORIZONS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(HORIZONS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda *_a: self.show_cell())
        self.summary = plain_label()
        self.cell_title = plain_label()
        self.cell_list = QListWidget(self)
        self.projector_button = QPushButton(self.tr("Show on projector"), self)
        self.projector_button.clicked.connect(
            lambda: self.view.controller.show_on_projector("coverage", None))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.projector_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.cell_title)
        layout.addWidget(self.cell_list, 1)
        self.rows: dict = {}
        self._stale = True

    def reload(self) -> None:
        """Re-read the coverage (keeps the chosen cell); while the tab is hidden it is only
        noted, and read when the tab is shown (the program list does not pay for it)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        chosen = self.current_cell()
        self.rows = coverage_rows(self.view.ws) if self.view.ws is not None else {}
        self.table.setRowCount(0)
        bold = QFont(self.font())
        bold.setBold(True)
        for dim, rows in self.rows.items():
            head = QTableWidgetItem(dimension_label(dim))
            head.setFont(bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            n = self.table.rowCount()
            self.table.insertRow(n)
            self.table.setItem(n, 0, head)
            self.table.setSpan(n, 0, 1, 1 + len(HORIZONS))
            for row in rows:
                n = self.table.rowCount()
                self.table.insertRow(n)
                label = QTableWidgetItem("   " + row.label)
                label.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(n, 0, label)
                for c, years in enumerate(HORIZONS, start=1):
                    count = row.counts[years]
                    item = QTableWidgetItem(str(count))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setData(_CELL, (dim, row.element, years))
                    item.setBackground(QBrush(FILLED_BACKGROUND if count else EMPTY_BACKGROUND))
                    if not count:
                        item.setForeground(QBrush(EMPTY_TEXT))
                        item.setFont(bold)
                    self.table.setItem(n, c, item)
                    if (dim, row.element, years) == chosen:
                        self.table.setCurrentItem(item)
        self.summary.setText(self.tr("Red: no program yet ({0} empty cells)").format(
            empty_cells(self.rows)))
        self.show_cell()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def current_cell(self) -> tuple[str, str, str] | None:
        """(dimension, element, years) of the chosen cell, or None."""
        item = self.table.currentItem()
        return item.data(_CELL) if item is not None else None

    def cell_item(self, dimension: str, element: str, years: str) -> QTableWidgetItem | None:
        """The table item of one cell."""
        for row in range(self.table.rowCount()):
            for column in range(1, 1 + len(HORIZONS)):
                item = self.table.item(row, column)
                if item is not None and item.data(_CELL) == (dimension, element, years):
                    return item
        return None

    def show_cell(self) -> None:
        """List the programs of the chosen cell."""
        self.cell_list.clear()
        cell = self.current_cell()
        if cell is None or self.view.ws is None:
            self.cell_title.setText(self.tr("Click a cell to list its programs."))
            return
        dim, element, years = cell
        found = cell_programs(self.view.ws, dim, element, years)
        label = next((r.label for r in self.rows.get(dim, []) if r.element == element), "")
        self.cell_title.setText(self.tr("{0} · {1} · {2}: %n program(s)", "", len(found)).format(
            dimension_label(dim), label, horizon_label(years)))
        for program in found:
            self.cell_list.addItem(program.title)
