"""Projector board of the komitmen bersama (Bimtek IV): the commitment sheet the master plan's
annex prints (``exports.formal_parts.commitment_sheet``: its title, statement, place and date,
and signers, the same words), read in big type; each recorded signer who signed is marked."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from ..widgets.text_layout import fitting_font, font_size
from .projector_base import HEADER, INK, MUTED, ProjectorBoard


def commitment_sheet(ws):
    """The commitment sheet of the open workshop, as the document prints it."""
    from smartbimtek.exports import formal_parts
    from smartbimtek.snapshot import take_snapshot

    return formal_parts.commitment_sheet(take_snapshot(ws))


class CommitmentProjectorBoard(ProjectorBoard):
    """The statement large, then the signers in columns (signed ones in green)."""

    ENTITIES = frozenset({"signer", "plan", "opd", "event", "setting", "participant"})

    def __init__(self, controller, param=None, parent=None) -> None:
        super().__init__(controller, param, parent)
        self.sheet = None
        self.reload_now()

    def reload(self) -> None:
        """Re-read the commitment sheet."""
        self.sheet = commitment_sheet(self.ws) if self.ws is not None else None
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        sheet = self.sheet
        top = self.paint_title(painter, sheet.title if sheet else self.tr("Joint commitment"))
        if sheet is None:
            painter.end()
            return
        margin = 30
        width = self.width() - 2 * margin
        signers = sheet.signers
        statement_h = (self.height() - top) * (0.5 if signers else 0.8)
        painter.setPen(INK)
        self.fit_block(painter, QRectF(margin, top + 12, width, statement_h - 12),
                       " ".join(sheet.statement), self.make_font(1.5),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "statement")
        y = top + statement_h
        line_h = QFontMetricsF(self.make_font(1.0)).height() * 1.3
        painter.setPen(MUTED)
        self.fit_line(painter, QRectF(margin, y, width, line_h), sheet.place_date,
                      self.make_font(1.0), Qt.AlignmentFlag.AlignVCenter, "date")
        y += line_h + 6
        if not signers:
            painter.end()
            return
        painter.setPen(HEADER["title"])
        painter.drawLine(int(margin), int(y), int(margin + width), int(y))
        y += 6
        area_h = self.height() - y - 10
        columns = 3 if len(signers) > 8 else 2
        rows = math.ceil(len(signers) / columns)
        smallest = self.make_font()
        floor = min(max(self.min_pt(), self.font_pt(0.7)), self.font_pt(0.9))
        smallest.setPointSizeF(floor)  # a long name ends with "…" below this size
        least_h = QFontMetricsF(smallest).height() * 1.15
        readable_h = min(QFontMetricsF(self.make_font(0.9)).height() * 1.2, area_h / 3)
        row_h = max(least_h, readable_h, min(area_h / max(rows, 1), line_h * 1.2))
        cells = max(int(area_h // row_h), 1) * columns
        shown = signers if len(signers) <= cells else signers[:cells - 1]
        col_w = width / columns
        font = self.make_font(0.9)
        bold = self.make_font(0.9, bold=True)
        texts = []
        for signer in shown:
            signed = "✓" in signer.organisation
            text = ("✓ " if signed else "○ ") + (signer.name or signer.role)
            if signer.name and signer.role and signer.role != signer.name:
                text += " — " + signer.role
            texts.append((signed, text))
        # one size for every signer (the size the longest needs, not below the floor), so the
        # list reads as one list; a name still too long ends with "…"
        common = min((font_size(fitting_font(bold if signed else font, text, col_w - 12, row_h,
                                             0, floor)) for signed, text in texts),
                     default=font_size(font))
        font.setPointSizeF(common)
        bold.setPointSizeF(common)
        for n, (signed, text) in enumerate(texts):
            rect = QRectF(margin + (n % columns) * col_w, y + (n // columns) * row_h,
                          col_w - 12, row_h)
            painter.setPen(QColor("#1b5e20") if signed else INK)
            self.fit_line(painter, rect, text, bold if signed else font,
                          Qt.AlignmentFlag.AlignVCenter, "line", common)
        if len(shown) < len(signers):
            n = len(shown)
            rect = QRectF(margin + (n % columns) * col_w, y + (n // columns) * row_h,
                          col_w - 12, row_h)
            painter.setPen(MUTED)
            self.fit_line(painter, rect,
                          self.tr("… and {0} more").format(len(signers) - len(shown)),
                          font, Qt.AlignmentFlag.AlignVCenter, "more")
        painter.end()
