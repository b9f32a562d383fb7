"""The console's side of the projector: the run bar's board chooser follows what the projector
shows (after "Show on projector" in a view, and after a language switch), that button does
something visible while the projector is hidden, and the status bar's live thumbnail of the
projector (redrawn when the board changes, merged when asked often, marked when hidden)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from ui_support import make_controller, make_settings, opd_id, settle, show

from ui.main_window import MainWindow
from ui.projector import ProjectorWindow
from ui.projector_control import THUMBNAIL


def _window(qtbot, tmp_path):
    controller = make_controller(tmp_path)
    window = show(qtbot, MainWindow(controller, make_settings(tmp_path)))
    qtbot.addWidget(window.projector)
    return controller, window


def _chosen(window):
    bar = window.run_bar
    return bar.board_box.currentData(), (bar.opd_box.currentData()
                                         if bar.opd_box.isVisibleTo(bar) else None)


def test_the_chooser_follows_show_on_projector_in_the_views(qtbot, tmp_path):
    controller, window = _window(qtbot, tmp_path)
    window.projector.show()
    dlh = opd_id(controller, "DLH")
    swot = window.show_view("swot")
    swot.set_opd(dlh)
    settle(qtbot)
    qtbot.mouseClick(swot.project_button, Qt.MouseButton.LeftButton)
    assert controller.board == ("swot", dlh)
    assert _chosen(window) == (("swot", None), dlh)
    swot.tabs.setCurrentWidget(swot.overview)
    qtbot.mouseClick(swot.project_button, Qt.MouseButton.LeftButton)
    assert _chosen(window) == (("overview", swot.overview.by), None)
    matrix = window.show_view("matrix")
    qtbot.mouseClick(matrix.project_button, Qt.MouseButton.LeftButton)
    assert controller.board[0] == "matrix" and _chosen(window)[0] == ("matrix", None)
    controller.show_on_projector("join")  # the LAN panel's button
    assert _chosen(window) == (("join", None), None)
    # and the chooser still sends what it shows
    window.run_bar.choose("agenda")
    assert controller.board == ("agenda", None) and window.projector.board_kind == "agenda"
    controller.close()


def test_the_chooser_shows_the_projected_board_after_a_language_switch(qtbot, tmp_path):
    from ui import main_window as main_window_module
    from ui.i18n import current_language

    controller, window = _window(qtbot, tmp_path)
    dlh = opd_id(controller, "DLH")
    controller.show_on_projector("swot", dlh)
    lang = "en" if current_language() == "id" else "id"
    window.app_actions.language_actions[lang].trigger()
    new = main_window_module._windows[-1]
    qtbot.addWidget(new)
    assert new is not window
    assert _chosen(new) == (("swot", None), dlh)
    assert new.projector.board_kind == "swot"
    controller.show_on_projector("overview", "component")  # the old window is gone quietly
    assert _chosen(new) == (("overview", "component"), None)
    new.close()


def test_show_on_projector_while_hidden_says_so_on_one_screen(qtbot, tmp_path):
    controller, window = _window(qtbot, tmp_path)
    projector = window.projector
    assert projector.target_screen() is None and not projector.isVisible()
    swot = window.show_view("swot")
    qtbot.mouseClick(swot.project_button, Qt.MouseButton.LeftButton)
    assert not projector.isVisible()  # it would cover the console
    assert window.banner.isVisible() and "F5" in window.banner.label.text()
    preview = window.projector_preview
    qtbot.waitUntil(lambda: "F5" in preview.toolTip() and not preview.pixmap().isNull())
    assert projector.board_kind == "swot"
    controller.close()


def test_show_on_projector_while_hidden_shows_it_on_a_projector_screen(qtbot, tmp_path,
                                                                         monkeypatch):
    controller, window = _window(qtbot, tmp_path)
    projector = window.projector
    screen = window.screen()
    monkeypatch.setattr(ProjectorWindow, "target_screen", lambda self: screen)
    matrix = window.show_view("matrix")
    qtbot.mouseClick(matrix.project_button, Qt.MouseButton.LeftButton)
    assert projector.isVisible() and projector.mode == "screen"
    assert projector.board_kind == "matrix" and window.app_actions.projector.isChecked()
    projector.hide_projector()
    controller.close()


def test_the_thumbnail_shows_the_projector_live_and_merges_requests(qtbot, tmp_path):
    controller, window = _window(qtbot, tmp_path)
    projector = window.projector
    preview = window.projector_preview
    assert preview.isVisible() and window.statusBar().isAncestorOf(preview)
    assert preview.width() <= THUMBNAIL.width() + 2
    projector.resize(1280, 720)
    projector.show()
    qtbot.waitUntil(lambda: not preview.pixmap().isNull())
    image = preview.pixmap().toImage()
    assert image.width() >= THUMBNAIL.width()
    # the projector's dark header band at the top, the white board below
    top = QColor(image.pixel(image.width() // 4, 1))
    bottom = QColor(image.pixel(image.width() // 2, image.height() - 2))
    assert top.lightness() < 90 and bottom.lightness() > 200, (top.name(), bottom.name())
    # a board change redraws it
    qtbot.waitUntil(lambda: not preview._timer.isActive())
    before = preview.refreshes
    controller.show_on_projector("quickwins")
    qtbot.waitUntil(lambda: preview.refreshes > before)
    # many requests at once make one drawing
    qtbot.waitUntil(lambda: not preview._timer.isActive())
    before = preview.refreshes
    for _ in range(50):
        preview.schedule()
        projector.board.update()
    qtbot.waitUntil(lambda: preview.refreshes > before)
    settle(qtbot, 20)
    assert preview.refreshes == before + 1 or not preview._timer.isActive()
    assert preview.refreshes <= before + 2  # its own drawing asks for no other
    # a click on it toggles the projector (as F5)
    qtbot.mouseClick(preview, Qt.MouseButton.LeftButton)
    assert not projector.isVisible()
    controller.close()


def test_the_chooser_lists_the_groups_and_follows_a_groups_swot_both_ways(qtbot, tmp_path):
    from smartbimtek.services import groups

    controller, window = _window(qtbot, tmp_path)
    bar = window.run_bar
    opds = [bar.opd_box.itemData(i) for i in range(bar.opd_box.count())]
    assert all(not str(d).startswith("group:") for d in opds)  # no groups: OPDs only
    bappeda, kominfo = opd_id(controller, "BAPPEDA"), opd_id(controller, "DISKOMINFO")
    group = groups.add_group(controller.ws, "Tata kelola", "dimension", dimension="governance",
                             opd_ids=[bappeda, kominfo])
    settle(qtbot, 30)
    index = bar.opd_box.findData(f"group:{group.id}")
    assert index > 0 and "Tata kelola" in bar.opd_box.itemText(index)
    # the SWOT board's "Show on projector" with a group: the chooser shows that group
    swot = window.show_view("swot")
    swot.set_group(group.id)
    settle(qtbot, 20)
    qtbot.mouseClick(swot.project_button, Qt.MouseButton.LeftButton)
    assert controller.board == ("swot", f"group:{group.id}")
    assert _chosen(window) == (("swot", None), f"group:{group.id}")
    # chosen in the run bar: the projector shows the group's SWOT
    bar.choose("agenda")
    bar.choose("swot", f"group:{group.id}")
    assert controller.board == ("swot", f"group:{group.id}")
    assert window.projector.board_kind == "swot"
    assert _chosen(window) == (("swot", None), f"group:{group.id}")
    # and back to an OPD
    bar.opd_box.setCurrentIndex(bar.opd_box.findData(bappeda))
    bar.opd_box.activated.emit(bar.opd_box.currentIndex())
    assert controller.board == ("swot", bappeda)
    controller.close()
