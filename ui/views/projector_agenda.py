"""Projector board of today's agenda: the steps of the current day in big type, the current
one highlighted. At font scale 1 the text shrinks until the whole day fits, but never below a
size readable from the back of the room; the font scale enlarges that size. When the steps do
not all fit, the list pages around the current step and says how many steps come before and
after (it never cuts a row)."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from smartbimtek.rules import agenda as rules
from smartbimtek.services import agenda as agenda_service
from smartbimtek.services import plan as plan_service

from ..controller import Controller
from ..widgets.common import Coalescer, scaled_font
from ..widgets.text_layout import TextRecorder, elided, fitting_font, font_size

#: Row text at scale 1.0 on a 1920-pixel-wide board, and the smallest row text on a
#: 1080-line board (both in pixels; the smallest follows the board's height).
ROW_PX_1920 = 48
MIN_ROW_PX_1080 = 24
ROW_HEIGHT = 1.6  # row height / text size
TIME_SAMPLE = "00:00–00:00"


class AgendaBoard(TextRecorder, QWidget):
    """Today's steps of the current event in big type, the current one highlighted."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.font_scale = 1.0
        self.rows: list[tuple[str, str, str]] = []  # (time, title, state)
        self.title = ""
        self.shown_rows: tuple[int, int] = (0, 0)  # (first, count) of the last paint
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

    # -- layout -------------------------------------------------------------------------------
    def row_px(self) -> int:
        """The row text size in pixels for the current size, scale and number of rows."""
        width, height = max(1, self.width()), max(1, self.height())
        wanted = width / 1920 * ROW_PX_1920
        floor = MIN_ROW_PX_1080 * min(1.0, height / 1080)
        # at scale 1 the whole day (title band = 1.25 rows) when it fits, else the floor and
        # pages; the scale enlarges that (the list then pages)
        fit = height / ((len(self.rows) + 1.25) * ROW_HEIGHT)
        px = min(wanted, max(fit, floor)) * self.font_scale
        # the time column takes at most 40% of the width
        time_w = QFontMetricsF(scaled_font(self.font(), 100, bold=True)).horizontalAdvance(
            TIME_SAMPLE) / 100
        px = min(px, width * 0.4 / (time_w + 1), height / (3.25 * ROW_HEIGHT))
        return max(8, math.floor(px))

    def window(self, capacity: int, current: int) -> tuple[int, int]:
        """(first, count) of the rows shown when ``capacity`` rows fit: all of them, or a page
        around the current row with one line for the steps before and one for those after
        (one line only when the page starts or ends the day)."""
        total = len(self.rows)
        if total <= capacity:
            return 0, total
        count = max(1, capacity - 2)
        first = max(0, min(current - count // 3, total - count))
        if first == 0:
            count = max(1, capacity - 1)
        elif first + count >= total:
            count = max(1, capacity - 1)
            first = total - count
        return first, count

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        self.begin_layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        width, height = self.width(), self.height()
        base = self.row_px()
        title_h = int(base * 1.25 * ROW_HEIGHT)
        painter.setPen(QColor("#102a43"))
        title_font = scaled_font(self.font(), int(base * 1.25), bold=True)
        title_font = fitting_font(title_font, self.title, width - 48, title_h, 0,
                                  font_size(title_font) * 0.7)
        painter.setFont(title_font)
        self.draw_text(painter, QRectF(24, 0, width - 48, title_h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       elided(title_font, self.title, width - 48), "title")
        row_h = int(base * ROW_HEIGHT)
        capacity = max(1, (height - title_h) // row_h)
        current_index = next((i for i, r in enumerate(self.rows) if r[2] == "current"), 0)
        first, count = self.window(capacity, current_index)
        self.shown_rows = (first, count)
        normal = scaled_font(self.font(), base)
        bold = scaled_font(self.font(), base, bold=True)
        time_w = QFontMetricsF(bold).horizontalAdvance(TIME_SAMPLE) + base
        text_w = width - time_w - 48
        y = title_h
        if first > 0:
            self._note(painter, y, row_h, self.tr("… {0} earlier").format(first), normal,
                       "earlier")
            y += row_h
        for time_text, title, state in self.rows[first:first + count]:
            if state == "current":
                painter.fillRect(0, y, width, row_h, QColor("#ffe082"))
                font, pen = bold, QColor("black")
            elif state == "done":
                font, pen = normal, QColor("#555555")
            else:
                font, pen = normal, QColor("black")
            painter.setFont(font)
            painter.setPen(pen)
            self.draw_text(painter, QRectF(24, y, time_w, row_h), Qt.AlignmentFlag.AlignVCenter,
                           time_text, "time")
            self.draw_text(painter, QRectF(24 + time_w, y, text_w, row_h),
                           Qt.AlignmentFlag.AlignVCenter, elided(font, title, text_w), "row")
            y += row_h
        rest = len(self.rows) - first - count
        if rest > 0:
            self._note(painter, y, row_h, self.tr("… and {0} more").format(rest), normal,
                       "more")
        painter.end()

    def _note(self, painter: QPainter, y: int, row_h: int, text: str, font: QFont,
              role: str) -> None:
        """A muted line saying how many steps are off the page."""
        italic = QFont(font)
        italic.setItalic(True)
        painter.setFont(italic)
        painter.setPen(QColor("#333333"))
        self.draw_text(painter, QRectF(24, y, self.width() - 48, row_h),
                       Qt.AlignmentFlag.AlignVCenter,
                       elided(italic, text, self.width() - 48), role)
