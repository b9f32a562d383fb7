"""Save a copy of an open workshop under another name ("File > Save a copy as").

The copy is made with SQLite's online backup API (consistent even while the workshop is in
use), written to a temporary file beside the target and moved into place, so a crash never
leaves half a copy. The open workshop stays the one being worked on.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..errors import WorkshopFileError
from . import lock
from .workshop import Workshop


def save_copy(ws: Workshop, target: str | Path) -> Path:
    """Write a self-contained copy of ``ws`` to ``target`` (replacing a closed file there).

    Raises ``WorkshopFileError`` when ``target`` is the open file itself or a workshop that
    is open, and for a target that cannot be written.
    """
    target = Path(target)
    if target.resolve() == Path(ws.path).resolve():
        raise WorkshopFileError(f"{target.name} is the workshop being used.", code="duplicate",
                                hint="Choose another file name.")
    if lock.held_here(target):
        raise WorkshopFileError(f"{target.name} is open in this program.", code="locked")
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        tmp.unlink(missing_ok=True)
        dest = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            ws.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
        finally:
            dest.close()
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise WorkshopFileError(f"{target} cannot be written: {exc}", code="missing",
                                hint="Choose a folder you can write to.") from exc
    return target
