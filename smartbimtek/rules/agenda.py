"""Agenda timing: planned times that follow edits, and the step runner state machine.

The runner works on ``AgendaStep`` records in memory with an injectable clock and returns the
steps it changed; ``services.agenda`` persists them in one transaction. Times are aware
datetimes, so a pause across midnight counts correctly.

States: pending -> running <-> paused -> done. The timer of a step starts when the step starts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from ..model import AgendaStep

WARNING_FRACTION = 0.2
WARNING_SECONDS = 120
ENDING_SECONDS = 60
PHASES = ("idle", "ok", "warning", "ending", "overrun", "done")


def parse_hhmm(text: str) -> int:
    """Minutes after midnight of "HH:MM" (ValueError when malformed)."""
    hours, minutes = text.split(":")
    value = int(hours) * 60 + int(minutes)
    if not (0 <= int(hours) < 24 and 0 <= int(minutes) < 60):
        raise ValueError(f"not a time of day: {text!r}")
    return value


def format_hhmm(minutes: int) -> str:
    """"HH:MM" of minutes after midnight (wrapping past 24:00)."""
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def reflow(steps: Sequence[AgendaStep], day_start: str | None = None) -> dict[str, str]:
    """Planned starts of one day's steps (in order) so that each follows the previous one.

    The first step keeps its start (or takes ``day_start``). Returns step id -> "HH:MM" for
    every step whose planned start changes.
    """
    changed: dict[str, str] = {}
    if not steps:
        return changed
    clock = parse_hhmm(day_start or steps[0].planned_start)
    for step in steps:
        start = format_hhmm(clock)
        if step.planned_start != start:
            changed[step.id] = start
        clock += step.minutes
    return changed


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def elapsed_seconds(step: AgendaStep, now: datetime) -> float:
    """Seconds the step has been running (pauses excluded)."""
    start = _dt(step.actual_start)
    if start is None:
        return 0.0
    end = _dt(step.actual_end) or _dt(step.paused_at) or now
    return max(0.0, (end - start).total_seconds() - step.paused_seconds)


def total_seconds(step: AgendaStep) -> float:
    """Planned duration plus extensions."""
    return step.minutes * 60 + step.extra_seconds


def remaining_seconds(step: AgendaStep, now: datetime) -> float:
    """Seconds left on the step's timer; negative when it overruns."""
    return total_seconds(step) - elapsed_seconds(step, now)


def phase(step: AgendaStep, now: datetime) -> str:
    """Colour phase of the timer: idle, ok, warning, ending, overrun or done."""
    if step.state == "done":
        return "done"
    if step.actual_start is None:
        return "idle"
    left = remaining_seconds(step, now)
    if left < 0:
        return "overrun"
    if left <= ENDING_SECONDS:
        return "ending"
    if left <= max(WARNING_SECONDS, WARNING_FRACTION * total_seconds(step)):
        return "warning"
    return "ok"


class RunnerError(ValueError):
    """A runner command that does not apply in the current state."""


class AgendaRunner:
    """The facilitator's step machine over an event's ordered steps.

    Every command returns the list of steps it changed (new objects) and updates
    ``current_id``. Only these commands change states; the clock is injected.
    """

    def __init__(self, steps: Sequence[AgendaStep], current_id: str | None,
                 clock: Callable[[], datetime]) -> None:
        self.steps = list(steps)
        self.current_id = current_id
        self.clock = clock

    # -- helpers --------------------------------------------------------------------------
    def _index(self, step_id: str | None) -> int | None:
        for i, step in enumerate(self.steps):
            if step.id == step_id:
                return i
        return None

    def _put(self, step: AgendaStep, changed: list[AgendaStep]) -> AgendaStep:
        self.steps[self._index(step.id)] = step
        changed[:] = [s for s in changed if s.id != step.id] + [step]
        return step

    @property
    def current(self) -> AgendaStep | None:
        """The step being run, if any."""
        index = self._index(self.current_id)
        return None if index is None else self.steps[index]

    # -- transitions of one step ----------------------------------------------------------
    @staticmethod
    def started(step: AgendaStep, now: datetime) -> AgendaStep:
        """The step started (timer starts) or resumed, whatever it was."""
        if step.state == "running":
            return step
        if step.actual_start is None:
            return replace(step, state="running", actual_start=_iso(now), actual_end=None,
                           paused_at=None)
        resumed_from = _dt(step.paused_at) or _dt(step.actual_end) or now
        pause = max(0.0, (now - resumed_from).total_seconds())
        return replace(step, state="running", actual_end=None, paused_at=None,
                       paused_seconds=step.paused_seconds + pause)

    @staticmethod
    def paused(step: AgendaStep, now: datetime) -> AgendaStep:
        """The running step paused (its timer stops)."""
        if step.state != "running":
            raise RunnerError("only a running step can be paused")
        return replace(step, state="paused", paused_at=_iso(now))

    @staticmethod
    def finished(step: AgendaStep, now: datetime) -> AgendaStep:
        """The step ended now (a paused step ends at the moment it was paused)."""
        if step.actual_start is None:
            return step
        end = step.paused_at or _iso(now)
        return replace(step, state="done", actual_end=end, paused_at=None)

    # -- commands -------------------------------------------------------------------------
    def start(self, step_id: str) -> list[AgendaStep]:
        """Bring everyone to ``step_id``: the current step ends, this one starts."""
        target = self._index(step_id)
        if target is None:
            raise RunnerError("no such step")
        now = self.clock()
        changed: list[AgendaStep] = []
        current = self.current
        if current is not None and current.id != step_id:
            self._put(self.finished(current, now), changed)
        self._put(self.started(self.steps[target], now), changed)
        self.current_id = step_id
        return changed

    def next(self) -> list[AgendaStep]:
        """End the current step and start the next one.

        The last step of a day ends the day: nothing runs until the facilitator presses next
        again (the next morning), which starts the first step not yet run. With nothing
        running, next starts the first step that is still pending.
        """
        index = self._index(self.current_id)
        if index is None:
            pending = [s for s in self.steps if s.state == "pending"]
            if not self.steps:
                raise RunnerError("the agenda is empty")
            if not pending:
                raise RunnerError("every step of the agenda has been run")
            return self.start(pending[0].id)
        current = self.steps[index]
        following = self.steps[index + 1] if index + 1 < len(self.steps) else None
        if following is None or following.day != current.day:
            return self.stop()
        return self.start(following.id)

    def stop(self) -> list[AgendaStep]:
        """End the current step without starting another (end of the day, or a long break)."""
        current = self.current
        if current is None:
            raise RunnerError("no step is running")
        changed: list[AgendaStep] = []
        self._put(self.finished(current, self.clock()), changed)
        self.current_id = None
        return changed

    def previous(self) -> list[AgendaStep]:
        """Go back one step: the current one pauses, the previous one runs again."""
        index = self._index(self.current_id)
        if index is None or index == 0:
            raise RunnerError("there is no previous step")
        now = self.clock()
        changed: list[AgendaStep] = []
        current = self.steps[index]
        if current.state == "running":
            self._put(self.paused(current, now), changed)
        self._put(self.started(self.steps[index - 1], now), changed)
        self.current_id = self.steps[index - 1].id
        return changed

    def toggle_pause(self) -> list[AgendaStep]:
        """Pause the running step, or resume the paused one."""
        current = self.current
        if current is None:
            raise RunnerError("no step is running")
        changed: list[AgendaStep] = []
        if current.state == "running":
            self._put(self.paused(current, self.clock()), changed)
        else:
            self._put(self.started(current, self.clock()), changed)
        return changed

    def extend(self, minutes: int) -> list[AgendaStep]:
        """Give the current step more time (+1, +5 minutes; negative to take some back)."""
        current = self.current
        if current is None:
            raise RunnerError("no step is running")
        extra = max(-current.minutes * 60, current.extra_seconds + minutes * 60)
        changed: list[AgendaStep] = []
        self._put(replace(current, extra_seconds=extra), changed)
        return changed


def overrun_seconds(step: AgendaStep, now: datetime) -> float:
    """How far past its time the step is (0 when within time)."""
    return max(0.0, -remaining_seconds(step, now))


def planned_end(step: AgendaStep) -> str:
    """Planned end "HH:MM" of a step."""
    return format_hhmm(parse_hhmm(step.planned_start) + step.minutes)


def expected_end(step: AgendaStep, now: datetime) -> datetime | None:
    """When the step is expected to end, by the actual start, the pauses and the extensions.

    A running step ends when its remaining time has run out (``now`` when it already overruns);
    a paused one's end moves on while it stands still; a finished step ended at its actual end.
    None for a step that has not started (its planned end applies: ``planned_end``).
    """
    if step.actual_start is None:
        return None
    if step.state == "done":
        return _dt(step.actual_end) or now
    return now + timedelta(seconds=max(0.0, remaining_seconds(step, now)))


def expected_end_text(step: AgendaStep, now: datetime) -> str:
    """"HH:MM" of ``expected_end`` in the clock's own time zone (the planned end when the
    step has not started)."""
    moment = expected_end(step, now)
    if moment is None:
        return planned_end(step)
    if moment.tzinfo is not None and now.tzinfo is not None:
        moment = moment.astimezone(now.tzinfo)
    return moment.strftime("%H:%M")


def duration_text(seconds: float) -> str:
    """"MM:SS" (or "-MM:SS" when overrun; hours folded into minutes)."""
    sign = "-" if seconds < 0 else ""
    seconds = abs(int(round(seconds)))
    return f"{sign}{seconds // 60:02d}:{seconds % 60:02d}"

