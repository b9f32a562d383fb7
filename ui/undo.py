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
        #: Called with the error when a later undo or redo fails (the first ``do`` is
        #: reported by the controller's ``run``, which set this after pushing).
        self.on_error: Callable[[Exception], None] | None = None

    def redo(self) -> None:  # noqa: D401 - Qt override
        self.error = None
        try:
            self.result = self._do()
        except Exception as exc:  # reported, never silently dropped
            self._failed(exc)

    def undo(self) -> None:  # noqa: D401 - Qt override
        self.error = None
        try:
            self._undo(self)
        except Exception as exc:  # reported, never silently dropped
            self._failed(exc)

    def _failed(self, exc: Exception) -> None:
        """The call wrote nothing (one transaction): the stack drops this command, since
        the data is still as it was before the attempt, and the error is reported."""
        self.error = exc
        self.setObsolete(True)
        if self.on_error is not None:
            self.on_error(exc)


def field_edit(old: object, write: Callable[..., object], fields: dict
               ) -> tuple[Callable[[], object], Callable[[ServiceCommand], object]]:
    """The ``do`` and ``undo`` of a field update: ``do`` calls ``write(**fields)``, ``undo``
    writes back the values these fields have in ``old`` (the record read before the edit)."""
    values = dict(fields)
    before = {k: getattr(old, k) for k in values}
    return (lambda: write(**values)), (lambda _cmd: write(**before))
