"""Migration 7 (issue 8, the store's p99): the audit table without AUTOINCREMENT.

With AUTOINCREMENT every change also rewrote ``sqlite_sequence``: one more page per commit in
the log (5.6 pages per ``swot.add_item`` against 2.3 for a bare insert), so more automatic
checkpoints and more slow commits. Audit rows are never deleted, so plain rowid ids keep
increasing as before. Tested from a file made at version 6 (a copy first, every row and id
kept) and by the pages one commit writes to the log (read from the log's frame headers)."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

import pytest
from migration_support import add_diskominfo, file_at_version, store_at_version

from smartbimtek.services import roster, swot
from smartbimtek.store import backups, migrations, open_workshop

NOW = "2025-06-15T09:00:00.000+07:00"
# (id, at, actor, source, action, entity, entity_id, detail) as version 6 wrote them
AUDIT = [(1, NOW, "facilitator", "desktop", "add", "opd", "o1", ""),
         (2, NOW, "Meja 1", "table", "add", "swot", "s1", '{"quadrant": "S"}'),
         (3, NOW, "DISKOMINFO/anon#ab12", "phone", "edit", "swot", "s1", '{"fields": ["text"]}')]


def _version_6_file(path: Path) -> None:
    with file_at_version(path, 6) as conn:
        add_diskominfo(conn)
        conn.execute("INSERT INTO swot_items (id, opd_id, quadrant, text, created_at, updated_at) "
                     "VALUES ('s1', 'o1', 'S', 'Jaringan fiber optik', ?, ?)", (NOW, NOW))
        conn.executemany("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?)", AUDIT)


def _audit_sql(conn) -> str:
    return conn.execute("SELECT sql FROM sqlite_master WHERE name = 'audit'").fetchone()[0]


def test_the_fixture_really_is_at_version_6(tmp_path, monkeypatch):
    path = tmp_path / "v6.bimtek"
    _version_6_file(path)
    store_at_version(monkeypatch, 6)
    with open_workshop(path) as ws:
        assert ws.query_one("PRAGMA user_version")[0] == 6
        assert "AUTOINCREMENT" in _audit_sql(ws.conn)
        assert [tuple(r) for r in ws.query("SELECT name, seq FROM sqlite_sequence")] == [("audit", 3)]


def test_migration_7_keeps_every_audit_row_and_id_after_a_copy(tmp_path):
    path = tmp_path / "v6.bimtek"
    _version_6_file(path)
    with open_workshop(path) as ws:
        assert ws.query_one("PRAGMA user_version")[0] == migrations.LATEST >= 7
        assert "AUTOINCREMENT" not in _audit_sql(ws.conn).upper()
        assert [tuple(r) for r in ws.query("SELECT * FROM audit ORDER BY id")] == AUDIT
        assert ws.query("SELECT * FROM sqlite_sequence WHERE name = 'audit'") == []
        columns = [(r["name"], r["type"], r["notnull"], r["dflt_value"], r["pk"])
                   for r in ws.query("PRAGMA table_info(audit)")]
        assert columns == [("id", "INTEGER", 0, None, 1), ("at", "TEXT", 1, None, 0),
                           ("actor", "TEXT", 1, None, 0), ("source", "TEXT", 1, None, 0),
                           ("action", "TEXT", 1, None, 0), ("entity", "TEXT", 1, None, 0),
                           ("entity_id", "TEXT", 1, None, 0), ("detail", "TEXT", 1, "''", 0)]
        assert ws.integrity_report() == []
        assert swot.get_item(ws, "s1").text == "Jaringan fiber optik"
    [copy] = (tmp_path / "v6.backups" / "kept").glob("v6-*-pre-migration.bimtek")
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
        assert "AUTOINCREMENT" in _audit_sql(conn)
        assert conn.execute("SELECT * FROM audit ORDER BY id").fetchall() == AUDIT
    finally:
        conn.close()


def test_audit_ids_keep_increasing_across_reopen(tmp_path):
    path = tmp_path / "v6.bimtek"
    _version_6_file(path)
    marks = []
    for round_no in range(3):
        with open_workshop(path) as ws:
            marks.append(backups._audit_mark(ws))
            swot.add_item(ws, "o1", "W", f"Kelemahan {round_no}")
            roster.add_opd(ws, f"OPD{round_no}", f"Dinas {round_no}")
            marks.append(backups._audit_mark(ws))
    assert marks == [3, 5, 5, 7, 7, 9]
    with open_workshop(path) as ws:
        ids = [r[0] for r in ws.query("SELECT id FROM audit ORDER BY rowid")]
        assert ids == list(range(1, 10))
        assert [r[0] for r in ws.query("SELECT entity_id FROM audit WHERE id > 3 "
                                        "AND entity = 'opd' ORDER BY id")] == [
            r[0] for r in ws.query("SELECT id FROM opds WHERE code LIKE 'OPD%' ORDER BY code")]


def _frame_pages(wal: Path, start: int) -> tuple[list[int], int]:
    """Page numbers of the log frames from byte ``start`` on, and the end offset."""
    data = wal.read_bytes()
    page_size = struct.unpack(">I", data[8:12])[0]
    pages, offset = [], start
    while offset + 24 + page_size <= len(data):
        pages.append(struct.unpack(">I", data[offset:offset + 4])[0])
        offset += 24 + page_size
    return pages, offset


@pytest.mark.parametrize("made", ["new", "migrated"])
def test_a_change_writes_no_sqlite_sequence_page_to_the_log(tmp_path, made):
    path = tmp_path / "w.bimtek"
    if made == "migrated":
        _version_6_file(path)
    with open_workshop(path, create=True) as ws:
        opd_id = "o1" if made == "migrated" else roster.add_opd(ws, "DISKOMINFO", "Dinas").id
        ws.conn.execute("PRAGMA wal_autocheckpoint = 0").fetchall()  # the log only grows while we read it
        ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        offset, written = 32, []
        for n in range(20):
            swot.add_item(ws, opd_id, "S", f"Kekuatan {n}")
            pages, offset = _frame_pages(Path(f"{path}-wal"), offset)
            written.append(pages)
        names = {r[0]: r[1] for r in ws.query("SELECT pageno, name FROM dbstat")}
        for pages in written:  # the row, its two indexes, the audit row (page 1 when grown)
            trees = {names.get(p, "new page") for p in pages}
            assert "sqlite_sequence" not in trees
            assert {"swot_items", "sqlite_autoindex_swot_items_1", "swot_opd", "audit"} <= trees
        ws.conn.execute("PRAGMA wal_autocheckpoint = 1000").fetchall()
