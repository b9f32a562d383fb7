"""Workshop files as older releases left them, for the migration tests: the first N
migrations applied the way the store applies them, then the rows that release wrote."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from smartbimtek.store import migrations
from smartbimtek.store import workshop as workshop_module

NOW = "2025-06-15T09:00:00.000+07:00"


@contextmanager
def file_at_version(path: Path, version: int, *, wal: bool = True
                    ) -> Iterator[sqlite3.Connection]:
    """Make ``path`` a workshop file at schema ``version`` (each migration in its own
    transaction, ``user_version`` set after it; in WAL mode, as every workshop file, unless
    ``wal`` is False) and yield its connection (autocommit) for that release's rows; closed on
    leaving."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        if wal:
            conn.execute("PRAGMA journal_mode = WAL").fetchall()
        for number, step in migrations.MIGRATIONS[:version]:
            conn.execute("BEGIN")
            step(conn)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        yield conn
    finally:
        conn.close()


def add_diskominfo(conn: sqlite3.Connection, created_at: str = NOW) -> None:
    """The OPD row ``o1`` (DISKOMINFO) as every release since the first writes it."""
    conn.execute("INSERT INTO opds (id, code, name, created_at) VALUES "
                 "('o1', 'DISKOMINFO', 'Dinas Komunikasi dan Informatika', ?)", (created_at,))


def store_at_version(patch: pytest.MonkeyPatch, version: int) -> None:
    """Make the store the one a release at schema ``version`` shipped (the later migrations
    unknown to it), until ``patch`` is undone."""
    patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:version])
    patch.setattr(workshop_module, "LATEST", version)
