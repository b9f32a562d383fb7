"""``smartbimtek serve PATH [--host ADDR] [--port N]``: run the table input server headless.

Prints the address phones open and every OPD's join code, then serves until Ctrl+C.
"""

from __future__ import annotations

import argparse
import sys
import threading
from datetime import datetime
from pathlib import Path


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def cmd_serve(args: argparse.Namespace) -> int:
    """Open the workshop, start the server on the chosen interface, list codes, serve."""
    from ..services import lan, roster
    from ..store import open_workshop
    from . import network
    from .cards import write_table_cards
    from .runner import LanServer

    path = Path(args.path)
    addresses = network.local_addresses()
    host = {"all": network.ANY, "any": network.ANY}.get(args.host or "", args.host)
    host = host or network.preferred_address(addresses)
    with open_workshop(path) as ws:  # holds the file for this program while serving
        options = {"threads": args.threads} if args.threads else {}
        server = LanServer(path, host, args.port, on_restart=_restarted, **options)
        url = server.start()
        try:
            codes = lan.active_codes(ws)
            _out(f"SmartBimtek table input for {path.name}")
            _out(f"Listening on {host}:{server.port}")
            _out(f"Phones open: {url}")
            _out(f"Connections: up to {server.connection_limit} at once, "
                 f"{server.per_address_limit} per address")
            others = [a for a in addresses if a != network.display_host(host)]
            if host == network.ANY and others:
                _out("Also reachable at: " + ", ".join(f"http://{a}:{server.port}" for a in others))
            if not network.is_lan_address(network.display_host(host)):
                _out("Note: this address is only reachable from this computer; choose the "
                     "venue network with --host.")
            _out("")
            _out(f"{'Table':>5}  {'OPD':<14} {'Code':<8} Join link")
            for opd in roster.list_opds(ws):
                code = codes[opd.id].code if opd.id in codes else "-"
                table = str(opd.table_no or "")
                _out(f"{table:>5}  {opd.code:<14} {code:<8} {network.join_url(url, code)}")
            if args.cards:
                cards = write_table_cards(ws, url, args.cards, wifi=args.wifi or "")
                _out(f"\nTable cards written to {cards}")
            _out("\nPress Ctrl+C to stop.")
            _wait_forever()
        except KeyboardInterrupt:
            _out("Stopping...")
        finally:
            server.stop()
    _out("Stopped. Every entry is saved in the workshop file.")
    return 0


def _restarted(count: int) -> None:
    _out(f"{datetime.now():%H:%M} The server stopped and was restarted on the same address "
         f"(restart {count}); phones reconnect by themselves.")


def _wait_forever() -> None:
    event = threading.Event()
    while not event.wait(3600):
        pass


def register(subparsers) -> None:
    """Add the ``serve`` subcommand to the ``smartbimtek`` command's parser."""
    from .network import DEFAULT_PORT

    p = subparsers.add_parser("serve", help="let phones and table laptops enter their work "
                              "over the local network")
    p.add_argument("path", help="workshop file (.bimtek)")
    p.add_argument("--host", help="address of the interface to listen on (default: this "
                   "computer's local network address; 'all' for every interface)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT,
                   help=f"port (default {DEFAULT_PORT}; 0 picks a free one)")
    p.add_argument("--threads", type=int, help=argparse.SUPPRESS)
    p.add_argument("--cards", metavar="PDF", help="also write the printable table cards")
    p.add_argument("--wifi", metavar="NAME", help="Wi-Fi name printed on the table cards")
    p.set_defaults(func=cmd_serve)
