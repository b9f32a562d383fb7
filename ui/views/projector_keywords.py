"""Projector board "Keywords & vision" (Bimtek I, day 2): the word cloud of the vision
keywords sent by the tables and phones, sized by frequency with the picked ones
highlighted, and under it the vision draft, large, as the facilitator types it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from ..widgets.word_cloud import CloudLayout, layout_cloud, paint_cloud, qt_measure
from .projector_base import HEADER, INK, MUTED, ProjectorBoard
from .vision_live import live_vision

#: Most keywords the cloud shows (the least frequent beyond these are counted, not drawn).
MAX_WORDS = 60
PICKED_FILL = QColor("#1b5e20")


class KeywordsProjectorBoard(ProjectorBoard):
    """The word cloud over the vision draft."""

    ENTITIES = frozenset({"keyword", "plan"})

    def __init__(self, controller, param=None, parent=None) -> None:
        super().__init__(controller, param, parent)
        self.words: list[tuple[str, int, bool]] = []
        self.more = 0
        self.saved_vision = ""
        self.live = live_vision(controller)
        self.live.changed.connect(self.update)
        self.cloud_layout = CloudLayout()
        self._layout_key: tuple | None = None
        self.reload_now()

    def reload(self) -> None:
        """Re-read the word cloud and the saved vision."""
        self.words, self.more, self.saved_vision = [], 0, ""
        if self.ws is not None:
            from smartbimtek.services import keywords, plan

            cloud = keywords.cloud(self.ws)
            self.words = [(k.label, k.count, k.picked) for k in cloud[:MAX_WORDS]]
            self.more = max(0, len(cloud) - MAX_WORDS)
            self.saved_vision = plan.get_plan(self.ws).vision
        self.update()

    def vision_text(self) -> str:
        """The vision the board shows: the typed draft, else the saved one."""
        return self.live.text if self.live.text is not None else self.saved_vision

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = self.paint_title(painter, self.tr("Keywords & vision")) + 10
        margin = 20.0
        width = self.width() - 2 * margin
        note_font = self.make_font(0.9)
        note_h = QFontMetricsF(note_font).height() * 1.2
        vision_h = (self.height() - top) * 0.36
        cloud_rect = QRectF(margin, top, width, self.height() - top - vision_h - note_h - 10)
        if not self.words:
            painter.setPen(MUTED)
            self.fit_block(painter, cloud_rect, self.tr(
                "No keyword yet: the tables send them from their phones or table mode."),
                self.make_font(1.2), Qt.AlignmentFlag.AlignCenter, "line")
            self.cloud_layout, self._layout_key = CloudLayout(), None
        else:
            key = (tuple(self.words), cloud_rect.width(), cloud_rect.height(),
                   self.font_pt(3.2), self.min_pt(), self.font().key())
            if key != self._layout_key:  # a repaint (the typed vision) reuses the layout
                self.cloud_layout = layout_cloud(
                    self.words, cloud_rect.width(), cloud_rect.height(),
                    qt_measure(self.font()), max_size=self.font_pt(3.2),
                    min_size=self.min_pt())
                self._layout_key = key
            paint_cloud(painter, self, self.cloud_layout, cloud_rect.left(), cloud_rect.top(),
                        self.font(), INK, QColor("white"), PICKED_FILL)
        hidden = self.cloud_layout.hidden + self.more
        note = self.tr("Highlighted: picked for the vision")
        if hidden:
            note += " · " + self.tr("{0} more keywords not shown").format(hidden)
        painter.setPen(MUTED)
        self.fit_line(painter, QRectF(margin, cloud_rect.bottom(), width, note_h), note,
                      note_font, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                      "note")
        box = QRectF(margin, self.height() - vision_h, width, vision_h - margin / 2)
        head_font = self.make_font(1.1, bold=True)
        head_h = QFontMetricsF(head_font).height() * 1.3
        painter.fillRect(QRectF(box.left(), box.top(), box.width(), head_h), HEADER["title"])
        painter.setPen(QColor("white"))
        self.fit_line(painter, QRectF(box.left() + 10, box.top(), box.width() - 20, head_h),
                      self.tr("Vision (draft)"), head_font, Qt.AlignmentFlag.AlignVCenter,
                      "head")
        painter.setPen(HEADER["title"])
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        text_rect = box.adjusted(14, head_h + 6, -14, -6)
        vision = self.vision_text().strip()
        painter.setPen(INK if vision else MUTED)
        self.fit_block(painter, text_rect, vision or self.tr(
            "The vision appears here as it is typed at the console."),
            self.make_font(1.7 if vision else 1.1, bold=bool(vision)),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, "vision")
        painter.end()
