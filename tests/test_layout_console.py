"""Layout of the console and the table entry mode at 1024x768 (a venue projector or small
screen), 1280x800, 1920x1080 and at 150% display scaling on a 1366x768 laptop (910x512
logical pixels), in Indonesian (the longest labels) with the projector text at its largest
scale: no visible widget lies outside the window or is cut by its parents, and each view's
primary buttons are on screen without scrolling (issue 12)."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from layout_support import describe, layout_problems, rect_in, unreachable
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QTabWidget,
    QToolButton,
    QWidget,
)
from ui_support import make_settings

from smartbimtek.services import roster
from ui import i18n
from ui.controller import Controller
from ui.main_window import MainWindow
from ui.screenshots import CONSOLE_PAGES, TABLE_TABS, console_pages
from ui.settings import MAX_FONT_SCALE
from ui.sidebar import sidebar_text_margin

SIZES = [(1024, 768), (1280, 800), (1920, 1080), (910, 512)]
MOMENT = dt.datetime(2026, 6, 16, 10, 12, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def _console(qtbot, tmp_path, demo_file, lang="id"):
    i18n.install(QApplication.instance(), lang)
    path = tmp_path / "demo.bimtek"
    shutil.copyfile(demo_file, path)
    settings = make_settings(tmp_path)
    settings.set_font_scale(MAX_FONT_SCALE)
    controller = Controller(clock=lambda: MOMENT)
    window = MainWindow(controller, settings, projector=False)
    qtbot.addWidget(window)
    window.files.open_path(path)
    return window


def _settle(qtbot, window, size):
    window.resize(*size)
    window.show()
    for _ in range(3):
        qtbot.wait(5)
        QApplication.processEvents()


def run_bar_buttons(window) -> dict:
    """The run bar's primary buttons: "Lanjut" (next step), "Jeda" (pause), "Proyektor (F5)"."""
    actions = window.app_actions
    bar = window.run_bar
    toggle = [b for b in bar.findChildren(QToolButton) if b.defaultAction() is actions.projector]
    return {"next step": bar.button_for(actions.next_step),
            "pause": bar.button_for(actions.pause), "projector (F5)": toggle[0]}


def primary_buttons(window, key: str, tab: str | None, view=None) -> dict:
    """The main actions of one console page (plus the run bar's); ``view`` when it is not
    the window's own."""
    view = view or window.view(key)
    buttons = run_bar_buttons(window)
    if key == "workshop":
        buttons.update({
            "event": {"add event": view.event_panel.add_button},
            "opd": {"add OPD": view.opd_panel.add_button},
            "attendance": {"add participant": view.attendance_panel.participants.add_button},
        }.get(tab, {}))
    elif key == "agenda":
        panel = view.timer_panel
        buttons.update({"agenda next step": panel.next_button,
                        "agenda pause": panel.pause_button})
    elif key == "swot":
        buttons["show on projector"] = view.project_button
        if tab == "board":
            add = [b for b in view.findChildren(QToolButton)
                   if b.defaultAction() is view.add_action]
            buttons["add item"] = add[0]
            buttons.update({f"quick add {q}": p.quick_add for q, p in view.panels.items()})
    elif key == "readiness":
        buttons["save notes"] = view.save_notes
    elif key == "programs" and tab == "list":
        buttons.update({"save program": view.editor.save_button,
                        "new program": view.new_button})
    elif key == "matrix":
        buttons["show on projector"] = view.project_button
        if tab == "legend":
            buttons["remove placement"] = view.clear_button
    return buttons


def console_problems(window, size) -> list[str]:
    """Every console page at ``size``: what is outside or cut, what is unreachable."""
    problems = []
    for key, tab, _stem in console_pages(window):
        for _ in range(3):
            QApplication.processEvents()  # views load, the least size follows the page
        window.layout().activate()
        window.resize(*size)  # as a maximised window would be
        for _ in range(3):
            QApplication.processEvents()
        page = f"{key}/{tab}" if tab else key
        found = layout_problems(window, size) + \
            unreachable(window, primary_buttons(window, key, tab))
        found += nested_tab_problems(window, size)
        problems += [f"{page} at {size[0]}x{size[1]}: {p}" for p in found]
    return problems


def nested_tab_problems(window, size) -> list[str]:
    """Tabs inside a page's tabs (the plan's analysis and institutions parts): each one
    shown in turn, then the first one again."""
    problems = []
    view = window.stack.currentWidget()
    outer = {getattr(view, name, None) for name in ("tabs", "side")}
    for tabs in view.findChildren(QTabWidget):
        if tabs in outer or not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            for _ in range(3):
                QApplication.processEvents()
            window.layout().activate()
            window.resize(*size)
            QApplication.processEvents()
            problems += [f"inner tab {tabs.tabText(index)!r}: {p}"
                         for p in layout_problems(window, size)]
        tabs.setCurrentIndex(current)
    return problems


#: Every size, 150% scaling (910x512) included: the agenda view's notes scroll below the
#: timer, the score grid puts its table chooser on a second row.
CONSOLE_SIZES = SIZES


@pytest.mark.parametrize("size", CONSOLE_SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_console_view_fits(qtbot, tmp_path, demo_file, size):
    window = _console(qtbot, tmp_path, demo_file)
    _settle(qtbot, window, size)
    problems = console_problems(window, size)
    assert problems == [], "\n".join(problems)


def test_each_view_fits_its_room_at_150_percent(qtbot, tmp_path, demo_file):
    """A 1366x768 laptop at 150%: 910x512 logical pixels. Each console view (built on its
    own, at the room the window leaves it beside the sidebar and below the menu and run bar)
    has nothing cut and its primary buttons on screen."""
    window = _console(qtbot, tmp_path, demo_file)
    _settle(qtbot, window, (1366, 768))
    chrome = window.menuBar().sizeHint().height() + \
        window.run_bar.minimumSizeHint().height() + window.statusBar().sizeHint().height()
    room = (910 - window.sidebar.minimumWidth(), 512 - chrome)
    problems = []
    for key, attribute, tabs in CONSOLE_PAGES:
        view = window._view_classes[key](window.controller)
        qtbot.addWidget(view)
        view.show()
        for index, tab in enumerate(tabs or [None]):
            if tab is not None:
                getattr(view, attribute).setCurrentIndex(index)
            QApplication.processEvents()
            view.resize(*room)
            for _ in range(3):
                QApplication.processEvents()
            buttons = {name: button for name, button in
                       primary_buttons(window, key, tab, view).items()
                       if view.isAncestorOf(button)}
            found = layout_problems(view, room) + unreachable(view, buttons)
            problems += [f"{key}/{tab} in {room[0]}x{room[1]}: {p}" for p in found]
    assert problems == [], "\n".join(problems)


def test_console_fits_1024x768_in_english(qtbot, tmp_path, demo_file):
    window = _console(qtbot, tmp_path, demo_file, lang="en")
    _settle(qtbot, window, (1024, 768))
    problems = console_problems(window, (1024, 768))
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_table_mode_fits(qtbot, tmp_path, demo_file, size):
    window = _console(qtbot, tmp_path, demo_file)
    opd = roster.list_opds(window.controller.ws)[0].id
    table = window.files.start_table_mode(opd)
    table.showNormal()
    table.resize(*size)
    problems = []
    for index, tab in enumerate(TABLE_TABS):
        table.tabs.setCurrentIndex(index)
        for _ in range(3):
            QApplication.processEvents()
        buttons = {"leave": table.leave_button}
        if tab == "swot":
            buttons["add item"] = table.swot_add
        elif tab == "programs":
            buttons["add program"] = table.program_add
        found = layout_problems(table, size) + unreachable(table, buttons)
        problems += [f"table/{tab} at {size[0]}x{size[1]}: {p}" for p in found]
    table.force_close()
    assert problems == [], "\n".join(problems)


def _geometries(window) -> dict:
    return {id(w): (describe(w), rect_in(w, window).getRect())
            for w in window.findChildren(QWidget)
            if w.isVisible() and not w.isWindow() and w is not window.banner
            and not window.banner.isAncestorOf(w)}


def test_banner_and_saved_messages_move_nothing(qtbot, tmp_path, demo_file):
    """An error banner, an information banner and a view's "saved" line appear without
    moving any other widget (the next click lands where it was aimed)."""
    window = _console(qtbot, tmp_path, demo_file)
    _settle(qtbot, window, (1024, 768))
    for key in ("programs", "readiness", "swot", "matrix"):
        window.show_view(key)
        QApplication.processEvents()
        before = _geometries(window)
        window.banner.show_message("Teks tidak boleh kosong. " * 6, "error")
        window.view(key).message.show_info("Program tersimpan: Satu Data Desa")
        for _ in range(3):
            QApplication.processEvents()
        after = _geometries(window)
        moved = [f"{before[k][0]}: {before[k][1]} -> {after[k][1]}" for k in before
                 if k in after and before[k] != after[k]]
        assert moved == [], f"{key}: " + "\n".join(moved)
        assert window.banner.isVisible()
        assert window.rect().contains(rect_in(window.banner, window))
        assert layout_problems(window, (1024, 768)) == []
        window.banner.hide()
        window.view(key).message.clear_message()
        QApplication.processEvents()


def _sidebar_label_problems(sidebar) -> list[str]:
    """Sidebar labels wider than their row, or given fewer lines than they need."""
    problems = []
    metrics = sidebar.fontMetrics()
    text_width = sidebar.viewport().width() - 2 * sidebar_text_margin(sidebar)
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        rect = sidebar.visualItemRect(item)
        needed = metrics.boundingRect(QRect(0, 0, text_width, 10_000),
                                      Qt.TextFlag.TextWordWrap, item.text()).height()
        if rect.width() > sidebar.viewport().width() or rect.height() < needed + 2 * 12:
            problems.append(f"{item.text()!r} in {rect.getRect()} at width {sidebar.width()}")
        if max(metrics.horizontalAdvance(w) for w in item.text().split()) > text_width:
            problems.append(f"a word of {item.text()!r} is wider than {text_width}")
    return problems


def test_sidebar_narrows_and_wraps_its_labels_whole(qtbot, tmp_path, demo_file):
    """When a view needs the room (the program list at 150% scaling, 910 px, and a little
    wider) the sidebar narrows (from 178 px) and wraps its labels onto two lines, none cut or
    elided, at every width between."""
    window = _console(qtbot, tmp_path, demo_file)
    view = window.show_view("programs")
    _settle(qtbot, window, (910, 768))
    sidebar = window.sidebar
    assert view.minimumSizeHint().width() + 178 > 910  # the view needs the room
    widths = set()
    problems = []
    for tab, window_widths in ((0, range(880, 1000, 4)), (1, [1024])):
        view.tabs.setCurrentIndex(tab)
        for width in window_widths:
            QApplication.processEvents()
            window.resize(width, 768)
            QApplication.processEvents()
            sidebar.doItemsLayout()  # as its relayout timer would
            widths.add(sidebar.width())
            problems += _sidebar_label_problems(sidebar)
    assert min(widths) < 178 and len(widths) > 5
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_start_screen_fits(qtbot, tmp_path, size):
    """Before a file is open only the start screen sets the window's least size (not the
    console behind it)."""
    i18n.install(QApplication.instance(), "id")
    window = MainWindow(Controller(clock=lambda: MOMENT), make_settings(tmp_path),
                        projector=False)
    qtbot.addWidget(window)
    _settle(qtbot, window, size)
    assert window.pages.currentWidget() is window.start_screen
    problems = layout_problems(window, size)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_agenda_step_titles_keep_room_in_the_console(qtbot, tmp_path, demo_file, size):
    """In the whole window (sidebar, splitter, notes panel), the agenda's step title column
    stays readable and no column is scrolled away: the Kind column steps aside when the
    table's own width is too small, whatever resized it."""
    window = _console(qtbot, tmp_path, demo_file)
    _settle(qtbot, window, size)
    view = window.show_view("agenda")
    for _ in range(3):
        QApplication.processEvents()
    window.layout().activate()
    window.resize(*size)
    for _ in range(3):
        QApplication.processEvents()
    table = view.table
    assert table.columnWidth(2) >= 100, (size, table.columnWidth(2))
    assert table.horizontalScrollBar().maximum() == 0, size


def header_problems(window) -> list[str]:
    """Visible column headers whose section is narrower than its text (font metrics, with
    the style's margins and the sort arrow where it is shown): Qt clips such a title at both ends ("erbuka /
    semu") without "…". A stretched section is exempt: it takes the room there is and Qt
    elides its title by design."""
    problems = []
    for header in window.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
            continue
        last = header.logicalIndex(header.count() - 1)
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for index in range(header.count()):
            if header.isSectionHidden(index) or header.sectionSize(index) <= 0:
                continue
            mode = header.sectionResizeMode(index)
            if mode == QHeaderView.ResizeMode.Stretch or (
                    index == last and header.stretchLastSection()):
                continue
            text = str(header.model().headerData(index, Qt.Orientation.Horizontal) or "")
            needed = header.fontMetrics().horizontalAdvance(text) + 2 * margin
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == index:
                needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize,
                                                     None, header) + margin
            if header.sectionSize(index) < needed:
                problems.append(f"{describe(header.parentWidget())} column {text!r} is "
                                f"{header.sectionSize(index)} px, its title needs {needed}")
    return problems


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=["1024x768", "1920x1080"])
def test_table_headers_fit_their_titles(qtbot, tmp_path, demo_file, size):
    """Every visible table header of every console page shows its column titles whole
    (issue 12: "Terbuka / semua" shown as "erbuka / semu", "OPD atau peran" cut)."""
    window = _console(qtbot, tmp_path, demo_file)
    _settle(qtbot, window, size)
    problems = []
    for key, tab, _stem in console_pages(window):
        for _ in range(3):
            QApplication.processEvents()
        window.layout().activate()
        window.resize(*size)
        for _ in range(3):
            QApplication.processEvents()
        page = f"{key}/{tab}" if tab else key
        problems += [f"{page}: {p}" for p in header_problems(window)]
    assert problems == [], "\n".join(problems)
