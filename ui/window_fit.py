"""The console window fits the screen it opens on (issue 12).

On first start (no saved geometry) the window takes its default size, clamped to the
screen's available area, and is maximised when that default does not fit (a 1024x768
projector or a small laptop screen). A restored geometry that no longer fits or lies off
the screen (a laptop moved from a big monitor to a projector) is shrunk and moved onto it.
The rule is ``fit_window``, a pure function of rectangles; ``fit_to_screen`` applies it.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: The console's size on a screen that has the room (a 1366x768 laptop).
DEFAULT_SIZE = (1366, 768)
#: Room kept for the window manager's frame (title bar) before the window is shown.
DEFAULT_FRAME = (0, 32)

Rect = tuple[int, int, int, int]


class Fit(NamedTuple):
    """Where the window goes: its top-left corner (frame included), its inner size, and
    whether it is maximised."""

    x: int
    y: int
    width: int
    height: int
    maximised: bool

    @property
    def rect(self) -> Rect:
        """``(x, y, width, height)``."""
        return (self.x, self.y, self.width, self.height)


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(value, high))


def fit_window(saved: Rect | None, available: Rect, *,
               default: tuple[int, int] = DEFAULT_SIZE,
               frame: tuple[int, int] = (0, 0)) -> Fit:
    """Fit a window into ``available`` (a screen's ``x, y, width, height`` without its
    panels). ``saved``: the restored ``x, y, width, height`` (x, y: the frame's corner),
    or None on first start (the window gets ``default``, centred). ``frame``: the extra
    width and height of the window manager's frame. A size that does not fit is clamped
    and the window maximised; the position is moved so the whole frame is on the screen."""
    ax, ay, aw, ah = available
    room_w, room_h = max(1, aw - frame[0]), max(1, ah - frame[1])
    if saved is None:
        width, height = default
        x = y = None
    else:
        x, y, width, height = saved
    maximised = width > room_w or height > room_h
    width, height = min(width, room_w), min(height, room_h)
    if x is None or y is None:
        x, y = ax + (room_w - width) // 2, ay + (room_h - height) // 2
    x = _clamp(x, ax, ax + room_w - width)
    y = _clamp(y, ay, ay + room_h - height)
    return Fit(x, y, width, height, maximised)


def fit_to_screen(window: QWidget, settings=None) -> Fit | None:
    """Fit ``window`` (not shown yet) to the screen it opens on; call it before the first
    ``show()``. ``settings``: the app's settings; a saved ``window_geometry`` there means
    the window's present geometry was restored. A window restored maximised or full
    screen is left alone. Returns the fit applied (None when left alone)."""
    if window.windowState() & (Qt.WindowState.WindowMaximized |
                               Qt.WindowState.WindowFullScreen):
        return None
    restored = bool(settings is not None and settings.get("window_geometry"))
    geometry = window.geometry()
    screen = QGuiApplication.screenAt(geometry.center()) if restored else None
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    area = screen.availableGeometry()
    saved = None
    if restored:
        corner = window.pos()
        saved = (corner.x(), corner.y(), geometry.width(), geometry.height())
    fit = fit_window(saved, (area.x(), area.y(), area.width(), area.height()),
                     frame=DEFAULT_FRAME)
    window.resize(fit.width, fit.height)
    window.move(fit.x, fit.y)
    if fit.maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return fit
