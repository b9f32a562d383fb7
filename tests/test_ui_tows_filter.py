"""Strategy per dimension (Bimtek III): the TOWS editor filters its four lists by dimension,
and a strategy added while a dimension is chosen gets that dimension (issue 10)."""

from __future__ import annotations

from boards_support import ctl, opd_id, show
from PySide6.QtWidgets import QDialogButtonBox

from smartbimtek.services import swot
from ui.views.swot_board import SwotBoardView

__all__ = ["ctl"]  # the fixture this module uses from boards_support


def test_tows_lists_filtered_by_dimension_and_new_strategy_takes_it(qtbot, ctl):
    board = show(qtbot, SwotBoardView(ctl))
    opd = opd_id(ctl, "DISKOMINFO")
    board.set_opd(opd)
    s = board.add_item("S", "Kekuatan")
    o = board.add_item("O", "Peluang")
    swot.add_strategy(ctl.ws, "SO", "Strategi tata kelola", [s.id, o.id], opd,
                      dimension="governance")
    swot.add_strategy(ctl.ws, "SO", "Strategi lingkungan", [s.id, o.id], opd,
                      dimension="environment")
    swot.add_strategy(ctl.ws, "SO", "Strategi tanpa dimensi", [s.id, o.id], opd)
    board.tabs.setCurrentWidget(board.tows)
    tows = board.tows
    tows.reload_now()
    assert tows.lists["SO"].count() == 3
    tows.dimension_filter.setCurrentIndex(tows.dimension_filter.findData("governance"))
    assert [tows.lists["SO"].item(i).text().split("\n")[0]
            for i in range(tows.lists["SO"].count())] == ["Strategi tata kelola"]
    dialog = tows.open_add_dialog("SO")
    assert dialog.dimension.currentData() == "governance"
    dialog.text.setPlainText("Strategi baru tata kelola")
    dialog.set_checked([s.id, o.id])
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: tows.lists["SO"].count() == 2)
    tows.dimension_filter.setCurrentIndex(0)  # all dimensions
    assert tows.lists["SO"].count() == 4
