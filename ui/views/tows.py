"""TOWS strategies of one OPD (SO, WO, ST, WT), each linked to the SWOT items it comes from
and grouped by dimension in the plan; "Region level" lists and edits the region's own
strategies (no OPD), linked to the items of any OPD. While the SWOT board shows a group
(kelompok), the group's strategies are listed, linked to its items of every OPD at its
table, and new ones record the group."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartbimtek import reference
from smartbimtek.errors import NotFoundError, ValidationError
from smartbimtek.model import STRATEGY_TYPES, Strategy, SwotItem
from smartbimtek.services import groups, roster, swot
from smartbimtek.text import clean_text

from ..messages import error_text
from ..widgets.common import plain_label, plain_tooltip, reserve_lines
from .board_base import BoardView, MessageLabel, dimension_label
from .swot_dialogs import fill_dimension_combo, select_data

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def strategy_titles() -> dict[str, str]:
    """What each TOWS type means."""
    return {"SO": QCoreApplication.translate("TowsEditor", "SO: use strengths to seize opportunities"),
            "WO": QCoreApplication.translate("TowsEditor", "WO: use opportunities to overcome weaknesses"),
            "ST": QCoreApplication.translate("TowsEditor", "ST: use strengths to face threats"),
            "WT": QCoreApplication.translate("TowsEditor", "WT: reduce weaknesses and avoid threats")}


class StrategyDialog(QDialog):
    """Type, text and the linked items (those of the type's two quadrants)."""

    def __init__(self, parent: QWidget, items: list[SwotItem], names: dict[str, str],
                 strategy: Strategy | None = None, type_: str = "SO",
                 dimension: str | None = None, codes: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit strategy") if strategy else self.tr("Add strategy"))
        self.setMinimumWidth(600)
        self.items = items
        self.names = names
        #: OPD codes by id, shown before each item when the items come from several OPDs.
        self.codes: dict[str, str] = codes or {}
        self.type = QComboBox(self)
        for key, title in strategy_titles().items():
            self.type.addItem(title, key)
        self.type.setCurrentIndex(STRATEGY_TYPES.index(strategy.type if strategy else type_))
        self.dimension = QComboBox(self)
        fill_dimension_combo(self.dimension, self.tr("(no dimension)"))
        select_data(self.dimension, strategy.dimension if strategy else dimension)
        self.text = QPlainTextEdit(strategy.text if strategy else "", self)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(70)
        self.links = QListWidget(self)
        self.links.setWordWrap(True)
        self.checked = set(strategy.swot_ids if strategy else [])
        self.message = MessageLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Type:"), self.type)
        form.addRow(self.tr("Dimension:"), self.dimension)
        form.addRow(self.tr("Strategy:"), self.text)
        form.addRow(self.tr("From the items:"), self.links)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.type.currentIndexChanged.connect(self._fill_links)
        self.links.itemChanged.connect(self._link_toggled)
        self._fill_links()

    def _fill_links(self, *_args) -> None:
        letters = self.type.currentData()
        self.links.blockSignals(True)
        self.links.clear()
        for item in self.items:
            if item.quadrant not in letters:
                continue
            label = self.names[item.quadrant]
            if self.codes:  # items of several OPDs: say whose
                label = f"{self.codes.get(item.opd_id, '?')} · {label}"
            entry = QListWidgetItem(f"[{label}] {item.text}")
            entry.setData(ID_ROLE, item.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if item.id in self.checked
                                else Qt.CheckState.Unchecked)
            self.links.addItem(entry)
        self.links.blockSignals(False)

    def _link_toggled(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(ID_ROLE)
        if entry.checkState() == Qt.CheckState.Checked:
            self.checked.add(item_id)
        else:
            self.checked.discard(item_id)

    def set_checked(self, item_ids: list[str]) -> None:
        """Tick these items."""
        for row in range(self.links.count()):
            entry = self.links.item(row)
            entry.setCheckState(Qt.CheckState.Checked if entry.data(ID_ROLE) in item_ids
                                else Qt.CheckState.Unchecked)

    def values(self) -> dict:
        """Type, text, dimension and linked item ids (only items of the type's quadrants)."""
        letters = self.type.currentData()
        ids = [i.id for i in self.items if i.id in self.checked and i.quadrant in letters]
        return {"type": letters, "text": self.text.toPlainText(), "swot_ids": ids,
                "dimension": self.dimension.currentData()}

    def accept(self) -> None:
        """Close only with an acceptable text."""
        try:
            clean_text(self.text.toPlainText(), "text")
        except ValidationError as exc:
            self.message.show_error(error_text(exc))
            return
        super().accept()


class TowsEditor(BoardView):
    """The TOWS matrix of the board's OPD: four lists of strategies."""

    ENTITIES = frozenset({"strategy", "swot"})

    def __init__(self, controller, board, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent or board)
        self.board = board
        self.lists: dict[str, QListWidget] = {}
        self.strategies: dict[str, Strategy] = {}
        grid = QGridLayout()
        titles = strategy_titles()
        for n, key in enumerate(("SO", "WO", "ST", "WT")):
            box = QGroupBox(titles[key], self)
            box_layout = QVBoxLayout(box)
            listing = QListWidget(box)
            listing.setWordWrap(True)
            listing.setAlternatingRowColors(True)
            listing.setMinimumHeight(48)  # four lists and their buttons fit a small screen
            listing.itemDoubleClicked.connect(lambda _e, k=key: self.open_edit_dialog(k))
            self.lists[key] = listing
            row = QHBoxLayout()
            for text, slot in ((self.tr("Add…"), self.open_add_dialog),
                               (self.tr("Edit…"), self.open_edit_dialog),
                               (self.tr("Delete"), self.delete_selected)):
                button = QPushButton(text, box)
                button.clicked.connect(lambda _c=False, s=slot, k=key: s(k))
                row.addWidget(button)
            row.addStretch(1)
            box_layout.addWidget(listing, 1)
            box_layout.addLayout(row)
            grid.addWidget(box, n // 2, n % 2)
        layout = QVBoxLayout(self)
        self.caption = plain_label("", self)
        self.caption.setWordWrap(True)
        self.region = QCheckBox(self.tr("Region level (no OPD)"), self)
        self.region.setToolTip(self.tr("The region's own strategies, written in the plenary; "
                                       "they may come from the items of any OPD"))
        self.region.toggled.connect(lambda _on: self.reload_now())
        group_combo = getattr(board, "group_combo", None)  # the board's Group filter
        if group_combo is not None:
            group_combo.currentIndexChanged.connect(lambda _i: self.schedule_reload())
        self.dimension_filter = QComboBox(self)  # strategy per dimension (Bimtek III)
        self.dimension_filter.setToolTip(self.tr("Show the strategies of one dimension; new "
                                                 "strategies get that dimension"))
        self.dimension_filter.addItem(self.tr("All dimensions"), "")
        for dim in reference.dimension_ids():
            self.dimension_filter.addItem(dimension_label(dim), dim)
        self.dimension_filter.currentIndexChanged.connect(lambda _i: self.reload_now())
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.dimension_filter)
        top.addWidget(self.region)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(reserve_lines(self.message))
        self._dialog = None

    def concerns(self, change) -> bool:
        """Strategies and items of the board's OPD (of any OPD at region level or while
        the board shows a group)."""
        if change.entity not in self.ENTITIES:
            return False
        return self.region.isChecked() or self.board.group_id is not None or \
            change.opd_id in (None, self.board.opd_id)

    @property
    def opd_id(self) -> str | None:
        """The OPD whose strategies are shown (None at region level)."""
        return None if self.region.isChecked() else self.board.opd_id

    @property
    def group_id(self) -> str | None:
        """The group whose strategies are shown (the board's group; None at region level)."""
        return None if self.region.isChecked() else self.board.group_id

    def _items(self) -> list[SwotItem]:
        if self.group_id is not None:
            return swot.list_items(self.ws, group_id=self.group_id)
        return swot.list_items(self.ws, opd_id=self.opd_id)

    def reload(self) -> None:
        """Re-read the OPD's (or the region's) strategies."""
        opd_id, region, group_id = self.opd_id, self.region.isChecked(), self.group_id
        shown = self.ws is not None and (region or opd_id is not None or group_id is not None)
        if not shown:
            strategies = []
        elif region:
            strategies = [s for s in swot.list_strategies(self.ws) if s.opd_id is None]
        elif group_id is not None:
            strategies = swot.list_strategies(self.ws, group_id=group_id)
        else:
            strategies = swot.list_strategies(self.ws, opd_id)
        dimension = self.dimension_filter.currentData()
        if dimension:
            strategies = [s for s in strategies if s.dimension == dimension]
        texts = {i.id: i.text for i in self._items()} if shown else {}
        self.strategies = {s.id: s for s in strategies}
        for key, listing in self.lists.items():
            current = listing.currentItem().data(ID_ROLE) if listing.currentItem() else None
            listing.clear()
            for strategy in strategies:
                if strategy.type != key:
                    continue
                linked = [texts[i] for i in strategy.swot_ids if i in texts]
                second = self.tr("from %n item(s)", "", len(linked))
                if strategy.dimension:
                    second = dimension_label(strategy.dimension) + " · " + second
                entry = QListWidgetItem(strategy.text + "\n" + second)
                entry.setToolTip(plain_tooltip("\n".join(f"• {t}" for t in linked)))
                entry.setData(ID_ROLE, strategy.id)
                listing.addItem(entry)
                if strategy.id == current:
                    listing.setCurrentItem(entry)
        if region:
            self.caption.setText(self.tr("Region-level strategies: %n", "", len(strategies)))
        elif group_id is not None:
            self.caption.setText(self.tr("Strategies of the group {0}: %n", "",
                                         len(strategies)).format(
                self.board.group_combo.currentText()))
        else:
            self.caption.setText(self.tr("Strategies of {0}: %n", "", len(strategies)).format(
                self.board.opd_combo.currentText().split(" (")[0]) if opd_id else
                self.tr("Choose an OPD."))

    def selected(self, key: str) -> Strategy | None:
        """The strategy selected in one list."""
        entry = self.lists[key].currentItem()
        return self.strategies.get(entry.data(ID_ROLE)) if entry else None

    # -- edits ----------------------------------------------------------------------------
    def add(self, type_: str, text: str, swot_ids: list[str], dimension: str | None = None):
        """Add a strategy of the OPD (or, at region level, of the region; undo deletes it).
        While the board shows a group's entries, the strategy records that group."""
        ws, opd_id, group_id = self.ws, self.opd_id, self.board.group_id
        return self.run_edit(self.tr("Add strategy"),
                             lambda: swot.add_strategy(ws, type_, text, swot_ids, opd_id,
                                                       dimension=dimension, group_id=group_id),
                             lambda cmd: swot.delete_strategy(ws, cmd.result.id))

    def edit(self, strategy_id: str, type: str, text: str, swot_ids: list[str],  # noqa: A002
             dimension: str | None = None):
        """Change a strategy (undo restores type, text, links and dimension)."""
        ws = self.ws
        old = swot.get_strategy(ws, strategy_id)
        return self.run_edit(
            self.tr("Edit strategy"),
            lambda: swot.update_strategy(ws, strategy_id, type=type, text=text,
                                         swot_ids=swot_ids, dimension=dimension),
            lambda _cmd: swot.update_strategy(ws, strategy_id, type=old.type, text=old.text,
                                              swot_ids=old.swot_ids, dimension=old.dimension))

    def delete_selected(self, key: str) -> None:
        """Delete the selected strategy of a list (undo restores it)."""
        strategy = self.selected(key)
        if strategy is None:
            return
        ws = self.ws
        self.run_edit(self.tr("Delete strategy"),
                      lambda: swot.delete_strategy(ws, strategy.id),
                      lambda _cmd: swot.restore_strategy(ws, strategy.id))

    def open_add_dialog(self, key: str = "SO") -> StrategyDialog | None:
        """Open the dialog for a new strategy of a type."""
        if self.opd_id is None and not self.region.isChecked():
            return None
        dialog = StrategyDialog(self, self._items(), self.board.names, type_=key,
                                dimension=self.dimension_filter.currentData()
                                or self._group_dimension(),
                                codes=self._codes())
        dialog.accepted.connect(lambda: self.add(**{
            ("type_" if k == "type" else k): v for k, v in dialog.values().items()}))
        return self._open(dialog)

    def open_edit_dialog(self, key: str) -> StrategyDialog | None:
        """Open the dialog of the selected strategy."""
        strategy = self.selected(key)
        if strategy is None:
            return None
        dialog = StrategyDialog(self, self._items(), self.board.names, strategy=strategy,
                                codes=self._codes())
        dialog.accepted.connect(lambda: self.edit(strategy.id, **dialog.values()))
        return self._open(dialog)

    def _group_dimension(self) -> str | None:
        """The dimension of the dimension group the board shows, if it shows one."""
        group_id = self.board.group_id
        if group_id is None or self.ws is None:
            return None
        try:
            return groups.get_group(self.ws, group_id).dimension
        except NotFoundError:  # removed a moment ago: the filter follows on its reload
            return None

    def _codes(self) -> dict[str, str]:
        """OPD codes by id at region level or for a group (items of several OPDs are
        offered), else none."""
        if not self.region.isChecked() and self.group_id is None:
            return {}
        return {o.id: o.code for o in roster.list_opds(self.ws)}

    def _open(self, dialog):
        self._dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
