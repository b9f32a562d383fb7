"""Changes to a workshop file.

- ``bus``: the process-wide change bus (``Change``, ``subscribe``, ``publish``, re-exported
  here): services publish after each commit, the desktop subscribes.
- ``history``: the file's own history read from its audit rows (``load_history``).
- ``report``: what changed between two points, field by field (``build_report`` and the
  ranges); ``fields``: field names and values as text for people.

Only the bus is imported here: ``store.workshop`` publishes through it, and ``history`` reads
through ``store.workshop``, so importing ``history`` here would be an import cycle. Import
``smartbimtek.changes.history`` and ``smartbimtek.changes.report`` by name.
"""

from __future__ import annotations

from .bus import Change, publish, subscribe

__all__ = ["Change", "publish", "subscribe"]
