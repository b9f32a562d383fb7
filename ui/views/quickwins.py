"""The quick win list per dimension: candidates from the matrix and the programs chosen as
quick win programs unggulan, with the checkbox "chosen as quick win" (``set_quick_win``);
"Edit profile" (or a double click on a chosen quick win) shows its profile editor in place of
the list (``quickwin_profile.QuickWinProfileEditor``)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartbimtek import reference
from smartbimtek.services import programs

from ..widgets.common import plain_tooltip, reserve_lines
from .board_base import BoardView, dimension_label
from .board_labels import matrix_label
from .matrix_data import priority_data
from .quickwin_data import quick_win_lists
from .quickwin_profile import QuickWinProfileEditor

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class QuickWinList(BoardView):
    """A tree: dimensions, each with its chosen quick wins and its candidates."""

    ENTITIES = frozenset({"program", "opd", "criterion", "setting", "quickwin_profile",
                          "milestone"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([self.tr("Chosen as quick win"), self.tr("OPD"),
                                   self.tr("Impact"), self.tr("Effort"), self.tr("Matrix")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in ((1, 13), (2, 7), (3, 7), (4, 13)):
            header.resizeSection(column, chars * char + 12)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemChanged.connect(self._item_changed)
        hint = QLabel(self.tr("Tick the programs the plenary chooses as quick win programs "
                              "unggulan (usually 3–6 per region per year). Candidates are the "
                              "programs in the Quick Win quadrant."), self)
        hint.setWordWrap(True)
        self.profile_button = QPushButton(self.tr("Edit profile…"), self)
        self.profile_button.setToolTip(self.tr("Innovation name, problem, beneficiaries, budget, "
                                               "indicator, milestones and risks of the "
                                               "selected chosen quick win"))
        self.profile_button.clicked.connect(lambda: self.open_profile(self.selected_id()))
        self.tree.itemDoubleClicked.connect(
            lambda item, _c: item.data(0, ID_ROLE) and self.open_profile(item.data(0, ID_ROLE)))
        self.tree.currentItemChanged.connect(lambda *_a: self._update_button())
        self.profile = QuickWinProfileEditor(self.run_edit, self)
        self.profile.back_requested.connect(self.show_list)
        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(hint)
        list_layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.addWidget(self.profile_button)
        row.addStretch(1)
        list_layout.addLayout(row)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(list_page)
        self.pages.addWidget(self.profile)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(reserve_lines(self.message))
        self._update_button()

    def reload(self) -> None:
        """Re-read programs and priorities (and the profile shown)."""
        if self.pages.currentWidget() is self.profile:
            live = self.ws is not None and any(
                p.id == self.profile.program_id for p in programs.list_programs(self.ws))
            if live:
                self.profile.refresh()
            else:
                self.show_list()
        selected = self.selected_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        if self.ws is None:
            self.tree.blockSignals(False)
            return
        data = priority_data(self.controller)
        codes = data.codes
        lists = quick_win_lists(data.programs, data.priorities)
        bold = QFont(self.font())
        bold.setBold(True)
        locale = QLocale()
        for dim in reference.dimension_ids():
            entries = lists.get(dim, [])
            chosen = sum(1 for e in entries if e.program.quick_win)
            top = QTreeWidgetItem([self.tr("{0}: {1} chosen").format(
                dimension_label(dim), chosen) + ", " + self.tr("%n candidate(s)", "",
                                                             len(entries) - chosen)])
            top.setFont(0, bold)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for entry in entries:
                prio = entry.priority

                def fmt(value):
                    return "–" if value is None else locale.toString(float(value), "f", 1)

                row = QTreeWidgetItem([entry.program.title, codes.get(entry.program.opd_id, ""),
                                       fmt(prio.impact if prio else None),
                                       fmt(prio.effort if prio else None),
                                       matrix_label(prio.quadrant if prio else None)])
                row.setData(0, ID_ROLE, entry.program.id)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(0, Qt.CheckState.Checked if entry.program.quick_win
                                  else Qt.CheckState.Unchecked)
                row.setToolTip(0, plain_tooltip(entry.program.title))
                top.addChild(row)
            top.setExpanded(True)
        for row in self.program_items():
            if selected and row.data(0, ID_ROLE) == selected:
                self.tree.setCurrentItem(row)
        self.tree.blockSignals(False)
        self._update_button()

    def selected_id(self) -> str | None:
        """The program of the selected row (None for a dimension row or nothing)."""
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def _update_button(self) -> None:
        self.profile_button.setEnabled(bool(self.selected_id()))

    def open_profile(self, program_id: str | None) -> bool:
        """Show the profile editor of a program (a chosen quick win, or a candidate that
        the facilitator profiles ahead). False without a program."""
        if not program_id or self.ws is None:
            return False
        self.profile.set_program(self.ws, program_id)
        self.pages.setCurrentWidget(self.profile)
        return True

    def show_list(self) -> None:
        """Back from the profile editor to the list."""
        self.pages.setCurrentIndex(0)

    def program_items(self) -> list[QTreeWidgetItem]:
        """Every program row of the tree."""
        return [self.tree.topLevelItem(t).child(c) for t in range(self.tree.topLevelItemCount())
                for c in range(self.tree.topLevelItem(t).childCount())]

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        program_id = item.data(0, ID_ROLE)
        if column == 0 and program_id:
            self.choose(program_id, item.checkState(0) == Qt.CheckState.Checked)

    def choose(self, program_id: str, chosen: bool) -> None:
        """Mark (or unmark) a program as a chosen quick win (undoable)."""
        ws = self.ws
        old = programs.get_program(ws, program_id).quick_win
        if old == chosen:
            return
        self.run_edit(self.tr("Choose quick win") if chosen else self.tr("Unchoose quick win"),
                      lambda: programs.set_quick_win(ws, program_id, chosen),
                      lambda _cmd: programs.set_quick_win(ws, program_id, old))
