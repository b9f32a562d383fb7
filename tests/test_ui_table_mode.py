"""Table entry mode: locked to one OPD (no way to pick another), entries saved with source
"table" and shown live on the console, the current step and its time shown, leaving only
with the facilitator's PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from ui_support import FakeClock, make_controller, make_settings, opd_id, settle, show

from smartbimtek.services import programs, swot
from ui import runner
from ui.main_window import MainWindow


def _table(qtbot, tmp_path):
    clock = FakeClock()
    controller = make_controller(tmp_path, clock=clock)
    settings = make_settings(tmp_path, pin="2468")
    window = show(qtbot, MainWindow(controller, settings, projector=False))
    table = window.files.start_table_mode(opd_id(controller, "DLH"))
    qtbot.addWidget(table)
    return clock, controller, window, table


def test_table_mode_is_locked_to_its_opd(qtbot, tmp_path):
    _clock, controller, window, table = _table(qtbot, tmp_path)
    assert table.isFullScreen() and not window.isVisible()
    assert "DLH" in table.opd_label.text()
    # no widget of the table window offers another OPD
    other_codes = {"DISKOMINFO", "BAPPEDA"}
    for box in table.findChildren(QComboBox):
        texts = {box.itemText(i) for i in range(box.count())}
        assert not texts & other_codes
    table.quadrant_buttons["W"].click()
    qtbot.keyClicks(table.swot_text, "Armada sampah <kurang> & tua")
    qtbot.mouseClick(table.swot_add, Qt.MouseButton.LeftButton)
    items = swot.list_items(controller.ws)
    assert [(i.opd_id, i.quadrant, i.text, i.source) for i in items] == [
        (opd_id(controller, "DLH"), "W", "Armada sampah <kurang> & tua", "table")]
    audit = controller.ws.query("SELECT actor, source FROM audit WHERE entity='swot'")
    assert [tuple(r) for r in audit] == [("table:DLH", "table")]
    # the console sees it live (the SWOT board view refreshes from the change bus)
    settle(qtbot, 20)
    assert table.swot_list.count() == 1
    # programs and scores of this table
    qtbot.keyClicks(table.program_title, "Bank sampah digital")
    table.program_dimension.setCurrentIndex(table.program_dimension.findData("environment"))
    qtbot.mouseClick(table.program_add, Qt.MouseButton.LeftButton)
    program = programs.list_programs(controller.ws)[0]
    assert (program.opd_id, program.source, program.dimension) == (
        opd_id(controller, "DLH"), "table", "environment")
    table.score_dimension.setCurrentIndex(table.score_dimension.findData("environment"))
    settle(qtbot)
    picker = table.score_table.cellWidget(0, 1)
    picker.buttons[3].click()  # impact 4
    table.score_table.cellWidget(0, 2).buttons[1].click()  # effort 2
    scores = {(s.rater, s.criterion): (s.value, s.source)
              for s in programs.list_scores(controller.ws)}
    assert scores == {("DLH", "impact"): (4, "table"), ("DLH", "effort"): (2, "table")}
    picker.buttons[3].click()  # pressing the chosen score again clears it
    assert {s.criterion for s in programs.list_scores(controller.ws)} == {"effort"}


def test_table_refusals_are_shown_in_the_table_window(qtbot, tmp_path):
    _clock, controller, _window, table = _table(qtbot, tmp_path)
    qtbot.mouseClick(table.swot_add, Qt.MouseButton.LeftButton)  # empty text
    assert table.message.isVisibleTo(table) and "must not be empty" in table.message.text()
    controller.ws.set_setting("input_locked", True)
    qtbot.keyClicks(table.swot_text, "Isi")
    qtbot.mouseClick(table.swot_add, Qt.MouseButton.LeftButton)
    assert "locked" in table.message.text()
    assert swot.list_items(controller.ws) == []


def test_leaving_needs_the_pin(qtbot, tmp_path):
    _clock, _controller, window, table = _table(qtbot, tmp_path)
    table.close()  # the window refuses to close and asks for the PIN
    assert table.isVisible() and table.pin.isVisibleTo(table)
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert table.isVisible()
    qtbot.keyClicks(table.pin, "1111")
    qtbot.keyClick(table.pin, Qt.Key.Key_Return)
    assert table.isVisible() and table.locked and "Wrong PIN" in table.message.text()
    qtbot.keyClicks(table.pin, "2468")
    with qtbot.waitSignal(table.left, timeout=5000):
        qtbot.keyClick(table.pin, Qt.Key.Key_Return)
    assert not table.locked and not table.isVisible()
    assert window.isVisible() and window.files.table_window is None


def test_table_shows_the_current_step_and_time(qtbot, tmp_path):
    clock, controller, _window, table = _table(qtbot, tmp_path)
    assert table.step_label.text() == "Waiting for the facilitator"
    runner.next_step(controller)
    settle(qtbot)
    step = runner.current_step(controller)
    assert step.title in table.step_label.text()
    clock.advance(minutes=1)
    table.update_timer()
    assert table.timer.text() == f"{step.minutes - 1:02d}:00"


def test_console_board_updates_live_from_a_table_entry(qtbot, tmp_path):
    """A table entry reaches the console's SWOT board without any action on the console."""
    _clock, controller, window, table = _table(qtbot, tmp_path)
    window.show()  # the console on its own screen while the table window is in use
    board = window.show_view("swot")
    board.set_opd(opd_id(controller, "DLH"))
    settle(qtbot)
    assert board.panels["S"].model.items == []
    qtbot.keyClicks(table.swot_text, "TPS terpadu sudah beroperasi")
    qtbot.mouseClick(table.swot_add, Qt.MouseButton.LeftButton)
    settle(qtbot, 20)
    assert [i.text for i in board.panels["S"].model.items] == ["TPS terpadu sudah beroperasi"]
