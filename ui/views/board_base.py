"""Shared plumbing of the board views (SWOT, readiness, programs, matrix) and the projector
boards: load on ``workshop_opened``, refresh on ``data_changed`` only for the entities a view
shows, with bursts coalesced into one refresh by a 0-ms single-shot timer."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from smartbimtek import reference

from ..i18n import current_language
from ..messages import error_text
from ..widgets.common import plain_text


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


class MessageLabel(QLabel):
    """The inline message line of a view: refusals in red, confirmations in green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain_text(self)  # messages may quote user text
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        """Show a refusal."""
        self.setStyleSheet("QLabel { color: #b71c1c; font-weight: bold; padding: 2px; }")
        self.setText(text)
        self.show()

    def show_info(self, text: str) -> None:
        """Show a confirmation or a hint."""
        self.setStyleSheet("QLabel { color: #1b5e20; padding: 2px; }")
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        """Hide the line."""
        self.clear()
        self.hide()


class BoardView(QWidget):
    """Base of a view bound to the controller.

    Subclasses set ``ENTITIES`` (the ``Change.entity`` values they show) and implement
    ``reload()``; ``schedule_reload()`` coalesces any number of changes into one reload,
    and a hidden view only notes that it is stale and reloads when shown.
    Edits go through ``run_edit`` (undoable) or ``call_service``; their refusals are shown
    in ``self.message`` (a ``MessageLabel`` the subclass places in its layout).
    """

    ENTITIES: frozenset[str] = frozenset()
    #: Entity whose "add" changes the view applies one by one (``apply_added``) instead of
    #: reloading everything: a new item from a table costs one row read, not 5,000.
    INCREMENTAL_ADD: str | None = None

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
        self.message = MessageLabel(self)
        self._stale = True
        self._macro_depth = 0
        self._added: list[str] = []
        self._add_timer = QTimer(self)
        self._add_timer.setSingleShot(True)
        self._add_timer.setInterval(0)
        self._add_timer.timeout.connect(self._apply_added)

    @property
    def ws(self):
        """The open workshop (None when no file is open)."""
        return self.controller.ws

    def concerns(self, change) -> bool:
        """True when a committed change touches what this view shows."""
        return change.entity in self.ENTITIES

    def _on_change(self, change) -> None:
        if not self.concerns(change):
            return
        if change.action == "add" and change.entity == self.INCREMENTAL_ADD and \
                not self._stale and self.isVisible():
            self._added.append(change.entity_id)
            self._add_timer.start()
            return
        self.schedule_reload()

    def _apply_added(self) -> None:
        ids, self._added = self._added, []
        if ids and not self._stale:  # a coming full reload covers them otherwise
            self.apply_added(ids)

    def apply_added(self, ids: list[str]) -> None:  # pragma: no cover - overridden
        """Show records just added (only with ``INCREMENTAL_ADD``)."""
        raise NotImplementedError

    def schedule_reload(self, *_args) -> None:
        """Reload once the current burst of changes is delivered."""
        self._stale = True
        self._added = []
        self._reload_timer.start()

    def reload_now(self) -> None:
        """Reload at once (tests, screenshots)."""
        self._reload_timer.stop()
        self._stale = False
        self._added = []
        self.reload()

    def _do_reload(self) -> None:
        if not self.isVisible():
            return  # stays stale; showEvent reloads
        self.reload_now()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload_now()

    # -- edits ----------------------------------------------------------------------------
    def run_edit(self, text: str, do: Callable[[], object], undo: Callable[[object], object]):
        """One undoable edit through the controller; a refusal shows in the message line.
        Returns ``do()``'s result, or None when refused."""
        return self._guarded(lambda: self.controller.run(text, do, undo))

    def call_service(self, fn: Callable[..., object], *args, **kwargs):
        """A non-undoable service call; a refusal shows in the message line."""
        return self._guarded(lambda: self.controller.call(fn, *args, **kwargs))

    def _guarded(self, action: Callable[[], object]):
        errors: list[Exception] = []

        def collect(exc: Exception) -> None:
            errors.append(exc)

        self.controller.error_raised.connect(collect)
        try:
            result = action()
        finally:
            self.controller.error_raised.disconnect(collect)
        if errors:
            self.show_error(errors[0])
        elif self._macro_depth == 0:
            self.message.clear_message()
        return result

    def show_error(self, exc: Exception) -> None:
        """Show a refusal in the view's message line."""
        self.message.show_error(error_text(exc))

    @contextmanager
    def undo_macro(self, text: str):
        """Group several edits into one undo step (several cards moved or deleted at once)."""
        self.controller.undo_stack.beginMacro(text)
        self._macro_depth += 1
        try:
            yield
        finally:
            self._macro_depth -= 1
            self.controller.undo_stack.endMacro()

    def reload(self) -> None:  # pragma: no cover - overridden
        """Re-read the data from the services and redraw."""
        raise NotImplementedError
