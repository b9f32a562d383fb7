"""One program at a time per workshop file, whatever name the file is opened under.

Two locks are held for the whole time a file is open, both released by the operating system
when the process dies (a crash never leaves a stale lock behind):

* a **lock file** ``<name>.lock`` beside the file's *resolved* path (a symlink finds the lock
  of the file it points to), held with ``flock`` on Unix (``_LockFile``); ``filelock`` (the
  same ``flock``, with a fallback for file systems without it) is loaded only on Windows or
  on such a file system, as its import costs a noticeable part of the app's start;
* an **identity lock** that every name of the same file meets (a hard link too, which has no
  path in common with the original):

  - Unix: an OS lock on the database file itself. Linux: an open-file-description lock
    (``F_OFD_SETLK``) on one byte at ``IDENTITY_BYTE``, inside the "lock-byte page" SQLite
    never reads or writes and outside the 512 bytes SQLite's own locks use (``0x40000000`` to
    ``+511``); unlike a classic POSIX lock it is not dropped when SQLite closes another
    descriptor of the same file. macOS and BSD: ``flock`` on the file, independent of
    SQLite's ``fcntl`` locks there. Works across computers where the file system passes
    locks on (NFS with a lock manager).
  - Windows: a lock file named by the file's identity (volume serial and file index,
    ``os.stat``'s ``st_dev``/``st_ino``) in ``%PROGRAMDATA%\\SmartBimtek\\locks`` (shared by the
    accounts of the computer). Windows could lock a byte of the database too
    (``LockFileEx``), but that needs an open handle on the file for as long as it is open,
    and an open handle keeps ``os.replace`` from putting a restored or imported file in its
    place; hard links are also rare there (``mklink /H``). Across computers on a shared
    folder the lock file beside the file still guards each name.

Within one process several connections (the UI and the local-network server threads) share
the locks through a reference count, but only under the same name: a second name of a file
already open here (a symlink or a hard link) is refused, because the name keys the file's
backups, its change notifications and (for a hard link) SQLite's ``-wal`` log.
"""

from __future__ import annotations

import errno
import logging
import os
import struct
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import WorkshopFileError, WorkshopLockedError

log = logging.getLogger(__name__)

#: SQLite's "pending byte"; its locks use this byte and the 511 after it.
PENDING_BYTE = 0x40000000
#: The byte of the database file SmartBimtek locks (inside the lock-byte page, which SQLite
#: never uses for data with pages of 1024 bytes or more; SmartBimtek's pages are 4096).
IDENTITY_BYTE = PENDING_BYTE + 768
_CONTENTION = frozenset({errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLK})
#: ``flock`` refused because the file system has no locks: ``filelock`` takes over there.
_NO_FLOCK = frozenset({errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOLCK})
#: How the identity lock is taken: "byte" (a lock on the database file), "file" (Windows).
IDENTITY_LOCK = "file" if os.name == "nt" else "byte"

LOCKED_HINT = "Close it there first (or use File > Save a copy to work on a copy)."


class _LockFile:
    """An exclusive lock on a lock file, taken without waiting and dropped by the operating
    system when the process dies. Unix: ``flock`` on the file (the lock ``filelock`` takes
    too, so both meet). Windows, and a Unix file system without ``flock``: ``filelock``,
    imported only then."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.fd: int | None = None
        self.fallback: Any = None  # a filelock.FileLock

    def acquire(self) -> bool:
        """Take the lock: True, or False when another holder has it. Raises ``OSError``
        (``PermissionError`` when the lock file cannot be made or opened)."""
        if os.name == "nt":
            return self._acquire_with_filelock()
        import fcntl

        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        # As filelock did: a new workshop may be created in a folder that does not exist yet.
        os.makedirs(os.path.dirname(self.path) or ".", exist_ok=True)
        fd = os.open(self.path, flags, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno in _CONTENTION:
                return False
            if exc.errno in _NO_FLOCK:
                return self._acquire_with_filelock()
            raise
        self.fd = fd
        return True

    def _acquire_with_filelock(self) -> bool:
        from filelock import FileLock, Timeout

        file_lock = FileLock(self.path, timeout=0, thread_local=False)
        try:
            file_lock.acquire(timeout=0)
        except Timeout:
            return False
        self.fallback = file_lock
        return True

    def release(self) -> None:
        """Give the lock back (the lock file stays, as ``filelock`` leaves it on Unix)."""
        if self.fallback is not None:
            fallback, self.fallback = self.fallback, None
            fallback.release()
        if self.fd is not None:
            fd, self.fd = self.fd, None
            os.close(fd)  # closing the only descriptor of the description drops the flock


def lock_file_held(lock_file: str | Path) -> bool:
    """True when a program (this one included) holds the lock of ``lock_file``: probed by
    taking it and giving it back at once. Raises ``OSError`` when it cannot be opened."""
    probe = _LockFile(lock_file)
    if not probe.acquire():
        return True
    probe.release()
    return False


@dataclass
class _Held:
    name: str
    real: str
    identity: tuple[int, int] | None
    file_lock: _LockFile
    identity_lock: _IdentityLock | None
    count: int = 1


_held: dict[str, _Held] = {}
_guard = threading.Lock()


def lock_path(path: Path) -> Path:
    """The lock file of a workshop file: beside the file it resolves to (symlinks followed)."""
    real = Path(os.path.realpath(path))
    return real.with_name(real.name + ".lock")


def _name(path: str | Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def _identity(path: str | Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if info.st_ino else None


def identity_lock_dir() -> Path:
    """The folder of identity lock files (Windows): shared by the computer's accounts."""
    import tempfile

    base = os.environ.get("PROGRAMDATA") or tempfile.gettempdir()
    return Path(base) / "SmartBimtek" / "locks"


class _IdentityLock:
    """A held identity lock: a descriptor with a lock on the database, or a lock file."""

    def __init__(self, fd: int | None = None, file_lock: _LockFile | None = None) -> None:
        self.fd = fd
        self.file_lock = file_lock

    def release(self) -> None:
        if self.file_lock is not None:
            self.file_lock.release()
        if self.fd is not None:
            os.close(self.fd)  # closing the description releases an OFD or flock lock


def _lock_byte(fd: int) -> None:
    """Take the identity lock on an open descriptor of the database (raises OSError)."""
    import fcntl

    if hasattr(fcntl, "F_OFD_SETLK"):
        # struct flock: l_type, l_whence, l_start, l_len, l_pid (0 for OFD locks)
        request = struct.pack("hhqqixxxx", fcntl.F_WRLCK, os.SEEK_SET, IDENTITY_BYTE, 1, 0)
        fcntl.fcntl(fd, fcntl.F_OFD_SETLK, request)
    else:  # pragma: no cover - macOS, BSD
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _locked_elsewhere(path: Path) -> WorkshopLockedError:
    return WorkshopLockedError(
        f"The workshop file {path.name} is already open in another program (under this or "
        "another name).", hint=LOCKED_HINT, path=str(path))


def _take_identity_lock(path: Path, real: str,
                        identity: tuple[int, int]) -> _IdentityLock | None:
    """The identity lock of an existing file, or None where it cannot be had (a file system
    without locks: then the lock file alone protects it). Raises ``WorkshopLockedError``."""
    if IDENTITY_LOCK == "file":
        folder = identity_lock_dir()
        file_lock = _LockFile(folder / f"{identity[0]:x}-{identity[1]:x}.lock")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            taken = file_lock.acquire()
        except OSError as exc:
            log.warning("identity lock of %s not taken: %s", path, exc)
            return None
        if not taken:
            raise _locked_elsewhere(path)
        return _IdentityLock(file_lock=file_lock)
    try:
        fd = os.open(real, os.O_RDWR)
    except OSError as exc:
        log.warning("identity lock of %s not taken: %s", path, exc)
        return None
    try:
        _lock_byte(fd)
    except OSError as exc:
        os.close(fd)
        if exc.errno in _CONTENTION or isinstance(exc, BlockingIOError):
            raise _locked_elsewhere(path) from None
        log.warning("identity lock of %s not available here: %s", path, exc)
        return None
    return _IdentityLock(fd=fd)


def _same_file_here(name: str, real: str, identity: tuple[int, int] | None) -> _Held | None:
    for held in _held.values():
        if held.name != name and (held.real == real or (identity and held.identity == identity)):
            return held
    return None


def _lock_file_error(path: Path, exc: PermissionError) -> WorkshopFileError:
    """The refusal of a lock file that cannot be written: a leftover of another user account
    in a folder we may write to, or a folder we may not write to."""
    lock_file = lock_path(path)
    folder = lock_file.parent
    if lock_file.exists() and os.access(folder, os.W_OK | os.X_OK):
        other_user = hasattr(os, "getuid") and lock_file.stat().st_uid != os.getuid()
        why = ("belongs to another user account" if other_user
               else "is read-only or belongs to another user account")
        return WorkshopFileError(
            f"The lock file {lock_file.name} {why}, so {path.name} cannot be opened from this "
            "one.", code="lock_owner",
            hint=f"If no program has the file open, remove {lock_file.name} (in {folder}) and "
                 "open the file again.", path=str(path), lock_file=str(lock_file))
    return WorkshopFileError(
        f"The lock file of {path.name} cannot be written ({exc.strerror}).",
        code="read_only", hint="Copy the workshop file to a folder you can write to "
        "and open the copy.", path=str(path))


def acquire(path: Path) -> bool:
    """Take (or share, inside this process and under the same name) the locks of ``path``.

    Returns True when this call took the locks (no connection of this process had the file
    open), False when it joined a share. Raises ``WorkshopLockedError`` when another program
    holds the file, or this one holds it under another name.
    """
    path = Path(path)
    name, real = _name(path), os.path.realpath(path)
    identity = _identity(real)
    with _guard:
        if name in _held:
            _held[name].count += 1
            return False
        other = _same_file_here(name, real, identity)
        if other is not None:
            raise WorkshopLockedError(
                f"The workshop file {path.name} is already open in this program as "
                f"{other.name}.", hint="Use the file that is open, or close it first.",
                path=str(path), other=other.name)
        file_lock = _LockFile(lock_path(path))
        try:
            taken = file_lock.acquire()
        except PermissionError as exc:  # a folder this user may not write in
            raise _lock_file_error(path, exc) from exc
        if not taken:
            raise WorkshopLockedError(
                f"The workshop file {path.name} is already open in another program.",
                hint=LOCKED_HINT, path=str(path))
        try:
            identity_lock = _take_identity_lock(path, real, identity) if identity else None
        except BaseException:
            file_lock.release()
            raise
        _held[name] = _Held(name, real, identity, file_lock, identity_lock)
        return True


def claim_identity(path: Path) -> None:
    """Add the identity lock once a new file exists (``acquire`` ran before it was made)."""
    name = _name(path)
    with _guard:
        held = _held.get(name)
        if held is None or held.identity is not None:
            return
        identity = _identity(held.real)
        if identity is None:
            return
        held.identity_lock = _take_identity_lock(Path(path), held.real, identity)
        held.identity = identity


def release(path: Path) -> None:
    """Give back one share of the locks of ``path``; the last share frees them."""
    name = _name(path)
    with _guard:
        held = _held.get(name)
        if held is None:
            return
        if held.count > 1:
            held.count -= 1
            return
        del _held[name]
        try:
            if held.identity_lock is not None:
                held.identity_lock.release()
        finally:
            held.file_lock.release()


def held_here(path: Path) -> bool:
    """True when this process has ``path`` open (under this or another name of the file)."""
    name, real = _name(path), os.path.realpath(path)
    identity = _identity(real)
    with _guard:
        return name in _held or _same_file_here(name, real, identity) is not None
