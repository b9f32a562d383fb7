"""Save a copy of an open workshop under another name ("File > Save a copy as").

The copy is made with SQLite's online backup API (consistent even while the workshop is in
use), written to a temporary file beside the target and moved into place, so a crash never
leaves half a copy (and a failure leaves no temporary file). The open workshop stays the one
being worked on. A workshop file or a locked file is never replaced; another existing file
only with ``force`` (see ``targets.check_output_target``).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..errors import WorkshopFileError
from .targets import check_output_target
from .workshop import Workshop


def save_copy(ws: Workshop, target: str | Path, *, force: bool = False) -> Path:
    """Write a self-contained copy of ``ws`` to ``target``.

    Raises ``WorkshopFileError``: ``duplicate`` when ``target`` is the open file itself,
    ``target_is_workshop`` / ``target_locked`` for a workshop file or a file in use (never
    replaced), ``target_exists`` for another existing file without ``force``, and
    ``missing`` / ``write_failed`` when the target cannot be written (nothing is left).
    """
    target = Path(target)
    if target.resolve() == Path(ws.path).resolve():
        raise WorkshopFileError(f"{target.name} is the workshop being used.", code="duplicate",
                                hint="Choose another file name.")
    check_output_target(target, force=force)
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
        check_output_target(target, force=force)  # it may have become one meanwhile
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        for leftover in (tmp, *(Path(f"{tmp}{s}") for s in ("-journal", "-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        code = "missing" if isinstance(exc, FileNotFoundError | NotADirectoryError) or \
            "unable to open" in str(exc) else "write_failed"
        raise WorkshopFileError(f"{target} cannot be written: {exc}", code=code,
                                hint="Choose a folder you can write to, with free space.",
                                path=str(target)) from exc
    except WorkshopFileError:
        tmp.unlink(missing_ok=True)
        raise
    return target
