"""The IFAS/EFAS quadrant diagram (QPainter). No text of its own: the views pass in the
translated labels. The quadrant names sit in bands along the top and bottom edges that the
point never enters, so the point never covers a name."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from .text_layout import TextRecorder, fitting_font


class QuadrantDiagram(TextRecorder, QWidget):
    """The SWOT diagram: x = S - W, y = O - T, quadrants I-IV with their strategy, the point."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.point: tuple[float, float] | None = None
        self.quadrant: str | None = None
        self.labels = {"I": "I", "II": "II", "III": "III", "IV": "IV", "x": "S - W",
                       "y": "O - T", "caption": ""}
        self.font_scale = 1.0
        self._marker = QRectF()
        self.setMinimumSize(240, 220)

    def set_result(self, x: float | None, y: float | None, quadrant: str | None,
                   labels: dict[str, str] | None = None) -> None:
        """Show a point (None: no point) in a quadrant, with translated labels."""
        self.point = None if x is None or y is None else (x, y)
        self.quadrant = quadrant
        if labels:
            self.labels.update(labels)
        self.update()

    def set_font_scale(self, scale: float) -> None:
        """Scale the text."""
        self.font_scale = max(0.5, float(scale))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, 300)

    def marker_rect(self) -> QRectF:
        """Where the point was last drawn (empty when there is none)."""
        return QRectF(self._marker)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        font = QFont(self.font())
        font.setPointSizeF(9 * self.font_scale)
        painter.setFont(font)
        fm = painter.fontMetrics()
        caption_h = fm.height() * 2 + 4 if self.labels.get("caption") else 0
        rect = QRectF(fm.height() + 6, 6, self.width() - fm.height() - 12,
                      self.height() - fm.height() * 2 - 12 - caption_h)
        cx, cy = rect.center().x(), rect.center().y()
        extent = 1.0
        if self.point:
            extent = max(1.0, abs(self.point[0]) * 1.25, abs(self.point[1]) * 1.25)
        quads = {"I": QRectF(QPointF(cx, rect.top()), QPointF(rect.right(), cy)),
                 "II": QRectF(QPointF(cx, cy), rect.bottomRight()),
                 "III": QRectF(rect.topLeft(), QPointF(cx, cy)),
                 "IV": QRectF(QPointF(rect.left(), cy), QPointF(cx, rect.bottom()))}
        # the names in bands along the outer edges (I and III top, II and IV bottom): one
        # size for the four, up to two lines, as large as fits
        band = min(fm.height() * 2 + 6, rect.height() / 4)
        label_font = font
        for key in quads:
            candidate = fitting_font(font, self.labels[key], rect.width() / 2 - 12, band - 4,
                                     Qt.TextFlag.TextWordWrap, 5.0)
            if candidate.pointSizeF() < label_font.pointSizeF():
                label_font = candidate
        self.begin_layout()
        for key, area in quads.items():
            active = key == self.quadrant
            painter.fillRect(area, QColor("#c8e6c9") if active else QColor("#f5f5f5"))
            painter.setPen(QColor("#1b5e20") if active else QColor("#424242"))
            bold = QFont(label_font)
            bold.setBold(active)
            painter.setFont(bold)
            top = key in ("I", "III")
            box = QRectF(area.left() + 6, area.top() + 2 if top else area.bottom() - band + 2,
                         area.width() - 12, band - 4)
            vertical = Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignBottom
            self.draw_text(painter, box, Qt.AlignmentFlag.AlignHCenter | vertical
                           | Qt.TextFlag.TextWordWrap, self.labels[key], "label")
        painter.setFont(font)
        painter.setPen(QPen(QColor("#212121"), 2))
        painter.drawLine(QPointF(rect.left(), cy), QPointF(rect.right(), cy))
        painter.drawLine(QPointF(cx, rect.top()), QPointF(cx, rect.bottom()))
        painter.drawText(QRectF(rect.left(), rect.bottom() + 2, rect.width(), fm.height()),
                         Qt.AlignmentFlag.AlignRight, self.labels["x"] + " →")
        painter.save()
        painter.translate(2, rect.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-rect.height() / 2, 0, rect.height(), fm.height()),
                         Qt.AlignmentFlag.AlignRight, self.labels["y"] + " →")
        painter.restore()
        self._marker = QRectF()
        if self.point:
            radius = 7 * self.font_scale
            reach_x = rect.width() / 2 - radius - 2
            reach_y = max(0.0, rect.height() / 2 - band - radius - 2)  # clear of the names
            px = cx + self.point[0] / extent * reach_x / 0.8
            py = cy - self.point[1] / extent * reach_y / 0.8
            px = min(rect.right() - radius - 2, max(rect.left() + radius + 2, px))
            py = min(cy + reach_y, max(cy - reach_y, py))
            self._marker = QRectF(px - radius - 1, py - radius - 1, 2 * radius + 2,
                                  2 * radius + 2)
            painter.setPen(QPen(QColor("#b71c1c"), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(cx, py), QPointF(px, py))
            painter.drawLine(QPointF(px, cy), QPointF(px, py))
            painter.setPen(QPen(QColor("white"), 2))
            painter.setBrush(QColor("#b71c1c"))
            painter.drawEllipse(QPointF(px, py), radius, radius)
            painter.setPen(QColor("#b71c1c"))
            text = self.labels.get("point") or f"({self.point[0]:.2f}; {self.point[1]:.2f})"
            text_w = fm.horizontalAdvance(text) + 2
            tx = px + 10 if px < rect.right() - text_w - 12 else px - text_w - 10
            # above the point, or below it where the names' band would be in the way
            ty = py - 8 - fm.ascent()
            if ty < rect.top() + band:
                ty = py + radius + 2
            self.draw_text(painter, QRectF(tx, ty, text_w, fm.height()),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text, "point")
        if caption_h:
            painter.setPen(QColor("#111111"))
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(QRectF(4, self.height() - caption_h - 2, self.width() - 8, caption_h),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.labels["caption"])
        painter.end()
