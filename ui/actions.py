"""Every global action of the facilitator console, with its shortcut, in one place.

The main window connects the actions' ``triggered`` signals to its handlers and adds them to
its menus; the projector window adds the agenda actions too, so that Space, Left and Right
work whichever of the two windows has the focus. Which actions are enabled is computed only
in ``Actions.refresh()``.

Keyboard (facilitator): Space pause/resume, Right next step, Left previous step, F5 projector,
Ctrl++ / Ctrl+- projector font, Ctrl+1..6 views, standard keys for new, open, undo, redo
(both Ctrl+Y and Ctrl+Shift+Z), quit.
Text fields keep Space, Left and Right for typing (Qt gives the key to the focused editor).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from smartbimtek.services import agenda as agenda_service

from .controller import Controller
from .i18n import LANGUAGES, language_name
from .widgets.common import literal_mnemonic, set_action_text


def _unique_keys(keys: list[QKeySequence]) -> list[QKeySequence]:
    """``keys`` without repeats (the first occurrence kept), empty sequences left out."""
    seen: set[str] = set()
    result = []
    for key in keys:
        text = key.toString()
        if text and text not in seen:
            seen.add(text)
            result.append(key)
    return result


class Actions(QObject):
    """The QActions of the app. Create once per main window (``parent``)."""

    def __init__(self, parent: QObject, controller: Controller) -> None:
        super().__init__(parent)
        self.controller = controller
        self._window = parent
        add = self._make

        # File
        self.new = add(self.tr("&New workshop..."), QKeySequence.StandardKey.New)
        self.open = add(self.tr("&Open..."), QKeySequence.StandardKey.Open)
        self.open_demo = add(self.tr("Open the &demo workshop"))
        self.save_copy = add(self.tr("Save a &copy..."), QKeySequence.StandardKey.SaveAs)
        self.backup_now = add(self.tr("&Back up now"))
        self.restore_backup = add(self.tr("&Restore a backup..."))
        self.export = add(self.tr("&Export documents..."), QKeySequence("Ctrl+E"))
        self.worksheets = add(self.tr("OPD &worksheets (kertas kerja)..."))
        self.table_mode = add(self.tr("&Table entry mode..."), QKeySequence("Ctrl+T"))
        self.close_workshop = add(self.tr("&Close workshop"), QKeySequence.StandardKey.Close)
        self.quit = add(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        # Edit
        self.undo = add(self.tr("&Undo"), QKeySequence.StandardKey.Undo)
        self.redo = add(self.tr("&Redo"), QKeySequence.StandardKey.Redo)
        # the platform's redo key (Ctrl+Shift+Z on Linux) and Ctrl+Y, which the guide promises
        self.redo.setShortcuts(_unique_keys([*QKeySequence.keyBindings(
            QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]))

        # Agenda runner
        self.pause = add(self.tr("&Pause / resume timer"), QKeySequence(Qt.Key.Key_Space))
        self.next_step = add(self.tr("&Next step"), QKeySequence(Qt.Key.Key_Right))
        self.previous_step = add(self.tr("P&revious step"), QKeySequence(Qt.Key.Key_Left))
        self.extend_1 = add(self.tr("+1 minute"), QKeySequence("Ctrl+Up"))
        self.extend_5 = add(self.tr("+5 minutes"), QKeySequence("Ctrl+Shift+Up"))
        self.previous_step.setIconText("◀")  # rarely used (and Left arrow): a narrow button
        self.previous_step.setToolTip(self.tr("Back to the previous step (Left arrow)"))
        self.next_step.setIconText(self.tr("Next step ▶"))
        self.next_step.setToolTip(self.tr("End this step and start the next one (Right arrow)"))
        self.extend_1.setIconText("+1")
        self.extend_5.setIconText("+5")
        self.runner_actions = [self.pause, self.next_step, self.previous_step, self.extend_1,
                               self.extend_5]

        # View / projector
        self.projector = add(self.tr("&Projector window"), QKeySequence(Qt.Key.Key_F5))
        self.projector.setCheckable(True)
        self.projector.setIconText(self.tr("Projector (F5)"))
        self.font_bigger = add(self.tr("Projector text &larger"), QKeySequence("Ctrl++"))
        self.font_smaller = add(self.tr("Projector text &smaller"), QKeySequence("Ctrl+-"))
        self.font_reset = add(self.tr("Projector text &normal size"), QKeySequence("Ctrl+0"))
        self.view_actions: list[QAction] = []

        # Settings
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = add(language_name(lang))
            action.setCheckable(True)
            action.setData(lang)
            self.language_group.addAction(action)
            self.language_actions[lang] = action
        self.set_pin = add(self.tr("Facilitator &PIN..."))

        # Help
        self.guide = add(self.tr("User &guide"), QKeySequence.StandardKey.HelpContents)
        self.about = add(self.tr("&About SmartBimtek"))

        self.workshop_actions = [self.save_copy, self.backup_now, self.restore_backup,
                                 self.export, self.worksheets, self.table_mode,
                                 self.close_workshop]

        stack = controller.undo_stack
        stack.canUndoChanged.connect(self.refresh)
        stack.canRedoChanged.connect(self.refresh)
        stack.indexChanged.connect(self.refresh)
        controller.workshop_opened.connect(self.refresh)
        controller.workshop_closed.connect(self.refresh)
        controller.step_changed.connect(self.refresh)
        self.refresh()

    def _make(self, text: str, shortcut=None) -> QAction:
        # QAction(text, parent) would make PySide6's QIcon class (~1.4 ms at start-up) just
        # to rule out the (icon, text) overload
        action = QAction(self._window)
        action.setText(text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        return action

    def add_view_action(self, text: str, index: int) -> QAction:
        """An action showing view ``index`` (Ctrl+1, Ctrl+2, ...)."""
        action = self._make(text, QKeySequence(f"Ctrl+{index + 1}") if index < 9 else None)
        action.setCheckable(True)
        action.setData(index)
        self.view_actions.append(action)
        return action

    def refresh(self) -> None:
        """Compute which actions are enabled, from the controller's state (the one place)."""
        controller = self.controller
        has_ws = controller.ws is not None
        for action in self.workshop_actions:
            action.setEnabled(has_ws)
        stack = controller.undo_stack
        self.undo.setEnabled(has_ws and stack.canUndo())
        self.redo.setEnabled(has_ws and stack.canRedo())
        # the command texts quote user text: literal "&", a plain tooltip
        set_action_text(self.undo, self.tr("&Undo {what}").format(
            what=literal_mnemonic(stack.undoText())).strip() if stack.canUndo()
            else self.tr("&Undo"))
        set_action_text(self.redo, self.tr("&Redo {what}").format(
            what=literal_mnemonic(stack.redoText())).strip() if stack.canRedo()
            else self.tr("&Redo"))
        current, has_previous, has_steps = None, False, False
        event_id = controller.event_id if has_ws else None
        if event_id:
            steps = agenda_service.list_steps(controller.ws, event_id)
            has_steps = bool(steps)
            current = agenda_service.current_step(controller.ws, event_id)
            if current is not None:
                ids = [s.id for s in steps]
                has_previous = current.id in ids and ids.index(current.id) > 0
        self.pause.setEnabled(current is not None)
        self.pause.setIconText(self.tr("Resume timer") if current is not None and
                               current.state == "paused" else self.tr("Pause timer"))
        self.extend_1.setEnabled(current is not None)
        self.extend_5.setEnabled(current is not None)
        self.next_step.setEnabled(has_steps)
        self.previous_step.setEnabled(has_previous)
        for action in self.view_actions:
            action.setEnabled(has_ws)
