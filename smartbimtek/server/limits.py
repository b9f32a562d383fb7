"""The per-session write limit of the table input server (a token bucket per session).

The numbers are in ``services.lan_limits`` (with the reasons); this module only keeps the
buckets. Memory is bounded: past ``max_keys`` sessions, the buckets that are full again (or
the oldest) are forgotten, which only ever gives a session more room, never less.
"""

from __future__ import annotations

import math
import threading
import time

from ..services import lan_limits


class TokenBucket:
    """``burst`` entries at once per key, then ``per_second`` entries per second."""

    def __init__(self, burst: int, per_second: float, clock=time.monotonic,
                 max_keys: int = 10_000) -> None:
        self.burst = float(burst)
        self.per_second = float(per_second)
        self.clock = clock
        self.max_keys = max_keys
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)
        self._guard = threading.Lock()

    def take(self, key: str) -> float:
        """Spend one token of ``key``: 0.0 when allowed, else the seconds until one is
        available (nothing is spent then)."""
        now = self.clock()
        with self._guard:
            tokens, at = self._buckets.pop(key, (self.burst, now))  # re-added last: LRU order
            tokens = min(self.burst, tokens + (now - at) * self.per_second)
            if tokens < 1.0:
                self._buckets[key] = (tokens, now)
                return (1.0 - tokens) / self.per_second if self.per_second > 0 else math.inf
            self._buckets[key] = (tokens - 1.0, now)
            if len(self._buckets) > self.max_keys:
                self._forget(now)
            return 0.0

    def _forget(self, now: float) -> None:
        full = [k for k, (tokens, at) in self._buckets.items()
                if tokens + (now - at) * self.per_second >= self.burst]
        for key in full:
            del self._buckets[key]
        while len(self._buckets) > self.max_keys:  # least recently used first
            del self._buckets[next(iter(self._buckets))]

    def __len__(self) -> int:
        return len(self._buckets)


def retry_after(wait: float) -> int:
    """The ``Retry-After`` value (whole seconds, at least 1) for a wait in seconds."""
    return max(1, math.ceil(wait))


def write_limiter(app) -> TokenBucket:
    """The app's per-session write limiter (made on first use with the core's numbers)."""
    ctx = app.extensions["smartbimtek"]
    limiter = ctx.get("write_limiter")
    if limiter is None:
        limiter = ctx.setdefault("write_limiter", TokenBucket(lan_limits.WRITE_BURST,
                                                              lan_limits.WRITE_PER_SECOND))
    return limiter


def set_write_limits(app, burst: int, per_second: float) -> TokenBucket:
    """Replace the app's write limiter (the benchmark measures the server's capacity, so it
    gives its simulated phones more room than a real phone gets)."""
    limiter = TokenBucket(burst, per_second)
    app.extensions["smartbimtek"]["write_limiter"] = limiter
    return limiter
