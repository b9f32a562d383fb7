"""``Workshop.transaction``: what a user action guarantees, pinned so that making it cheaper
(issue 8, the store's p99) changes none of it: publish only after a commit, a joined action
fails as a whole, a failing COMMIT rolls back, file failures become ``WorkshopFileError``
chained to SQLite's error, and the count of waiting writers always returns to zero."""

from __future__ import annotations

import sqlite3

import pytest

from smartbimtek import changes
from smartbimtek.errors import WorkshopFileError
from smartbimtek.services import roster
from smartbimtek.store import open_workshop
from smartbimtek.store.workshop import Transaction, writers_waiting


@pytest.fixture
def ws(tmp_path):
    workshop = open_workshop(tmp_path / "t.bimtek", create=True)
    yield workshop
    workshop.close()


@pytest.fixture
def published(ws):
    seen: list[changes.Change] = []
    unsubscribe = changes.subscribe(ws.path, seen.append)
    yield seen
    unsubscribe()


def _insert_opd(tx: Transaction, code: str) -> None:
    tx.execute("INSERT INTO opds (id, code, name, created_at) VALUES (?, ?, ?, ?)",
               (code.lower(), code, code, tx.now))
    tx.audit("add", "opd", code.lower(), opd_id=code.lower())


def test_changes_are_published_after_the_commit_only(ws, published):
    with ws.transaction("Meja 2", "table") as tx:
        assert isinstance(tx, Transaction) and (tx.actor, tx.source) == ("Meja 2", "table")
        _insert_opd(tx, "DLH")
        assert published == []  # not before the commit
    assert [(c.action, c.entity_id, c.actor, c.source) for c in published] == [
        ("add", "dlh", "Meja 2", "table")]
    with pytest.raises(ValueError), ws.transaction() as tx:
        _insert_opd(tx, "BAPPEDA")
        raise ValueError("refused")
    assert len(published) == 1 and ws._tx is None and not ws.conn.in_transaction


def test_a_joined_action_fails_as_a_whole_and_keeps_the_outer_actor(ws, published):
    with pytest.raises(KeyError), ws.transaction("facilitator", "desktop") as outer:
        _insert_opd(outer, "DLH")
        with ws.transaction("someone else", "phone") as inner:
            assert inner is outer and inner.actor == "facilitator"
            _insert_opd(inner, "BAPPEDA")
        with ws.transaction() as inner:
            raise KeyError("inner refusal")
    assert ws.query_one("SELECT count(*) FROM opds")[0] == 0
    assert ws.query_one("SELECT count(*) FROM audit")[0] == 0 and published == []
    roster.add_opd(ws, "DLH", "Dinas Lingkungan Hidup")  # the next action is its own
    assert ws.query_one("SELECT count(*) FROM opds")[0] == 1 and len(published) == 1


def test_a_failing_commit_rolls_back_and_stays_a_programming_error(ws, published):
    with pytest.raises(sqlite3.IntegrityError), ws.transaction() as tx:
        tx.execute("PRAGMA defer_foreign_keys = ON")  # checked at COMMIT, which then fails
        tx.execute("INSERT INTO swot_items (id, opd_id, quadrant, text, created_at, updated_at) "
                   "VALUES ('x', 'no-opd', 'S', 't', '', '')")
        tx.audit("add", "swot", "x")
    assert not ws.conn.in_transaction and ws._tx is None and published == []
    assert ws.query_one("SELECT count(*) FROM swot_items")[0] == 0
    assert ws.query_one("SELECT count(*) FROM audit")[0] == 0


def test_a_busy_file_is_a_clear_error_chained_and_no_writer_stays_counted(ws):
    ws.conn.execute("PRAGMA busy_timeout = 20")
    other = sqlite3.connect(ws.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(WorkshopFileError) as caught, ws.transaction():
            pytest.fail("the body must not run without the write lock")
        assert caught.value.code == "busy"
        assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
        assert writers_waiting(ws.path) == 0 and ws._tx is None
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_file_failure_inside_the_body_becomes_write_failed(ws, published):
    with pytest.raises(WorkshopFileError) as caught, ws.transaction() as tx:
        _insert_opd(tx, "DLH")
        raise sqlite3.OperationalError("disk I/O error")
    assert caught.value.code == "write_failed" and "disk I/O error" in str(caught.value)
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    assert not ws.conn.in_transaction and published == []
    assert ws.query_one("SELECT count(*) FROM opds")[0] == 0
