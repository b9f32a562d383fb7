"""The console's sidebar: the list of views on the left. 178 px wide where the screen has
room; on a small screen (a 1024x768 projector, a laptop at 150%) it narrows down to its
longest word and wraps its labels onto two lines, never cutting or eliding them."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListWidget, QSizePolicy, QStyle, QStyledItemDelegate, QWidget

#: Width where the screen has room.
SIDEBAR_WIDTH = 178
#: Vertical and side padding of an entry.
SIDEBAR_PADDING = (12, 10)
_FONT_PX = 15


def sidebar_text_margin(view: QWidget) -> int:
    """Room on each side of a sidebar label: the style sheet's padding and the style's
    own text margin."""
    focus = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    return SIDEBAR_PADDING[1] + focus + 1


class _SidebarDelegate(QStyledItemDelegate):
    """Item heights that count the side padding when a label wraps (Qt's own hint wraps at
    the full width, so a label just too long got one line and was elided)."""

    def sizeHint(self, option, index):  # noqa: N802 - Qt override
        hint = super().sizeHint(option, index)
        view = self.parent()
        width = max(20, view.viewport().width() - 2 * sidebar_text_margin(view))
        text = str(index.data() or "")
        flags = Qt.TextFlag.TextWordWrap
        box = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), flags, text)
        return QSize(min(hint.width(), view.viewport().width()),
                     max(hint.height(), box.height() + 2 * SIDEBAR_PADDING[0]))


def make_sidebar() -> QListWidget:
    """The sidebar list (its entries are added by the window, then ``fit_sidebar``)."""
    sidebar = QListWidget()
    sidebar.setObjectName("sidebar")
    padding = "#sidebar::item {{ padding: {}px {}px; }}".format(*SIDEBAR_PADDING)
    sidebar.setStyleSheet(
        f"#sidebar {{ background: #f0f4f8; border: none; font-size: {_FONT_PX}px; }}" +
        padding + "#sidebar::item:selected { background: #102a43; color: white; }")
    sidebar.setWordWrap(True)
    sidebar.setItemDelegate(_SidebarDelegate(sidebar))
    sidebar.setResizeMode(QListWidget.ResizeMode.Adjust)
    sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    sidebar.setMaximumWidth(SIDEBAR_WIDTH)
    sidebar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
    return sidebar


def fit_sidebar(sidebar: QListWidget) -> None:
    """Let the sidebar narrow to its longest word (labels then wrap), never further."""
    font = sidebar.font()
    font.setPixelSize(_FONT_PX)
    metrics = QFontMetrics(font)
    words = [w for i in range(sidebar.count()) for w in sidebar.item(i).text().split()]
    widest = max((metrics.horizontalAdvance(w) for w in words), default=60)
    sidebar.setMinimumWidth(min(SIDEBAR_WIDTH, widest + 2 * sidebar_text_margin(sidebar) + 2))
