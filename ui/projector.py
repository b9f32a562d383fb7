"""The projector window: its own top-level widget, full screen on the first non-primary
screen when there is one (the chosen screen is remembered; it follows screens being plugged in
and out), otherwise a normal window the facilitator toggles with F5 (Esc hides it).

It shows only what the controller sends (``controller.projector_board``): a header with the
current step and a big countdown, and one board (the agenda of the day, drawn here; SWOT,
overview, matrix and quick wins from ``ui.projector_boards``; the join panel from
``ui.lan_panel`` when the local-network module is installed). Nothing private is shown.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QGuiApplication, QKeyEvent, QPainter, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from smartbimtek.rules import agenda as rules
from smartbimtek.services import agenda as agenda_service
from smartbimtek.services import plan as plan_service

from . import runner
from .controller import Controller
from .settings import Settings
from .widgets.common import Coalescer, plain_label, plain_text, scaled_font, set_phase_style

log = logging.getLogger(__name__)

HEADER_BG = "#102a43"
BOARD_KINDS = ("agenda", "swot", "overview", "matrix", "quickwins", "join")


# How many projector boards are kept ready for switching back.
KEPT_BOARDS = 6
#: The widest countdown the header shows (over 100 minutes, overrun), the share of the
#: window's width it may take at most, and the label's side padding (both sides, in pixels).
WIDEST_COUNTDOWN = "-000:00"
TIMER_SHARE = 0.45
TIMER_PADDING = 36

class AgendaBoard(QWidget):
    """Today's steps of the current event in big type, the current one highlighted."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.font_scale = 1.0
        self.rows: list[tuple[str, str, str]] = []  # (time, title, state)
        self.title = ""
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)
        self._refresh = Coalescer(self.load, self)
        controller.data_changed.connect(self._on_change)
        controller.workshop_opened.connect(self._refresh.trigger)
        self.load()

    def set_font_scale(self, scale: float) -> None:
        """Scale the text (1.0 = default)."""
        self.font_scale = scale
        self.update()

    def _on_change(self, change) -> None:
        if change.entity in ("agenda_step", "event", "setting"):
            self._refresh.trigger()

    def load(self) -> None:
        """Read today's steps (the day of the current step, else day 1)."""
        ws = self.controller.ws
        self.rows = []
        if ws is None:
            self.update()
            return
        event = plan_service.current_event(ws)
        if event is None:
            self.update()
            return
        current = agenda_service.current_step(ws, event.id)
        day = current.day if current else 1
        self.title = self.tr("Agenda, day {day}").format(day=day)
        for step in agenda_service.list_steps(ws, event.id, day):
            state = "current" if current and step.id == current.id else step.state
            self.rows.append((f"{step.planned_start}–{rules.planned_end(step)}", step.title,
                              state))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        width, height = self.width(), self.height()
        # as large as fits: the whole day on one screen, capped by the width
        fit = height / ((len(self.rows) + 2) * 1.6)
        base = max(14, int(min(width / 1920 * 48, fit) * self.font_scale))
        title_font = scaled_font(self.font(), int(base * 1.25), bold=True)
        painter.setFont(title_font)
        painter.setPen(QColor("#102a43"))
        title_h = int(base * 2.0)
        painter.drawText(24, 0, width - 48, title_h,
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.title)
        row_h = int(base * 1.6)
        visible = max(1, (height - title_h) // row_h)
        current_index = next((i for i, r in enumerate(self.rows) if r[2] == "current"), 0)
        first = max(0, min(current_index - visible // 3, len(self.rows) - visible))
        y = title_h
        normal = scaled_font(self.font(), base)
        bold = scaled_font(self.font(), base, bold=True)
        painter.setFont(bold)
        time_w = painter.fontMetrics().horizontalAdvance("00:00–00:00") + base
        for time_text, title, state in self.rows[first:first + visible]:
            if state == "current":
                painter.fillRect(0, y, width, row_h, QColor("#ffe082"))
                painter.setFont(bold)
                painter.setPen(QColor("black"))
            elif state == "done":
                painter.setFont(normal)
                painter.setPen(QColor("#555555"))
            else:
                painter.setFont(normal)
                painter.setPen(QColor("black"))
            painter.drawText(24, y, time_w, row_h, Qt.AlignmentFlag.AlignVCenter, time_text)
            elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight,
                                                      width - time_w - 48)
            painter.drawText(24 + time_w, y, width - time_w - 48, row_h,
                             Qt.AlignmentFlag.AlignVCenter, elided)
            y += row_h
        painter.end()


class NeutralPanel(QLabel):
    """A plain message board (for example when the input tables are not open)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        plain_text(self)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet("background: white; color: #102a43;")
        self.font_scale = 1.0

    def set_font_scale(self, scale: float) -> None:
        """Scale the text."""
        self.font_scale = scale
        self.setFont(scaled_font(self.font(), int(48 * scale), bold=True))


class ProjectorWindow(QWidget):
    """The audience's window. Create one; the main window shows, hides and feeds it."""

    visibility_changed = Signal(bool)
    placement_changed = Signal(str)  # "screen" (full screen on a projector) or "window"

    def __init__(self, controller: Controller, settings: Settings) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.controller = controller
        self.settings = settings
        self.font_scale = settings.font_scale()
        self.mode = "window"
        self.board_kind = ""
        self.board: QWidget | None = None
        self._boards: dict[tuple, QWidget] = {}
        self.step = None
        self.setWindowTitle(self.tr("SmartBimtek — Projector"))
        self.setObjectName("projectorWindow")
        self.setStyleSheet("#projectorWindow { background: white; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = QWidget()
        self.header.setObjectName("projectorHeader")
        self.header.setStyleSheet(f"#projectorHeader {{ background: {HEADER_BG}; }}")
        head = QHBoxLayout(self.header)
        head.setContentsMargins(24, 10, 18, 10)
        texts = QVBoxLayout()
        self.step_label = plain_label()
        self.step_label.setWordWrap(True)
        self.step_label.setStyleSheet("color: white;")
        self.next_label = plain_label()
        self.next_label.setStyleSheet("color: #d9e2ec;")
        texts.addWidget(self.step_label)
        texts.addWidget(self.next_label)
        head.addLayout(texts, 1)
        self.timer_label = QLabel("--:--")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        head.addWidget(self.timer_label)
        layout.addWidget(self.header)
        self.board_area = QVBoxLayout()
        self.board_area.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.board_area, 1)
        self.resize(1280, 720)

        controller.projector_board.connect(self.set_board)
        controller.step_changed.connect(self.load_step)
        controller.workshop_opened.connect(self.load_step)
        controller.workshop_closed.connect(self.load_step)
        controller.tick.connect(self.update_timer)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)
        self.apply_fonts()
        self.set_board(*controller.board)
        self.load_step()

    # -- content ----------------------------------------------------------------------------
    def set_board(self, kind: str, param: object = None) -> None:
        """Show the board ``kind`` (see ``BOARD_KINDS``) with its parameter.

        The last few boards are kept (hidden boards refresh when shown again, if their data
        changed meanwhile), so flipping between boards during a plenary is instant.
        """
        key = (kind, param if isinstance(param, str | int | None) else repr(param))
        if self.board is not None:
            self.board.hide()
        board = self._boards.pop(key, None)
        if board is None:
            board = self._make_board(kind, param)
            self.board_area.addWidget(board)
        self._boards[key] = board  # most recently used last
        while len(self._boards) > KEPT_BOARDS:
            _old_key, old = next(iter(self._boards.items()))
            del self._boards[_old_key]
            self.board_area.removeWidget(old)
            old.setParent(None)
            old.deleteLater()
        self.board_kind = kind
        self.board = board
        if hasattr(board, "set_font_scale"):
            board.set_font_scale(self.font_scale)
        board.show()

    def _make_board(self, kind: str, param: object) -> QWidget:
        if kind == "agenda":
            return AgendaBoard(self.controller, self)
        if kind == "join":
            return self._join_board()
        from .projector_boards import make_board

        return make_board(kind, self.controller, param, self)

    def _join_board(self) -> QWidget:
        """The LAN helper's join board (``make_join_board`` in ``ui.lan_join`` or
        ``ui.lan_panel``), or a neutral notice when the local-network module is absent."""
        for name in ("ui.lan_join", "ui.lan_panel"):
            if importlib.util.find_spec(name) is None:
                continue
            factory = getattr(importlib.import_module(name), "make_join_board", None)
            if factory is not None:
                return factory(self.controller, self)
        return NeutralPanel(self.tr("Input tables not open"), self)

    def load_step(self) -> None:
        """Read the current step (and the next one) after a runner change."""
        self.step = runner.current_step(self.controller)
        ws = self.controller.ws
        upcoming = None
        if self.step is not None and ws is not None:
            steps = agenda_service.list_steps(ws, self.step.event_id)
            ids = [s.id for s in steps]
            if self.step.id in ids and ids.index(self.step.id) + 1 < len(steps):
                upcoming = steps[ids.index(self.step.id) + 1]
        if self.step is None:
            region = plan_service.get_plan(ws).region_name if ws is not None else ""
            self.step_label.setText(region or "SmartBimtek")
        else:
            self.step_label.setText(self.step.title)
        self.next_label.setText(self.tr("Next: {title}").format(title=upcoming.title)
                                if upcoming else "")
        self.next_label.setVisible(upcoming is not None)
        self.update_timer()

    def update_timer(self) -> None:
        """Redraw the countdown (four times a second)."""
        if not self.isVisible():
            return
        state = runner.timer_state(self.controller, self.step)
        self.timer_label.setText(state.text if self.step is not None else "")
        set_phase_style(self.timer_label, state.phase, "border-radius: 10px; padding: 0 18px;")
        self.timer_label.setVisible(self.step is not None)

    # -- fonts ------------------------------------------------------------------------------
    def set_font_scale(self, scale: float) -> None:
        """Change (and remember) the text size of the projector."""
        self.font_scale = self.settings.set_font_scale(scale)
        self.apply_fonts()
        if self.board is not None and hasattr(self.board, "set_font_scale"):
            self.board.set_font_scale(self.font_scale)

    def apply_fonts(self) -> None:
        """Size the header texts from the window height and the font scale. The countdown
        is made smaller only where its widest text (``WIDEST_COUNTDOWN``) would take more
        than ``TIMER_SHARE`` of the width, and its label is never narrower than that text."""
        unit = max(12, int(self.height() / 720 * 30 * self.font_scale))
        self.step_label.setFont(scaled_font(self.font(), int(unit * 1.35), bold=True))
        self.next_label.setFont(scaled_font(self.font(), int(unit * 0.8)))
        pixels = int(unit * 2.6)
        room = self.width() * TIMER_SHARE - TIMER_PADDING
        timer = scaled_font(self.font(), pixels, bold=True)
        wide = QFontMetricsF(timer).horizontalAdvance(WIDEST_COUNTDOWN)
        while wide > room > 0 and pixels > 8:
            pixels = min(pixels - 1, int(pixels * room / wide))
            timer = scaled_font(self.font(), pixels, bold=True)
            wide = QFontMetricsF(timer).horizontalAdvance(WIDEST_COUNTDOWN)
        self.timer_label.setFont(timer)
        self.timer_label.setMinimumWidth(math.ceil(wide) + TIMER_PADDING + 4)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.apply_fonts()

    # -- placement --------------------------------------------------------------------------
    def target_screen(self) -> QScreen | None:
        """The screen to use: the remembered one if present, else the first non-primary."""
        primary = QGuiApplication.primaryScreen()
        others = [s for s in QGuiApplication.screens() if s is not primary]
        wanted = self.settings.get("projector_screen")
        for screen in others:
            if screen.name() == wanted:
                return screen
        return others[0] if others else None

    def choose_screen(self, name: str) -> None:
        """Remember ``name`` as the projector screen and move there if shown."""
        self.settings.set("projector_screen", name)
        if self.isVisible():
            self.show_projector()

    def show_projector(self) -> None:
        """Show the window: full screen on the projector, or as a window when there is none."""
        screen = self.target_screen()
        if screen is not None:
            self.mode = "screen"
            if self.isFullScreen():
                self.showNormal()
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.mode = "window"
            if self.isFullScreen():
                self.showNormal()
            primary = QGuiApplication.primaryScreen()
            if primary is not None:
                self.setScreen(primary)
                available = primary.availableGeometry()
                self.resize(min(1280, available.width()), min(720, available.height()))
            self.showNormal()
            self.raise_()
        self.load_step()
        self.placement_changed.emit(self.mode)
        self.visibility_changed.emit(True)

    def hide_projector(self) -> None:
        """Hide the window (F5 brings it back)."""
        self.hide()
        self.visibility_changed.emit(False)

    def toggle(self) -> None:
        """F5: show or hide."""
        if self.isVisible():
            self.hide_projector()
        else:
            self.show_projector()

    def auto_show(self) -> bool:
        """At start-up: go full screen when a projector screen is connected."""
        if self.target_screen() is not None:
            self.show_projector()
            return True
        return False

    def _screen_added(self, screen: QScreen) -> None:
        log.info("screen added: %s", screen.name())
        if screen is not QGuiApplication.primaryScreen():
            self.show_projector()

    def _screen_removed(self, screen: QScreen) -> None:
        log.info("screen removed: %s", screen.name())
        if self.mode != "screen":
            return
        if self.target_screen() is not None:
            self.show_projector()  # another projector screen is still there
        else:
            self.mode = "window"
            if self.isVisible():
                self.hide_projector()
            self.placement_changed.emit(self.mode)

    # -- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.hide_projector()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.ignore()
        self.hide_projector()
