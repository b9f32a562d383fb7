"""Panels inside a view that edit one program through the owner view's undoable edit
(``BoardView.run_edit``): the program editor's plan tab and the quick win profile editor.

The panel keeps the shared plumbing: the fill guard (edits that the panel's own filling
triggers are ignored), the edit that shows the stored data again once it is done or refused,
and the usual shapes of an undoable edit (a field update with the old values read first, an
addition that undo deletes, a deletion that undo restores)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QTableWidget, QWidget

from ..undo import ServiceCommand, field_edit

#: The item data role holding a table row's record id.
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class UndoablePanel(QWidget):
    """A panel showing one program (``set_program``) and editing it through ``run_edit(text,
    do, undo)``, the owner view's undoable edit (None when refused; the owner shows the
    refusal in its message line). Subclasses implement ``_fill()``."""

    def __init__(self, run_edit: Callable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run_edit = run_edit
        self.ws = None
        self.program_id: str | None = None
        self._filling = False

    def set_program(self, ws, program_id: str | None) -> None:
        """Show a program of a workshop (None: nothing)."""
        self.ws = ws
        self.program_id = program_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read the data and show it; edits signalled while filling are ignored."""
        self._filling = True
        try:
            self._fill()
        finally:
            self._filling = False

    def _fill(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    # -- edits (each one undoable service call) --------------------------------------------
    def edit(self, text: str, do: Callable[[], object],
             undo: Callable[[ServiceCommand], object]):
        """One undoable edit through the owner; ``do()``'s result, None when refused.
        Afterwards (once the edited cell's own signal is handled) the panel shows the
        stored data again: the refused value is replaced, totals follow a change."""
        result = self.run_edit(text, do, undo)
        QTimer.singleShot(0, self.refresh)
        return result

    def edit_fields(self, text: str, read: Callable[[], object],
                    write: Callable[..., object], fields: dict, *,
                    skip_unchanged: bool = False):
        """Change fields of a record: ``read()`` gives the record as stored (the values
        undo writes back), ``write(**values)`` stores values. With ``skip_unchanged``, when
        every field already has its value nothing is done and the stored record is
        returned."""
        old = read()
        if skip_unchanged and all(getattr(old, k) == v for k, v in fields.items()):
            return old
        return self.edit(text, *field_edit(old, write, fields))

    def add_record(self, text: str, add: Callable[[], object],
                   delete: Callable[[str], object]):
        """Add a record with ``add()``; undo passes the new record's id to ``delete``."""
        return self.edit(text, add, lambda cmd: delete(cmd.result.id))

    def delete_record(self, text: str, delete: Callable[[], object],
                      restore: Callable[[], object]) -> None:
        """Delete a record with ``delete()``; undo calls ``restore()``."""
        self.edit(text, delete, lambda _cmd: restore())

    def update_record(self, text: str, get: Callable, update: Callable, record_id: str,
                      fields: dict):
        """Change fields of a record through its services, ``get(ws, id)`` and ``update(ws,
        id, **values)``; undo writes the old values back."""
        ws = self.ws
        return self.edit_fields(text, partial(get, ws, record_id),
                                partial(update, ws, record_id), fields)

    def delete_selected(self, text: str, table: QTableWidget, delete: Callable,
                        restore: Callable) -> None:
        """Delete the record of the table's current row (its id in ``ID_ROLE``) with
        ``delete(ws, id)``; undo calls ``restore(ws, id)``. Nothing without a current row."""
        item = table.currentItem()
        if item is None:
            return
        ws, record_id = self.ws, item.data(ID_ROLE)
        self.delete_record(text, partial(delete, ws, record_id), partial(restore, ws, record_id))
