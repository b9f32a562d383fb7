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


def mark_stage(sidebar: QListWidget, keys: list[str], stage: str | None) -> list[str]:
    """Mark the running stage's views in the sidebar (coloured, with a tooltip naming the
    bimtek); every view stays listed and reachable. Returns the marked keys in order."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QBrush, QColor

    leading = stage_views(stage, keys)
    tip = QCoreApplication.translate("Sidebar", "Exercise of Bimtek {0}").format(stage)
    for row, key in enumerate(keys):
        item = sidebar.item(row)
        if item is None:
            continue
        if key in leading:
            item.setForeground(QBrush(QColor(LEADING_COLOUR)))
            item.setToolTip(tip)
        else:
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
            item.setToolTip("")
    return leading
