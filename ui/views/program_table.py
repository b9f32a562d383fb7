"""The table model of programs: title, owner OPD, dimension, horizon, mean impact and
effort with their spread, dot votes, matrix quadrant and the quick win choice."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, Qt
from PySide6.QtGui import QBrush, QColor

from smartbimtek.model import Program
from smartbimtek.rules.priority import ProgramPriority, Stat

from ..widgets.common import plain_tooltip
from .board_base import dimension_label
from .board_labels import horizon_short, matrix_label

#: Column widths in average characters (the title takes the rest).
WIDTHS = {"opd": 14, "dimension": 13, "horizon": 10, "impact": 9, "effort": 9, "votes": 6,
          "quadrant": 14, "quick_win": 4}
COLUMNS = ("title", "opd", "dimension", "horizon", "impact", "effort", "votes", "quadrant",
           "quick_win")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def stat_text(stat: Stat | None) -> str:
    """"3,8 (2–5)": mean and range of the raters' scores; "–" without scores."""
    if stat is None or not stat.n:
        return "–"
    mean = QLocale().toString(float(stat.mean), "f", 1)
    if stat.minimum == stat.maximum:
        return mean
    return f"{mean} ({stat.minimum}–{stat.maximum})"


class ProgramTableModel(QAbstractTableModel):
    """Programs with their priority figures (read-only; edits go through the editor)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.programs: list[Program] = []
        self.priority: dict[str, ProgramPriority] = {}
        self.codes: dict[str, str] = {}

    def set_data(self, programs: list[Program], priorities: dict[str, ProgramPriority],
                 codes: dict[str, str]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self.programs = list(programs)
        self.priority = priorities
        self.codes = codes
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        """Translated column titles."""
        return (self.tr("Program"), self.tr("OPD"), self.tr("Dimension"),
                self.tr("Horizon"), self.tr("Impact"), self.tr("Effort"), self.tr("Votes"),
                self.tr("Matrix"), self.tr("QW"))

    def header_tips(self) -> tuple[str, ...]:
        """Tooltips of the column titles."""
        return (self.tr("Title of the program"), self.tr("Owner OPD (penanggung jawab)"),
                self.tr("Smart city dimension"), self.tr("Horizon"),
                self.tr("Mean impact score (lowest–highest of the tables)"),
                self.tr("Mean effort score (lowest–highest of the tables)"),
                self.tr("Dot votes"), self.tr("Quadrant of the priority matrix"),
                self.tr("Chosen as quick win"))

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(self.programs)

    def columnCount(self, parent=None) -> int:  # noqa: N802 - Qt override
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.header_tips()[section])
        return None

    def row_of(self, program_id: str) -> int:
        """Row of a program (-1 when absent)."""
        for n, program in enumerate(self.programs):
            if program.id == program_id:
                return n
        return -1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        program = self.programs[index.row()]
        prio = self.priority.get(program.id)
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(program, prio, column)
        if role == SORT_ROLE:
            return self._sort_key(program, prio, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return plain_tooltip(program.description or program.title)
        if role == Qt.ItemDataRole.BackgroundRole and column == "quadrant" and prio and \
                prio.quadrant == "quick_win":
            return QBrush(QColor("#c8e6c9"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("impact", "effort",
                                                                    "votes", "quick_win"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return program.id
        return None

    def _text(self, program: Program, prio: ProgramPriority | None, column: str) -> str:
        if column == "title":
            return program.title
        if column == "opd":
            return self.codes.get(program.opd_id, "")
        if column == "dimension":
            return dimension_label(program.dimension).removeprefix("Smart ")
        if column == "horizon":
            return horizon_short(program.horizon)
        if column in ("impact", "effort"):
            text = stat_text(prio.stats.get(column) if prio else None)
            if prio and prio.placed:
                placed = QLocale().toString(float(getattr(prio, column)), "f", 1)
                text = self.tr("{0} → placed {1}").format(text, placed)
            return text
        if column == "votes":
            return str(prio.votes) if prio else "0"
        if column == "quadrant":
            return matrix_label(prio.quadrant if prio else None)
        return "✔" if program.quick_win else ""

    def _sort_key(self, program: Program, prio: ProgramPriority | None, column: str):
        if column in ("impact", "effort"):
            value = getattr(prio, column) if prio else None
            return -1.0 if value is None else float(value)
        if column == "votes":
            return prio.votes if prio else 0
        if column == "quadrant":
            return prio.rank if prio else 1 << 30
        if column == "quick_win":
            return int(program.quick_win)
        return self._text(program, prio, column).lower()
