"""One program at a time per workshop file: an OS-level lock held for the whole process.

The lock is released by the operating system when the process dies, so a crash never leaves a
stale lock behind. Within one process, several connections (the UI and the local-network
server threads) share the lock through a reference count.
"""

from __future__ import annotations

import threading
from pathlib import Path

from filelock import FileLock, Timeout

from ..errors import WorkshopFileError, WorkshopLockedError

_held: dict[str, tuple[FileLock, int]] = {}
_guard = threading.Lock()


def lock_path(path: Path) -> Path:
    """The lock file that sits beside a workshop file."""
    return path.with_name(path.name + ".lock")


def acquire(path: Path) -> None:
    """Take (or share, inside this process) the lock of ``path``.

    Raises ``WorkshopLockedError`` when another program holds it.
    """
    key = str(path.resolve())
    with _guard:
        if key in _held:
            lock, count = _held[key]
            _held[key] = (lock, count + 1)
            return
        lock = FileLock(str(lock_path(path)), timeout=0, thread_local=False)
        try:
            lock.acquire(timeout=0)
        except PermissionError as exc:  # a folder this user may not write in
            raise WorkshopFileError(
                f"The lock file of {path.name} cannot be written ({exc.strerror}).",
                code="read_only", hint="Copy the workshop file to a folder you can write to "
                "and open the copy.", path=str(path)) from exc
        except Timeout:
            raise WorkshopLockedError(
                f"The workshop file {path.name} is already open in another program.",
                hint="Close it there first (or use File > Save a copy to work on a copy).",
                path=str(path),
            ) from None
        _held[key] = (lock, 1)


def release(path: Path) -> None:
    """Give back one share of the lock of ``path``; the last share frees it."""
    key = str(path.resolve())
    with _guard:
        if key not in _held:
            return
        lock, count = _held[key]
        if count > 1:
            _held[key] = (lock, count - 1)
            return
        del _held[key]
        lock.release()


def held_here(path: Path) -> bool:
    """True when this process has ``path`` open (holds its lock)."""
    with _guard:
        return str(Path(path).resolve()) in _held
