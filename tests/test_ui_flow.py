"""The facilitator's flow (issue 12): resume and next kept apart, the expected end time that
follows the actual start, pauses and extensions, notes that follow the running step, redo
keys, the demo marked as such and never started by itself, quitting with phones connected."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QCloseEvent, QKeySequence
from ui_support import FakeClock, make_controller, make_settings, settle, show

from smartbimtek.services import agenda as agenda_service
from ui import runner
from ui.actions import Actions
from ui.controller import Controller
from ui.run_bar import RunBar
from ui.views.agenda import AgendaView


def _steps(controller, day=1):
    return agenda_service.list_steps(controller.ws, controller.event_id, day)


def _run_bar(qtbot, tmp_path):
    clock = FakeClock()
    controller = make_controller(tmp_path, clock=clock)
    host = show(qtbot, RunBar(controller, Actions(controller, controller)))
    return clock, controller, host


def test_resume_and_next_are_apart_and_labelled(qtbot, tmp_path):
    _clock, controller, bar = _run_bar(qtbot, tmp_path)
    runner.next_step(controller)
    runner.toggle_pause(controller)
    settle(qtbot)
    bar.load()
    pause = bar.button_for(bar.app_actions.pause)
    following = bar.button_for(bar.app_actions.next_step)
    assert pause.text() == "Resume timer"
    assert following.text() == "Next step ▶"
    # one button's width or more between them, and "back" sits between too
    gap = following.geometry().left() - pause.geometry().right()
    assert gap >= pause.width() // 2, gap
    assert pause.geometry().right() < following.geometry().left()
    # the two buttons look different: the resume button is highlighted while paused
    assert pause.property("attention") is True
    assert following.property("attention") is not True


def test_end_time_follows_actual_start_pauses_and_extensions(qtbot, tmp_path):
    clock = FakeClock()  # 10:00; the first step was planned at 08:00
    controller = make_controller(tmp_path, clock=clock)
    view = show(qtbot, AgendaView(controller))
    first = _steps(controller)[0]
    assert first.planned_start == "08:00"
    runner.next_step(controller)
    settle(qtbot)
    end = f"10:{first.minutes:02d}" if first.minutes < 60 else None
    assert end is not None
    assert view.timer_panel.status.text().endswith(f"ends about {end}")
    runner.extend(controller, 5)
    settle(qtbot)
    assert view.timer_panel.status.text().endswith(f"ends about 10:{first.minutes + 5:02d}")
    runner.toggle_pause(controller)
    clock.advance(minutes=3)
    settle(qtbot)
    view.timer_panel.update_timer()
    assert f"ends about 10:{first.minutes + 8:02d}" in view.timer_panel.status.text()


def test_notes_follow_the_running_step_not_the_selected_row(qtbot, tmp_path):
    clock = FakeClock()
    controller = make_controller(tmp_path, clock=clock)
    view = show(qtbot, AgendaView(controller))
    runner.next_step(controller)
    settle(qtbot)
    view.load()
    steps = _steps(controller)
    view._select(steps[2].id)  # look ahead at a later step
    assert view.notes.step.id == steps[0].id  # typing still goes to the running step
    view.notes.text.setText("Sepakat: data terbuka")
    view.notes.add_note()
    notes = agenda_service.list_notes(controller.ws, controller.event_id, steps[0].id)
    assert [n.text for n in notes] == ["Sepakat: data terbuka"]
    # the facilitator can look at the selected step's notes on purpose, and come back
    assert view.notes.selected_button.isVisible()
    view.notes.selected_button.click()
    assert view.notes.step.id == steps[2].id
    assert "not the running step" in view.notes.step_title.text()
    view.notes.running_button.click()
    assert view.notes.step.id == steps[0].id


def test_notes_follow_the_selected_row_when_nothing_runs(qtbot, tmp_path):
    controller = make_controller(tmp_path, clock=FakeClock())
    view = show(qtbot, AgendaView(controller))
    steps = _steps(controller)
    view._select(steps[1].id)
    assert view.notes.step.id == steps[1].id


def test_actual_column_is_not_cut(qtbot, qapp, tmp_path):
    from ui import i18n

    i18n.install(qapp, "id")  # "Realisasi", "Belum dimulai": the longest labels
    clock = FakeClock()
    controller = make_controller(tmp_path, clock=clock)
    # the agenda view's share of a 1024x768 console (the sidebar takes 178 px)
    view = show(qtbot, AgendaView(controller), 1024 - 178, 640)
    runner.next_step(controller)
    clock.advance(minutes=5)
    runner.next_step(controller)
    settle(qtbot)
    view.load()
    settle(qtbot)
    table = view.table
    assert table.horizontalHeaderItem(4).text() == "Realisasi"
    viewport = table.viewport().width()
    shown = [c for c in range(table.columnCount()) if not table.isColumnHidden(c)]
    assert 4 in shown and 5 in shown
    right = max(table.columnViewportPosition(c) + table.columnWidth(c) for c in shown)
    assert right <= viewport, (right, viewport)
    for column in (4, 5):
        widest = max(table.fontMetrics().horizontalAdvance(table.item(r, column).text())
                     for r in range(table.rowCount()))
        assert table.columnWidth(column) >= widest, column
    assert table.columnWidth(2) >= 100  # the step title keeps room to be read
    assert table.horizontalScrollBar().maximum() == 0


def test_redo_accepts_ctrl_y_and_ctrl_shift_z(qtbot, tmp_path):
    controller = make_controller(tmp_path)
    actions = Actions(controller, controller)
    keys = {s.toString() for s in actions.redo.shortcuts()}
    assert {QKeySequence("Ctrl+Y").toString(), QKeySequence("Ctrl+Shift+Z").toString()} <= keys



def test_first_run_lands_on_the_start_screen(tmp_path):
    from ui.app import first_workshop, parse_args

    settings = make_settings(tmp_path, pin=None)
    assert first_workshop(settings, parse_args([])) is None  # new / open / try the demo


def test_demo_is_marked_and_starts_no_timer(qtbot, tmp_path, monkeypatch):
    from ui import file_menu
    from ui.main_window import MainWindow

    monkeypatch.setattr(file_menu, "demo_path", lambda: tmp_path / "demo-sukamaju.bimtek")
    controller = Controller(clock=FakeClock())
    window = show(qtbot, MainWindow(controller, make_settings(tmp_path), projector=False))
    start = window.start_screen
    assert window.pages.currentIndex() == 0
    assert start.new_button.isVisible() and start.open_button.isVisible()
    assert "demo" in start.demo_button.text().lower()
    assert not window.run_bar.demo_label.isVisible()
    start.demo_button.click()
    settle(qtbot)
    assert controller.ws is not None and controller.ws.path.name == "demo-sukamaju.bimtek"
    assert window.windowTitle().startswith("DEMO")
    assert window.run_bar.demo_label.isVisible() and window.run_bar.demo_label.text() == "DEMO"
    current = runner.current_step(controller)
    assert current is not None and current.state == "paused"  # waits for the facilitator
    window.files.close_workshop()
    # another workshop is not marked
    other = make_controller(tmp_path / "other")
    bar = show(qtbot, RunBar(other, Actions(other, other)))
    assert not bar.demo_label.isVisible()
    assert "DEMO" not in window.windowTitle()


def test_exports_default_to_a_visible_documents_folder(qtbot, tmp_path, monkeypatch):
    import platformdirs

    from ui.export_dialog import ExportDialog

    documents = tmp_path / "Documents"
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(documents))
    controller = make_controller(tmp_path / "hidden" / ".local")
    settings = make_settings(tmp_path, pin=None)
    dialog = ExportDialog(controller, settings)
    qtbot.addWidget(dialog)
    assert dialog.folder.text() == str(documents / "SmartBimtek" / "test")
    settings.set("export_folder", str(tmp_path / "chosen"))
    again = ExportDialog(controller, settings)
    qtbot.addWidget(again)
    assert again.folder.text() == str(tmp_path / "chosen")  # the last choice is kept


def test_facilitator_sets_a_steps_anonymity_in_the_agenda(qtbot, tmp_path):
    from smartbimtek.exports.data import sheets
    from smartbimtek.services import lan, lan_entries, swot
    from smartbimtek.snapshot import take_snapshot

    controller = make_controller(tmp_path, clock=FakeClock())
    view = show(qtbot, AgendaView(controller))
    step = next(s for s in _steps(controller) if s.kind == "swot")
    view._select(step.id)
    box = view.anonymity
    assert box.isEnabled() and box.currentData() == "named"
    assert [box.itemData(i) for i in range(box.count())] == ["named", "facilitator",
                                                             "anonymous"]
    box.setCurrentIndex(box.findData("anonymous"))
    box.activated.emit(box.currentIndex())
    assert agenda_service.get_step(controller.ws, step.id).anonymity == "anonymous"
    controller.undo_stack.undo()  # one undoable edit
    assert agenda_service.get_step(controller.ws, step.id).anonymity == "named"
    settle(qtbot)
    assert view.anonymity.currentData() == "named"
    controller.undo_stack.redo()
    settle(qtbot)
    view._select(step.id)
    assert view.anonymity.currentData() == "anonymous"
    # a phone entry in that step carries no author, on screen or in the data export
    ws = controller.ws
    runner.start(controller, step.id)
    opd = ws.query_one("SELECT id FROM opds WHERE code='DLH'")[0]
    session, _ = lan.join(ws, lan.ensure_codes(ws)[opd].code, "Ani Lestari")
    out = lan_entries.submit(ws, session, "k-flow-0001", "swot.add",
                             {"quadrant": "S", "text": "Bank sampah aktif"})
    assert out.body["item"]["author"] == ""
    assert swot.get_item(ws, out.body["item"]["id"]).author == ""
    exported = repr(sheets(take_snapshot(ws)))
    assert "Ani Lestari" not in exported


def test_quitting_with_phones_connected_asks_first(qtbot, tmp_path, monkeypatch):
    from smartbimtek.services import lan
    from ui import quit_guard
    from ui.lan_control import LanControl
    from ui.main_window import MainWindow

    controller = make_controller(tmp_path, clock=FakeClock())
    window = show(qtbot, MainWindow(controller, make_settings(tmp_path), projector=False))
    asked = []
    monkeypatch.setattr(quit_guard, "ask_quit_with_phones",
                        lambda parent, count: asked.append(count) or False)
    control = LanControl.of(controller)
    ws = controller.ws
    assert quit_guard.connected_phones(controller) == 0  # table input closed
    assert control.start("127.0.0.1", 0)
    request_stop = control.stop
    opd = ws.query_one("SELECT id FROM opds WHERE code='DLH'")[0]
    code = lan.ensure_codes(ws)[opd].code
    lan.join(ws, code, "Ani")
    lan.join(ws, code, "Budi")
    try:
        assert quit_guard.connected_phones(controller) == 2
        window.app_actions.quit.trigger()  # File > Quit (Ctrl+Q)
        assert asked == [2]
        assert window.isVisible() and controller.ws is not None  # the facilitator stays
        close = QCloseEvent()
        close.setAccepted(True)
        window.closeEvent(_spontaneous(close))  # the title bar's close button
        assert asked == [2, 2] and not close.isAccepted()
        monkeypatch.setattr(quit_guard, "ask_quit_with_phones",
                            lambda parent, count: asked.append(count) or True)
        window.app_actions.quit.trigger()
        assert asked == [2, 2, 2] and not window.isVisible()
    finally:
        request_stop()


def _spontaneous(event):
    """``event`` as if it came from the window system (``spontaneous()`` is True)."""
    event.spontaneous = lambda: True
    return event


def test_quitting_without_phones_does_not_ask(qtbot, tmp_path, monkeypatch):
    from ui import quit_guard
    from ui.main_window import MainWindow

    controller = make_controller(tmp_path, clock=FakeClock())
    window = show(qtbot, MainWindow(controller, make_settings(tmp_path), projector=False))
    monkeypatch.setattr(quit_guard, "ask_quit_with_phones",
                        lambda parent, count: pytest.fail("asked without phones"))
    assert quit_guard.connected_phones(controller) == 0
    window.app_actions.quit.trigger()
    assert not window.isVisible()


def test_opd_tabs_board_and_saved_state_survive_restart_and_language_switch(qtbot, tmp_path):
    from PySide6.QtWidgets import QTabWidget

    from ui import main_window as main_window_module
    from ui.main_window import MainWindow

    controller = make_controller(tmp_path, clock=FakeClock())
    settings = make_settings(tmp_path, pin=None)
    window = show(qtbot, MainWindow(controller, settings, projector=False))
    window.update_state()
    path = controller.ws.path
    programs_tabs = window.show_view("programs").findChildren(QTabWidget)[0]
    programs_tabs.setCurrentIndex(1)
    swot = window.show_view("swot")
    bappeda = controller.ws.query_one("SELECT id FROM opds WHERE code='BAPPEDA'")[0]
    swot.set_opd(bappeda)
    window.run_bar.choose("overview", "component")
    assert controller.board == ("overview", "component")
    window.close()  # the app quits; it starts again on the same file
    assert controller.ws is None

    again = Controller(clock=FakeClock())
    restarted = show(qtbot, MainWindow(again, settings, projector=False))
    again.open(path)
    settle(qtbot)
    assert again.board == ("overview", "component")
    assert restarted.run_bar.board_box.currentData() == ("overview", "component")
    assert restarted.saved_label.text().startswith("All changes saved")
    assert restarted.show_view("swot").opd_id == bappeda
    assert restarted.show_view("programs").findChildren(QTabWidget)[0].currentIndex() == 1

    from ui.i18n import current_language

    other = "en" if current_language() == "id" else "id"
    restarted.app_actions.language_actions[other].trigger()
    switched = main_window_module._windows[-1]
    qtbot.addWidget(switched)
    assert switched is not restarted
    assert switched.saved_label.text().startswith(
        "All changes saved" if other == "en" else "Semua perubahan tersimpan")
    assert switched.run_bar.board_box.currentData() == ("overview", "component")
    assert switched.show_view("swot").opd_id == bappeda
    assert switched.show_view("programs").findChildren(QTabWidget)[0].currentIndex() == 1
    switched.close()


def test_counts_in_the_ui_use_qt_plural_forms():
    """English plurals come from Qt's %n forms ("2 programs"), never from a count formatted
    into a "(s)" text."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "ui"
    offenders = []
    for path in root.rglob("*.py"):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            for text in re.findall(r'"([^"]*\(s\)[^"]*)"', line):
                if "%n" not in text:
                    offenders.append(f"{path.name}:{number}: {text}")
    assert offenders == []


def test_run_bar_and_agenda_fit_with_the_demo_and_a_paused_long_step(qtbot, qapp, tmp_path,
                                                             monkeypatch):
    from ui import file_menu, i18n
    from ui.main_window import MainWindow

    i18n.install(qapp, "id")
    monkeypatch.setattr(file_menu, "demo_path", lambda: tmp_path / "demo-sukamaju.bimtek")
    controller = Controller(clock=FakeClock())
    window = show(qtbot, MainWindow(controller, make_settings(tmp_path), projector=False),
                  1024, 768)
    window.files.open_demo()  # DEMO marker, a paused step with a long title
    window.show_view("agenda")
    settle(qtbot)
    assert window.run_bar.demo_label.isVisible()
    assert runner.current_step(controller).state == "paused"
    assert window.minimumSizeHint().width() <= 1024
    assert window.run_bar.minimumSizeHint().width() <= 910  # 150% scaling of 1366x768
    window.files.close_workshop()


def test_agenda_timer_digits_fit_a_narrow_panel(qtbot, tmp_path):
    from PySide6.QtGui import QFontMetrics

    controller = make_controller(tmp_path, clock=FakeClock())
    view = show(qtbot, AgendaView(controller), 730, 420)  # 150% scaling, beside the sidebar
    runner.next_step(controller)
    runner.extend(controller, 100)  # a long step: "1xx:00"
    settle(qtbot)
    timer = view.timer_panel.timer
    assert len(timer.text()) == 6
    assert QFontMetrics(timer.font()).horizontalAdvance(timer.text()) <= timer.width()
    assert timer.isVisible() and view.timer_panel.pause_button.isVisible()


def test_new_workshops_default_to_a_visible_documents_folder(qtbot, tmp_path, monkeypatch):
    import platformdirs

    from ui import file_menu
    from ui.start_screen import NewWorkshopDialog

    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(tmp_path / "Documents"))
    assert file_menu.documents_dir() == tmp_path / "Documents" / "SmartBimtek"
    shown = []
    monkeypatch.setattr(NewWorkshopDialog, "exec",
                        lambda self: shown.append(self.path.text()) or 0)  # cancelled
    controller = make_controller(tmp_path)
    from ui.main_window import MainWindow

    window = show(qtbot, MainWindow(controller, make_settings(tmp_path), projector=False))
    window.files.new_workshop()
    assert len(shown) == 1
    assert shown[0].startswith(str(tmp_path / "Documents" / "SmartBimtek"))
