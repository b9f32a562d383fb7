"""The main window and the app start: views wired in the sidebar, the saved state in the
status bar, refusals in the banner, the start screen, new workshop from the templates,
recent files, save a copy, backups and restore, undo/redo keys, and ``main()`` in a
subprocess (first run lands on the start screen, the next run opens the last workshop)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_support import make_controller, make_settings, settle, show

from smartbimtek.errors import ValidationError
from smartbimtek.services import agenda, plan, roster
from smartbimtek.store import open_workshop
from ui import app as app_module
from ui.controller import Controller
from ui.i18n import current_language
from ui.main_window import VIEW_CLASSES, MainWindow
from ui.views.matrix import MatrixView
from ui.views.programs import ProgramsView
from ui.views.readiness import ReadinessView
from ui.views.swot_board import SwotBoardView

ROOT = Path(__file__).resolve().parent.parent


def _window(qtbot, tmp_path, controller=None):
    controller = controller or make_controller(tmp_path)
    settings = make_settings(tmp_path)
    window = show(qtbot, MainWindow(controller, settings, projector=False))
    return controller, settings, window


def test_views_are_wired_in_the_sidebar(qtbot, tmp_path):
    _controller, settings, window = _window(qtbot, tmp_path)
    assert window.sidebar.count() == len(VIEW_CLASSES)  # ... Priority matrix, Plan, ...
    assert isinstance(window.views["swot"], SwotBoardView)
    assert isinstance(window.views["readiness"], ReadinessView)
    assert isinstance(window.views["programs"], ProgramsView)
    assert isinstance(window.views["matrix"], MatrixView)
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        assert window.stack.currentIndex() == row
        assert window.app_actions.view_actions[row].isChecked()
    window.app_actions.view_actions[1].trigger()
    assert window.stack.currentWidget() is window.views["agenda"]
    assert settings.get("last_view") == 1


def test_status_bar_says_saved_and_refusals_show_in_the_banner(qtbot, tmp_path):
    controller, _settings, window = _window(qtbot, tmp_path)
    window.saved_label.clear()
    roster.add_opd(controller.ws, "DISDIK", "Dinas Pendidikan")
    assert window.saved_label.text().startswith("All changes saved")
    controller.error_raised.emit(ValidationError("text", "must not be empty", code="empty"))
    assert window.banner.isVisible() and window.banner.kind == "error"
    assert window.banner.label.text() == "Text must not be empty."


def test_undo_and_redo_keys(qtbot, tmp_path):
    controller, _settings, window = _window(qtbot, tmp_path)
    panel = window.show_view("workshop").opd_panel
    panel.code.setText("DISDIK")
    panel.name.setText("Dinas Pendidikan")
    panel.add_button.click()
    assert window.app_actions.undo.isEnabled() and "Add OPD" in window.app_actions.undo.text()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert roster.find_opd(controller.ws, "DISDIK") is None
    assert window.app_actions.redo.isEnabled()
    window.app_actions.redo.trigger()
    assert roster.find_opd(controller.ws, "DISDIK") is not None


def test_start_screen_and_new_workshop_from_the_templates(qtbot, tmp_path):
    controller = Controller()
    _c, settings, window = _window(qtbot, tmp_path, controller)
    assert window.pages.currentWidget() is window.start_screen
    assert not window.app_actions.export.isEnabled() and not window.app_actions.table_mode.isEnabled()
    target = tmp_path / "majalengka-bimtek-II.bimtek"
    assert window.files.create({"path": str(target), "region_name": "Majalengka",
                                "region_type": "kabupaten", "stage": "II",
                                "start_date": "2026-07-01", "venue": "Gedung Yudha",
                                "template_opds": True})
    ws = controller.ws
    assert ws.path == target and window.pages.currentIndex() == 1
    assert plan.get_plan(ws).region_name == "Majalengka"
    event = plan.current_event(ws)
    assert (event.stage, event.venue, event.start_date) == ("II", "Gedung Yudha", "2026-07-01")
    assert {s.day for s in agenda.list_steps(ws, event.id)} == {1, 2}
    assert len(roster.list_opds(ws)) >= 30
    assert settings.recent_files() == [str(target.resolve())]
    assert window.app_actions.export.isEnabled()
    # the same file again is refused with a (non-blocking) message box
    assert not window.files.create({"path": str(target), "stage": "I"})
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes
    for box in boxes:
        box.close()


def test_opening_a_damaged_file_explains_and_offers_the_way_out(qtbot, tmp_path):
    controller = Controller()
    _c, _settings, window = _window(qtbot, tmp_path, controller)
    bad = tmp_path / "rusak.bimtek"
    bad.write_bytes(b"bukan database" * 100)
    assert not window.files.open_path(bad)
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1 and "not a SmartBimtek workshop file" in boxes[0].text()
    boxes[0].close()
    assert controller.ws is None and window.pages.currentWidget() is window.start_screen


def test_save_copy_backup_and_restore(qtbot, tmp_path):
    controller, settings, window = _window(qtbot, tmp_path)
    settings.add_recent(controller.ws.path)
    copy = window.files.save_copy(tmp_path / "salinan")
    assert copy == tmp_path / "salinan.bimtek"
    with open_workshop(copy) as other:
        assert [o.code for o in roster.list_opds(other)] == ["DISKOMINFO", "BAPPEDA", "DLH"]
    backup = window.files.backup_now()
    assert backup is not None and Path(backup).exists()
    roster.add_opd(controller.ws, "DISDIK", "Dinas Pendidikan")
    from smartbimtek.store import backups

    entry = next(e for e in backups.list_backups(controller.ws.path) if e.path == backup)
    assert window.files.restore(entry)
    assert controller.ws is not None and roster.find_opd(controller.ws, "DISDIK") is None
    # the state before the restore was kept too, among the kept copies (never pruned)
    assert [k.reason for k in backups.list_kept(controller.ws.path)] == ["before-restore"]
    window.files.periodic_backup()  # nothing changed since: no error, no crash
    assert not window.banner.isVisible() or window.banner.kind == "info"


def test_language_switch_applies_at_once_and_keeps_the_workshop(qtbot, tmp_path):
    from ui import main_window as main_window_module

    def switch(window, lang):
        window.app_actions.language_actions[lang].trigger()
        new = main_window_module._windows[-1]
        qtbot.addWidget(new)
        assert new is not window and not window.isVisible() and new.isVisible()
        assert settings.get("language") == lang == current_language()
        assert new.app_actions.language_actions[lang].isChecked()
        assert new.size() == window.size()  # where and as large as it was
        return new

    controller, settings, window = _window(qtbot, tmp_path)
    panel = window.show_view("workshop").opd_panel
    panel.code.setText("DINSOS")
    panel.name.setText("Dinas Sosial")
    panel.add_button.click()  # an undoable edit before the switches
    window.show_view("swot")
    path = controller.ws.path
    other = "en" if current_language() == "id" else "id"
    window = switch(window, other)
    window = switch(window, "id")
    assert window.sidebar.item(2).text() == "Papan SWOT"  # rebuilt in Indonesian
    assert window.menuBar().actions()[0].text() == "&Berkas"
    assert window.stack.currentWidget() is window.views["swot"]  # on the same view
    assert controller.ws is not None and controller.ws.path == path  # still open
    window.app_actions.undo.trigger()  # the undo history survived the switches
    assert roster.find_opd(controller.ws, "DINSOS") is None
    window = switch(window, "en")
    assert window.sidebar.item(2).text() == "SWOT board"
    window.close()  # closing the last window closes the workshop
    assert controller.ws is None


def test_recent_menu_lists_files(qtbot, tmp_path):
    controller, settings, window = _window(qtbot, tmp_path)
    settings.add_recent(controller.ws.path)
    window._fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert texts == [str(controller.ws.path.resolve())]


def test_excepthook_logs_and_shows_a_dialog(qtbot, tmp_path, caplog):
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        exc_info = sys.exc_info()
    app_module._excepthook(*exc_info)
    box = app_module._open_boxes.pop()
    assert box.isVisible() and "boom" in box.detailedText()
    assert any("uncaught exception" in r.message for r in caplog.records)
    box.close()


def _env(tmp_path: Path) -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
                XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
                XDG_STATE_HOME=str(tmp_path / "state"), XDG_CACHE_HOME=str(tmp_path / "cache"))


def test_main_first_run_offers_the_start_screen_and_exits_cleanly(tmp_path):
    """The very first run lands on the start screen (new / open / try the demo), not in the
    middle of the demo; the next run opens the last workshop again."""
    env = _env(tmp_path)
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--quit-after", "1500"],
                          env=env, capture_output=True, text=True, timeout=90, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    demo = tmp_path / "data" / "SmartBimtek" / "demo-sukamaju.bimtek"
    assert not demo.exists()
    log_path = tmp_path / "state" / "SmartBimtek" / "log" / "smartbimtek.log"
    log_text = log_path.read_text()
    assert "no workshop to open: start screen" in log_text
    assert "closed (exit code 0)" in log_text and "Traceback" not in log_text
    workshop = tmp_path / "mine.bimtek"
    open_workshop(workshop, create=True).close()
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), str(workshop),
                           "--quit-after", "800"], env=env, capture_output=True, text=True,
                          timeout=90, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    settings = (tmp_path / "config" / "SmartBimtek" / "SmartBimtek.ini").read_text()
    assert "mine.bimtek" in settings
    # the next start opens the last workshop again
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--quit-after", "800",
                           "--lang", "en"], env=env, capture_output=True, text=True,
                          timeout=90, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    log_text = log_path.read_text()
    assert log_text.count(f"opening {workshop}") == 2
    assert "Traceback" not in log_text
    with open_workshop(workshop) as ws:  # closed cleanly: the lock is free
        assert ws.path == workshop


def test_settings_table(tmp_path):
    settings = make_settings(tmp_path, pin=None)
    assert settings.get("language") == "id" and settings.get("recent_files") == []
    assert not settings.has_pin() and not settings.check_pin("1234")
    settings.set_pin("123456")
    assert settings.check_pin("123456") and not settings.check_pin("654321")
    assert "123456" not in Path(settings.file_name).read_text()
    for bad in ("12", "abcd", "1234567890123"):
        try:
            settings.set_pin(bad)
        except ValueError:
            continue
        raise AssertionError(f"PIN {bad!r} accepted")
    assert settings.set_font_scale(9) == 2.5 and settings.set_font_scale(0.1) == 0.6
    existing = tmp_path / "a.bimtek"
    existing.write_bytes(b"x")
    settings.add_recent(existing)
    settings.add_recent(tmp_path / "gone.bimtek")
    assert settings.recent_files() == [str(existing.resolve())]  # vanished files left out
    settings.set("recent_files", [f"/x/{i}" for i in range(20)])
    settings.add_recent(existing)
    assert len(settings.get("recent_files")) == 8


def test_garbage_is_collected_on_the_gui_thread_only(qtbot):
    import gc

    from ui.main_thread_gc import MainThreadGc

    was_enabled = gc.isenabled()
    collector = MainThreadGc(interval_ms=10)
    try:
        assert not gc.isenabled()

        class Node:
            pass

        for _ in range(5000):  # cycles only the collector can free
            a, b = Node(), Node()
            a.other, b.other = b, a
        qtbot.waitUntil(lambda: collector.collections > 0, timeout=10_000)
    finally:
        collector.stop()
    assert gc.isenabled() == was_enabled


def test_controller_ticks_refresh_without_a_workshop(qtbot, tmp_path):
    controller = Controller()
    _c, _settings, window = _window(qtbot, tmp_path, controller)
    settle(qtbot, 300)  # ticks arrive; nothing breaks without a workshop
    assert window.run_bar.timer.text() == "--:--"


def test_a_change_the_disk_refuses_shows_not_saved_and_keeps_the_typing(qtbot, tmp_path):
    controller, _settings, window = _window(qtbot, tmp_path)
    board = window.show_view("swot")
    board.set_opd(roster.list_opds(controller.ws)[0].id)
    pages = controller.ws.query_one("PRAGMA page_count")[0]
    controller.ws.conn.execute(f"PRAGMA max_page_count = {pages}")  # the drive is full
    line = board.panels["W"].quick_add
    text = "Jaringan internet belum merata " * 500  # needs new pages
    line.setText(text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.banner.isVisible() and window.banner.kind == "error"
    assert window.banner.label.text().startswith("The change was not saved")
    assert "drive" in window.banner.label.text()
    assert line.text() == text  # what was typed is still there to try again
    assert window.saved_label.text() == "Last change NOT saved"
    assert controller.ws.query_one("SELECT count(*) FROM swot_items")[0] == 0
    assert not window.app_actions.undo.isEnabled()  # no undo step for a change not made
    controller.ws.conn.execute("PRAGMA max_page_count = 1073741823")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert controller.ws.query_one("SELECT count(*) FROM swot_items")[0] == 1
    assert line.text() == ""
    assert window.saved_label.text().startswith("All changes saved")


def test_opening_a_read_only_file_says_so_and_stays_on_the_start_screen(qtbot, tmp_path,
                                                                         monkeypatch):
    from smartbimtek.store import workshop as workshop_module

    path = tmp_path / "baca.bimtek"
    open_workshop(path, create=True).close()
    real = workshop_module.os.access
    monkeypatch.setattr(workshop_module.os, "access",
                        lambda p, mode, *a, **k: False if str(p) == str(path) else real(p, mode))
    controller = Controller()
    _c, _settings, window = _window(qtbot, tmp_path, controller)
    assert not window.files.open_path(path)
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1 and "read-only" in boxes[0].text()
    assert "Copy it to a folder" in boxes[0].text()
    boxes[0].close()
    assert controller.ws is None and window.pages.currentWidget() is window.start_screen
