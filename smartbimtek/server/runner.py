"""Run the table input server (waitress) in a background thread, and stop it cleanly.

Used by the desktop app (console toggle) and by ``smartbimtek serve``.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from waitress import wasyncore
from waitress.server import create_server

from ..services import lan
from ..store.workshop import open_workshop
from . import capacity, network, security
from .app import close_app, create_app
from .channel import install as install_quiet_channel

log = logging.getLogger(__name__)

#: Worker threads: while the writer commits one batch, the others parse and prepare the next
#: (16 measured better than 4 or 8 with 60 phones, see bench/lan.py --threads).
DEFAULT_THREADS = 16
#: Python's thread switch interval while serving. The default (5 ms) lets a thread that
#: finished its commit wait that long for the interpreter while others parse requests, which
#: stretches every queued write; 1 ms keeps the write queue moving.
SWITCH_INTERVAL = 0.001
#: waitress' own body limit, above the app's (which answers a JSON 413). waitress has one
#: limit for every route, so it admits a photo upload (``api.PHOTO_MAX_BODY``, 15 MB); the
#: app keeps its 128 KB limit on every other route (Flask's per-request limit), and waitress
#: spools bodies above 512 KB to a temporary file rather than memory.
WAITRESS_MAX_BODY = 16 * 1024 * 1024
#: Longest wait between two attempts to listen again after the loop died.
MAX_RESTART_DELAY = 5.0


class LanServer:
    """The table input server for one workshop file.

    ``host`` is the interface the facilitator chose to listen on (``0.0.0.0``: all of them);
    ``port`` 0 picks a free port. ``start()`` returns the base URL to show phones.

    The server is supervised: if waitress' loop thread dies (it did when ``select()`` ran
    past its descriptor limit), the loop is rebuilt on the same address and port with the
    same app (join codes and sessions live in the workshop file, so phones carry on),
    ``restarts`` counts it and ``on_restart(count)`` is called from the server's thread.
    """

    def __init__(self, path: str | Path, host: str = network.LOOPBACK,
                 port: int = network.DEFAULT_PORT, *, threads: int = DEFAULT_THREADS,
                 join_limit: int = security.JOIN_LIMIT,
                 join_window: float = security.JOIN_WINDOW,
                 failed_join_limit: int = security.FAILED_JOIN_LIMIT,
                 failed_join_window: float = security.FAILED_JOIN_WINDOW,
                 on_restart: Callable[[int], None] | None = None) -> None:
        self.path = Path(path)
        self.host = host
        self.requested_port = port
        self.threads = threads
        self.join_limit = join_limit
        self.join_window = join_window
        self.failed_join_limit = failed_join_limit
        self.failed_join_window = failed_join_window
        self.on_restart = on_restart
        self.app = None
        self.connection_limit = 0
        self.per_address_limit = 0
        self.restarts = 0
        self.last_restart: datetime | None = None
        self._server = None
        self._guard: capacity.AddressGuard | None = None
        self._thread: threading.Thread | None = None
        self._switch = sys.getswitchinterval()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._serving = threading.Event()  # set while waitress' loop runs

    @property
    def running(self) -> bool:
        """True between ``start()`` and ``stop()`` (also while a dead loop is rebuilt)."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def port(self) -> int:
        """The port actually listened on."""
        return int(self._server.effective_port) if self._server else self.requested_port

    @property
    def url(self) -> str:
        """The address phones open (never 0.0.0.0)."""
        return network.base_url(self.host, self.port)

    @property
    def refused_connections(self) -> int:
        """Connections closed at once because their address held too many already."""
        return self._guard.refused if self._guard else 0

    def joins_paused(self) -> float:
        """Seconds new joins must still wait because too many wrong codes were tried from all
        addresses together (0: joining is open)."""
        if self.app is None:
            return 0.0
        return self.app.extensions["smartbimtek"]["join_limiter"].failures.wait()

    def _create_server(self, port: int):
        server = create_server(self.app, host=self.host, port=port,
                               threads=self.threads, ident="SmartBimtek",
                               max_request_body_size=WAITRESS_MAX_BODY,
                               connection_limit=self.connection_limit,
                               channel_timeout=capacity.CHANNEL_TIMEOUT,
                               cleanup_interval=capacity.CLEANUP_INTERVAL,
                               asyncore_use_poll=capacity.uses_poll(),
                               clear_untrusted_proxy_headers=True)
        install_quiet_channel(server)  # no busy loop while a request runs (see channel.py)
        self._guard = capacity.AddressGuard.install(server, self.per_address_limit)
        return server

    def start(self) -> str:
        """Open the workshop's join codes (one per OPD) and start listening.

        Raises ``OSError`` when the address cannot be used (port taken, interface gone).
        """
        if self.running:
            return self.url
        with open_workshop(self.path) as ws:  # migrates if needed; shares the process lock
            lan.ensure_codes(ws)
        self.app = create_app(self.path, join_limit=self.join_limit,
                              join_window=self.join_window,
                              failed_join_limit=self.failed_join_limit,
                              failed_join_window=self.failed_join_window)
        self.connection_limit = capacity.connection_limit()
        self.per_address_limit = capacity.per_address_limit(self.connection_limit)
        try:
            self._server = self._create_server(self.requested_port)
        except BaseException:
            close_app(self.app)
            raise
        self.app.extensions["smartbimtek"]["base_url"] = self.url
        self.app.extensions["smartbimtek"]["hosts"] = security.HostPolicy(self.port, self.host)
        # Writes queue at the write gate by design: waitress' "task queue depth" warnings
        # would only flood the log under a burst of entries.
        logging.getLogger("waitress.queue").setLevel(logging.ERROR)
        self._switch = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch, SWITCH_INTERVAL))
        self._stopping.clear()
        self._thread = threading.Thread(target=self._supervise, name="smartbimtek-lan",
                                        daemon=True)
        self._thread.start()
        log.info("table input server listening on %s:%s (%s); up to %d connections, %d per "
                 "address, %s", self.host, self.port, self.url, self.connection_limit,
                 self.per_address_limit, "poll()" if capacity.uses_poll() else "select()")
        return self.url

    # -- supervision ------------------------------------------------------------------------
    def _supervise(self) -> None:
        """The server thread: run waitress' loop; if it dies, rebuild it on the same port."""
        while True:
            server = self._server
            self._serving.set()
            try:
                server.run()
                reason = "the loop ended"
            except Exception as exc:  # noqa: BLE001 - any death of the loop is restarted
                log.exception("table input server loop died")
                reason = f"{type(exc).__name__}: {exc}"
            finally:
                self._serving.clear()
            if self._stopping.is_set():
                return
            log.error("table input server on %s:%s stopped (%s); restarting it", self.host,
                      server.effective_port, reason)
            port = int(server.effective_port)
            _discard(server)
            if not self._rebuild(port):
                return
            self.restarts += 1
            self.last_restart = datetime.now()
            log.warning("table input server restarted on %s:%s (restart %d)", self.host, port,
                        self.restarts)
            if self.on_restart is not None:
                try:
                    self.on_restart(self.restarts)
                except Exception:  # noqa: BLE001 - a broken listener must not stop serving
                    log.exception("restart listener failed")

    def _rebuild(self, port: int) -> bool:
        """A new waitress server on ``port`` (retried while the port is not free yet).
        False when the server was stopped meanwhile."""
        delay = 0.1
        while not self._stopping.is_set():
            try:
                server = self._create_server(port)
            except Exception as exc:  # noqa: BLE001 - keep trying until stopped
                log.warning("cannot listen on %s:%s again yet (%s); retrying", self.host, port,
                            exc)
                self._stopping.wait(delay)
                delay = min(delay * 2, MAX_RESTART_DELAY)
                continue
            with self._lock:
                if self._stopping.is_set():
                    _discard(server)
                    return False
                self._server = server
            return True
        return False

    def stop(self, timeout: float = 5.0) -> None:
        """Stop accepting, let running requests finish (up to ``timeout``), close everything."""
        with self._lock:
            self._stopping.set()
            server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        if thread.is_alive() and self._serving.is_set():
            try:
                _stop_server(server, timeout)
            except OSError as exc:  # the loop died just now: the supervisor sees the stop
                log.info("table input server loop gone while stopping: %s", exc)
        thread.join(timeout)
        if thread.is_alive():
            log.warning("table input server thread did not stop within %.0f s", timeout)
        close_app(self.app)
        sys.setswitchinterval(self._switch)
        self._server = None
        self._thread = None
        log.info("table input server stopped")

    def __enter__(self) -> LanServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _stop_server(server, timeout: float) -> None:
    """Stop a running waitress server from another thread (through its trigger)."""
    listening = threading.Event()

    def stop_listening() -> None:  # runs in the server's loop thread
        wasyncore.dispatcher.close(server)
        listening.set()

    server.trigger.pull_trigger(stop_listening)
    listening.wait(timeout)
    server.task_dispatcher.shutdown(cancel_pending=True, timeout=timeout)

    def close_channels() -> None:
        for channel in list(server._map.values()):
            if channel is not server.trigger:
                channel.handle_close()
        server.trigger.close()

    server.trigger.pull_trigger(close_channels)


def _discard(server) -> None:
    """Close everything of a waitress server whose loop no longer runs (its map holds its
    listener, its trigger and every connection) and stop its worker threads."""
    for channel in list(server._map.values()):
        try:
            channel.close()
        except Exception:  # noqa: BLE001 - close what can be closed
            log.debug("closing %r failed", channel, exc_info=True)
    server._map.clear()
    server.task_dispatcher.shutdown(cancel_pending=True, timeout=5.0)
