"""The impact/effort priority matrix: each program at its mean score with the spread of the
tables' scores, quadrant labels, quick wins highlighted, numbered markers with a legend.
Dragging a marker records the facilitator's placement (undoable). Beside it: the legend,
the dot votes per table and the quick win list per dimension."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.rules.priority import ProgramPriority
from smartbimtek.services import programs, roster

from ..widgets.charts import PriorityMatrix
from ..widgets.common import plain_tooltip, reserve_lines, share_message_line, size_to_current_page
from .board_base import BoardView
from .board_labels import matrix_label, matrix_labels
from .matrix_data import matrix_points, priority_data
from .program_table import stat_text
from .quickwins import QuickWinList
from .swot_dialogs import fill_dimension_combo
from .votes import VotePanel


class LegendModel(QAbstractTableModel):
    """Numbered programs: number, title, OPD, impact, effort (mean and range), quadrant."""

    def __init__(self, view: MatrixView) -> None:
        super().__init__(view)
        self.view = view
        self.rows: list[tuple[int, ProgramPriority]] = []
        self.data_source = None

    def set_rows(self, rows, data) -> None:
        """Replace everything (``data``: the shared ``PriorityData``)."""
        self.beginResetModel()
        self.rows, self.data_source = list(rows), data
        self.endResetModel()

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 - Qt override
        return 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ("#", self.tr("Program"), self.tr("OPD"), self.tr("Impact"),
                    self.tr("Effort"), self.tr("Quadrant"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        number, prio = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(number)
            if col == 1:
                return prio.title
            if col == 2:
                return self.data_source.owner_code(prio.program_id) if self.data_source else ""
            if col in (3, 4):
                key = "impact" if col == 3 else "effort"
                text = stat_text(prio.stats.get(key))
                if prio.placed:
                    text = "◆ " + QLocale().toString(float(getattr(prio, key)), "f", 1)
                return text
            return matrix_label(prio.quadrant)
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return plain_tooltip(prio.title)
        if role == Qt.ItemDataRole.BackgroundRole and prio.quadrant == "quick_win":
            return QBrush(QColor("#dcf0dd"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 3, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class MatrixView(BoardView):
    """Matrix, legend, dot votes and the quick win list."""

    ENTITIES = frozenset({"program", "criterion", "setting", "opd"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.dimension = QComboBox(self)
        fill_dimension_combo(self.dimension, self.tr("All dimensions"))
        self.dimension.currentIndexChanged.connect(lambda _i: self.reload_now())
        self.clear_button = QPushButton(self.tr("Remove placement"), self)
        self.clear_button.setToolTip(self.tr("Put the selected program back at its mean scores"))
        self.clear_button.clicked.connect(self.clear_selected_placement)
        self.spread = QCheckBox(self.tr("Show spread"), self)
        self.spread.setChecked(True)
        hint = QLabel(self.tr("Drag a marker to record the plenary's placement (◆). Bars: one "
                              "standard deviation of the tables' scores; the selected program "
                              "shows its lowest and highest score in orange."), self)
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Dimension:"), self))
        top.addWidget(self.dimension)
        top.addWidget(self.spread)
        top.addStretch(1)
        top.addWidget(self.clear_button)
        self.project_button = QPushButton(self.tr("Show on projector"), self)
        self.project_button.setToolTip(self.tr("Show the matrix of the chosen dimension (or, "
                                               "from the quick win tab, the quick win list) "
                                               "on the projector"))
        self.project_button.clicked.connect(self.show_on_projector)
        top.addWidget(self.project_button)
        self.chart = PriorityMatrix(self)
        self.chart.set_labels(matrix_labels())
        self.chart.placed.connect(self.place)
        self.chart.clicked.connect(self.select_program)
        self.spread.toggled.connect(self.chart.set_show_spread)
        self.legend_model = LegendModel(self)
        self.legend = QTableView(self)
        self.legend.setModel(self.legend_model)
        self.legend.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.legend.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.legend.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.legend.verticalHeader().hide()
        self.legend.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.legend.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        for column, chars in ((0, 4), (2, 13), (3, 9), (4, 9), (5, 13)):
            header.resizeSection(column, chars * char + 12)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.legend.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.chart.highlight(
                self.legend_model.rows[current.row()][1].program_id
                if current.isValid() else None))
        self.votes = VotePanel(controller, self)
        self.quick_wins = QuickWinList(controller, self)
        self.side = QTabWidget(self)
        self.side.addTab(self.legend, self.tr("Legend"))
        self.side.addTab(self.votes, self.tr("Dot votes"))
        self.side.addTab(self.quick_wins, self.tr("Quick win list"))
        size_to_current_page(self.side)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)  # on its own line: beside the buttons it forced a wide window
        layout.addWidget(splitter, 1)
        layout.addWidget(reserve_lines(self.message))
        share_message_line(self, self.votes, self.quick_wins)
        self._numbered: list[tuple[int, ProgramPriority]] = []

    def show_on_projector(self) -> None:
        """Send the matrix (of the chosen dimension) or the quick win list to the projector."""
        if self.side.currentWidget() is self.quick_wins:
            self.controller.show_on_projector("quickwins", None)
        else:
            self.controller.show_on_projector("matrix", self.dimension.currentData())

    def numbered_priorities(self) -> list[tuple[int, ProgramPriority]]:
        """(legend number, priority) of the programs of the chosen dimension, by rank."""
        return list(self._numbered)

    def reload(self) -> None:
        """Re-read priorities, placements and votes."""
        if self.ws is None:
            self.chart.set_points([])
            self.legend_model.set_rows([], None)
            self._numbered = []
            return
        selected = self.selected_program_id()
        data = priority_data(self.controller)
        points, prios = matrix_points(data, self.dimension.currentData())
        self._numbered = list(enumerate(prios, start=1))
        self.chart.set_points(points, data.split)
        self.legend_model.set_rows(self._numbered, data)
        self.votes.set_opds(roster.list_opds(self.ws))
        self.votes.schedule_reload()
        if selected:
            self.select_program(selected)

    def selected_program_id(self) -> str | None:
        """The program selected in the legend."""
        index = self.legend.currentIndex()
        return self.legend_model.rows[index.row()][1].program_id if index.isValid() else None

    def select_program(self, program_id: str) -> None:
        """Select a program in the legend and ring its marker."""
        for row, (_n, prio) in enumerate(self.legend_model.rows):
            if prio.program_id == program_id:
                self.legend.setCurrentIndex(self.legend_model.index(row, 1))
                self.legend.scrollTo(self.legend_model.index(row, 1))
                break
        self.chart.highlight(program_id)

    # -- edits ----------------------------------------------------------------------------
    def place(self, program_id: str, impact: float, effort: float):
        """Record the facilitator's placement (undo: the previous placement, or none)."""
        ws = self.ws
        previous = programs.placements(ws).get(program_id)

        def undo(_cmd) -> None:
            if previous is None:
                programs.clear_placement(ws, program_id)
            else:
                programs.place(ws, program_id, previous.impact, previous.effort)

        return self.run_edit(self.tr("Place program on the matrix"),
                             lambda: programs.place(ws, program_id, impact, effort), undo)

    def clear_selected_placement(self) -> None:
        """Remove the selected program's placement (undo puts it back)."""
        program_id = self.selected_program_id()
        ws = self.ws
        previous = programs.placements(ws).get(program_id) if program_id else None
        if previous is None:
            self.message.show_info(self.tr("The selected program has no placement."))
            return
        self.run_edit(self.tr("Remove placement"),
                      lambda: programs.clear_placement(ws, program_id) or True,
                      lambda _cmd: programs.place(ws, program_id, previous.impact,
                                                  previous.effort))
