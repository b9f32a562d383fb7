"""Projector board of one OPD's SWOT, or of one group's (kelompok's) entries: four quadrants
in big type, painted (no widget per item), refreshed live when the items change. Authors are
never shown."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from smartbimtek.errors import NotFoundError
from smartbimtek.model import QUADRANTS
from smartbimtek.services import groups, roster, swot

from .projector_base import HEADER, ProjectorBoard


class SwotProjectorBoard(ProjectorBoard):
    """``param``: the OPD id, ``"group:<id>"`` for a group's entries, or None for the first
    OPD."""

    ENTITIES = frozenset({"swot", "opd", "group"})
    INCREMENTAL_ADD = "swot"

    def __init__(self, controller, param=None, parent=None) -> None:
        super().__init__(controller, param, parent)
        self.opd_title = ""
        self.items: dict[str, list[str]] = {q: [] for q in QUADRANTS}
        self.reload_now()

    def concerns(self, change) -> bool:
        """Only the OPD shown (any item of a group shown) and roster changes matter."""
        if change.entity in ("opd", "group") or (change.entity == "swot" and self.group_id):
            return True
        return change.entity == "swot" and (change.opd_id in (None, self.opd_id))

    @property
    def opd_id(self) -> str | None:
        """The OPD shown."""
        return getattr(self, "_opd_id", None)

    @property
    def group_id(self) -> str | None:
        """The group shown (``param`` ``"group:<id>"``), else None."""
        param = self.param
        if isinstance(param, str) and param.startswith("group:"):
            return param.partition(":")[2]
        return None

    def _load_group(self, group_id: str) -> None:
        try:
            group = groups.get_group(self.ws, group_id)
        except NotFoundError:
            self.opd_title = ""
            return
        codes = {o.id: o.code for o in roster.list_opds(self.ws)}
        members = [codes[i] for i in group.opd_ids if i in codes]
        # the members fit the title line up to three; more are on the group's table card
        self.opd_title = f"{group.name} ({', '.join(members)})" if 0 < len(members) <= 3 \
            else group.name
        for item in swot.list_items(self.ws, group_id=group_id):
            self.items[item.quadrant].append(item.text)

    def reload(self) -> None:
        """Re-read the items of the OPD or the group."""
        self.items = {q: [] for q in QUADRANTS}
        self._opd_id = None
        self.opd_title = ""
        if self.ws is not None and self.group_id is not None:
            self._load_group(self.group_id)
        elif self.ws is not None:
            opds = roster.list_opds(self.ws)
            opd = next((o for o in opds if o.id == self.param), opds[0] if opds else None)
            if opd is not None:
                self._opd_id = opd.id
                self.opd_title = f"{opd.code} – {opd.name}"
                for item in swot.list_items(self.ws, opd_id=opd.id):
                    self.items[item.quadrant].append(item.text)
        self.update()

    def apply_added(self, ids: list[str]) -> None:
        """Append the new items of the OPD shown."""
        if self.group_id is not None:
            self.reload()
            return
        for item_id in ids:
            item = swot.get_item(self.ws, item_id)
            if item.opd_id == self.opd_id:
                self.items[item.quadrant].append(item.text)
        self.update()

    def quadrant_names(self) -> dict[str, str]:
        """Translated quadrant names."""
        return {"S": self.tr("Strengths"), "W": self.tr("Weaknesses"),
                "O": self.tr("Opportunities"), "T": self.tr("Threats")}

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self.group_id is not None and self.opd_title:
            title = self.tr("SWOT of the group {0}").format(self.opd_title)
        else:
            title = self.tr("SWOT: {0}").format(self.opd_title) if self.opd_title \
                else self.tr("SWOT: no OPD yet")
        top = self.paint_title(painter, title) + 10
        gap = 12
        width = (self.width() - 3 * gap) / 2
        height = (self.height() - top - 2 * gap) / 2
        names = self.quadrant_names()
        head_factor = 1.1
        for _attempt in range(2):  # the heads shrink with the items when these must
            head_font = self.make_font(head_factor, bold=True)
            head_h = QFontMetricsF(head_font).height() * 1.35
            boxes = {}
            for n, q in enumerate(QUADRANTS):
                x = gap + (n % 2) * (width + gap)
                y = top + (n // 2) * (height + gap)
                boxes[q] = (x, y, QRectF(x + 12, y + head_h + 8, width - 24,
                                         height - head_h - 14))
            listed = [(r, self.items[q]) for q, (_x, _y, r) in boxes.items()]
            factor = self.readable_factor(listed, self.fit_factor(listed))
            if factor >= 1.0 or head_factor < 1.1:
                break
            head_factor = 1.1 * max(0.5, factor)
        body = self.make_font(factor)
        head_font = self.shared_font(head_font, [f"{names[q]} ({len(self.items[q])})"
                                                 for q in QUADRANTS], width - 24, head_h)
        for q in QUADRANTS:
            x, y, area = boxes[q]
            painter.setPen(HEADER[q])
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(x, y, width, height))
            painter.fillRect(QRectF(x, y, width, head_h), HEADER[q])
            painter.setPen(QColor("white"))
            self.fit_line(painter, QRectF(x + 12, y, width - 24, head_h),
                          f"{names[q]} ({len(self.items[q])})", head_font,
                          Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, "head")
            self.paint_lines(painter, area, self.items[q], body, self.tr("… and {0} more"))
        painter.end()
