"""What a painted widget drew last: each text with the rectangle it was drawn in and its font,
so that tests (and the projector's layout check) can measure with ``QFontMetricsF`` whether
the text fits its box and the box lies inside the widget. Recording costs one small object
per text drawn; nothing else reads it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter


@dataclass
class DrawnText:
    """One text as drawn: ``role`` says what it is ("title", "timer", "row", "label"...)."""

    role: str
    rect: QRectF
    text: str
    font: QFont
    flags: int

    def needed(self) -> QRectF:
        """The rectangle the text needs inside ``rect`` (Qt's own measure of the drawing)."""
        return QFontMetricsF(self.font).boundingRect(self.rect, self.flags, self.text)

    def fits(self, tolerance: float = 0.5) -> bool:
        """True when the text needs no more width and height than its rectangle has."""
        need = self.needed()
        return need.width() <= self.rect.width() + tolerance and \
            need.height() <= self.rect.height() + tolerance

    def moved(self, dx: float, dy: float) -> DrawnText:
        """The same record in a parent's coordinates (offset by ``dx``, ``dy``)."""
        return DrawnText(self.role, self.rect.translated(dx, dy), self.text, self.font,
                         self.flags)


class TextRecorder:
    """Mixin for painted widgets: ``draw_text`` draws and records; ``last_layout()`` gives the
    texts of the last paint (``begin_layout()`` starts a new record at each paint)."""

    _drawn: list[DrawnText]

    def begin_layout(self) -> None:
        """Forget the texts of the previous paint."""
        self._drawn = []

    def last_layout(self) -> list[DrawnText]:
        """The texts drawn by the last paint, in widget coordinates."""
        return list(getattr(self, "_drawn", []))

    def draw_text(self, painter: QPainter, rect: QRectF, flags, text: str,
                  role: str = "text") -> None:
        """Draw ``text`` in ``rect`` with ``flags`` (alignment and wrap) and record it."""
        rect = QRectF(rect)
        flags = int(flags.value if hasattr(flags, "value") else flags)
        painter.drawText(rect, flags, text)
        if not hasattr(self, "_drawn"):
            self._drawn = []
        self._drawn.append(DrawnText(role, rect, text, QFont(painter.font()), flags))


def fitting_font(font: QFont, text: str, width: float, height: float, flags=0,
                 smallest: float = 8.0) -> QFont:
    """``font`` made smaller (in steps of 5%) until ``text`` drawn with ``flags`` fits
    ``width`` x ``height``, or until ``smallest``; returns a new font. Sizes are in the
    font's own unit: pixels for a font sized in pixels, else points (see ``font_size``)."""
    font = QFont(font)
    flags = int(flags.value if hasattr(flags, "value") else flags)
    size = font_size(font)
    while size > smallest:
        need = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 100000), flags, text)
        if need.width() <= width and need.height() <= height:
            break
        size = max(smallest, size * 0.95)
        _set_size(font, size)
    return font


def font_size(font: QFont) -> float:
    """The font's size in its own unit: pixels when it was sized in pixels, else points."""
    return float(font.pixelSize()) if font.pixelSize() > 0 else font.pointSizeF()


def _set_size(font: QFont, size: float) -> None:
    if font.pixelSize() > 0:
        font.setPixelSize(max(1, int(size)))
    else:
        font.setPointSizeF(size)


def elided(font: QFont, text: str, width: float) -> str:
    """``text`` on one line, shortened with "…" so that it is drawn within ``width`` (Qt's
    elision counts advances; the drawing can be a pixel or two wider, so that is checked)."""
    metrics = QFontMetricsF(font)
    room = width
    while True:
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        if not shown or metrics.boundingRect(QRectF(0, 0, 100000, 100000), 0,
                                             shown).width() <= width or room <= 1:
            return shown
        room -= 2
