"""The follow-ups (tindak lanjut) of an event with their owner and due date, editable in place
on the Event tab; the laporan prints them as a table. Follow-ups themselves are recorded on
the agenda's notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from smartbimtek.services import agenda as agenda_service

from ..controller import Controller

_ROLE_ID = Qt.ItemDataRole.UserRole
FIELDS = ("owner", "due_date")  # columns 1 and 2


class FollowupsTable(QTableWidget):
    """Follow-up text (read only), owner and due date (``YYYY-MM-DD``) of one event."""

    def __init__(self, controller: Controller, parent=None) -> None:
        super().__init__(0, 3, parent)
        self.controller = controller
        self.event_id: str | None = None
        self.setHorizontalHeaderLabels([self.tr("Follow-up"), self.tr("Owner"),
                                        self.tr("Due date (YYYY-MM-DD)")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setMinimumHeight(120)
        self.setToolTip(self.tr("Follow-ups are recorded on the agenda's notes; their owner "
                                "and due date are set here."))
        self._loading = False
        self.itemChanged.connect(self._changed)

    def load(self, event_id: str | None = None) -> None:
        """Show the follow-ups of ``event_id`` (default: the event shown before)."""
        ws = self.controller.ws
        self.event_id = event_id or self.event_id
        notes = [n for n in agenda_service.list_notes(ws, self.event_id)
                 if n.kind == "followup"] if ws is not None and self.event_id else []
        self._loading = True
        self.setRowCount(len(notes))
        for row, note in enumerate(notes):
            for column, value in enumerate((note.text, note.owner, note.due_date)):
                item = QTableWidgetItem(value)
                item.setData(_ROLE_ID, note.id)
                if column == 0:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(row, column, item)
        self._loading = False

    def _changed(self, item: QTableWidgetItem) -> None:
        ws = self.controller.ws
        if self._loading or ws is None or item.column() == 0 or not self.event_id:
            return
        field = FIELDS[item.column() - 1]
        note = next(n for n in agenda_service.list_notes(ws, self.event_id)
                    if n.id == item.data(_ROLE_ID))
        old, value = getattr(note, field), item.text().strip()
        if old != value:
            self.controller.run(
                self.tr("Edit follow-up"),
                lambda: agenda_service.update_note(ws, note.id, note.text, **{field: value}),
                lambda _c: agenda_service.update_note(ws, note.id, note.text, **{field: old}))
        self.load()
