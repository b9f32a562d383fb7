"""The lazy tab widget (``ui/widgets/lazy_tabs.py``) and the Workshop view's tabs built when
first shown (issue 12: a faster start)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from ui_support import make_controller, make_settings, settle, show

from ui.widgets.lazy_tabs import LazyTabWidget


def _tabs(qtbot, built: list[str]) -> LazyTabWidget:
    tabs = LazyTabWidget()
    qtbot.addWidget(tabs)
    for name in ("one", "two", "three"):
        tabs.add_lazy_tab(lambda name=name: built.append(name) or QLabel(name), name.title())
    return tabs


def test_pages_are_built_when_first_shown_or_asked_for(qtbot):
    built: list[str] = []
    tabs = _tabs(qtbot, built)
    changes: list[int] = []
    tabs.currentChanged.connect(changes.append)
    assert built == [] and tabs.count() == 3
    tabs.show()
    assert built == ["one"]  # only the page on screen
    tabs.setCurrentIndex(2)
    assert built == ["one", "three"]
    assert changes == [2]  # the swap itself is no change of tab
    assert tabs.currentIndex() == 2 and tabs.tabText(2) == "Three"
    assert isinstance(tabs.currentWidget(), QLabel) and tabs.currentWidget().text() == "three"
    page = tabs.page(1)  # on demand, without showing it
    assert built == ["one", "three", "two"] and tabs.currentIndex() == 2
    assert tabs.widget(1) is page and tabs.indexOf(page) == 1 and tabs.tabText(1) == "Two"
    assert tabs.page(1) is page and built.count("two") == 1  # built once
    assert all(tabs.is_built(i) for i in range(3))


def test_a_page_chosen_before_the_first_show_is_the_only_one_built(qtbot):
    built: list[str] = []
    tabs = _tabs(qtbot, built)
    tabs.setCurrentIndex(1)  # as the settings restore the last tab
    tabs.show()
    assert built == ["two"]
    assert not tabs.is_built(0) and not tabs.is_built(2)


def test_workshop_view_builds_only_the_tab_shown(qtbot, tmp_path):
    from smartbimtek.services import plan
    from ui.views.workshop import WorkshopView

    controller = make_controller(tmp_path)
    plan.update_plan(controller.ws, region_name="Sukamaju")
    view = show(qtbot, WorkshopView(controller))
    keys = ["plan", "event", "opd", "attendance", "changes", "photos"]
    assert [view.is_built(k) for k in keys] == [True] + [False] * 5
    assert view.plan_panel.region_name.text() == "Sukamaju"  # loaded from the open workshop
    view.tabs.setCurrentIndex(2)
    settle(qtbot)
    assert view.tabs.currentWidget() is view.opd_panel
    assert view.opd_panel.table.rowCount() > 0  # built and loaded when shown
    assert [view.is_built(k) for k in keys] == [True, False, True, False, False, False]
    assert view.panel("attendance") is view.attendance_panel  # built on demand
    assert view.tabs.indexOf(view.attendance_panel) == 3
    assert view.tabs.currentIndex() == 2


def test_workshop_view_restores_the_last_tab_and_builds_only_it(qtbot, tmp_path):
    from ui.main_window import MainWindow

    controller = make_controller(tmp_path)
    settings = make_settings(tmp_path)
    settings.set("tabs", '{"workshop/0": 3}')
    window = MainWindow(controller, settings, projector=False)
    qtbot.addWidget(window)
    window.show()
    view = window.show_view("workshop")
    settle(qtbot)
    assert view.tabs.currentIndex() == 3
    assert view.tabs.currentWidget() is view.attendance_panel
    assert [view.is_built(k) for k in ("plan", "event", "opd", "changes", "photos")] == \
        [False] * 5
    view.tabs.setCurrentIndex(1)
    assert '"workshop/0": 1' in str(settings.get("tabs"))
