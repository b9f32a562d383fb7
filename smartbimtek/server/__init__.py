"""The table input server: phones and table laptops enter their work over the venue's local
network (Flask app served by waitress in a background thread). See ``docs/lan-api.md``."""

from .app import create_app
from .runner import LanServer

__all__ = ["LanServer", "create_app"]
