"""Security of the table input server: session cookie, anti-forgery checks, join throttling
(per address and a global budget of wrong codes), the ``Host`` allow-list, strict JSON
parsing, response headers. ``docs/security.md`` explains them and the guessing odds.

Threat model: a venue network shared by everyone in the hall. Anyone can reach the server;
only a valid join code opens a session, a session writes only to its OPD, and a web page from
another origin cannot make a phone's browser submit anything.
"""

from __future__ import annotations

import hmac
import ipaddress
import itertools
import json
import logging
import math
import socket
import threading
import time
from collections import OrderedDict, deque
from urllib.parse import urlsplit

from flask import Request, Response, g
from flask.json.provider import DefaultJSONProvider

from ..services.lan import ALPHABET, CODE_LENGTH, csrf_token
from . import network

log = logging.getLogger(__name__)

COOKIE = "sb_session"
CSRF_HEADER = "X-CSRF-Token"
KEY_HEADER = "Idempotency-Key"
STEP_HEADER = "X-Step-Id"
#: Sessions outlive a two-day workshop with a margin; the facilitator can revoke them.
COOKIE_MAX_AGE = 3 * 24 * 3600
#: Largest request body: a full 20,000-character text fits, anything far bigger gets 413.
MAX_BODY = 128 * 1024
#: Deepest JSON a request may send (the page sends flat objects: depth 1 or 2).
MAX_JSON_DEPTH = 16
#: Join attempts per client address (right or wrong) per window.
JOIN_LIMIT = 10
JOIN_WINDOW = 60.0
#: Wrong join codes from all addresses together per window (right codes do not count):
#: bounds guessing to 5,760 tries in 8 hours however many addresses are used
#: (docs/security.md has the odds).
FAILED_JOIN_LIMIT = 60
FAILED_JOIN_WINDOW = 300.0
#: Client addresses the per-address limiter remembers at most (bounded memory).
MAX_TRACKED_ADDRESSES = 4096

CONTENT_SECURITY_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self'; "
                           "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
                           "base-uri 'none'; form-action 'self'")


class RateLimiter:
    """At most ``limit`` events per ``window`` seconds per key (the client address).

    ``check(key)`` records an attempt and returns 0 when it may go ahead, or the seconds to
    wait when the limit is reached (the attempt is then not recorded). Memory is bounded: at
    most ``max_keys`` addresses are remembered (the least recently seen is forgotten first;
    the global ``FailureBudget`` still holds when an attacker rotates addresses).
    """

    def __init__(self, limit: int = 10, window: float = 60.0, clock=time.monotonic,
                 max_keys: int = MAX_TRACKED_ADDRESSES) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self.max_keys = max_keys
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()
        self._guard = threading.Lock()

    def __len__(self) -> int:
        return len(self._hits)

    def _recent(self, key: str, now: float) -> deque[float] | None:
        hits = self._hits.get(key)
        if hits is not None:
            self._hits.move_to_end(key)
            while hits and hits[0] <= now - self.window:
                hits.popleft()
        return hits

    def wait(self, key: str) -> float:
        """Seconds ``key`` must wait before its next attempt (0: it may go ahead now)."""
        now = self.clock()
        with self._guard:
            hits = self._recent(key, now)
            if hits is not None and len(hits) >= self.limit:
                return max(1.0, hits[0] + self.window - now)
            return 0.0

    def check(self, key: str) -> float:
        """Record an attempt by ``key``; 0 if allowed, else seconds until the next is."""
        now = self.clock()
        with self._guard:
            hits = self._recent(key, now)
            if hits is not None and len(hits) >= self.limit:
                return max(1.0, hits[0] + self.window - now)
            if hits is None:
                hits = self._hits[key] = deque(maxlen=self.limit)
                while len(self._hits) > self.max_keys:
                    self._hits.popitem(last=False)
            hits.append(now)
            return 0.0


class FailureBudget:
    """At most ``limit`` failed join attempts per ``window`` seconds from all addresses
    together (the limit that holds against many addresses guessing at once).

    ``reserve()`` books a slot before the code is checked (so parallel guesses cannot
    overshoot) and returns a ticket, or None when the budget is spent; ``release(ticket)``
    gives the slot back when the join succeeded: right codes never use up the budget.
    """

    def __init__(self, limit: int = FAILED_JOIN_LIMIT, window: float = FAILED_JOIN_WINDOW,
                 clock=time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._booked: deque[tuple[float, int]] = deque()
        self._serial = itertools.count()
        self._guard = threading.Lock()

    def _expire(self, now: float) -> None:
        while self._booked and self._booked[0][0] <= now - self.window:
            self._booked.popleft()

    def wait(self) -> float:
        """Seconds until a slot frees up (0: one is free now)."""
        now = self.clock()
        with self._guard:
            self._expire(now)
            if len(self._booked) < self.limit:
                return 0.0
            return max(1.0, self._booked[0][0] + self.window - now)

    def reserve(self) -> tuple[float, int] | None:
        """Book a slot now; None when ``limit`` failures happened within ``window``."""
        now = self.clock()
        with self._guard:
            self._expire(now)
            if len(self._booked) >= self.limit:
                return None
            ticket = (now, next(self._serial))
            self._booked.append(ticket)
            return ticket

    def release(self, ticket: tuple[float, int]) -> None:
        """Give a booked slot back (the attempt did not fail)."""
        with self._guard:
            if ticket in self._booked:  # else it already expired
                self._booked.remove(ticket)

    @property
    def used(self) -> int:
        """Failed attempts counted in the current window."""
        with self._guard:
            self._expire(self.clock())
            return len(self._booked)


class JoinThrottle:
    """Both join limits: ``per_address`` attempts per client address (every attempt counts,
    so a right code waits too and guessing gains nothing), and the global ``failures``
    budget (only wrong codes count, so a venue of tables joining at once is never slowed).
    """

    #: The "joins paused" warning is logged at most this often (seconds).
    WARN_EVERY = 60.0

    def __init__(self, per_address: RateLimiter, failures: FailureBudget) -> None:
        self.per_address = per_address
        self.failures = failures
        self.paused = 0  # joins refused because the global budget was spent
        self._warned_at = float("-inf")
        self._guard = threading.Lock()

    def attempt(self, client: str) -> tuple[float, tuple[float, int] | None]:
        """``(0, ticket)`` when ``client`` may try a code now, else ``(seconds to wait, None)``.
        Settle the ticket with ``settle`` once the attempt's outcome is known."""
        with self._guard:
            spent = self.failures.wait()
            if spent:
                self._pause(client, spent)
            wait = max(self.per_address.wait(client), spent)
            if wait:
                return wait, None
            ticket = self.failures.reserve()
            if ticket is None:  # pragma: no cover - wait() said a slot was free
                return max(1.0, self.failures.wait()), None
            self.per_address.check(client)
            return 0.0, ticket

    def _pause(self, client: str, wait: float) -> None:
        self.paused += 1
        now = self.failures.clock()
        if now - self._warned_at >= self.WARN_EVERY:
            self._warned_at = now
            log.warning("joins paused for %.0f s: %d wrong join codes in %.0f s from all "
                        "addresses (someone may be guessing codes; refused now: %s; %d "
                        "refused so far)", wait, self.failures.limit, self.failures.window,
                        client, self.paused)

    def settle(self, ticket: tuple[float, int], failed: bool) -> None:
        """Keep the booked slot for a wrong code; give it back otherwise."""
        if not failed:
            self.failures.release(ticket)

    def check(self, client: str) -> float:
        """``attempt`` for a Flask request: the ticket waits in ``flask.g`` until
        ``settle_request`` sees the answer. Returns the seconds to wait (0: go ahead)."""
        wait, ticket = self.attempt(client)
        if ticket is not None:
            g.sb_join_ticket = ticket
        return wait

    def settle_request(self, response: Response) -> Response:
        """After a join request: a ``403`` (wrong or withdrawn code) keeps its slot."""
        ticket = g.pop("sb_join_ticket", None)
        if ticket is not None:
            self.settle(ticket, failed=response.status_code == 403)
        return response


def brute_force_odds(open_codes: int, hours: float = 8.0, *,
                     failures: int = FAILED_JOIN_LIMIT,
                     window: float = FAILED_JOIN_WINDOW) -> float:
    """Upper bound on the chance that guessing finds a valid join code within ``hours``
    while ``open_codes`` codes are active (the union bound: guesses x codes / code space).
    The global failure budget caps the guesses, however many addresses are used."""
    guesses = failures * math.ceil(hours * 3600 / window)
    space = len(ALPHABET) ** CODE_LENGTH
    return min(1.0, guesses * open_codes / space)


def _split_host(value: str) -> tuple[str, int | None]:
    value = (value or "").strip().lower()
    if value.startswith("["):  # [v6]:port
        host, _, rest = value[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    else:
        host, sep, port = value.rpartition(":")
        if not sep:
            host, port = value, ""
    if port and not port.isdigit():
        return "", None
    return host.rstrip("."), int(port) if port else 80


class HostPolicy:
    """The ``Host`` names the server answers to: its own addresses (the bound one, this
    machine's LAN addresses, ``127.0.0.1`` and ``localhost``) with its own port. Anything
    else is refused, which stops DNS rebinding (a web page on a name the attacker controls,
    re-pointed at this laptop, talking to the server as "same origin").

    An IP address not seen before (the laptop joined another network, or serves a hotspot
    on all interfaces) counts when this machine can bind a socket to it: the system, not a
    list, says whether it is one of ours. Names other than ``localhost`` never count.
    ``port`` None accepts any port (an app without a server, e.g. under a test client).
    """

    #: Answers about unknown IP addresses remembered at most (then forgotten all at once).
    MAX_REMEMBERED = 256

    def __init__(self, port: int | None = None, bound_host: str = network.LOOPBACK,
                 addresses=network.local_addresses) -> None:
        self.port = port
        self.bound_host = bound_host
        fixed = {"localhost", network.LOOPBACK, bound_host.lower()}
        try:
            fixed |= {a.lower() for a in addresses()}
        except OSError as exc:  # pragma: no cover - the probes below still answer
            log.info("local addresses not listed: %s", exc)
        self._known = {a: True for a in fixed - {network.ANY, "", "::"}}
        self._guard = threading.Lock()

    def allows(self, host_header: str | None) -> bool:
        """True when a request's ``Host`` names this server."""
        host, port = _split_host(host_header or "")
        if not host or (self.port is not None and port != self.port):
            return False
        known = self._known.get(host)
        if known is not None:
            return known
        ours = _is_own_address(host)  # a name the attacker controls: never ours
        with self._guard:
            if len(self._known) >= self.MAX_REMEMBERED:
                self._known = {a: True for a, v in self._known.items() if v}
            self._known.setdefault(host, ours)
        return ours


def _is_own_address(text: str) -> bool:
    """True for an IP address of one of this machine's interfaces (a socket binds to it)."""
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return False
    if ip.is_unspecified or ip.is_multicast:
        return False
    family = socket.AF_INET6 if ip.version == 6 else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as probe:
            probe.bind((str(ip), 0))
    except OSError:
        return False
    return True


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("number out of range")
    return value


def _too_deep(value, limit: int) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children
                     if isinstance(child, dict | list))
    return False


class StrictJSONProvider(DefaultJSONProvider):
    """Flask's JSON, but request bodies with ``NaN``/``Infinity``, numbers beyond a float,
    or nesting deeper than ``MAX_JSON_DEPTH`` are not JSON the server takes (a ``ValueError``,
    which the API answers with ``400 bad_request``)."""

    def loads(self, s, **kwargs):
        """Parse strictly (see the class docstring)."""
        kwargs.setdefault("parse_constant", _refuse_constant)
        kwargs.setdefault("parse_float", _finite_float)
        try:
            value = json.loads(s, **kwargs)
        except RecursionError as exc:
            raise ValueError("JSON nested too deeply") from exc
        if _too_deep(value, MAX_JSON_DEPTH):
            raise ValueError("JSON nested too deeply")
        return value


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
