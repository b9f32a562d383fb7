"""How many connections the table input server holds open at once, in total and per client
address, so that a flood of idle connections cannot kill its event loop.

waitress waits on its sockets with ``select()`` unless told to ``poll()``. ``select()`` fails
for a descriptor numbered ``FD_SETSIZE`` (1024 on Linux and macOS) or above, and on Windows
for more than 512 sockets in one call (CPython's select module is built with
``FD_SETSIZE=512`` there). When it fails, waitress' loop thread dies and every phone times
out. So: ``poll()`` wherever the platform has it (no descriptor number limit), and a
connection limit kept well below what ``select()`` allows in any case, computed at start
from the descriptors the process already uses.
"""

from __future__ import annotations

import logging
import os
import select
import sys

log = logging.getLogger(__name__)

WINDOWS = sys.platform == "win32"
#: What one ``select()`` call accepts: descriptor numbers below 1024 (POSIX), or at most 512
#: sockets (Windows, CPython's build setting).
SELECT_FD_SETSIZE = 512 if WINDOWS else 1024
#: Descriptors kept free for what the app opens while serving: the request threads' SQLite
#: connections (file, -wal, -shm each), the writer, backups, exports, logs, Qt.
RESERVED_DESCRIPTORS = 200
#: Upper bounds on open connections (a venue of 35 tables with a few phones each needs ~200:
#: a phone keeps 1-2 connections alive between polls).
MAX_CONNECTIONS = 300 if WINDOWS else 500
#: Never below this, even when the process already uses many descriptors (``poll()``
#: makes high descriptor numbers harmless; Windows counts sockets, not numbers).
MIN_CONNECTIONS = 64
#: Connections one client address may hold at once: a browser opens up to 6 per server;
#: a table laptop with a few tabs stays far below. One attacker cannot fill the server.
MIN_PER_ADDRESS = 32
#: Seconds an idle kept-alive connection stays open (phones poll every 4 s, so their
#: connections stay in use; idle floods are closed within ``CHANNEL_TIMEOUT`` +
#: ``CLEANUP_INTERVAL`` seconds).
CHANNEL_TIMEOUT = 30
CLEANUP_INTERVAL = 10


def uses_poll() -> bool:
    """True when waitress can wait with ``poll()`` here (POSIX; not Windows)."""
    return hasattr(select, "poll") and not WINDOWS


def highest_open_descriptor() -> int | None:
    """The highest file descriptor this process has open (None when it cannot be listed)."""
    for folder in ("/proc/self/fd", "/dev/fd"):
        try:
            numbers = [int(name) for name in os.listdir(folder) if name.isdigit()]
        except OSError:
            continue
        if numbers:
            return max(numbers)
    return None


def _soft_file_limit() -> int | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    return None if soft == resource.RLIM_INFINITY else int(soft)


def connection_limit(highest: int | None = None, soft_limit: int | None = None) -> int:
    """How many connections (the listener included) the server may hold at once.

    POSIX: what stays below ``select()``'s ``FD_SETSIZE`` and the process' open-file limit
    after the descriptors already open (``highest``, read from the system when None) and a
    reserve, capped at ``MAX_CONNECTIONS``. Windows: ``select()`` counts sockets, so the cap
    alone (well below 512).
    """
    if WINDOWS:
        return min(MAX_CONNECTIONS, SELECT_FD_SETSIZE - 64)
    if highest is None:
        highest = highest_open_descriptor()
        if highest is None:
            highest = 256  # cannot tell: assume a busy desktop process
    room = SELECT_FD_SETSIZE - 1 - highest - RESERVED_DESCRIPTORS
    soft_limit = _soft_file_limit() if soft_limit is None else soft_limit
    if soft_limit is not None:
        room = min(room, soft_limit - 1 - highest - RESERVED_DESCRIPTORS)
    return max(MIN_CONNECTIONS, min(MAX_CONNECTIONS, room))


def per_address_limit(total: int) -> int:
    """Connections one client address may hold: a quarter of the total, at least
    ``MIN_PER_ADDRESS``."""
    return max(MIN_PER_ADDRESS, total // 4)


class AddressGuard:
    """Stands in for waitress' channel class: a new connection from an address that already
    holds ``limit`` connections is closed at once instead of becoming a channel.

    Install with ``AddressGuard.install(server, limit)`` on a waitress TCP server.
    """

    def __init__(self, server, limit: int) -> None:
        self.server = server
        self.limit = limit
        self.channel_class = server.channel_class
        self.refused = 0

    @classmethod
    def install(cls, server, limit: int) -> AddressGuard | None:
        """Guard ``server``'s new connections (None when it is not a single TCP server)."""
        if not hasattr(server, "active_channels") or not hasattr(server, "channel_class"):
            return None
        guard = cls(server, limit)
        server.channel_class = guard
        return guard

    def open_from(self, address: str) -> int:
        """Connections the address holds now."""
        return sum(1 for channel in list(self.server.active_channels.values())
                   if (getattr(channel, "addr", None) or ("",))[0] == address)

    def __call__(self, server, conn, addr, adj, map=None):  # noqa: A002 - waitress' name
        """Make the channel, or close ``conn`` when its address is over the limit."""
        address = addr[0] if isinstance(addr, tuple) and addr else str(addr)
        if self.open_from(address) >= self.limit:
            self.refused += 1
            if self.refused == 1 or self.refused % 1000 == 0:
                log.warning("client %s holds %d connections: closing new ones (%d so far)",
                            address, self.limit, self.refused)
            conn.close()
            return None
        return self.channel_class(server, conn, addr, adj, map=map)
