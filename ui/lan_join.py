"""The projector's join board: the address phones open and its QR code, in very large type.

Only public things are shown: the address and how to join. The table codes stay on the
printed table cards (a code on the projector would let any table write for another OPD).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from .controller import Controller
from .lan_control import LanControl
from .widgets.text_layout import TextRecorder, fitting_font

INK = QColor("#000000")
TITLE_BG = QColor("#102a43")
MUTED = QColor("#333333")


class QrWidget(QWidget):
    """A QR code drawn module by module (crisp at any size), on white."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[list[bool]] = []
        self.set_text(text)

    def set_text(self, text: str) -> None:
        """Encode ``text`` (nothing is drawn for an empty text)."""
        self.text = text
        self.rows = []
        if text:
            from smartbimtek.server import qr  # segno: loaded when a code is first drawn

            self.rows = qr.matrix(text)
        self.update()

    def paint_into(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the code into the largest square inside ``rect``."""
        if not self.rows:
            return
        side = min(rect.width(), rect.height())
        count = len(self.rows)
        module = int(side / count) or 1
        size = module * count
        left = rect.left() + (rect.width() - size) / 2
        top = rect.top() + (rect.height() - size) / 2
        painter.fillRect(QRectF(left, top, size, size), QColor("white"))
        for r, row in enumerate(self.rows):
            for c, dark in enumerate(row):
                if dark:
                    painter.fillRect(QRectF(left + c * module, top + r * module, module, module),
                                     INK)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        self.paint_into(painter, QRectF(self.rect()))
        painter.end()


class JoinBoard(TextRecorder, QWidget):
    """Projector board: "join from your phone", the address in huge type, the QR code."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.control = LanControl.of(controller)
        self.font_scale = 1.0
        self.qr = QrWidget()
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)
        self.control.state_changed.connect(self.load)
        self.load()

    def set_font_scale(self, scale: float) -> None:
        """Scale the text (the projector's font-size control)."""
        self.font_scale = max(0.5, min(3.0, float(scale)))
        self.update()

    def load(self) -> None:
        """Follow the server: its address (or a "not open" notice)."""
        self.url = self.control.url if self.control.running else ""
        self.qr.set_text(self.url)
        self.update()

    def _font(self, factor: float, bold: bool = False) -> QFont:
        width_factor = max(0.6, min(1.4, self.width() / 1920)) if self.width() > 0 else 1.0
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, 22.0 * factor * self.font_scale * width_factor))
        font.setBold(bold)
        return font

    def _text(self, painter: QPainter, rect: QRectF, text: str, font: QFont,
              color: QColor = INK) -> float:
        """Wrapped text at the top of ``rect`` (set smaller when it needs more room);
        returns the height used."""
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        font = fitting_font(font, text, rect.width(), max(1.0, rect.height()), flags)
        painter.setFont(font)
        painter.setPen(color)
        bound = QFontMetricsF(font).boundingRect(rect, flags, text)
        self.draw_text(painter, rect, flags, text, "line")
        return bound.height()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        self.begin_layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        width, height = self.width(), self.height()
        title_font = self._font(1.6, bold=True)
        band = QFontMetricsF(title_font).height() * 1.6
        painter.fillRect(QRectF(0, 0, width, band), TITLE_BG)
        title = self.tr("Join from your phone")
        painter.setFont(fitting_font(title_font, title, width - 60, band))
        painter.setPen(QColor("white"))
        self.draw_text(painter, QRectF(30, 0, width - 60, band), Qt.AlignmentFlag.AlignVCenter,
                       title, "title")
        margin = 40.0
        body = QRectF(margin, band + margin, width - 2 * margin, height - band - 2 * margin)
        if not self.url:
            self._text(painter, body, self.tr("Table input is not open yet. The facilitator "
                                              "opens it from the console."),
                       self._font(2.0, bold=True), MUTED)
            painter.end()
            return
        side = min(body.height(), body.width() * 0.42)
        self.qr.paint_into(painter, QRectF(body.left(), body.top(), side, side))
        text = QRectF(body.left() + side + margin, body.top(),
                      body.width() - side - margin, body.height())
        steps = []
        if self.control.wifi:
            steps.append(self.tr("1. Connect to the Wi-Fi “{wifi}”.").format(
                wifi=self.control.wifi))
        steps.append(self.tr("{n}. Scan the code, or open:").format(n=len(steps) + 1))
        address = self.url.replace("http://", "")
        last = self.tr("{n}. Type your table's code (on the card on your table) and your "
                       "name.").format(n=len(steps) + 1)
        # one size for the block (steps, address, last step): the largest at which it fits
        wrap = Qt.TextFlag.TextWordWrap
        for factor in (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3):
            url_font = self._font(3.2 * factor, bold=True)
            while QFontMetricsF(url_font).horizontalAdvance(address) > text.width() and \
                    url_font.pointSizeF() > 8:
                url_font.setPointSizeF(url_font.pointSizeF() * 0.92)
            body = self._font(1.5 * factor)
            need = sum(QFontMetricsF(body).boundingRect(QRectF(0, 0, text.width(), 1e5), wrap,
                                                        line).height() + 12
                       for line in [*steps, last]) + 24 + \
                QFontMetricsF(url_font).height()
            if need <= text.height():
                break
        y = text.top()
        for line in steps:
            y += self._text(painter, QRectF(text.left(), y, text.width(), text.bottom() - y),
                            line, body) + 12
        y += self._text(painter, QRectF(text.left(), y, text.width(), text.bottom() - y),
                        address, url_font) + 24
        self._text(painter, QRectF(text.left(), y, text.width(), text.bottom() - y), last,
                   body)
        painter.end()


def make_join_board(controller: Controller, parent: QWidget | None = None) -> JoinBoard:
    """The projector's "join" board (see ``ui/projector.py``)."""
    return JoinBoard(controller, parent)
