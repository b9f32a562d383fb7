"""Rolling backups of a workshop file with SQLite's online backup API, and restoring one.

Backups go to ``<file stem>.backups/`` beside the workshop file (or, when that folder cannot
be written, to a per-file folder under the user's data directory). Each is a complete,
self-contained workshop file named ``<stem>-<YYYYmmdd-HHMMSS-mmm>-<reason>.bimtek``, written to
a temporary file and moved into place, so a crash never leaves half a backup and a failure
(a full disk) leaves no temporary file and raises ``WorkshopFileError`` (``backup_failed``).
Only the newest ``backup_keep`` (setting, default 10) are kept.

**Kept copies** (before a restore, before a migration, before opening a file that had a log
beside it) live in the ``kept/`` subfolder (see ``folders``): never pruned, listed apart by
``list_kept``, and restorable like any backup.

The UI calls ``take_backup(ws, "open")`` after opening a file and ``maybe_backup(ws)`` from a
timer; the command line offers ``backup``, ``backups`` and ``restore``.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..errors import WorkshopFileError, WorkshopLockedError
from . import lock
from .folders import (
    BEFORE_RESTORE,
    backup_dirs,
    fsync_file,
    kept_dirs,
    stamped_target,
    writable_backup_dir,
    writable_kept_dir,
)
from .workshop import Workshop, open_workshop

log = logging.getLogger(__name__)

DEFAULT_KEEP = 10
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{3})(?:-(?P<n>\d+))?"
                   r"-(?P<reason>[a-z][a-z-]*)\.bimtek$")
_last: dict[str, tuple[float, int]] = {}  # path -> (monotonic time, audit id) of last backup
_guard = threading.Lock()


@dataclass(frozen=True)
class BackupInfo:
    """One backup or kept copy: where it is, when it was taken and why (open, auto, manual,
    before-restore, pre-migration, before-open...). ``companions``: files that belong to
    it (the ``-wal`` log kept beside a before-open copy)."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    companions: tuple[Path, ...] = field(default=())


def _temp_of(target: Path, suffix: str = "") -> Path:
    """The hidden temporary name a copy is written under (swept when stale, see leftovers)."""
    return target.with_name(f".{target.name}{suffix}.tmp")


def _remove(paths) -> None:
    for leftover in paths:
        try:
            leftover.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("cannot remove %s: %s", leftover, exc)


def _copy_db(source: sqlite3.Connection, target: Path) -> None:
    """Online copy of ``source`` into a new self-contained file ``target`` (atomic). On any
    failure the temporary file (and its journal) is removed and the error re-raised."""
    tmp = _temp_of(target)
    try:
        tmp.unlink(missing_ok=True)
        dest = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
        finally:
            dest.close()
        fsync_file(tmp)
        os.replace(tmp, target)
    except BaseException:
        _remove([tmp] + [Path(f"{tmp}{s}") for s in ("-journal", "-wal", "-shm")])
        raise


def _is_full(exc: BaseException) -> bool:
    return getattr(exc, "errno", None) == errno.ENOSPC or "full" in str(exc).lower()


def backup_failure(folder: Path, exc: BaseException) -> WorkshopFileError:
    """The clear error of a copy that could not be written (nothing of it is left)."""
    if _is_full(exc):
        return WorkshopFileError(
            f"The backup could not be written in {folder}: the disk is full.",
            code="backup_failed", reason="disk_full", folder=str(folder),
            hint="Free some disk space; the workshop file itself is not affected.")
    reason = getattr(exc, "strerror", None) or str(exc)
    return WorkshopFileError(
        f"The backup could not be written in {folder}: {reason}.", code="backup_failed",
        reason="failed", folder=str(folder),
        hint="Check the drive; the workshop file itself is not affected.")


def take_backup(ws: Workshop, reason: str = "manual") -> Path:
    """Copy the open workshop into its backup folder now; prune old ones. Returns the path.

    Raises ``WorkshopFileError`` (``backup_folder``, ``backup_failed`` on a full disk or
    another write error); nothing of a failed backup is left behind.
    """
    reason = re.sub(r"[^a-z-]", "", reason.lower()) or "manual"
    folder = writable_backup_dir(ws.path)
    target = stamped_target(folder, ws.path.stem, ws.clock(), reason)
    started = time.perf_counter()
    try:
        _copy_db(ws.conn, target)
    except (OSError, sqlite3.Error) as exc:
        log.warning("backup of %s failed: %s", ws.path, exc)
        raise backup_failure(folder, exc) from exc
    log.info("backup %s in %.0f ms", target, (time.perf_counter() - started) * 1000)
    try:  # the backup is made: bookkeeping that fails is logged, not reported as a failure
        mark = _audit_mark(ws)
        with _guard:
            _last[str(ws.path.resolve())] = (time.monotonic(), mark)
        prune(ws.path, int(ws.setting("backup_keep") or DEFAULT_KEEP))
    except (OSError, sqlite3.Error) as exc:
        log.warning("backup %s made, but pruning the old ones failed: %s", target, exc)
    return target


def _audit_mark(ws: Workshop) -> int:
    """The latest audit row: every change writes one, so it tells whether anything changed."""
    return ws.conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0]


def maybe_backup(ws: Workshop, interval_s: float | None = None) -> Path | None:
    """For a periodic timer: back up when ``interval_s`` (setting ``backup_interval_s``) has
    passed since the last backup of this file and something changed since. Else None.

    Raises only ``WorkshopFileError`` (as ``take_backup``)."""
    try:
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
    except (OSError, sqlite3.Error) as exc:
        raise backup_failure(ws.path.parent, exc) from exc
    return take_backup(ws, "auto")


def _listed(path: Path, folders) -> list[BackupInfo]:
    found = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for item in folder.iterdir():
            match = _NAME.match(item.name)  # "-wal" companions do not match: not a copy
            if not match or match["stem"] != path.stem or not item.is_file():
                continue
            try:
                taken = datetime.strptime(match["stamp"] + "000", "%Y%m%d-%H%M%S-%f")
                size = item.stat().st_size
            except (ValueError, OSError):
                continue
            companions = tuple(c for c in (Path(f"{item}-wal"),) if c.is_file())
            found.append(BackupInfo(item, taken, match["reason"], size, companions))

    def order(info: BackupInfo):
        try:
            mtime = info.path.stat().st_mtime_ns
        except OSError:
            mtime = 0
        return info.taken_at, mtime, info.path.name

    found.sort(key=order, reverse=True)
    return found


def list_backups(path: str | Path) -> list[BackupInfo]:
    """Rolling backups of the workshop file at ``path`` (both folders), newest first."""
    return _listed(Path(path), backup_dirs(path))


def list_kept(path: str | Path) -> list[BackupInfo]:
    """Kept copies of the workshop file at ``path`` (before a restore, before a migration,
    before opening a file with a log beside it), from both kept folders, newest first.
    The reason is parsed from the name; a ``-wal`` kept beside a copy is one of its
    ``companions``, not a copy of its own."""
    return _listed(Path(path), kept_dirs(path))


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
    """A backup given as a path, or as a file name from ``list_backups`` or ``list_kept``."""
    candidate = Path(name)
    if candidate.is_file():
        return candidate
    for info in list_backups(path) + list_kept(path):
        if info.path.name == candidate.name:
            return info.path
    raise WorkshopFileError(f"Backup {name} not found.", code="missing",
                            hint="List the backups with `smartbimtek backups PATH`.")


def _safety_copy(path: Path) -> Path | None:
    """Copy the current file (whatever its state) into the kept folder before a restore
    (never pruned by the rolling backups). Raises ``WorkshopFileError`` when it cannot be
    written; nothing half-written is left."""
    if not path.exists():
        return None
    folder = writable_kept_dir(path)
    target = stamped_target(folder, path.stem, datetime.now(), BEFORE_RESTORE)
    try:
        source = sqlite3.connect(str(path), isolation_level=None)  # we hold the lock
        try:
            source.execute("PRAGMA synchronous = FULL")  # its close may checkpoint the log
            _copy_db(source, target)
        finally:
            source.close()
        return target
    except sqlite3.Error as exc:
        if _is_full(exc):
            raise backup_failure(folder, exc) from exc
        log.warning("safety copy through SQLite failed (%s); copying the raw file", exc)
    except OSError as exc:
        raise backup_failure(folder, exc) from exc
    # damaged: keep the raw bytes (and its log) instead
    written: list[Path] = []
    try:
        for suffix in ("", "-wal"):
            src = Path(f"{path}{suffix}")
            if src.exists():
                tmp = _temp_of(target, suffix)
                written.append(tmp)
                shutil.copyfile(src, tmp)
                fsync_file(tmp)
                os.replace(tmp, Path(f"{target}{suffix}"))
                written[-1] = Path(f"{target}{suffix}")
    except OSError as exc:
        _remove(written)
        raise backup_failure(folder, exc) from exc
    return target


def _stage(backup: Path, staged: Path) -> None:
    """Copy ``backup`` (and the ``-wal`` kept beside it, merged in) to ``staged``."""
    _remove([staged, Path(f"{staged}-wal"), Path(f"{staged}-shm"), lock.lock_path(staged)])
    shutil.copyfile(backup, staged)
    log_file = Path(f"{backup}-wal")
    if not log_file.is_file():
        return
    shutil.copyfile(log_file, Path(f"{staged}-wal"))
    try:  # replay the kept log into the staged copy, as the file was when it was kept
        conn = sqlite3.connect(str(staged), isolation_level=None)
        try:
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error as exc:  # the check below decides whether the copy can be used
        log.warning("the log kept beside %s cannot be replayed: %s", backup.name, exc)
    _remove([Path(f"{staged}-wal"), Path(f"{staged}-shm")])


def restore(path: str | Path, backup: str | Path) -> Path | None:
    """Put ``backup`` (a rolling backup or a kept copy) in place of the workshop file.

    Refuses while the file is open (here or in another program), checks that the backup
    opens as a workshop, keeps a safety copy of the current file among the kept copies
    (returned), removes stale ``-wal``/``-shm`` files and moves the restored copy into place
    atomically. A kept copy with its log beside it is restored with the log replayed. No
    staged file is left behind, whatever happens.
    """
    path = Path(path)
    backup = find_backup(path, backup)
    if lock.held_here(path):
        raise WorkshopLockedError(f"{path.name} is open in this program.",
                                  hint="Close the workshop before restoring a backup.")
    staged = path.with_name(f".{path.name}.restoring")
    lock.acquire(path)  # WorkshopLockedError when another program has it open
    try:
        _stage(backup, staged)
        try:
            open_workshop(staged).close()  # header, foreign, newer, damage; migrates if old
        except WorkshopFileError as exc:
            raise WorkshopFileError(f"The backup {backup.name} cannot be used: {exc.message}",
                                    code=exc.code, hint="Choose another backup.") from None
        fsync_file(staged)
        safety = _safety_copy(path)
        for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):  # must go: never replayed
            stale.unlink(missing_ok=True)
        os.replace(staged, path)
    finally:
        lock.release(path)
        _remove([staged, Path(f"{staged}-wal"), Path(f"{staged}-shm"), lock.lock_path(staged)])
        for folder in backup_dirs(staged):  # copies the check may have made of the staged file
            if folder.is_dir():
                shutil.rmtree(folder, ignore_errors=True)
    log.info("restored %s from %s (safety copy %s)", path, backup, safety)
    return safety
