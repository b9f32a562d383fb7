"""The SWOT board of the facilitator console: one OPD's four quadrants as cards."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.model import QUADRANTS
from smartbimtek.services import roster, swot

from .board_base import BoardView
from .swot_cards import QUADRANT_COLORS, CardListView, SwotItemModel


def quadrant_names(widget) -> dict[str, str]:
    """Translated quadrant names (Kekuatan, Kelemahan, Peluang, Ancaman)."""
    return {"S": widget.tr("Strengths"), "W": widget.tr("Weaknesses"),
            "O": widget.tr("Opportunities"), "T": widget.tr("Threats")}


class QuadrantPanel(QWidget):
    """One quadrant: a coloured title with the item count, the cards, a quick-add line."""

    def __init__(self, quadrant: str, title: str, board: SwotBoardView) -> None:
        super().__init__(board)
        self.quadrant = quadrant
        self.title = title
        self.header = QLabel(title)
        accent = QUADRANT_COLORS[quadrant][1]
        self.header.setStyleSheet(f"QLabel {{ background: {accent}; color: white; "
                                  "font-weight: bold; padding: 4px 8px; }")
        self.model = SwotItemModel(quadrant, board.move_items, self)
        self.view = CardListView(quadrant, self)
        self.view.setModel(self.model)
        self.quick_add = QLineEdit(self)
        self.quick_add.setPlaceholderText(board.tr("New item, press Enter"))
        self.quick_add.returnPressed.connect(
            lambda: board.add_item(self.quadrant, self.quick_add.text(), clear=self.quick_add))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.quick_add)

    def set_items(self, items) -> None:
        """Show the quadrant's items and their count in the title."""
        self.model.set_items(items)
        self.header.setText(f"{self.title} ({len(items)})")


class SwotBoardView(BoardView):
    """SWOT items of one OPD in four quadrants; edits are undoable controller commands."""

    ENTITIES = frozenset({"swot", "opd", "strategy"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.opd_combo = QComboBox(self)
        self.opd_combo.setMinimumContentsLength(28)
        self.opd_combo.currentIndexChanged.connect(self._opd_chosen)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("OPD:")))
        top.addWidget(self.opd_combo, 1)
        grid = QGridLayout()
        names = quadrant_names(self)
        self.panels = {q: QuadrantPanel(q, names[q], self) for q in QUADRANTS}
        for n, q in enumerate(QUADRANTS):
            grid.addWidget(self.panels[q], n // 2, n % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        self.schedule_reload()

    # -- data -----------------------------------------------------------------------------
    @property
    def opd_id(self) -> str | None:
        """The OPD shown."""
        return self.opd_combo.currentData()

    def set_opd(self, opd_id: str) -> None:
        """Show another OPD's SWOT."""
        index = self.opd_combo.findData(opd_id)
        if index >= 0:
            self.opd_combo.setCurrentIndex(index)

    def _opd_chosen(self, _index: int) -> None:
        self.reload_items()

    def reload(self) -> None:
        """Re-read the OPD list and the items of the OPD shown."""
        current = self.opd_id
        self.opd_combo.blockSignals(True)
        self.opd_combo.clear()
        if self.ws is not None:
            for opd in roster.list_opds(self.ws):
                self.opd_combo.addItem(f"{opd.code} – {opd.name}", opd.id)
        index = self.opd_combo.findData(current)
        self.opd_combo.setCurrentIndex(index if index >= 0 else 0)
        self.opd_combo.blockSignals(False)
        self.reload_items()

    def reload_items(self) -> None:
        """Re-read the items of the OPD shown."""
        items = swot.list_items(self.ws, opd_id=self.opd_id) if self.ws and self.opd_id else []
        for q, panel in self.panels.items():
            panel.set_items([i for i in items if i.quadrant == q])

    # -- edits ----------------------------------------------------------------------------
    def add_item(self, quadrant: str, text: str, clear: QLineEdit | None = None, **fields):
        """Add an item to the OPD shown (undo deletes it). Returns the item or None."""
        if self.ws is None or self.opd_id is None:
            return None
        ws, opd_id = self.ws, self.opd_id
        item = self.controller.run(
            self.tr("Add SWOT item"),
            lambda: swot.add_item(ws, opd_id, quadrant, text, **fields),
            lambda cmd: swot.delete_item(ws, cmd.result.id))
        if item is not None and clear is not None:
            clear.clear()
        return item

    def move_items(self, item_ids: list[str], quadrant: str) -> None:
        """Move items to another quadrant (one undoable edit per item)."""
        ws = self.ws
        for item_id in item_ids:
            old = swot.get_item(ws, item_id).quadrant
            self.controller.run(
                self.tr("Move SWOT item"),
                lambda i=item_id: swot.move_item(ws, i, quadrant),
                lambda cmd, i=item_id, o=old: swot.move_item(ws, i, o))
