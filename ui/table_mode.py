"""Table entry mode: a full-screen window for a laptop at a breakout table, locked to one
OPD or one group (kelompok, ``table_mode_group``: entries record the group and the OPD picked
among its members; a dimension group's entries take its dimension). Big fields and buttons for the table's SWOT items, programs and scores (and, from
``table_mode_exercises``, vision keywords and review comments), with the current step and its
remaining time on top. Leaving needs the facilitator's PIN.

Every entry is saved with ``source="table"`` (actor ``table:<OPD code>``) and appears live
on the console through the change bus. There is no way to choose another table here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartbimtek import reference
from smartbimtek.model import HORIZONS, QUADRANTS
from smartbimtek.services import programs as program_service
from smartbimtek.services import swot as swot_service

from . import runner
from .controller import Controller
from .labels import dimension_label, horizon_label, quadrant_label
from .messages import error_text
from .settings import Settings
from .table_mode_exercises import TableExercises
from .table_mode_group import TableGroup
from .widgets.common import Coalescer, plain_label, scaled_font, set_phase_style

_ROLE_ID = Qt.ItemDataRole.UserRole
SOURCE = "table"
#: Same strong colours as the SWOT boards (white text on them is readable).
QUADRANT_COLORS = {"S": "#1b5e20", "W": "#b71c1c", "O": "#0d47a1", "T": "#bf360c"}
#: Least height of the text fields and lists: the window fits a 1366x768 laptop at 150%.
SMALL_AREA = 48


class ScorePicker(QWidget):
    """Five big buttons 1..5; pressing the chosen one again clears the score (0)."""

    value_changed = Signal(int)

    def __init__(self, value: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 2, 2, 2)
        row.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for number in range(1, 6):
            button = QPushButton(str(number))
            button.setCheckable(True)
            button.setMinimumSize(42, 42)
            button.setStyleSheet("QPushButton { border: 2px solid #102a43; border-radius: 6px;"
                                 " background: white; color: #102a43; font-weight: bold; }"
                                 "QPushButton:checked { background: #102a43; color: white; }")
            button.clicked.connect(lambda _c=False, n=number: self._pressed(n))
            row.addWidget(button)
            self.buttons.append(button)
        self._value = 0
        self.set_value(value)

    def value(self) -> int:
        """The chosen score (0: none)."""
        return self._value

    def set_value(self, value: int) -> None:
        """Show ``value`` without emitting."""
        self._value = value
        for number, button in enumerate(self.buttons, start=1):
            button.setChecked(number == value)

    def _pressed(self, number: int) -> None:
        self.set_value(0 if number == self._value else number)
        self.value_changed.emit(self._value)


class TableModeWindow(QWidget):
    """The locked, full-screen entry window of one OPD's or one group's table."""

    left = Signal()

    def __init__(self, controller: Controller, settings: Settings, opd_id: str | None = None,
                 *, group_id: str | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.controller = controller
        self.settings = settings
        self.table_group = TableGroup(controller.ws, opd_id, group_id)
        self._unlocked = False
        self.step = None
        self.setWindowTitle(self.table_group.title())
        self.setObjectName("tableMode")
        font = self.font()
        font.setPixelSize(20)
        self.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addWidget(self._header())
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._swot_tab(), self.tr("SWOT items"))
        self.tabs.addTab(self._program_tab(), self.tr("Programs"))
        self.tabs.addTab(self._score_tab(), self.tr("Scores"))
        self.exercises = TableExercises(self)  # vision keywords and review comments
        self.tabs.addTab(self.exercises.keyword_tab(), self.tr("Vision keywords"))
        self.tabs.addTab(self.exercises.review_tab(), self.tr("Review comments"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._footer())
        self._refresh = Coalescer(self.load, self)
        controller.data_changed.connect(self._on_change)
        controller.step_changed.connect(self.load_step)
        controller.tick.connect(self.update_timer)
        controller.workshop_closed.connect(self.force_close)
        self.resize(1280, 800)
        self.load()
        self.load_step()

    @property
    def opd(self):
        """The OPD the table's entries are for (a group's picked member)."""
        return self.table_group.opd

    @property
    def actor(self) -> str:
        """Who writes, for the audit: ``table:<OPD code>``."""
        return f"table:{self.opd.code}"

    # -- layout -------------------------------------------------------------------------------
    def _header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("tableHeader")
        header.setStyleSheet("#tableHeader { background: #102a43; border-radius: 8px; } "
                             "#tableHeader QLabel { color: white; }")
        row = QHBoxLayout(header)
        row.setContentsMargins(10, 4, 10, 4)  # a group's header may take two lines
        texts = QVBoxLayout()
        self.opd_label = plain_label(self.table_group.header())
        self.opd_label.setFont(scaled_font(self.font(), 26, bold=True))
        self.opd_label.setWordWrap(True)
        self.step_label = plain_label()
        self.step_label.setFont(scaled_font(self.font(), 20))
        self.step_label.setWordWrap(True)
        texts.addWidget(self.opd_label)
        texts.addWidget(self.step_label)
        row.addLayout(texts, 1)
        self.timer = QLabel("--:--")
        self.timer.setFont(scaled_font(self.font(), 48, bold=True))
        self.timer.setMinimumWidth(200)
        self.timer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.timer)
        return header

    def _big_button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(52)
        return button

    def _dimension_box(self, optional: bool) -> QComboBox:
        """The dimensions to choose from; a dimension group's table has only its own."""
        box = QComboBox()
        box.setMinimumHeight(44)
        own = self.table_group.dimension
        if optional and not own:
            box.addItem(self.tr("(no dimension)"), None)
        for dim_id in [own] if own else reference.dimension_ids():
            box.addItem(dimension_label(dim_id), dim_id)
        return box

    def _swot_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        quadrants = QHBoxLayout()
        self.quadrant_group = QButtonGroup(self)
        self.quadrant_buttons: dict[str, QPushButton] = {}
        for quadrant in QUADRANTS:
            button = self._big_button(quadrant_label(quadrant))
            button.setCheckable(True)
            color = QUADRANT_COLORS[quadrant]
            button.setStyleSheet(
                f"QPushButton {{ border: 3px solid {color}; border-radius: 8px; "
                f"background: white; color: {color}; font-weight: bold; }}"
                f"QPushButton:checked {{ background: {color}; color: white; }}")
            self.quadrant_group.addButton(button)
            self.quadrant_buttons[quadrant] = button
            quadrants.addWidget(button)
        self.quadrant_buttons["S"].setChecked(True)
        layout.addLayout(quadrants)
        self.swot_dimension = self._dimension_box(optional=True)
        layout.addWidget(self.swot_dimension)
        self.swot_text = QPlainTextEdit()
        self.swot_text.setPlaceholderText(self.tr("Write one SWOT item here"))
        self.swot_text.setMaximumHeight(130)
        self.swot_text.setMinimumHeight(SMALL_AREA)
        self.swot_text.setTabChangesFocus(True)
        layout.addWidget(self.swot_text)
        buttons = QHBoxLayout()
        self.swot_add = self._big_button(self.tr("Add item"))
        self.swot_delete = self._big_button(self.tr("Delete selected item"))
        buttons.addWidget(self.swot_add, 2)
        buttons.addWidget(self.swot_delete, 1)
        layout.addLayout(buttons)
        self.swot_list = QListWidget()
        self.swot_list.setWordWrap(True)
        self.swot_list.setMinimumHeight(SMALL_AREA)
        layout.addWidget(self.swot_list, 1)
        self.swot_add.clicked.connect(self.add_swot)
        self.swot_delete.clicked.connect(self.delete_swot)
        return tab

    def _program_tab(self) -> QWidget:
        tab = QWidget()
        layout = QGridLayout(tab)
        self.program_title = QLineEdit()
        self.program_title.setPlaceholderText(self.tr("Program title"))
        self.program_title.setMinimumHeight(44)
        self.program_dimension = self._dimension_box(optional=False)
        self.program_horizon = QComboBox()
        self.program_horizon.setMinimumHeight(44)
        for horizon in HORIZONS:
            self.program_horizon.addItem(horizon_label(horizon), horizon)
        self.program_description = QPlainTextEdit()
        self.program_description.setPlaceholderText(self.tr("Short description (optional)"))
        self.program_description.setMaximumHeight(100)
        self.program_description.setMinimumHeight(SMALL_AREA)
        self.program_description.setTabChangesFocus(True)
        self.program_benefit = QPlainTextEdit()
        self.program_benefit.setPlaceholderText(self.tr("Benefit to citizens (optional)"))
        self.program_benefit.setMaximumHeight(100)
        self.program_benefit.setMinimumHeight(SMALL_AREA)
        self.program_benefit.setTabChangesFocus(True)
        self.program_add = self._big_button(self.tr("Add program"))
        self.program_list = QListWidget()
        self.program_list.setWordWrap(True)
        self.program_list.setMinimumHeight(SMALL_AREA)
        layout.addWidget(self.program_title, 0, 0, 1, 2)
        layout.addWidget(self.program_dimension, 1, 0)
        layout.addWidget(self.program_horizon, 1, 1)
        layout.addWidget(self.program_description, 2, 0)
        layout.addWidget(self.program_benefit, 2, 1)
        layout.addWidget(self.program_add, 3, 0, 1, 2)
        layout.addWidget(self.program_list, 4, 0, 1, 2)
        layout.setRowStretch(4, 1)
        self.program_add.clicked.connect(self.add_program)
        return tab

    def _score_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        hint = QLabel(self.tr("Score each program from 1 (low) to 5 (high). "
                              "Your table's scores are saved at once."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.score_dimension = self._dimension_box(optional=False)
        layout.addWidget(self.score_dimension)
        self.score_table = QTableWidget(0, 3)
        self.score_table.setHorizontalHeaderLabels([self.tr("Program"), self.tr("Impact"),
                                                    self.tr("Effort")])
        header = self.score_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.score_table.setColumnWidth(1, 250)
        self.score_table.setColumnWidth(2, 250)
        self.score_table.setWordWrap(True)
        self.score_table.verticalHeader().setVisible(False)
        self.score_table.verticalHeader().setDefaultSectionSize(54)
        self.score_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.score_table, 1)
        self.score_dimension.currentIndexChanged.connect(lambda _i: self.load_scores())
        return tab

    def _footer(self) -> QWidget:
        footer = QWidget()
        row = QHBoxLayout(footer)
        row.setContentsMargins(0, 0, 0, 0)
        # a group of several OPDs: which OPD the next entries are for (bottom left, so that
        # the tabs keep their height on a small screen)
        row.addWidget(self.table_group.picker(lambda _opd: self.load_scores()), 3)
        row.addStretch(1)
        self.pin_label = QLabel(self.tr("Facilitator PIN:"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaximumWidth(180)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.leave_button = QPushButton(self.tr("Leave table mode..."))
        for widget in (self.pin_label, self.pin, self.unlock_button):
            widget.hide()
            row.addWidget(widget)
        row.addWidget(self.leave_button)
        self.leave_button.clicked.connect(self.ask_pin)
        self.unlock_button.clicked.connect(self.try_leave)
        self.pin.returnPressed.connect(self.try_leave)
        return footer

    # -- loading ------------------------------------------------------------------------------
    def _on_change(self, change) -> None:
        if change.entity in ("swot", "program", "opd", "setting", "keyword", "comment",
                             "chapter", "group"):
            self._refresh.trigger()

    def load(self) -> None:
        """Reload this table's items, programs and scores."""
        ws = self.controller.ws
        if ws is None:
            return
        group = self.table_group.group
        mine = dict(group_id=group.id) if group else dict(opd_id=self.opd.id)
        codes = {o.id: f" · {o.code}" for o in self.table_group.opds.values()} \
            if len(self.table_group.opd_ids) > 1 else {}
        self.swot_list.clear()
        for item in swot_service.list_items(ws, **mine):
            row = QListWidgetItem(f"[{quadrant_label(item.quadrant)}] {item.text}"
                                  f"{codes.get(item.opd_id, '')}")
            row.setData(_ROLE_ID, item.id)
            row.setForeground(QColor(QUADRANT_COLORS.get(item.quadrant, "#000000")))
            self.swot_list.addItem(row)
        self.program_list.clear()
        for program in program_service.list_programs(ws, **mine):
            row = QListWidgetItem(f"{program.title} — {dimension_label(program.dimension)}"
                                  f"{codes.get(program.opd_id, '')}")
            row.setData(_ROLE_ID, program.id)
            self.program_list.addItem(row)
        self.load_scores()
        self.exercises.load()

    def load_scores(self) -> None:
        """The programs of the chosen dimension with this table's impact and effort."""
        ws = self.controller.ws
        if ws is None:
            return
        dimension = self.score_dimension.currentData()
        programs = program_service.list_programs(ws, dimension=dimension)
        mine = {(s.program_id, s.criterion): s.value
                for s in program_service.list_scores(ws, rater=self.opd.code)
                if s.rater_kind == "opd"}
        self.score_table.setRowCount(len(programs))
        for row, program in enumerate(programs):
            item = QTableWidgetItem(program.title)
            item.setData(_ROLE_ID, program.id)
            self.score_table.setItem(row, 0, item)
            for column, criterion in ((1, "impact"), (2, "effort")):
                box = ScorePicker(mine.get((program.id, criterion), 0))
                box.value_changed.connect(
                    lambda value, p=program.id, c=criterion: self.set_score(p, c, value))
                self.score_table.setCellWidget(row, column, box)

    def load_step(self) -> None:
        """The current step of the agenda (the table sees what to do now)."""
        self.step = runner.current_step(self.controller)
        self.step_label.setText(self.tr("Now: {title}").format(title=self.step.title)
                                if self.step else self.tr("Waiting for the facilitator"))
        self.update_timer()

    def update_timer(self) -> None:
        """Remaining time of the current step."""
        state = runner.timer_state(self.controller, self.step)
        self.timer.setText(state.text)
        set_phase_style(self.timer, state.phase, "border-radius: 8px;")

    # -- entries ------------------------------------------------------------------------------
    def _show(self, text: str, error: bool) -> None:
        color = "#b71c1c" if error else "#1b5e20"
        self.message.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.message.setText(text)
        self.message.show()

    def _call(self, fn, *args, **kwargs):
        """Run a service for this table; refusals are shown here, in big type."""
        errors: list = []
        self.controller.error_raised.connect(errors.append)
        try:
            result = self.controller.call(fn, *args, **kwargs)
        finally:
            self.controller.error_raised.disconnect(errors.append)
        if errors:
            self._show(error_text(errors[0]), error=True)
        return result

    def chosen_quadrant(self) -> str:
        """The quadrant button that is pressed."""
        return next(q for q, b in self.quadrant_buttons.items() if b.isChecked())

    def add_swot(self) -> None:
        """Save the typed SWOT item for this table's OPD."""
        ws = self.controller.ws
        item = self._call(swot_service.add_item, ws, self.opd.id, self.chosen_quadrant(),
                          self.swot_text.toPlainText(),
                          dimension=self.swot_dimension.currentData(),
                          component=self.table_group.component, source=SOURCE,
                          actor=self.actor, group_id=self.table_group.group_id())
        if item is not None:
            self.swot_text.clear()
            self._show(self.tr("Saved."), error=False)
            self.swot_text.setFocus()

    def delete_swot(self) -> None:
        """Delete the selected item of this table."""
        row = self.swot_list.currentItem()
        if row is not None:
            self._call(swot_service.delete_item, self.controller.ws, row.data(_ROLE_ID),
                       source=SOURCE, actor=self.actor)

    def add_program(self) -> None:
        """Save the typed program for this table's OPD."""
        ws = self.controller.ws
        program = self._call(program_service.add_program, ws, self.opd.id,
                             self.program_title.text(), self.program_dimension.currentData(),
                             horizon=self.program_horizon.currentData(),
                             description=self.program_description.toPlainText(),
                             benefit=self.program_benefit.toPlainText(),
                             source=SOURCE, actor=self.actor,
                             group_id=self.table_group.group_id())
        if program is not None:
            self.program_title.clear()
            self.program_description.clear()
            self.program_benefit.clear()
            self._show(self.tr("Saved."), error=False)

    def set_score(self, program_id: str, criterion: str, value: int) -> None:
        """This table's score of a program (0 clears it). Scores stay per OPD (the picked
        OPD of a group) and record the group."""
        self._call(program_service.set_score, self.controller.ws, program_id, self.opd.code,
                   criterion, value or None, rater_kind="opd", source=SOURCE,
                   actor=self.actor, group_id=self.table_group.group_id())

    # -- leaving ------------------------------------------------------------------------------
    def ask_pin(self) -> None:
        """Show the PIN field."""
        for widget in (self.pin_label, self.pin, self.unlock_button):
            widget.show()
        self.leave_button.hide()
        self.pin.setFocus()

    def try_leave(self) -> bool:
        """Leave when the typed PIN is the facilitator's."""
        if self.settings.check_pin(self.pin.text()):
            self._unlocked = True
            self.close()
            return True
        self.pin.clear()
        self._show(self.tr("Wrong PIN. Ask the facilitator."), error=True)
        return False

    def force_close(self) -> None:
        """Close without the PIN (the console itself closes or the workshop is closed)."""
        self._unlocked = True
        self.close()

    @property
    def locked(self) -> bool:
        """True until the facilitator's PIN was entered."""
        return not self._unlocked

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.ask_pin()  # Esc never leaves by itself
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.locked:
            event.ignore()
            self.ask_pin()
            return
        event.accept()
        for signal, slot in ((self.controller.data_changed, self._on_change),
                             (self.controller.step_changed, self.load_step),
                             (self.controller.tick, self.update_timer),
                             (self.controller.workshop_closed, self.force_close)):
            signal.disconnect(slot)
        self.left.emit()
        self.deleteLater()
