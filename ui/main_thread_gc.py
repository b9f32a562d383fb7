"""Run Python's cycle collector only on the GUI thread.

The app has other threads running Python code (the export worker, the local-network server).
When the automatic collector happens to run in one of them, it may finalise Qt objects that
belong to the GUI thread (windows and widgets left in reference cycles), and Qt crashes later
in the GUI thread's event loop. Measured here: a widget test session with an export running
in a QThread crashed 3 times out of 3 with the automatic collector, 0 of 4 without it.

``MainThreadGc`` switches the automatic collector off and collects from a timer on the GUI
thread instead, generation by generation, when the allocation counts pass the usual
thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadGc(QObject):
    """Collects garbage on the GUI thread only. Create one, keep it, ``stop()`` at the end."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.collections = 0

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds; returns how many
        objects were found unreachable."""
        generation, found = collect_due(self.thresholds)
        if generation is not None:
            self.collections += 1
        return found

    def stop(self) -> None:
        """Give the collector back to Python (automatic again)."""
        self.timer.stop()
        if self.was_enabled:
            gc.enable()


def collect_due(thresholds: tuple[int, ...] | None = None) -> tuple[int | None, int]:
    """Collect, in this thread, the oldest generation whose count passed its threshold (as
    the automatic collector would). Returns (generation collected or None, objects found
    unreachable)."""
    thresholds = thresholds or gc.get_threshold()
    counts = gc.get_count()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            return generation, gc.collect(generation)
    return None, 0

