"""The SWOT overview across all OPDs, pivoted by dimension or by readiness component:
counts per quadrant, and the items of the chosen cell (with their OPD)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.model import QUADRANTS
from smartbimtek.services import roster, swot

from ..widgets.common import plain_label
from .board_base import BoardView, component_label, dimension_label
from .swot_cards import QUADRANT_COLORS
from .swot_pivot import pivot_groups


class SwotOverview(BoardView):
    """Pivot table (rows: dimensions or components; columns: S, W, O, T, total) and the
    list of the selected cell's items. Double-click an item to open its OPD on the board."""

    ENTITIES = frozenset({"swot", "opd"})
    INCREMENTAL_ADD = "swot"

    def __init__(self, controller, board, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent or board)
        self.board = board
        self.by = "dimension"
        self.by_dimension = QRadioButton(self.tr("By dimension"), self)
        self.by_component = QRadioButton(self.tr("By readiness component"), self)
        self.by_dimension.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_dimension)
        group.addButton(self.by_component)
        self.by_dimension.toggled.connect(self._pivot_changed)
        self.table = QTableWidget(0, 5, self)
        names = board.names
        self.table.setHorizontalHeaderLabels([names[q] for q in QUADRANTS] + [self.tr("Total")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda *_a: self._show_cell())
        self.detail_title = plain_label("", self)
        self.detail_title.setStyleSheet("QLabel { font-weight: bold; }")
        self.detail_model = QStringListModel(self)
        self.detail = QListView(self)
        self.detail.setModel(self.detail_model)
        self.detail.setWordWrap(True)
        self.detail.setAlternatingRowColors(True)
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.doubleClicked.connect(self._open_item)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Group items:"), self))
        top.addWidget(self.by_dimension)
        top.addWidget(self.by_component)
        top.addStretch(1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail_title)
        lower_layout.addWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.groups: list[str | None] = []
        self.cells: dict[tuple[str | None, str], list] = {}
        self.codes: dict[str, str] = {}
        self._detail_ids: list[tuple[str, str]] = []

    def set_pivot(self, by: str) -> None:
        """Group by "dimension" or "component"."""
        (self.by_dimension if by == "dimension" else self.by_component).setChecked(True)

    def _pivot_changed(self, *_args) -> None:
        self.by = "dimension" if self.by_dimension.isChecked() else "component"
        self.reload_now()

    def group_label(self, group: str | None) -> str:
        """Row label."""
        if group is None:
            return self.tr("Not assigned")
        return dimension_label(group) if self.by == "dimension" else component_label(group)

    def reload(self) -> None:
        """Re-read every live item and regroup."""
        row, col = self.table.currentRow(), self.table.currentColumn()
        self.codes = {o.id: o.code for o in roster.list_opds(self.ws)} if self.ws else {}
        items = swot.list_items(self.ws) if self.ws is not None else []
        self.cells = {}
        self._add_to_cells(items)
        self._fill_table(row, col)

    def _add_to_cells(self, items) -> None:
        for item in items:
            key = item.dimension if self.by == "dimension" else item.component
            self.cells.setdefault((key, item.quadrant), []).append(
                (self.codes.get(item.opd_id, "?"), item.text, item.opd_id, item.id))

    def apply_added(self, ids: list[str]) -> None:
        """Count new items without reading all the others again."""
        self._add_to_cells([swot.get_item(self.ws, i) for i in ids])
        self._fill_table(self.table.currentRow(), self.table.currentColumn())

    def _fill_table(self, row: int, col: int) -> None:
        self.groups = pivot_groups(self.by, self.cells)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.groups) + 1)
        self.table.setVerticalHeaderLabels([self.group_label(g) for g in self.groups]
                                           + [self.tr("Total")])
        bold = QFont(self.font())
        bold.setBold(True)
        totals = dict.fromkeys(QUADRANTS, 0)
        for r, group in enumerate(self.groups):
            row_total = 0
            for c, q in enumerate(QUADRANTS):
                n = len(self.cells.get((group, q), []))
                totals[q] += n
                row_total += n
                cell = QTableWidgetItem(str(n))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if n:
                    cell.setBackground(QBrush(QColor(QUADRANT_COLORS[q][0])))
                self.table.setItem(r, c, cell)
            cell = QTableWidgetItem(str(row_total))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setFont(bold)
            self.table.setItem(r, 4, cell)
        for c, q in enumerate(QUADRANTS):
            cell = QTableWidgetItem(str(totals[q]))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setFont(bold)
            self.table.setItem(len(self.groups), c, cell)
        cell = QTableWidgetItem(str(sum(totals.values())))
        cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        cell.setFont(bold)
        self.table.setItem(len(self.groups), 4, cell)
        self.table.blockSignals(False)
        if row < 0:
            row, col = 0, 0
        self.table.setCurrentCell(min(row, self.table.rowCount() - 1), col)
        self._show_cell()

    def _show_cell(self) -> None:
        row, col = self.table.currentRow(), self.table.currentColumn()
        if row < 0 or col < 0:
            return
        groups = self.groups if row < len(self.groups) else self.groups
        rows = [groups[row]] if row < len(self.groups) else groups
        quads = [QUADRANTS[col]] if col < 4 else list(QUADRANTS)
        entries = [e for g in rows for q in quads for e in self.cells.get((g, q), [])]
        what = self.group_label(rows[0]) if len(rows) == 1 else self.tr("All")
        quadrant = self.board.names[quads[0]] if len(quads) == 1 else self.tr("all quadrants")
        self.detail_title.setText(self.tr("{0} – {1}: {2} items").format(
            what, quadrant, len(entries)))
        self._detail_ids = [(e[2], e[3]) for e in entries]
        self.detail_model.setStringList([f"[{e[0]}] {e[1]}" for e in entries])

    def detail_texts(self) -> list[str]:
        """The lines of the detail list (for tests and the projector)."""
        return self.detail_model.stringList()

    def _open_item(self, index) -> None:
        opd_id, item_id = self._detail_ids[index.row()]
        self.board.set_opd(opd_id)
        self.board.tabs.setCurrentIndex(0)
        self.board.select_items([item_id])
