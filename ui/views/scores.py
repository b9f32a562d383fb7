"""The score grid: each table's (OPD's) 1–5 scores of the programs on impact, effort and
any extra criteria. Rows are the programs for one table, or the tables for one program.
Each entered score is one undoable edit; "Add criterion" adds an extra criterion."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.errors import ValidationError
from smartbimtek.model import Criterion, Opd, Program
from smartbimtek.services import programs
from smartbimtek.text import clean_short

from ..messages import error_text
from ..widgets.common import plain_label
from .board_base import BoardView, MessageLabel
from .board_labels import criterion_label

#: Neutral blue scale (for effort a high score is not "good", so no red/green).
SCORE_COLORS = {1: "#f1f6fc", 2: "#dbe8f7", 3: "#bcd4f0", 4: "#94bae6", 5: "#6a9fdb"}


def criterion_key(label: str) -> str:
    """A criterion key from its label: "Manfaat langsung" -> "manfaat_langsung"."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    key = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:40]
    return key if key and key[0].isalpha() else f"k_{key}".rstrip("_")


class ScoreModel(QAbstractTableModel):
    """Rows (programs or raters) x criteria; the cell is one rater's score of one program."""

    def __init__(self, grid: ScoreGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self.rows: list[tuple[str, str, str]] = []  # (program_id, rater, row label)
        self.criteria: list[Criterion] = []
        self.values: dict[tuple[str, str, str], int] = {}  # (program, rater, criterion)

    def set_rows(self, rows, criteria, values) -> None:
        """Replace everything."""
        self.beginResetModel()
        self.rows, self.criteria, self.values = list(rows), list(criteria), dict(values)
        self.endResetModel()

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 - Qt override
        return len(self.criteria)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return criterion_label(self.criteria[section])
        return self.rows[section][2]

    def key(self, index) -> tuple[str, str, str]:
        """(program id, rater, criterion key) of a cell."""
        program_id, rater, _label = self.rows[index.row()]
        return program_id, rater, self.criteria[index.column()].key

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.values.get(self.key(index))
        if role == Qt.ItemDataRole.DisplayRole:
            return "–" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.BackgroundRole and value is not None:
            return QBrush(QColor(SCORE_COLORS.get(value, "#ffffff")))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        program_id, rater, criterion = self.key(index)
        return self.grid.set_score(program_id, rater, criterion, value)


class ScoreDelegate(QStyledItemDelegate):
    """A 1–5 spin box; its lowest entry "–" clears the score."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        editor = QSpinBox(parent)
        editor.setRange(0, 5)
        editor.setSpecialValueText("–")
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt override
        editor.setValue(index.data(Qt.ItemDataRole.EditRole) or 0)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt override
        editor.interpretText()
        model.setData(index, editor.value() or None, Qt.ItemDataRole.EditRole)


class CriterionDialog(QDialog):
    """Name an extra criterion (Indonesian and English label)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add criterion"))
        self.setMinimumWidth(440)
        self.label_id = QLineEdit(self)
        self.label_id.setPlaceholderText(self.tr("e.g. Manfaat langsung bagi warga"))
        self.label_en = QLineEdit(self)
        self.label_en.setPlaceholderText(self.tr("e.g. Direct public benefit"))
        self.message = MessageLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Name (Indonesian):"), self.label_id)
        form.addRow(self.tr("Name (English, optional):"), self.label_en)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Every table scores the programs 1–5 on the new "
                                        "criterion too."), self, wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Close only with a usable name."""
        try:
            clean_short(self.label_id.text(), "label_id")
        except ValidationError as exc:
            self.message.show_error(error_text(exc))
            return
        super().accept()


class ScoreGrid(BoardView):
    """Scores per table. ``programs_view`` gives the filtered programs and the selection."""

    ENTITIES = frozenset({"program", "criterion", "opd"})

    def __init__(self, controller, programs_view, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent or programs_view)
        self.programs_view = programs_view
        self.per_rater = QRadioButton(self.tr("Programs scored by one table"), self)
        self.per_program = QRadioButton(self.tr("Tables' scores of one program"), self)
        self.per_rater.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.per_rater)
        group.addButton(self.per_program)
        self.per_rater.toggled.connect(lambda _c: self.reload_now())
        self.rater = QComboBox(self)
        self.rater.setMinimumContentsLength(24)
        self.rater.currentIndexChanged.connect(lambda _i: self.reload_now())
        self.rater_label = QLabel(self.tr("Table:"), self)
        self.program_label = plain_label("", self)
        self.program_label.setWordWrap(True)
        add = QPushButton(self.tr("Add criterion…"), self)
        add.clicked.connect(self.open_criterion_dialog)
        self.model = ScoreModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(ScoreDelegate(self.table))
        # a digit scores the cell at once (``eventFilter``); arrows move between cells, so
        # no editor opens by itself (a spin box would take the arrows); F2 or a double click
        # still opens one
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setMaximumWidth(520)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                        | Qt.AlignmentFlag.AlignVCenter)
        # two rows (the mode, then the table and "Add criterion"): fits 150% scaling
        top, second = QHBoxLayout(), QHBoxLayout()
        top.addWidget(self.per_rater)
        top.addWidget(self.per_program)
        top.addStretch(1)
        second.addWidget(self.rater_label)
        second.addWidget(self.rater, 1)
        second.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.program_label)
        layout.addWidget(QLabel(self.tr("Type 1 (low) to 5 (high): the score is saved and the "
                                        "next cell is chosen; 0 or Delete clears, the arrow "
                                        "keys move. Effort: 5 means a lot of effort."),
                                self, wordWrap=True))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.table.installEventFilter(self)
        self._opds: list[Opd] = []

    def set_opds(self, opds: list[Opd]) -> None:
        """The tables that can score (one per OPD)."""
        self._opds = opds
        current = self.rater.currentData()
        self.rater.blockSignals(True)
        self.rater.clear()
        for opd in opds:
            self.rater.addItem(f"{opd.code} – {opd.name}", opd.code)
        index = self.rater.findData(current)
        self.rater.setCurrentIndex(max(0, index))
        self.rater.blockSignals(False)

    def set_rater(self, code: str) -> None:
        """Score as this table (OPD code)."""
        self.per_rater.setChecked(True)
        self.rater.setCurrentIndex(max(0, self.rater.findData(code)))
        self.reload_now()

    def reload(self) -> None:
        """Re-read the scores of the rows shown."""
        if self.ws is None:
            self.model.set_rows([], [], {})
            return
        criteria = programs.list_criteria(self.ws)
        per_rater = self.per_rater.isChecked()
        self.rater.setVisible(per_rater)
        self.rater_label.setVisible(per_rater)
        values: dict[tuple[str, str, str], int] = {}
        if per_rater:
            rater = self.rater.currentData()
            shown: list[Program] = self.programs_view.filtered_programs()
            rows = [(p.id, rater, p.title) for p in shown]
            self.program_label.setText(self.tr("%n program(s) in the current filter", "",
                                               len(rows)))
            scores = programs.list_scores(self.ws, rater=rater) if rater else []
        else:
            program = self.programs_view.current_program()
            rows = [(program.id, o.code, f"{o.code} – {o.name}") for o in self._opds] \
                if program else []
            self.program_label.setText(
                self.tr("Program: {0}").format(program.title) if program else
                self.tr("Choose a program in the program list."))
            scores = programs.list_scores(self.ws, program_id=program.id) if program else []
        for score in scores:
            if score.rater_kind == "opd":
                values[(score.program_id, score.rater, score.criterion)] = score.value
        self.model.set_rows(rows, criteria, values)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        """Keys on the grid (not in an open editor): 1-5 score the current cell and move to
        the next one, 0 / Delete / Backspace clear it, 6-9 are refused; arrows move."""
        if obj is not self.table or event.type() != event.Type.KeyPress or \
                self.table.state() == QAbstractItemView.State.EditingState:
            return super().eventFilter(obj, event)
        index = self.table.currentIndex()
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if not index.isValid() or modifiers != Qt.KeyboardModifier.NoModifier:
            return super().eventFilter(obj, event)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.model.setData(index, None)
            return True
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            value = key - Qt.Key.Key_0
            if value > 5:
                self.message.show_error(self.tr("Scores are 1 (low) to 5 (high); 0 clears."))
                return True
            if self.model.setData(index, value or None):
                if self.message.text():
                    self.message.clear_message()
                self._move_on(index)
            return True
        return super().eventFilter(obj, event)

    def _move_on(self, index) -> None:
        """To the next criterion of the row, or the first of the next row."""
        row, column = index.row(), index.column() + 1
        if column >= self.model.columnCount():
            row, column = row + 1, 0
        if row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, column))

    # -- edits ----------------------------------------------------------------------------
    def set_score(self, program_id: str, rater: str, criterion: str, value: int | None) -> bool:
        """Store a table's score (undo restores the old score or clears it)."""
        ws = self.ws
        old = self.model.values.get((program_id, rater, criterion))
        if old == value:
            return True
        done = self.run_edit(
            self.tr("Score program"),
            lambda: programs.set_score(ws, program_id, rater, criterion, value) or True,
            lambda _cmd: programs.set_score(ws, program_id, rater, criterion, old))
        if done:
            key = (program_id, rater, criterion)
            if value is None:
                self.model.values.pop(key, None)
            else:
                self.model.values[key] = value
        return bool(done)

    def add_criterion(self, label_id: str, label_en: str = ""):
        """Add an extra criterion (undo removes it again while it has no scores)."""
        key = criterion_key(label_en or label_id)
        existing = {c.key for c in programs.list_criteria(self.ws)}
        base, n = key, 2
        while key in existing:
            key, n = f"{base}_{n}", n + 1
        ws = self.ws
        return self.run_edit(self.tr("Add criterion"),
                             lambda: programs.add_criterion(ws, key, label_id, label_en),
                             lambda _c: programs.delete_criterion(ws, key))

    def open_criterion_dialog(self) -> CriterionDialog | None:
        """Ask for the new criterion's names."""
        if self.ws is None:
            return None
        dialog = CriterionDialog(self)
        dialog.accepted.connect(lambda: self.add_criterion(dialog.label_id.text(),
                                                           dialog.label_en.text()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self._dialog = dialog
        return dialog
