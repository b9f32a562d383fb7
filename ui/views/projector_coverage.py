"""Projector board of the programs' coverage (Bimtek II): per dimension a card with its
elements as rows and the plan horizons (1, 5, 10 years) as columns, the number of programs
in each cell; an empty cell is filled red so the room sees the gaps."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from smartbimtek import reference

from .coverage_data import HORIZONS, coverage_rows, dimension_label, empty_cells, horizon_label
from .projector_base import HEADER, INK, MUTED, ProjectorBoard

EMPTY_FILL = QColor("#ffcdd2")
EMPTY_INK = QColor("#b71c1c")
FILLED_FILL = QColor("#c8e6c9")


class CoverageProjectorBoard(ProjectorBoard):
    """Six dimension cards: element x horizon counts, empty cells in red."""

    ENTITIES = frozenset({"program", "setting"})

    def __init__(self, controller, param=None, parent=None) -> None:
        super().__init__(controller, param, parent)
        self.rows: dict = {}
        self.reload_now()

    def reload(self) -> None:
        """Re-read the coverage of the programs."""
        self.rows = coverage_rows(self.ws) if self.ws is not None else {}
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = self.paint_title(painter, self.tr("Programs for 1, 5 and 10 years per dimension"))
        note_font = self.make_font(0.9)
        note_h = QFontMetricsF(note_font).height() * 1.3
        painter.setPen(MUTED)
        empty = empty_cells(self.rows)
        self.fit_line(painter, QRectF(20, top + 4, self.width() - 40, note_h),
                      self.tr("Red: no program yet ({0} empty cells)").format(empty),
                      note_font, Qt.AlignmentFlag.AlignVCenter, "note")
        top += note_h + 8
        dims = reference.dimension_ids()
        cols, gap = 3, 12.0
        rows_n = (len(dims) + cols - 1) // cols
        width = (self.width() - (cols + 1) * gap) / cols
        height = (self.height() - top - rows_n * gap) / rows_n
        max_rows = max((len(r) for r in self.rows.values()), default=3) or 3
        label_w = width * 0.48
        cell_w = (width - label_w - 8) / len(HORIZONS)
        factor = 1.0
        while True:  # every text smaller together until the rows fit the card
            head_font = self.make_font(1.05 * factor, bold=True)
            body = self.make_font(0.95 * factor)
            count_font = self.make_font(1.2 * factor, bold=True)
            head_h = QFontMetricsF(head_font).height() * 1.3
            col_head_h = QFontMetricsF(body).height() * 1.25
            row_h = (height - head_h - col_head_h - 8) / max_rows
            if row_h >= QFontMetricsF(count_font).height() * 1.1 + 6 or \
                    self.font_pt(0.95 * factor * 0.9) < self.min_pt():
                break
            factor *= 0.9
        head_font = self.shared_font(head_font, [dimension_label(d) for d in dims],
                                     width - 16, head_h)
        col_font = self.shared_font(body, [horizon_label(h, short=True) for h in HORIZONS],
                                    cell_w - 4, col_head_h)
        for n, dim in enumerate(dims):
            x = gap + (n % cols) * (width + gap)
            y = top + (n // cols) * (height + gap)
            painter.setPen(HEADER["title"])
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(x, y, width, height))
            painter.fillRect(QRectF(x, y, width, head_h), HEADER["title"])
            painter.setPen(QColor("white"))
            self.fit_line(painter, QRectF(x + 8, y, width - 16, head_h), dimension_label(dim),
                          head_font, Qt.AlignmentFlag.AlignVCenter, "head")
            cy = y + head_h + 2
            painter.setPen(INK)
            for c, years in enumerate(HORIZONS):
                self.fit_line(painter, QRectF(x + label_w + c * cell_w, cy, cell_w - 4,
                                              col_head_h), horizon_label(years, short=True), col_font,
                              Qt.AlignmentFlag.AlignCenter, "column")
            cy += col_head_h + 2
            for row in self.rows.get(dim, []):
                painter.setPen(INK)
                self.fit_block(painter, QRectF(x + 6, cy, label_w - 10, row_h - 4), row.label,
                               body, Qt.AlignmentFlag.AlignVCenter, "row")
                for c, years in enumerate(HORIZONS):
                    cell = QRectF(x + label_w + c * cell_w, cy + 2, cell_w - 4, row_h - 6)
                    count = row.counts[years]
                    painter.fillRect(cell, FILLED_FILL if count else EMPTY_FILL)
                    painter.setPen(INK if count else EMPTY_INK)
                    self.fit_line(painter, cell, str(count), count_font,
                                  Qt.AlignmentFlag.AlignCenter, "count")
                cy += row_h
        painter.end()
