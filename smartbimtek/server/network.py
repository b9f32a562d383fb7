"""The machine's network addresses, and which one to show to phones.

No extra dependency: the addresses come from the host name and from the route the operating
system would use (a UDP socket "connected" to a private address sends nothing).
"""

from __future__ import annotations

import ipaddress
import logging
import socket

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
ANY = "0.0.0.0"
#: Default port of the table input server (above 1024: no administrator rights needed).
DEFAULT_PORT = 8765


def _route_address(target: str) -> str | None:
    """The local address the OS would use to reach ``target`` (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect((target, 9))
            return probe.getsockname()[0]
        except OSError:
            return None


def local_addresses() -> list[str]:
    """IPv4 addresses of this machine, private LAN addresses first, loopback last."""
    found: list[str] = []
    for target in ("10.255.255.255", "192.168.255.255", "172.31.255.255"):
        address = _route_address(target)
        if address:
            found.append(address)
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
        found += [info[4][0] for info in infos]
    except OSError as exc:
        log.info("host name lookup failed: %s", exc)
    unique = [a for a in dict.fromkeys(found) if a != ANY]
    unique.append(LOOPBACK)
    return sorted(dict.fromkeys(unique), key=_rank)


def _rank(address: str) -> tuple[int, str]:
    ip = ipaddress.ip_address(address)
    if ip.is_loopback:
        return (3, address)
    if ip.is_link_local:
        return (2, address)
    if ip.is_private:
        return (0, address)
    return (1, address)


def preferred_address(addresses: list[str] | None = None) -> str:
    """The address to show phones: a private LAN address if there is one, else loopback."""
    addresses = addresses if addresses is not None else local_addresses()
    return addresses[0] if addresses else LOOPBACK


def is_lan_address(address: str) -> bool:
    """True for a private, non-loopback IPv4 address (what phones on the venue network reach)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return ip.is_private and not ip.is_loopback and not ip.is_link_local


def display_host(bound_host: str) -> str:
    """The host to print in URLs for a server bound to ``bound_host`` (never 0.0.0.0)."""
    if bound_host in (ANY, "", "::"):
        return preferred_address()
    return bound_host


def base_url(host: str, port: int) -> str:
    """``http://host:port`` for the page phones open."""
    return f"http://{display_host(host)}:{port}"


def join_url(base: str, code: str) -> str:
    """The address that opens the page with a table's code filled in (for QR codes)."""
    return f"{base.rstrip('/')}/j/{code}"
