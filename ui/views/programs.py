"""Programs of the master plan: a filterable table (OPD or group, dimension, horizon, text),
the full editor beside it, and the score grid per table in a second tab."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.model import HORIZONS, Program
from smartbimtek.services import groups, programs, roster

from ..widgets.common import reserve_lines, size_to_current_page
from .board_base import BoardView
from .board_labels import horizon_label
from .coverage import CoveragePanel
from .matrix_data import priority_data
from .program_editor import ProgramEditor
from .program_table import COLUMNS, SORT_ROLE, WIDTHS, ProgramTableModel
from .scores import ScoreGrid
from .swot_board import quadrant_names
from .swot_dialogs import fill_dimension_combo

_FIELDS = ("opd_id", "title", "dimension", "element", "description", "benefit", "horizon",
           "start_year", "end_year", "funding", "indicator", "target", "supporting_opd_ids",
           "swot_ids", "strategy_ids")


class ProgramsView(BoardView):
    """Program list with filters, the editor of the selected program, and the score grid."""

    ENTITIES = frozenset({"program", "opd", "criterion", "setting", "activity", "plan",
                          "rpjmd_item", "objective", "group"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.opd_filter = QComboBox(self)
        self.opd_filter.setMinimumContentsLength(16)
        self.dimension_filter = QComboBox(self)
        fill_dimension_combo(self.dimension_filter, self.tr("All dimensions"))
        self.horizon_filter = QComboBox(self)
        self.horizon_filter.addItem(self.tr("All horizons"), None)
        for horizon in HORIZONS:
            self.horizon_filter.addItem(horizon_label(horizon), horizon)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search in titles…"))
        self.search.setClearButtonEnabled(True)
        for combo in (self.opd_filter, self.dimension_filter, self.horizon_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload_now())
        for combo in (self.dimension_filter, self.horizon_filter):  # long labels
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.new_button = QPushButton(self.tr("New program"), self)
        self.new_button.clicked.connect(lambda: self.new_program())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Filter:"), self))
        filters.addWidget(self.opd_filter)
        filters.addWidget(self.dimension_filter)
        filters.addWidget(self.horizon_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.new_button)

        self.model = ProgramTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        for column, chars in WIDTHS.items():
            header.resizeSection(COLUMNS.index(column), chars * char + 12)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_current())
        self.count = QLabel(self)
        self.editor = ProgramEditor(self)
        self.editor.save_requested.connect(self.save_editor)
        self.editor.delete_requested.connect(self.delete_current)
        self.editor.edit_runner = self.run_edit
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([940, 400])
        list_tab = QWidget(self)
        list_layout = QVBoxLayout(list_tab)
        list_layout.addLayout(filters)
        list_layout.addWidget(splitter, 1)
        self.scores = ScoreGrid(controller, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(list_tab, self.tr("Programs"))
        self.tabs.addTab(self.scores, self.tr("Scores per table"))
        self.coverage = CoveragePanel(self, self)  # Bimtek II: per dimension and horizon
        self.tabs.addTab(self.coverage, self.tr("Coverage"))
        size_to_current_page(self.tabs)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(reserve_lines(self.message))
        self._programs: list[Program] = []
        self.editor.load(None)

    # -- data -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read OPDs, programs (filtered) and their priorities."""
        if self.ws is None:
            self._programs = []
            self.model.set_data([], {}, {})
            self.coverage.reload()
            return
        current = self.current_program()
        opds = roster.list_opds(self.ws)
        chosen_opd = self.opd_filter.currentData()
        self.opd_filter.blockSignals(True)
        self.opd_filter.clear()
        self.opd_filter.addItem(self.tr("All OPDs"), None)
        for opd in opds:
            self.opd_filter.addItem(opd.code, opd.id)
        shared = groups.shared_groups(self.ws)
        if shared:
            self.opd_filter.insertSeparator(self.opd_filter.count())
        for group in shared:  # a group's programs, of every OPD at its table
            self.opd_filter.addItem(self.tr("Group: {0}").format(group.name),
                                    f"group:{group.id}")
        self.opd_filter.setCurrentIndex(max(0, self.opd_filter.findData(chosen_opd)))
        self.opd_filter.blockSignals(False)
        self.editor.set_context(self.ws, opds, quadrant_names())
        self.scores.set_opds(opds)
        self.coverage.reload()
        opd_id, group_id = self.filter_choice()
        self._programs = programs.list_programs(
            self.ws, opd_id=opd_id, group_id=group_id,
            dimension=self.dimension_filter.currentData(),
            horizon=self.horizon_filter.currentData())
        self.model.set_data(self._programs, priority_data(self.controller).by_id,
                            {o.id: o.code for o in opds})
        self.count.setText(self.tr("%n program(s)", "", len(self._programs)))
        if current is not None and self.select_program(current.id):
            return
        if self.editor.program is not None:
            self.editor.load(None)
        self.scores.schedule_reload()

    def filter_choice(self) -> tuple[str | None, str | None]:
        """``(opd_id, group_id)`` of the OPD-or-group filter (None: all)."""
        data = self.opd_filter.currentData()
        if isinstance(data, str) and data.startswith("group:"):
            return None, data.partition(":")[2]
        return data, None

    def filtered_programs(self) -> list[Program]:
        """The programs of the current filter, in table order."""
        return [self.model.programs[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
                for r in range(self.proxy.rowCount())]

    def current_program(self) -> Program | None:
        """The selected program."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.programs[self.proxy.mapToSource(index).row()]

    def select_program(self, program_id: str) -> bool:
        """Select a program in the table (False when the filter hides it)."""
        row = self.model.row_of(program_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self._show_current()
        return True

    def _show_current(self) -> None:
        self.editor.load(self.current_program())
        self.scores.schedule_reload()

    def new_program(self) -> None:
        """An empty editor for a new program (defaults from the filter; with a group chosen,
        the owner is the group's first OPD and the dimension a dimension group's)."""
        self.table.clearSelection()
        self.table.setCurrentIndex(self.proxy.index(-1, -1))
        opd_id, group_id = self.filter_choice()
        dimension = self.dimension_filter.currentData()
        if group_id is not None and self.ws is not None:
            opd_id = next(iter(groups.table_opds(self.ws, group_id)), None)
            dimension = dimension or groups.get_group(self.ws, group_id).dimension
        self.editor.load(None, {"opd_id": opd_id, "dimension": dimension,
                                "horizon": self.horizon_filter.currentData()})
        self.editor.title.setFocus()

    # -- edits ----------------------------------------------------------------------------
    def save_editor(self) -> Program | None:
        """Save the editor: add a new program (undo deletes it; while the filter shows a
        group, the program records that group) or store the changed fields (undo puts the
        old values back)."""
        values = self.editor.values()
        ws = self.ws
        if self.editor.program is None:
            fields = {k: v for k, v in values.items() if k not in ("opd_id", "title",
                                                                   "dimension")}
            fields["group_id"] = self.filter_choice()[1]
            saved = self.run_edit(
                self.tr("Add program"),
                lambda: programs.add_program(ws, values["opd_id"], values["title"],
                                             values["dimension"], **fields),
                lambda cmd: programs.delete_program(ws, cmd.result.id))
        else:
            old = programs.get_program(ws, self.editor.program.id)
            changed = {k: v for k, v in values.items() if getattr(old, k) != v}
            if not changed:
                self.message.show_info(self.tr("No changes to save."))
                return old
            before = {k: getattr(old, k) for k in changed}
            saved = self.run_edit(self.tr("Edit program"),
                                  lambda: programs.update_program(ws, old.id, **changed),
                                  lambda _cmd: programs.update_program(ws, old.id, **before))
        if saved is not None:
            self.editor.program = saved  # the form holds no unsaved edit any more
            self.message.show_info(self.tr("Program saved: {0}").format(saved.title))
            self.reload_now()
            if not self.select_program(saved.id):
                self.editor.load(saved)
        return saved

    def delete_current(self) -> None:
        """Delete the program in the editor (undo restores it)."""
        program = self.editor.program
        if program is None:
            return
        ws = self.ws
        self.run_edit(self.tr("Delete program"),
                      lambda: programs.delete_program(ws, program.id),
                      lambda _cmd: programs.restore_program(ws, program.id))
        self.editor.load(None)
