"""A grid with the years of the plan period as columns: one row per key (a funding source,
"target"), optionally a total per year (last row) and per row (last column). The cells hold
text; an edit by the user emits ``cell_edited(key, year, text)`` and the caller calls the
service (the grid never stores anything itself). Rupiah amounts are shown grouped
("1.500.000") and read back with ``parse_rupiah``."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
YEAR_ROLE = Qt.ItemDataRole.UserRole + 2


def format_rupiah(amount: int | None) -> str:
    """A whole rupiah amount with Indonesian thousands separators ("1.500.000"); "" for None."""
    if amount is None:
        return ""
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia).toString(int(amount))


def parse_rupiah(text: str):
    """What the user typed as a rupiah amount: None for an empty cell, an int when it reads
    as a whole number ("Rp 1.500.000", "1500000", "-5"), otherwise the text itself (the
    service then refuses it with its own message)."""
    raw = (text or "").strip()
    cleaned = raw.replace("Rp", "").replace("rp", "").replace(" ", "").replace(".", "")
    if not cleaned:
        return None
    sign = -1 if cleaned.startswith("-") else 1
    digits = cleaned.lstrip("-")
    if digits.isascii() and digits.isdigit():
        return sign * int(digits)
    return raw


class YearGrid(QTableWidget):
    """Years as columns, one row per key; totals optional. ``set_rows`` fills it without
    emitting; ``cell_edited`` reports the user's edits."""

    cell_edited = Signal(str, int, str)

    def __init__(self, parent: QWidget | None = None, *, totals: bool = False,
                 total_label: str = "") -> None:
        super().__init__(parent)
        self.totals = totals
        self.total_label = total_label
        self.years: list[int] = []
        self.keys: list[str] = []
        self._filling = False
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Always there: the grid's height is fixed to its rows plus this bar (ten years of
        # rupiah do not fit a narrow editor; the bar keeps the height the same either way).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemChanged.connect(self._changed)

    def set_rows(self, years: list[int], rows: list[tuple[str, str, dict[int, str]]],
                 sums: dict[str, int] | None = None, year_sums: dict[int, int] | None = None,
                 total: int | None = None) -> None:
        """Show ``rows`` = (key, label, {year: text}); with totals, ``sums`` per key, and
        ``year_sums`` per year with the overall ``total`` in the last row."""
        self._filling = True
        self.years = list(years)
        self.keys = [key for key, _label, _cells in rows]
        columns = len(years) + (1 if self.totals else 0)
        self.setColumnCount(columns)
        self.setRowCount(len(rows) + (1 if self.totals else 0))
        self.setHorizontalHeaderLabels([str(y) for y in years] +
                                       ([self.total_label] if self.totals else []))
        labels = [label for _key, label, _cells in rows]
        bold = QFont(self.font())
        bold.setBold(True)
        grey = QBrush(QColor("#eceff1"))
        for row, (key, _label, cells) in enumerate(rows):
            for column, year in enumerate(years):
                item = QTableWidgetItem(cells.get(year, ""))
                item.setData(KEY_ROLE, key)
                item.setData(YEAR_ROLE, year)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
            if self.totals:
                self._fixed(row, len(years), format_rupiah((sums or {}).get(key, 0)), bold, grey)
        if self.totals:
            labels.append(self.total_label)
            last = len(rows)
            for column, year in enumerate(years):
                self._fixed(last, column, format_rupiah((year_sums or {}).get(year, 0)), bold,
                            grey)
            self._fixed(last, len(years), format_rupiah(total or 0), bold, grey)
        self.setVerticalHeaderLabels(labels)
        self._filling = False

    def _fixed(self, row: int, column: int, text: str, font: QFont, brush: QBrush) -> None:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setFont(font)
        item.setBackground(brush)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setItem(row, column, item)

    def cell_text(self, key: str, year: int) -> str:
        """The text shown in a cell ("" when the key or year is not in the grid)."""
        if key not in self.keys or year not in self.years:
            return ""
        item = self.item(self.keys.index(key), self.years.index(year))
        return item.text() if item else ""

    def edit_cell(self, key: str, year: int, text: str) -> None:
        """Type ``text`` into a cell as the user would (tests, keyboard entry)."""
        self.item(self.keys.index(key), self.years.index(year)).setText(text)

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.data(KEY_ROLE) is None:
            return
        self.cell_edited.emit(item.data(KEY_ROLE), int(item.data(YEAR_ROLE)), item.text())
