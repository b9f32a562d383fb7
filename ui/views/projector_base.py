"""Common parts of the projector boards: big fonts scaled by the projector's font-scale
control, high-contrast colours, coalesced live refresh, text fitting helpers."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from ..widgets.text_layout import TextRecorder, elided, fitting_font, font_size
from .board_base import BoardView

BACKGROUND = QColor("#ffffff")
INK = QColor("#000000")
MUTED = QColor("#333333")
#: Strong header colours with white text (contrast ratio > 4.5 against white).
HEADER = {"S": QColor("#1b5e20"), "W": QColor("#b71c1c"), "O": QColor("#0d47a1"),
          "T": QColor("#bf360c"), "title": QColor("#102a43")}


#: The smallest text a board draws, in points, when even that does not fit it elides or
#: sums up the rest: about 20 pixels on a 1080-line board (see ``min_pt``).
MIN_PT_1080 = 15.0


def breakable(text: str, metrics: QFontMetricsF, width: float) -> str:
    """``text`` with a zero-width space inside each word wider than ``width``, where the
    word must wrap (a long name or address then wraps instead of running out of its box)."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = []
    for word in text.split(" "):
        if metrics.horizontalAdvance(word) <= width:
            words.append(word)
            continue
        pieces, piece = [], ""
        for char in word:
            if piece and metrics.horizontalAdvance(piece + char) > width:
                pieces.append(piece)
                piece = ""
            piece += char
        words.append("\u200b".join([*pieces, piece]))
    return " ".join(words)


class ProjectorBoard(TextRecorder, BoardView):
    """A read-only board painted in big type. ``base_pt`` is the body size at scale 1.0 on
    a 1920-pixel-wide board; sizes follow the board's width so 1280x720 stays readable.
    Texts are drawn through ``draw_text`` so that ``last_layout()`` tells what was drawn
    where (the layout tests measure every text against its box)."""

    base_pt = 22.0

    def __init__(self, controller, param=None, parent=None) -> None:
        super().__init__(controller, parent)
        self.param = param
        self.font_scale = 1.0
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), BACKGROUND)
        self.setPalette(palette)

    def set_font_scale(self, scale: float) -> None:
        """Scale every text of the board (1.0 = default)."""
        self.font_scale = max(0.5, min(3.0, float(scale)))
        self.update()

    def font_pt(self, factor: float = 1.0) -> float:
        """Point size for text ``factor`` times the body size at the current width and scale."""
        width_factor = max(0.6, min(1.4, self.width() / 1920)) if self.width() > 0 else 1.0
        return self.base_pt * factor * self.font_scale * width_factor

    def make_font(self, factor: float = 1.0, bold: bool = False) -> QFont:
        """A font ``factor`` times the body size."""
        font = QFont(self.font())
        font.setPointSizeF(self.font_pt(factor))
        font.setBold(bold)
        return font

    def min_pt(self) -> float:
        """The smallest point size worth drawing on this board (it follows the board's
        height: about 20 pixels at 1080 lines, 14 at 768)."""
        return max(9.0, MIN_PT_1080 * min(1.0, self.height() / 1080)) if self.height() > 0 \
            else MIN_PT_1080

    def title_height(self) -> float:
        """Height of the title band (it does not change with the title's text)."""
        return QFontMetricsF(self.make_font(1.35, bold=True)).height() * 1.5

    def paint_title(self, painter: QPainter, text: str) -> float:
        """The board's title band; returns its height. A long title is set smaller (down to
        three quarters) before it is shortened with "…"."""
        self.begin_layout()
        font = self.make_font(1.35, bold=True)
        height = self.title_height()
        width = self.width() - 40
        font = fitting_font(font, text, width, height, 0, font_size(font) * 0.75)
        painter.setFont(font)
        painter.fillRect(QRectF(0, 0, self.width(), height), HEADER["title"])
        painter.setPen(QColor("white"))
        self.draw_text(painter, QRectF(20, 0, width, height),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       elided(font, text, width), "title")
        return height

    def fit_line(self, painter: QPainter, rect: QRectF, text: str, font: QFont, flags,
                 role: str, smallest: float | None = None) -> None:
        """Draw ``text`` on one line in ``rect``: set smaller (down to ``smallest`` points,
        by default ``min_pt()``) until it fits, shortened with "…" only below that."""
        floor = self.min_pt() if smallest is None else smallest
        font = fitting_font(font, text, rect.width(), rect.height(), 0,
                            min(floor, font_size(font)))
        painter.setFont(font)
        self.draw_text(painter, rect, flags, elided(font, text, rect.width()), role)

    def fit_block(self, painter: QPainter, rect: QRectF, text: str, font: QFont, flags,
                  role: str) -> None:
        """Draw ``text`` wrapped in ``rect``: set smaller (down to ``min_pt()``) until it fits,
        shortened with "…" only below that."""
        wrap = int(flags.value if hasattr(flags, "value") else flags) | \
            Qt.TextFlag.TextWordWrap.value
        font = fitting_font(font, text, rect.width(), rect.height(), wrap,
                            min(self.min_pt(), font_size(font)))
        painter.setFont(font)
        self.draw_text(painter, rect, wrap,
                       self.fit_text(text, font, rect.width(), rect.height()), role)

    @staticmethod
    def fit_text(text: str, font: QFont, width: float, height: float) -> str:
        """``text`` shortened with "…" so that, wrapped to ``width``, it fits ``height``."""
        metrics = QFontMetricsF(font)

        def fits(candidate: str) -> bool:  # a word longer than the width counts too
            need = metrics.boundingRect(QRectF(0, 0, width, 100000), Qt.TextFlag.TextWordWrap,
                                        candidate)
            return need.height() <= height and need.width() <= width

        if fits(text):
            return text
        low, high = 0, len(text)
        while low < high:  # the longest prefix that fits with the ellipsis
            mid = (low + high + 1) // 2
            if fits(text[:mid].rstrip() + "…"):
                low = mid
            else:
                high = mid - 1
        return text[:low].rstrip() + "…" if low else ""

    def lines_fit(self, rect: QRectF, lines: list[str], font: QFont, bullet: str = "• ",
                  limit: int = 40) -> bool:
        """True when (the first ``limit`` of) ``lines`` fit wrapped into ``rect``."""
        if len(lines) > limit:
            return False
        metrics = QFontMetricsF(font)
        width = rect.width() - metrics.horizontalAdvance(bullet)
        height = 0.0
        for text in lines:
            text = breakable(text, metrics, width)
            height += metrics.boundingRect(QRectF(0, 0, width, 10000), Qt.TextFlag.TextWordWrap,
                                           text).height() + metrics.height() * 0.25
            if height > rect.height():
                return False
        return True

    def fit_factor(self, boxes: list[tuple[QRectF, list[str]]],
                   factors=(1.6, 1.4, 1.25, 1.1, 1.0), bold: bool = False) -> float:
        """The largest text factor (of ``factors``) at which every box's lines fit; the
        smallest when none does (the boards then show "... and N more")."""
        for factor in factors:
            font = self.make_font(factor, bold)
            if all(self.lines_fit(rect, lines, font) for rect, lines in boxes):
                return factor
        return factors[-1]

    def readable_factor(self, boxes: list[tuple[QRectF, list[str]]], factor: float,
                        bold: bool = False) -> float:
        """``factor``, or a smaller one (not below ``min_pt()``) when some box could not show
        even its first line above the "… and N more" band: no box is only a summary."""
        def first_fits(f: float) -> bool:
            font = self.make_font(f, bold)
            more_h = QFontMetricsF(font).height() * 1.1
            return all(self.lines_fit(rect.adjusted(0, 0, 0, -(more_h if len(lines) > 1
                                                               else 0)), lines[:1], font)
                       for rect, lines in boxes if lines)

        while not first_fits(factor) and self.font_pt(factor * 0.9) >= self.min_pt():
            factor *= 0.9
        return factor

    def shared_font(self, font: QFont, texts: list[str], width: float, height: float,
                    flags=0) -> QFont:
        """One font for a row of labels (column heads...): ``font`` made as small as the
        longest needs to fit ``width`` x ``height`` (not below ``min_pt()``)."""
        floor = min(self.min_pt(), font_size(font))
        fonts = [fitting_font(font, t, width, height, flags, floor) for t in texts] or [font]
        return min(fonts, key=font_size)

    def paint_lines(self, painter: QPainter, rect: QRectF, lines: list[str], font: QFont,
                    more_text: str, bullet: str = "• ") -> int:
        """Paint wrapped bullet lines into ``rect`` as long as they fit; the rest is summed
        up by ``more_text.format(n)``. Returns how many lines were painted."""
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        y = rect.top()
        more_h = metrics.height() * 1.1
        bullet_w = metrics.horizontalAdvance(bullet)
        shown = 0
        for n, text in enumerate(lines):
            text = breakable(text, metrics, rect.width() - bullet_w)
            bound = metrics.boundingRect(QRectF(0, 0, rect.width() - bullet_w, 10000),
                                         Qt.TextFlag.TextWordWrap, text)
            need = bound.height() + metrics.height() * 0.25
            remaining = len(lines) - n - 1
            if y + need > rect.bottom() - (more_h if remaining else 0):
                break
            painter.setPen(INK)
            painter.drawText(QRectF(rect.left(), y, bullet_w, metrics.height()), bullet)
            self.draw_text(painter, QRectF(rect.left() + bullet_w, y, rect.width() - bullet_w,
                                           bound.height() + 2), Qt.TextFlag.TextWordWrap, text,
                           "line")
            y += need
            shown += 1
        if shown < len(lines):
            painter.setPen(MUTED)
            italic = QFont(font)
            italic.setItalic(True)
            more = more_text.format(len(lines) - shown)
            italic = fitting_font(italic, more, rect.width(), more_h, 0,
                                  min(self.min_pt(), font_size(italic)))
            painter.setFont(italic)
            self.draw_text(painter, QRectF(rect.left(), rect.bottom() - more_h, rect.width(),
                                           more_h),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           elided(italic, more, rect.width()), "more")
        return shown
