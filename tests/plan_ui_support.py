"""Helpers of the Rencana view tests: the view over the demo workshop or a new one, typing
into its tables and fields as a user does, and a hostile-text walk of the view."""

from __future__ import annotations

import shutil

from plain_text_support import HOSTILE, Walker, report, select_first_rows, visit_tabs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit
from ui_support import make_controller, settle

from ui.controller import Controller
from ui.views.plan_view import PlanView


def demo_controller(tmp_path, demo_file) -> Controller:
    """A controller over a copy of the demo workshop."""
    path = tmp_path / "demo.bimtek"
    shutil.copyfile(demo_file, path)
    controller = Controller()
    controller.open(path)
    controller.undo_stack.clear()
    return controller


def new_controller(tmp_path, period=(2027, 2031)) -> Controller:
    """A controller over a new workshop (three OPDs, Bimtek I) with a plan period."""
    from smartbimtek.services import plan

    controller = make_controller(tmp_path)
    if period:
        plan.update_plan(controller.ws, period_start=period[0], period_end=period[1])
    controller.undo_stack.clear()
    return controller


def make_view(qtbot, controller, size=(1366, 700)) -> PlanView:
    """The Rencana view shown at ``size``."""
    view = PlanView(controller)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    settle(qtbot, 20)
    return view


def _editor(table, kind):
    """The open cell editor of a ``RecordTable``."""
    editors = [w for w in table.table.viewport().findChildren(kind) if w.isVisible()]
    assert len(editors) == 1, editors
    return editors[0]


def type_cell(qtbot, table, row: int, field: str, text: str) -> None:
    """Type ``text`` into a cell of a ``RecordTable`` through its editor, then Enter."""
    settle(qtbot, 10)
    col = next(n for n, c in enumerate(table.columns) if c.field == field)
    if table.table.state() != QAbstractItemView.State.EditingState:  # an add opens it
        table.table.setCurrentCell(row, col)
        table.table.editItem(table.table.item(row, col))
    assert (table.table.currentRow(), table.table.currentColumn()) == (row, col)
    editor = _editor(table, QLineEdit)
    editor.clear()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot, 10)


def choose_cell(qtbot, table, row: int, field: str, value) -> None:
    """Pick ``value`` in a choice cell through its drop-down editor."""
    settle(qtbot, 10)
    col = next(n for n, c in enumerate(table.columns) if c.field == field)
    table.table.setCurrentCell(row, col)
    table.table.editItem(table.table.item(row, col))
    combo = _editor(table, QComboBox)
    combo.setCurrentIndex(combo.findData(value))
    delegate = table.table.itemDelegate()
    delegate.commitData.emit(combo)  # what the delegate does when the choice is confirmed
    delegate.closeEditor.emit(combo)
    settle(qtbot, 10)


def cell_text(table, row: int, field: str) -> str:
    """The text a cell shows."""
    col = next(n for n, c in enumerate(table.columns) if c.field == field)
    return table.table.item(row, col).text()


def commit_text(qtbot, edit, text: str) -> None:
    """Replace a ``CommitTextEdit``'s text and leave it (Ctrl+Enter commits)."""
    edit.setFocus()
    edit.setPlainText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, 10)


def walk_hostile(qtbot, view) -> Walker:
    """Every tab of the view (a row selected in each table) checked for user text shown
    as rich text; returns the walker (problems empty when all is plain)."""
    walker = Walker()

    def visit():
        select_first_rows(qtbot, view)
        walker.walk(view, "plan view")

    visit_tabs(qtbot, view, visit)
    assert not walker.problems, report(walker)
    return walker


__all__ = ["HOSTILE", "cell_text", "choose_cell", "commit_text", "demo_controller",
           "make_view", "new_controller", "type_cell", "walk_hostile"]
