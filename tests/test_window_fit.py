"""The console window fits the screen it opens on (issue 12): on a 1024x768 screen with fresh
settings the 1366x768 default is not 342 px off-screen but maximised and fitted; a saved
geometry that no longer fits (a laptop moved from a big monitor to a projector) is brought
on-screen. The rule is a pure function; one check runs the real window in a subprocess on a
fake 1024x768 offscreen screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ui.window_fit import DEFAULT_SIZE, fit_window

ROOT = Path(__file__).resolve().parent.parent


def inside(rect, frame, available) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = available
    return ax <= x and ay <= y and x + w + frame[0] <= ax + aw and y + h + frame[1] <= ay + ah


def test_default_fits_a_big_screen_centred_and_not_maximised():
    fit = fit_window(None, (0, 0, 1920, 1040), frame=(0, 30))
    assert (fit.width, fit.height) == DEFAULT_SIZE and not fit.maximised
    assert inside(fit.rect, (0, 30), (0, 0, 1920, 1040))
    assert fit.x == (1920 - 1366) // 2


def test_default_on_a_1024x768_screen_is_clamped_and_maximised():
    available = (0, 0, 1024, 740)  # a panel takes 28 px
    fit = fit_window(None, available, frame=(0, 30))
    assert fit.maximised
    assert fit.width <= 1024 and fit.height <= 740 - 30
    assert inside(fit.rect, (0, 30), available)


def test_a_saved_geometry_from_a_big_monitor_is_brought_onto_the_projector():
    available = (0, 0, 1024, 768)
    fit = fit_window((1500, 200, 1800, 1000), available)
    assert inside(fit.rect, (0, 0), available) and fit.maximised
    small = fit_window((900, 600, 800, 500), available)  # fits, but hangs off the corner
    assert (small.width, small.height) == (800, 500) and not small.maximised
    assert inside(small.rect, (0, 0), available)


def test_a_saved_geometry_that_fits_is_kept():
    fit = fit_window((100, 50, 1200, 700), (0, 0, 1920, 1080), frame=(0, 30))
    assert fit.rect == (100, 50, 1200, 700) and not fit.maximised


def test_a_second_screen_to_the_right_keeps_the_window_on_it():
    available = (1366, 0, 1024, 768)
    fit = fit_window((1300, -40, 1000, 700), available)
    assert inside(fit.rect, (0, 0), available)


SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.controller import Controller
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.window_fit import fit_to_screen
settings = Settings(sys.argv[1])
if len(sys.argv) > 2:
    from PySide6.QtCore import QByteArray
    probe = MainWindow(Controller(), settings, projector=False)
    probe.setGeometry(1500, 300, 1800, 1000)
    settings.set("window_geometry", bytes(probe.saveGeometry()))
    probe.deleteLater()
window = MainWindow(Controller(), settings, projector=False)
fit_to_screen(window, settings)
window.show()
for _ in range(5):
    app.processEvents()
g = window.frameGeometry()
a = window.screen().availableGeometry()
print(g.x(), g.y(), g.width(), g.height(), a.width(), a.height(), int(window.isMaximized()))
"""


def _run(tmp_path, *extra) -> list[int]:
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [
        {"name": "projector", "x": 0, "y": 0, "width": 1024, "height": 768}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "s.ini"), *extra],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return [int(v) for v in done.stdout.split()[-7:]]


def test_the_real_window_fits_a_1024x768_screen_on_first_start(tmp_path):
    x, y, w, h, aw, ah, maximised = _run(tmp_path)
    assert (aw, ah) == (1024, 768)
    assert x >= 0 and y >= 0 and x + w <= 1024 and y + h <= 768, (x, y, w, h)
    assert maximised


def test_the_real_window_brings_a_saved_big_geometry_on_screen(tmp_path):
    x, y, w, h, _aw, _ah, _maximised = _run(tmp_path, "saved")
    assert x >= 0 and y >= 0 and x + w <= 1024 and y + h <= 768, (x, y, w, h)
