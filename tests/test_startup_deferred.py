"""Start-up work deferred until the first paint or first use, tested in process (issue 12:
start-up within 2x a bare PySide6 window, ``bench/ui.py``): the table input panel, the address
lookup, the projector window, the run bar's groups, the sidebar's measuring and marking, the
settings written as Qt byte arrays, and the light records and helpers the first window uses.
What a fresh process imports before its first paint is tested in ``test_startup_imports.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_start_up_work_runs_once_after_the_first_paint(qtbot):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QLabel

    from ui.app import after_first_paint

    window = QLabel("SmartBimtek")
    qtbot.addWidget(window)
    painted: list[int] = []

    class Paints(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                painted.append(1)
            return False

    paints = Paints(window)
    window.installEventFilter(paints)
    runs: list[int] = []
    after_first_paint(window, lambda: runs.append(len(painted)), fallback_ms=100)
    assert runs == []  # nothing before the window has painted
    window.show()
    qtbot.waitUntil(lambda: runs != [])
    assert runs[0] >= 1  # after a paint
    window.repaint()
    qtbot.wait(200)  # past the fallback: still once
    assert len(runs) == 1


def test_the_table_input_panel_is_built_when_its_dock_first_shows(qtbot, tmp_path):
    from PySide6.QtWidgets import QMainWindow

    from smartbimtek.demo import create_demo
    from ui.controller import Controller
    from ui.lan_dock import LanStatus
    from ui.lan_panel import LanPanel, install

    controller = Controller()
    controller.open(create_demo(tmp_path / "demo.bimtek"))
    window = QMainWindow()
    qtbot.addWidget(window)
    dock = install(window, controller)
    window.show()
    assert window.statusBar().findChild(LanStatus) is not None
    assert window.findChildren(LanPanel) == []  # nothing built for a hidden dock
    dock.show()
    panels = window.findChildren(LanPanel)
    assert len(panels) == 1 and dock.widget() is panels[0] and panels[0].isVisible()
    controller.close()


def test_the_address_lookup_waits_until_table_input_needs_it(qtbot, tmp_path, monkeypatch):
    """The status-bar strip is there at start, but the machine's addresses (a host name
    lookup that can take a while) are looked up only when table input needs them."""
    from smartbimtek.demo import create_demo
    from smartbimtek.server import network
    from ui.controller import Controller
    from ui.lan_control import LanControl
    from ui.lan_dock import LanStatus

    lookups: list[int] = []
    real = network.local_addresses
    monkeypatch.setattr(network, "local_addresses", lambda: lookups.append(1) or real())
    controller = Controller()
    controller.open(create_demo(tmp_path / "demo.bimtek"))
    strip = LanStatus(controller)
    qtbot.addWidget(strip)
    assert strip.toggle_button.isEnabled() and lookups == []
    control = LanControl.of(controller)
    assert control.host in real() and lookups  # looked up when asked
    controller.close()


def test_the_projector_window_is_built_after_the_first_paint(qtbot, tmp_path):
    """The app builds the projector just after the console's first paint
    (``defer_projector``): before, the thumbnail's frame holds its place in the status bar;
    after, the projector shows the board the workshop had, and the console drives it."""
    from PySide6.QtGui import QKeySequence
    from ui_support import make_controller, make_settings, opd_id

    from ui.app import _attach_projector
    from ui.main_window import MainWindow

    controller = make_controller(tmp_path)
    settings = make_settings(tmp_path)
    settings.set_projector_board("swot", opd_id(controller, "DLH"))
    window = MainWindow(controller, settings, defer_projector=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    preview = window.projector_preview
    assert window.projector is None and window.projector_control is None
    assert preview is not None and preview.isVisible() and preview.projector is None
    where = preview.geometry()
    controller.show_on_projector("swot", opd_id(controller, "DLH"))  # nothing to follow yet
    _attach_projector(window)
    projector = window.projector
    qtbot.addWidget(projector)
    assert projector is not None and window.projector_control is not None
    assert preview.projector is projector and preview.geometry() == where
    assert projector.board_kind == "swot" and not projector.isVisible()  # one screen
    assert window.app_actions.pause in projector.actions()  # Space works there too
    assert QKeySequence("F5") in window.app_actions.projector.shortcuts()
    window.app_actions.projector.trigger()
    assert projector.isVisible() and window.app_actions.projector.isChecked()
    projector.hide_projector()
    _attach_projector(window)
    assert window.projector is projector  # once
    controller.close()


def test_the_run_bar_restyles_the_pause_button_only_when_paused_changes(qtbot, tmp_path):
    """At start (nothing paused) the run bar does not re-polish its pause button: an unset
    highlight is "not paused" (a needless re-polish also set up Qt's style classes)."""
    from PySide6.QtWidgets import QApplication
    from ui_support import make_controller, settle, show

    from ui import runner
    from ui.actions import Actions
    from ui.run_bar import RunBar

    controller = make_controller(tmp_path)
    bar = show(qtbot, RunBar(controller, Actions(controller, controller)))
    pause = bar.button_for(bar.app_actions.pause)
    assert pause.property("attention") is None  # never set, so never re-polished
    restyled: list[int] = []
    pause.style = lambda: restyled.append(1) or QApplication.style()
    bar.load()
    assert restyled == [] and not pause.property("attention")
    runner.next_step(controller)
    runner.toggle_pause(controller)
    settle(qtbot)
    bar.load()
    assert restyled and pause.property("attention") is True
    controller.close()


def test_the_log_is_written_from_the_start_and_rotates_after_the_first_paint(tmp_path,
                                                                             monkeypatch):
    """The start logs through a plain file handler (the rotating one's module costs ~6 ms);
    ``rotate_log`` (just after the first paint) puts the rotating handler in its place, on
    the same file, losing nothing."""
    import logging
    from logging.handlers import RotatingFileHandler

    from ui.app import rotate_log, setup_logging

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = setup_logging()
        logging.getLogger("ui.test").info("written at start")
        assert not any(isinstance(h, RotatingFileHandler) for h in root.handlers)
        rotate_log()
        logging.getLogger("ui.test").info("written after the first paint")
        added = [h for h in root.handlers if h not in before]
        assert len(added) == 1 and isinstance(added[0], RotatingFileHandler)
        assert added[0].baseFilename == str(path)
        assert (added[0].maxBytes, added[0].backupCount) == (1_000_000, 5)
        rotate_log()  # once
        assert [h for h in root.handlers if h not in before] == added
        text = path.read_text("utf-8")
        assert "written at start" in text and "written after the first paint" in text
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()


def test_the_run_bar_lists_held_groups_when_released_or_shown(qtbot, tmp_path):
    """While the app builds its first window the run bar's hidden SWOT chooser leaves the
    shared groups out (``hold_groups``); they are listed after the first paint
    (``release_groups``), or at once when a group's SWOT goes on the projector."""
    from ui_support import make_controller, opd_id, show

    from smartbimtek.services import groups
    from ui.actions import Actions
    from ui.run_bar import RunBar

    controller = make_controller(tmp_path)
    bar = show(qtbot, RunBar(controller, Actions(controller, controller)))
    group = groups.add_group(controller.ws, "Tata kelola", "dimension", dimension="governance",
                             opd_ids=[opd_id(controller, "BAPPEDA"),
                                      opd_id(controller, "DISKOMINFO")])
    key = f"group:{group.id}"

    def listed() -> bool:
        return bar.opd_box.findData(key) >= 0

    bar.hold_groups()
    bar.load()
    assert not listed() and bar.opd_box.count() > 0  # the OPDs are there
    bar.release_groups()
    assert listed()
    bar.hold_groups()
    bar.load()
    assert not listed()
    controller.show_on_projector("swot", key)  # the room sees a group's SWOT
    assert listed() and bar.opd_box.isVisibleTo(bar) and bar.opd_box.currentData() == key
    controller.close()


def test_the_console_is_shown_once_its_view_is_built(qtbot, tmp_path):
    """Opening a file builds the landing view and marks the sidebar before the console page
    is shown (laid out once, not step by step)."""
    from smartbimtek.demo import create_demo
    from ui.controller import Controller
    from ui.main_window import MainWindow
    from ui.settings import Settings

    controller = Controller()
    window = MainWindow(controller, Settings(tmp_path / "settings.ini"), projector=False)
    qtbot.addWidget(window)
    window.show()
    seen: list[tuple[int, list[str]]] = []
    window.pages.currentChanged.connect(lambda page: seen.append((page, list(window._built))))
    controller.open(create_demo(tmp_path / "demo.bimtek"))
    assert seen == [(1, ["workshop"])]
    assert window.view("workshop").isVisible()
    controller.close()


def test_a_language_switch_before_the_projector_is_built_keeps_it(qtbot, tmp_path):
    from ui_support import make_controller, make_settings

    from ui import main_window as main_window_module
    from ui.i18n import current_language
    from ui.main_window import MainWindow

    controller = make_controller(tmp_path)
    window = MainWindow(controller, make_settings(tmp_path), defer_projector=True)
    qtbot.addWidget(window)
    window.show()
    assert window.projector is None
    lang = "en" if current_language() == "id" else "id"
    window.app_actions.language_actions[lang].trigger()
    new = main_window_module._windows[-1]
    qtbot.addWidget(new)
    assert new is not window and new.projector is not None
    qtbot.addWidget(new.projector)
    new.app_actions.language_actions["en"].trigger()  # back to the tests' language
    last = main_window_module._windows[-1]
    qtbot.addWidget(last)
    if last.projector is not None:
        qtbot.addWidget(last.projector)
    controller.close()


def test_byte_settings_are_stored_as_qt_byte_arrays(tmp_path):
    """The window geometry (bytes) is stored as Qt's byte array, not pickled into the file
    (reading a pickled value loaded pickle at every start); a pickled value from an older
    version still reads."""
    from PySide6.QtCore import QSettings

    from ui.settings import Settings

    path = tmp_path / "settings.ini"
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue("window_state", b"\x01older")  # how a Python bytes value used to be stored
    old.sync()
    settings = Settings(path)
    settings.set("window_geometry", b"\x00\x01geometry\xff")
    text = path.read_text("latin-1")
    line = next(x for x in text.splitlines() if x.startswith("window_geometry="))
    assert line.startswith("window_geometry=@ByteArray(") and "PyObjectWrapper" not in line
    again = Settings(path)
    assert again.get("window_geometry") == b"\x00\x01geometry\xff"
    assert again.get("window_state") == b"\x01older"


def test_the_sidebar_measures_each_entry_once_per_width_and_font(qtbot, tmp_path):
    """The sidebar's entry sizes (Qt asks for them dozens of times before the first paint)
    are measured once per text, header, width and font, then answered from a cache; a new
    width or font measures again."""
    import datetime as dt

    from ui_support import make_settings, show

    from smartbimtek.demo import create_demo
    from ui import sidebar as sidebar_module
    from ui.controller import Controller
    from ui.main_window import MainWindow

    measured: list[tuple] = []
    real = sidebar_module._SidebarDelegate._measure

    def counting(self, option, index, width):
        measured.append((str(index.data()), index.data(sidebar_module.HEADER_ROLE), width))
        return real(self, option, index, width)

    sidebar_module._SidebarDelegate._measure = counting
    try:
        now = dt.datetime(2026, 8, 20, 10, 0).astimezone()
        controller = Controller(clock=lambda: now)
        window = show(qtbot, MainWindow(controller, make_settings(tmp_path), projector=False))
        controller.open(create_demo(tmp_path / "demo.bimtek", now=now, stage="II"))
        window.repaint()
        sidebar = window.sidebar
        assert sidebar.count() == 11 and measured
        assert len(measured) == len(set(measured))  # never the same entry twice
        rects = [sidebar.visualItemRect(sidebar.item(r)) for r in range(sidebar.count())]
        head = sidebar.item(0).data(sidebar_module.HEADER_ROLE)
        assert head and rects[0].height() > rects[1].height()  # the header's room is there
        before = len(measured)
        window.resize(900, 600)  # the sidebar narrows: its labels are measured again
        window.repaint()
        sidebar.doItemsLayout()
        assert len(measured) > before and len(measured) == len(set(measured))
        controller.close()
    finally:
        sidebar_module._SidebarDelegate._measure = real


def test_marking_the_stage_of_a_hidden_sidebar_lays_it_out_once_shown(qtbot, tmp_path):
    """The app opens the first file while the console page is not shown yet: marking the
    running stage then forces no layout of the sidebar's entries (Qt lays them out once,
    when the console shows), and the entries still have their headers' room."""
    import datetime as dt

    from ui_support import make_settings

    from smartbimtek.demo import create_demo
    from ui.controller import Controller
    from ui.main_window import MainWindow
    from ui.sidebar import HEADER_ROLE

    now = dt.datetime(2026, 8, 20, 10, 0).astimezone()
    controller = Controller(clock=lambda: now)
    window = MainWindow(controller, make_settings(tmp_path), projector=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    sidebar = window.sidebar
    layouts: list[bool] = []
    real = sidebar.doItemsLayout

    def counting() -> None:
        layouts.append(sidebar.isVisible())
        real()

    sidebar.doItemsLayout = counting
    assert not sidebar.isVisible()  # the start screen is shown
    controller.open(create_demo(tmp_path / "demo.bimtek", now=now, stage="II"))
    assert sidebar.isVisible()
    assert False not in layouts  # nothing laid out while hidden
    assert sidebar.item(0).data(HEADER_ROLE)
    first = sidebar.visualItemRect(sidebar.item(0))
    second = sidebar.visualItemRect(sidebar.item(1))
    assert first.height() > second.height() > 0
    controller.close()


def test_tooltips_escape_user_text_as_the_html_module_does():
    """``plain_tooltip`` escapes by hand (the html module stays out of the start) exactly as
    ``html.escape(text, quote=False)``."""
    import html

    from ui.widgets.common import plain_tooltip

    for text in ["<b>OPD & co</b>", "a &amp; <i>b</i> > c", "<h1>\"quoted\" 'x'</h1>\n<br>"]:
        assert plain_tooltip(text) == ("<p style='white-space:pre-wrap'>"
                                       + html.escape(text, quote=False) + "</p>")


def test_reference_data_reads_the_same_as_through_importlib_resources():
    """The reference data is read from the package's folder (importlib.resources stays out
    of the start): the same data as through importlib.resources."""
    import json
    from importlib import resources

    from smartbimtek import reference

    for name in ("dimensions.json", "components.json"):
        path = resources.files("smartbimtek").joinpath("reference", name)
        assert reference._load(name) == json.loads(path.read_text("utf-8"))


def test_the_sidebar_viewport_is_made_in_python_like_qts_own(qtbot):
    """The sidebar's delegate asks for its viewport's width before the first paint. A
    viewport Qt made is a plain QWidget pointer that PySide6 must first identify among all
    widget classes (~9 ms once, creating their enums); the sidebar's viewport is made in
    Python instead, set up as Qt sets up its own."""
    import shiboken6
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidget

    from ui.sidebar import make_sidebar

    sidebar = make_sidebar()
    plain = QListWidget()
    qtbot.addWidget(sidebar)
    qtbot.addWidget(plain)
    port, default = sidebar.viewport(), plain.viewport()
    assert shiboken6.createdByPython(port) and port.parent() is sidebar
    assert port.objectName() == default.objectName() == "qt_scrollarea_viewport"
    assert port.backgroundRole() == default.backgroundRole()
    assert port.autoFillBackground() == default.autoFillBackground()
    assert port.focusProxy() is sidebar
    for attribute in Qt.WidgetAttribute:
        assert port.testAttribute(attribute) == default.testAttribute(attribute), attribute


def test_the_running_stage_is_coloured_without_making_a_brush(qtbot, tmp_path):
    """The sidebar colours the running stage's views with a QColor (a QBrush made in Python
    first creates the enums of every class its constructors take, ~2 ms at start-up); Qt
    paints it as the same brush."""
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor
    from ui_support import make_settings, show

    from smartbimtek.demo import create_demo
    from ui.controller import Controller
    from ui.main_window import MainWindow
    from ui.sidebar import LEADING_COLOUR

    now = dt.datetime(2026, 8, 20, 10, 0).astimezone()
    controller = Controller(clock=lambda: now)
    window = show(qtbot, MainWindow(controller, make_settings(tmp_path), projector=False))
    controller.open(create_demo(tmp_path / "demo.bimtek", now=now, stage="II"))
    item = window.sidebar.item(0)
    colour = item.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QColor) and colour.name() == LEADING_COLOUR
    assert item.foreground().color().name() == LEADING_COLOUR  # painted as a brush
    controller.close()


def test_the_core_the_first_window_imports_makes_only_the_records_it_shows():
    """The first window makes plans, events (with their speakers), agenda steps and OPDs:
    importing the model and the services it calls creates no other record class (each
    dataclass costs ~0.5 ms)."""
    code = ("import dataclasses, json, sys\n"
            "import smartbimtek.model as model\n"
            "import smartbimtek.services.agenda, smartbimtek.services.plan\n"
            "import smartbimtek.services.roster\n"
            "print(json.dumps([sorted(n for n, v in vars(model).items()\n"
            "                         if dataclasses.is_dataclass(v)),\n"
            "                  'smartbimtek.model_exercises' in sys.modules]))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    records, exercises_loaded = json.loads(done.stdout.splitlines()[-1])
    assert records == ["AgendaStep", "Event", "Opd", "Plan", "Speaker"]
    assert not exercises_loaded


def test_the_records_moved_out_of_the_model_module_still_import_from_it():
    from smartbimtek import model, model_exercises

    for name in ("Participant", "Attendance", "Note"):
        assert getattr(model, name) is getattr(model_exercises, name)
    from smartbimtek.model import Note

    assert Note("n1", "e1", None, "note", "text").kind == "note"


def test_the_timer_state_is_a_light_immutable_record():
    """The run bar's timer state is made at start-up: a named tuple (a frozen dataclass
    compiles six methods when its class is made, ~1 ms of the start)."""
    import dataclasses

    from ui.runner import TimerState

    state = TimerState(None, 0.0, "idle", "--:--")
    assert not dataclasses.is_dataclass(TimerState)
    assert (state.step, state.remaining, state.phase, state.text) == (None, 0.0, "idle", "--:--")
    assert not state.paused
    with pytest.raises(AttributeError):
        state.phase = "ok"
