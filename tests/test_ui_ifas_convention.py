"""The IFAS editor's rating convention on real widgets: the selector names both conventions,
changing it converts the stored W/T ratings (``swot.set_ifas_convention``) and is undoable,
and both readings are shown and named. The numbers are worked by hand (issue 9):

S 0.6 x 4, W 0.4 x 2, O 0.7 x 3, T 0.3 x 2 rated as magnitudes (diagram convention):
S = 2.40, W = 0.80, O = 2.10, T = 0.60; x = 2.40 - 0.80 = 1.60, y = 2.10 - 0.60 = 1.50,
quadrant I. IE matrix: W and T reversed (5 - 2 = 3): W = 1.20, T = 0.90; IFAS = 2.40 + 1.20
= 3.60, EFAS = 2.10 + 0.90 = 3.00, both in the high band: cell I."""

from __future__ import annotations

import pytest
from boards_support import ctl, demo_controller, opd_id, show
from PySide6.QtWidgets import QApplication

from smartbimtek.services import swot
from ui import i18n
from ui.views.swot_board import SwotBoardView

__all__ = ["ctl"]  # the fixture this module uses from boards_support


def _choose(editor, convention):
    editor.convention.setCurrentIndex(editor.convention.findData(convention))
    editor.convention.activated.emit(editor.convention.currentIndex())


def test_both_readings_named_and_the_switch_converts_and_undoes(qtbot, ctl):
    i18n.install(QApplication.instance(), "en")
    board = show(qtbot, SwotBoardView(ctl))
    board.set_opd(opd_id(ctl, "DISKOMINFO"))
    items = {}
    for quadrant, weight, rating in (("S", 0.6, 4), ("W", 0.4, 2), ("O", 0.7, 3),
                                     ("T", 0.3, 2)):
        item = board.add_item(quadrant, f"Faktor <b>{quadrant}</b>")
        swot.update_item(ctl.ws, item.id, weight=weight, rating=rating)
        items[quadrant] = item.id
    board.tabs.setCurrentWidget(board.ifas)
    editor = board.ifas
    editor.reload_now()
    assert editor.convention.currentData() == "diagram"
    assert editor.convention.currentText() == "Diagram convention (magnitude)"
    assert "very serious weakness" in editor.rating_hint.text()
    assert editor.position.text() == "1.60; 1.50, quadrant I"
    assert editor.ie_result.text() == "IFAS 3.60, EFAS 3.00, cell I"
    _choose(editor, "ie_matrix")
    assert swot.ifas_convention(ctl.ws) == "ie_matrix"
    assert swot.get_item(ctl.ws, items["W"]).rating == 3
    assert swot.get_item(ctl.ws, items["T"]).rating == 3
    assert swot.get_item(ctl.ws, items["S"]).rating == 4
    assert editor.convention.currentText() == "IE-matrix convention (W/T reversed)"
    assert "1 means a big problem" in editor.rating_hint.text()
    # the meaning is kept: the same readings in the other convention
    assert editor.position.text() == "1.60; 1.50, quadrant I"
    assert editor.ie_result.text() == "IFAS 3.60, EFAS 3.00, cell I"
    ctl.undo_stack.undo()
    assert swot.ifas_convention(ctl.ws) == "diagram"
    assert swot.get_item(ctl.ws, items["W"]).rating == 2
    qtbot.waitUntil(lambda: editor.convention.currentData() == "diagram")
    ctl.undo_stack.redo()
    assert swot.get_item(ctl.ws, items["T"]).rating == 3
    # choosing the current convention again changes nothing and adds no undo step
    steps = ctl.undo_stack.count()
    _choose(editor, "ie_matrix")
    assert ctl.undo_stack.count() == steps


def test_demo_convention_switch_keeps_every_result(qtbot, tmp_path, demo_file):
    with demo_controller(tmp_path, demo_file) as ctl:
        board = show(qtbot, SwotBoardView(ctl))
        scored = next(o for o in {i.opd_id for i in swot.list_items(ctl.ws)}
                      if swot.ifas(ctl.ws, o).scored)
        board.set_opd(scored)
        board.tabs.setCurrentWidget(board.ifas)
        editor = board.ifas
        editor.reload_now()
        before = swot.ifas(ctl.ws, scored)
        shown = (editor.position.text(), editor.ie_result.text())
        other = "ie_matrix" if swot.ifas_convention(ctl.ws) == "diagram" else "diagram"
        _choose(editor, other)
        assert swot.ifas_convention(ctl.ws) == other
        after = swot.ifas(ctl.ws, scored)
        assert after.quadrant == before.quadrant
        assert (after.x, after.y) == pytest.approx((before.x, before.y))
        assert (editor.position.text(), editor.ie_result.text()) == shown
        ctl.undo_stack.undo()
        assert swot.ifas_convention(ctl.ws) != other
