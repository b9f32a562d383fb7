"""Rencana > Analisis: the gap analysis grid (readiness components in use x dimensions; a
selected cell's current and expected condition, gap and recommendation, with the OPDs' SWOT
items tagged to that cell beside them), the consolidated SWOT (``plan_swot``) and the
strategic issues per dimension."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartbimtek import reference
from smartbimtek.services import formal, gap, roster

from ..labels import quadrant_label
from ..widgets.common import CommitTextEdit, plain_label, plain_tooltip, size_to_current_page
from ..widgets.record_table import Column, RecordTable
from .board_base import component_label, ref_label
from .plan_base import PlanPage, component_choices, dimension_choices
from .plan_swot import SwotPage

#: Characters of a gap shown in its grid cell (the tooltip holds all of it).
CELL_CHARS = 60


def field_labels() -> dict[str, str]:
    """The gap fields' labels."""
    return {
        "current": QCoreApplication.translate("PlanView", "Current condition"),
        "expected": QCoreApplication.translate("PlanView", "Expected condition"),
        "gap": QCoreApplication.translate("PlanView", "Gap"),
        "recommendation": QCoreApplication.translate("PlanView", "Recommendation"),
    }


def swot_line(item, codes: dict[str, str]) -> str:
    """An OPD SWOT item as one line: "DISKOMINFO · Strength: text"."""
    return f"{codes.get(item.opd_id or '', '')} · {quadrant_label(item.quadrant)}: {item.text}"


class GapPage(PlanPage):
    """The grid of gap analysis cells and the editor of the selected one."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.components: list[str] = []
        self.dimensions = [d["id"] for d in reference.dimensions()]
        self.cells: dict[tuple[str, str], object] = {}
        self.grid = QTableWidget(0, len(self.dimensions), self)
        self.grid.setHorizontalHeaderLabels(
            [ref_label(d).replace("Smart ", "Smart\n") for d in reference.dimensions()]
        )
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setMinimumSectionSize(40)
        self.grid.verticalHeader().setMinimumSectionSize(22)
        self.grid.setWordWrap(True)
        self.grid.currentCellChanged.connect(lambda *_a: self._show_cell())
        self.cell_title = plain_label("", self)
        self.cell_title.setWordWrap(True)
        font = self.cell_title.font()
        font.setBold(True)
        self.cell_title.setFont(font)
        form = QWidget()
        form_layout = QGridLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.cell_title, 0, 0, 1, 2)
        self.fields: dict[str, CommitTextEdit] = {}
        for n, (name, label) in enumerate(field_labels().items()):
            edit = CommitTextEdit(form)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 2 + 12)
            edit.setPlaceholderText(label)
            edit.committed.connect(lambda text, f=name: self.set_field(f, text))
            self.fields[name] = edit
            row, col = 1 + 2 * (n // 2), n % 2
            form_layout.addWidget(plain_label(label, form), row, col)
            form_layout.addWidget(edit, row + 1, col)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        self.tagged = QListWidget(self)
        self.tagged.setWordWrap(True)
        side = QVBoxLayout()
        self.tagged_title = plain_label(
            QCoreApplication.translate("PlanView", "SWOT items of this cell (input)"), self
        )
        self.tagged_title.setWordWrap(True)
        side.addWidget(self.tagged_title)
        side.addWidget(self.tagged, 1)
        lower = QHBoxLayout()
        lower.addWidget(scroll, 3)
        lower.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.grid, 2)
        layout.addLayout(lower, 3)

    def reload(self) -> None:
        """Re-read the components in use, the gap cells and the tagged SWOT items."""
        ws = self.ws
        key = self.current_key()
        self.components = formal.components_in_use(ws) if ws is not None else []
        self.cells = {(c.component, c.dimension): c for c in gap.list_gaps(ws)} if ws else {}
        self.grid.blockSignals(True)
        self.grid.setRowCount(len(self.components))
        self.grid.setVerticalHeaderLabels([component_label(c) for c in self.components])
        for row, comp in enumerate(self.components):
            for col, dim in enumerate(self.dimensions):
                cell = self.cells.get((comp, dim))
                text = cell.gap if cell else ""
                brief = text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"
                item = QTableWidgetItem(brief or "–")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(plain_tooltip(text))
                if cell and (cell.current or cell.expected or cell.gap or cell.recommendation):
                    item.setBackground(Qt.GlobalColor.white)
                else:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.grid.setItem(row, col, item)
        if key and key[0] in self.components:
            self.grid.setCurrentCell(self.components.index(key[0]), self.dimensions.index(key[1]))
        elif self.components:
            self.grid.setCurrentCell(0, 0)
        self.grid.blockSignals(False)
        self._show_cell()

    def current_key(self) -> tuple[str, str] | None:
        """(component, dimension) of the selected cell."""
        row, col = self.grid.currentRow(), self.grid.currentColumn()
        if row < 0 or col < 0 or row >= len(self.components):
            return None
        return self.components[row], self.dimensions[col]

    def select_cell(self, component: str, dimension: str) -> None:
        """Select a cell (tests, and a caller that knows the cell)."""
        self.grid.setCurrentCell(self.components.index(component), self.dimensions.index(dimension))

    def _show_cell(self) -> None:
        key = self.current_key()
        enabled = key is not None and self.ws is not None
        for edit in self.fields.values():
            edit.setEnabled(enabled)
        self.tagged.clear()
        if not enabled:
            self.cell_title.setText(
                QCoreApplication.translate("PlanView", "Choose a cell of the grid.")
            )
            for edit in self.fields.values():
                edit.set_value("")
            return
        component, dimension = key
        self.cell_title.setText(
            f"{component_label(component)} × {ref_label(reference.dimension(dimension))}"
        )
        cell = self.cells.get(key)
        for name, edit in self.fields.items():
            edit.set_value(getattr(cell, name) if cell else "")
        codes = {o.id: o.code for o in roster.list_opds(self.ws)}
        for swot_item in gap.swot_for_cell(self.ws, component, dimension):
            line = swot_line(swot_item, codes)
            entry = QListWidgetItem(line, self.tagged)
            entry.setToolTip(plain_tooltip(line))
        if self.tagged.count() == 0:
            QListWidgetItem(
                QCoreApplication.translate(
                    "PlanView", "(no SWOT item is tagged with this component and dimension)"
                ),
                self.tagged,
            )

    def set_field(self, name: str, text: str) -> None:
        """Write one field of the selected cell (undoable)."""
        key = self.current_key()
        if key is None or self.ws is None:
            return
        ws = self.ws
        old = getattr(gap.get_gap(ws, *key), name)
        if old == text:
            return
        self.run_edit(
            QCoreApplication.translate("PlanView", "Edit gap analysis"),
            lambda: gap.set_gap(ws, *key, **{name: text}),
            lambda _c: gap.set_gap(ws, *key, **{name: old}),
        )
        self.reload_now()


class IssuesPage(PlanPage):
    """The strategic issues (isu strategis) of one dimension at a time."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.dimension = QComboBox(self)
        for value, text in dimension_choices():
            self.dimension.addItem(text, value)
        self.dimension.currentIndexChanged.connect(lambda _i: self.reload_now())
        self.table = RecordTable(
            [
                Column(
                    "text", QCoreApplication.translate("PlanView", "Strategic issue"), stretch=True
                ),
                Column(
                    "component",
                    QCoreApplication.translate("PlanView", "Component"),
                    "choice",
                    width=130,
                    choices=lambda: component_choices(self.ws, "–"),
                ),
            ],
            QCoreApplication.translate("PlanView", "Add issue"),
            QCoreApplication.translate("PlanView", "Delete issue"),
            self,
        )
        self.table.edited.connect(self.edit)
        self.table.add_clicked.connect(self.add)
        self.table.delete_clicked.connect(
            lambda ids: self.delete_records(
                QCoreApplication.translate("PlanView", "Delete strategic issue"),
                ids,
                gap.delete_issue,
                gap.restore_issue,
            )
        )
        top = QHBoxLayout()
        top.addWidget(plain_label(QCoreApplication.translate("PlanView", "Dimension:"), self))
        top.addWidget(self.dimension, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        """Re-read the issues of the chosen dimension."""
        issues = gap.list_issues(self.ws, dimension=self.dimension.currentData()) if self.ws else []
        self.table.set_rows([(i.id, {"text": i.text, "component": i.component}) for i in issues])

    def edit(self, issue_id: str, field: str, value) -> None:
        """Change a field of an issue."""
        self.edit_field(
            QCoreApplication.translate("PlanView", "Edit strategic issue"),
            gap.get_issue,
            gap.update_issue,
            issue_id,
            field,
            value,
        )

    def add(self) -> None:
        """Add an issue to the chosen dimension and start typing its text."""
        ws, dimension = self.ws, self.dimension.currentData()
        issue = self.add_record(
            QCoreApplication.translate("PlanView", "Add strategic issue"),
            lambda: gap.add_issue(
                ws,
                QCoreApplication.translate("PlanView", "New strategic issue"),
                dimension=dimension,
            ),
            gap.delete_issue,
            gap.restore_issue,
        )
        if issue is not None:
            self.table.edit_cell(issue.id, "text")


class AnalysisTab(QTabWidget):
    """The three parts of the analysis, one tab each."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gap_page = GapPage(controller, self)
        self.swot_page = SwotPage(controller, self)
        self.issues_page = IssuesPage(controller, self)
        self.addTab(self.gap_page, QCoreApplication.translate("PlanView", "Gap analysis"))
        self.addTab(self.swot_page, QCoreApplication.translate("PlanView", "Consolidated SWOT"))
        self.addTab(self.issues_page, QCoreApplication.translate("PlanView", "Strategic issues"))
        size_to_current_page(self)

    def pages(self) -> list[PlanPage]:
        """The pages (their message lines are shared with the view's)."""
        return [self.gap_page, self.swot_page, self.issues_page]
