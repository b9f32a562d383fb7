"""SWOT board on real widgets over a fresh workshop: add, edit, move (drop and menu),
delete, merge and their undo; refusals; IFAS/EFAS totals and messages; TOWS; overview."""

from __future__ import annotations

import pytest
from boards_support import ctl, opd_id, show
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from smartbimtek import reference
from smartbimtek.services import swot
from ui.views.ifas_editor import RATING, WEIGHT
from ui.views.swot_board import SwotBoardView

__all__ = ["ctl"]  # the fixture this module uses from boards_support


@pytest.fixture
def board(qtbot, ctl):
    view = show(qtbot, SwotBoardView(ctl))
    view.set_opd(opd_id(ctl, "DISKOMINFO"))
    return view


def texts(ctl, code="DISKOMINFO", quadrant=None):
    return [i.text for i in swot.list_items(ctl.ws, opd_id=opd_id(ctl, code), quadrant=quadrant)]


def test_quick_add_with_enter_then_undo_and_redo(qtbot, ctl, board):
    line = board.panels["W"].quick_add
    qtbot.keyClicks(line, "Jaringan internet di kecamatan belum merata")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert texts(ctl, quadrant="W") == ["Jaringan internet di kecamatan belum merata"]
    assert line.text() == ""
    qtbot.waitUntil(lambda: len(board.panels["W"].model.items) == 1)
    assert board.panels["W"].header.text().endswith("(1)")
    ctl.undo_stack.undo()
    assert texts(ctl) == []
    ctl.undo_stack.redo()
    assert texts(ctl, quadrant="W") == ["Jaringan internet di kecamatan belum merata"]


def test_empty_and_overlong_text_are_refused_inline(qtbot, ctl, board):
    line = board.panels["S"].quick_add
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert texts(ctl) == []
    assert board.message.isVisible() and board.message.text()
    board.add_item("S", "x" * 20001)
    assert texts(ctl) == []
    assert board.message.text()
    board.add_item("S", "Ada <b>tag</b> & rumus =SUM(A1)\x07")
    assert texts(ctl) == ["Ada <b>tag</b> & rumus =SUM(A1)"]
    assert not board.message.isVisible()


def test_add_dialog_with_element_hint_and_refusal(qtbot, ctl, board):
    dialog = board.open_add_dialog("O")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.message.text()  # empty text: stays open, says why
    dialog.text.setPlainText("Program Satu Data Indonesia dari pusat")
    dialog.dimension.setCurrentIndex(dialog.dimension.findData("governance"))
    dialog.element.setCurrentIndex(dialog.element.findData("governance.policy"))
    hint = reference.label(reference.elements()["governance.policy"], "id", "hint")
    assert dialog.hint.text() == hint
    dialog.component.setCurrentIndex(dialog.component.findData("suprastruktur"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    [item] = swot.list_items(ctl.ws)
    assert (item.quadrant, item.dimension, item.element, item.component) == \
        ("O", "governance", "governance.policy", "suprastruktur")


def test_edit_dialog_changes_the_item_and_undo_restores(qtbot, ctl, board):
    item = board.add_item("S", "Fiber optik")
    qtbot.waitUntil(lambda: len(board.panels["S"].model.items) == 1)
    board.select_items([item.id])
    dialog = board.open_edit_dialog()
    assert dialog.text.toPlainText() == "Fiber optik"
    dialog.text.setPlainText("Fiber optik menghubungkan 34 kantor OPD")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert swot.get_item(ctl.ws, item.id).text == "Fiber optik menghubungkan 34 kantor OPD"
    ctl.undo_stack.undo()
    assert swot.get_item(ctl.ws, item.id).text == "Fiber optik"


def test_drop_on_another_quadrant_moves_the_item(qtbot, ctl, board):
    item = board.add_item("S", "Anggaran TIK naik")
    qtbot.waitUntil(lambda: len(board.panels["S"].model.items) == 1)
    source = board.panels["S"].model
    mime = source.mimeData([source.index(0)])
    target = board.panels["T"].model
    assert target.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert swot.get_item(ctl.ws, item.id).quadrant == "T"
    qtbot.waitUntil(lambda: [i.id for i in board.panels["T"].model.items] == [item.id])
    # dropping back on its own quadrant is not a move
    assert not target.dropMimeData(target.mimeData([target.index(0)]),
                                   Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    ctl.undo_stack.undo()
    assert swot.get_item(ctl.ws, item.id).quadrant == "S"


def test_move_to_menu_moves_every_selected_item_in_one_undo_step(qtbot, ctl, board):
    a = board.add_item("S", "Satu")
    b = board.add_item("S", "Dua")
    qtbot.waitUntil(lambda: len(board.panels["S"].model.items) == 2)
    board.select_items([a.id, b.id])
    assert board.move_actions["O"].isEnabled()
    board.move_actions["O"].trigger()
    assert texts(ctl, quadrant="O") == ["Satu", "Dua"]
    ctl.undo_stack.undo()
    assert texts(ctl, quadrant="S") == ["Satu", "Dua"]
    # keyboard: Alt+4 moves the selection to Threats
    qtbot.waitUntil(lambda: len(board.panels["S"].model.items) == 2)
    board.select_items([a.id])
    board.activateWindow()
    qtbot.waitActive(board)
    board.panels["S"].view.setFocus()
    qtbot.keyClick(board.panels["S"].view, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert texts(ctl, quadrant="T") == ["Satu"]


def test_delete_key_deletes_the_selection_and_undo_restores(qtbot, ctl, board):
    a = board.add_item("W", "Satu")
    b = board.add_item("W", "Dua")
    board.add_item("W", "Tiga")
    qtbot.waitUntil(lambda: len(board.panels["W"].model.items) == 3)
    board.select_items([a.id, b.id])
    view = board.panels["W"].view
    board.activateWindow()
    qtbot.waitActive(board)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert texts(ctl) == ["Tiga"]
    ctl.undo_stack.undo()
    assert sorted(texts(ctl)) == ["Dua", "Satu", "Tiga"]


def test_merge_and_undo(qtbot, ctl, board):
    a = board.add_item("W", "SDM TIK kurang")
    b = board.add_item("W", "kekurangan tenaga TIK")
    board.add_item("W", "Lain")
    qtbot.waitUntil(lambda: len(board.panels["W"].model.items) == 3)
    board.select_items([a.id, b.id])
    dialog = board.open_merge_dialog()
    dialog.keep.setCurrentRow(1)
    assert dialog.text.toPlainText() == "kekurangan tenaga TIK"
    dialog.text.setPlainText("Tenaga TIK di OPD kurang")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert sorted(texts(ctl)) == ["Lain", "Tenaga TIK di OPD kurang"]
    assert swot.get_item(ctl.ws, b.id).text == "Tenaga TIK di OPD kurang"
    ctl.undo_stack.undo()
    assert sorted(texts(ctl)) == ["Lain", "SDM TIK kurang", "kekurangan tenaga TIK"]


def test_ifas_editor_live_totals_and_weight_message(qtbot, ctl, board):
    s = board.add_item("S", "Kekuatan")
    w = board.add_item("W", "Kelemahan")
    o = board.add_item("O", "Peluang")
    t = board.add_item("T", "Ancaman")
    board.tabs.setCurrentWidget(board.ifas)
    editor = board.ifas
    qtbot.waitUntil(lambda: editor.model.rowCount() == 8)

    def cell(item, col):
        return editor.model.index(editor.model.row_of(item.id), col)

    assert editor.model.setData(cell(s, WEIGHT), 0.6)
    assert editor.model.setData(cell(s, RATING), 4)
    qtbot.waitUntil(lambda: editor.totals["S"].text() in ("2,40", "2.40"))
    assert "0,60" in editor.checks.text() or "0.60" in editor.checks.text()
    assert "✗" in editor.sums["internal"].text()
    for item, weight, rating in ((w, 0.4, 2), (o, 0.7, 3), (t, 0.3, 2)):
        editor.model.setData(cell(item, WEIGHT), weight)
        editor.model.setData(cell(item, RATING), rating)
    qtbot.waitUntil(lambda: "✓" in editor.sums["external"].text())
    assert "✓" in editor.sums["internal"].text()
    result = swot.ifas(ctl.ws, opd_id(ctl, "DISKOMINFO"))
    assert result.valid and result.quadrant == editor.diagram.quadrant == "I"
    assert editor.diagram.point == pytest.approx((2.4 - 0.8, 2.1 - 0.6))
    assert "I" in editor.diagram.labels["caption"]
    # a weight above 1 is refused with a message, nothing stored
    assert not editor.set_value(s.id, "weight", 1.5)
    assert editor.message.text()
    assert swot.get_item(ctl.ws, s.id).weight == 0.6
    ctl.undo_stack.undo()  # the last rating of T
    assert swot.get_item(ctl.ws, t.id).rating is None


def test_tows_strategy_linked_to_items(qtbot, ctl, board):
    s = board.add_item("S", "Kekuatan A")
    o = board.add_item("O", "Peluang B")
    board.add_item("W", "Kelemahan C")
    board.tabs.setCurrentWidget(board.tows)
    dialog = board.tows.open_add_dialog("SO")
    assert dialog.links.count() == 2  # only S and O items for an SO strategy
    dialog.text.setPlainText("Manfaatkan A untuk meraih B")
    dialog.set_checked([s.id, o.id])
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    [strategy] = swot.list_strategies(ctl.ws, opd_id(ctl, "DISKOMINFO"))
    assert strategy.type == "SO" and set(strategy.swot_ids) == {s.id, o.id}
    qtbot.waitUntil(lambda: board.tows.lists["SO"].count() == 1)
    board.tows.lists["SO"].setCurrentRow(0)
    board.tows.delete_selected("SO")
    assert swot.list_strategies(ctl.ws) == []
    ctl.undo_stack.undo()
    assert len(swot.list_strategies(ctl.ws)) == 1


def test_overview_pivots_by_dimension_and_component(qtbot, ctl, board):
    swot.add_item(ctl.ws, opd_id(ctl, "DLH"), "W", "Sampah", dimension="environment",
                  component="infrastruktur")
    swot.add_item(ctl.ws, opd_id(ctl, "BAPPEDA"), "W", "Data", dimension="governance")
    board.tabs.setCurrentWidget(board.overview)
    overview = board.overview
    qtbot.waitUntil(lambda: overview.cells != {})
    row = overview.groups.index("environment")
    overview.table.setCurrentCell(row, 1)
    assert overview.detail_texts() == ["[DLH] Sampah"]
    overview.set_pivot("component")
    assert None in overview.groups  # "not assigned" row for the item without component
    overview.table.setCurrentCell(overview.groups.index("infrastruktur"), 1)
    assert overview.detail_texts() == ["[DLH] Sampah"]


def test_other_opds_changes_do_not_reload_the_board(qtbot, ctl, board):
    calls = []
    board.reload_items = lambda: calls.append(1)  # the board's own OPD is DISKOMINFO
    item = swot.add_item(ctl.ws, opd_id(ctl, "DLH"), "S", "Lain")
    swot.update_item(ctl.ws, item.id, text="Lain lagi")
    index = board.opd_combo.findData(opd_id(ctl, "DLH"))
    qtbot.waitUntil(lambda: "(1 " in board.opd_combo.itemText(index))  # its count follows
    assert calls == []
    assert board.items() == []


def test_an_item_from_a_table_appears_live_on_the_board(qtbot, ctl, board):
    board.reload_items = None  # a new item must not need a full reload
    swot.add_item(ctl.ws, opd_id(ctl, "DISKOMINFO"), "O", "Dari meja 3", source="table")
    qtbot.waitUntil(lambda: [i.text for i in board.panels["O"].model.items] == ["Dari meja 3"])
    assert board.panels["O"].header.text().endswith("(1)")
    assert "(1 " in board.opd_combo.currentText()


def test_show_on_projector_sends_the_opd_or_the_overview(qtbot, ctl, board):
    sent = []
    ctl.projector_board.connect(lambda kind, param: sent.append((kind, param)))
    board.project_button.click()
    board.tabs.setCurrentWidget(board.overview)
    board.overview.set_pivot("component")
    board.project_button.click()
    assert sent == [("swot", opd_id(ctl, "DISKOMINFO")), ("overview", "component")]


def test_a_drop_event_on_another_quadrants_cards_moves_the_item(qtbot, ctl, board):
    item = board.add_item("S", "Diseret ke Peluang")
    qtbot.waitUntil(lambda: len(board.panels["S"].model.items) == 1)
    source = board.panels["S"].model
    mime = source.mimeData([source.index(0)])
    viewport = board.panels["O"].view.viewport()
    pos = QPoint(20, 20)  # drag enter/move events take integer points, drop takes QPointF
    action = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, action, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDragMoveEvent(pos, action, mime, buttons, mods))
    drop = QDropEvent(QPointF(pos), action, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    assert swot.get_item(ctl.ws, item.id).quadrant == "O"
    qtbot.waitUntil(lambda: [i.text for i in board.panels["O"].model.items] ==
                    ["Diseret ke Peluang"])


def test_an_undo_the_file_refuses_is_reported_and_leaves_the_item(qtbot, ctl, board):
    import sqlite3

    errors = []
    ctl.error_raised.connect(errors.append)
    board.add_item("W", "Jaringan internet belum merata")
    assert texts(ctl) == ["Jaringan internet belum merata"] and ctl.undo_stack.count() == 1
    ctl.ws.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(ctl.ws.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another writer holds the file
        ctl.undo_stack.undo()
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert [e.code for e in errors] == ["busy"]
    assert texts(ctl) == ["Jaringan internet belum merata"]  # the undo wrote nothing
    assert ctl.undo_stack.count() == 0  # and is not offered again as if it had happened
    board.add_item("S", "Ada pusat data")
    ctl.undo_stack.undo()
    assert texts(ctl) == ["Jaringan internet belum merata"]
