"""The strip at the top of the console: the current step with its timer, and what the
projector shows (the facilitator "sends" a board to the projector from here; a SWOT is one
OPD's or, when the bimtek has shared groups, one group's: ``"group:<id>"``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from smartbimtek.services import roster

from . import runner
from .actions import Actions
from .controller import Controller
from .widgets.common import Coalescer, plain_label, plain_tooltip, scaled_font, set_phase_style


def is_demo(path: str | Path) -> bool:
    """True when ``path`` is the app's demo workshop (marked DEMO in the console)."""
    from . import file_menu

    try:
        return Path(path).resolve() == file_menu.demo_path().resolve()
    except OSError:
        return False


#: Pixels between the timer controls (+5) and "Next step".
NEXT_GAP = 18


class RunBar(QFrame):
    """Current step, countdown, runner buttons, projector board chooser and toggle."""

    def __init__(self, controller: Controller, actions: Actions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.step = None
        self.setObjectName("runBar")
        self.setStyleSheet(
            "#runBar { background: #102a43; } #runBar QLabel { color: white; }"
            "#runBar QToolButton[attention=\"true\"] { background: #f9a825; color: black;"
            " font-weight: bold; border-radius: 4px; padding: 2px 6px; }"
            "#runBar QLabel#demoMarker { background: #e65100; color: white; font-weight: bold;"
            " border-radius: 4px; padding: 2px 5px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        self.timer = QLabel("--:--")
        self.timer.setFont(scaled_font(self.font(), 26, bold=True))
        self.timer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer.setMinimumWidth(110)
        self.step_label = plain_label()
        self.step_label.setFont(scaled_font(self.font(), 15, bold=True))
        self.step_label.setMinimumWidth(1)  # the agenda view shows it too: it gives way first
        self.demo_label = QLabel(self.tr("DEMO"))
        self.demo_label.setObjectName("demoMarker")
        self.demo_label.setToolTip(self.tr("This is the demo workshop: example data to try "
                                           "things out."))
        self.demo_label.setVisible(False)
        layout.addWidget(self.demo_label)
        layout.addWidget(self.timer)
        layout.addWidget(self.step_label, 1)
        # "Resume timer" and "Next step" never sit side by side: one mis-click would end the
        # step. The timer controls come first, the extensions separate them from "Next step".
        self.app_actions = actions
        self._buttons: dict[QAction, QToolButton] = {}
        for action in (actions.previous_step, actions.pause, actions.extend_1, actions.extend_5,
                       None, actions.next_step):
            if action is None:
                layout.addSpacing(NEXT_GAP)
                continue
            button = QToolButton()
            button.setDefaultAction(action)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            layout.addWidget(button)
            self._buttons[action] = button
        layout.addSpacing(10)
        self.board_box = QComboBox()  # beside "Projector (F5)": no label of its own (1024 px)
        self.board_box.setToolTip(self.tr("What the projector shows"))
        self.board_box.setAccessibleName(self.tr("Projector:"))
        self.board_box.addItem(self.tr("Agenda of the day"), ("agenda", None))
        self.board_box.addItem(self.tr("SWOT of one OPD"), ("swot", None))
        self.board_box.addItem(self.tr("SWOT overview by dimension"), ("overview", "dimension"))
        self.board_box.addItem(self.tr("SWOT overview by component"), ("overview", "component"))
        self.board_box.addItem(self.tr("Priority matrix"), ("matrix", None))
        self.board_box.addItem(self.tr("Quick win list"), ("quickwins", None))
        self.board_box.addItem(self.tr("Join panel (phones)"), ("join", None))
        self.board_box.addItem(self.tr("Road map"), ("roadmap", None))
        self.board_box.addItem(self.tr("Keywords & vision"), ("keywords", None))
        self.board_box.addItem(self.tr("Program coverage"), ("coverage", None))
        self.board_box.addItem(self.tr("Review of the master plan"), ("review", None))
        self.board_box.addItem(self.tr("Joint commitment"), ("commitment", None))
        # sized to a short name, not to the longest board name: the bar fits 1024 px
        self.board_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.board_box.setMinimumContentsLength(10)
        self.opd_box = QComboBox()
        self.opd_box.setMinimumWidth(110)
        # an OPD code's width, not a long group name's: the bar fits 1024 px (the list is wider)
        self.opd_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.opd_box.setMinimumContentsLength(10)
        layout.addWidget(self.board_box)
        layout.addWidget(self.opd_box)
        toggle = QToolButton()
        toggle.setDefaultAction(actions.projector)
        toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(toggle)
        self.board_box.activated.connect(lambda _i: self.send())
        self.opd_box.activated.connect(lambda _i: self.send())
        self._refresh = Coalescer(self.load, self)
        controller.step_changed.connect(self.load)
        controller.workshop_opened.connect(self.load)
        controller.data_changed.connect(self._on_change)
        controller.tick.connect(self.update_timer)
        controller.projector_board.connect(self._follow_board)
        self.opd_box.setVisible(False)
        self._groups_held = False
        self.load()
        self._follow_board(*controller.board)

    def hold_groups(self) -> None:
        """Leave the shared groups out of the SWOT chooser while it is hidden, until
        ``release_groups`` (the app holds them while its first window is built: the groups
        service costs ~10 ms of the start). Showing the chooser lists them at once."""
        self._groups_held = True

    def release_groups(self) -> None:
        """List the shared groups in the SWOT chooser again (now, if they were held)."""
        if self._groups_held:
            self._groups_held = False
            self.load()

    def _on_change(self, change) -> None:
        if change.entity in ("opd", "setting", "event", "group"):
            self._refresh.trigger()

    def load(self) -> None:
        """Read the current step and the OPD list (then the shared groups, if any)."""
        self.step = runner.current_step(self.controller)
        self.step_label.setText(self.step.title if self.step else self.tr("No step running"))
        self.step_label.setToolTip(plain_tooltip(self.step.title) if self.step else "")
        ws = self.controller.ws
        self.demo_label.setVisible(ws is not None and is_demo(ws.path))
        chosen = self.opd_box.currentData()
        self.opd_box.clear()
        if ws is not None:
            for opd in roster.list_opds(ws):
                self.opd_box.addItem(opd.code, opd.id)
        if ws is not None and not self._groups_held:
            from smartbimtek.services import groups

            shared = groups.shared_groups(ws)
            if shared:
                self.opd_box.insertSeparator(self.opd_box.count())
            for group in shared:  # the projector's SWOT of a group (kelompok)
                self.opd_box.addItem(self.tr("Group: {0}").format(group.name),
                                     f"group:{group.id}")
                self.opd_box.setItemData(self.opd_box.count() - 1, plain_tooltip(group.name),
                                         Qt.ItemDataRole.ToolTipRole)
        board_kind, board_param = self.controller.board
        if board_kind == "swot" and board_param is not None:
            chosen = board_param  # what the room sees
        self.opd_box.setCurrentIndex(max(0, self.opd_box.findData(chosen)))
        self._mark_pause_button()
        self.update_timer()

    def button_for(self, action: QAction) -> QToolButton:
        """The run bar's button of a runner action."""
        return self._buttons[action]

    def _mark_pause_button(self) -> None:
        """While paused, "Resume timer" is highlighted (and looks unlike "Next step")."""
        button = self._buttons[self.app_actions.pause]
        paused = self.step is not None and self.step.state == "paused"
        # unset (None) is "not paused": no re-polish at start (nor Qt's style set-up with it)
        if bool(button.property("attention")) != paused:
            button.setProperty("attention", paused)
            button.style().unpolish(button)
            button.style().polish(button)

    def update_timer(self) -> None:
        """Redraw the small countdown."""
        state = runner.timer_state(self.controller, self.step)
        self.timer.setText(state.text)
        set_phase_style(self.timer, state.phase, "border-radius: 5px; padding: 0 6px;")

    def _follow_board(self, kind: str, param: object) -> None:
        """Show in the chooser what the projector shows (chosen here or elsewhere, or
        restored after a restart or a language switch)."""
        for index in range(self.board_box.count()):
            data = self.board_box.itemData(index)
            if data[0] == kind and (kind == "swot" or data[1] == param):
                self.board_box.setCurrentIndex(index)
                break
        if kind == "swot":
            self.release_groups()  # a group's SWOT may be the one shown
        self.opd_box.setVisible(kind == "swot")
        if kind == "swot" and param is not None:
            self.opd_box.setCurrentIndex(max(0, self.opd_box.findData(param)))

    def send(self) -> None:
        """Send the chosen board to the projector."""
        kind, param = self.board_box.currentData()
        if kind == "swot":
            self.release_groups()
        self.opd_box.setVisible(kind == "swot")
        if kind == "swot":
            param = self.opd_box.currentData()
        self.controller.show_on_projector(kind, param)

    def choose(self, kind: str, param: object = None) -> None:
        """Select a board in the chooser and send it (used by tests and menus)."""
        for index in range(self.board_box.count()):
            data = self.board_box.itemData(index)
            if data[0] == kind and (kind == "swot" or data[1] == param):
                self.board_box.setCurrentIndex(index)
                break
        if kind == "swot":
            self.release_groups()
        if kind == "swot" and param is not None:
            self.opd_box.setCurrentIndex(max(0, self.opd_box.findData(param)))
        self.send()
