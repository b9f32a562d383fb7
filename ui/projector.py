"""The projector window: its own top-level widget, full screen on the first non-primary
screen when there is one (the chosen screen is remembered; it follows screens being plugged in
and out). With one screen (mirrored to the projector, or none attached) F5 shows it full
screen over the console, with a small always-on-top control window (``ui.projector_control``);
Esc, F5 or the control's "back to console" hide it again.

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

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from smartbimtek.services import agenda as agenda_service
from smartbimtek.services import plan as plan_service

from . import runner
from .controller import Controller
from .settings import Settings
from .views.projector_agenda import AgendaBoard
from .views.projector_base import ProjectorBoard
from .widgets.common import plain_label, plain_text, scaled_font, set_phase_style
from .widgets.text_layout import DrawnText, elided

__all__ = ["AgendaBoard", "NeutralPanel", "ProjectorWindow", "BOARD_KINDS"]

log = logging.getLogger(__name__)

HEADER_BG = "#102a43"
BOARD_KINDS = ("agenda", "swot", "overview", "matrix", "quickwins", "join", "roadmap", "keywords",
               "coverage",
               "review", "commitment")


# How many projector boards are kept ready for switching back.
KEPT_BOARDS = 6
#: The widest countdown the header shows (over 100 minutes, overrun), the share of the
#: window's width it may take at most, and the label's side padding (both sides, in pixels).
WIDEST_COUNTDOWN = "-000:00"
TIMER_SHARE = 0.45
TIMER_PADDING = 36
#: The header (step title, next step, countdown) takes at most this share of the height;
#: its texts are set smaller to fit it, so the board below always keeps the rest.
HEADER_SHARE = 0.30
HEADER_MARGINS = (24, 10, 18, 10)
#: The step title wraps to at most this many lines before it is shortened with "…".
TITLE_LINES = 2

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
    #: "screen" (full screen on a projector screen) or "window" (one screen: full screen on
    #: the console's screen when shown)
    placement_changed = Signal(str)
    #: the board widget now shown (after ``set_board``)
    board_shown = Signal(QWidget)

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
        head.setContentsMargins(*HEADER_MARGINS)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self._step_text = ""
        self._next_text = ""
        self.step_label = plain_label()
        self.step_label.setWordWrap(True)
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.step_label.setStyleSheet("color: white;")
        self.next_label = plain_label()
        self.next_label.setStyleSheet("color: #d9e2ec;")
        for label in (self.step_label, self.next_label):
            # sized by apply_fonts: a long title never makes the window wider
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        texts.addWidget(self.step_label)
        texts.addWidget(self.next_label)
        head.addLayout(texts, 1)
        self.timer_label = QLabel("--:--")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        head.addWidget(self.timer_label, 0, Qt.AlignmentFlag.AlignVCenter)
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
        self.board_shown.emit(board)

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
            self._step_text = region or "SmartBimtek"
        else:
            self._step_text = self.step.title
        self._next_text = self.tr("Next: {title}").format(title=upcoming.title) \
            if upcoming else ""
        self.next_label.setVisible(upcoming is not None)
        self.timer_label.setVisible(self.step is not None)
        self.apply_fonts()
        self.update_timer()

    def update_timer(self) -> None:
        """Redraw the countdown (four times a second)."""
        if not self.isVisible():
            return
        state = runner.timer_state(self.controller, self.step)
        self.timer_label.setText(state.text if self.step is not None else "")
        set_phase_style(self.timer_label, state.phase, "border-radius: 10px; padding: 0 18px;")

    # -- fonts ------------------------------------------------------------------------------
    def set_font_scale(self, scale: float) -> None:
        """Change (and remember) the text size of the projector."""
        self.font_scale = self.settings.set_font_scale(scale)
        self.apply_fonts()
        if self.board is not None and hasattr(self.board, "set_font_scale"):
            self.board.set_font_scale(self.font_scale)

    def apply_fonts(self) -> None:
        """Size the header from the window and the font scale, so that it fits: the texts
        follow the height and the scale, but the header takes at most ``HEADER_SHARE`` of the
        height. The countdown is made smaller only where its widest text
        (``WIDEST_COUNTDOWN``) would take more than ``TIMER_SHARE`` of the width or the
        header's height, and its label is never narrower than that text. The step title
        wraps to ``TITLE_LINES`` lines beside it, set smaller when it needs more (then
        shortened with "…" below 45% of its size); the next step is one line."""
        width, height = max(1, self.width()), max(1, self.height())
        left, top, right, bottom = HEADER_MARGINS
        unit = max(12, int(height / 720 * 30 * self.font_scale))
        inner = max(24, int(height * HEADER_SHARE) - top - bottom)
        # the countdown
        pixels = int(unit * 2.6)
        room = width * TIMER_SHARE - TIMER_PADDING
        while True:
            timer = scaled_font(self.font(), pixels, bold=True)
            metrics = QFontMetricsF(timer)
            wide = metrics.horizontalAdvance(WIDEST_COUNTDOWN)
            shrink = min(room / wide if wide > room > 0 else 1.0,
                         inner / metrics.height() if metrics.height() > inner else 1.0)
            if shrink >= 1.0 or pixels <= 8:
                break
            pixels = max(8, min(pixels - 1, int(pixels * shrink)))
        self.timer_label.setFont(timer)
        timer_w = math.ceil(wide) + TIMER_PADDING + 4
        self.timer_label.setMinimumWidth(timer_w)
        self.timer_label.setFixedHeight(min(inner, math.ceil(metrics.height()) + 4))
        # the texts beside it
        spacing = max(0, self.header.layout().spacing())
        text_w = max(40, width - left - right - (timer_w + spacing if self.step else 0))
        next_px = int(unit * 0.8)
        next_h = 0
        if self._next_text:
            next_px = min(next_px, int(inner * 0.3 / 1.2))
            next_font = scaled_font(self.font(), next_px)
            next_h = math.ceil(QFontMetricsF(next_font).height())
            self.next_label.setFont(next_font)
            self.next_label.setText(elided(next_font, self._next_text, text_w))
            self.next_label.setFixedHeight(next_h)
        wanted = int(unit * 1.35)
        title_px, shown = self._fit_title(wanted, text_w, inner - next_h)
        self.step_label.setFont(scaled_font(self.font(), title_px, bold=True))
        self.step_label.setText(shown)
        title_h = math.ceil(QFontMetricsF(self.step_label.font()).boundingRect(
            QRectF(0, 0, text_w, 100000), Qt.TextFlag.TextWordWrap, shown).height())
        self.step_label.setFixedHeight(title_h)
        self.header.setFixedHeight(max(title_h + next_h, self.timer_label.height()
                                       if self.step else 0) + top + bottom)

    def _fit_title(self, wanted: int, width: float, height: float) -> tuple[int, str]:
        """The largest pixel size (at most ``wanted``) at which the step title wraps into
        ``TITLE_LINES`` lines of ``width`` within ``height``, and the text to show (shortened
        with "…" when even 45% of ``wanted`` is too large)."""
        text = self._step_text
        smallest = max(10, int(wanted * 0.45))
        px = wanted
        while True:
            font = scaled_font(self.font(), px, bold=True)
            metrics = QFontMetricsF(font)
            box = min(height, metrics.lineSpacing() * TITLE_LINES + 1)
            need = metrics.boundingRect(QRectF(0, 0, width, 100000), Qt.TextFlag.TextWordWrap,
                                        text)
            if (need.height() <= box and need.width() <= width) or px <= smallest:
                break
            px = max(smallest, int(px * 0.92))
        if need.height() > box or need.width() > width:
            text = ProjectorBoard.fit_text(text, font, width, box)
        return px, text

    def last_layout(self) -> list[DrawnText]:
        """The texts of the projector as drawn (window coordinates): the header's labels and
        the texts the board drew in its last paint (boards that record them)."""
        records = []
        wrap = Qt.TextFlag.TextWordWrap.value
        for role, label, flags in (("step", self.step_label, wrap), ("next", self.next_label, 0),
                                   ("timer", self.timer_label, 0)):
            if not label.isVisibleTo(self) or not label.text():
                continue
            rect = QRectF(label.contentsRect()).translated(label.mapTo(self, label.rect()
                                                                       .topLeft()).toPointF())
            records.append(DrawnText(role, rect, label.text(), label.font(),
                                     flags | label.alignment().value))
        board = self.board
        if board is not None and hasattr(board, "last_layout"):
            origin = board.mapTo(self, board.rect().topLeft())
            records += [r.moved(origin.x(), origin.y()) for r in board.last_layout()]
        return records

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
            # one screen (mirrored to the projector, or none attached): full screen over the
            # console; the small control window (ui.projector_control) and Esc lead back
            self.mode = "window"
            primary = QGuiApplication.primaryScreen()
            if primary is not None:
                if self.isFullScreen():
                    self.showNormal()
                self.setScreen(primary)
                self.setGeometry(primary.geometry())
            self.showFullScreen()
            self.raise_()
            self.activateWindow()
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
