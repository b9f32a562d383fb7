"""Helpers of the layout tests: every visible widget of a window must lie inside the window
(and inside its parents, which would clip it), and a view's primary buttons must be reachable
without scrolling. Widgets inside a scroll area's viewport only have to lie inside the
scrolled content, since scrolling reaches them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QWidget


def describe(widget: QWidget) -> str:
    """A readable name of a widget for a failure message."""
    text = ""
    if isinstance(widget, QAbstractButton):
        text = widget.text()
    elif hasattr(widget, "text") and callable(widget.text):
        try:
            text = str(widget.text())
        except TypeError:
            text = ""
    name = widget.objectName()
    return f"{type(widget).__name__}{'#' + name if name else ''}" + \
        (f" {text[:40]!r}" if text else "")


def _scroll_content(widget: QWidget, top: QWidget) -> QWidget | None:
    """The scrolled content widget ``widget`` lies in (the viewport's child), if any."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and parent is not top:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return child
        child, parent = parent, parent.parentWidget()
    return None


def rect_in(widget: QWidget, top: QWidget) -> QRect:
    """``widget``'s rectangle in ``top``'s coordinates."""
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def visible_area(widget: QWidget, top: QWidget) -> QRect:
    """The part of ``top`` where ``widget`` can be seen without scrolling: ``top``'s
    rectangle cut by every ancestor's (a scroll area's viewport included)."""
    area = top.rect()
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        area = area.intersected(rect_in(parent, top))
        parent = parent.parentWidget()
    return area


def layout_problems(window: QWidget, size: tuple[int, int]) -> list[str]:
    """What lies outside ``window`` (or is cut by its parents), and whether the window
    is larger than ``size``."""
    problems = []
    if window.width() > size[0] or window.height() > size[1]:
        hint = window.minimumSizeHint()
        problems.append(f"window is {window.width()}x{window.height()}, larger than "
                        f"{size[0]}x{size[1]} (minimum {hint.width()}x{hint.height()})")
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisible() or widget.width() <= 0:
            continue
        content = _scroll_content(widget, window)
        if content is widget:
            continue  # the scrolled content itself may be larger than its viewport
        if content is not None:
            outer = QRect(QPoint(0, 0), content.size())
            rect = QRect(widget.mapTo(content, QPoint(0, 0)), widget.size())
            parent = widget.parentWidget()
            while parent is not None and parent is not content:
                outer = outer.intersected(QRect(parent.mapTo(content, QPoint(0, 0)),
                                                parent.size()))
                parent = parent.parentWidget()
        else:
            rect = rect_in(widget, window)
            outer = visible_area(widget, window)
        if not outer.contains(rect):
            problems.append(f"{describe(widget)} at {rect.getRect()} is cut "
                            f"(visible area {outer.getRect()})")
    return problems


def unreachable(window: QWidget, buttons: dict[str, QWidget]) -> list[str]:
    """Primary buttons that are hidden, of zero size, or not wholly on screen without
    scrolling."""
    problems = []
    for name, button in buttons.items():
        if not button.isVisible():
            problems.append(f"{name}: not visible")
            continue
        if button.width() <= 0 or button.height() <= 0:
            problems.append(f"{name}: zero size")
            continue
        rect = rect_in(button, window)
        area = visible_area(button, window)
        if not area.contains(rect):
            problems.append(f"{name}: at {rect.getRect()}, outside the visible "
                            f"{area.getRect()}")
    return problems
