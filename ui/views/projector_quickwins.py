"""Projector board of the quick win list: per dimension, the programs chosen as quick win
programs unggulan, then the remaining candidates from the matrix."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from smartbimtek import reference

from .board_base import dimension_label
from .matrix_data import priority_data
from .projector_base import HEADER, ProjectorBoard
from .quickwin_data import quick_win_lists


class QuickWinsProjectorBoard(ProjectorBoard):
    """Six dimension cards with their chosen quick wins (✔) and candidates."""

    ENTITIES = frozenset({"program", "opd", "setting"})

    def __init__(self, controller, param=None, parent=None) -> None:
        super().__init__(controller, param, parent)
        self.lists: dict[str, tuple[list[str], list[str]]] = {}
        self.reload_now()

    def reload(self) -> None:
        """Re-read the programs and their priorities."""
        self.lists = {}
        if self.ws is not None:
            data = priority_data(self.controller)
            codes = data.codes
            rows = quick_win_lists(data.programs, data.priorities)
            for dim, entries in rows.items():
                chosen = [f"{e.program.title} ({codes.get(e.program.opd_id, '')})"
                          for e in entries if e.program.quick_win]
                candidates = [f"{e.program.title} ({codes.get(e.program.opd_id, '')})"
                              for e in entries if not e.program.quick_win]
                self.lists[dim] = (chosen, candidates)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = self.paint_title(painter, self.tr("Quick win programs per dimension")) + 10
        dims = reference.dimension_ids()
        cols, rows = 3, 2
        gap = 12
        width = (self.width() - (cols + 1) * gap) / cols
        height = (self.height() - top - rows * gap) / rows
        head_factor = 1.1
        for _attempt in range(2):  # the heads shrink with the items when these must
            head_font = self.make_font(head_factor, bold=True)
            head_h = QFontMetricsF(head_font).height() * 1.35
            boxes = []
            for n, dim in enumerate(dims):
                x = gap + (n % cols) * (width + gap)
                y = top + (n // cols) * (height + gap)
                area = QRectF(x + 10, y + head_h + 6, width - 20, height - head_h - 12)
                boxes.append((dim, x, y, area))
            listed = [(area, sum(self.lists.get(dim, ([], [])), []))
                      for dim, _x, _y, area in boxes]
            factor = self.readable_factor(listed, self.fit_factor(
                listed, (1.3, 1.15, 1.0, 0.9, 0.8), bold=True), bold=True)
            if factor >= 0.8 or head_factor < 1.1:
                break
            head_factor = 1.1 * max(0.5, factor / 0.8)
        head_font = self.shared_font(head_font, [dimension_label(d) for d in dims],
                                     width - 20, head_h)
        body = self.make_font(factor)
        bold = self.make_font(factor, bold=True)
        for dim, x, y, area in boxes:
            painter.setPen(HEADER["title"])
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(x, y, width, height))
            painter.fillRect(QRectF(x, y, width, head_h), HEADER["title"])
            painter.setPen(QColor("white"))
            self.fit_line(painter, QRectF(x + 10, y, width - 20, head_h), dimension_label(dim),
                          head_font, Qt.AlignmentFlag.AlignVCenter, "head")
            chosen, candidates = self.lists.get(dim, ([], []))
            if not chosen and not candidates:
                painter.setPen(QColor("#333333"))
                self.fit_block(painter, area, self.tr("No quick win yet"), body,
                               Qt.AlignmentFlag.AlignLeft, "line")
                continue
            shown = self.paint_lines(painter, area, chosen, bold, self.tr("… and {0} more"),
                                     bullet="✔ ")
            used = self._height_of(chosen[:shown], bold, area.width())
            if shown == len(chosen) and candidates:
                rest = QRectF(area.left(), area.top() + used, area.width(),
                              area.height() - used)
                if rest.height() > QFontMetricsF(body).height() * 1.5:
                    self.paint_lines(painter, rest, candidates, body,
                                     self.tr("… and {0} more candidates"), bullet="○ ")
        painter.end()

    @staticmethod
    def _height_of(lines: list[str], font, width: float) -> float:
        metrics = QFontMetricsF(font)
        bullet = metrics.horizontalAdvance("✔ ")
        return sum(metrics.boundingRect(QRectF(0, 0, width - bullet, 10000),
                                        Qt.TextFlag.TextWordWrap, t).height()
                   + metrics.height() * 0.25 for t in lines)
