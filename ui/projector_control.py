"""The console's side of the projector: the small always-on-top control window shown over a
one-screen projector (pause, next step, +1, +5, back to the console), a live thumbnail of what
the room sees (in the console's status bar), and keeping the run bar's board chooser in step
with what the projector shows (``install`` wires all three into a main window).

A "Show on projector" button while the projector is hidden shows it when a projector screen is
connected; with one screen (where showing it would cover the console) the console says so and
the thumbnail shows the board that was sent, marked hidden.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPixmap, QRegion
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

if TYPE_CHECKING:  # the projector module loads with the projector, after the first paint
    from .projector import ProjectorWindow

log = logging.getLogger(__name__)

#: The thumbnail's size in the status bar, and how often it is redrawn at most.
THUMBNAIL = QSize(64, 36)
REFRESH_MS = 400


class ProjectorControl(QWidget):
    """A small window kept above the one-screen projector: the runner's buttons (the same
    actions as the run bar, so they are enabled and labelled alike) and "Back to console"
    (as Esc). Shown only while the projector covers the console's screen."""

    def __init__(self, projector: ProjectorWindow, actions, console: QWidget) -> None:
        super().__init__(console, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.projector: ProjectorWindow | None = projector
        projector.destroyed.connect(self._projector_gone)
        self.console = console
        self.setObjectName("projectorControl")
        self.setWindowTitle(self.tr("Projector control"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        self.buttons: dict[str, QToolButton] = {}
        for name, action in (("pause", actions.pause), ("next", actions.next_step),
                             ("extend_1", actions.extend_1), ("extend_5", actions.extend_5)):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setObjectName(f"control_{name}")
            layout.addWidget(button)
            self.buttons[name] = button
        layout.addSpacing(8)
        self.back = QPushButton(self.tr("Back to console (Esc)"), self)
        self.back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back.clicked.connect(self.back_to_console)
        layout.addWidget(self.back)
        for action in actions.runner_actions:  # Space, arrows... here too
            self.addAction(action)
        projector.visibility_changed.connect(lambda _shown: self.follow())
        projector.placement_changed.connect(lambda _mode: self.follow())

    def _projector_gone(self, *_args) -> None:
        self.projector = None
        self.hide()

    def follow(self) -> None:
        """Show (bottom right of the projector's screen, on top) while the projector covers
        the console's screen; hide otherwise."""
        projector = self.projector
        if projector is not None and projector.isVisible() and projector.mode == "window":
            self.adjustSize()
            screen = projector.screen()
            if screen is not None:
                area = screen.availableGeometry()
                self.move(area.right() - self.width() - 24, area.bottom() - self.height() - 24)
            self.show()
            self.raise_()
            QTimer.singleShot(0, self.raise_)  # above the full-screen window once it is up
        else:
            self.hide()

    def back_to_console(self) -> None:
        """Hide the projector and bring the console to the front."""
        if self.projector is not None:
            self.projector.hide_projector()
        self.hide()
        self.console.raise_()
        self.console.activateWindow()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.back_to_console()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.ignore()  # closing the control means going back
        self.back_to_console()


class ProjectorPreview(QLabel):
    """A live thumbnail of the projector (header and board) for the console's status bar:
    redrawn when the board changes or paints, or the countdown ticks, at most every
    ``REFRESH_MS``; marked when the projector is hidden. Clicking it toggles the projector.
    Made without a projector, it is an empty frame until ``set_projector``."""

    def __init__(self, projector: ProjectorWindow | None, toggle_action,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.projector: ProjectorWindow | None = None
        self.toggle_action = toggle_action
        self.refreshes = 0  # how many thumbnails were drawn (tests, benchmarks)
        self._rendering = False
        self._watched: QWidget | None = None
        self.setObjectName("projectorPreview")
        self.setFixedSize(THUMBNAIL + QSize(2, 2))
        self.setStyleSheet("#projectorPreview { border: 1px solid #829ab1; }")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        if projector is not None:
            self.set_projector(projector)

    def set_projector(self, projector: ProjectorWindow) -> None:
        """Show ``projector`` from now on (drawn at the next turn of the event loop)."""
        self.projector = projector
        projector.board_shown.connect(self._watch)
        projector.visibility_changed.connect(lambda _shown: self.schedule())
        projector.controller.tick.connect(self._tick)
        if projector.board is not None:
            self._watch(projector.board)
        projector.installEventFilter(self)
        projector.destroyed.connect(self._projector_gone)
        QTimer.singleShot(0, self.refresh)

    def _projector_gone(self, *_args) -> None:
        self.projector = None
        self._watched = None
        self._timer.stop()

    def _watch(self, board: QWidget) -> None:
        self._watched = board
        for widget in (board, *board.findChildren(QWidget)):  # the matrix chart and legend
            widget.removeEventFilter(self)  # installed once only
            widget.installEventFilter(self)
        self.schedule()

    def _tick(self) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.schedule()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self._rendering and event.type() in (QEvent.Type.Paint, QEvent.Type.Resize):
            self.schedule()
        return False

    def schedule(self) -> None:
        """Ask for a new thumbnail (drawn within ``REFRESH_MS``; requests meanwhile merge)."""
        if not self._timer.isActive():
            self._timer.start()

    def refresh(self) -> None:
        """Draw the thumbnail now (only while the console shows it)."""
        projector = self.projector
        if projector is None or not self.isVisible() or projector.width() <= 0 or \
                projector.height() <= 0:
            return
        hidden = not projector.isVisible()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(THUMBNAIL * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor("white"))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(THUMBNAIL.width() / projector.width(),
                      THUMBNAIL.height() / projector.height())
        self._rendering = True
        try:
            if hidden and projector.layout() is not None:
                projector.layout().activate()
            projector.render(painter, QPoint(), QRegion(),
                             QWidget.RenderFlag.DrawChildren
                             | QWidget.RenderFlag.DrawWindowBackground)
        finally:
            self._rendering = False
        painter.resetTransform()
        if hidden:
            painter.fillRect(QRectF(0, 0, THUMBNAIL.width(), THUMBNAIL.height()),
                             QColor(255, 255, 255, 150))
            font = QFont(self.font())
            font.setPixelSize(11)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#102a43"))
            painter.drawText(QRectF(0, 0, THUMBNAIL.width(), THUMBNAIL.height()),
                             Qt.AlignmentFlag.AlignCenter, "F5")
        painter.end()
        self.setPixmap(pixmap)
        self.setToolTip(self.tr("What the projector shows (hidden: F5 shows it)") if hidden
                        else self.tr("What the projector shows (F5 hides it)"))
        self.refreshes += 1

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.toggle_action.trigger()
            return
        super().mousePressEvent(event)


def select_board(run_bar, kind: str, param: object = None) -> None:
    """Show ``kind``/``param`` in the run bar's board chooser without sending it again
    (the chooser follows the projector, whoever changed it)."""
    box = run_bar.board_box
    exact = loose = -1
    for index in range(box.count()):
        data = box.itemData(index)
        if data is None or data[0] != kind:
            continue
        loose = index if loose < 0 else loose
        if data[1] == param or kind == "swot":
            exact = index
            break
    index = exact if exact >= 0 else loose
    if index >= 0 and box.currentIndex() != index:
        box.setCurrentIndex(index)
    if kind == "swot":
        run_bar.release_groups()  # a group's SWOT may be the one shown
    run_bar.opd_box.setVisible(kind == "swot")
    if kind == "swot" and param is not None:
        found = run_bar.opd_box.findData(param)
        if found >= 0:
            run_bar.opd_box.setCurrentIndex(found)


def reserve(window) -> None:
    """Put the thumbnail in the main window's status bar before the projector exists (an
    empty frame: the status bar does not move when ``install`` gives it the projector)."""
    window.projector_control = None
    window.projector_preview = ProjectorPreview(None, window.app_actions.projector)
    window.statusBar().addPermanentWidget(window.projector_preview)


def attach(window) -> None:
    """Build ``window``'s projector window (showing the board the controller has) and wire
    it in: the console's shortcuts work on it (Space, Left, Right... while it has the focus),
    the F5 action follows it, and ``install`` adds the control window, the thumbnail and the
    chooser sync."""
    from .projector import ProjectorWindow  # loaded with the projector, after the first paint

    actions = window.app_actions
    window.projector = ProjectorWindow(window.controller, window.settings)
    for action in [*actions.runner_actions, actions.projector, actions.font_bigger,
                   actions.font_smaller, actions.font_reset, actions.undo, actions.redo]:
        window.projector.addAction(action)
    window.projector.visibility_changed.connect(actions.projector.setChecked)
    install(window)


def install(window) -> None:
    """Add the control window, the thumbnail (status bar; the one ``reserve`` put there if
    any) and the chooser sync to the main window ``window`` (which has ``projector``,
    ``app_actions``, ``run_bar``, ``controller`` and ``show_info``)."""
    projector = window.projector
    preview = getattr(window, "projector_preview", None)
    window.projector_control = None
    if projector is None:
        window.projector_preview = preview
        return
    window.projector_control = ProjectorControl(projector, window.app_actions, window)
    if preview is None:
        preview = ProjectorPreview(projector, window.app_actions.projector)
        window.statusBar().addPermanentWidget(preview)
    else:
        preview.set_projector(projector)
    window.projector_preview = preview
    controller = window.controller

    def board_sent(kind: str, param: object) -> None:
        select_board(window.run_bar, kind, param)
        current = window.projector
        if current is None or current.isVisible() or not window.isVisible():
            return
        if current.target_screen() is not None:
            current.show_projector()  # a projector screen is there: show it
        else:
            window.show_info(QCoreApplication.translate(
                "ProjectorControl",
                "Sent to the projector, which is hidden: press F5 to show it full screen."))

    controller.projector_board.connect(board_sent)
    window.destroyed.connect(lambda *_: _disconnect(controller, board_sent))
    select_board(window.run_bar, *controller.board)


def _disconnect(controller, slot) -> None:
    try:
        controller.projector_board.disconnect(slot)
    except (RuntimeError, TypeError):
        log.debug("projector_board slot already gone")
