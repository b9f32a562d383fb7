"""Security of the table input server: session cookie, anti-forgery checks, join throttling,
response headers.

Threat model: a venue network shared by everyone in the hall. Anyone can reach the server;
only a valid join code opens a session, a session writes only to its OPD, and a web page from
another origin cannot make a phone's browser submit anything.
"""

from __future__ import annotations

import hmac
import threading
import time
from collections import deque
from urllib.parse import urlsplit

from flask import Request, Response

from ..services.lan import csrf_token

COOKIE = "sb_session"
CSRF_HEADER = "X-CSRF-Token"
KEY_HEADER = "Idempotency-Key"
STEP_HEADER = "X-Step-Id"
#: Sessions outlive a two-day workshop with a margin; the facilitator can revoke them.
COOKIE_MAX_AGE = 3 * 24 * 3600
#: Largest request body: a full 20,000-character text fits, anything far bigger gets 413.
MAX_BODY = 128 * 1024

CONTENT_SECURITY_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self'; "
                           "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
                           "base-uri 'none'; form-action 'self'")


class RateLimiter:
    """At most ``limit`` events per ``window`` seconds per key (the client address).

    ``check(key)`` records an attempt and returns 0 when it may go ahead, or the seconds to
    wait when the limit is reached (the attempt is then not recorded).
    """

    def __init__(self, limit: int = 10, window: float = 60.0, clock=time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._guard = threading.Lock()

    def check(self, key: str) -> float:
        """Record an attempt by ``key``; 0 if allowed, else seconds until the next is."""
        now = self.clock()
        with self._guard:
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return max(1.0, hits[0] + self.window - now)
            hits.append(now)
            if len(self._hits) > 10_000:  # forget idle addresses
                for other in [k for k, v in self._hits.items() if not v]:
                    del self._hits[other]
            return 0.0


def same_origin(request: Request) -> bool:
    """False when the browser says the request comes from another site.

    Browsers send ``Origin`` on cross-origin POST/PUT/DELETE and ``Sec-Fetch-Site`` on all
    requests; tools without them (tests, curl) still need the CSRF token for session writes.
    """
    site = request.headers.get("Sec-Fetch-Site")
    if site and site not in ("same-origin", "none"):
        return False
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return urlsplit(origin).netloc.lower() == (request.host or "").lower()
    return origin != "null"


def csrf_ok(request: Request, token: str) -> bool:
    """True when the request carries the session's anti-forgery token in its header."""
    sent = request.headers.get(CSRF_HEADER, "")
    return bool(sent) and hmac.compare_digest(sent, csrf_token(token))


def set_session_cookie(response: Response, token: str) -> None:
    """The session cookie: HttpOnly (no script reads it), SameSite=Strict (not sent on
    cross-site requests). Plain HTTP on the venue network, so not ``Secure``."""
    response.set_cookie(COOKIE, token, max_age=COOKIE_MAX_AGE, httponly=True,
                        samesite="Strict", path="/")


def clear_session_cookie(response: Response) -> None:
    """Remove the session cookie from the browser."""
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="Strict")


def harden(response: Response) -> Response:
    """Headers on every response: no framing, no sniffing, no referrer, local resources only,
    and no caching of API answers."""
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers.setdefault("Cache-Control", "no-store")
    return response
