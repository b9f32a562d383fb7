"""Projector board of the review (Bimtek IV): every chapter of the master plan and every
program with its status (draft, discussed, agreed: a coloured mark and its word) and its
open comments (tanggapan); focused on one chapter or program (``param`` ``"chapter:key"`` or
``"program:id"``) it shows that subject's comments with the facilitator's answers. When every
chapter is agreed and no comment is open a green band says that the master plan prints as the final draft."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from smartbimtek.services import review

from .projector_base import HEADER, INK, MUTED, ProjectorBoard

#: Status colours (white text on them has a contrast ratio above 4.5).
STATUS_COLOURS = {"draft": QColor("#4a5568"), "discussed": QColor("#9a4d00"),
                  "agreed": QColor("#1b5e20")}


def status_text(status: str) -> str:
    """The word of a review status in the interface language."""
    return {"draft": QCoreApplication.translate("Review", "Draft"),
            "discussed": QCoreApplication.translate("Review", "Discussed"),
            "agreed": QCoreApplication.translate("Review", "Agreed")}.get(status, status)


def final_draft_text() -> str:
    """The all-agreed message of the console and the projector."""
    return QCoreApplication.translate(
        "Review", "Every chapter is agreed and no comment is open: the master plan prints as the "
        "final draft")


def comment_line(comment, group_names: dict[str, str]) -> str:
    """One comment as a line: group (or author), the text, and the answer when given."""
    who = group_names.get(comment.group_id or "", "") or comment.author or \
        QCoreApplication.translate("Review", "Facilitator")
    text = f"{who}: {comment.text}"
    if comment.answer:
        text += " → " + comment.answer
    return text


def group_names(ws, comments) -> dict[str, str]:
    """Names of the groups that sent ``comments`` (of any bimtek; removed groups too)."""
    from smartbimtek.errors import NotFoundError
    from smartbimtek.services import groups

    names = {}
    for group_id in {c.group_id for c in comments if c.group_id}:
        try:
            names[group_id] = groups.get_group(ws, group_id).name
        except NotFoundError:
            names[group_id] = ""
    return names


class ReviewProjectorBoard(ProjectorBoard):
    """The chapters and programs with their status, or one subject's comments."""

    ENTITIES = frozenset({"chapter", "program", "comment", "group", "setting"})

    def __init__(self, controller, param=None, parent=None) -> None:
        super().__init__(controller, param, parent)
        self.items: list = []
        self.comments: list = []
        self.agreed = False
        self.subject_title = ""
        self.group_names: dict[str, str] = {}
        self.reload_now()

    def reload(self) -> None:
        """Re-read the review board (and the focused subject's comments)."""
        self.items, self.comments, self.agreed, self.subject_title = [], [], False, ""
        if self.ws is not None:
            self.items = review.board(self.ws)
            self.agreed = review.all_agreed(self.ws)
            if isinstance(self.param, str) and ":" in self.param:
                kind, subject = self.param.split(":", 1)
                for item in self.items:
                    if (item.subject_kind, item.subject_id) == (kind, subject):
                        self.subject_title = item.title
                        self.comments = review.list_comments(self.ws, kind, subject)
                self.group_names = group_names(self.ws, self.comments)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title = self.tr("Review of the master plan")
        if self.subject_title:
            title = self.tr("Comments: {0}").format(self.subject_title)
        top = self.paint_title(painter, title) + 8
        if self.agreed:
            band = QFontMetricsF(self.make_font(1.1, bold=True)).height() * 1.4
            rect = QRectF(0, top - 8, self.width(), band)
            painter.fillRect(rect, STATUS_COLOURS["agreed"])
            painter.setPen(QColor("white"))
            self.fit_line(painter, rect.adjusted(20, 0, -20, 0), final_draft_text(),
                          self.make_font(1.1, bold=True), Qt.AlignmentFlag.AlignVCenter,
                          "banner")
            top += band
        area = QRectF(20, top, self.width() - 40, self.height() - top - 12)
        if self.subject_title:
            self._paint_comments(painter, area)
        else:
            self._paint_items(painter, area)
        painter.end()

    def _paint_items(self, painter: QPainter, area: QRectF) -> None:
        chapters = [i for i in self.items if i.subject_kind == "chapter"]
        order = {"draft": 0, "discussed": 1, "agreed": 2}
        programs = sorted((i for i in self.items if i.subject_kind == "program"),
                          key=lambda i: (-i.open_comments, order.get(i.status, 0)))
        columns = [chapters, programs] if programs else [chapters]
        gap = 24
        width = (area.width() - gap * (len(columns) - 1)) / len(columns)
        rows = max(len(c) for c in columns) or 1
        smallest = self.make_font()
        smallest.setPointSizeF(self.min_pt())
        least_h = QFontMetricsF(smallest).height() * 1.15
        readable_h = min(QFontMetricsF(self.make_font(1.0)).height() * 1.2,
                         area.height() / 5)  # below it, the rest is summed up
        row_h = max(least_h, readable_h, min(area.height() / (rows + 1),
                                             QFontMetricsF(self.make_font(1.2)).height() * 1.5))
        capacity = max(int(area.height() // row_h) - 1, 1)
        head_font = self.make_font(1.1, bold=True)
        heads = [self.tr("Chapters"), self.tr("Programs")]
        status_font = self.make_font(0.9, bold=True)
        pill_w = max(QFontMetricsF(status_font).horizontalAdvance(status_text(s))
                     for s in STATUS_COLOURS) + 16
        pill_w = min(pill_w, width * 0.35)
        for n, items in enumerate(columns):
            x = area.left() + n * (width + gap)
            painter.setPen(HEADER["title"])
            self.fit_line(painter, QRectF(x, area.top(), width, row_h), heads[n], head_font,
                          Qt.AlignmentFlag.AlignVCenter, "head")
            shown = items if len(items) <= capacity else items[:capacity - 1]
            for m, item in enumerate(shown):
                y = area.top() + (m + 1) * row_h
                pill = QRectF(x, y + row_h * 0.05, pill_w, row_h * 0.9)
                painter.fillRect(pill, STATUS_COLOURS.get(item.status, MUTED))
                painter.setPen(QColor("white"))
                self.fit_line(painter, pill.adjusted(4, 0, -4, 0), status_text(item.status),
                              status_font, Qt.AlignmentFlag.AlignCenter, "status")
                text = item.title
                if item.open_comments:
                    text += "  " + self.tr("({0} open)").format(item.open_comments)
                painter.setPen(INK)
                self.fit_line(painter, QRectF(x + pill_w + 10, y, width - pill_w - 10, row_h),
                              text, self.make_font(1.0), Qt.AlignmentFlag.AlignVCenter, "row")
            if len(shown) < len(items):
                painter.setPen(MUTED)
                y = area.top() + (len(shown) + 1) * row_h
                self.fit_line(painter, QRectF(x + pill_w + 10, y, width - pill_w - 10, row_h),
                              self.tr("… and {0} more").format(len(items) - len(shown)),
                              self.make_font(1.0), Qt.AlignmentFlag.AlignVCenter, "more")

    def _paint_comments(self, painter: QPainter, area: QRectF) -> None:
        if not self.comments:
            painter.setPen(MUTED)
            self.fit_block(painter, area, self.tr("No comment yet"), self.make_font(1.2),
                           Qt.AlignmentFlag.AlignLeft, "line")
            return
        lines = [("✔ " if c.resolved else "○ ") + comment_line(c, self.group_names)
                 for c in self.comments]
        factor = self.readable_factor([(area, lines)], self.fit_factor([(area, lines)]))
        self.paint_lines(painter, area, lines, self.make_font(factor),
                         self.tr("… and {0} more"), bullet="")

