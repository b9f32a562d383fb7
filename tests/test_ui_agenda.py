"""Agenda runner on real widgets with a fake clock: the timer starts by itself, pauses,
extends, changes colour as time runs out and when it overruns; keyboard shortcuts drive the
runner; agenda edits (add, remove, reorder, durations) make later planned times follow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_support import FakeClock, make_controller, make_settings, settle, show

from smartbimtek.services import agenda as agenda_service
from ui import runner
from ui.main_window import MainWindow
from ui.views.agenda import AgendaView


def _agenda(qtbot, tmp_path):
    clock = FakeClock()
    controller = make_controller(tmp_path, clock=clock)
    view = show(qtbot, AgendaView(controller))
    return clock, controller, view


def _day_steps(controller, day):
    return agenda_service.list_steps(controller.ws, controller.event_id, day)


def test_timer_transitions_with_a_fake_clock(qtbot, tmp_path):
    clock, controller, view = _agenda(qtbot, tmp_path)
    panel = view.timer_panel
    assert panel.timer.text() == "--:--" and panel.timer.property("phase") == "idle"
    runner.next_step(controller)  # the first step starts: its timer runs by itself
    settle(qtbot)
    first = _day_steps(controller, 1)[0]
    assert view.current.id == first.id and first.state == "running"
    minutes = first.minutes
    assert panel.timer.text() == f"{minutes:02d}:00"
    assert panel.timer.property("phase") == "ok"
    clock.advance(minutes=minutes - 3)
    panel.update_timer()
    assert panel.timer.text() == "03:00"
    assert panel.timer.property("phase") == "warning"  # 20% or 2 minutes left
    clock.advance(seconds=150)
    panel.update_timer()
    assert panel.timer.text() == "00:30" and panel.timer.property("phase") == "ending"
    runner.extend(controller, 1)  # +1 min
    settle(qtbot)
    assert panel.timer.text() == "01:30"
    clock.advance(seconds=100)
    panel.update_timer()
    assert panel.timer.text() == "-00:10" and panel.timer.property("phase") == "overrun"
    assert panel.status.text() == "Over time"
    runner.toggle_pause(controller)
    settle(qtbot)
    assert panel.timer.property("phase") == "paused" and panel.pause_button.text() == "Resume timer"
    clock.advance(minutes=10)  # paused: the timer stands still
    panel.update_timer()
    assert panel.timer.text() == "-00:10"
    runner.toggle_pause(controller)
    clock.advance(seconds=5)
    settle(qtbot)
    panel.update_timer()
    assert panel.timer.text() == "-00:15"
    runner.extend(controller, 5)
    settle(qtbot)
    assert panel.timer.text() == "04:45" and panel.timer.property("phase") == "warning"
    # next: the step ends with its actual times, the next one runs
    runner.next_step(controller)
    settle(qtbot)
    steps = _day_steps(controller, 1)
    assert steps[0].state == "done" and steps[0].actual_end is not None
    assert steps[1].state == "running" and view.current.id == steps[1].id
    runner.previous_step(controller)
    settle(qtbot)
    assert view.current.id == steps[0].id


def test_refused_runner_command_is_reported(qtbot, tmp_path):
    _clock, controller, _view = _agenda(qtbot, tmp_path)
    errors: list = []
    controller.error_raised.connect(errors.append)
    runner.toggle_pause(controller)  # nothing runs yet
    assert errors and errors[0].code == "runner"


def test_keyboard_drives_the_runner(qtbot, tmp_path):
    clock = FakeClock()
    controller = make_controller(tmp_path, clock=clock)
    window = show(qtbot, MainWindow(controller, make_settings(tmp_path), projector=False))
    window.show_view("agenda")
    with qtbot.waitActive(window):
        window.activateWindow()
    window.views["agenda"].table.setFocus()
    actions = window.app_actions
    assert not actions.pause.isEnabled() and actions.next_step.isEnabled()
    table = window.views["agenda"].table
    qtbot.keyClick(table, Qt.Key.Key_Right)
    steps = _day_steps(controller, 1)
    assert steps[0].state == "running"
    assert actions.pause.isEnabled() and not actions.previous_step.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert _day_steps(controller, 1)[0].state == "paused"
    assert actions.pause.iconText() == "Resume timer"
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert _day_steps(controller, 1)[0].state == "running"
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert _day_steps(controller, 1)[1].state == "running"
    assert actions.previous_step.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Left)
    assert _day_steps(controller, 1)[0].state == "running"
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _day_steps(controller, 1)[0].extra_seconds == 60
    # in a text field Space and arrows are for typing, not for the runner
    view = window.views["agenda"]
    view.new_title.setFocus()
    qtbot.keyClicks(view.new_title, "a b")
    qtbot.keyClick(view.new_title, Qt.Key.Key_Left)
    assert view.new_title.text() == "a b"
    assert _day_steps(controller, 1)[0].state == "running"


def test_agenda_edits_reflow_and_undo(qtbot, tmp_path):
    _clock, controller, view = _agenda(qtbot, tmp_path)
    steps = _day_steps(controller, 1)
    first, second = steps[0], steps[1]
    start = first.planned_start
    # change a duration in the table: later planned times follow
    view._select(first.id)
    row = next(r for r in range(view.table.rowCount())
               if view.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == first.id)
    view.table.item(row, 1).setText(str(first.minutes + 10))
    settle(qtbot)
    after = _day_steps(controller, 1)
    assert after[0].minutes == first.minutes + 10
    assert after[1].planned_start != second.planned_start
    controller.undo_stack.undo()
    assert _day_steps(controller, 1)[1].planned_start == second.planned_start
    # add a step after the selected one
    view._select(first.id)
    qtbot.keyClicks(view.new_title, "Sesi tambahan")
    view.new_minutes.setValue(20)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    titles = [s.title for s in _day_steps(controller, 1)]
    assert titles[1] == "Sesi tambahan"
    added = _day_steps(controller, 1)[1]
    assert _day_steps(controller, 1)[2].planned_start == \
        f"{(int(start[:2]) * 60 + int(start[3:]) + first.minutes + 20) // 60:02d}:" \
        f"{(int(start[3:]) + first.minutes + 20) % 60:02d}"
    # move it down, then remove it
    view._select(added.id)
    qtbot.mouseClick(view.down_button, Qt.MouseButton.LeftButton)
    assert [s.title for s in _day_steps(controller, 1)][2] == "Sesi tambahan"
    view._select(added.id)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert "Sesi tambahan" not in [s.title for s in _day_steps(controller, 1)]
    controller.undo_stack.undo()
    assert [s.title for s in _day_steps(controller, 1)][2] == "Sesi tambahan"
    controller.undo_stack.undo()
    assert [s.title for s in _day_steps(controller, 1)][1] == "Sesi tambahan"
    controller.undo_stack.undo()
    assert "Sesi tambahan" not in [s.title for s in _day_steps(controller, 1)]
    controller.undo_stack.redo()  # the same step comes back
    assert _day_steps(controller, 1)[1].id == added.id
    # a refused duration is reported and the table shows the stored value
    errors: list = []
    controller.error_raised.connect(errors.append)
    settle(qtbot)
    view.set_minutes(first.id, 0)
    assert errors[-1].code == "range"


def test_notes_and_decisions_per_step(qtbot, tmp_path):
    _clock, controller, view = _agenda(qtbot, tmp_path)
    step = _day_steps(controller, 1)[2]
    view._select(step.id)
    notes = view.notes
    assert notes.step.id == step.id
    notes.kind.setCurrentIndex(notes.kind.findData("decision"))
    qtbot.keyClicks(notes.text, "Disepakati <enam> dimensi & quick win")
    qtbot.keyClick(notes.text, Qt.Key.Key_Return)
    saved = agenda_service.list_notes(controller.ws, controller.event_id, step.id)
    assert [(n.kind, n.text) for n in saved] == [("decision", "Disepakati <enam> dimensi & "
                                                               "quick win")]
    assert notes.list.count() == 1
    notes.list.setCurrentRow(0)
    qtbot.mouseClick(notes.delete_button, Qt.MouseButton.LeftButton)
    assert agenda_service.list_notes(controller.ws, controller.event_id, step.id) == []
    controller.undo_stack.undo()
    assert len(agenda_service.list_notes(controller.ws, controller.event_id, step.id)) == 1
    errors: list = []
    controller.error_raised.connect(errors.append)
    qtbot.keyClick(notes.text, Qt.Key.Key_Return)  # empty note refused
    assert errors[-1].code == "empty"
