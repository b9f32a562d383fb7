"""A table editor for lists of records (RPJMD items, tujuan and sasaran, members, planned
regulations, enabler items, strategic issues, the region's SWOT): one row per record, cells
edited in place, Add and Delete buttons. It only collects input: ``edited``, ``add_clicked``
and ``delete_clicked`` tell the owner, which calls the services (one undoable edit each) and
fills the table again with ``set_rows``. User text is shown literally (item text is plain;
tooltips go through ``plain_tooltip``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .common import plain_tooltip

ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_VALUE = Qt.ItemDataRole.UserRole + 1


@dataclass
class Column:
    """One column: the record field, its header, and its kind: ``text``, ``int``, ``float``
    (typed text turned into a number when it is one; otherwise passed on as typed so that the
    service names the problem), ``choice`` (a drop-down of ``choices``: (value, label) pairs,
    or a function returning them) or ``read`` (shown, not editable)."""

    field: str
    header: str
    kind: str = "text"
    choices: Sequence[tuple[object, str]] | Callable[[], Sequence[tuple[object, str]]] = ()
    stretch: bool = False
    width: int = 0
    extra: dict = field(default_factory=dict)

    def options(self) -> list[tuple[object, str]]:
        """The (value, label) pairs of a choice column."""
        return list(self.choices() if callable(self.choices) else self.choices)

    def label(self, value) -> str:
        """The text a cell shows for ``value``."""
        if self.kind == "choice":
            return next((text for v, text in self.options() if v == value), "")
        if value is None:
            return ""
        if isinstance(value, float):
            return f"{value:g}"
        return str(value)

    def parse(self, text: str):
        """The value to store for typed ``text``."""
        text = text.strip() if self.kind in ("int", "float") else text
        if self.kind == "int":
            return None if text == "" else int(text) if text.lstrip("-").isdigit() else text
        if self.kind == "float":
            if text == "":
                return None
            try:
                return float(text.replace(",", "."))
            except ValueError:
                return text
        return text


class _ChoiceDelegate(QStyledItemDelegate):
    """A drop-down editor for choice columns."""

    def __init__(self, table: RecordTable) -> None:
        super().__init__(table.table)
        self.owner = table

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        column = self.owner.columns[index.column()]
        if column.kind != "choice":
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, text in column.options():
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802 - Qt override
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(ROLE_VALUE))
            editor.setCurrentIndex(max(found, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt override
        if isinstance(editor, QComboBox):
            self.owner.choose(index.row(), index.column(), editor.currentData())
            return
        super().setModelData(editor, model, index)


class RecordTable(QWidget):
    """Rows of records with in-place editing.

    Signals: ``edited(record_id, field, value)`` after a cell edit; ``add_clicked()``;
    ``delete_clicked(list of ids)`` for the selected rows.
    """

    edited = Signal(str, str, object)
    add_clicked = Signal()
    delete_clicked = Signal(list)

    def __init__(self, columns: list[Column], add_text: str, delete_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[Column] = []
        self._loading = False
        self.table = QTableWidget(0, 0, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked |
                                   QAbstractItemView.EditTrigger.EditKeyPressed |
                                   QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setItemDelegate(_ChoiceDelegate(self))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.itemChanged.connect(self._changed)
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(self.add_clicked)
        self.delete_button = QPushButton(delete_text, self)
        self.delete_button.clicked.connect(
            lambda: self.delete_clicked.emit(self.selected_ids()) if self.selected_ids()
            else None)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.delete_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self.set_columns(columns)

    def set_columns(self, columns: list[Column]) -> None:
        """Replace the columns (the year columns follow the plan period)."""
        self.columns = list(columns)
        self.table.setColumnCount(len(self.columns))
        self.table.setHorizontalHeaderLabels([c.header for c in self.columns])
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(36)
        for n, column in enumerate(self.columns):
            if column.stretch:
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.Interactive)
                # never narrower than its title (with the header's margins): Qt would clip it
                title = header.sectionSizeFromContents(n).width()
                self.table.setColumnWidth(n, max(column.width or 110, title))

    def set_rows(self, rows: list[tuple[str, dict]]) -> None:
        """Show ``rows``: (record id, {field: value}); the selection is kept by id."""
        selected = set(self.selected_ids())
        current = self.current_id()
        self._loading = True
        self.table.setRowCount(len(rows))
        for row, (record_id, values) in enumerate(rows):
            for col, column in enumerate(self.columns):
                value = values.get(column.field)
                text = column.label(value)
                item = QTableWidgetItem(text)
                item.setData(ROLE_ID, record_id)
                item.setData(ROLE_VALUE, value)
                item.setToolTip(plain_tooltip(text))
                if column.kind == "read":
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        self._loading = False
        model = self.table.selectionModel()
        for row, (record_id, _values) in enumerate(rows):
            if record_id == current:
                self.table.setCurrentCell(row, max(self.table.currentColumn(), 0))
            if record_id in selected:
                self.table.selectRow(row) if len(selected) == 1 else model.select(
                    self.table.model().index(row, 0),
                    model.SelectionFlag.Select | model.SelectionFlag.Rows)

    def row_count(self) -> int:
        """Number of rows."""
        return self.table.rowCount()

    def record_id(self, row: int) -> str | None:
        """Id of the record in ``row``."""
        item = self.table.item(row, 0)
        return item.data(ROLE_ID) if item else None

    def current_id(self) -> str | None:
        """Id of the current row's record."""
        row = self.table.currentRow()
        return self.record_id(row) if row >= 0 else None

    def selected_ids(self) -> list[str]:
        """Ids of the selected rows, top to bottom (else the current row's)."""
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        ids = [i for i in (self.record_id(r) for r in rows) if i]
        current = self.current_id()
        return ids or ([current] if current else [])

    def select_id(self, record_id: str, field: str | None = None) -> bool:
        """Make the row of ``record_id`` current (at ``field``'s column)."""
        col = next((n for n, c in enumerate(self.columns) if c.field == field), 0)
        for row in range(self.table.rowCount()):
            if self.record_id(row) == record_id:
                self.table.setCurrentCell(row, col)
                model = self.table.selectionModel()
                model.select(self.table.model().index(row, col),
                             model.SelectionFlag.ClearAndSelect | model.SelectionFlag.Rows)
                return True
        return False

    def edit_cell(self, record_id: str, field: str) -> None:
        """Open the editor of one cell (after an add: type the new record's text)."""
        if self.select_id(record_id, field):
            self.table.editItem(self.table.currentItem())

    def set_text(self, row: int, field: str, text: str) -> None:
        """Type ``text`` into a cell as the user would (tests, and a choice's label)."""
        col = next(n for n, c in enumerate(self.columns) if c.field == field)
        self.table.item(row, col).setText(text)

    def choose(self, row: int, col: int, value) -> None:
        """Pick ``value`` in a choice cell (what the drop-down does)."""
        item = self.table.item(row, col)
        if item is None or item.data(ROLE_VALUE) == value:
            return
        item.setData(ROLE_VALUE, value)
        self._emit_later(item.data(ROLE_ID), self.columns[col].field, value)

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        column = self.columns[item.column()]
        if column.kind in ("choice", "read"):
            return
        old = item.data(ROLE_VALUE)
        if item.text() == column.label(old):
            return
        self._emit_later(item.data(ROLE_ID), column.field, column.parse(item.text()))

    def _emit_later(self, record_id: str, field: str, value) -> None:
        """Tell the owner once the cell editor has closed (the owner's reload replaces the
        items; doing that inside the editor's commit leaves the table in its editing
        state)."""
        QTimer.singleShot(0, self, lambda: self.edited.emit(record_id, field, value))
