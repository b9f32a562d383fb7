"""Rencana > Analisis > consolidated SWOT: in the plenary the tables' OPD items of one
dimension are merged into the region's SWOT. Select OPD items -> "Merge into the region's
SWOT" creates a region item linked to them (its text, quadrant, weight and rating editable
in the table); more items can be linked to (or unlinked from) the selected region item. The
rating convention of the workshop is named on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.model import QUADRANTS
from smartbimtek.services import gap, roster, swot

from ..labels import quadrant_label
from ..widgets.common import plain_label, plain_tooltip
from ..widgets.record_table import Column, RecordTable
from .plan_base import PlanPage, dimension_choices

ROLE_ID = Qt.ItemDataRole.UserRole


def convention_text(convention: str) -> str:
    """The IFAS rating convention named in words."""
    if convention == "ie_matrix":
        return QCoreApplication.translate(
            "PlanView",
            "Ratings follow the IE matrix convention: W and T ratings reversed "
            "(4 = minor); IFAS total = S + W, EFAS = O + T.",
        )
    return QCoreApplication.translate(
        "PlanView",
        "Ratings follow the SWOT diagram convention: rating = size of the factor "
        "(1-4, 4 = major) for all four quadrants; x = S - W, y = O - T.",
    )


class SwotPage(PlanPage):
    """OPD items of a dimension on the left, the region's items on the right."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.dimension = QComboBox(self)
        for value, text in dimension_choices():
            self.dimension.addItem(text, value)
        self.dimension.currentIndexChanged.connect(lambda _i: self.reload_now())
        self.convention = plain_label("", self)
        self.convention.setWordWrap(True)
        self.convention.setStyleSheet("QLabel { color: #37474f; }")
        self.opd_items = QListWidget(self)
        self.opd_items.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.opd_items.setWordWrap(True)
        self.merge_button = QPushButton(
            QCoreApplication.translate("PlanView", "Merge into the region's SWOT"), self
        )
        self.merge_button.clicked.connect(self.merge_selected)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(
            plain_label(QCoreApplication.translate("PlanView", "OPD items (select several)"), left)
        )
        left_layout.addWidget(self.opd_items, 1)
        left_layout.addWidget(self.merge_button)
        self.table = RecordTable(
            [
                Column(
                    "quadrant",
                    QCoreApplication.translate("PlanView", "Quadrant"),
                    "choice",
                    width=100,
                    choices=[(q, quadrant_label(q)) for q in QUADRANTS],
                ),
                Column("text", QCoreApplication.translate("PlanView", "Region item"), stretch=True),
                Column(
                    "weight", QCoreApplication.translate("PlanView", "Weight"), "float", width=60
                ),
                Column("rating", QCoreApplication.translate("PlanView", "Rating"), "int", width=56),
                Column("sources", QCoreApplication.translate("PlanView", "From"), "read", width=50),
            ],
            QCoreApplication.translate("PlanView", "Add"),
            QCoreApplication.translate("PlanView", "Delete"),
            self,
        )
        self.link_button = QPushButton(QCoreApplication.translate("PlanView", "Link"), self)
        self.link_button.setToolTip(
            QCoreApplication.translate(
                "PlanView", "Link the selected OPD items to the selected region item"
            )
        )
        self.unlink_button = QPushButton(QCoreApplication.translate("PlanView", "Unlink"), self)
        self.unlink_button.setToolTip(
            QCoreApplication.translate(
                "PlanView", "Remove the selected OPD items from the selected region item's sources"
            )
        )
        self.table.buttons.insertWidget(2, self.link_button)
        self.table.buttons.insertWidget(3, self.unlink_button)
        self.link_button.clicked.connect(lambda: self.relink(add=True))
        self.unlink_button.clicked.connect(lambda: self.relink(add=False))
        self.table.edited.connect(self.edit)
        self.table.add_clicked.connect(self.add)
        self.table.delete_clicked.connect(
            lambda ids: self.delete_records(
                QCoreApplication.translate("PlanView", "Delete region SWOT item"),
                ids,
                gap.delete_region_item,
                gap.restore_region_item,
            )
        )
        self.table.table.currentCellChanged.connect(lambda *_a: self._mark_sources())
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.table)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        top = QHBoxLayout()
        top.addWidget(plain_label(QCoreApplication.translate("PlanView", "Dimension:"), self))
        top.addWidget(self.dimension)
        top.addWidget(self.convention, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.items: dict[str, object] = {}
        self.quadrants: dict[str, str] = {}

    def reload(self) -> None:
        """Re-read the OPD items of the dimension and the region's items."""
        ws, dimension = self.ws, self.dimension.currentData()
        self.convention.setText(convention_text(swot.ifas_convention(ws)) if ws else "")
        self.opd_items.clear()
        self.items = {}
        self.quadrants: dict[str, str] = {}
        if ws is None:
            self.table.set_rows([])
            return
        codes = {o.id: o.code for o in roster.list_opds(ws)}
        for item in swot.list_items(ws):
            if item.dimension != dimension:
                continue
            line = (
                f"{codes.get(item.opd_id or '', '')} · {quadrant_label(item.quadrant)}: {item.text}"
            )
            entry = QListWidgetItem(line, self.opd_items)
            entry.setData(ROLE_ID, item.id)
            self.quadrants[item.id] = item.quadrant
            entry.setToolTip(plain_tooltip(line))
        region = gap.list_region_items(ws, dimension=dimension)
        self.items = {i.id: i for i in region}
        self.table.set_rows(
            [
                (
                    i.id,
                    {
                        "quadrant": i.quadrant,
                        "text": i.text,
                        "weight": i.weight,
                        "rating": i.rating,
                        "sources": len(i.source_ids),
                    },
                )
                for i in region
            ]
        )
        self._mark_sources()

    def _mark_sources(self) -> None:
        """Bold (and a dot before) the OPD items the current region item came from."""
        current = self.items.get(self.table.current_id() or "")
        sources = set(current.source_ids) if current else set()
        for row in range(self.opd_items.count()):
            entry = self.opd_items.item(row)
            font = QFont(self.opd_items.font())
            font.setBold(entry.data(ROLE_ID) in sources)
            entry.setFont(font)

    def selected_opd_ids(self) -> list[str]:
        """Ids of the selected OPD items, in list order."""
        return [
            self.opd_items.item(r).data(ROLE_ID)
            for r in range(self.opd_items.count())
            if self.opd_items.item(r).isSelected()
        ]

    # -- edits ----------------------------------------------------------------------------
    def merge_selected(self) -> None:
        """One region item from the selected OPD items (same quadrant), linked to them."""
        ids = self.selected_opd_ids()
        if not ids:
            self.message.show_error(
                QCoreApplication.translate("PlanView", "Select the OPD items to merge first.")
            )
            return
        if len({self.quadrants.get(i) for i in ids}) > 1:
            self.message.show_error(
                QCoreApplication.translate(
                    "PlanView",
                    "The selected items come from different quadrants: "
                    "merge strengths with strengths, weaknesses with "
                    "weaknesses, and so on.",
                )
            )
            return
        ws = self.ws
        item = self.add_record(
            QCoreApplication.translate("PlanView", "Merge into the region's SWOT"),
            lambda: gap.consolidate(ws, ids),
            gap.delete_region_item,
            gap.restore_region_item,
        )
        if item is not None:
            self.opd_items.clearSelection()
            self.table.select_id(item.id, "text")
            self._mark_sources()

    def relink(self, add: bool) -> None:
        """Link (or unlink) the selected OPD items to the selected region item."""
        current = self.items.get(self.table.current_id() or "")
        chosen = self.selected_opd_ids()
        if current is None or not chosen:
            self.message.show_error(
                QCoreApplication.translate("PlanView", "Select a region item and OPD items first.")
            )
            return
        old = list(current.source_ids)
        new = (
            old + [i for i in chosen if i not in old]
            if add
            else [i for i in old if i not in chosen]
        )
        if new == old:
            return
        ws = self.ws
        self.run_edit(
            QCoreApplication.translate("PlanView", "Link SWOT items")
            if add
            else QCoreApplication.translate("PlanView", "Unlink SWOT items"),
            lambda: gap.update_region_item(ws, current.id, source_ids=new),
            lambda _c: gap.update_region_item(ws, current.id, source_ids=old),
        )
        self.reload_now()

    def edit(self, item_id: str, field: str, value) -> None:
        """Change the quadrant, text, weight or rating of a region item."""
        self.edit_field(
            QCoreApplication.translate("PlanView", "Edit region SWOT item"),
            gap.get_region_item,
            gap.update_region_item,
            item_id,
            field,
            value,
        )

    def add(self) -> None:
        """Add a region item by hand (a strength of the chosen dimension) and type its text."""
        ws, dimension = self.ws, self.dimension.currentData()
        item = self.add_record(
            QCoreApplication.translate("PlanView", "Add region SWOT item"),
            lambda: gap.add_region_item(
                ws, "S", QCoreApplication.translate("PlanView", "New item"), dimension=dimension
            ),
            gap.delete_region_item,
            gap.restore_region_item,
        )
        if item is not None:
            self.table.edit_cell(item.id, "text")
