"""A tab widget whose pages are built when first shown (a faster start: issue 12).

Each tab starts as an empty placeholder ``QWidget``; the page's factory runs the first time
the tab becomes current, is shown, or is asked for with ``page(index)``, and the placeholder
is swapped for the page in place (same index, text and tool tip, no extra
``currentChanged``). Lazy tabs have no icon: asking a tab for its icon makes PySide6's QIcon
class (~1.4 ms before the first paint).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabWidget(QTabWidget):
    """A ``QTabWidget`` that takes page factories (``add_lazy_tab``) and builds each page on
    first use. ``page_built(index, page)`` is emitted once per page, after the swap."""

    page_built = Signal(int, QWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factories: dict[int, Callable[[], QWidget]] = {}
        self._adding = False
        self.currentChanged.connect(self._build_current)

    def add_lazy_tab(self, factory: Callable[[], QWidget], label: str) -> int:
        """Add a tab labelled ``label`` whose page ``factory()`` builds on first use; returns
        its index. Lazy tabs are appended after any ordinary ones and are never removed."""
        self._adding = True  # adding the first tab makes it current: not a reason to build
        try:
            index = self.addTab(QWidget(), label)
        finally:
            self._adding = False
        self._factories[index] = factory
        return index

    def is_built(self, index: int) -> bool:
        """True when the page at ``index`` exists (built, or an ordinary tab)."""
        return index not in self._factories

    def page(self, index: int) -> QWidget:
        """The page at ``index``, built now if it was not yet."""
        factory = self._factories.pop(index, None)
        if factory is None:
            return self.widget(index)
        page = factory()
        placeholder = self.widget(index)
        text, tip = self.tabText(index), self.tabToolTip(index)
        current = self.currentIndex()
        blocked = self.blockSignals(True)  # the swap is no change of the current tab
        try:
            self.removeTab(index)
            self.insertTab(index, page, text)
            self.setTabToolTip(index, tip)
            self.setCurrentIndex(current)
        finally:
            self.blockSignals(blocked)
        placeholder.deleteLater()
        self.page_built.emit(index, page)
        return page

    def currentWidget(self) -> QWidget | None:  # noqa: N802 (Qt name)
        """The current page, built now if it was not yet."""
        index = self.currentIndex()
        return self.page(index) if index >= 0 else None

    def _build_current(self, index: int) -> None:
        if not self._adding and index >= 0:
            self.page(index)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Build the current page when the tabs are first shown."""
        if self.currentIndex() >= 0:
            self.page(self.currentIndex())
        super().showEvent(event)
