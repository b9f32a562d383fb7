"""Run by tests/test_projector_one_screen.py in a subprocess whose offscreen platform has ONE
1024x768 screen (a laptop mirrored to the projector, or no projector attached): F5 gives a
full-screen projector on that screen with a small always-on-top control window whose buttons
drive the agenda, and Esc or "back to console" return to the console. Not collected by the
normal run (the file name does not start with ``test_``)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from ui_support import FakeClock, make_controller, make_settings, settle, show

from ui import runner
from ui.main_window import MainWindow

SCREEN = QRect(0, 0, 1024, 768)


def _console(qtbot, tmp_path):
    clock = FakeClock()
    controller = make_controller(tmp_path, clock=clock)
    window = show(qtbot, MainWindow(controller, make_settings(tmp_path)), 1024, 700)
    qtbot.addWidget(window.projector)
    runner.next_step(controller)  # the first step of the day runs
    settle(qtbot)
    return controller, window


def _f5(qtbot, window) -> None:
    window.activateWindow()
    window.app_actions.projector.trigger()
    settle(qtbot, 20)


def test_one_screen_only(qapp):
    screens = QGuiApplication.screens()
    assert [s.geometry() for s in screens] == [SCREEN]


def test_f5_covers_the_one_screen_with_the_control_on_top(qtbot, tmp_path):
    controller, window = _console(qtbot, tmp_path)
    projector, control = window.projector, window.projector_control
    assert not projector.isVisible() and not control.isVisible()
    _f5(qtbot, window)
    assert projector.isVisible() and projector.isFullScreen()
    assert projector.mode == "window" and projector.screen() is window.screen()
    assert projector.geometry() == SCREEN
    assert window.app_actions.projector.isChecked()
    # the control: a small separate window, kept on top, inside the screen
    assert control.isVisible() and control.isWindow()
    flags = control.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert (flags & Qt.WindowType.Tool) == Qt.WindowType.Tool
    assert SCREEN.contains(control.frameGeometry())
    assert control.width() * control.height() < SCREEN.width() * SCREEN.height() / 8
    texts = [b.text() for b in control.buttons.values()]
    assert texts == [window.app_actions.pause.iconText(),
                     window.app_actions.next_step.iconText(), "+1", "+5"]
    # the projector fits the screen: the header and the board inside it
    projector.grab()
    for record in projector.last_layout():
        assert record.fits(), (record.role, record.text)
        assert QRect(SCREEN).adjusted(-1, -1, 1, 1).contains(record.rect.toAlignedRect()), \
            (record.role, record.rect)
    controller.close()


def test_the_control_buttons_drive_the_agenda(qtbot, tmp_path):
    controller, window = _console(qtbot, tmp_path)
    control = window.projector_control
    _f5(qtbot, window)
    first = runner.current_step(controller)
    assert first is not None and first.state == "running"
    qtbot.mouseClick(control.buttons["pause"], Qt.MouseButton.LeftButton)
    assert runner.current_step(controller).state == "paused"
    qtbot.mouseClick(control.buttons["pause"], Qt.MouseButton.LeftButton)
    assert runner.current_step(controller).state == "running"
    extra = runner.current_step(controller).extra_seconds
    qtbot.mouseClick(control.buttons["extend_1"], Qt.MouseButton.LeftButton)
    assert runner.current_step(controller).extra_seconds == extra + 60
    qtbot.mouseClick(control.buttons["extend_5"], Qt.MouseButton.LeftButton)
    assert runner.current_step(controller).extra_seconds == extra + 360
    qtbot.mouseClick(control.buttons["next"], Qt.MouseButton.LeftButton)
    second = runner.current_step(controller)
    assert second.id != first.id and second.position > first.position
    assert window.projector.isVisible()  # the buttons leave the projector up
    controller.close()


def test_back_to_console_and_esc_return(qtbot, tmp_path):
    controller, window = _console(qtbot, tmp_path)
    projector, control = window.projector, window.projector_control
    _f5(qtbot, window)
    qtbot.mouseClick(control.back, Qt.MouseButton.LeftButton)
    assert not projector.isVisible() and not control.isVisible()
    assert not window.app_actions.projector.isChecked() and window.isVisible()
    _f5(qtbot, window)
    assert projector.isVisible() and control.isVisible()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible() and not control.isVisible()
    _f5(qtbot, window)
    qtbot.keyClick(control, Qt.Key.Key_Escape)  # Esc in the control too
    assert not projector.isVisible() and not control.isVisible()
    _f5(qtbot, window)
    window.app_actions.projector.trigger()  # F5 again
    assert not projector.isVisible() and not control.isVisible()
    controller.close()
