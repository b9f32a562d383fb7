"""The IFAS/EFAS editor of one OPD: weights and ratings per item in a table grouped by
quadrant with live totals, weight sums checked against 1.00 (``rules.ifas`` through
``services.swot.ifas``), and the SWOT quadrant diagram with its strategy.

The rating convention (``swot.set_ifas_convention``, which converts the stored W/T ratings)
is chosen at the top; the results of both conventions are shown side by side and named:
the diagram reading (x, y, quadrant) and the IE matrix (IFAS and EFAS totals, cell)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.model import EXTERNAL, INTERNAL, QUADRANTS, SwotItem
from smartbimtek.rules import ifas as ifas_rules
from smartbimtek.services import swot

from ..messages import weights_text
from ..widgets.common import plain_tooltip, reserve_lines
from ..widgets.quadrant_diagram import QuadrantDiagram
from .board_base import BoardView
from .swot_cards import QUADRANT_COLORS

FACTOR, WEIGHT, RATING, SCORE = range(4)


def number(value: float | None, decimals: int = 2) -> str:
    """A number in the UI locale ("–" for None)."""
    if value is None:
        return "–"
    return QLocale().toString(float(value), "f", decimals)


class IfasModel(QAbstractTableModel):
    """Rows: a header per quadrant (with its total) followed by its items."""

    def __init__(self, editor: IfasEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.rows: list[tuple[str, object]] = []
        self.totals: dict[str, float] = dict.fromkeys(QUADRANTS, 0.0)

    def set_items(self, items: list[SwotItem], totals: dict[str, float]) -> None:
        """Show these items grouped by quadrant."""
        self.beginResetModel()
        self.rows = []
        for q in QUADRANTS:
            self.rows.append(("header", q))
            self.rows.extend(("item", i) for i in items if i.quadrant == q)
        self.totals = dict(totals)
        self.endResetModel()

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 - Qt override
        return 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Factor"), self.tr("Weight (0–1)"),
                    self.tr("Rating (1–4)"), self.tr("Score"))[section]
        return None

    def item_at(self, row: int) -> SwotItem | None:
        """The item of a row (None for a header row)."""
        kind, value = self.rows[row]
        return value if kind == "item" else None

    def row_of(self, item_id: str) -> int:
        """Row of an item (-1 when absent)."""
        for n, (kind, value) in enumerate(self.rows):
            if kind == "item" and value.id == item_id:
                return n
        return -1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kind, value = self.rows[index.row()]
        col = index.column()
        if kind == "header":
            if role == Qt.ItemDataRole.DisplayRole:
                if col == FACTOR:
                    return self.editor.names[value]
                if col == SCORE:
                    return number(self.totals.get(value, 0.0))
                return ""
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(QUADRANT_COLORS[value][0]))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont(self.editor.font())
                font.setBold(True)
                return font
            return None
        item: SwotItem = value
        if role == Qt.ItemDataRole.ToolTipRole and col == FACTOR:
            return plain_tooltip(item.text)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == FACTOR:
                return item.text
            if col == WEIGHT:
                return number(item.weight)
            if col == RATING:
                return "–" if item.rating is None else str(item.rating)
            if item.weight is None or item.rating is None:
                return "–"
            return number(item.weight * item.rating)
        if role == Qt.ItemDataRole.EditRole:
            return {WEIGHT: item.weight, RATING: item.rating}.get(col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != FACTOR:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.rows[index.row()][0] == "item" and \
                index.column() in (WEIGHT, RATING):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None or role != Qt.ItemDataRole.EditRole:
            return False
        field = {WEIGHT: "weight", RATING: "rating"}.get(index.column())
        if field is None:
            return False
        return self.editor.set_value(item.id, field, value)


class IfasDelegate(QStyledItemDelegate):
    """Spin boxes: weight 0.00–1.00 (step 0.05), rating 1–4; the lowest entry "–" clears."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        if index.column() == WEIGHT:
            editor = QDoubleSpinBox(parent)
            editor.setDecimals(2)
            editor.setRange(-0.01, 1.0)
            editor.setSingleStep(0.05)
        else:
            editor = QSpinBox(parent)
            editor.setRange(0, 4)
        editor.setSpecialValueText("–")
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt override
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(editor.minimum() if value is None else value)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt override
        value = editor.value()
        model.setData(index, None if value == editor.minimum() else value,
                      Qt.ItemDataRole.EditRole)


class IfasEditor(BoardView):
    """Weights and ratings of the board's OPD, with totals, checks and the diagram."""

    ENTITIES = frozenset({"swot", "setting"})

    def __init__(self, controller, board, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent or board)
        self.board = board
        self.names = board.names
        self.model = IfasModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(IfasDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FACTOR, QHeaderView.ResizeMode.Stretch)
        for col in (WEIGHT, RATING, SCORE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.totals = {q: QLabel(self) for q in QUADRANTS}
        self.sums = {"internal": QLabel(self), "external": QLabel(self)}
        self.checks = QLabel(self)
        self.checks.setWordWrap(True)
        self.position = QLabel(self)
        self.ie_result = QLabel(self)
        self.ie_result.setWordWrap(True)
        self.convention = QComboBox(self)
        self.convention.addItem(self.tr("Diagram convention (magnitude)"), "diagram")
        self.convention.addItem(self.tr("IE-matrix convention (W/T reversed)"), "ie_matrix")
        self.convention.setToolTip(self.tr(
            "Changing the convention converts the stored ratings of weaknesses and threats "
            "(r becomes 5 − r): every result keeps its meaning."))
        self.convention.activated.connect(
            lambda _i: self.set_convention(self.convention.currentData()))
        self.rating_hint = QLabel(self)
        self.rating_hint.setWordWrap(True)
        self.diagram = QuadrantDiagram(self)
        even_int = QPushButton(self.tr("Spread S+W weights evenly"), self)
        even_int.clicked.connect(lambda: self.spread_evenly(INTERNAL))
        even_ext = QPushButton(self.tr("Spread O+T weights evenly"), self)
        even_ext.clicked.connect(lambda: self.spread_evenly(EXTERNAL))
        form = QFormLayout()
        for q in QUADRANTS:
            form.addRow(self.tr("Total {0}:").format(self.names[q]), self.totals[q])
        form.addRow(self.tr("Weights S+W:"), self.sums["internal"])
        form.addRow(self.tr("Weights O+T:"), self.sums["external"])
        form.addRow(self.tr("Diagram convention, x; y:"), self.position)
        form.addRow(self.tr("IE-matrix convention:"), self.ie_result)
        # The totals, checks and diagram scroll on a small screen (the table stays whole).
        side_body = QWidget(self)
        side = QVBoxLayout(side_body)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(form)
        side.addWidget(self.checks)
        side.addWidget(self.diagram, 1)
        side_area = QScrollArea(self)
        side_area.setWidgetResizable(True)
        side_area.setFrameShape(QFrame.Shape.NoFrame)
        side_area.setWidget(side_body)
        buttons = QHBoxLayout()
        buttons.addWidget(even_int)
        buttons.addWidget(even_ext)
        buttons.addStretch(1)
        left = QVBoxLayout()
        convention_row = QHBoxLayout()
        convention_row.addWidget(QLabel(self.tr("Ratings entered in:"), self))
        convention_row.addWidget(self.convention, 1)
        left.addLayout(convention_row)
        left.addWidget(self.rating_hint)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        left.addWidget(reserve_lines(self.message))
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(side_area, 2)
        self.result: ifas_rules.IfasResult | None = None
        self.ie: ifas_rules.IeResult | None = None

    def concerns(self, change) -> bool:
        """The board's OPD's items, the IFAS variant and the rating convention."""
        if change.entity == "setting":
            return change.entity_id in ("ifas_variant", "ifas_convention")
        return change.opd_id in (None, self.board.opd_id)

    def reload(self) -> None:
        """Re-read the OPD's items and the IFAS/EFAS result."""
        opd_id = self.board.opd_id
        convention = swot.ifas_convention(self.ws) if self.ws is not None else "diagram"
        self.convention.setCurrentIndex(max(0, self.convention.findData(convention)))
        self.rating_hint.setText(self.rating_text(convention))
        self.ie = None
        if self.ws is None or opd_id is None:
            self.model.set_items([], dict.fromkeys(QUADRANTS, 0.0))
            self.result = None
            self._show_result()
            return
        current = self.table.currentIndex()
        self.result = swot.ifas(self.ws, opd_id)
        self.ie = swot.ifas_ie(self.ws, opd_id)
        self.model.set_items(swot.list_items(self.ws, opd_id=opd_id), self.result.totals)
        if current.isValid():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.table.resizeRowsToContents()
        self._show_result()

    def _show_result(self) -> None:
        result = self.result
        for q in QUADRANTS:
            self.totals[q].setText(number(result.totals[q]) if result else "–")
        problems = []
        for table in ("internal", "external"):
            if result is None:
                self.sums[table].setText("–")
                continue
            total = result.weight_sums[table]
            ok = abs(total - 1.0) <= ifas_rules.WEIGHT_TOLERANCE
            self.sums[table].setText(number(total) + ("  ✓" if ok else "  ✗"))
            self.sums[table].setStyleSheet("QLabel { color: %s; font-weight: bold; }"
                                           % ("#1b5e20" if ok else "#b71c1c"))
            if not ok:
                problems.append(weights_text(table, total))
        if result and result.unscored:
            problems.append(self.tr("%n item(s) have no weight or rating yet.", "",
                                    result.unscored))
        if result is None:
            self.checks.setText(self.tr("Choose an OPD with SWOT items."))
            self.checks.setStyleSheet("")
        elif problems:
            self.checks.setText("\n".join(problems))
            self.checks.setStyleSheet("QLabel { color: #b71c1c; font-weight: bold; }")
        else:
            self.checks.setText(self.tr("Both tables are complete: the weights sum to 1.00."))
            self.checks.setStyleSheet("QLabel { color: #1b5e20; font-weight: bold; }")
        labels = self.diagram_labels(result)
        if result is None or result.scored == 0:
            self.position.setText("–")
            self.ie_result.setText("–")
            self.diagram.set_result(None, None, None, labels)
        else:
            self.position.setText(self.tr("{0}; {1}, quadrant {2}").format(
                number(result.x), number(result.y), result.quadrant))
            ie = self.ie
            self.ie_result.setText(self.tr("IFAS {0}, EFAS {1}, cell {2}").format(
                number(ie.ifas_total), number(ie.efas_total), ie.cell) if ie else "–")
            self.diagram.set_result(result.x, result.y, result.quadrant, labels)

    def diagram_labels(self, result) -> dict[str, str]:
        """Translated quadrant names and the caption with the strategy."""
        labels = {
            "I": self.tr("I: aggressive (SO)"),
            "II": self.tr("II: diversification (ST)"),
            "III": self.tr("III: turn-around (WO)"),
            "IV": self.tr("IV: defensive (WT)"),
            "x": self.tr("Strengths − Weaknesses"),
            "y": self.tr("Opportunities − Threats"),
            "caption": "",
            "point": "",
        }
        if result is not None and result.scored:
            labels["point"] = f"({number(result.x)}; {number(result.y)})"
            labels["caption"] = self.tr("Quadrant {0}: {1}").format(
                result.quadrant, self.strategy_label(result.strategy))
        return labels

    def strategy_label(self, strategy: str) -> str:
        """Translated name of a diagram strategy."""
        return {"aggressive": self.tr("aggressive strategy (supports growth)"),
                "diversification": self.tr("diversification strategy"),
                "turn_around": self.tr("turn-around strategy"),
                "defensive": self.tr("defensive strategy")}.get(strategy, strategy)

    def rating_text(self, convention: str) -> str:
        """How to rate in a convention (the hint above the table)."""
        weights = self.tr("Enter a weight (all S+W weights together 1.00, all O+T weights "
                          "together 1.00) and a rating 1–4 for each item.")
        if convention == "ie_matrix":
            return weights + " " + self.tr("For weaknesses and threats, 1 means a big problem.")
        return weights + " " + self.tr("The rating is the factor's size: 4 is a very strong "
                                       "strength, and also a very serious weakness or threat.")

    # -- edits ----------------------------------------------------------------------------
    def set_convention(self, convention: str) -> None:
        """Change the rating convention (the stored W/T ratings are converted; undoable)."""
        ws = self.ws
        old = swot.ifas_convention(ws) if ws is not None else None
        if ws is None or convention == old:
            return
        self.run_edit(self.tr("Change rating convention"),
                      lambda: swot.set_ifas_convention(ws, convention) or convention,
                      lambda _cmd: swot.set_ifas_convention(ws, old))
        self.reload_now()

    def set_value(self, item_id: str, field: str, value) -> bool:
        """Set an item's weight or rating (undoable). False when refused."""
        ws = self.ws
        old = getattr(swot.get_item(ws, item_id), field)
        if old == value:
            return True
        result = self.run_edit(
            self.tr("Change weight") if field == "weight" else self.tr("Change rating"),
            lambda: swot.update_item(ws, item_id, **{field: value}),
            lambda _cmd: swot.update_item(ws, item_id, **{field: old}))
        return result is not None

    def spread_evenly(self, quadrants: tuple[str, ...]) -> None:
        """Give every item of the table (S+W or O+T) the same weight, summing to 1.00."""
        ws = self.ws
        items = [i for i in swot.list_items(ws, opd_id=self.board.opd_id)
                 if i.quadrant in quadrants]
        if not items:
            return
        weight = 1.0 / len(items)
        with self.undo_macro(self.tr("Spread weights evenly")):
            for item in items:
                self.set_value(item.id, "weight", weight)
