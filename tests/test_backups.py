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


# -- kept copies (issue 8.6) ------------------------------------------------------------------
def test_the_copy_before_a_restore_survives_the_rolling_backups(filled):
    ws, opd = filled
    ws.set_setting("backup_keep", 3)
    backup = backups.take_backup(ws)
    swot.add_item(ws, opd.id, "W", "only before the restore")
    path = ws.path
    ws.close()
    safety = backups.restore(path, backup)
    assert safety.parent == path.with_name("test.backups") / "kept"
    assert "before-restore" in safety.name and _count(safety) == 6
    with open_workshop(path) as again:
        for i in range(12):  # far more than backup_keep rolling backups
            swot.add_item(again, opd.id, "O", f"later {i}")
            backups.take_backup(again, "auto")
    assert safety.exists()
    assert len(backups.list_backups(path)) == 3
    assert safety not in [b.path for b in backups.list_backups(path)]
    kept = backups.list_kept(path)
    assert [(k.path, k.reason) for k in kept] == [(safety, "before-restore")]
    backups.restore(path, safety.name)  # a kept copy restores like a backup, by its name
    assert _count(path) == 6
    assert {k.reason for k in backups.list_kept(path)} == {"before-restore"}
    assert len(backups.list_kept(path)) == 2


def test_list_kept_parses_reasons_and_pairs_a_log_with_its_copy(filled):
    ws, opd = filled
    path = ws.path
    kept_dir = path.with_name("test.backups") / "kept"
    kept_dir.mkdir(parents=True)
    older = kept_dir / "test-20260101-080000-000-pre-migration.bimtek"
    newer = kept_dir / "test-20260102-090000-000-before-open.bimtek"
    log_file = kept_dir / "test-20260102-090000-000-before-open.bimtek-wal"
    backups.take_backup(ws)  # a complete copy of 5 items
    rolling = backups.list_backups(path)[0].path
    older.write_bytes(rolling.read_bytes())
    # a before-open copy: the main file plus the log that was beside it
    newer.write_bytes(rolling.read_bytes())
    (kept_dir / "other-20260103-090000-000-before-open.bimtek").write_bytes(b"x")  # not ours
    (kept_dir / ".test-20260104-090000-000-before-open.bimtek.tmp").write_bytes(b"x")
    log_file.write_bytes(b"")
    kept = backups.list_kept(path)
    assert [(k.path.name, k.reason) for k in kept] == [(newer.name, "before-open"),
                                                       (older.name, "pre-migration")]
    assert kept[0].companions == (log_file,) and kept[1].companions == ()
    assert kept[0].taken_at.year == 2026 and kept[0].taken_at.day == 2
    assert [b.path for b in backups.list_backups(path)] == [rolling]  # kept ones apart
    assert backups.find_backup(path, older.name) == older


def test_restoring_a_kept_copy_replays_its_log(filled):
    ws, opd = filled
    path = ws.path
    ws.close()
    # a copy of the file while a session had 3 more items only in its log
    with open_workshop(path) as other:
        other.conn.execute("PRAGMA wal_autocheckpoint = 0")
        for i in range(3):
            swot.add_item(other, opd.id, "O", f"logged {i}")
        kept_dir = path.with_name("test.backups") / "kept"
        kept_dir.mkdir(parents=True)
        copy = kept_dir / "test-20260102-090000-000-before-open.bimtek"
        copy.write_bytes(path.read_bytes())
        (kept_dir / (copy.name + "-wal")).write_bytes(
            path.with_name(path.name + "-wal").read_bytes())
    with open_workshop(path) as again:
        swot.add_item(again, opd.id, "T", "after")
    backups.restore(path, copy.name)
    assert _count(path) == 8
    assert copy.exists() and (kept_dir / (copy.name + "-wal")).exists()  # kept as it was
    assert not list(path.parent.glob(".*restoring*"))


def test_a_backup_made_is_returned_even_when_pruning_fails(filled, monkeypatch):
    ws, _opd = filled

    def broken(*_args, **_kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(backups, "prune", broken)
    target = backups.take_backup(ws)
    assert target.exists() and _count(target) == 5
