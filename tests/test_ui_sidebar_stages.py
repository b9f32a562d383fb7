"""The running bimtek leads the console: in a Bimtek II-IV file the sidebar starts with a
header "Bimtek II · Latihan" over the stage's exercise views (in exercise order), then "Semua
tampilan" over the other views (every view stays listed and reachable, the keyboard and the
mouse skip the headers, the last view is remembered by view, not by row); a Bimtek I file
keeps the usual order with its views marked; a Bimtek II file opens on its first exercise."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from ui_support import make_settings, show

from smartbimtek.demo import create_demo
from ui.controller import Controller
from ui.main_window import MainWindow
from ui.sidebar import (
    HEADER_ROLE,
    LEADING_COLOUR,
    header_height,
    landing_index,
    section_order,
    sidebar_key,
    sidebar_text_margin,
    stage_views,
)

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


def test_section_order():
    assert section_order(KEYS, stage_views("I", KEYS), "I") == KEYS  # Bimtek I's own order
    assert section_order(KEYS, [], None) == KEYS
    assert section_order(KEYS, stage_views("II", KEYS), "II") == [
        "programs", "matrix", "workshop", "agenda", "swot", "readiness", "vision", "plan",
        "roadmap", "review", "commitment"]


def _marked(window) -> list[str]:
    out = []
    for row in range(window.sidebar.count()):
        brush = window.sidebar.item(row).foreground()
        if brush.color().name() == LEADING_COLOUR:
            out.append(sidebar_key(window.sidebar, row))
    return out


def _order(window) -> list[str]:
    return [sidebar_key(window.sidebar, row) for row in range(window.sidebar.count())]


def _headers(window) -> dict[str, str]:
    return {sidebar_key(window.sidebar, row): window.sidebar.item(row).data(HEADER_ROLE)
            for row in range(window.sidebar.count())
            if window.sidebar.item(row).data(HEADER_ROLE)}


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
    first = window.sidebar.item(_order(window).index(expected[0]))
    assert first.toolTip() == f"Exercise of Bimtek {stage}"
    if stage == "I":  # the usual order is Bimtek I's: no headers, its views marked
        assert _order(window) == keys and _headers(window) == {}
        assert _marked(window) == [k for k in keys if k in expected]
    else:
        assert _order(window) == [*expected, *(k for k in keys if k not in expected)]
        assert _marked(window) == expected
        assert _headers(window) == {expected[0]: "Bimtek II · Exercises",
                                    keys[0]: "All views"}
    shown = keys[window.stack.currentIndex()]
    assert shown == ("workshop" if stage == "I" else "programs")
    assert sidebar_key(window.sidebar, window.sidebar.currentRow()) == shown
    assert window.stack.currentWidget() is window.views[shown]
    for row in range(window.sidebar.count()):  # every board stays reachable
        window.sidebar.setCurrentRow(row)
        key = sidebar_key(window.sidebar, row)
        assert window.stack.currentIndex() == keys.index(key)
        assert window.app_actions.view_actions[keys.index(key)].isChecked()
    controller.close()


def test_headers_are_skipped_by_keys_and_clicks_and_the_last_view_is_kept_by_key(
        qtbot, tmp_path):
    now = dt.datetime(2026, 8, 20, 10, 0).astimezone()
    path = create_demo(tmp_path / "demo.bimtek", now=now, stage="II")
    settings = make_settings(tmp_path)
    controller = Controller(clock=lambda: now)
    window = show(qtbot, MainWindow(controller, settings, projector=False))
    controller.open(path)
    sidebar = window.sidebar
    sidebar.setFocus()
    sidebar.setCurrentRow(1)  # matrix, the last exercise of Bimtek II
    QTest.keyClick(sidebar, Qt.Key.Key_Down)  # over the "All views" header
    assert sidebar_key(sidebar, sidebar.currentRow()) == "workshop"
    QTest.keyClick(sidebar, Qt.Key.Key_Up)
    assert sidebar_key(sidebar, sidebar.currentRow()) == "matrix"
    QTest.keyClick(sidebar, Qt.Key.Key_Home)
    assert sidebar_key(sidebar, sidebar.currentRow()) == "programs"
    # a click on a header selects nothing; a click on the entry below it does
    item = sidebar.item(2)
    rect = sidebar.visualItemRect(item)
    width = sidebar.viewport().width() - 2 * sidebar_text_margin(sidebar)
    head = header_height(sidebar, item.data(HEADER_ROLE), width)
    assert 0 < head < rect.height()
    QTest.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(rect.center().x(), rect.top() + 3))
    assert sidebar_key(sidebar, sidebar.currentRow()) == "programs"
    QTest.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier,
                     QPoint(rect.center().x(), rect.top() + head + (rect.height() - head) // 2))
    assert sidebar_key(sidebar, sidebar.currentRow()) == "workshop"
    # the remembered last view is the view's place in the usual order, not the row
    window.show_view("matrix")
    assert settings.get("last_view") == window._keys.index("matrix") != sidebar.currentRow()
    controller.close()
    window = show(qtbot, MainWindow(controller, settings, projector=False))  # a new start
    controller.open(path)
    assert window.stack.currentWidget() is window.view("matrix")
    assert window.sidebar.currentRow() == 1
    assert sidebar_key(window.sidebar, 1) == "matrix"
    controller.close()


def test_starting_the_next_bimtek_moves_the_marks(qtbot, tmp_path):
    from smartbimtek.services import plan

    now = dt.datetime(2026, 8, 20, 10, 0).astimezone()
    path = create_demo(tmp_path / "demo.bimtek", now=now, stage="I")
    controller = Controller(clock=lambda: now)
    window = show(qtbot, MainWindow(controller, make_settings(tmp_path), projector=False))
    controller.open(path)
    assert _marked(window) == ["swot", "readiness", "vision"]
    window.show_view("agenda")
    plan.start_event(controller.ws, "II")
    qtbot.waitUntil(lambda: _marked(window) == ["programs", "matrix"], timeout=5000)
    assert _order(window)[:3] == ["programs", "matrix", "workshop"]
    assert window.sidebar.item(0).toolTip() == "Exercise of Bimtek II"
    # the view shown stays shown and selected while the entries move
    assert window.stack.currentWidget() is window.view("agenda")
    assert sidebar_key(window.sidebar, window.sidebar.currentRow()) == "agenda"
    controller.close()


@pytest.mark.parametrize("size", [(1024, 768), (910, 512)])
def test_the_sections_fit_a_small_console(qtbot, tmp_path, size):
    """Bimtek IV (the longest section) in Indonesian: the sidebar stays at most 178 px wide,
    nothing in the window is cut, and every header is as tall as its wrapped text."""
    from layout_support import layout_problems
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.sidebar import SIDEBAR_WIDTH

    before = i18n.current_language()
    i18n.install(QApplication.instance(), "id")
    try:
        now = dt.datetime(2026, 9, 22, 10, 0).astimezone()
        path = create_demo(tmp_path / "demo.bimtek", now=now, stage="IV")
        controller = Controller(clock=lambda: now)
        window = MainWindow(controller, make_settings(tmp_path), projector=False)
        qtbot.addWidget(window)
        window.files.open_path(path)
        window.resize(*size)
        window.show()
        for _ in range(3):
            qtbot.wait(5)
            QApplication.processEvents()
        sidebar = window.sidebar
        sidebar.doItemsLayout()
        assert sidebar.width() <= SIDEBAR_WIDTH
        assert list(_headers(window)) == ["review", "workshop"]
        width = sidebar.viewport().width() - 2 * sidebar_text_margin(sidebar)
        for row in range(sidebar.count()):
            item = sidebar.item(row)
            head = header_height(sidebar, item.data(HEADER_ROLE), width)
            assert sidebar.visualItemRect(item).height() >= head + 2 * 12 + \
                sidebar.fontMetrics().height()
        assert layout_problems(window, size) == []
        controller.close()
    finally:
        i18n.install(QApplication.instance(), before)
