"""A layout that places its widgets in a row and wraps them onto the next row when the row
is too narrow (after Qt's "Flow Layout" example): tool rows of the console views stay whole on
a 1024x768 screen instead of forcing the window wider than the screen."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Widgets left to right, wrapping to more rows as needed. ``stretch_first`` lets the
    first widget (say an OPD chooser) take the room left over on its row."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6,
                 stretch_first: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.stretch_first = stretch_first
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout API ------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def add_widgets(self, *widgets: QWidget) -> None:
        """Add widgets in order."""
        for widget in widgets:
            self.addWidget(widget)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + self._spacing
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(max(0, width - self._spacing) + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing ------------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items
                if not (isinstance(item, QWidgetItem) and item.widget() is not None
                        and item.widget().isHidden())]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            hint = item.sizeHint().width()
            if rows[-1] and used + self._spacing + hint > width:
                rows.append([])
                used = 0
            used += (self._spacing if rows[-1] else 0) + hint
            rows[-1].append(item)
        return [row for row in rows if row]

    def _do_layout(self, rect: QRect, apply: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for row in self._rows(area.width()):
            height = max(item.sizeHint().height() for item in row)
            if apply:
                self._place_row(row, area, y, height)
            y += height + self._spacing
        return max(0, y - self._spacing - rect.y()) + margins.bottom()

    def _place_row(self, row: list[QLayoutItem], area: QRect, y: int, height: int) -> None:
        widths = [min(item.sizeHint().width(), area.width()) for item in row]
        spare = area.width() - sum(widths) - self._spacing * (len(row) - 1)
        first = row[0]
        if self.stretch_first and first is self._visible()[0] and spare > 0 and \
                _grows(first):
            widths[0] += spare
        x = area.x()
        for item, width in zip(row, widths, strict=True):
            width = max(width, min(item.minimumSize().width(), area.width()))
            item.setGeometry(QRect(QPoint(x, y + (height - item.sizeHint().height()) // 2),
                                   QSize(width, item.sizeHint().height())))
            x += width + self._spacing


def _grows(item: QLayoutItem) -> bool:
    widget = item.widget()
    if widget is None:
        return False
    policy = widget.sizePolicy().horizontalPolicy()
    return bool(policy.value & QSizePolicy.PolicyFlag.GrowFlag.value)
