"""Sweep what a killed process left behind around a workshop file.

A backup or a kept copy is written to a hidden ``.<name>.tmp`` in the backup folders and
moved into place; an import or a restore builds the new file aside as ``.<file>.importing``
/ ``.<file>.restoring`` (the demo as ``.<file>.demo``). Every error path removes them, but a
process killed midway cannot: a full-size ``.tmp`` per killed backup would pile up, never
pruned. ``open_workshop`` calls ``sweep_stale`` once it holds the file's lock, so no backup,
import or restore of this file can be running in another program.

Only files that are not locked (a staged file keeps its own ``.lock`` held while it is in
use) and older than a few minutes are removed: a copy being written right now by another
thread of this process is always younger than that. The sweep never raises: a failure is
logged and the file opens anyway.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from .folders import backup_dirs, kept_dirs
from .targets import is_locked

log = logging.getLogger(__name__)

#: What staging leaves beside the workshop file ``.<name>.<purpose>``.
STAGING = ("importing", "restoring", "demo")
#: Files that belong to a leftover and go with it.
COMPANIONS = ("-wal", "-shm", "-journal", ".lock")
#: Default age (seconds) a leftover must have before it is removed.
STALE_AFTER_S = 300.0


def _group(main: Path) -> list[Path]:
    """``main`` and its companions that exist."""
    return [p for p in (main, *(Path(f"{main}{s}") for s in COMPANIONS))
            if p.is_file() or p.is_symlink()]


def _newest_mtime(paths: list[Path]) -> float:
    newest = 0.0
    for item in paths:
        try:
            newest = max(newest, item.lstat().st_mtime)
        except OSError:
            continue
    return newest


def _staged_leftovers(path: Path) -> list[Path]:
    return [path.with_name(f".{path.name}.{purpose}") for purpose in STAGING]


def _temp_copies(path: Path) -> list[Path]:
    """Hidden temporary copies (``.<name>.tmp``) in the backup and kept folders of ``path``."""
    found = []
    for folder in (*backup_dirs(path), *kept_dirs(path)):
        try:
            if not folder.is_dir():
                continue
            found += [item for item in folder.iterdir()
                      if item.name.startswith(".") and item.name.endswith(".tmp")]
        except OSError as exc:
            log.info("cannot look for leftovers in %s: %s", folder, exc)
    return found


def sweep_stale(path: str | Path, *, older_than_s: float = STALE_AFTER_S) -> list[Path]:
    """Remove the stale leftovers of the workshop file ``path``; returns what was removed.

    Leftovers are the staged ``.<name>.importing`` / ``.restoring`` / ``.demo`` files beside
    it and the hidden ``.tmp`` copies in its backup and kept folders, each with its
    ``-wal``/``-shm``/``-journal``/``.lock``. A group is removed only when its main file is
    not locked and none of its files changed in the last ``older_than_s`` seconds. Never
    raises (problems are logged).
    """
    removed: list[Path] = []
    try:
        path = Path(path)
        now = time.time()
        for main in _staged_leftovers(path) + _temp_copies(path):
            group = _group(main)
            if not group or now - _newest_mtime(group) < older_than_s or is_locked(main):
                continue
            for item in group:
                try:
                    item.unlink()
                    removed.append(item)
                except FileNotFoundError:
                    continue
                except OSError as exc:
                    log.warning("cannot remove the leftover %s: %s", item, exc)
    except Exception:  # a sweep must never keep a workshop from opening
        log.exception("sweeping the leftovers of %s failed", path)
    if removed:
        log.info("removed %d stale leftover(s) of %s: %s", len(removed), path,
                 ", ".join(p.name for p in removed))
    return removed
