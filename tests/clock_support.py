"""Clocks the tests move by hand: a wall clock (timezone-aware datetimes, as the app's) and a
monotonic one (seconds, as the rate limiters')."""

from __future__ import annotations

import datetime as dt

#: The region's time zone (WIB, UTC+7), as in the demo and the story tests.
TZ = dt.timezone(dt.timedelta(hours=7))


class Clock:
    """A wall clock that shows ``moment`` until the test moves it."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment

    def advance(self, **delta: float) -> dt.datetime:
        """Move the clock forward (``timedelta`` arguments); returns the new moment."""
        self.moment += dt.timedelta(**delta)
        return self.moment

    def at(self, day: str, hour: int = 9) -> None:
        """Set the clock to ``hour`` o'clock (WIB) of ``day`` (YYYY-MM-DD)."""
        self.moment = dt.datetime.fromisoformat(f"{day}T{hour:02d}:00:00").replace(tzinfo=TZ)


class MonotonicClock:
    """A monotonic clock in seconds that shows ``now`` until the test sets it."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now
