"""Rolling backups through the SQLite backup API, listing, pruning, fallback and restore."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from smartbimtek.errors import WorkshopFileError, WorkshopLockedError
from smartbimtek.services import roster, swot
from smartbimtek.store import backups, open_workshop


@pytest.fixture
def filled(ws):
    opd = roster.add_opd(ws, "BAPPEDA", "Badan Perencanaan Pembangunan Daerah")
    for i in range(5):
        swot.add_item(ws, opd.id, "S", f"Kekuatan {i}")
    return ws, opd


def _count(path, table="swot_items") -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        conn.close()


def test_backup_is_a_complete_workshop_beside_the_file(filled):
    ws, _opd = filled
    target = backups.take_backup(ws, "open")
    assert target.parent == ws.path.with_name("test.backups")
    assert target.name.startswith("test-") and target.name.endswith("-open.bimtek")
    assert not list(target.parent.glob("*.tmp")) and not list(target.parent.glob("*-wal"))
    assert _count(target) == 5
    copy = open_workshop(target)  # a backup is itself a valid workshop file
    try:
        assert copy.integrity_report() == []
    finally:
        copy.close()


def test_list_backups_newest_first_with_reasons(filled):
    ws, opd = filled
    first = backups.take_backup(ws, "open")
    swot.add_item(ws, opd.id, "W", "baru")
    second = backups.take_backup(ws, "manual")
    found = backups.list_backups(ws.path)
    assert [b.path for b in found] == [second, first]
    assert [b.reason for b in found] == ["manual", "open"]
    assert found[0].size > 0 and found[0].taken_at >= found[1].taken_at
    assert backups.find_backup(ws.path, second.name) == second
    with pytest.raises(WorkshopFileError):
        backups.find_backup(ws.path, "nope.bimtek")


def test_only_the_newest_are_kept(filled):
    ws, opd = filled
    ws.set_setting("backup_keep", 3)
    made = []
    for i in range(6):
        swot.add_item(ws, opd.id, "O", f"peluang {i}")
        made.append(backups.take_backup(ws))
    assert [b.path for b in backups.list_backups(ws.path)] == made[::-1][:3]
    assert _count(made[-1]) == 11


def test_maybe_backup_needs_time_and_a_change(filled):
    ws, opd = filled
    first = backups.maybe_backup(ws, interval_s=0)
    assert first is not None and first.name.endswith("-auto.bimtek")
    assert backups.maybe_backup(ws, interval_s=0) is None  # nothing changed
    swot.add_item(ws, opd.id, "T", "ancaman")
    assert backups.maybe_backup(ws, interval_s=3600) is None  # too soon
    second = backups.maybe_backup(ws, interval_s=0)
    assert second is not None and _count(second) == 6


def test_fallback_folder_when_the_one_beside_is_not_writable(filled, tmp_path, monkeypatch):
    ws, _opd = filled
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    ws.path.with_name("test.backups").write_text("a file where the folder should be")
    target = backups.take_backup(ws)
    assert (tmp_path / "data") in target.parents
    assert [b.path for b in backups.list_backups(ws.path)] == [target]


def test_restore_puts_the_backup_back_and_keeps_a_safety_copy(filled):
    ws, opd = filled
    backup = backups.take_backup(ws)
    for i in range(3):
        swot.add_item(ws, opd.id, "W", f"sesudah backup {i}")
    path = ws.path
    ws.close()
    safety = backups.restore(path, backup.name)
    assert _count(path) == 5
    assert safety is not None and _count(safety) == 8 and "before-restore" in safety.name
    reopened = open_workshop(path)
    try:
        assert reopened.integrity_report() == []
    finally:
        reopened.close()


def test_restore_removes_stale_wal_and_shm(filled):
    ws, _opd = filled
    backup = backups.take_backup(ws)
    path = ws.path
    ws.close()
    for suffix in ("-wal", "-shm"):
        (path.parent / f"{path.name}{suffix}").write_bytes(b"\x00stale" * 100)
    backups.restore(path, backup)
    assert not (path.parent / f"{path.name}-wal").exists()
    assert not (path.parent / f"{path.name}-shm").exists()
    assert _count(path) == 5


@pytest.mark.parametrize("content", [b"", b"not a database at all", None])
def test_restore_refuses_a_backup_that_is_not_a_workshop(filled, tmp_path, content):
    ws, _opd = filled
    path = ws.path
    ws.close()
    bad = tmp_path / "bad.bimtek"
    if content is None:  # another program's SQLite database
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    else:
        bad.write_bytes(content)
    before = path.read_bytes()
    with pytest.raises(WorkshopFileError) as info:
        backups.restore(path, bad)
    assert "cannot be used" in info.value.message
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(".*restoring*"))


def test_restore_refuses_while_the_file_is_open_here(filled):
    ws, _opd = filled
    backup = backups.take_backup(ws)
    with pytest.raises(WorkshopLockedError):
        backups.restore(ws.path, backup)


def test_restore_refuses_while_another_program_has_the_file(filled):
    ws, _opd = filled
    backup = backups.take_backup(ws)
    path = ws.path
    ws.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from smartbimtek.store import open_workshop
            ws = open_workshop({str(path)!r})
            print("open", flush=True)
            sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = path.read_bytes()
        with pytest.raises(WorkshopLockedError):
            backups.restore(path, backup)
        assert path.read_bytes() == before
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    time.sleep(0.05)
    backups.restore(path, backup)  # works once the other program is gone


def test_restore_over_a_damaged_file_keeps_its_raw_bytes(filled):
    ws, _opd = filled
    backup = backups.take_backup(ws)
    path = ws.path
    ws.close()
    damaged = b"SQLite format 3\x00" + b"\xde\xad" * 3000
    path.write_bytes(damaged)
    with pytest.raises(WorkshopFileError):
        open_workshop(path)
    safety = backups.restore(path, backup)
    assert safety.read_bytes() == damaged
    assert _count(path) == 5
