"""Storage of a workshop file: SQLite connection, lock, migrations, backups."""

from .workshop import Workshop, open_workshop

__all__ = ["Workshop", "open_workshop"]
