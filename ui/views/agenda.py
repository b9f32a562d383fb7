"""Agenda runner view: the event's days as lists of steps (planned and actual times), the
current step highlighted with its big timer, the runner buttons, notes and decisions per
step, and editing of the agenda (add, remove, reorder, durations, titles)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont
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
    QSpinBox,
    QSplitter,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.model import NOTE_KINDS, STEP_KINDS
from smartbimtek.rules import agenda as rules
from smartbimtek.services import agenda as agenda_service
from smartbimtek.services import plan as plan_service

from .. import runner
from ..controller import Controller
from ..labels import day_label, event_label, note_kind_label, step_kind_label, step_state_label
from ..widgets.common import (
    Coalescer,
    bold_label,
    plain_label,
    plain_tooltip,
    scaled_font,
    set_phase_style,
)

_ROLE_ID = Qt.ItemDataRole.UserRole
_ENTITIES = {"agenda_step", "event", "note", "setting"}
_COL_PLANNED, _COL_MINUTES, _COL_STEP, _COL_KIND, _COL_ACTUAL, _COL_STATUS = range(6)
#: Who sees the names on a step's phone entries (``smartbimtek.model.ANONYMITY``).
ANONYMITY_CHOICES = (
    ("named", QT_TRANSLATE_NOOP("AgendaView", "Named")),
    ("facilitator", QT_TRANSLATE_NOOP("AgendaView", "Names for the facilitator only")),
    ("anonymous", QT_TRANSLATE_NOOP("AgendaView", "Anonymous (no names)")),
)
#: Narrowest Step column before the Kind column steps aside.
MIN_STEP_WIDTH = 140
CURRENT_ROW = QColor("#fff3c4")
DONE_TEXT = QColor("#607d8b")
PAUSED_BUTTON_STYLE = "background: #f9a825; color: black; font-weight: bold;"


def _clock_text(iso_text: str | None) -> str:
    return iso_text[11:16] if iso_text and len(iso_text) >= 16 else ""


class TimerPanel(QWidget):
    """The current step's title, its big countdown coloured by phase, and the runner buttons."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.step = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = bold_label("", 4)
        self.title.setWordWrap(True)
        self.timer = QLabel("--:--")
        self.timer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer.setFont(scaled_font(self.font(), 76, bold=True))
        self.timer.setMinimumHeight(110)
        self.status = plain_label()
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.timer)
        layout.addWidget(self.status)
        # Two rows: the timer (pause/resume, +1, +5) above, moving between steps below, so
        # that "Resume timer" and "Next step" are never side by side.
        timer_row, step_row = QHBoxLayout(), QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Previous step"))
        self.pause_button = QPushButton(self.tr("Pause timer"))
        self.next_button = QPushButton(self.tr("Next step ▶"))
        self.next_button.setToolTip(self.tr("End this step and start the next one"))
        self.plus1 = QPushButton(self.tr("+1 min"))
        self.plus5 = QPushButton(self.tr("+5 min"))
        for row, button in ((timer_row, self.pause_button), (timer_row, self.plus1),
                            (timer_row, self.plus5), (step_row, self.previous_button),
                            (step_row, None), (step_row, self.next_button)):
            if button is None:
                row.addStretch(1)
                continue
            button.setMinimumHeight(36)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space stays the global shortcut
            row.addWidget(button)
        timer_row.setStretch(0, 2)
        layout.addLayout(timer_row)
        layout.addSpacing(10)
        layout.addLayout(step_row)
        self.previous_button.clicked.connect(lambda: runner.previous_step(controller))
        self.pause_button.clicked.connect(lambda: runner.toggle_pause(controller))
        self.next_button.clicked.connect(lambda: runner.next_step(controller))
        self.plus1.clicked.connect(lambda: runner.extend(controller, 1))
        self.plus5.clicked.connect(lambda: runner.extend(controller, 5))
        controller.tick.connect(self.update_timer)

    def set_step(self, step) -> None:
        """Show ``step`` (the current one, or None)."""
        self.step = step
        if step is None:
            self.title.setText(self.tr("No step is running. Press Next (→) to start."))
        else:
            self.title.setText(step.title)
        has_step = step is not None
        for button in (self.pause_button, self.plus1, self.plus5):
            button.setEnabled(has_step)
        paused = has_step and step.state == "paused"
        self.pause_button.setText(self.tr("Resume timer") if paused
                                  else self.tr("Pause timer"))
        self.pause_button.setStyleSheet(PAUSED_BUTTON_STYLE if paused else "")
        self.update_timer()

    def update_timer(self) -> None:
        """Redraw the countdown (called four times a second)."""
        if not self.isVisible() and self.step is not None:
            return
        state = runner.timer_state(self.controller, self.step)
        self.timer.setText(state.text)
        set_phase_style(self.timer, state.phase, "border-radius: 8px;")
        if state.step is None:
            self.status.setText("")
        elif state.paused:
            self.status.setText(self.tr("Paused: ends about {end} if resumed now").format(
                end=rules.expected_end_text(state.step, self.controller.ws.clock())))
        elif state.phase == "overrun":
            self.status.setText(self.tr("Over time"))
        else:
            self.status.setText(self.tr("Planned {minutes} min, ends about {end}").format(
                minutes=round(rules.total_seconds(state.step) / 60),
                end=rules.expected_end_text(state.step, self.controller.ws.clock())))


class NotesPanel(QGroupBox):
    """Notes, decisions and follow-ups of one step: the running step while one runs (a
    decision typed during the discussion never lands on a row selected to look ahead), the
    selected row when nothing runs or when the facilitator asks for it."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.step = None
        self.running = None
        self.selected = None
        self._show_selected = False
        self.setTitle(self.tr("Notes and decisions"))
        layout = QVBoxLayout(self)
        # the step's title wraps here (a group box title would widen the whole view)
        self.step_title = plain_label()
        self.step_title.setWordWrap(True)
        layout.addWidget(self.step_title)
        switch = QHBoxLayout()
        self.selected_button = QPushButton(self.tr("Show the selected step's notes"))
        self.running_button = QPushButton(self.tr("Back to the running step"))
        for button in (self.selected_button, self.running_button):
            button.setVisible(False)
            switch.addWidget(button)
        switch.addStretch(1)
        layout.addLayout(switch)
        self.selected_button.clicked.connect(lambda: self._choose(True))
        self.running_button.clicked.connect(lambda: self._choose(False))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Type a note or decision, then Enter"))
        layout.addWidget(self.text)
        entry = QHBoxLayout()
        self.kind = QComboBox()
        for kind in NOTE_KINDS:
            self.kind.addItem(note_kind_label(kind), kind)
        self.add_button = QPushButton(self.tr("Add"))
        self.delete_button = QPushButton(self.tr("Delete selected note"))
        entry.addWidget(self.kind, 1)
        entry.addWidget(self.add_button)
        layout.addLayout(entry)
        remove = QHBoxLayout()
        remove.addStretch(1)
        remove.addWidget(self.delete_button)
        layout.addLayout(remove)
        self.add_button.clicked.connect(self.add_note)
        self.text.returnPressed.connect(self.add_note)
        self.delete_button.clicked.connect(self.delete_selected)

    def follow(self, running, selected) -> None:
        """Show the running step's notes (or the selected step's, when nothing runs or the
        facilitator chose "Show the selected step's notes")."""
        if running is None or self.running is None or running.id != self.running.id:
            self._show_selected = False  # a new running step: its notes come first
        self.running, self.selected = running, selected
        self._update()

    def _choose(self, selected: bool) -> None:
        self._show_selected = selected
        self._update()

    def _update(self) -> None:
        running, selected = self.running, self.selected
        if running is None or (self._show_selected and selected is not None):
            step = selected
        else:
            step = running
        on_running = running is not None and step is not None and step.id == running.id
        other = running is not None and selected is not None and selected.id != running.id
        self.selected_button.setVisible(other and on_running)
        self.running_button.setVisible(running is not None and not on_running)
        self.set_step(step)

    def set_step(self, step) -> None:
        """Show the notes of ``step``."""
        self.step = step
        if step is None:
            self.step_title.setText("")
        elif self.running is not None and step.id != self.running.id:
            self.step_title.setText(self.tr("{title} (not the running step)").format(
                title=step.title))
        else:
            self.step_title.setText(step.title)
        self.step_title.setVisible(step is not None)
        self.load()

    def load(self) -> None:
        """Reload the list."""
        self.list.clear()
        ws = self.controller.ws
        if ws is None or self.step is None:
            return
        for note in agenda_service.list_notes(ws, self.step.event_id, self.step.id):
            item = QListWidgetItem(f"[{note_kind_label(note.kind)}] {note.text}")
            item.setData(_ROLE_ID, note.id)
            self.list.addItem(item)

    def add_note(self) -> None:
        """Add the typed note to the step (undoable)."""
        ws, step = self.controller.ws, self.step
        if ws is None or step is None:
            return
        text, kind = self.text.text(), self.kind.currentData()
        result = self.controller.run(
            self.tr("Add note"),
            lambda: agenda_service.add_note(ws, step.event_id, text, kind=kind, step_id=step.id),
            lambda c: agenda_service.delete_note(ws, c.result.id))
        if result is not None:
            self.text.clear()
        self.load()

    def delete_selected(self) -> None:
        """Delete the selected note (undo adds it back)."""
        ws, step = self.controller.ws, self.step
        item = self.list.currentItem()
        if ws is None or step is None or item is None:
            return
        note = next(n for n in agenda_service.list_notes(ws, step.event_id, step.id)
                    if n.id == item.data(_ROLE_ID))
        state = {"id": note.id}

        def undo(_command):
            state["id"] = agenda_service.add_note(ws, note.event_id, note.text, kind=note.kind,
                                                  step_id=note.step_id).id

        self.controller.run(self.tr("Delete note"),
                            lambda: agenda_service.delete_note(ws, state["id"]), undo)
        self.load()


class AgendaView(QWidget):
    """The Agenda view of the console."""

    HEADERS = ("Planned", "Min", "Step", "Kind", "Actual", "Status")

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.steps: list = []
        self.current = None
        self._shown_current: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.heading = bold_label("", 3)
        layout.addWidget(self.heading)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.days = QTabBar()
        self.days.setExpanding(False)
        left_layout.addWidget(self.days)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr("Planned"), self.tr("Min"),
                                              self.tr("Step"), self.tr("Kind"),
                                              self.tr("Actual"), self.tr("Status")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        left_layout.addWidget(self.table, 1)
        edit_row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start this step"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.delete_button = QPushButton(self.tr("Remove"))
        for button in (self.start_button, self.up_button, self.down_button, self.delete_button):
            edit_row.addWidget(button)
        edit_row.addStretch(1)
        left_layout.addLayout(edit_row)
        names_row = QHBoxLayout()
        self.anonymity_label = QLabel(self.tr("Names on phone entries:"))
        self.anonymity = QComboBox()
        for value, text in ANONYMITY_CHOICES:
            self.anonymity.addItem(self.tr(text), value)
        self.anonymity.setToolTip(self.tr(
            "Named: everyone sees who wrote an entry. Facilitator only: names are kept for "
            "the facilitator. Anonymous: no name is asked or stored."))
        names_row.addWidget(self.anonymity_label)
        names_row.addWidget(self.anonymity, 1)
        left_layout.addLayout(names_row)
        add_row = QHBoxLayout()
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("New step title"))
        self.new_minutes = QSpinBox()
        self.new_minutes.setRange(1, 600)
        self.new_minutes.setValue(30)
        self.new_minutes.setSuffix(self.tr(" min"))
        self.new_kind = QComboBox()
        for kind in STEP_KINDS:
            self.new_kind.addItem(step_kind_label(kind), kind)
        self.add_button = QPushButton(self.tr("Add step"))
        add_row.addWidget(self.new_title, 1)
        add_row.addWidget(self.new_minutes)
        add_row.addWidget(self.new_kind)
        add_row.addWidget(self.add_button)
        left_layout.addLayout(add_row)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.timer_panel = TimerPanel(controller)
        right_layout.addWidget(self.timer_panel)
        self.notes = NotesPanel(controller)
        right_layout.addWidget(self.notes, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.days.currentChanged.connect(lambda _i: self.show_day())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemChanged.connect(self._cell_changed)
        self.start_button.clicked.connect(self.start_selected)
        self.anonymity.activated.connect(lambda _i: self.set_anonymity(
            self.anonymity.currentData()))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.delete_button.clicked.connect(self.delete_selected)
        self.add_button.clicked.connect(self.add_step)
        self.new_title.returnPressed.connect(self.add_step)
        self._refresh = Coalescer(self.load, self)
        self._loading = False
        controller.workshop_opened.connect(self.load)
        controller.data_changed.connect(self._on_change)
        if controller.ws is not None:
            self.load()

    # -- loading --------------------------------------------------------------------------
    def _on_change(self, change) -> None:
        if change.entity in _ENTITIES:
            self._refresh.trigger()

    def load(self) -> None:
        """Reload the event, its steps and the current step."""
        ws = self.controller.ws
        if ws is None:
            return
        event = plan_service.current_event(ws)
        if event is None:
            self.heading.setText(self.tr("No event yet: add one in Workshop > Event."))
            self.steps, self.current = [], None
        else:
            self.heading.setText(event_label(event))
            self.steps = agenda_service.list_steps(ws, event.id)
            self.current = agenda_service.current_step(ws, event.id)
            self.days.blockSignals(True)
            while self.days.count() > event.days:
                self.days.removeTab(self.days.count() - 1)
            dates = plan_service.event_dates(event)
            for day in range(1, event.days + 1):
                date = dates[day - 1]
                text = day_label(day) + (f" ({date.strftime('%d-%m')})" if date else "")
                if self.days.count() < day:
                    self.days.addTab(text)
                else:
                    self.days.setTabText(day - 1, text)
            if self.current is not None and self.current.id != self._shown_current:
                self.days.setCurrentIndex(self.current.day - 1)  # follow the running step
            self._shown_current = self.current.id if self.current else None
            self.days.blockSignals(False)
        self.timer_panel.set_step(self.current)
        self.show_day()

    def current_day(self) -> int:
        """The day whose steps are listed."""
        return self.days.currentIndex() + 1

    def show_day(self) -> None:
        """Fill the table with the chosen day's steps."""
        selected = self.selected_step()
        self._loading = True
        steps = [s for s in self.steps if s.day == self.current_day()]
        self.table.setRowCount(len(steps))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, step in enumerate(steps):
            actual = _clock_text(step.actual_start)
            if actual:
                actual += "–" + (_clock_text(step.actual_end) or "…")
            values = (f"{step.planned_start}–{rules.planned_end(step)}", str(step.minutes),
                      step.title, step_kind_label(step.kind), actual,
                      step_state_label(step.state))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(_ROLE_ID, step.id)
                if column == _COL_STEP:
                    item.setToolTip(plain_tooltip(f"{step.title}\n{step_kind_label(step.kind)}"))
                if column not in (1, 2):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if self.current is not None and step.id == self.current.id:
                    item.setBackground(QBrush(CURRENT_ROW))
                    item.setFont(bold)
                elif step.state == "done":
                    item.setForeground(QBrush(DONE_TEXT))
                self.table.setItem(row, column, item)
        self._fit_columns()
        self.table.resizeRowsToContents()
        self._loading = False
        self._select(selected.id if selected else (self.current.id if self.current else None))
        self._selection_changed()

    def _fit_columns(self) -> None:
        """Every column fits the table without scrolling: the Kind column (also in each
        step's tooltip) steps aside when the table is too narrow for it."""
        table, header = self.table, self.table.horizontalHeader()

        def need(column: int) -> int:
            return max(header.sectionSizeHint(column), table.sizeHintForColumn(column))

        fixed = sum(need(c) for c in (_COL_PLANNED, _COL_MINUTES, _COL_ACTUAL, _COL_STATUS))
        hide = fixed + need(_COL_KIND) + MIN_STEP_WIDTH > table.viewport().width()
        if table.isColumnHidden(_COL_KIND) != hide:
            table.setColumnHidden(_COL_KIND, hide)
            table.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_columns()

    def _select(self, step_id: str | None) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(_ROLE_ID) == step_id:
                self.table.selectRow(row)
                return

    def selected_step(self):
        """The step of the selected row (None when nothing is selected)."""
        rows = {i.row() for i in self.table.selectedIndexes()}
        if not rows:
            return None
        step_id = self.table.item(min(rows), 0).data(_ROLE_ID)
        return next((s for s in self.steps if s.id == step_id), None)

    def _selection_changed(self) -> None:
        step = self.selected_step()
        for button in (self.start_button, self.up_button, self.down_button, self.delete_button,
                       self.anonymity):
            button.setEnabled(step is not None)
        if step is not None:
            self.anonymity.setCurrentIndex(max(0, self.anonymity.findData(step.anonymity)))
        self.notes.follow(self.current, step)

    # -- editing --------------------------------------------------------------------------
    def _cell_changed(self, item: QTableWidgetItem) -> None:
        ws = self.controller.ws
        if self._loading or ws is None:
            return
        step = next((s for s in self.steps if s.id == item.data(_ROLE_ID)), None)
        if step is None:
            return
        if item.column() == 1:
            try:
                value: object = int(item.text())
            except ValueError:
                value = item.text()  # refused by the service with a clear message
            field, old = "minutes", step.minutes
        else:
            field, old, value = "title", step.title, item.text()
        if value != old:
            self.controller.run(
                self.tr("Edit step"),
                lambda: agenda_service.update_step(ws, step.id, **{field: value}),
                lambda _c: agenda_service.update_step(ws, step.id, **{field: old}))
        self._refresh.trigger()

    def set_anonymity(self, anonymity: str) -> None:
        """Who sees the names on the selected step's phone entries: named, facilitator only
        or anonymous (one undoable edit)."""
        ws, step = self.controller.ws, self.selected_step()
        if ws is None or step is None or anonymity == step.anonymity:
            return
        old = step.anonymity
        self.controller.run(
            self.tr("Change who sees names"),
            lambda: agenda_service.update_step(ws, step.id, anonymity=anonymity),
            lambda _c: agenda_service.update_step(ws, step.id, anonymity=old))
        self.load()

    def set_minutes(self, step_id: str, minutes: int) -> None:
        """Change a step's duration (later steps follow)."""
        ws = self.controller.ws
        step = agenda_service.get_step(ws, step_id)
        self.controller.run(
            self.tr("Change duration"),
            lambda: agenda_service.update_step(ws, step_id, minutes=minutes),
            lambda _c: agenda_service.update_step(ws, step_id, minutes=step.minutes))
        self.load()

    def add_step(self) -> None:
        """Add the typed step after the selected one (or at the end of the day)."""
        ws = self.controller.ws
        event_id = self.controller.event_id
        if ws is None or not event_id:
            return
        selected = self.selected_step()
        position = selected.position + 1 if selected and selected.day == self.current_day() \
            else None
        title, minutes, kind = self.new_title.text(), self.new_minutes.value(), \
            self.new_kind.currentData()
        day = self.current_day()
        state: dict[str, str] = {}

        def do():
            if "id" in state:
                return agenda_service.restore_step(ws, state["id"])
            step = agenda_service.add_step(ws, event_id, day, title, minutes, kind=kind,
                                           position=position)
            state["id"] = step.id
            return step

        result = self.controller.run(self.tr("Add step"), do,
                                     lambda _c: agenda_service.delete_step(ws, state["id"]))
        if result is not None:
            self.new_title.clear()
            self.load()
            self._select(result.id)

    def delete_selected(self) -> None:
        """Remove the selected step (undo puts it back)."""
        ws, step = self.controller.ws, self.selected_step()
        if ws is None or step is None:
            return
        self.controller.run(self.tr("Remove step"),
                            lambda: agenda_service.delete_step(ws, step.id),
                            lambda _c: agenda_service.restore_step(ws, step.id))
        self.load()

    def move_selected(self, delta: int) -> None:
        """Move the selected step up (-1) or down (+1); planned times follow."""
        ws, step = self.controller.ws, self.selected_step()
        if ws is None or step is None:
            return
        old = step.position
        new = max(0, old + delta)
        if new == old:
            return
        self.controller.run(self.tr("Move step"),
                            lambda: agenda_service.move_step(ws, step.id, new),
                            lambda _c: agenda_service.move_step(ws, step.id, old))
        self.load()
        self._select(step.id)

    def start_selected(self) -> None:
        """Bring everyone to the selected step (its timer starts)."""
        step = self.selected_step()
        if step is not None:
            runner.start(self.controller, step.id)
