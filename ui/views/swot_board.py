"""The SWOT board of the facilitator console: one OPD's four quadrants as cards (add, edit,
delete, drag to another quadrant or "Move to...", merge duplicates), the overview across all
OPDs, the IFAS/EFAS editor and the TOWS strategies, each in a tab. The "Group" filter shows
one group's (kelompok's) entries instead, of every OPD at its table; items added then are the
chosen OPD's and record the group."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.model import QUADRANTS, SwotItem
from smartbimtek.services import groups, roster, swot, swot_merge

from ..widgets.common import reserve_lines, share_message_line, size_to_current_page
from ..widgets.flow_layout import FlowLayout
from .board_base import BoardView
from .ifas_editor import IfasEditor
from .swot_cards import QUADRANT_COLORS, CardListView, SwotItemModel
from .swot_dialogs import MergeDialog, SwotItemDialog
from .swot_overview import SwotOverview
from .tows import TowsEditor

_EDITABLE = ("text", "quadrant", "dimension", "element", "component")


def quadrant_names() -> dict[str, str]:
    """Translated quadrant names (Kekuatan, Kelemahan, Peluang, Ancaman)."""
    return {"S": QCoreApplication.translate("SwotBoardView", "Strengths"), "W": QCoreApplication.translate("SwotBoardView", "Weaknesses"),
            "O": QCoreApplication.translate("SwotBoardView", "Opportunities"), "T": QCoreApplication.translate("SwotBoardView", "Threats")}


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
        self.view.setAccessibleName(title)
        self.quick_add = QLineEdit(self)
        self.quick_add.setPlaceholderText(self.tr("New item, press Enter"))
        self.quick_add.setAccessibleName(self.tr("New item in {0}").format(title))
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

    ENTITIES = frozenset({"swot", "opd", "group"})
    INCREMENTAL_ADD = "swot"

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.names = quadrant_names()
        self._counts: dict[str, int] = {}
        self.opd_combo = QComboBox(self)
        self.opd_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.opd_combo.setMinimumContentsLength(24)
        self.opd_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.opd_combo.setAccessibleName(self.tr("OPD"))
        self.opd_combo.currentIndexChanged.connect(self._opd_chosen)
        self._build_actions()
        # One row on a wide screen; on a small one the buttons wrap onto a second row.
        top = FlowLayout(stretch_first=True)
        chooser = QWidget(self)
        chooser_row = QHBoxLayout(chooser)
        chooser_row.setContentsMargins(0, 0, 0, 0)
        opd_label = QLabel(self.tr("&OPD:"), chooser)
        opd_label.setBuddy(self.opd_combo)
        chooser_row.addWidget(opd_label)
        chooser_row.addWidget(self.opd_combo, 1)
        chooser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        top.addWidget(chooser)
        top.addWidget(self._group_chooser())
        for action in (self.add_action, self.edit_action, self.delete_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            top.addWidget(button)
        self.move_button = QPushButton(self.tr("Move to…"), self)
        self.move_button.setMenu(self.move_menu)
        top.addWidget(self.move_button)
        merge_button = QToolButton(self)
        merge_button.setDefaultAction(self.merge_action)
        top.addWidget(merge_button)
        self.project_button = QPushButton(self.tr("Show on projector"), self)
        self.project_button.setToolTip(self.tr("Show this OPD's SWOT (or, from the overview tab, "
                                               "the overview) on the projector"))
        self.project_button.clicked.connect(self.show_on_projector)
        top.addWidget(self.project_button)

        board = QWidget(self)
        grid = QGridLayout(board)
        grid.setContentsMargins(0, 4, 0, 0)
        self.panels = {q: QuadrantPanel(q, self.names[q], self) for q in QUADRANTS}
        for n, q in enumerate(QUADRANTS):
            grid.addWidget(self.panels[q], n // 2, n % 2)
            panel = self.panels[q]
            panel.view.customContextMenuRequested.connect(
                lambda pos, p=panel: self._context_menu(p, pos))
            panel.view.doubleClicked.connect(lambda _i: self.open_edit_dialog())
            panel.view.selectionModel().selectionChanged.connect(self._update_actions)
            panel.view.addActions([self.edit_action, self.delete_action, self.merge_action,
                                   *self.move_actions.values()])
        self.overview = SwotOverview(controller, self)
        self.ifas = IfasEditor(controller, self)
        self.tows = TowsEditor(controller, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(board, self.tr("Board"))
        self.tabs.addTab(self.overview, self.tr("Overview of all OPDs"))
        self.tabs.addTab(self.ifas, self.tr("IFAS/EFAS"))
        self.tabs.addTab(self.tows, self.tr("TOWS strategies"))
        size_to_current_page(self.tabs)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(reserve_lines(self.message))
        share_message_line(self, self.ifas, self.tows)
        self._dialog = None
        self._wanted_opd: str | None = None
        self._update_actions()
        self.schedule_reload()

    def _group_chooser(self) -> QWidget:
        """"Group: [All | a group...]", hidden while the bimtek has no shared groups."""
        self.group_combo = QComboBox(self)
        self.group_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group_combo.setMinimumContentsLength(14)
        self.group_combo.setAccessibleName(self.tr("Group"))
        self.group_combo.currentIndexChanged.connect(lambda _i: self.reload_items())
        self.group_chooser = QWidget(self)
        row = QHBoxLayout(self.group_chooser)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Group:"), self.group_chooser)
        label.setBuddy(self.group_combo)
        row.addWidget(label)
        row.addWidget(self.group_combo, 1)
        self.group_chooser.hide()
        return self.group_chooser

    @property
    def group_id(self) -> str | None:
        """The group whose entries are shown (None: the OPD's items)."""
        return self.group_combo.currentData()

    def set_group(self, group_id: str | None) -> None:
        """Show one group's entries (None: back to the OPD's items)."""
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(group_id)))

    def _fill_groups(self) -> None:
        current = self.group_id
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("All (items of the OPD)"), None)
        shared = groups.shared_groups(self.ws) if self.ws is not None else []
        for group in shared:
            self.group_combo.addItem(group.name, group.id)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(current)))
        self.group_combo.blockSignals(False)
        self.group_chooser.setVisible(bool(shared))

    def _build_actions(self) -> None:
        self.add_action = QAction(self.tr("Add item…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_action.triggered.connect(lambda: self.open_add_dialog())
        self.edit_action = QAction(self.tr("Edit…"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(lambda: self.open_edit_dialog())
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(lambda: self.delete_selected())
        self.merge_action = QAction(self.tr("Merge duplicates…"), self)
        self.merge_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.merge_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.merge_action.triggered.connect(lambda: self.open_merge_dialog())
        self.move_menu = QMenu(self.tr("Move to"), self)
        self.move_actions: dict[str, QAction] = {}
        for n, q in enumerate(QUADRANTS, start=1):
            action = QAction(self.names[q], self)
            action.setShortcut(QKeySequence(f"Alt+{n}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, q=q: self.move_selected(q))
            self.move_menu.addAction(action)
            self.move_actions[q] = action
        self.addActions([self.add_action, self.edit_action, self.delete_action,
                         self.merge_action, *self.move_actions.values()])

    def show_on_projector(self) -> None:
        """Send what this board shows to the projector: the OPD's SWOT or the overview."""
        if self.tabs.currentWidget() is self.overview:
            self.controller.show_on_projector("overview", self.overview.by)
        elif self.group_id is not None:
            self.controller.show_on_projector("swot", f"group:{self.group_id}")
        else:
            self.controller.show_on_projector("swot", self.opd_id)

    # -- data -----------------------------------------------------------------------------
    @property
    def opd_id(self) -> str | None:
        """The OPD shown."""
        return self.opd_combo.currentData()

    def set_opd(self, opd_id: str) -> None:
        """Show another OPD's SWOT (remembered until the list is loaded, if it is not yet)."""
        index = self.opd_combo.findData(opd_id)
        if index >= 0:
            self.opd_combo.setCurrentIndex(index)
        else:
            self._wanted_opd = opd_id

    def _opd_chosen(self, _index: int) -> None:
        self.reload_items()
        self.ifas.schedule_reload()
        self.tows.schedule_reload()

    def concerns(self, change) -> bool:
        """Items of the OPD shown (any OPD's new item: its count in the list), the roster."""
        if change.entity in ("opd", "group") or (change.entity == "swot" and self.group_id):
            return True
        if change.entity == "swot" and change.action == "add":
            return True
        return change.entity == "swot" and change.opd_id in (None, self.opd_id)

    def reload(self) -> None:
        """Re-read the OPD list and the items of the OPD shown."""
        previous = self.opd_id
        current = self._wanted_opd or previous
        self._wanted_opd = None
        self.opd_combo.blockSignals(True)
        self.opd_combo.clear()
        self._counts = swot.count_items(self.ws) if self.ws is not None else {}
        if self.ws is not None:
            for opd in roster.list_opds(self.ws):
                self.opd_combo.addItem(self._opd_text(opd.code, opd.name, opd.id), opd.id)
        index = self.opd_combo.findData(current)
        self.opd_combo.setCurrentIndex(index if index >= 0 else 0)
        self.opd_combo.blockSignals(False)
        self._fill_groups()
        if self.opd_id != previous:
            self.ifas.schedule_reload()
            self.tows.schedule_reload()
        self.reload_items()

    def _opd_text(self, code: str, name: str, opd_id: str) -> str:
        return self.tr("{0} – {1} ({2} items)").format(code, name, self._counts.get(opd_id, 0))

    def apply_added(self, ids: list[str]) -> None:
        """New items join their quadrant (and the OPD counts) without a full reload."""
        for item_id in ids:
            item = swot.get_item(self.ws, item_id)
            self._counts[item.opd_id] = self._counts.get(item.opd_id, 0) + 1
            index = self.opd_combo.findData(item.opd_id)
            if index >= 0:
                opd = roster.get_opd(self.ws, item.opd_id)
                self.opd_combo.setItemText(index, self._opd_text(opd.code, opd.name, opd.id))
            if self.group_id is not None:
                self.reload_items()  # the group's entries, of every OPD at its table
                return
            if item.opd_id != self.opd_id:
                continue
            panel = self.panels[item.quadrant]
            panel.model.append(item)
            panel.header.setText(f"{panel.title} ({len(panel.model.items)})")

    def reload_items(self) -> None:
        """Re-read the items of the OPD shown (keeping the selection)."""
        selected = {i.id for i in self.selected_items()}
        group_id = self.group_id
        if self.ws is not None and group_id is not None:
            items = swot.list_items(self.ws, group_id=group_id)
            codes = {o.id: o.code for o in roster.list_opds(self.ws)}
        else:
            items = swot.list_items(self.ws, opd_id=self.opd_id) \
                if self.ws and self.opd_id else []
            codes = {}
        for q, panel in self.panels.items():
            panel.model.opd_codes = codes
            panel.set_items([i for i in items if i.quadrant == q])
            selection = panel.view.selectionModel()
            for row, item in enumerate(panel.model.items):
                if item.id in selected:
                    selection.select(panel.model.index(row),
                                     selection.SelectionFlag.Select)
        self._update_actions()

    def items(self, quadrant: str | None = None) -> list[SwotItem]:
        """The items shown (of one quadrant, if given)."""
        quads = [quadrant] if quadrant else QUADRANTS
        return [i for q in quads for i in self.panels[q].model.items]

    def selected_items(self) -> list[SwotItem]:
        """The selected cards of all four quadrants."""
        return [i for q in QUADRANTS for i in self.panels[q].view.selected_items()]

    def select_items(self, item_ids: list[str]) -> None:
        """Select these cards (and nothing else)."""
        for panel in self.panels.values():
            selection = panel.view.selectionModel()
            selection.clearSelection()
            for row, item in enumerate(panel.model.items):
                if item.id in item_ids:
                    selection.select(panel.model.index(row), selection.SelectionFlag.Select)
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        count = len(self.selected_items())
        has_opd = self.opd_id is not None
        self.add_action.setEnabled(has_opd)
        self.edit_action.setEnabled(count == 1)
        self.delete_action.setEnabled(count >= 1)
        self.merge_action.setEnabled(count >= 2)
        self.move_button.setEnabled(count >= 1)
        for action in self.move_actions.values():
            action.setEnabled(count >= 1)
        for panel in self.panels.values():
            panel.quick_add.setEnabled(has_opd)

    def _context_menu(self, panel: QuadrantPanel, pos) -> None:
        index = panel.view.indexAt(pos)
        if index.isValid() and not panel.view.selectionModel().isSelected(index):
            self.select_items([panel.model.items[index.row()].id])
        menu = QMenu(self)
        menu.addAction(self.add_action)
        menu.addAction(self.edit_action)
        menu.addMenu(self.move_menu)
        menu.addAction(self.merge_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.popup(panel.view.viewport().mapToGlobal(pos))

    # -- edits ----------------------------------------------------------------------------
    def add_item(self, quadrant: str, text: str, clear: QLineEdit | None = None, **fields):
        """Add an item to the OPD shown (undo deletes it). Returns the item or None."""
        if self.ws is None or self.opd_id is None:
            return None
        ws, opd_id, group_id = self.ws, self.opd_id, self.group_id
        item = self.run_edit(
            self.tr("Add SWOT item"),
            lambda: swot.add_item(ws, opd_id, quadrant, text, group_id=group_id, **fields),
            lambda cmd: swot.delete_item(ws, cmd.result.id))
        if item is not None and clear is not None:
            clear.clear()
        return item

    def edit_item(self, item_id: str, **fields):
        """Change an item's fields (undo puts the old values back)."""
        ws = self.ws
        old = swot.get_item(ws, item_id)
        before = {k: getattr(old, k) for k in _EDITABLE if k in fields}
        if all(before[k] == v for k, v in fields.items()):
            return old
        return self.run_edit(self.tr("Edit SWOT item"),
                             lambda: swot.update_item(ws, item_id, **fields),
                             lambda _cmd: swot.update_item(ws, item_id, **before))

    def move_items(self, item_ids: list[str], quadrant: str) -> None:
        """Move items to another quadrant: one undo step (undo moves them back)."""
        ws = self.ws
        with self.undo_macro(self.tr("Move SWOT items")):
            for item_id in item_ids:
                old = swot.get_item(ws, item_id).quadrant
                if old == quadrant:
                    continue
                self.run_edit(self.tr("Move SWOT item"),
                              lambda i=item_id: swot.move_item(ws, i, quadrant),
                              lambda _cmd, i=item_id, o=old: swot.move_item(ws, i, o))

    def move_selected(self, quadrant: str) -> None:
        """"Move to...": the keyboard and menu alternative to dragging."""
        self.move_items([i.id for i in self.selected_items()], quadrant)

    def delete_selected(self) -> None:
        """Delete the selected items: one undo step (undo restores them)."""
        ws = self.ws
        selected = self.selected_items()
        if not selected:
            return
        with self.undo_macro(self.tr("Delete SWOT items")):
            for item in selected:
                self.run_edit(self.tr("Delete SWOT item"),
                              lambda i=item.id: swot.delete_item(ws, i),
                              lambda _cmd, i=item.id: swot.restore_item(ws, i))

    def merge(self, keep_id: str, other_ids: list[str], text: str | None = None):
        """Merge duplicates into ``keep_id``; undo restores the merged items, the old text
        and the links."""
        ws = self.ws
        return self.run_edit(self.tr("Merge SWOT items"),
                             lambda: swot_merge.merge(ws, keep_id, other_ids, text),
                             lambda cmd: swot_merge.unmerge(ws, cmd.result[1]))

    # -- dialogs (non-blocking: the board applies the input on accept) --------------------
    def open_add_dialog(self, quadrant: str = "S") -> SwotItemDialog | None:
        """Open the add dialog (text, quadrant, dimension, element with its hint, component)."""
        if self.opd_id is None:
            return None
        dialog = SwotItemDialog(self, self.names, quadrant=quadrant)
        dialog.accepted.connect(lambda: self.add_item(**dialog.fields()))
        return self._open(dialog)

    def open_edit_dialog(self) -> SwotItemDialog | None:
        """Open the edit dialog of the one selected item."""
        selected = self.selected_items()
        if len(selected) != 1:
            return None
        item = selected[0]
        dialog = SwotItemDialog(self, self.names, item=item)
        dialog.accepted.connect(lambda: self.edit_item(item.id, **dialog.fields()))
        return self._open(dialog)

    def open_merge_dialog(self) -> MergeDialog | None:
        """Open the merge dialog for the selected items (two or more)."""
        selected = self.selected_items()
        if len(selected) < 2:
            return None
        dialog = MergeDialog(self, selected, self.names)
        dialog.accepted.connect(lambda: self.merge(
            dialog.keep_id(), [i.id for i in selected], dialog.merged_text()))
        return self._open(dialog)

    def _open(self, dialog):
        self._dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
