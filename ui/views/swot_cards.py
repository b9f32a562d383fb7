"""SWOT items as cards: a list model per quadrant (with Qt drag and drop of item ids between
quadrants) and a delegate that paints each item as a wrapped card."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate

from smartbimtek.model import SwotItem

from ..widgets.common import plain_tooltip
from .board_base import component_label, dimension_label, element_label

MIME_TYPE = "application/x-smartbimtek-swot-ids"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
META_ROLE = Qt.ItemDataRole.UserRole + 2

#: Card colours per quadrant (background, accent), high enough contrast for black text.
QUADRANT_COLORS = {
    "S": ("#e3f4e6", "#2e7d32"),
    "W": ("#fdeaea", "#c62828"),
    "O": ("#e4effb", "#1565c0"),
    "T": ("#fff1dc", "#e65100"),
}


def item_meta(item: SwotItem, opd_code: str = "") -> str:
    """The small line under a card: the OPD's code (when given: a group's board shows
    several OPDs), element (or dimension) and readiness component."""
    parts = [opd_code, element_label(item.element) or dimension_label(item.dimension),
             component_label(item.component)]
    return " · ".join(p for p in parts if p)


class SwotItemModel(QAbstractListModel):
    """The live items of one quadrant of one OPD. Dropping item ids on it asks ``on_drop``
    to move them here (the database is the truth: the board reloads after the move)."""

    def __init__(self, quadrant: str, on_drop: Callable[[list[str], str], None] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.quadrant = quadrant
        self.on_drop = on_drop
        self.items: list[SwotItem] = []
        #: OPD codes by id, shown on the cards when the board shows a group of OPDs.
        self.opd_codes: dict[str, str] = {}

    def set_items(self, items: list[SwotItem]) -> None:
        """Replace the items (one model reset)."""
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def append(self, item: SwotItem) -> None:
        """Add one item at the end."""
        self.beginInsertRows(QModelIndex(), len(self.items), len(self.items))
        self.items.append(item)
        self.endInsertRows()

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(self.items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(item.text)
        if role == ITEM_ROLE:
            return item
        if role == META_ROLE:
            return item_meta(item, self.opd_codes.get(item.opd_id, ""))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return item.text
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self):  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 - Qt override
        ids = [self.items[i.row()].id for i in indexes if i.isValid()]
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(",".join(ids).encode("ascii")))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if not data.hasFormat(MIME_TYPE) or self.on_drop is None:
            return False
        ids = [i for i in bytes(data.data(MIME_TYPE)).decode("ascii").split(",") if i]
        own = {item.id for item in self.items}
        moving = [i for i in ids if i not in own]
        if not moving:
            return False
        self.on_drop(moving, self.quadrant)
        return True


class CardDelegate(QStyledItemDelegate):
    """Paints an item as a card: wrapped text, and the dimension/component line under it."""

    PAD = 8

    def __init__(self, quadrant: str, parent=None) -> None:
        super().__init__(parent)
        self.background = QColor(QUADRANT_COLORS[quadrant][0])
        self.accent = QColor(QUADRANT_COLORS[quadrant][1])

    def _text_rect(self, option_rect: QRect) -> QRect:
        return option_rect.adjusted(self.PAD + 4, self.PAD, -self.PAD, -self.PAD)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        width = max(120, option.rect.width() or 300)
        metrics = QFontMetrics(option.font)
        inner = self._text_rect(QRect(0, 0, width, 1000)).width()
        text = metrics.boundingRect(QRect(0, 0, inner, 10000), Qt.TextFlag.TextWordWrap,
                                    index.data() or "")
        height = text.height() + 2 * self.PAD + 4
        if index.data(META_ROLE):
            height += metrics.height()
        return QSize(width, height)

    def paint(self, painter: QPainter, option, index) -> None:
        painter.save()
        rect = option.rect.adjusted(3, 2, -3, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.accent if selected else QColor("#b0b0b0"), 3 if selected else 1))
        painter.setBrush(self.background.darker(112) if selected else self.background)
        painter.drawRoundedRect(rect, 5, 5)
        painter.fillRect(QRect(rect.left(), rect.top() + 1, 4, rect.height() - 1), self.accent)
        painter.setPen(QColor("#111111"))
        inner = self._text_rect(option.rect)
        meta = index.data(META_ROLE)
        metrics = QFontMetrics(option.font)
        text_rect = inner.adjusted(0, 0, 0, -metrics.height()) if meta else inner
        painter.drawText(text_rect, Qt.TextFlag.TextWordWrap, index.data() or "")
        if meta:
            font = painter.font()
            font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
            painter.setFont(font)
            painter.setPen(QColor("#4a4a4a"))
            painter.drawText(QRect(inner.left(), inner.bottom() - metrics.height(), inner.width(),
                                   metrics.height()), Qt.AlignmentFlag.AlignLeft, meta)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(QColor("#000000"), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 4, 4)
        painter.restore()


class CardListView(QListView):
    """A quadrant's card list: multi-select, drag source and drop target."""

    def __init__(self, quadrant: str, parent=None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setSpacing(1)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(CardDelegate(quadrant, self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def selected_items(self) -> list[SwotItem]:
        """The selected items, in list order."""
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        model = self.model()
        return [model.items[r] for r in rows]

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # card heights depend on the width
