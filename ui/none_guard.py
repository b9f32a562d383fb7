"""Work around a reference-count bug of PySide6/shiboken6 6.12.0 on CPython 3.11.

Every call from Python of a Qt method that returns nothing (``QWidget.update()``,
``QLabel.setText()``, every ``QPainter.draw...``) gives back one reference to ``None`` that it
never took. ``None`` starts with a few thousand references, so after a few thousand such
calls (a few paints of a chart, or minutes of a ticking countdown) the interpreter stops with
"Fatal Python error: none_dealloc: deallocating None". Measured here: a bare ``QLabel``
died after about 5,100 ``setText`` calls.

The same happens, more rarely, to ``True`` and ``False`` ("bool_dealloc" at the end of a
widget test session). CPython 3.12 made these singletons immortal, which hides the bug. On
older CPython this module gives them the same practical immortality by adding 2**40
references to each once (at import of the ``ui`` package, before any Qt call): at one lost
reference per call that lasts longer than any workshop. Remove it once PySide6 is fixed
(``tests/test_none_guard.py`` tells).
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40
_state = {"applied": False}


def needed() -> bool:
    """True on CPython before 3.12, where ``None`` is an ordinary reference-counted object."""
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


SINGLETONS = (None, True, False, Ellipsis, NotImplemented)


def apply() -> bool:
    """Add the headroom to the singletons' reference counts once. True when added now."""
    if _state["applied"] or not needed():
        return False
    for singleton in SINGLETONS:
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    _state["applied"] = True
    return True
