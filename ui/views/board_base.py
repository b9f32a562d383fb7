"""Shared plumbing of the board views (SWOT, readiness, programs, matrix) and the projector
boards: load on ``workshop_opened``, refresh on ``data_changed`` only for the entities a view
shows, with bursts coalesced into one refresh by a 0-ms single-shot timer."""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from smartbimtek import reference


def current_language() -> str:
    """The UI language ("id" or "en"); Indonesian until ``ui.i18n`` says otherwise."""
    if importlib.util.find_spec("ui.i18n") is None:
        return "id"
    from ui import i18n

    return i18n.current_language()


def ref_label(item: dict | None, key: str = "name") -> str:
    """Label of a reference item (dimension, element, component) in the UI language."""
    if not item:
        return ""
    return reference.label(item, current_language(), key)


def dimension_label(dim_id: str | None) -> str:
    """Label of a dimension id ("" for None, the id itself when unknown)."""
    if not dim_id:
        return ""
    if dim_id not in reference.dimension_ids():
        return dim_id
    return ref_label(reference.dimension(dim_id))


def element_label(element_id: str | None) -> str:
    """Label of an element id ("" for None)."""
    if not element_id:
        return ""
    return ref_label(reference.elements().get(element_id)) or element_id


def component_label(component_id: str | None) -> str:
    """Label of a readiness component id ("" for None)."""
    if not component_id:
        return ""
    for item in reference.components():
        if item["id"] == component_id:
            return ref_label(item)
    return component_id


class BoardView(QWidget):
    """Base of a view bound to the controller.

    Subclasses set ``ENTITIES`` (the ``Change.entity`` values they show) and implement
    ``reload()``; ``schedule_reload()`` coalesces any number of changes into one reload.
    """

    ENTITIES: frozenset[str] = frozenset()

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self._do_reload)
        controller.workshop_opened.connect(self.schedule_reload)
        controller.workshop_closed.connect(self.schedule_reload)
        controller.data_changed.connect(self._on_change)

    @property
    def ws(self):
        """The open workshop (None when no file is open)."""
        return self.controller.ws

    def concerns(self, change) -> bool:
        """True when a committed change touches what this view shows."""
        return change.entity in self.ENTITIES

    def _on_change(self, change) -> None:
        if self.concerns(change):
            self.schedule_reload()

    def schedule_reload(self, *_args) -> None:
        """Reload once the current burst of changes is delivered."""
        self._reload_timer.start()

    def reload_now(self) -> None:
        """Reload at once (tests, screenshots)."""
        self._reload_timer.stop()
        self._do_reload()

    def _do_reload(self) -> None:
        self.reload()

    def reload(self) -> None:  # pragma: no cover - overridden
        """Re-read the data from the services and redraw."""
        raise NotImplementedError
