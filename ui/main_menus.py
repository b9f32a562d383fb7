"""The console's menu bar (File, Edit, Agenda, View, Settings, Help) and the menus filled
when opened (recent workshops, projector screen).

Split from ``ui/main_window.py`` (the window keeps its state, navigation and closing). The
texts keep the ``MainWindow`` translation context they had there (written out in each
``translate`` call, so that lupdate finds them).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from .i18n import current_language
from .widgets.common import literal_mnemonic, set_action_text


def build_menus(window: QMainWindow) -> None:
    """Fill the window's menu bar from its actions (``window.app_actions``); sets
    ``window.recent_menu`` and ``window.screen_menu``, filled each time they open."""
    a = window.app_actions
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(a.new)
    file_menu.addAction(a.open)
    window.recent_menu = QMenu(QCoreApplication.translate("MainWindow", "Open &recent"), window)
    window.recent_menu.aboutToShow.connect(window._fill_recent_menu)
    file_menu.addMenu(window.recent_menu)
    file_menu.addAction(a.open_demo)
    file_menu.addSeparator()
    file_menu.addAction(a.save_copy)
    file_menu.addAction(a.backup_now)
    file_menu.addAction(a.restore_backup)
    file_menu.addSeparator()
    file_menu.addAction(a.export)
    file_menu.addAction(a.worksheets)
    file_menu.addAction(a.table_mode)
    file_menu.addSeparator()
    file_menu.addAction(a.close_workshop)
    file_menu.addAction(a.quit)
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addAction(a.undo)
    edit_menu.addAction(a.redo)
    agenda_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Agenda"))
    for action in a.runner_actions:
        agenda_menu.addAction(action)
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for action in a.view_actions:
        view_menu.addAction(action)
    view_menu.addSeparator()
    view_menu.addAction(a.projector)
    view_menu.addAction(a.font_bigger)
    view_menu.addAction(a.font_smaller)
    view_menu.addAction(a.font_reset)
    settings_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    language_menu = settings_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    for action in a.language_actions.values():
        language_menu.addAction(action)
    a.language_actions[current_language()].setChecked(True)
    window.screen_menu = settings_menu.addMenu(QCoreApplication.translate("MainWindow", "Projector &screen"))
    window.screen_menu.aboutToShow.connect(window._fill_screen_menu)
    settings_menu.addAction(a.set_pin)
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(a.guide)
    help_menu.addAction(a.about)


def fill_screen_menu(window: QMainWindow) -> None:
    """List the screens other than the primary one in ``window.screen_menu``, the projector's
    screen checked; choosing one moves the projector there."""
    menu = window.screen_menu
    menu.clear()
    primary = QGuiApplication.primaryScreen()
    chosen = window.projector.target_screen() if window.projector else None
    others = [s for s in QGuiApplication.screens() if s is not primary]
    if not others:
        action = menu.addAction(QCoreApplication.translate("MainWindow", "No second screen connected"))
        action.setEnabled(False)
    for screen in others:
        size = screen.geometry()
        name = screen.name()
        action = menu.addAction(f"{name} ({size.width()}×{size.height()})")
        action.setCheckable(True)
        action.setChecked(screen is chosen)
        action.triggered.connect(
            lambda _c=False, name=name: window.projector.choose_screen(name))


def fill_recent_menu(window: QMainWindow) -> None:
    """List the recent workshops in ``window.recent_menu`` (a path's '&' shown as it is)."""
    menu = window.recent_menu
    menu.clear()
    files = window.settings.recent_files()
    if not files:
        menu.addAction(QCoreApplication.translate("MainWindow", "No recent workshops")).setEnabled(False)
    for path in files:
        action = menu.addAction("")
        set_action_text(action, literal_mnemonic(path))
        action.triggered.connect(lambda _c=False, p=path: window.files.open_path(p))
