"""A log (``-wal``) found beside a workshop file at open: keep it, and never let a wrong one
damage the file.

SQLite replays whatever ``<file>-wal`` sits beside a database when it opens it, even the log of
an older session (an old copy put back from a USB stick beside the log of a crashed session) or
of another file. Replaying a wrong log and then closing writes the mix into the main file and
deletes the log: the bytes that were there are gone. So when a file is opened with a log beside
it and no program holds it (the caller holds its lock):

1. raw byte copies of both files are kept first (fsynced) in the kept-copies folder, as
   ``<stem>-<stamp>-before-open.bimtek`` and the same name + ``-wal``;
2. the file is checked *with* its log through a read-only connection, which never checkpoints
   and never deletes the log: application id, ``PRAGMA integrity_check``, foreign keys, and
   that the log continues the file's own (append-only) audit history;
3. when that check fails, the main file is put back byte for byte (it is verified against the
   kept copy), the log and ``-shm`` are removed from beside it (the log's copy is kept), and
   ``WorkshopFileError`` code ``stale_log`` says so. The next open finds no log and opens the
   file as it was. The log that belongs to the file (a genuine crash) passes the check and is
   replayed as SQLite always does.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from ..errors import WorkshopFileError
from .folders import BEFORE_OPEN, fsync_file, stamped_target, writable_kept_dir
from .migrations import APPLICATION_ID

log = logging.getLogger(__name__)

#: A log no longer than its header holds no pages.
WAL_HEADER = 32


def log_path(path: Path) -> Path:
    """The ``-wal`` log SQLite uses beside ``path``."""
    return Path(f"{path}-wal")


def has_log(path: Path) -> bool:
    """True when a log with content sits beside ``path``."""
    try:
        return log_path(path).stat().st_size > WAL_HEADER
    except OSError:
        return False


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def _raw_copy(source: Path, target: Path) -> None:
    """Byte copy of ``source`` to ``target`` through a temporary file, flushed to disk."""
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        shutil.copyfile(source, tmp)
        fsync_file(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def keep_pair(path: Path, moment: datetime) -> tuple[Path, Path]:
    """Keep byte copies of ``path`` and its log in the kept-copies folder; returns both."""
    folder = writable_kept_dir(path)
    kept = stamped_target(folder, path.stem, moment, BEFORE_OPEN)
    kept_log = log_path(kept)
    try:
        _raw_copy(log_path(path), kept_log)
        _raw_copy(path, kept)
    except OSError as exc:
        kept_log.unlink(missing_ok=True)
        raise WorkshopFileError(
            f"{path.name} has a log (-wal) beside it, and no copy of the two could be kept "
            f"before opening it ({exc.strerror or exc}).", code="write_failed",
            hint="Free some disk space (or copy the file and its -wal to a writable folder) "
                 "and open it again.", path=str(path)) from exc
    log.info("kept %s and its log before opening %s", kept, path)
    return kept, kept_log


def _read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True,
                           isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")  # the rule for every connection (it never writes)
    return conn


_LAST_AUDIT = "SELECT id, at, actor, action, entity, entity_id FROM audit ORDER BY id DESC LIMIT 1"


def _last_audit_alone(path: Path) -> tuple | None:
    """The newest audit row of the main file read *without* its log (``immutable``: SQLite
    then ignores the log and writes nothing), or None when there is none or it cannot be
    read alone (a checkpoint cut short by a crash may leave it half-updated)."""
    try:
        conn = sqlite3.connect(Path(path).absolute().as_uri() + "?immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute(_LAST_AUDIT).fetchone()
        return tuple(row) if row else None
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


def problems_with_log(path: Path) -> list[str]:
    """What is wrong with ``path`` read together with its log (empty when sound). Reads
    through a read-only connection: neither the file nor the log is changed.

    Besides SQLite's checks, the log must continue the file's own history: the audit is
    append-only, so the newest audit row of the main file alone must still be there, the
    same, with the log (a log of another workshop can form a sound database of its own).
    """
    alone = _last_audit_alone(path)
    try:
        conn = _read_only(path)
    except sqlite3.Error as exc:
        return [f"cannot be read with its log: {exc}"]
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id != APPLICATION_ID and tables:
            return ["with its log it is not a SmartBimtek workshop (application id)"]
        problems = [line.strip() for r in conn.execute("PRAGMA integrity_check")
                    for line in str(r[0]).splitlines()
                    if line.strip() not in ("ok", "") and not line.startswith("***")]
        problems += [f"foreign key: {tuple(r)}"
                     for r in conn.execute("PRAGMA foreign_key_check")]
        if not problems and alone is not None:
            row = conn.execute(_LAST_AUDIT.replace("ORDER BY id DESC LIMIT 1", "WHERE id = ?"),
                               (alone[0],)).fetchone()
            if row is None or tuple(row) != alone:
                problems.append("the log does not continue the file's own history (its audit "
                                f"entry {alone[0]} is missing or different)")
        return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def _header_application_id(path: Path) -> int:
    with path.open("rb") as handle:
        handle.seek(68)
        return int.from_bytes(handle.read(4), "big")


def guard(path: Path, moment: datetime) -> Path | None:
    """Before the first connection to ``path``: when a log is beside it, keep both and check
    them together; refuse (and set the log aside) when the check fails.

    Returns the kept copy of the main file (None when there was no log). Raises
    ``WorkshopFileError`` code ``stale_log`` when the log did not fit the file.
    """
    if not has_log(path):
        return None
    kept, kept_log = keep_pair(path, moment)
    problems = problems_with_log(path)
    if not problems:
        log.info("the log beside %s fits it: replaying it", path)
        return kept
    if _header_application_id(path) != APPLICATION_ID and problems[0].startswith("with its"):
        raise WorkshopFileError(f"{path.name} is an SQLite database of another program, "
                                "not a SmartBimtek workshop.", code="foreign")
    set_aside(path, kept)
    log.warning("the log beside %s did not fit it (%s); kept at %s", path, problems[0],
                kept_log)
    raise WorkshopFileError(
        f"{path.name} had a leftover log ({path.name}-wal) of another session or another "
        f"file beside it, and with that log the file failed its check ({problems[0]}). The "
        "file was left as it was, without the log.", code="stale_log",
        hint=f"The file now opens without the leftover log, which is kept at {kept_log} "
             f"(with the file as it was, {kept.name}). If recent work is missing, restore "
             "the newest backup (File > Restore backup, or `smartbimtek restore`).",
        path=str(path), kept=str(kept), kept_log=str(kept_log), problem=problems[0])


def set_aside(path: Path, kept: Path) -> None:
    """Put the main file back as ``kept`` holds it (byte for byte) and remove the log and the
    shared-memory index from beside it (the log's copy is kept with ``kept``)."""
    if _digest(path) != _digest(kept):
        log.warning("%s changed while checked: putting the kept bytes back", path)
        _raw_copy(kept, path)
    for leftover in (log_path(path), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
