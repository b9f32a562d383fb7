"""Projector board of the SWOT overview across all OPDs, pivoted by dimension or by readiness
component: a grid of counts per quadrant with the newest items of each cell."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from smartbimtek.model import QUADRANTS
from smartbimtek.services import swot

from .board_base import component_label, dimension_label
from .projector_base import HEADER, INK, MUTED, ProjectorBoard
from .swot_pivot import pivot_groups


class OverviewProjectorBoard(ProjectorBoard):
    """``param``: "dimension" (default) or "component"."""

    ENTITIES = frozenset({"swot"})
    INCREMENTAL_ADD = "swot"

    def __init__(self, controller, param=None, parent=None) -> None:
        super().__init__(controller, param if param in ("dimension", "component")
                         else "dimension", parent)
        self.cells: dict[tuple[str | None, str], list[str]] = {}
        self.reload_now()

    def reload(self) -> None:
        """Re-read every live item and group it."""
        self.cells = swot.pivot_texts(self.ws, self.param) if self.ws is not None else {}
        self.update()

    def apply_added(self, ids: list[str]) -> None:
        """Count the new items in their cells."""
        for key, texts in swot.pivot_texts(self.ws, self.param, ids).items():
            self.cells.setdefault(key, []).extend(texts)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title = self.tr("SWOT overview by dimension") if self.param == "dimension" \
            else self.tr("SWOT overview by readiness component")
        top = self.paint_title(painter, title) + 8
        groups = pivot_groups(self.param, self.cells)
        names = {"S": self.tr("Strengths"), "W": self.tr("Weaknesses"),
                 "O": self.tr("Opportunities"), "T": self.tr("Threats")}
        head_font = self.make_font(0.95, bold=True)
        head_h = QFontMetricsF(head_font).height() * 1.3
        label_w = self.width() * 0.2
        col_w = (self.width() - label_w - 20) / 4
        head_font = self.shared_font(head_font, list(names.values()), col_w - 12, head_h)
        for c, q in enumerate(QUADRANTS):
            rect = QRectF(label_w + 10 + c * col_w, top, col_w - 4, head_h)
            painter.fillRect(rect, HEADER[q])
            painter.setPen(QColor("white"))
            self.fit_line(painter, rect.adjusted(4, 0, -4, 0), names[q], head_font,
                          Qt.AlignmentFlag.AlignCenter, "head")
        row_top = top + head_h + 4
        row_h = (self.height() - row_top - 8) / max(1, len(groups))
        count_font = self.make_font(1.3, bold=True)
        small = self.make_font(0.8)
        label_font = self.shared_font(
            self.make_font(0.95, bold=True), [self.group_label(g) for g in groups],
            label_w - 16, row_h - 2, Qt.TextFlag.TextWordWrap)
        for r, group in enumerate(groups):
            y = row_top + r * row_h
            if r % 2 == 0:
                painter.fillRect(QRectF(10, y, self.width() - 20, row_h - 2), QColor("#eef2f6"))
            painter.setPen(INK)
            self.fit_block(painter, QRectF(16, y, label_w - 16, row_h - 2),
                           self.group_label(group), label_font, Qt.AlignmentFlag.AlignVCenter,
                           "label")
            for c, q in enumerate(QUADRANTS):
                texts = self.cells.get((group, q), [])
                cell = QRectF(label_w + 10 + c * col_w + 8, y + 4, col_w - 20, row_h - 10)
                painter.setPen(HEADER[q] if texts else MUTED)
                count_h = min(QFontMetricsF(count_font).height(), cell.height())
                self.fit_line(painter, QRectF(cell.left(), cell.top(), cell.width(), count_h),
                              str(len(texts)), count_font, Qt.AlignmentFlag.AlignLeft, "count",
                              smallest=1.0)
                newest = ""
                if texts and cell.height() > count_h * 1.6:
                    area = QRectF(cell.left(), cell.top() + count_h + 2, cell.width(),
                                  cell.height() - count_h - 2)
                    bullet = QFontMetricsF(small).horizontalAdvance("› ")
                    newest = self.fit_text(texts[-1], small, area.width() - bullet,
                                           area.height())
                if newest:  # when even "…" has no room, nothing
                    painter.setFont(small)
                    painter.setPen(INK)
                    painter.drawText(QRectF(area.left(), area.top(), bullet, area.height()),
                                     Qt.AlignmentFlag.AlignLeft, "›")
                    self.draw_text(painter, area.adjusted(bullet, 0, 0, 0),
                                   Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                                   newest, "line")
        painter.end()

    def group_label(self, group: str | None) -> str:
        """Label of a row (dimension or component; items without one)."""
        if group is None:
            return self.tr("Not assigned")
        return dimension_label(group) if self.param == "dimension" else component_label(group)
