"""Undo/redo: one ``QUndoCommand`` per user edit, each calling core services."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class ServiceCommand(QUndoCommand):
    """An edit made of a ``do`` call and the ``undo`` call that reverses it.

    ``do`` runs on the first ``redo()`` (when pushed) and on every redo after an undo; its
    return value is kept in ``result`` so that ``undo`` can refer to what was created
    (for example the id of a new item): ``undo`` receives the command itself.
    """

    def __init__(self, text: str, do: Callable[[], object],
                 undo: Callable[[ServiceCommand], object]) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self.result: object = None
        self.error: Exception | None = None

    def redo(self) -> None:  # noqa: D401 - Qt override
        self.error = None
        try:
            self.result = self._do()
        except Exception as exc:  # reported by the controller, never silently dropped
            self.error = exc
            self.setObsolete(True)

    def undo(self) -> None:  # noqa: D401 - Qt override
        self._undo(self)
