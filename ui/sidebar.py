"""The console's sidebar: the list of views on the left. 178 px wide where the screen has
room; on a small screen (a 1024x768 projector, a laptop at 150%) it narrows down to its
longest word and wraps its labels onto two lines, never cutting or eliding them.

In a Bimtek II, III or IV file the sidebar leads with the running stage: a section header
"Bimtek II · Latihan" over the stage's exercise views in exercise order, then "Semua
tampilan" over the other views in their usual order (``mark_stage``). The headers are painted
above the first entry of their section (not entries of their own): the keyboard and the
mouse cannot select them, and the rows stay one per view. A row is not a view index: every
entry carries its view key (``sidebar_key``, ``sidebar_row``). A Bimtek I file (and a file
without events) keeps the usual order, which is Bimtek I's (its views are marked)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QWidget,
)

#: Width where the screen has room.
SIDEBAR_WIDTH = 178
#: Vertical and side padding of an entry.
SIDEBAR_PADDING = (12, 10)
_FONT_PX = 15
#: Section headers: font size, padding above and below (pixels).
_HEADER_PX = 12
_HEADER_PADDING = (8, 3)
#: The view key of an entry, and the section header painted above it (or None).
KEY_ROLE = Qt.ItemDataRole.UserRole
HEADER_ROLE = Qt.ItemDataRole.UserRole + 1
HEADER_COLOUR = "#486581"


def sidebar_text_margin(view: QWidget) -> int:
    """Room on each side of a sidebar label: the style sheet's padding and the style's
    own text margin."""
    focus = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    return SIDEBAR_PADDING[1] + focus + 1


def _header_font(view: QWidget) -> QFont:
    font = QFont(view.font())
    font.setPixelSize(_HEADER_PX)
    font.setBold(True)
    return font


def header_height(view: QWidget, text: str | None, width: int) -> int:
    """The height of a section header ``text`` painted at ``width`` (0 without one)."""
    if not text:
        return 0
    box = QFontMetrics(_header_font(view)).boundingRect(
        QRect(0, 0, max(20, width), 10_000), Qt.TextFlag.TextWordWrap, text)
    return box.height() + sum(_HEADER_PADDING)


class _SidebarDelegate(QStyledItemDelegate):
    """Item heights that count the side padding when a label wraps (Qt's own hint wraps at
    the full width, so a label just too long got one line and was elided), and the section
    header painted above the first entry of a section.

    Qt asks for each entry's size many times (dozens before the first paint): an entry is
    measured once per text, header, width and font, then answered from ``_sizes`` (the
    current width's and font's only)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple, QSize] = {}  # by text and header, for ``_fit``
        self._fit: tuple[int, str] | None = None  # the width and font measured for

    def _width(self) -> int:
        view = self.parent()
        return max(20, view.viewport().width() - 2 * sidebar_text_margin(view))

    def sizeHint(self, option, index):  # noqa: N802 - Qt override
        width = self._width()
        fit = (width, option.font.key())
        if self._fit != fit:  # a new width or font: the sizes measured before are stale
            self._fit = fit
            self._sizes.clear()
        key = (index.data(), index.data(HEADER_ROLE))
        size = self._sizes.get(key)
        if size is None:
            size = self._sizes[key] = self._measure(option, index, width)
        return size

    def _measure(self, option, index, width: int) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        text = str(index.data() or "")
        flags = Qt.TextFlag.TextWordWrap
        box = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), flags, text)
        head = header_height(view, index.data(HEADER_ROLE), width)
        return QSize(min(hint.width(), view.viewport().width()),
                     max(hint.height(), box.height() + 2 * SIDEBAR_PADDING[0]) + head)

    def paint(self, painter, option, index):  # noqa: D102 - Qt override
        header = index.data(HEADER_ROLE)
        if not header:
            super().paint(painter, option, index)
            return
        view = self.parent()
        head = header_height(view, header, self._width())
        band = QRect(option.rect.left(), option.rect.top(), option.rect.width(), head)
        painter.save()
        painter.fillRect(band, QColor("#f0f4f8"))
        painter.setFont(_header_font(view))
        painter.setPen(QColor(HEADER_COLOUR))
        margin = sidebar_text_margin(view)
        painter.drawText(band.adjusted(margin, _HEADER_PADDING[0], -margin, 0),
                         Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft, header)
        painter.setPen(QColor("#bcccdc"))
        painter.drawLine(band.left() + margin, band.top() + 2, band.right() - margin,
                         band.top() + 2)
        painter.restore()
        option.rect = option.rect.adjusted(0, head, 0, 0)
        super().paint(painter, option, index)


class Sidebar(QListWidget):
    """The sidebar list: a press on a section header selects nothing."""

    def in_header(self, pos) -> bool:
        """True when ``pos`` (viewport coordinates) lies on a section header."""
        item = self.itemAt(pos)
        if item is None or not item.data(HEADER_ROLE):
            return False
        rect = self.visualItemRect(item)
        width = max(20, self.viewport().width() - 2 * sidebar_text_margin(self))
        return pos.y() < rect.top() + header_height(self, item.data(HEADER_ROLE), width)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.in_header(event.position().toPoint()):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.buttons() and self.in_header(event.position().toPoint()):
            event.accept()
            return
        super().mouseMoveEvent(event)


def _python_viewport() -> QWidget:
    """A viewport made in Python, set up as Qt sets up its own. The delegate asks for the
    viewport's width before the first paint: a viewport Qt made comes back as a plain QWidget
    pointer that PySide6 first identifies among all widget classes (~9 ms, once)."""
    port = QWidget()
    port.setObjectName("qt_scrollarea_viewport")
    port.setBackgroundRole(QPalette.ColorRole.Base)
    port.setAutoFillBackground(True)
    port.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    return port


def make_sidebar() -> Sidebar:
    """The sidebar list (its entries are added by the window, then ``fit_sidebar``)."""
    sidebar = Sidebar()
    sidebar.setViewport(_python_viewport())
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
    headers = [w for i in range(sidebar.count())
               for w in str(sidebar.item(i).data(HEADER_ROLE) or "").split()]
    head_metrics = QFontMetrics(_header_font(sidebar))
    widest = max([widest, *(head_metrics.horizontalAdvance(w) for w in headers)])
    sidebar.setMinimumWidth(min(SIDEBAR_WIDTH, widest + 2 * sidebar_text_margin(sidebar) + 2))


#: The console view that serves each exercise of ``smartbimtek.rules.stages``.
EXERCISE_VIEWS = {"readiness": "readiness", "gap": "readiness", "swot": "swot",
                  "keywords": "vision", "vision": "vision", "programs": "programs",
                  "coverage": "programs", "priority": "matrix", "strategies": "swot",
                  "roadmap": "roadmap", "quickwins": "matrix", "review": "review",
                  "commitment": "commitment"}
#: Text colour of the running stage's views in the sidebar.
LEADING_COLOUR = "#0b5394"


def stage_views(stage: str | None, keys: list[str]) -> list[str]:
    """The console views (of ``keys``) the running ``stage`` leads with, in the order of its
    exercises (``leading_exercises``); none for no or an unknown stage."""
    from smartbimtek.rules.stages import STAGES, leading_exercises

    if stage not in STAGES:
        return []
    out: list[str] = []
    for exercise in leading_exercises(stage):
        view = EXERCISE_VIEWS.get(exercise)
        if view in keys and view not in out:
            out.append(view)
    return out


def landing_index(keys: list[str], leading: list[str], stage: str | None, last: int) -> int:
    """Where the console opens a file: the last view shown, except in a Bimtek II, III or IV
    file where the last view is not one of the stage's: there its first exercise."""
    if stage in (None, "I") or not leading or \
            (0 <= last < len(keys) and keys[last] in leading):
        return last
    return keys.index(leading[0])


def add_entry(sidebar: QListWidget, key: str, text: str) -> QListWidgetItem:
    """Add the entry of view ``key`` at the end of the sidebar."""
    # QListWidgetItem(text, parent) would make PySide6's QIcon class (~1.4 ms at start-up)
    # to rule out the (icon, text) overload; the item is made with its list, then named
    item = QListWidgetItem(sidebar)
    item.setText(text)
    item.setData(KEY_ROLE, key)
    return item


def sidebar_key(sidebar: QListWidget, row: int) -> str | None:
    """The view key of the entry at ``row`` (None outside the list)."""
    item = sidebar.item(row)
    return item.data(KEY_ROLE) if item is not None else None


def sidebar_row(sidebar: QListWidget, key: str) -> int:
    """The row of view ``key``'s entry (-1 when absent)."""
    for row in range(sidebar.count()):
        if sidebar.item(row).data(KEY_ROLE) == key:
            return row
    return -1


def section_order(keys: list[str], leading: list[str], stage: str | None) -> list[str]:
    """The sidebar's order: a Bimtek II, III or IV file leads with the stage's views
    (``leading``, in exercise order), then every other view in its usual order; otherwise
    the usual order (Bimtek I's)."""
    if stage in (None, "I") or not leading:
        return list(keys)
    return [*leading, *(k for k in keys if k not in leading)]


def mark_stage(sidebar: QListWidget, keys: list[str], stage: str | None) -> list[str]:
    """Lead the sidebar with the running stage (``section_order``: the headers "Bimtek II ·
    Latihan" and "Semua tampilan" in a Bimtek II-IV file) and mark the stage's views
    (coloured, with a tooltip naming the bimtek); every view stays listed and reachable and
    the selected view stays selected. Returns the stage's view keys in order."""
    leading = stage_views(stage, keys)
    texts = {sidebar.item(r).data(KEY_ROLE): sidebar.item(r).text()
             for r in range(sidebar.count())}
    order = [k for k in section_order(keys, leading, stage) if k in texts]
    current = sidebar_key(sidebar, sidebar.currentRow())
    sections = order != [k for k in keys if k in texts]
    tip = QCoreApplication.translate("Sidebar", "Exercise of Bimtek {0}").format(stage)
    heads = {}
    if sections:
        heads = {order[0]: QCoreApplication.translate("Sidebar", "Bimtek {0} · Exercises")
                 .format(stage),
                 order[len(leading)]: QCoreApplication.translate("Sidebar", "All views")}
    blocked = sidebar.blockSignals(True)
    try:
        for row, key in enumerate(order):
            item = sidebar.item(row)
            item.setText(texts[key])
            item.setData(KEY_ROLE, key)
            item.setData(HEADER_ROLE, heads.get(key))
            if key in leading:
                # a QColor, painted as a brush (a QBrush made here costs the start ~2 ms)
                item.setData(Qt.ItemDataRole.ForegroundRole, QColor(LEADING_COLOUR))
                item.setToolTip(tip)
            else:
                item.setData(Qt.ItemDataRole.ForegroundRole, None)
                item.setToolTip("")
        if current is not None:
            sidebar.setCurrentRow(sidebar_row(sidebar, current))
    finally:
        sidebar.blockSignals(blocked)
    if sidebar.isVisible():  # the entries' heights changed with their headers
        sidebar.doItemsLayout()
    else:  # laid out when shown (the app marks the first file's stage before that)
        sidebar.scheduleDelayedItemsLayout()
    fit_sidebar(sidebar)
    return leading
