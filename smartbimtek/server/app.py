"""The Flask application of the table input server.

Each request thread gets its own ``Workshop`` for reading (its own SQLite connection; the
in-process file lock is shared by reference count). Writes go to one writer thread
(``writer.BatchWriter``) that commits them in groups, each entry in its own savepoint and
through the core services; a request is answered only after its entry's COMMIT.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException

from ..errors import SmartBimtekError, WorkshopFileError
from ..store.workshop import Workshop, open_workshop
from . import security
from .refusals import STATUS_BY_CODE, Refused, error_body, refusal, status_of  # noqa: F401
from .writer import BatchWriter

log = logging.getLogger(__name__)


class WorkshopPool:
    """One open ``Workshop`` per thread for one file; closes them all at the end."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._open: list[Workshop] = []
        self._guard = threading.Lock()
        self.closed = False

    def get(self) -> Workshop:
        """This thread's workshop connection (opened on first use)."""
        ws = getattr(self._local, "ws", None)
        if ws is None or ws.closed:
            if self.closed:
                raise WorkshopFileError("The table input server is stopping.", code="stopping")
            ws = open_workshop(self.path)
            ws.source = "phone"
            ws.actor = "phone"
            self._local.ws = ws
            with self._guard:
                self._open.append(ws)
        return ws

    def close_all(self) -> None:
        """Close every connection the pool opened (after the server threads stopped)."""
        with self._guard:
            self.closed = True
            opened, self._open = self._open, []
        for ws in opened:
            ws.close()


def create_app(path: str | Path, *, join_limit: int = security.JOIN_LIMIT,
               join_window: float = security.JOIN_WINDOW,
               failed_join_limit: int = security.FAILED_JOIN_LIMIT,
               failed_join_window: float = security.FAILED_JOIN_WINDOW,
               max_body: int = security.MAX_BODY, base_url: str = "",
               hosts: security.HostPolicy | None = None, clock=time.monotonic) -> Flask:
    """The Flask app serving the phone page and its JSON API for the workshop at ``path``.

    ``join_limit`` join attempts per ``join_window`` seconds per client address, and
    ``failed_join_limit`` wrong codes per ``failed_join_window`` seconds from all addresses
    together (``clock`` times both); ``base_url`` is the address printed on cards (used for
    the "share" QR code); ``hosts`` the ``Host`` names answered (default: this machine's
    addresses on any port; the runner narrows it to the server's port once it listens).
    """
    from . import api, pages

    app = Flask(__name__, static_folder=None)
    app.config.update(MAX_CONTENT_LENGTH=max_body)
    app.json = security.StrictJSONProvider(app)
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    writer = BatchWriter(path)
    writer.start()
    app.extensions["smartbimtek"] = {
        "pool": WorkshopPool(path),
        "writer": writer,
        "join_limiter": security.JoinThrottle(
            security.RateLimiter(join_limit, join_window, clock),
            security.FailureBudget(failed_join_limit, failed_join_window, clock)),
        "hosts": hosts or security.HostPolicy(),
        "base_url": base_url,
    }
    app.register_blueprint(pages.blueprint)
    app.register_blueprint(api.blueprint, url_prefix="/api")

    @app.errorhandler(SmartBimtekError)
    def _core_refusal(exc: SmartBimtekError):
        return jsonify(error_body(exc)), status_of(exc)

    @app.errorhandler(Refused)
    def _refused(exc: Refused):
        response, status = refusal(exc.status, exc.code, exc.message)
        response.headers.update(exc.headers)
        return response, status

    @app.errorhandler(sqlite3.OperationalError)
    def _busy(exc: sqlite3.OperationalError):
        log.warning("database busy on %s: %s", request.path, exc)
        return refusal(503, "busy", "The workshop file is busy; the entry will be retried.")

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException):
        if not request.path.startswith("/api/"):
            return exc
        code = {413: "too_large", 404: "not_found", 405: "method", 400: "bad_request",
                415: "media_type"}.get(exc.code or 400, "http")
        return refusal(exc.code or 400, code, exc.description or exc.name)

    @app.before_request
    def _own_host():
        if not app.extensions["smartbimtek"]["hosts"].allows(request.host):
            raise Refused(403, "host", "Open the address shown by the facilitator.")

    @app.after_request
    def _settle_join(response):
        return app.extensions["smartbimtek"]["join_limiter"].settle_request(response)

    app.after_request(security.harden)
    return app


def pool_of(app: Flask) -> WorkshopPool:
    """The workshop pool of an app made by ``create_app``."""
    return app.extensions["smartbimtek"]["pool"]


def close_app(app: Flask) -> None:
    """Stop the app's writer (after committing what is queued) and close its connections.
    Call once the HTTP server no longer runs requests."""
    app.extensions["smartbimtek"]["writer"].stop()
    pool_of(app).close_all()
