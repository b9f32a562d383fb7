"""Where copies of a workshop file go: the rolling backups and the kept copies.

Both live in ``<file stem>.backups/`` beside the workshop file or, when that folder cannot be
written, in a per-file folder under the user's data directory. Rolling backups sit directly in
that folder and only the newest few are kept. **Kept copies** (taken before a restore, before a
schema migration, before opening a file whose ``-wal`` log was left beside it) sit in its
``kept/`` subfolder and are never pruned by the rolling backups: they are the copies a user
needs when something went wrong, possibly long after.

This module imports nothing else of the store, so ``workshop`` and ``backups`` both use it.
"""

from __future__ import annotations

import hashlib
import logging
import os
from datetime import datetime
from pathlib import Path

import platformdirs

from ..errors import WorkshopFileError

log = logging.getLogger(__name__)

EXTENSION = ".bimtek"
#: Subfolder of the backup folder that holds the copies never pruned.
KEPT = "kept"
#: Reasons of kept copies (the last part of their file name).
BEFORE_RESTORE = "before-restore"
PRE_MIGRATION = "pre-migration"
BEFORE_OPEN = "before-open"


def _fallback_dir(path: Path) -> Path:
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:10]
    return Path(platformdirs.user_data_dir("SmartBimtek", appauthor=False)) / "backups" / \
        f"{path.stem}-{digest}"


def backup_dirs(path: str | Path) -> tuple[Path, Path]:
    """The backup folder beside the file and the fallback folder in the user's data dir."""
    path = Path(path)
    return path.with_name(f"{path.stem}.backups"), _fallback_dir(path)


def kept_dirs(path: str | Path) -> tuple[Path, Path]:
    """The folders of kept copies (never pruned): ``kept/`` inside each backup folder."""
    return tuple(folder / KEPT for folder in backup_dirs(path))  # type: ignore[return-value]


def _first_writable(folders: tuple[Path, ...]) -> Path:
    problems = []
    for folder in folders:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
            return folder
        except OSError as exc:
            problems.append(f"{folder}: {exc.strerror or exc}")
            log.warning("backup folder %s not writable (%s)", folder, exc)
    raise WorkshopFileError("No folder for backups can be written: " + "; ".join(problems),
                            code="backup_folder",
                            hint="Free some disk space or copy the workshop to a writable "
                                 "folder.")


def writable_backup_dir(path: str | Path) -> Path:
    """The first rolling-backup folder of ``path`` that can be created and written."""
    return _first_writable(backup_dirs(path))


def writable_kept_dir(path: str | Path) -> Path:
    """The first kept-copies folder of ``path`` that can be created and written."""
    return _first_writable(kept_dirs(path))


def stamped_target(folder: Path, stem: str, moment: datetime, reason: str,
                   suffix: str = EXTENSION) -> Path:
    """A new file name ``<stem>-<YYYYmmdd-HHMMSS-mmm>[-n]-<reason><suffix>`` in ``folder``."""
    stamp = moment.strftime("%Y%m%d-%H%M%S-") + f"{moment.microsecond // 1000:03d}"
    target = folder / f"{stem}-{stamp}-{reason}{suffix}"
    n = 1
    while target.exists():
        target = folder / f"{stem}-{stamp}-{n}-{reason}{suffix}"
        n += 1
    return target


def fsync_file(path: Path) -> None:
    """Flush a written file to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
