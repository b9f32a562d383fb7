"""The open workshop file: one SQLite connection (per thread), transactions, audit, settings."""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from .. import changes
from ..errors import WorkshopFileError
from . import lock, stale_log
from .folders import PRE_MIGRATION, fsync_file, stamped_target, writable_kept_dir
from .leftovers import sweep_stale
from .migrations import APPLICATION_ID, LATEST, migrate

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
EXTENSION = ".bimtek"
RESTORE_HINT = "Restore it from a backup (File > Restore backup, or `smartbimtek restore`)."

#: Defaults of the workshop's settings (stored in the ``meta`` table).
DEFAULT_SETTINGS: dict[str, object] = {
    "vote_budget": 5,
    "matrix_split": None,  # None: the midpoint of the scale
    "ifas_variant": "difference",
    "input_locked": False,
    "results_hidden": True,
    "current_event_id": None,
    "backup_keep": 10,
    "backup_interval_s": 300,
}


def local_now() -> datetime:
    """The current local time, timezone-aware."""
    return datetime.now().astimezone()


def iso(moment: datetime) -> str:
    """ISO text of a moment, to the millisecond."""
    return moment.isoformat(timespec="milliseconds")


_waiting: dict[str, int] = {}
_waiting_guard = threading.Lock()


def writers_waiting(path: str | Path) -> int:
    """How many connections of this process are waiting to begin a write on ``path``.

    The local-network server's batch writer yields to them between batches, so the
    facilitator's own actions are never starved by a stream of phone entries.
    """
    return _waiting.get(str(Path(path).resolve()), 0)


class Transaction:
    """One user action being written: collects audit rows and the changes to publish."""

    def __init__(self, workshop: Workshop, actor: str, source: str) -> None:
        self.workshop = workshop
        self.conn = workshop.conn
        self.actor = actor
        self.source = source
        self.now = iso(workshop.clock())
        self.changes: list[changes.Change] = []

    def execute(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        """Run one statement inside the transaction."""
        return self.conn.execute(sql, params)

    def audit(self, action: str, entity: str, entity_id: str, detail: object = "",
              opd_id: str | None = None) -> None:
        """Record who did what (audit log) and queue the change for the subscribers."""
        text = detail if isinstance(detail, str) else json.dumps(detail, ensure_ascii=False)
        self.conn.execute(
            "INSERT INTO audit (at, actor, source, action, entity, entity_id, detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (self.now, self.actor, self.source, action, entity, entity_id, text),
        )
        self.changes.append(changes.Change(str(self.workshop.path), action, entity, entity_id,
                                           opd_id, self.source, self.actor))


class _Action:
    """The context manager of ``Workshop.transaction``: BEGIN IMMEDIATE on entry; on exit
    COMMIT and publish, or roll back. A class rather than a ``contextmanager`` generator,
    which cost a few microseconds more on every user action (issue 8, the store's p99)."""

    __slots__ = ("_ws", "_actor", "_source", "_tx")

    def __init__(self, ws: Workshop, actor: str | None, source: str | None) -> None:
        self._ws = ws
        self._actor = actor
        self._source = source
        self._tx: Transaction | None = None

    def __enter__(self) -> Transaction:
        ws = self._ws
        if ws._tx is not None:  # a service calling another joins the outer action
            return ws._tx
        tx = Transaction(ws, self._actor or ws.actor, self._source or ws.source)
        key = ws._key
        with _waiting_guard:
            _waiting[key] = _waiting.get(key, 0) + 1
        try:
            ws.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise write_failure(ws.path, exc) from exc
        finally:
            with _waiting_guard:
                _waiting[key] -= 1
        ws._tx = self._tx = tx
        return tx

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> bool:
        tx = self._tx
        if tx is None:  # joined: the outer action commits or rolls back
            return False
        self._tx = None
        ws = self._ws
        try:
            if exc is None:
                try:
                    ws.conn.execute("COMMIT")
                except BaseException as failure:
                    ws._rollback()
                    if _is_file_failure(failure):
                        raise write_failure(ws.path, failure) from failure
                    raise
            else:
                ws._rollback()
                if _is_file_failure(exc):
                    raise write_failure(ws.path, exc) from exc
                return False
        finally:
            ws._tx = None
        changes.publish(tx.changes)
        return False


class Workshop:
    """An open workshop file. Use one instance per thread (SQLite connections are not shared).

    Every service call writes inside ``transaction()``: BEGIN IMMEDIATE ... COMMIT with
    ``synchronous=FULL``, so when the call returns the change is on disk.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, *,
                 clock: Callable[[], datetime] = local_now) -> None:
        self.path = path
        self.conn = conn
        self._db = None
        self.clock = clock
        self.actor = "facilitator"
        self.source = "desktop"
        self._tx: Transaction | None = None
        self._thread = threading.get_ident()
        self._key = str(path.resolve())
        self._closed = False

    @property
    def db(self):
        """A ``sqlite_utils.Database`` over this connection, made on first use (importing
        sqlite-utils takes about 0.3 s, which every process start would otherwise pay)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    # -- life cycle ---------------------------------------------------------------------
    def close(self) -> None:
        """Checkpoint the log into the main file, close the connection, give back the lock."""
        if self._closed:
            return
        try:
            self.checkpoint(truncate=True)
        finally:
            self._closed = True
            try:
                self.conn.close()
            finally:
                lock.release(self.path)

    def checkpoint(self, *, truncate: bool = False) -> bool:
        """Copy the changes of the ``-wal`` log into the main file, so that the main file
        alone (copied by hand, to a USB stick) holds every change. True when it completed.

        PASSIVE by default: it never waits and never blocks a writer; a reader of another
        connection may keep it from completing (then False: try again later). With
        ``truncate`` (on close) it also empties the log, waiting at most
        ``CHECKPOINT_WAIT_MS`` for readers and writers. A failure is logged, never raised.
        """
        if self._closed or self._tx is not None or self.conn.in_transaction:
            return False
        try:
            if truncate:
                self.conn.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")
                try:
                    row = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                finally:
                    self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            else:
                row = self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as exc:
            log.warning("checkpoint of %s failed: %s", self.path, exc)
            return False
        busy, frames, copied = row[0], row[1], row[2]
        done = busy == 0 and frames == copied
        if not done:
            log.info("checkpoint of %s incomplete (%s of %s frames)", self.path, copied, frames)
        return done

    def __enter__(self) -> Workshop:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        """True once ``close()`` ran."""
        return self._closed

    # -- writing ------------------------------------------------------------------------
    def transaction(self, actor: str | None = None, source: str | None = None) -> _Action:
        """One user action: all or nothing, durable on return, published after commit.

        Use as ``with ws.transaction(actor, source) as tx:``; a service calling another
        inside it joins the outer action (same ``Transaction``, same actor and source).
        """
        return _Action(self, actor, source)

    def _rollback(self) -> None:
        """Roll back the open transaction; SQLite may have rolled it back itself already
        (after an I/O error), which is not a second error."""
        if not self.conn.in_transaction:
            return
        try:
            self.conn.execute("ROLLBACK")
        except sqlite3.DatabaseError:
            log.exception("rollback failed on %s", self.path)

    # -- reading ------------------------------------------------------------------------
    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        """Rows of a read query."""
        return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: tuple | dict = ()) -> sqlite3.Row | None:
        """The first row of a read query, or None."""
        return self.conn.execute(sql, params).fetchone()

    def data_version(self) -> int:
        """Changes when another connection (another thread) has committed."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    # -- settings -----------------------------------------------------------------------
    def setting(self, key: str) -> object:
        """A workshop setting (see ``DEFAULT_SETTINGS``)."""
        row = self.query_one("SELECT value FROM meta WHERE key = ?", (f"setting.{key}",))
        if row is None:
            return DEFAULT_SETTINGS.get(key)
        return json.loads(row[0])

    def set_setting(self, key: str, value: object) -> None:
        """Change a workshop setting (one transaction, audited)."""
        with self.transaction() as tx:
            tx.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                       "SET value = excluded.value", (f"setting.{key}", json.dumps(value)))
            tx.audit("set", "setting", key, {"value": value})

    def integrity_report(self) -> list[str]:
        """Problems found by SQLite's integrity and foreign key checks (empty when sound)."""
        problems = [r[0] for r in self.query("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {tuple(r)}" for r in self.query("PRAGMA foreign_key_check")]
        return problems


BUSY_TIMEOUT_MS = 10000
#: How long the checkpoint on close waits for other connections before giving up.
CHECKPOINT_WAIT_MS = 200


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchall()[0][0]
    # SQLite 3.40: after a quick_check in rollback mode, switching to WAL leaves the first
    # checkpoint refused ("database table is locked") until the schema is read once more.
    conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    if str(mode).lower() != "wal":
        log.warning("journal_mode is %s, not WAL (file system without shared memory?)", mode)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def _check_header(path: Path) -> None:
    size = path.stat().st_size
    if size == 0:
        raise WorkshopFileError(f"{path.name} is empty: the file was truncated.",
                                code="truncated", hint=RESTORE_HINT)
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != SQLITE_HEADER:
        raise WorkshopFileError(f"{path.name} is not a SmartBimtek workshop file "
                                "(or it is damaged beyond reading).", code="foreign",
                                hint=RESTORE_HINT)


def _pre_migration_copy(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """A consistent copy of the file before migrating it, kept (never pruned) as
    ``<stem>-<stamp>-pre-migration.bimtek``; its own ``user_version`` is ``version``."""
    target = stamped_target(writable_kept_dir(path), path.stem, local_now(), PRE_MIGRATION)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    dest = sqlite3.connect(str(tmp), isolation_level=None)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # a self-contained copy, no -wal beside it
    finally:
        dest.close()
    fsync_file(tmp)
    os.replace(tmp, target)
    return target


def open_workshop(path: str | Path, *, create: bool = False,
                  clock: Callable[[], datetime] = local_now) -> Workshop:
    """Open (or, with ``create``, make) a workshop file and bring its schema up to date.

    Raises ``WorkshopFileError`` for a missing, empty, corrupt, foreign or newer file, code
    ``stale_log`` when a leftover ``-wal`` beside it did not fit it (see ``stale_log``: the
    log is set aside and kept, and the next open opens the file as it was), and
    ``WorkshopLockedError`` when another program has it open (under any name).
    """
    path = Path(path)
    exists = path.exists()
    if not exists and not create:
        raise WorkshopFileError(f"{path} does not exist.", code="missing")
    if exists and path.is_dir():
        raise WorkshopFileError(f"{path} is a folder, not a workshop file.", code="foreign")
    if exists:
        _check_header(path)
    _check_writable(path, exists)
    first = lock.acquire(path)
    try:
        if first:  # stale leftovers of killed backups, imports, restores (never raises)
            sweep_stale(path)
        if exists and first:  # no connection of ours: a log beside it is a leftover
            stale_log.guard(path, clock())
        conn = _open_checked(path, exists)
        if not exists:
            lock.claim_identity(path)
    except BaseException:
        lock.release(path)
        raise
    return Workshop(path, conn, clock=clock)


READ_ONLY_HINT = ("Copy it to a folder you can write to (for example Documents) and open the "
                  "copy, or remove its read-only mark.")


def _check_writable(path: Path, exists: bool) -> None:
    """Refuse a file (or folder) that cannot be written before anything is shown as open:
    every change is recorded as it is made, so a read-only file would refuse each one."""
    if exists and not os.access(path, os.W_OK):
        raise WorkshopFileError(f"{path.name} is read-only.", code="read_only",
                                hint=READ_ONLY_HINT, path=str(path))
    folder = path.parent if str(path.parent) else Path(".")
    # a folder still to be made is made with the lock file (a refusal there is read_only too)
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise WorkshopFileError(f"The folder of {path.name} is read-only.", code="read_only",
                                hint=READ_ONLY_HINT, path=str(path))


def _open_checked(path: Path, exists: bool) -> sqlite3.Connection:
    try:
        conn = _connect(path)
    except sqlite3.Error as exc:
        raise WorkshopFileError(f"{path.name} cannot be opened: {exc}.", code="corrupt",
                                hint=RESTORE_HINT) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if exists and (app_id != APPLICATION_ID) and (tables or version):
            raise WorkshopFileError(f"{path.name} is an SQLite database of another program, "
                                    "not a SmartBimtek workshop.", code="foreign")
        if version > LATEST:
            raise WorkshopFileError(
                f"{path.name} was saved by a newer SmartBimtek (file version {version}, "
                f"this program knows up to {LATEST}).", code="newer",
                hint="Update SmartBimtek to open it.")
        if exists and tables:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise WorkshopFileError(f"{path.name} is damaged ({result}).", code="corrupt",
                                        hint=RESTORE_HINT)
        _configure(conn)
        if version < LATEST:
            if exists and version > 0:
                copy = _pre_migration_copy(conn, path, version)
                log.info("copy before migration: %s", copy)
            migrate(conn, version)
    except WorkshopFileError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise WorkshopFileError(f"{path.name} is damaged and cannot be read ({exc}).",
                                code="corrupt", hint=RESTORE_HINT) from exc
    return conn


def _is_file_failure(exc: BaseException) -> bool:
    """True for SQLite errors of the file itself (busy, I/O, full disk, read-only, damaged),
    as against programming errors (a constraint or a malformed statement is a bug)."""
    return isinstance(exc, sqlite3.OperationalError) or type(exc) is sqlite3.DatabaseError


def write_failure(path: Path, exc: BaseException) -> WorkshopFileError:
    """The clear error of a change that could not be written: nothing of it was saved.

    Code "busy" when another writer held the file too long, "write_failed" otherwise (the
    drive was removed, is full or read-only, or the file is damaged).
    """
    reason = str(exc)
    if "locked" in reason or "busy" in reason:
        return WorkshopFileError(f"The change was not saved: {path.name} is busy. Try again.",
                                 code="busy", reason=reason)
    return WorkshopFileError(
        f"The change was not saved: {path.name} cannot be written ({reason}).", code="write_failed",
        hint="Check that the drive holding the file is still connected and not full, then "
             "try again.", reason=reason)


def copy_file(src: Path, dest: Path) -> None:
    """Copy a closed file atomically (temp file, then move into place)."""
    tmp = dest.with_name(dest.name + ".tmp")
    shutil.copyfile(src, tmp)
    tmp.replace(dest)
