"""The table input server as the desktop app runs it: one per controller, started and
stopped from the console, stopped whenever the workshop closes or the app quits.

The server writes through its own connections; its changes reach the console through the
change bus (``controller.data_changed``), so entries from phones appear live on the boards.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

if TYPE_CHECKING:
    from smartbimtek.server.runner import LanServer

from .controller import Controller

log = logging.getLogger(__name__)


def _network():
    """``smartbimtek.server.network`` (sockets, addresses), loaded when table input first
    needs it rather than at start."""
    from smartbimtek.server import network

    return network


class LanControl(QObject):
    """Owns the running ``LanServer`` (if any). Get it with ``LanControl.of(controller)``.

    ``state_changed`` fires when the server starts, stops or fails to start (``error``), and
    after the server restarted itself (``restarts`` times since it was opened, the last at
    ``restarted_at``, "HH:MM"). ``server_restarted(count)`` is emitted from the server's
    thread and reaches this object queued, in the GUI thread.
    """

    state_changed = Signal()
    server_restarted = Signal(int)

    def __init__(self, controller: Controller) -> None:
        super().__init__(controller)
        self.setObjectName("lanControl")
        self.controller = controller
        self.server: LanServer | None = None
        self.error = ""
        self.wifi = ""
        self._host: str | None = None  # looked up when first needed (a faster start)
        self._port: int | None = None
        self.restarts = 0
        self.restarted_at = ""
        self.server_restarted.connect(self._restarted)
        controller.workshop_closed.connect(self.stop)
        controller.workshop_opened.connect(self.stop)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @staticmethod
    def of(controller: Controller) -> LanControl:
        """The controller's table input control (created on first use)."""
        found = controller.findChild(LanControl, "lanControl")
        return found if found is not None else LanControl(controller)

    @property
    def host(self) -> str:
        """The address table input opens on (by default the one phones can reach: a private
        LAN address if there is one). Looked up when first asked, not at start: the lookup
        of the machine's addresses can take a while."""
        if self._host is None:
            self._host = _network().preferred_address()
        return self._host

    @host.setter
    def host(self, value: str) -> None:
        self._host = value

    @property
    def port(self) -> int:
        """The port table input opens on (``network.DEFAULT_PORT`` unless chosen)."""
        return _network().DEFAULT_PORT if self._port is None else self._port

    @port.setter
    def port(self, value: int) -> None:
        self._port = value

    @property
    def running(self) -> bool:
        """True while phones can connect."""
        return self.server is not None and self.server.running

    @property
    def url(self) -> str:
        """The address phones open (the planned one while closed; never 0.0.0.0)."""
        if self.running:
            return self.server.url
        return _network().base_url(self.host, self.port)

    def start(self, host: str | None = None, port: int | None = None) -> bool:
        """Open table input on ``host``:``port``. False (and ``error`` set) when it cannot."""
        if self.controller.ws is None:
            self.error = self.tr("Open a workshop first.")
            self.state_changed.emit()
            return False
        self.stop()
        network = _network()
        if host is None and self.host not in (network.ANY, *network.local_addresses()):
            self.host = network.preferred_address()  # the laptop changed networks since
        self.host = host or self.host
        self.port = self.port if port is None else int(port)
        from smartbimtek.server.runner import LanServer  # Flask loads only when opened

        server = LanServer(self.controller.ws.path, self.host, self.port,
                           on_restart=self.server_restarted.emit)
        self.restarts = 0
        self.restarted_at = ""
        try:
            server.start()
        except OSError as exc:
            log.warning("table input server could not start on %s:%s: %s", self.host,
                        self.port, exc)
            self.error = self.tr("Cannot listen on {host}:{port} ({reason}). Choose another "
                                 "address or port.").format(host=self.host, port=self.port,
                                                            reason=exc.strerror or exc)
            self.state_changed.emit()
            return False
        self.server = server
        self.port = server.port
        self.error = ""
        self.state_changed.emit()
        return True

    def joins_paused(self) -> bool:
        """True while new phones cannot join because too many wrong codes were tried."""
        return self.running and self.server.joins_paused() > 0

    def _restarted(self, count: int) -> None:
        if self.server is None:
            return
        self.restarts = count
        self.restarted_at = datetime.now().strftime("%H:%M")
        log.warning("table input server restarted itself (%d times so far)", count)
        self.state_changed.emit()

    def stop(self) -> None:
        """Close table input (entries already made are all saved)."""
        if self.server is None:
            return
        server, self.server = self.server, None
        server.stop()
        self.state_changed.emit()
