"""The process-wide change bus: services publish after each commit, views subscribe.

The UI's controller subscribes and re-emits changes as a Qt signal on the GUI thread, so an
entry arriving from a phone (server thread, own connection) shows up live on the boards.
Callbacks run on the publishing thread and must be quick.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """One committed change: ``action`` (add, edit, delete, ...) on ``entity`` ``entity_id``."""

    path: str
    action: str
    entity: str
    entity_id: str
    opd_id: str | None = None
    source: str = "desktop"
    actor: str = ""


_subscribers: dict[str, list[Callable[[Change], None]]] = {}
_guard = threading.Lock()


@functools.lru_cache(maxsize=256)
def _resolved(path: str) -> str:
    return str(Path(path).resolve())


def _key(path: str | Path) -> str:
    # Resolving a path costs system calls (~35 us): too much for every commit.
    return _resolved(str(path))


def subscribe(path: str | Path, callback: Callable[[Change], None]) -> Callable[[], None]:
    """Call ``callback(change)`` after every commit to the workshop file at ``path``.

    Returns a function that unsubscribes.
    """
    key = _key(path)
    with _guard:
        _subscribers.setdefault(key, []).append(callback)

    def unsubscribe() -> None:
        with _guard:
            callbacks = _subscribers.get(key, [])
            if callback in callbacks:
                callbacks.remove(callback)

    return unsubscribe


def publish(changes: list[Change]) -> None:
    """Deliver committed changes to the subscribers of their file.

    A failing subscriber is logged and does not stop the others: the data is already saved.
    """
    if not changes:
        return
    with _guard:
        callbacks = list(_subscribers.get(_key(changes[0].path), []))
    for callback in callbacks:
        for change in changes:
            try:
                callback(change)
            except Exception:
                log.exception("change subscriber failed for %s", change)
