"""The projector window: full screen on the second screen of the offscreen multi-screen
platform (a subprocess, since the platform is chosen when QApplication starts), the remembered
screen, one screen (F5 full screen on it, Esc back), boards sent by the controller, live
updates, and nothing private on it."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from ui_support import make_controller, make_settings, opd_id, settle, show

from smartbimtek.services import roster, swot
from ui.main_window import MainWindow
from ui.projector import AgendaBoard, ProjectorWindow

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from ui.controller import Controller
    from ui.settings import Settings
    from ui.projector import ProjectorWindow
    tmp = Path(sys.argv[1])
    settings = Settings(tmp / "settings.ini")
    primary = app.primaryScreen()
    others = [s.name() for s in app.screens() if s is not primary]
    if len(sys.argv) > 2:  # remember the last non-primary screen
        settings.set("projector_screen", others[-1])
    controller = Controller()
    controller.open(tmp / "w.bimtek", create=True)
    window = ProjectorWindow(controller, settings)
    shown = window.auto_show()
    for _ in range(5):
        app.processEvents()
    result = {"screens": [s.name() for s in app.screens()], "auto_shown": shown,
              "primary": primary.name(), "others": others,
              "visible": window.isVisible(), "full_screen": window.isFullScreen(),
              "mode": window.mode,
              "screen": window.screen().name() if window.screen() else None,
              "geometry": list(window.geometry().getRect())}
    window.toggle()
    for _ in range(5):
        app.processEvents()
    result["after_toggle_visible"] = window.isVisible()
    result["after_toggle"] = [window.isFullScreen(), window.screen().name(),
                              list(window.geometry().getRect())]
    window.toggle()
    result["after_second_toggle"] = [window.isVisible(), window.isFullScreen(),
                                     window.screen().name()]
    print(json.dumps(result))
    controller.close()
""")


def _screens(tmp_path: Path, screens: list[dict]) -> str:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens}))
    return f"offscreen:configfile={config}"


def _run(tmp_path: Path, platform: str, *args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path), *args], env=env,
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
PROJECTOR = {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080}
SMALL = {"name": "beamer", "x": 3286, "y": 0, "width": 1280, "height": 720}


def test_projector_goes_full_screen_on_the_second_screen(tmp_path):
    result = _run(tmp_path, _screens(tmp_path, [LAPTOP, PROJECTOR]))
    assert sorted(result["screens"]) == ["laptop", "projector"]
    assert result["primary"] == "laptop"
    assert result["auto_shown"] and result["visible"] and result["full_screen"]
    assert result["mode"] == "screen" and result["screen"] == "projector"
    assert result["geometry"] == [1366, 0, 1920, 1080]
    assert result["after_toggle_visible"] is False  # F5 hides
    assert result["after_second_toggle"] == [True, True, "projector"]


def test_projector_uses_the_remembered_screen(tmp_path):
    result = _run(tmp_path, _screens(tmp_path, [LAPTOP, PROJECTOR, SMALL]), "remember-last")
    geometries = {s["name"]: [s["x"], s["y"], s["width"], s["height"]]
                  for s in (LAPTOP, PROJECTOR, SMALL)}
    remembered = result["others"][-1]
    assert len(result["others"]) == 2 and result["primary"] not in result["others"]
    assert result["screen"] == remembered and result["geometry"] == geometries[remembered]
    assert result["full_screen"]


def test_projector_falls_back_to_a_window_with_one_screen(tmp_path):
    result = _run(tmp_path, _screens(tmp_path, [LAPTOP]))
    assert result["screens"] == ["laptop"]
    assert not result["auto_shown"] and not result["visible"]  # waits for F5
    assert result["mode"] == "window"
    assert result["after_toggle_visible"] is True
    # F5 on one screen: full screen on that screen (mirrored to the room)
    assert result["after_toggle"] == [True, "laptop", [0, 0, 1366, 768]]
    visible, _full_screen, screen = result["after_second_toggle"]
    assert (visible, screen) == (False, "laptop")


def _window(qtbot, tmp_path):
    controller = make_controller(tmp_path)
    settings = make_settings(tmp_path)
    window = show(qtbot, MainWindow(controller, settings))
    qtbot.addWidget(window.projector)
    return controller, settings, window


def test_f5_and_esc_toggle_the_one_screen_projector(qtbot, tmp_path):
    _controller, _settings, window = _window(qtbot, tmp_path)
    projector = window.projector
    assert not projector.isVisible()
    window.app_actions.projector.trigger()
    assert projector.isVisible() and projector.isFullScreen()
    assert window.app_actions.projector.isChecked()
    assert projector.screen() is window.screen()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible() and not window.app_actions.projector.isChecked()
    projector.close()  # closing only hides; the console keeps running
    assert not projector.isVisible()


def test_projector_shows_only_what_is_sent_and_updates_live(qtbot, tmp_path):
    controller, settings, window = _window(qtbot, tmp_path)
    projector = window.projector
    projector.resize(1280, 720)
    projector.show()
    assert isinstance(projector.board, AgendaBoard)
    dlh = opd_id(controller, "DLH")
    window.run_bar.choose("swot", dlh)
    assert projector.board_kind == "swot" and projector.board.param == dlh
    swot.add_item(controller.ws, dlh, "S", "Bank sampah aktif di 12 desa")
    settle(qtbot, 20)
    assert projector.board.items["S"] == ["Bank sampah aktif di 12 desa"]
    for kind, param in (("overview", "dimension"), ("overview", "component"),
                        ("matrix", None), ("quickwins", None), ("agenda", None)):
        window.run_bar.choose(kind, param)
        settle(qtbot)
        assert projector.board_kind == kind
        assert projector.board.isVisibleTo(projector)
    window.run_bar.choose("join")
    assert projector.board_kind == "join"
    expected = "JoinBoard" if importlib.util.find_spec("ui.lan_join") else "NeutralPanel"
    assert type(projector.board).__name__ == expected
    # the font-scale control reaches the board and is remembered
    window.app_actions.font_bigger.trigger()
    assert projector.font_scale == 1.1 and settings.font_scale() == 1.1
    window.run_bar.choose("agenda")
    assert projector.board.font_scale == 1.1


def test_nothing_private_on_the_projector(qtbot, tmp_path):
    controller, _settings, window = _window(qtbot, tmp_path)
    dlh = opd_id(controller, "DLH")
    roster.add_participant(controller.ws, "Siti Aminah", dlh, "Kepala Bidang", "081234567890")
    projector = window.projector
    projector.resize(1920, 1080)
    projector.show()
    for kind, param in (("agenda", None), ("swot", dlh), ("overview", "dimension"),
                        ("matrix", None), ("quickwins", None), ("join", None)):
        window.run_bar.choose(kind, param)
        settle(qtbot)
        texts = [label.text() for label in projector.findChildren(QLabel)]
        assert not any("081234567890" in t for t in texts), kind


def test_screen_removed_falls_back_and_hides(qtbot, tmp_path, monkeypatch):
    _controller, _settings, window = _window(qtbot, tmp_path)
    projector = window.projector
    projector.mode = "screen"
    projector.show()
    monkeypatch.setattr(ProjectorWindow, "target_screen", lambda self: None)
    placements: list[str] = []
    projector.placement_changed.connect(placements.append)
    projector._screen_removed(projector.screen())
    assert not projector.isVisible() and projector.mode == "window"
    assert placements == ["window"]


def test_switching_back_reuses_the_board_and_shows_what_changed_meanwhile(qtbot, tmp_path):
    controller, _settings, window = _window(qtbot, tmp_path)
    projector = window.projector
    projector.resize(1280, 720)
    projector.show()
    dlh = opd_id(controller, "DLH")
    window.run_bar.choose("swot", dlh)
    settle(qtbot)
    first = projector.board
    window.run_bar.choose("matrix")
    settle(qtbot)
    assert not first.isVisible()
    swot.add_item(controller.ws, dlh, "O", "Dana CSR untuk bank sampah")  # while hidden
    settle(qtbot, 20)
    window.run_bar.choose("swot", dlh)
    settle(qtbot, 20)
    assert projector.board is first and first.isVisible()
    assert projector.board.items["O"] == ["Dana CSR untuk bank sampah"]
    visible = [w for w in projector.findChildren(type(first)) if w.isVisible()]
    assert visible == [first]


def test_a_language_switch_keeps_the_projector_and_its_board(qtbot, tmp_path):
    from ui import main_window as main_window_module
    from ui.i18n import current_language

    controller = make_controller(tmp_path)
    window = show(qtbot, MainWindow(controller, make_settings(tmp_path)))
    window.app_actions.projector.trigger()
    controller.show_on_projector("swot", opd_id(controller, "DLH"))
    old_projector = window.projector
    assert old_projector.isVisible()
    lang = "en" if current_language() == "id" else "id"
    window.app_actions.language_actions[lang].trigger()
    new = main_window_module._windows[-1]
    qtbot.addWidget(new)
    assert new.projector is not old_projector and new.projector.isVisible()
    assert new.projector.board_kind == "swot"
    assert new.app_actions.projector.isChecked()
    new.close()
    assert controller.ws is None and new.projector is None
