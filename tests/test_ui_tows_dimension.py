"""TOWS strategies with a dimension, and the region's own strategies (no OPD), on real
widgets: add through the dialog, edit the dimension, undo and redo; items of every OPD
offered at region level; markup kept literally (issue 9)."""

from __future__ import annotations

from boards_support import ctl, demo_controller, opd_id, show
from PySide6.QtWidgets import QDialogButtonBox

from smartbimtek.services import swot
from ui.views.swot_board import SwotBoardView

__all__ = ["ctl"]  # the fixture this module uses from boards_support

HOSTILE = "Perkuat <b>layanan</b> & <img src=x> daring"


def _save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_opd_strategy_with_a_dimension_edit_and_undo(qtbot, ctl):
    board = show(qtbot, SwotBoardView(ctl))
    board.set_opd(opd_id(ctl, "DISKOMINFO"))
    s = board.add_item("S", "Kekuatan")
    o = board.add_item("O", "Peluang")
    board.tabs.setCurrentWidget(board.tows)
    tows = board.tows
    dialog = tows.open_add_dialog("SO")
    dialog.text.setPlainText(HOSTILE)
    dialog.dimension.setCurrentIndex(dialog.dimension.findData("governance"))
    dialog.set_checked([s.id, o.id])
    _save(dialog)
    [strategy] = swot.list_strategies(ctl.ws)
    assert strategy.dimension == "governance" and strategy.opd_id == opd_id(ctl, "DISKOMINFO")
    qtbot.waitUntil(lambda: tows.lists["SO"].count() == 1)
    assert tows.lists["SO"].item(0).text().startswith(HOSTILE + "\n")
    assert "Governance" in tows.lists["SO"].item(0).text()
    tows.lists["SO"].setCurrentRow(0)
    dialog = tows.open_edit_dialog("SO")
    assert dialog.dimension.currentData() == "governance"
    dialog.dimension.setCurrentIndex(dialog.dimension.findData("living"))
    _save(dialog)
    assert swot.get_strategy(ctl.ws, strategy.id).dimension == "living"
    ctl.undo_stack.undo()
    assert swot.get_strategy(ctl.ws, strategy.id).dimension == "governance"
    ctl.undo_stack.redo()
    assert swot.get_strategy(ctl.ws, strategy.id).dimension == "living"


def test_region_level_strategies_listed_added_and_undone(qtbot, ctl):
    board = show(qtbot, SwotBoardView(ctl))
    board.set_opd(opd_id(ctl, "DISKOMINFO"))
    w = board.add_item("W", "Sinyal lemah")
    board.set_opd(opd_id(ctl, "DLH"))
    o = board.add_item("O", "Dana CSR")
    board.tabs.setCurrentWidget(board.tows)
    tows = board.tows
    swot.add_strategy(ctl.ws, "SO", "Strategi OPD", [], opd_id(ctl, "DLH"))
    tows.region.setChecked(True)
    assert "Region" in tows.caption.text() and tows.lists["SO"].count() == 0
    dialog = tows.open_add_dialog("WO")
    assert dialog.links.count() == 2  # items of both OPDs, named by their OPD
    assert any("DISKOMINFO" in dialog.links.item(r).text() for r in range(2))
    dialog.text.setPlainText("Gunakan CSR untuk memperkuat jaringan")
    dialog.dimension.setCurrentIndex(dialog.dimension.findData("society"))
    dialog.set_checked([w.id, o.id])
    _save(dialog)
    region = [s for s in swot.list_strategies(ctl.ws) if s.opd_id is None]
    assert len(region) == 1 and region[0].dimension == "society"
    assert set(region[0].swot_ids) == {w.id, o.id}
    qtbot.waitUntil(lambda: tows.lists["WO"].count() == 1)
    tows.lists["WO"].setCurrentRow(0)
    tows.delete_selected("WO")
    assert [s for s in swot.list_strategies(ctl.ws) if s.opd_id is None] == []
    ctl.undo_stack.undo()
    assert len([s for s in swot.list_strategies(ctl.ws) if s.opd_id is None]) == 1
    # an empty text is refused in the dialog
    dialog = tows.open_add_dialog("ST")
    _save(dialog)
    assert dialog.isVisible() and dialog.message.text()
    dialog.reject()
    tows.region.setChecked(False)
    qtbot.waitUntil(lambda: tows.lists["SO"].count() == 1)


def test_demo_region_strategies_shown(qtbot, tmp_path, demo_file):
    with demo_controller(tmp_path, demo_file) as ctl:
        board = show(qtbot, SwotBoardView(ctl))
        board.tabs.setCurrentWidget(board.tows)
        board.tows.region.setChecked(True)
        region = [s for s in swot.list_strategies(ctl.ws) if s.opd_id is None]
        shown = sum(board.tows.lists[k].count() for k in board.tows.lists)
        assert shown == len(region)
