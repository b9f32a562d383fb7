"""Agenda runner view: the event's days as lists of steps (planned and actual times), the
current step highlighted with its big timer, the runner buttons, notes and decisions per
step, who sees the names on a step's phone entries, and editing of the agenda (add, remove,
reorder, durations, titles). The timer and notes panels are in ``agenda_panels.py``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyle,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.model import STEP_KINDS
from smartbimtek.rules import agenda as rules
from smartbimtek.services import agenda as agenda_service
from smartbimtek.services import plan as plan_service

from .. import runner
from ..controller import Controller
from ..labels import day_label, event_label, step_kind_label, step_state_label
from ..widgets.common import (
    Coalescer,
    bold_label,
    plain_tooltip,
)
from .agenda_panels import NotesPanel, TimerPanel

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


def _clock_text(iso_text: str | None) -> str:
    return iso_text[11:16] if iso_text and len(iso_text) >= 16 else ""


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
        # the splitter and the window resize the table, not only this view: refit on its own size
        self.table.viewport().installEventFilter(self)
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
        # on a short screen (150% scaling) the notes scroll; the timer and its buttons stay
        # at the top, in view
        self.right_scroll = QScrollArea()
        self.right_scroll.setWidgetResizable(True)
        self.right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.right_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.right_scroll.setWidget(right)
        self.right_scroll.setMinimumWidth(right.minimumSizeHint().width() + self.style(
            ).pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))
        splitter.addWidget(self.right_scroll)
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Refit the columns whenever the table's viewport changes size (splitter, window)."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

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
