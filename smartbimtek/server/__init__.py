"""The table input server: phones and table laptops enter their work over the venue's local
network (Flask app served by waitress in a background thread). See ``docs/lan-api.md``.

``create_app`` and ``LanServer`` are imported lazily, so that ``smartbimtek.server.cli`` can
register the ``serve`` subcommand without loading Flask for every other command.
"""

from __future__ import annotations

__all__ = ["LanServer", "create_app"]


def __getattr__(name: str):
    if name == "LanServer":
        from .runner import LanServer

        return LanServer
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(name)
