"""The layout checker of the layout tests finds what it must (and only that)."""

from __future__ import annotations

from layout_support import layout_problems, unreachable
from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget


def _window(qtbot, width=300, height=200) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    return window


def test_a_widget_outside_the_window_is_found(qtbot):
    window = _window(qtbot)
    button = QPushButton("Simpan", window)
    button.setGeometry(250, 10, 100, 30)
    button.show()
    assert any("Simpan" in p for p in layout_problems(window, (300, 200)))
    assert unreachable(window, {"save": button})


def test_a_widget_cut_by_its_parent_is_found(qtbot):
    window = _window(qtbot)
    box = QWidget(window)
    box.setGeometry(0, 0, 100, 100)
    box.show()
    button = QPushButton("Lanjut", box)
    button.setGeometry(80, 10, 50, 30)
    button.show()
    assert any("Lanjut" in p for p in layout_problems(window, (300, 200)))


def test_a_window_larger_than_the_screen_is_found(qtbot):
    window = _window(qtbot, 400, 200)
    assert layout_problems(window, (300, 200))[0].startswith("window is 400x200")


def test_scrolled_content_is_reachable_but_not_a_primary_button(qtbot):
    window = _window(qtbot)
    area = QScrollArea(window)
    content = QWidget()
    content.setMinimumHeight(1000)
    button = QPushButton("Simpan", content)
    button.move(10, 900)
    area.setWidget(content)
    area.setWidgetResizable(True)
    QVBoxLayout(window).addWidget(area)
    qtbot.wait(5)
    assert layout_problems(window, (300, 200)) == []
    assert unreachable(window, {"save": button})
    area.ensureWidgetVisible(button)
    qtbot.wait(5)
    assert unreachable(window, {"save": button}) == []


def test_hidden_and_zero_size_primary_buttons_are_unreachable(qtbot):
    window = _window(qtbot)
    hidden = QPushButton("A", window)
    hidden.hide()
    flat = QPushButton("B", window)
    flat.setGeometry(0, 0, 0, 0)
    flat.show()
    assert unreachable(window, {"a": hidden, "b": flat}) == ["a: not visible",
                                                              "b: zero size"]


def test_dialog_sizes_fit_the_screen():
    """A dialog's usual size shrinks to 90% of a small screen (910x512 at 150%)."""
    from PySide6.QtCore import QRect, QSize

    from ui.widgets.common import fit_size

    assert fit_size(QSize(720, 560), QRect(0, 0, 910, 472)) == QSize(720, 424)
    assert fit_size(QSize(720, 560), QRect(0, 0, 1920, 1040)) == QSize(720, 560)
    assert fit_size(QSize(720, 560), QRect(0, 0, 600, 400)) == QSize(540, 360)


_DIALOGS_AT_150 = """
import json, shutil, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QGuiApplication
app = QApplication([])
from smartbimtek.demo import create_demo
from ui.controller import Controller
from ui.main_window import MainWindow
from ui.settings import Settings
work = Path(sys.argv[1])
window = MainWindow(Controller(), Settings(work / "s.ini"), projector=False)
window.show()
window.files.open_path(create_demo(work / "demo.bimtek"))
view = window.show_view("programs")
for _ in range(20):
    app.processEvents()
sizes = {"links": view.editor.open_link_picker().size().toTuple()}
from ui.views.roster import TemplateDialog
sizes["template"] = TemplateDialog(set(), window).size().toTuple()
sizes["screen"] = QGuiApplication.primaryScreen().availableGeometry().size().toTuple()
print(json.dumps(sizes))
"""


def test_dialogs_fit_a_laptop_at_150_percent(tmp_path):
    """A 1366x768 laptop at 150% display scaling (910x512 logical pixels): the program
    form's link picker and the OPD template list (720x560 and 560x560 where there is room)
    stay on the screen."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "QT_SCALE_FACTOR": "1.5"}
    result = subprocess.run([sys.executable, "-c", _DIALOGS_AT_150, str(tmp_path)],
                            cwd=Path(__file__).resolve().parent.parent, env=env,
                            capture_output=True, text=True, timeout=120, check=True)
    sizes = json.loads(result.stdout.strip().splitlines()[-1])
    width, height = sizes["screen"]
    assert (width, height) == (911, 512)
    for name in ("links", "template"):
        assert sizes[name][0] <= width and sizes[name][1] <= height * 0.9, (name, sizes)
