"""The running bimtek leads the console: the sidebar marks the stage's exercise views (every
view stays listed), and a Bimtek II file opens on its first exercise."""

from __future__ import annotations

import datetime as dt

import pytest
from ui_support import make_settings, show

from smartbimtek.demo import create_demo
from ui.controller import Controller
from ui.main_window import MainWindow
from ui.sidebar import LEADING_COLOUR, landing_index, stage_views

KEYS = ["workshop", "agenda", "swot", "readiness", "vision", "programs", "matrix", "plan",
        "roadmap", "review", "commitment"]


def test_stage_views_follow_the_stage_rules():
    assert stage_views("I", KEYS) == ["readiness", "swot", "vision"]
    assert stage_views("II", KEYS) == ["programs", "matrix"]
    assert stage_views("III", KEYS) == ["swot", "roadmap", "matrix"]
    assert stage_views("IV", KEYS) == ["review", "roadmap", "matrix", "commitment"]
    assert stage_views(None, KEYS) == [] and stage_views("V", KEYS) == []
    assert stage_views("IV", ["workshop", "review"]) == ["review"]  # only views present


def test_landing_view():
    leading = stage_views("II", KEYS)
    assert landing_index(KEYS, leading, "II", 0) == KEYS.index("programs")
    assert landing_index(KEYS, leading, "II", KEYS.index("matrix")) == KEYS.index("matrix")
    assert landing_index(KEYS, stage_views("I", KEYS), "I", 1) == 1  # Bimtek I: last view
    assert landing_index(KEYS, [], None, 2) == 2


def _marked(window) -> list[str]:
    out = []
    for row in range(window.sidebar.count()):
        brush = window.sidebar.item(row).foreground()
        if brush.color().name() == LEADING_COLOUR:
            out.append(window._keys[row])
    return out


@pytest.mark.parametrize("stage", ["I", "II"])
def test_sidebar_marks_the_stage_and_opens_on_its_first_exercise(qtbot, tmp_path, stage):
    now = dt.datetime(2026, 8, 20, 10, 0).astimezone()
    path = create_demo(tmp_path / "demo.bimtek", now=now, stage=stage)
    controller = Controller(clock=lambda: now)
    window = show(qtbot, MainWindow(controller, make_settings(tmp_path), projector=False))
    controller.open(path)
    keys = window._keys
    assert window.sidebar.count() == len(keys) and "vision" in keys
    expected = stage_views(stage, keys)
    assert _marked(window) == [k for k in keys if k in expected]
    assert window.sidebar.item(keys.index(expected[0])).toolTip() == \
        f"Exercise of Bimtek {stage}"
    shown = keys[window.sidebar.currentRow()]
    assert shown == ("workshop" if stage == "I" else "programs")
    assert window.stack.currentWidget() is window.views[shown]
    for row in range(window.sidebar.count()):  # every board stays reachable
        window.sidebar.setCurrentRow(row)
        assert window.stack.currentIndex() == row
    controller.close()


def test_starting_the_next_bimtek_moves_the_marks(qtbot, tmp_path):
    from smartbimtek.services import plan

    now = dt.datetime(2026, 8, 20, 10, 0).astimezone()
    path = create_demo(tmp_path / "demo.bimtek", now=now, stage="I")
    controller = Controller(clock=lambda: now)
    window = show(qtbot, MainWindow(controller, make_settings(tmp_path), projector=False))
    controller.open(path)
    assert _marked(window) == ["swot", "readiness", "vision"]
    plan.start_event(controller.ws, "II")
    qtbot.waitUntil(lambda: _marked(window) == ["programs", "matrix"], timeout=5000)
    assert window.sidebar.item(window._keys.index("programs")).toolTip() == \
        "Exercise of Bimtek II"
    controller.close()
