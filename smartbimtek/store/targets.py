"""The one rule for every file SmartBimtek writes on request (exports, dumps, saved copies).

An output never replaces:

* a **workshop file**, recognised by its content (the SQLite header and SmartBimtek's
  ``application_id``), whatever its name or extension, nor a ``-wal``, ``-shm`` or ``.lock``
  companion of one (replacing a log rewrites the workshop the next time it is opened);
* a **locked** file: one whose ``.lock`` is held by a program, this one included (a workshop
  being created or used, a staged import).

Another existing file is replaced only when the user said so (``--force`` on the command
line, a question answered Yes in the app). Each refusal is a ``WorkshopFileError`` with the
code ``target_is_workshop``, ``target_locked`` or ``target_exists`` and the ``path``.

This module imports only the lock and the schema constants, so every writer can use it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..errors import WorkshopFileError
from . import lock
from .migrations import APPLICATION_ID

log = logging.getLogger(__name__)

_SQLITE_HEADER = b"SQLite format 3\x00"
#: Offset of ``PRAGMA application_id`` in an SQLite file header (4 bytes, big-endian).
_APP_ID_OFFSET = 68
#: Names that belong to a workshop file ``X``: ``X-wal``, ``X-shm`` and ``X.lock``.
COMPANIONS = ("-wal", "-shm", ".lock")


def is_workshop_file(path: str | Path) -> bool:
    """True when ``path`` is a regular file whose content is a SmartBimtek workshop."""
    path = Path(path)
    try:
        if not path.is_file():
            return False
        with path.open("rb") as handle:
            header = handle.read(_APP_ID_OFFSET + 4)
    except OSError:
        return False
    return (header.startswith(_SQLITE_HEADER) and len(header) == _APP_ID_OFFSET + 4
            and int.from_bytes(header[_APP_ID_OFFSET:], "big") == APPLICATION_ID)


def is_locked(path: str | Path) -> bool:
    """True when the lock of ``path`` (its ``.lock`` file) is held, here or by another
    program. A lock file that cannot even be opened counts as held (the safe answer)."""
    path = Path(path)
    if lock.held_here(path):
        return True
    lock_file = lock.lock_path(path)
    if not lock_file.exists():
        return False
    try:
        return lock.lock_file_held(lock_file)
    except OSError as exc:
        log.info("lock file %s cannot be probed (%s): taken as held", lock_file, exc)
        return True


def companion_of(path: str | Path) -> Path | None:
    """The workshop file that ``path`` belongs to when it is a ``-wal``, ``-shm`` or
    ``.lock`` companion of a workshop file (by content), else None."""
    path = Path(path)
    for suffix in COMPANIONS:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            base = path.with_name(path.name[:-len(suffix)])
            if is_workshop_file(base) or is_locked(base):
                return base
    return None


def check_output_target(path: str | Path, *, force: bool) -> None:
    """Refuse to write an output over ``path`` when it must not be replaced.

    Raises ``WorkshopFileError``: ``target_locked`` (the file, or the workshop it belongs
    to, is held by a program), ``target_is_workshop`` (a workshop file or a companion of
    one), ``target_exists`` (another existing file, and ``force`` is False). A missing
    target, or an existing ordinary file with ``force``, passes.
    """
    path = Path(path)
    where = str(path)
    if is_locked(path):
        raise WorkshopFileError(
            f"{path} is in use by a program (its lock is held); it is not replaced.",
            code="target_locked", hint="Choose another file name.", path=where)
    if is_workshop_file(path):
        raise WorkshopFileError(
            f"{path} is a SmartBimtek workshop file; an output never replaces one.",
            code="target_is_workshop", hint="Choose another file name.", path=where)
    base = companion_of(path)
    if base is not None:
        code = "target_locked" if is_locked(base) else "target_is_workshop"
        raise WorkshopFileError(
            f"{path} belongs to the workshop file {base.name}; it is not replaced.",
            code=code, hint="Choose another file name.", path=where, workshop=str(base))
    if not force and (path.exists() or path.is_symlink()) and not path.is_dir():
        raise WorkshopFileError(
            f"{path} already exists.", code="target_exists",
            hint="Choose another name, or add --force to replace it.", path=where)
