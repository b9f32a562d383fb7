"""The facilitator console: the run bar, sidebar navigation between the views, the
message banner for refusals, and the status bar showing that everything is saved.

The menu bar lives in ``ui/main_menus.py``; file handling (new, open, recent, copy, backups,
export, table mode) in ``ui/file_menu.py``; the projector window in ``ui/projector.py``.
"""

from __future__ import annotations

import logging
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.errors import WorkshopFileError
from smartbimtek.paths import build_info

from . import i18n, runner
from .actions import Actions
from .controller import Controller
from .file_menu import FileMenu
from .i18n import current_language
from .lan_dock import install as install_table_input
from .main_menus import build_menus, fill_recent_menu, fill_screen_menu
from .messages import error_text
from .projector_control import attach as attach_projector
from .projector_control import reserve as reserve_projector_console
from .run_bar import RunBar, is_demo
from .settings import Settings, remember_opd, restore_projector_board
from .sidebar import (
    add_entry,
    fit_sidebar,
    landing_index,
    make_sidebar,
    mark_stage,
    sidebar_key,
    sidebar_row,
)
from .start_screen import StartScreen
from .view_registry import VIEW_CLASSES, build_view  # noqa: F401  (tests import VIEW_CLASSES from here)
from .widgets.common import (
    MessageBanner,
    plain_label,
    size_to_current_page,
)

if TYPE_CHECKING:  # loaded with the projector window, after the first paint (a faster start)
    from .projector import ProjectorWindow

log = logging.getLogger(__name__)

BACKUP_INTERVAL_MS = 60_000
#: Windows built by a language switch (kept alive here: ``main()`` holds only the first).
_windows: list[MainWindow] = []


def _table_input_panel(controller: Controller) -> QWidget:
    """The table input panel, built when its dock is first shown (a faster start)."""
    from .lan_panel import LanPanel

    return LanPanel(controller)


class MainWindow(QMainWindow):
    """The console window. ``projector=False`` leaves the projector window out (tests);
    ``defer_projector`` leaves it to ``attach_projector()`` (the app calls it just after the
    first paint: the console shows sooner, and the projector follows unnoticed)."""

    def __init__(self, controller: Controller, settings: Settings, *,
                 projector: bool = True, defer_projector: bool = False) -> None:
        super().__init__()
        self.controller = controller
        self.settings = settings
        self.setWindowTitle("SmartBimtek")
        self.resize(1366, 768)
        self.app_actions = Actions(self, controller)
        self.banner = MessageBanner()
        self.projector: ProjectorWindow | None = None
        self.files = FileMenu(self)

        # central area: start screen or console
        self.pages = QStackedWidget()
        self.start_screen = StartScreen()
        self.pages.addWidget(self.start_screen)
        console = QWidget()
        console_layout = QVBoxLayout(console)
        console_layout.setContentsMargins(0, 0, 0, 0)
        console_layout.setSpacing(0)
        self.run_bar = RunBar(controller, self.app_actions)
        console_layout.addWidget(self.run_bar)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.sidebar = make_sidebar()  # narrows and wraps on a small screen
        self.stack = QStackedWidget()
        # one wide view must not widen the others
        self._size_to_current_view = size_to_current_page(self.stack)
        body.addWidget(self.sidebar)
        body.addWidget(self.stack, 1)
        console_layout.addLayout(body, 1)
        self.pages.addWidget(console)
        size_to_current_page(self.pages)  # the start screen is not as wide as the console
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        # Views are built when first shown (a faster start); ``view(key)`` builds on demand.
        self._view_classes: dict[str, type] = {}
        self._built: dict[str, QWidget] = {}
        self._keys: list[str] = []
        for key, text, view_class in self._view_specs():
            self._add_view(key, text, view_class)
        fit_sidebar(self.sidebar)
        self.sidebar.currentRowChanged.connect(self._show_view)

        self.saved_label = QLabel()
        self.file_label = plain_label()  # the path the user chose
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.saved_label)
        if projector:  # the thumbnail's place; the projector itself comes with attach_projector
            reserve_projector_console(self)
        else:
            self.projector_control = self.projector_preview = None
        self.lan_dock = install_table_input(self, controller, _table_input_panel)
        # messages float over the status bar: showing one moves nothing
        self.banner.attach(self, self.statusBar().sizeHint().height())

        self._build_menus()
        self._connect()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self.backup_timer.timeout.connect(self.files.periodic_backup)
        self.backup_timer.start()
        self.update_state()
        geometry = settings.get("window_geometry")
        if geometry:
            self.restoreGeometry(geometry)
        if projector and not defer_projector:
            self.attach_projector()

    def attach_projector(self) -> None:
        """Build the projector window (showing the board the controller has) and wire it in:
        the console's shortcuts work on it, the F5 action follows it, and the control window,
        the thumbnail and the board chooser sync come with it (``ui.projector_control``)."""
        if self.projector is None and not getattr(self, "_retired", False):
            attach_projector(self)
            self.projector.placement_changed.connect(self._projector_placed)

    # -- construction -------------------------------------------------------------------------
    def _view_specs(self):
        titles = [
            ("workshop", self.tr("Workshop")),
            ("agenda", self.tr("Agenda")),
            ("swot", self.tr("SWOT board")),
            ("readiness", self.tr("Readiness")),
            ("vision", self.tr("Vision")),
            ("programs", self.tr("Programs")),
            ("matrix", self.tr("Priority matrix")),
            ("plan", self.tr("Plan")),
            ("review", self.tr("Review")),
            ("commitment", self.tr("Commitment")),
            ("roadmap", self.tr("Road map")),
        ]
        return [(key, text, partial(build_view, key)) for key, text in titles]

    def _add_view(self, key: str, text: str, view_class) -> None:
        placeholder = QWidget()
        index = self.stack.addWidget(placeholder)
        self._view_classes[key] = view_class
        self._keys.append(key)
        add_entry(self.sidebar, key, text)
        action = self.app_actions.add_view_action(text, index)
        action.triggered.connect(lambda _checked=False, i=index: self.show_view_index(i))

    def _build_menus(self) -> None:
        build_menus(self)  # ui/main_menus.py: sets recent_menu and screen_menu

    def _connect(self) -> None:
        a, c = self.app_actions, self.controller
        a.quit.triggered.connect(self.request_quit)
        a.undo.triggered.connect(c.undo_stack.undo)
        a.redo.triggered.connect(c.undo_stack.redo)
        a.pause.triggered.connect(lambda: runner.toggle_pause(c))
        a.next_step.triggered.connect(lambda: runner.next_step(c))
        a.previous_step.triggered.connect(lambda: runner.previous_step(c))
        a.extend_1.triggered.connect(lambda: runner.extend(c, 1))
        a.extend_5.triggered.connect(lambda: runner.extend(c, 5))
        a.projector.triggered.connect(self.toggle_projector)
        a.font_bigger.triggered.connect(lambda: self.change_font_scale(0.1))
        a.font_smaller.triggered.connect(lambda: self.change_font_scale(-0.1))
        a.font_reset.triggered.connect(lambda: self.change_font_scale(None))
        a.language_group.triggered.connect(self._language_chosen)
        a.guide.triggered.connect(self.open_guide)
        a.about.triggered.connect(self.show_about)
        self.files.connect_actions(a)
        self.start_screen.new_requested.connect(self.files.new_workshop)
        self.start_screen.open_requested.connect(self.files.open_dialog)
        self.start_screen.demo_requested.connect(self.files.open_demo)
        self.start_screen.recent_requested.connect(self.files.open_path)
        c.workshop_opened.connect(self.update_state)
        c.workshop_closed.connect(self.update_state)
        c.data_changed.connect(lambda change: change.entity in ("event", "setting")
                               and c.ws is not None and self._mark_stage())
        c.saved_state.connect(self._saved)
        c.projector_board.connect(self.settings.set_projector_board)
        c.workshop_opened.connect(lambda: restore_projector_board(self.settings, c))
        c.error_raised.connect(self.show_error)

    # -- state --------------------------------------------------------------------------------
    def update_state(self) -> None:
        """Show the console or the start screen, and the file name."""
        ws = self.controller.ws
        if ws is None:
            self.start_screen.set_recent(self.settings.recent_files())
            self.pages.setCurrentIndex(0)
            self.file_label.setText("")
            self.saved_label.setText("")
            self.setWindowTitle("SmartBimtek")
            return
        self.file_label.setText(str(ws.path))
        if not self.saved_label.text():  # all is on disk when a file opens (or after a switch)
            self._saved(True, self.settings.get("saved_at") or None)
        title = f"{ws.path.stem} — SmartBimtek"
        self.setWindowTitle(self.tr("DEMO (example data)") + f" — {title}" if is_demo(ws.path)
                            else title)
        stage, leading = self._mark_stage()
        if self.sidebar.currentRow() < 0:
            last = min(int(self.settings.get("last_view")), self.stack.count() - 1)
            self.show_view_index(landing_index(self._keys, leading, stage, last))
        # shown once complete: the sidebar and the view are laid out once, not step by step
        self.pages.setCurrentIndex(1)

    def _mark_stage(self) -> tuple[str | None, list[str]]:
        """Mark the running bimtek's exercise views in the sidebar; returns the stage and
        those views' keys."""
        from smartbimtek.services.plan import current_event

        event = self.controller.call(current_event, self.controller.ws)
        stage = event.stage if event is not None else None
        return stage, mark_stage(self.sidebar, self._keys, stage)

    def _saved(self, saved: bool, time: str | None = None) -> None:
        if not saved or self.controller.ws is None:
            return
        if time is None:
            time = datetime.now().strftime("%H:%M:%S")  # (Qt's date classes: ~0.4 ms at start)
            self.settings.set("saved_at", time)
        self.saved_label.setStyleSheet("")
        self.saved_label.setText(self.tr("All changes saved ({time})").format(time=time))

    def show_error(self, exc: Exception) -> None:
        """A refused action: a red banner that does not block the facilitator. When the file
        could not be written, the status bar says so too until the next change is saved."""
        text = error_text(exc)
        log.info("refused: %s (%s)", exc, getattr(exc, "code", ""))
        self.banner.show_message(text, "error")
        if isinstance(exc, WorkshopFileError) and exc.code in ("write_failed", "busy"):
            self.saved_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
            self.saved_label.setText(self.tr("Last change NOT saved"))

    def show_info(self, text: str) -> None:
        """A short confirmation in the banner."""
        self.banner.show_message(text, "info", 6000)

    # -- navigation ---------------------------------------------------------------------------
    def show_view_index(self, index: int) -> None:
        """Show the view at ``index`` in the usual order (``_keys``; the sidebar's rows may
        lead with the running stage's views)."""
        row = sidebar_row(self.sidebar, self._keys[min(max(0, index), len(self._keys) - 1)])
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        else:
            self._show_view(row)

    def view(self, key: str) -> QWidget:
        """The view ``key`` (workshop, agenda, swot, readiness, programs, matrix), built on
        first use."""
        if key not in self._built:
            index = self._keys.index(key)
            view = self._view_classes[key](self.controller)
            view.setObjectName(f"view_{key}")
            placeholder = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, view)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if current == index:
                self.stack.setCurrentIndex(index)
            self._size_to_current_view()
            self._built[key] = view
            self.settings.remember_tabs(key, view)  # the tab and OPD it showed last
            remember_opd(self.settings, view)
        return self._built[key]

    @property
    def views(self) -> dict[str, QWidget]:
        """All views by key (building those not built yet)."""
        return {key: self.view(key) for key in self._keys}

    def show_view(self, key: str) -> QWidget:
        """Show the view ``key`` (workshop, agenda, swot, readiness, programs, matrix)."""
        view = self.view(key)
        self.show_view_index(self._keys.index(key))
        return view

    def _show_view(self, row: int) -> None:
        key = sidebar_key(self.sidebar, row)
        if key is None:
            return
        index = self._keys.index(key)  # remembered by view, not by sidebar row
        self.view(key)
        self.stack.setCurrentIndex(index)
        for number, action in enumerate(self.app_actions.view_actions):
            action.setChecked(number == index)
        self.settings.set("last_view", index)

    # -- projector ----------------------------------------------------------------------------
    def toggle_projector(self) -> None:
        """F5: show or hide the projector window."""
        if self.projector is None:
            return
        self.projector.toggle()

    def change_font_scale(self, delta: float | None) -> None:
        """Projector text larger/smaller (``None``: back to normal)."""
        if self.projector is None:
            return
        scale = 1.0 if delta is None else self.projector.font_scale + delta
        self.projector.set_font_scale(scale)
        self.show_info(self.tr("Projector text size: {percent}%").format(
            percent=round(self.projector.font_scale * 100)))

    def _projector_placed(self, mode: str) -> None:
        if mode == "window" and self.projector is not None and not self.projector.isVisible():
            self.show_info(self.tr("No projector screen: press F5 to show the projector "
                                   "window."))

    def _fill_screen_menu(self) -> None:
        fill_screen_menu(self)

    # -- menus --------------------------------------------------------------------------------
    def _fill_recent_menu(self) -> None:
        fill_recent_menu(self)

    def _language_chosen(self, action) -> None:
        lang = action.data()
        if lang == current_language():
            return
        self.settings.set("language", lang)
        if self.switch_language(lang) is None:
            self.show_info(self.tr("The language changes the next time SmartBimtek starts."))

    def switch_language(self, lang: str) -> MainWindow | None:
        """Show the interface in ``lang`` now: the window (and the projector) are built again
        around the same controller, so the open workshop, the undo history, the table input
        server and the projector's board stay as they are. None when it must wait for the
        next start (an export is running)."""
        from PySide6.QtWidgets import QDialog

        if any(getattr(d, "running", False) for d in self.findChildren(QDialog)):
            return None
        app = QApplication.instance()
        i18n.install(app, lang)
        self.settings.set("window_geometry", bytes(self.saveGeometry()))
        projector_shown = self.projector is not None and self.projector.isVisible()
        # a projector wanted but not built yet (just after the start) is built there too
        replacement = MainWindow(self.controller, self.settings,
                                 projector=self.projector_preview is not None)
        replacement.show_view_index(max(0, self.stack.currentIndex()))
        replacement.setWindowState(self.windowState())
        replacement.resize(self.size())
        replacement.move(self.pos())
        self._retire()
        replacement.show()
        if projector_shown:
            replacement.projector.show_projector()
        _windows.append(replacement)
        return replacement

    def _retire(self) -> None:
        """Close this window without closing the workshop (its replacement took over)."""
        self._retired = True
        if self in _windows:
            _windows.remove(self)
        if self.projector is not None:
            self.projector.hide()
            self.projector.deleteLater()
            self.projector = None
        self.backup_timer.stop()
        self.hide()
        self.deleteLater()

    def open_guide(self) -> None:
        """Show the user guide inside the app (``ui/help_viewer.py``), in the interface
        language; a second F1 brings the same window to the front."""
        from .help_viewer import show_guide  # loaded on first use: a faster start

        show_guide(self)

    def about_text(self) -> str:
        """What SmartBimtek is, its version and its build date (or "development build")."""
        info = build_info()
        if info["built"]:
            build = self.tr("Version %1, built %2").replace("%1", str(info["version"]))
            build = build.replace("%2", info["built"])
        else:
            build = self.tr("Version %1 (development build)").replace("%1", str(info["version"]))
        return self.tr(
            "SmartBimtek: an offline tool for smart city master plan workshops (bimtek). "
            "Everything is saved as you work.") + "\n\n" + build

    def show_about(self) -> None:
        """A short about box (``about_text``)."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About SmartBimtek"), self.about_text())

    # -- closing ------------------------------------------------------------------------------
    def request_quit(self) -> None:
        """File > Quit: with phones connected to table input, ask first."""
        from . import quit_guard  # loaded on first use: a faster start

        if quit_guard.may_quit(self, self.controller):
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if getattr(self, "_retired", False):
            event.accept()
            return
        # closed by the user (title bar, Alt+F4) with phones connected: ask first
        if event.spontaneous():
            from . import quit_guard

            if not quit_guard.may_quit(self, self.controller):
                event.ignore()
                return
        if self in _windows:
            _windows.remove(self)
        self.settings.set("window_geometry", bytes(self.saveGeometry()))
        from PySide6.QtWidgets import QDialog  # not needed before the first paint

        for dialog in self.findChildren(QDialog):
            if getattr(dialog, "running", False):
                dialog.close()  # an export in progress finishes its file first
        if self.projector is not None:
            self.projector.hide()
            self.projector.deleteLater()
            self.projector = None
        self.files.close_table_mode()
        self.controller.close()
        event.accept()
        app = QApplication.instance()
        if app is not None:
            app.quit()
