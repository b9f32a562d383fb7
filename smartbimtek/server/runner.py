"""Run the table input server (waitress) in a background thread, and stop it cleanly.

Used by the desktop app (console toggle) and by ``smartbimtek serve``.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from waitress import wasyncore
from waitress.server import create_server

from ..services import lan
from ..store.workshop import open_workshop
from . import network, security
from .app import close_app, create_app

log = logging.getLogger(__name__)

#: Worker threads: while the writer commits one batch, the others parse and prepare the next
#: (16 measured better than 4 or 8 with 60 phones, see bench/lan.py --threads).
DEFAULT_THREADS = 16
#: Python's thread switch interval while serving. The default (5 ms) lets a thread that
#: finished its commit wait that long for the interpreter while others parse requests, which
#: stretches every queued write; 1 ms keeps the write queue moving.
SWITCH_INTERVAL = 0.001
#: waitress' own body limit, above the app's (which answers a JSON 413).
WAITRESS_MAX_BODY = 1024 * 1024


class LanServer:
    """The table input server for one workshop file.

    ``host`` is the interface the facilitator chose to listen on (``0.0.0.0``: all of them);
    ``port`` 0 picks a free port. ``start()`` returns the base URL to show phones.
    """

    def __init__(self, path: str | Path, host: str = network.LOOPBACK,
                 port: int = network.DEFAULT_PORT, *, threads: int = DEFAULT_THREADS,
                 join_limit: int = 10, join_window: float = 60.0) -> None:
        self.path = Path(path)
        self.host = host
        self.requested_port = port
        self.threads = threads
        self.join_limit = join_limit
        self.join_window = join_window
        self.app = None
        self._server = None
        self._thread: threading.Thread | None = None
        self._switch = sys.getswitchinterval()

    @property
    def running(self) -> bool:
        """True between ``start()`` and ``stop()``."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def port(self) -> int:
        """The port actually listened on."""
        return int(self._server.effective_port) if self._server else self.requested_port

    @property
    def url(self) -> str:
        """The address phones open (never 0.0.0.0)."""
        return network.base_url(self.host, self.port)

    def start(self) -> str:
        """Open the workshop's join codes (one per OPD) and start listening.

        Raises ``OSError`` when the address cannot be used (port taken, interface gone).
        """
        if self.running:
            return self.url
        with open_workshop(self.path) as ws:  # migrates if needed; shares the process lock
            lan.ensure_codes(ws)
        self.app = create_app(self.path, join_limit=self.join_limit,
                              join_window=self.join_window)
        self._server = create_server(self.app, host=self.host, port=self.requested_port,
                                     threads=self.threads, ident="SmartBimtek",
                                     max_request_body_size=WAITRESS_MAX_BODY,
                                     connection_limit=1000, channel_timeout=120,
                                     clear_untrusted_proxy_headers=True)
        self.app.extensions["smartbimtek"]["base_url"] = self.url
        self.app.extensions["smartbimtek"]["hosts"] = security.HostPolicy(self.port, self.host)
        # Writes queue at the write gate by design: waitress' "task queue depth" warnings
        # would only flood the log under a burst of entries.
        logging.getLogger("waitress.queue").setLevel(logging.ERROR)
        self._switch = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch, SWITCH_INTERVAL))
        self._thread = threading.Thread(target=self._server.run, name="smartbimtek-lan",
                                        daemon=True)
        self._thread.start()
        log.info("table input server listening on %s:%s (%s)", self.host, self.port, self.url)
        return self.url

    def stop(self, timeout: float = 5.0) -> None:
        """Stop accepting, let running requests finish (up to ``timeout``), close everything."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
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
