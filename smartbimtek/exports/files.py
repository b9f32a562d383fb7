"""Writing export files safely: a temp file in the target folder, then ``os.replace``.

A folder that cannot be written, a missing folder, a full disk, or a target that another
program holds open (Word on Windows refuses the replace with ``PermissionError``) all raise
``ExportError`` (code ``export_failed``) with a clear message; no half-written file and no
temp file is left behind, and an existing target stays as it was.

A workshop file (recognised by its content), a companion of one and a locked file are never
replaced (``smartbimtek.store.targets``): ``ExportError`` with the reason
``target_is_workshop`` or ``target_locked``, checked before writing and again right before
the move. Whether an ordinary existing file may be replaced is the caller's question
(``--force``, a question in the app): see ``check_targets``.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ..errors import SmartBimtekError, WorkshopFileError
from ..store.targets import check_output_target


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


#: Files get the usual permissions (temp files are created private, 0600).
FILE_MODE = 0o666 & ~_current_umask()


class ExportError(SmartBimtekError):
    """An export could not be written. ``params``: ``path`` and ``reason`` (folder_missing,
    folder_not_writable, target_locked, target_is_workshop, target_exists, disk_full,
    failed)."""

    code = "export_failed"


def _reason(exc: OSError, stage: str) -> str:
    if exc.errno == errno.ENOSPC:
        return "disk_full"
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return "folder_missing"
    if isinstance(exc, PermissionError):
        return "target_locked" if stage == "replace" else "folder_not_writable"
    return "failed"


_MESSAGES = {
    "folder_missing": "The folder {folder} does not exist.",
    "folder_not_writable": "The folder {folder} cannot be written to; choose another folder.",
    "target_locked": "{path} is open in another program (for example Word or a PDF viewer); "
                     "close it and export again.",
    "disk_full": "The disk is full; free some space or choose another folder.",
    "failed": "Cannot write {path}: {error}.",
}


def _error(path: Path, exc: OSError, stage: str) -> ExportError:
    reason = _reason(exc, stage)
    message = _MESSAGES[reason].format(folder=path.parent, path=path,
                                       error=exc.strerror or exc)
    return ExportError(message, code="export_failed", path=str(path), reason=reason)


def check_targets(paths, *, force: bool) -> None:
    """Refuse before exporting when one of ``paths`` must not be replaced: a workshop file,
    a locked file, or (without ``force``) any existing file. Raises ``ExportError`` whose
    ``reason`` is the refusal's code (``target_exists``...) and ``path`` the file."""
    for path in paths:
        try:
            check_output_target(path, force=force)
        except WorkshopFileError as exc:
            raise ExportError(str(exc), code="export_failed", path=str(path),
                              reason=exc.code) from exc


def atomic_write(path: str | Path, write: Callable[[BinaryIO], None]) -> Path:
    """Call ``write(fileobj)`` on a temp file beside ``path``, then move it into place.

    Raises ``ExportError`` (also when ``path`` is a workshop file or locked: never
    replaced); exceptions raised by ``write`` itself propagate unchanged (after the temp
    file is removed).
    """
    path = Path(path)
    check_targets([path], force=True)
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below, then moved)
            dir=path.parent, prefix=f".~{path.name}.", suffix=".tmp", delete=False)
    except OSError as exc:
        raise _error(path, exc, "create") from exc
    tmp = Path(handle.name)
    try:
        try:
            with handle:
                if os.name != "nt":
                    os.fchmod(handle.fileno(), FILE_MODE)
                write(handle)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            raise _error(path, exc, "write") from exc
        check_targets([path], force=True)  # it may have become one while writing
        try:
            os.replace(tmp, path)
        except OSError as exc:
            raise _error(path, exc, "replace") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def write_bytes(path: str | Path, data: bytes) -> Path:
    """Atomically write ``data`` to ``path``."""
    return atomic_write(path, lambda handle: handle.write(data))


def ensure_folder(folder: str | Path) -> Path:
    """Create ``folder`` (and parents) if needed; ``ExportError`` when that is impossible."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = _reason(exc, "create")
        if isinstance(exc, FileExistsError | NotADirectoryError):
            reason = "folder_missing"
        raise ExportError(f"Cannot create the folder {folder}: {exc.strerror or exc}.",
                          code="export_failed", path=str(folder), reason=reason) from exc
    return folder
