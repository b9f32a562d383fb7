"""The agenda runner commands as the console uses them (global actions, agenda view buttons,
table mode read-outs), plus the timer state computed from the controller's clock.

Runner commands are not undoable (they record what happened at a moment); refusals come
back as ``controller.error_raised``.
"""

from __future__ import annotations

from typing import NamedTuple

from smartbimtek.model import AgendaStep
from smartbimtek.rules import agenda as rules
from smartbimtek.services import agenda as agenda_service

from .controller import Controller


def _event(controller: Controller) -> str | None:
    return controller.event_id if controller.ws is not None else None


def next_step(controller: Controller) -> None:
    """End the current step and start the next one."""
    event_id = _event(controller)
    if event_id:
        controller.call(agenda_service.next_step, controller.ws, event_id)


def previous_step(controller: Controller) -> None:
    """Go back to the previous step."""
    event_id = _event(controller)
    if event_id:
        controller.call(agenda_service.previous_step, controller.ws, event_id)


def toggle_pause(controller: Controller) -> None:
    """Pause or resume the current step's timer."""
    event_id = _event(controller)
    if event_id:
        controller.call(agenda_service.toggle_pause, controller.ws, event_id)


def extend(controller: Controller, minutes: int) -> None:
    """Give the current step ``minutes`` more."""
    event_id = _event(controller)
    if event_id:
        controller.call(agenda_service.extend_step, controller.ws, event_id, minutes)


def start(controller: Controller, step_id: str) -> None:
    """Bring everyone to ``step_id`` (its timer starts)."""
    event_id = _event(controller)
    if event_id:
        controller.call(agenda_service.start_step, controller.ws, event_id, step_id)


class TimerState(NamedTuple):
    """What a timer shows: the step, the remaining seconds, the colour phase and text
    (immutable; a named tuple, as a frozen dataclass costs ~1 ms of the start to create)."""

    step: AgendaStep | None
    remaining: float
    phase: str
    text: str

    @property
    def paused(self) -> bool:
        """True while the step's timer is paused."""
        return self.step is not None and self.step.state == "paused"


def current_step(controller: Controller) -> AgendaStep | None:
    """The step being run in the current event (None when nothing runs)."""
    event_id = _event(controller)
    if not event_id:
        return None
    return agenda_service.current_step(controller.ws, event_id)


def timer_state(controller: Controller, step: AgendaStep | None) -> TimerState:
    """The timer of ``step`` now (by the workshop's clock, which tests can inject)."""
    if step is None or controller.ws is None:
        return TimerState(None, 0.0, "idle", "--:--")
    now = controller.ws.clock()
    remaining = rules.remaining_seconds(step, now)
    phase = rules.phase(step, now)
    if step.state == "paused":
        phase = "paused"
    return TimerState(step, remaining, phase, rules.duration_text(remaining))
