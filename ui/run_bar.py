"""The strip at the top of the console: the current step with its timer, and what the
projector shows (the facilitator "sends" a board to the projector from here; a SWOT is one
OPD's or, when the bimtek has shared groups, one group's: ``"group:<id>"``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QWidget,
)

from smartbimtek.services import roster

from . import runner
from .actions import Actions
from .controller import Controller
from .widgets.common import Coalescer, plain_tooltip, scaled_font, set_phase_style


def is_demo(path: str | Path) -> bool:
    """True when ``path`` is the app's demo workshop (marked DEMO in the console)."""
    from . import file_menu

    try:
        return Path(path).resolve() == file_menu.demo_path().resolve()
    except OSError:
        return False


#: Pixels between the timer controls (+5) and "Next step".
NEXT_GAP = 18
#: The step title keeps about this many characters (or its whole text, if shorter) while
#: the board chooser can still be narrowed; below that the title gives way first.
TITLE_CHARS = 12


def elide_at_word(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` if it fits ``width``, else its longest run of whole words (trailing
    punctuation dropped) followed by "…"; cut mid-word, with "…", only when whole words
    would fill less than half the room."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split(" ")
    for count in range(len(words) - 1, 0, -1):
        head = " ".join(words[:count]).rstrip(" ,;:.–-")
        shown = head + "…"
        if head and metrics.horizontalAdvance(shown) <= width:
            if metrics.horizontalAdvance(shown) * 2 >= width:
                return shown
            break
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, width))


class TitleLabel(QLabel):
    """The step title: plain text on one line that gives way to the other controls and,
    when it does not fit, ends in "…" at a word (``text()`` stays the whole title; the
    caller puts it in the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def floor_width(self) -> int:
        """About ``TITLE_CHARS`` characters (the whole title if shorter): the width kept
        before the board chooser is narrowed."""
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        return min(metrics.horizontalAdvance(self.text()),
                   metrics.averageCharWidth() * TITLE_CHARS) + margins.left() + margins.right()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """A short preferred width: the title takes the room the other controls leave."""
        return QSize(self.floor_width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """One pixel: the agenda view shows the title too, so it gives way first."""
        return QSize(1, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """The text as drawn at the label's present width."""
        return elide_at_word(self.fontMetrics(), self.text(), self.contentsRect().width())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        """Draw the (elided) title with the label's alignment and colours."""
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment().value),
                                  self.palette(), self.isEnabled(), self.shown_text(),
                                  self.foregroundRole())


class BoardBox(QComboBox):
    """The projector board chooser: as wide as its longest board name when the bar has the
    room, narrower (down to a short name) when it has not; then the name ends in "…" and the
    tooltip names the board in full."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Room for the longest entry."""
        hint = super().sizeHint()
        longest = max((self.fontMetrics().horizontalAdvance(self.itemText(i))
                       for i in range(self.count())), default=0)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                             QSize(longest, hint.height()), self)
        return QSize(max(hint.width(), size.width()), hint.height())

    def _field_width(self) -> int:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()

    def shown_text(self) -> str:
        """The current board's name as drawn at the box's present width."""
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight,
                                             self._field_width())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        """Draw the frame and the current name, elided with "…" when it does not fit."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.shown_text()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


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
        self.step_label = TitleLabel()  # the agenda view shows it too: it gives way first
        self.step_label.setFont(scaled_font(self.font(), 15, bold=True))
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
        self.board_box = BoardBox()  # beside "Projector (F5)": no label of its own (1024 px)
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
        # as wide as the longest name when there is room, down to a short name (elided)
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
        self.board_box.currentIndexChanged.connect(lambda _i: self._board_tooltip())
        self._board_tooltip()
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

    def event(self, event) -> bool:
        """After each layout pass, share the room left between the title and the chooser."""
        handled = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self._share_room()
        return handled

    def _share_room(self) -> None:
        """The board chooser is as wide as its longest name while the step title keeps its
        ``floor_width``; with less room the chooser narrows (down to its least width, the
        name then elided), and only then the title gives way."""
        box, title = self.board_box, self.step_label
        full, least = box.sizeHint().width(), box.minimumSizeHint().width()
        now = min(full, box.maximumWidth())
        others = self.layout().sizeHint().width() - now - title.sizeHint().width()
        width = max(least, min(full, self.width() - others - title.floor_width()))
        if width != box.maximumWidth():
            box.setMaximumWidth(width)

    def _board_tooltip(self) -> None:
        """The chooser's tooltip names the board shown in full (its text may be elided)."""
        self.board_box.setToolTip(self.tr("What the projector shows: {0}").format(
            self.board_box.currentText()))

    def board_text_elided(self) -> bool:
        """True when the chooser draws the board's name shortened with "…"."""
        return self.board_box.shown_text() != self.board_box.currentText()

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
