"""The agenda view's right-hand panels: the running step's timer with its buttons, and the
notes, decisions and follow-ups of a step (the running one while a step runs)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.model import NOTE_KINDS
from smartbimtek.rules import agenda as rules
from smartbimtek.services import agenda as agenda_service

from .. import runner
from ..controller import Controller
from ..labels import note_kind_label
from ..widgets.common import bold_label, plain_label, scaled_font, set_phase_style

_ROLE_ID = Qt.ItemDataRole.UserRole
#: Pixel size of the big countdown (smaller only when its box is too narrow).
TIMER_PIXELS = 76
PAUSED_BUTTON_STYLE = "background: #f9a825; color: black; font-weight: bold;"


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
        self.timer.setFont(scaled_font(self.font(), TIMER_PIXELS, bold=True))
        self.timer.setMinimumHeight(110)
        self.timer.setMinimumWidth(1)  # the digits shrink to the box (``_fit_timer``)
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
        # as wide as its longer (bold, highlighted) text, so the panel does not grow on pause
        bold = QFont(self.pause_button.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        self.pause_button.setMinimumWidth(24 + max(
            metrics.horizontalAdvance(text) for text in (self.tr("Pause timer"),
                                                          self.tr("Resume timer"))))
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

    def _fit_timer(self) -> None:
        """The countdown's digits fit its box ("120:00" on a narrow panel too)."""
        room = self.timer.width() - 16
        if room <= 0:
            return
        font = scaled_font(self.font(), TIMER_PIXELS, bold=True)
        width = QFontMetrics(font).horizontalAdvance(self.timer.text())
        if width > room:
            font = scaled_font(self.font(), max(20, TIMER_PIXELS * room // width), bold=True)
        if font.pixelSize() != self.timer.font().pixelSize():
            self.timer.setFont(font)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_timer()

    def update_timer(self) -> None:
        """Redraw the countdown (called four times a second)."""
        if not self.isVisible() and self.step is not None:
            return
        state = runner.timer_state(self.controller, self.step)
        if self.timer.text() != state.text:
            self.timer.setText(state.text)
            self._fit_timer()
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
                                                  step_id=note.step_id, owner=note.owner,
                                                  due_date=note.due_date).id

        self.controller.run(self.tr("Delete note"),
                            lambda: agenda_service.delete_note(ws, state["id"]), undo)
        self.load()
