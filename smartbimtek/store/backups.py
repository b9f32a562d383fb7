"""Rolling backups of a workshop file with SQLite's online backup API, and restoring one.

Backups go to ``<file stem>.backups/`` beside the workshop file (or, when that folder cannot
be written, to a per-file folder under the user's data directory). Each is a complete,
self-contained workshop file named ``<stem>-<YYYYmmdd-HHMMSS-mmm>-<reason>.bimtek``, written to
a temporary file and moved into place, so a crash never leaves half a backup. Only the newest
``backup_keep`` (setting, default 10) are kept.

The UI calls ``take_backup(ws, "open")`` after opening a file and ``maybe_backup(ws)`` from a
timer; the command line offers ``backup``, ``backups`` and ``restore``.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import WorkshopFileError, WorkshopLockedError
from . import lock
from .folders import backup_dirs, fsync_file, stamped_target, writable_backup_dir
from .workshop import Workshop, open_workshop

log = logging.getLogger(__name__)

DEFAULT_KEEP = 10
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{3})(?:-(?P<n>\d+))?"
                   r"-(?P<reason>[a-z][a-z-]*)\.bimtek$")
_last: dict[str, tuple[float, int]] = {}  # path -> (monotonic time, audit id) of last backup
_guard = threading.Lock()


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was taken and why (open, auto, manual...)."""

    path: Path
    taken_at: datetime
    reason: str
    size: int


def _copy_db(source: sqlite3.Connection, target: Path) -> None:
    """Online copy of ``source`` into a new self-contained file ``target`` (atomic)."""
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    dest = sqlite3.connect(str(tmp), isolation_level=None)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
    finally:
        dest.close()
    fsync_file(tmp)
    os.replace(tmp, target)


def take_backup(ws: Workshop, reason: str = "manual") -> Path:
    """Copy the open workshop into its backup folder now; prune old ones. Returns the path."""
    reason = re.sub(r"[^a-z-]", "", reason.lower()) or "manual"
    folder = writable_backup_dir(ws.path)
    target = stamped_target(folder, ws.path.stem, ws.clock(), reason)
    started = time.perf_counter()
    _copy_db(ws.conn, target)
    with _guard:
        _last[str(ws.path.resolve())] = (time.monotonic(), _audit_mark(ws))
    log.info("backup %s in %.0f ms", target, (time.perf_counter() - started) * 1000)
    prune(ws.path, int(ws.setting("backup_keep") or DEFAULT_KEEP))
    return target


def _audit_mark(ws: Workshop) -> int:
    """The latest audit row: every change writes one, so it tells whether anything changed."""
    return ws.conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0]


def maybe_backup(ws: Workshop, interval_s: float | None = None) -> Path | None:
    """For a periodic timer: back up when ``interval_s`` (setting ``backup_interval_s``) has
    passed since the last backup of this file and something changed since. Else None."""
    if interval_s is None:
        interval_s = float(ws.setting("backup_interval_s") or 300)
    with _guard:
        last = _last.get(str(ws.path.resolve()))
    if last is not None:
        at, mark = last
        if time.monotonic() - at < interval_s or _audit_mark(ws) == mark:
            return None
    else:
        newest = list_backups(ws.path)
        if newest and time.time() - newest[0].path.stat().st_mtime < interval_s:
            return None
    return take_backup(ws, "auto")


def list_backups(path: str | Path) -> list[BackupInfo]:
    """Backups of the workshop file at ``path`` (both folders), newest first."""
    path = Path(path)
    found = []
    for folder in backup_dirs(path):
        if not folder.is_dir():
            continue
        for item in folder.iterdir():
            match = _NAME.match(item.name)
            if not match or match["stem"] != path.stem or not item.is_file():
                continue
            taken = datetime.strptime(match["stamp"] + "000", "%Y%m%d-%H%M%S-%f")
            found.append(BackupInfo(item, taken, match["reason"], item.stat().st_size))
    found.sort(key=lambda b: (b.taken_at, b.path.stat().st_mtime_ns, b.path.name),
               reverse=True)
    return found


def prune(path: str | Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``path``; returns the deleted files."""
    removed = []
    for info in list_backups(path)[max(1, keep):]:
        try:
            info.path.unlink()
            removed.append(info.path)
        except OSError as exc:
            log.warning("cannot remove old backup %s: %s", info.path, exc)
    return removed


def find_backup(path: str | Path, name: str | Path) -> Path:
    """A backup given as a path, or as a file name from ``list_backups``."""
    candidate = Path(name)
    if candidate.is_file():
        return candidate
    for info in list_backups(path):
        if info.path.name == candidate.name:
            return info.path
    raise WorkshopFileError(f"Backup {name} not found.", code="missing",
                            hint="List the backups with `smartbimtek backups PATH`.")


def _safety_copy(path: Path) -> Path | None:
    """Copy the current file (whatever its state) into the backup folder before a restore."""
    if not path.exists():
        return None
    folder = writable_backup_dir(path)
    target = stamped_target(folder, path.stem, datetime.now(), "before-restore")
    try:
        source = sqlite3.connect(str(path), isolation_level=None)  # we hold the lock
        try:
            source.execute("PRAGMA synchronous = FULL")  # its close may checkpoint the log
            _copy_db(source, target)
        finally:
            source.close()
    except sqlite3.Error as exc:  # damaged: keep the raw bytes (and its WAL) instead
        log.warning("safety copy through SQLite failed (%s); copying the raw file", exc)
        for suffix in ("", "-wal"):
            src = Path(f"{path}{suffix}")
            if src.exists():
                tmp = Path(f"{target}{suffix}.tmp")
                shutil.copyfile(src, tmp)
                fsync_file(tmp)
                os.replace(tmp, Path(f"{target}{suffix}"))
    return target


def restore(path: str | Path, backup: str | Path) -> Path | None:
    """Put ``backup`` in place of the workshop file at ``path``.

    Checks that the backup opens as a workshop, refuses while the file is open (here or in
    another program), keeps a safety backup of the current file (returned), removes stale
    ``-wal``/``-shm`` files and moves the restored copy into place atomically.
    """
    path = Path(path)
    backup = find_backup(path, backup)
    if lock.held_here(path):
        raise WorkshopLockedError(f"{path.name} is open in this program.",
                                  hint="Close the workshop before restoring a backup.")
    staged = path.with_name(f".{path.name}.restoring")
    for leftover in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(backup, staged)
    try:
        try:
            open_workshop(staged).close()  # header, foreign, newer, damage; migrates if old
        except WorkshopFileError as exc:
            raise WorkshopFileError(f"The backup {backup.name} cannot be used: {exc.message}",
                                    code=exc.code, hint="Choose another backup.") from None
        finally:
            lock.lock_path(staged).unlink(missing_ok=True)
        fsync_file(staged)
        lock.acquire(path)  # WorkshopLockedError when another program has it open
        try:
            safety = _safety_copy(path)
            for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
                stale.unlink(missing_ok=True)
            os.replace(staged, path)
        finally:
            lock.release(path)
    finally:
        staged.unlink(missing_ok=True)
    log.info("restored %s from %s (safety copy %s)", path, backup, safety)
    return safety
