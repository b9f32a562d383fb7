"""The one controller of the desktop app: owns the open workshop, the undo stack and the
app-wide signals. Widgets subscribe to its signals and call its methods; they never call
each other and never write SQL (everything goes through ``smartbimtek.services``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from smartbimtek import changes
from smartbimtek.errors import SmartBimtekError, WorkshopFileError
from smartbimtek.services import plan
from smartbimtek.store import Workshop, open_workshop

from .undo import ServiceCommand

log = logging.getLogger(__name__)

#: Quiet time after the last change before the log is checkpointed into the main file (so a
#: copy of the main file alone, made by hand, holds every change).
IDLE_CHECKPOINT_MS = 3000


class Controller(QObject):
    """App-wide state and signals.

    Signals:
      ``workshop_opened`` / ``workshop_closed``: a file was opened or closed;
      ``data_changed(Change)``: a committed change (from this window, a table laptop or a
      phone), always delivered on the GUI thread;
      ``step_changed``: the agenda runner moved (current step, pause, extension);
      ``tick``: four times a second, for timers;
      ``error_raised(SmartBimtekError)``: an action was refused (the window shows it);
      ``projector_board(str, object)``: the facilitator chose what the projector shows;
      ``saved_state(bool)``: True when everything is on disk (always, after each commit);
      ``checkpointed(bool)``: the idle checkpoint ran (True: the main file alone holds every
      change).

    A leftover log beside a file being opened that does not fit it (``stale_log``) is set
    aside by the core; the controller then opens the file as it was and reports what happened
    through ``error_raised``.
    """

    workshop_opened = Signal()
    workshop_closed = Signal()
    data_changed = Signal(object)
    step_changed = Signal()
    tick = Signal()
    error_raised = Signal(object)
    projector_board = Signal(str, object)
    saved_state = Signal(bool)
    checkpointed = Signal(bool)
    _change_any_thread = Signal(object)

    def __init__(self, parent: QObject | None = None, *, clock=None) -> None:
        super().__init__(parent)
        self.ws: Workshop | None = None
        self.clock = clock
        self.undo_stack = QUndoStack(self)
        self._unsubscribe: Callable[[], None] | None = None
        self._change_any_thread.connect(self._deliver_change)
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_CHECKPOINT_MS)
        self._idle.timeout.connect(self.checkpoint)
        self.board: tuple[str, object] = ("agenda", None)

    # -- files ----------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        """Path of the open workshop file."""
        return self.ws.path if self.ws else None

    def open(self, path: str | Path, *, create: bool = False) -> Workshop:
        """Open a workshop file (closing the current one). Raises ``WorkshopFileError``."""
        kwargs = {"clock": self.clock} if self.clock else {}
        notice = None
        try:
            ws = open_workshop(path, create=create, **kwargs)
        except WorkshopFileError as exc:
            if exc.code != "stale_log":
                raise
            notice = exc  # the log was set aside and kept: the file opens as it was
            ws = open_workshop(path, **kwargs)
        self.close()
        self.ws = ws
        self._unsubscribe = changes.subscribe(ws.path, self._change_any_thread.emit)
        self.undo_stack.clear()
        self.workshop_opened.emit()
        self.saved_state.emit(True)
        if notice is not None:
            self.error_raised.emit(notice)
        return ws

    def close(self) -> None:
        """Close the open workshop (everything is already saved)."""
        if self.ws is None:
            return
        if self._unsubscribe:
            self._unsubscribe()
            self._unsubscribe = None
        self._idle.stop()
        self.undo_stack.clear()
        self.ws.close()  # checkpoints the log into the main file first
        self.ws = None
        self.workshop_closed.emit()

    @property
    def event_id(self) -> str | None:
        """The event being run."""
        if self.ws is None:
            return None
        event = plan.current_event(self.ws)
        return event.id if event else None

    # -- actions --------------------------------------------------------------------------
    def run(self, text: str, do: Callable[[], object],
            undo: Callable[[ServiceCommand], object]) -> object:
        """Perform an undoable edit. Returns ``do()``'s result, or None when it was refused
        (the refusal is emitted as ``error_raised``)."""
        command = ServiceCommand(text, do, undo)
        self.undo_stack.push(command)
        if command.error is not None:
            self._report(command.error)
            return None
        command.on_error = self._report  # a later undo or redo that fails
        return command.result

    def run_each(self, text: str, ids: list[str], do_one: Callable[[Workshop, str], object],
                 undo_one: Callable[[Workshop, str], object]) -> object:
        """One undoable edit applying ``do_one(ws, id)`` to every id in one transaction
        (for example deleting several selected rows); undo applies ``undo_one``."""
        ws = self.ws

        def do() -> None:
            with ws.transaction():
                for record_id in ids:
                    do_one(ws, record_id)

        def undo(_command: ServiceCommand) -> None:
            with ws.transaction():
                for record_id in ids:
                    undo_one(ws, record_id)

        return self.run(text, do, undo)

    def call(self, fn: Callable[..., object], *args, **kwargs) -> object:
        """Call a service without undo (runner commands, settings). None when refused."""
        try:
            return fn(*args, **kwargs)
        except SmartBimtekError as exc:
            self._report(exc)
            return None

    def _report(self, exc: Exception) -> None:
        if isinstance(exc, SmartBimtekError):
            self.error_raised.emit(exc)
            return
        raise exc

    def show_on_projector(self, board: str, param: object = None) -> None:
        """Choose what the projector shows (agenda, swot, overview, matrix, quickwins, join)."""
        self.board = (board, param)
        self.projector_board.emit(board, param)

    def checkpoint(self) -> bool:
        """Copy the log into the main file now (the idle timer calls this a few seconds
        after the last change). It never waits for other connections; when one kept it from
        completing, it is tried again after the same quiet time."""
        if self.ws is None:
            return False
        done = self.ws.checkpoint()
        if not done:
            self._idle.start()
        self.checkpointed.emit(done)
        return done

    def _deliver_change(self, change: changes.Change) -> None:
        self._idle.start()  # restarted by every change: fires once the workshop is quiet
        if change.entity == "agenda_step" or change.entity == "event":
            self.step_changed.emit()
        self.data_changed.emit(change)
        self.saved_state.emit(True)
