"""Start-up of the desktop app imports only what the first painted window needs (issue 12:
start-up within 2x a bare PySide6 window, ``bench/ui.py``).

The app is run in a fresh process with ``--smoke-test`` (it quits after the first paint) on
the demo workshop; the modules loaded when the first paint's follow-up work starts are
listed. The document writers, the phone
server, the QR encoder, the guide viewer and the console views that are not on screen are
loaded when first used, so a careless top-level import cannot silently slow the start again.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

RUN = """
import json, sys
sys.argv = ["main.py", sys.argv[1], "--smoke-test"]
import ui.app as app
at_paint = []
first_paint = app.after_first_paint
def watched(window, callback, fallback_ms=3000):
    def run():
        if not at_paint:
            at_paint.append(sorted(sys.modules))
            import PySide6.QtCore as core  # their classes are made when first named
            import PySide6.QtGui as gui
            import PySide6.QtWidgets as widgets
            at_paint.append(sorted(n for m in (core, gui, widgets) for n in vars(m)
                                   if n[0] == "Q"))
        callback()
    first_paint(window, run, fallback_ms)
app.after_first_paint = watched
code = app.main()
print(json.dumps({"code": code, "modules": at_paint[0], "widget_classes": at_paint[1]}))
"""

#: Not needed for the first paint of the console showing the workshop view.
HEAVY = [
    "reportlab", "docx", "openpyxl", "flask", "waitress", "werkzeug", "jinja2", "segno",
    "PIL", "matplotlib", "jsonschema", "sqlite_utils", "urllib.request", "http.client",
    "smartbimtek.exports.pdf_render", "smartbimtek.exports.docx_render",
    "smartbimtek.server.app", "smartbimtek.server.qr", "ui.help_viewer",
    "smartbimtek.services.budget",
    "ui.views.agenda", "ui.views.matrix", "ui.views.programs", "ui.views.plan_view",
    "ui.views.swot_board", "ui.views.readiness",
    # table input: its panel is built when its dock is first shown, the quit guard on quitting
    "ui.lan_panel", "ui.lan_join", "ui.quit_guard", "smartbimtek.services.lan",
    # the lock file is held with flock (store/lock.py); filelock only where flock is missing
    "filelock",
    # the rotating log handler and sockets: after the first paint, with table input
    "logging.handlers", "socket", "smartbimtek.server.network",
    # the run bar's hidden SWOT chooser lists the shared groups just after the first paint
    "smartbimtek.services.groups", "smartbimtek.model_stages",
    # records the first window makes or shows none of (their dataclasses cost ~10 ms), and
    # the module only needed when a record is made
    "smartbimtek.model_exercises", "smartbimtek.model_plan", "uuid",
    # the reference data is read straight from the package folder; HTML escaping is by hand
    "importlib.resources", "html",
    # the projector window and its agenda board: built just after the first paint
    "ui.projector", "ui.views.projector_agenda", "ui.views.projector_base",
    "ui.views.board_base", "ui.widgets.text_layout",
    # dialogs opened only on a user action (Qt's dialog classes create their enums when
    # first named): the file dialogs, the new-workshop dialog
    "ui.file_dialogs", "ui.new_workshop",
    # the Event tab of the Workshop view (the region and plan tab is the one shown first)
    "ui.views.workshop_event",
    # copies and backups: the backup taken on open runs just after the first paint
    "smartbimtek.store.copies", "smartbimtek.store.backups",
]


@pytest.fixture(scope="module")
def started(tmp_path_factory) -> tuple[set[str], Path, set[str]]:
    """The modules loaded when the app has painted its first window with the demo open, the
    folder of that run (its settings are under ``config``) and the QtCore, QtGui and
    QtWidgets classes made."""
    from smartbimtek.demo import create_demo

    work = tmp_path_factory.mktemp("startup")
    demo = create_demo(work / "demo.bimtek")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(work / "config"),
               XDG_DATA_HOME=str(work / "data"), XDG_STATE_HOME=str(work / "state"),
               XDG_CACHE_HOME=str(work / "cache"))
    done = subprocess.run([sys.executable, "-c", RUN, str(demo)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads([x for x in done.stdout.splitlines() if x.startswith("{")][-1])
    assert report["code"] == 0  # a workshop was open at the first paint
    return set(report["modules"]), work, set(report["widget_classes"])


@pytest.fixture(scope="module")
def loaded(started) -> set[str]:
    """The modules loaded by the first paint (see ``started``)."""
    return started[0]


def test_the_first_paint_shows_the_workshop_with_the_core_loaded(loaded):
    assert {"ui.main_window", "ui.views.workshop", "smartbimtek.store.workshop"} <= loaded


#: The Workshop view's tabs other than the one shown first (the region and plan): their
#: modules are imported when the tab is first shown (``ui/widgets/lazy_tabs.py``).
WORKSHOP_TABS_NOT_SHOWN = ["ui.views.roster", "ui.views.attendance", "ui.views.changes",
                           "ui.views.photos", "ui.views.followups"]


@pytest.mark.parametrize("module", WORKSHOP_TABS_NOT_SHOWN)
def test_workshop_tabs_not_shown_are_not_imported_before_the_first_paint(loaded, module):
    assert "ui.widgets.lazy_tabs" in loaded  # the Workshop view is the one on screen
    assert module not in loaded, f"{module} is imported at start-up: build its tab lazily"


@pytest.mark.parametrize("module", HEAVY)
def test_heavy_module_not_loaded_before_the_first_paint(loaded, module):
    assert module not in loaded, f"{module} is imported at start-up: import it where it is used"


#: Qt classes of dialogs the first window does not open: PySide6 makes a class (and all its
#: enums, ~1 ms for the message box) when a module first names it, so these are named where
#: the dialogs are opened.
DIALOG_CLASSES = ["QMessageBox", "QFileDialog", "QDialog", "QDialogButtonBox", "QDateEdit"]


@pytest.mark.parametrize("name", DIALOG_CLASSES)
def test_dialog_classes_are_not_made_before_the_first_paint(started, name):
    assert name not in started[2], f"PySide6.QtWidgets.{name} is named at start-up"


def test_no_icon_class_is_made_before_the_first_paint(started):
    """The console shows no icon: an action made as ``QAction(text, parent)`` makes QIcon
    (~1.4 ms) while PySide6 weighs the (icon, text) overload; the actions set their text."""
    assert "QIcon" not in started[2]


def test_the_saved_time_of_a_file_just_opened_needs_no_qt_date_class(started, qtbot, tmp_path):
    """The status bar's "saved" time is the wall clock as HH:MM:SS (Python's datetime: Qt's
    QDateTime would be made for it before the first paint)."""
    import re

    assert "QDateTime" not in started[2]
    from smartbimtek.demo import create_demo
    from ui.controller import Controller
    from ui.main_window import MainWindow
    from ui.settings import Settings

    controller = Controller()
    window = MainWindow(controller, Settings(tmp_path / "s.ini"), projector=False)
    qtbot.addWidget(window)
    window.files.open_path(create_demo(tmp_path / "demo.bimtek"))
    assert re.search(r"\(\d\d:\d\d:\d\d\)", window.saved_label.text())
    controller.close()


def test_settings_changed_before_the_first_paint_reach_the_disk(started):
    """The settings written while the first window is built are held in memory and written
    once after the first paint: the last workshop is on disk when the app has quit."""
    files = list((started[1] / "config").rglob("*.ini"))
    assert len(files) == 1
    text = files[0].read_text("utf-8")
    assert "last_workshop=" in text and "demo.bimtek" in text


def test_held_settings_are_written_when_released(tmp_path):
    from ui.settings import Settings

    def on_disk() -> str:  # the file itself (QSettings objects share a cache in a process)
        return path.read_text("utf-8") if path.exists() else ""

    path = tmp_path / "settings.ini"
    settings = Settings(path)
    settings.hold_writes()
    settings.set("last_view", 3)
    assert settings.get("last_view") == 3  # read back at once, from memory
    assert "last_view" not in on_disk()
    settings.release_writes()
    assert "last_view=3" in on_disk()
    settings.set("last_view", 4)  # written at once again
    assert "last_view=4" in on_disk()


COLLECTIONS = """
import gc, json, sys
sys.argv = ["main.py", sys.argv[1], "--smoke-test"]
import ui.app as app
seen = {"before": 0, "at_paint": None}
gc.callbacks.append(lambda phase, info: phase == "start" and seen.__setitem__(
    "before", seen["before"] + 1))
first_paint = app.after_first_paint
def watched(window, callback, fallback_ms=3000):
    def run():
        if seen["at_paint"] is None:
            seen["at_paint"] = seen["before"]
        callback()
    first_paint(window, run, fallback_ms)
app.after_first_paint = watched
enabled = gc.isenabled()
code = app.main()
print(json.dumps({"code": code, "at_paint": seen["at_paint"], "enabled": enabled,
                  "enabled_after": gc.isenabled()}))
"""


def test_no_cycle_collection_runs_while_the_first_window_is_built(tmp_path):
    """The automatic collector is off from the start of ``main()`` (MainThreadGc collects on
    the GUI thread afterwards): its passes over the start's many objects cost ~10 ms."""
    from smartbimtek.demo import create_demo

    demo = create_demo(tmp_path / "demo.bimtek")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"), XDG_STATE_HOME=str(tmp_path / "s"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-c", COLLECTIONS, str(demo)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads([x for x in done.stdout.splitlines() if x.startswith("{")][-1])
    assert report["code"] == 0
    assert report["at_paint"] == 0
    assert report["enabled"] and report["enabled_after"]  # given back as it was


ORDER = """
import json, sys
sys.argv = ["main.py", sys.argv[1], "--smoke-test"]
seen = {}
class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6.QtCore" and not seen:
            seen["core_first"] = [m for m in ("smartbimtek.services.plan",
                                              "smartbimtek.store.workshop",
                                              "smartbimtek.services.roster") if m in sys.modules]
        return None
sys.meta_path.insert(0, Watch())
from ui.app import main
print(json.dumps({"code": main(), **seen}))
"""


def test_the_core_is_imported_before_pyside6(tmp_path):
    """PySide6's import hook reads the source of each module imported after it: the Qt-free
    core the first window needs is imported before it."""
    from smartbimtek.demo import create_demo

    demo = create_demo(tmp_path / "demo.bimtek")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"), XDG_STATE_HOME=str(tmp_path / "s"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-c", ORDER, str(demo)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads([x for x in done.stdout.splitlines() if x.startswith("{")][-1])
    assert report["code"] == 0
    assert report["core_first"] == ["smartbimtek.services.plan", "smartbimtek.store.workshop",
                                    "smartbimtek.services.roster"]
