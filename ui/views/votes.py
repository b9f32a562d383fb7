"""Dot votes per table: each table (OPD) places its dots on programs within the workshop's
vote budget; a refused vote says why. The facilitator does not vote."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.model import Opd
from smartbimtek.services import programs

from ..widgets.common import plain_label, reserve_lines
from .board_base import BoardView

TITLE, TOTAL, MINE = range(3)


class VoteModel(QAbstractTableModel):
    """Programs with the total dots and the chosen table's dots (editable)."""

    def __init__(self, panel: VotePanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.rows: list[tuple[str, str]] = []  # (program id, "n. title")
        self.totals: dict[str, int] = {}
        self.mine: dict[str, int] = {}

    def set_rows(self, rows, totals, mine) -> None:
        """Replace everything."""
        self.beginResetModel()
        self.rows, self.totals, self.mine = list(rows), dict(totals), dict(mine)
        self.endResetModel()

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 - Qt override
        return 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Program"), self.tr("All dots"),
                    self.tr("This table's dots"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        program_id, title = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == TITLE:
                return title
            if index.column() == TOTAL:
                return self.totals.get(program_id, 0)
            return self.mine.get(program_id, 0)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != TITLE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == MINE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != MINE or role != Qt.ItemDataRole.EditRole:
            return False
        return self.panel.set_votes(self.rows[index.row()][0], int(value))


class CountDelegate(QStyledItemDelegate):
    """A 0–20 spin box for a table's dots on a program."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        editor = QSpinBox(parent)
        editor.setRange(0, 20)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor


class VotePanel(BoardView):
    """The chosen table's dots on the programs of the matrix view's dimension."""

    ENTITIES = frozenset({"program", "opd", "setting"})

    def __init__(self, controller, matrix_view, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent or matrix_view)
        self.matrix_view = matrix_view
        self.voter = QComboBox(self)
        self.voter.setMinimumContentsLength(14)
        self.voter.currentIndexChanged.connect(lambda _i: self.reload_now())
        self.budget = QSpinBox(self)
        self.budget.setRange(0, 50)
        self.budget.setKeyboardTracking(False)
        self.budget.valueChanged.connect(self.set_budget)
        self.used = plain_label("", self)
        self.used.setStyleSheet("QLabel { font-weight: bold; }")
        self.model = VoteModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(CountDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        for column, chars in ((TOTAL, 12), (MINE, 16)):
            header.resizeSection(column, chars * char + 12)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Table:"), self))
        top.addWidget(self.voter, 1)
        top.addWidget(QLabel(self.tr("Dots per table:"), self))
        top.addWidget(self.budget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.used)
        layout.addWidget(self.table, 1)
        layout.addWidget(reserve_lines(self.message))
        self._budget = 0

    def set_voter(self, code: str) -> None:
        """Vote as this table (OPD code)."""
        self.voter.setCurrentIndex(max(0, self.voter.findData(code)))

    def set_opds(self, opds: list[Opd]) -> None:
        """The tables that vote."""
        current = self.voter.currentData()
        self.voter.blockSignals(True)
        self.voter.clear()
        for opd in opds:
            self.voter.addItem(opd.code, opd.code)
        self.voter.setCurrentIndex(max(0, self.voter.findData(current)))
        self.voter.blockSignals(False)

    def reload(self) -> None:
        """Re-read the dots."""
        if self.ws is None:
            self.model.set_rows([], {}, {})
            return
        self._budget = int(self.ws.setting("vote_budget") or 0)
        self.budget.blockSignals(True)
        self.budget.setValue(self._budget)
        self.budget.blockSignals(False)
        voter = self.voter.currentData()
        rows = [(p.program_id, f"{n}. {p.title}")
                for n, p in self.matrix_view.numbered_priorities()]
        mine = {v.program_id: v.count for v in programs.list_votes(self.ws)
                if v.voter == voter and v.voter_kind == "opd"}
        self.model.set_rows(rows, programs.vote_totals(self.ws), mine)
        used = programs.votes_used(self.ws, voter) if voter else 0
        self.used.setText(self.tr("{0} has used {1} of {2} dots.").format(
            voter or "–", used, self._budget))

    # -- edits ----------------------------------------------------------------------------
    def set_votes(self, program_id: str, count: int) -> bool:
        """Put this table's dots on a program (undo restores the old count). A vote over
        the budget is refused with a message."""
        ws, voter = self.ws, self.voter.currentData()
        if voter is None:
            return False
        old = self.model.mine.get(program_id, 0)
        if old == count:
            return True
        done = self.run_edit(self.tr("Dot votes"),
                             lambda: programs.set_votes(ws, program_id, voter, count),
                             lambda _cmd: programs.set_votes(ws, program_id, voter, old))
        return done is not None

    def set_budget(self, value: int) -> None:
        """Change the dots per table (undoable)."""
        ws, old = self.ws, self._budget
        if ws is None or value == old:
            return
        self.run_edit(self.tr("Vote budget"), lambda: ws.set_setting("vote_budget", value) or 1,
                      lambda _cmd: ws.set_setting("vote_budget", old))
        self._budget = value
