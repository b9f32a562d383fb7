"""Participants (daftar hadir) and the fast attendance check-in: type a few letters of a
name (or an OPD code), press Enter, and the first match is checked in for the chosen day."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.model import PARTICIPANT_CATEGORIES
from smartbimtek.services import plan as plan_service
from smartbimtek.services import roster

from ..controller import Controller
from ..labels import day_label
from ..widgets.common import Coalescer, bold_label, plain_label

_ROLE_ID = Qt.ItemDataRole.UserRole
_ENTITIES = {"participant", "attendance", "opd", "event", "setting"}


class _OpdDelegate(QStyledItemDelegate):
    """Edits the OPD column of the participants table with a combo box."""

    def __init__(self, panel: ParticipantsTable) -> None:
        super().__init__(panel)
        self.panel = panel

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        box = QComboBox(parent)
        box.addItem(QCoreApplication.translate("ParticipantsTable", "(no OPD)"), None)
        for opd in self.panel.opds:
            box.addItem(f"{opd.code} — {opd.name}", opd.id)
        return box

    def setEditorData(self, editor, index):  # noqa: N802 - Qt override
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole + 1))))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt override
        self.panel.change_opd(index.row(), editor.currentData())


def category_label(category: str | None) -> str:
    """The participant group as the console shows it."""
    labels = {"opd": "OPD", "dewan": "Dewan Smart City", "pelaksana": "Tim Pelaksana",
              "academia": "Academia", "business": "Business", "community": "Community"}
    if category in labels:
        return QCoreApplication.translate("ParticipantsTable", labels[category])
    return QCoreApplication.translate("ParticipantsTable", "(no group)")


class _CategoryDelegate(QStyledItemDelegate):
    """Edits the group column of the participants table with a combo box."""

    def __init__(self, panel: ParticipantsTable) -> None:
        super().__init__(panel)
        self.panel = panel

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        box = QComboBox(parent)
        for category in (None, *PARTICIPANT_CATEGORIES):
            box.addItem(category_label(category), category)
        return box

    def setEditorData(self, editor, index):  # noqa: N802 - Qt override
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole + 1))))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt override
        self.panel.change_category(index.row(), editor.currentData())


class ParticipantsTable(QWidget):
    """The participants with an entry row; names, positions, phones, groups and institutions
    editable in place (the group and the institution are printed in the laporan and the
    daftar hadir; the phone never is)."""

    COLUMNS = ("name", "opd_id", "position", "phone", "category", "institution")
    GROUP_COLUMN = 4

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.opds: list = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        entry = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name"))
        self.opd = QComboBox()
        self.opd.setMinimumWidth(140)
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("Position"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Phone (private)"))
        self.add_button = QPushButton(self.tr("Add participant"))
        for widget, stretch in ((self.name, 2), (self.opd, 1), (self.position, 2),
                                (self.phone, 1), (self.add_button, 0)):
            entry.addWidget(widget, stretch)
        layout.addLayout(entry)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("OPD"),
                                              self.tr("Position"), self.tr("Phone"),
                                              self.tr("Group"), self.tr("Institution")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.GROUP_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setItemDelegateForColumn(1, _OpdDelegate(self))
        self.table.setItemDelegateForColumn(self.GROUP_COLUMN, _CategoryDelegate(self))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete selected participant"))
        self.count_label = QLabel()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.count_label)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_participant)
        self.phone.returnPressed.connect(self.add_participant)
        self.position.returnPressed.connect(self.add_participant)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemChanged.connect(self._cell_changed)
        self._loading = False

    def load(self) -> None:
        """Show the participants of the open workshop."""
        ws = self.controller.ws
        if ws is None:
            return
        self._loading = True
        self.opds = roster.list_opds(ws)
        codes = {o.id: o.code for o in self.opds}
        chosen = self.opd.currentData()
        self.opd.clear()
        self.opd.addItem(self.tr("(no OPD)"), None)
        for opd in self.opds:
            self.opd.addItem(opd.code, opd.id)
        self.opd.setCurrentIndex(max(0, self.opd.findData(chosen)))
        people = roster.list_participants(ws)
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            values = (person.name, codes.get(person.opd_id, ""), person.position, person.phone,
                      category_label(person.category), person.institution)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(_ROLE_ID, person.id)
                if column == 1:
                    item.setData(_ROLE_ID + 1, person.opd_id)
                elif column == self.GROUP_COLUMN:
                    item.setData(_ROLE_ID + 1, person.category)
                self.table.setItem(row, column, item)
        self.count_label.setText(self.tr("{n} participants").format(n=len(people)))
        self._loading = False

    def add_participant(self) -> None:
        """Add the participant typed in the entry row."""
        ws = self.controller.ws
        if ws is None:
            return
        values = dict(name=self.name.text(), opd_id=self.opd.currentData(),
                      position=self.position.text(), phone=self.phone.text())
        state: dict[str, str] = {}

        def do():
            if "id" in state:
                roster.restore_participant(ws, state["id"])
                return roster.get_participant(ws, state["id"])
            person = roster.add_participant(ws, **values)
            state["id"] = person.id
            return person

        result = self.controller.run(self.tr("Add participant"), do,
                                     lambda _c: roster.delete_participant(ws, state["id"]))
        if result is not None:
            for field in (self.name, self.position, self.phone):
                field.clear()
            self.name.setFocus()
            self.load()

    def _edit(self, person_id: str, field: str, value: object) -> None:
        ws = self.controller.ws
        old = getattr(roster.get_participant(ws, person_id), field)
        if old == value:
            return
        self.controller.run(
            self.tr("Edit participant"),
            lambda: roster.update_participant(ws, person_id, **{field: value}),
            lambda _c: roster.update_participant(ws, person_id, **{field: old}))

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self.controller.ws is None or \
                item.column() in (1, self.GROUP_COLUMN):
            return
        self._edit(item.data(_ROLE_ID), self.COLUMNS[item.column()], item.text())
        self.load()

    def change_opd(self, row: int, opd_id: str | None) -> None:
        """Move the participant of ``row`` to another OPD (from the OPD column's editor)."""
        item = self.table.item(row, 0)
        if item is None:
            return
        self._edit(item.data(_ROLE_ID), "opd_id", opd_id)
        self.load()

    def change_category(self, row: int, category: str | None) -> None:
        """Put the participant of ``row`` in another group (from the group column's editor)."""
        item = self.table.item(row, 0)
        if item is None:
            return
        self._edit(item.data(_ROLE_ID), "category", category)
        self.load()

    def delete_selected(self) -> None:
        """Delete the selected participants (one undoable edit)."""
        ws = self.controller.ws
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        ids = [self.table.item(r, 0).data(_ROLE_ID) for r in rows]
        if ws is None or not ids:
            return

        self.controller.run_each(self.tr("Delete participant"), ids,
                                 roster.delete_participant, roster.restore_participant)
        self.load()


class CheckInPanel(QWidget):
    """Fast check-in for one day of the current event, and the counts per OPD."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.event_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bold_label(self.tr("Attendance check-in"), 2))
        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(self.tr("Day:")))
        self.day = QComboBox()
        day_row.addWidget(self.day, 1)
        layout.addLayout(day_row)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a few letters of a name, then Enter"))
        font = self.search.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.search.setFont(font)
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.matches = QListWidget()
        self.matches.setMaximumHeight(170)
        layout.addWidget(self.matches)
        self.last = plain_label()
        self.last.setWordWrap(True)
        layout.addWidget(self.last)
        self.total = bold_label("")
        layout.addWidget(self.total)
        self.counts = QTableWidget(0, 2)
        self.counts.setHorizontalHeaderLabels([self.tr("OPD"), self.tr("Present")])
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.verticalHeader().setVisible(False)
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.counts, 1)
        self.search.textChanged.connect(self.update_matches)
        self.search.returnPressed.connect(self.check_in_top)
        self.matches.itemActivated.connect(lambda item: self.check_in(item.data(_ROLE_ID)))
        self.day.currentIndexChanged.connect(lambda _i: self.load_counts())

    def load(self) -> None:
        """Show the days of the current event and today's counts."""
        ws = self.controller.ws
        if ws is None:
            return
        event = plan_service.current_event(ws)
        self.event_id = event.id if event else None
        chosen = self.day.currentData()
        self.day.blockSignals(True)
        self.day.clear()
        if event is not None:
            dates = plan_service.event_dates(event)
            for number, date in enumerate(dates, start=1):
                suffix = f" ({date.strftime('%d-%m-%Y')})" if date else ""
                self.day.addItem(day_label(number) + suffix, number)
            index = self.day.findData(chosen) if chosen else self._today_index(dates)
            self.day.setCurrentIndex(max(0, index))
        self.day.blockSignals(False)
        self.search.setEnabled(event is not None)
        self.update_matches()
        self.load_counts()

    @staticmethod
    def _today_index(dates) -> int:
        import datetime as dt

        today = dt.date.today()
        return next((i for i, d in enumerate(dates) if d == today), 0)

    def _present(self) -> set[str]:
        ws = self.controller.ws
        if ws is None or self.event_id is None:
            return set()
        day = self.day.currentData()
        return {a.participant_id for a in roster.attendance(ws, self.event_id) if a.day == day}

    def update_matches(self) -> None:
        """List the participants matching the typed letters (the first one is Enter's)."""
        ws = self.controller.ws
        self.matches.clear()
        text = self.search.text().strip()
        if ws is None or not text:
            return
        present = self._present()
        codes = {o.id: o.code for o in roster.list_opds(ws)}
        people = roster.find_participants(ws, text, limit=8)
        people.sort(key=lambda p: (p.id in present, not p.name.lower().startswith(text.lower())))
        for person in people:
            mark = "✓ " if person.id in present else ""
            item = QListWidgetItem(f"{mark}{person.name} — {codes.get(person.opd_id, '')}")
            item.setData(_ROLE_ID, person.id)
            if person.id in present:
                item.setForeground(QColor("#2e7d32"))
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def check_in_top(self) -> None:
        """Enter: check in the highlighted (first) match."""
        item = self.matches.currentItem() or self.matches.item(0)
        if item is not None:
            self.check_in(item.data(_ROLE_ID))

    def check_in(self, person_id: str) -> None:
        """Check a participant in for the chosen day (undoable)."""
        ws = self.controller.ws
        if ws is None or self.event_id is None:
            return
        event_id, day = self.event_id, self.day.currentData()
        person = roster.get_participant(ws, person_id)
        result = self.controller.run(
            self.tr("Check in {name}").format(name=person.name),
            lambda: roster.check_in(ws, person_id, event_id, day),
            lambda _c: roster.undo_check_in(ws, person_id, event_id, day))
        if result is not None:
            self.last.setText(self.tr("Checked in: {name}").format(name=person.name))
            self.search.clear()
            self.search.setFocus()
        self.load_counts()

    def load_counts(self) -> None:
        """Present participants per OPD on the chosen day."""
        ws = self.controller.ws
        if ws is None:
            return
        day = self.day.currentData()
        counts = roster.attendance_counts(ws, self.event_id) if self.event_id else {}
        opds = roster.list_opds(ws)
        totals = {o.id: 0 for o in opds}
        for person in roster.list_participants(ws):
            if person.opd_id in totals:
                totals[person.opd_id] += 1
        rows = [(o.code, counts.get(o.id, {}).get(day, 0), totals[o.id]) for o in opds]
        rows = [r for r in rows if r[2] or r[1]]
        no_opd = counts.get(None, {}).get(day, 0)
        if no_opd:
            rows.append((self.tr("(no OPD)"), no_opd, no_opd))
        self.counts.setRowCount(len(rows))
        for row, (code, present, total) in enumerate(rows):
            self.counts.setItem(row, 0, QTableWidgetItem(code))
            self.counts.setItem(row, 1, QTableWidgetItem(f"{present} / {total}"))
        present_total = sum(r[1] for r in rows)
        people = len(roster.list_participants(ws))
        self.total.setText(self.tr("Present: {present} of {total}").format(
            present=present_total, total=people))


class AttendancePanel(QWidget):
    """Participants on the left, check-in and counts on the right."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        people_box = QGroupBox(self.tr("Participants"))
        QVBoxLayout(people_box).addWidget(ParticipantsTable(controller))
        self.participants: ParticipantsTable = people_box.findChild(ParticipantsTable)
        self.checkin = CheckInPanel(controller)
        splitter.addWidget(people_box)
        splitter.addWidget(self.checkin)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 420])
        layout.addWidget(splitter)
        self._refresh = Coalescer(self.load, self)
        controller.data_changed.connect(self._on_change)

    def _on_change(self, change) -> None:
        if change.entity in _ENTITIES:
            self._refresh.trigger()

    def load(self) -> None:
        """Reload participants, days and counts."""
        self.participants.load()
        self.checkin.load()
