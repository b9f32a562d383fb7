"""The workshop file: durability pragmas, the lock, bad files, migrations with a copy first."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from smartbimtek.errors import WorkshopFileError, WorkshopLockedError
from smartbimtek.services import roster, swot
from smartbimtek.store import migrations, open_workshop
from smartbimtek.store import workshop as workshop_module


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _closed_workshop(path: Path, items: int = 30) -> Path:
    ws = open_workshop(path, create=True)
    opd = roster.add_opd(ws, "BAPPEDA", "Badan Perencanaan")
    for i in range(items):
        swot.add_item(ws, opd.id, "S", f"Kekuatan nomor {i} " + "x" * 200)
    ws.close()
    return path


def test_durability_pragmas(ws):
    assert ws.query_one("PRAGMA journal_mode")[0] == "wal"
    assert ws.query_one("PRAGMA synchronous")[0] == 2  # FULL
    assert ws.query_one("PRAGMA foreign_keys")[0] == 1
    assert ws.query_one("PRAGMA application_id")[0] == migrations.APPLICATION_ID
    assert ws.query_one("PRAGMA user_version")[0] == migrations.LATEST
    assert ws.integrity_report() == []


def test_foreign_keys_are_enforced(ws):
    with pytest.raises(sqlite3.IntegrityError), ws.transaction() as tx:
        tx.execute("INSERT INTO swot_items (id, opd_id, quadrant, text, created_at, "
                   "updated_at) VALUES ('x', 'no-opd', 'S', 't', '', '')")
    assert ws.query_one("SELECT count(*) FROM swot_items")[0] == 0


def test_a_failed_action_writes_nothing(ws):
    with pytest.raises(RuntimeError), ws.transaction() as tx:
        tx.execute("INSERT INTO opds (id, code, name, created_at) VALUES ('a', 'A', 'A', '')")
        tx.audit("add", "opd", "a")
        raise RuntimeError("power cut in the middle")
    assert ws.query_one("SELECT count(*) FROM opds")[0] == 0
    assert ws.query_one("SELECT count(*) FROM audit")[0] == 0


def test_a_returned_call_is_visible_to_another_connection(ws):
    opd = roster.add_opd(ws, "DLH", "Dinas Lingkungan Hidup")
    item = swot.add_item(ws, opd.id, "S", "tersimpan")
    other = sqlite3.connect(str(ws.path))
    try:
        assert other.execute("SELECT text FROM swot_items WHERE id=?", (item.id,)).fetchone() == (
            "tersimpan",)
    finally:
        other.close()


def test_settings_defaults_and_changes(ws):
    assert ws.setting("vote_budget") == 5 and ws.setting("backup_keep") == 10
    ws.set_setting("vote_budget", 7)
    assert ws.setting("vote_budget") == 7
    assert ws.setting("unknown") is None


def test_nested_service_calls_join_one_transaction(ws):
    added = roster.add_template_opds(ws, ["BAPPEDA", "DLH", "DISKOMINFO"])
    assert len(added) == 3
    assert ws.query_one("SELECT count(DISTINCT at) FROM audit")[0] == 1


def test_a_second_process_gets_a_clear_lock_error(ws):
    script = textwrap.dedent(f"""
        import sys
        from smartbimtek.errors import WorkshopLockedError
        from smartbimtek.store import open_workshop
        try:
            open_workshop({str(ws.path)!r})
        except WorkshopLockedError as exc:
            print(exc.code, exc.message)
            sys.exit(3)
        sys.exit(0)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 3, result.stderr
    assert result.stdout.startswith("locked ") and "already open" in result.stdout


def test_the_lock_is_shared_inside_one_process_and_freed_on_close(tmp_path):
    path = tmp_path / "w.bimtek"
    first = open_workshop(path, create=True)
    second = open_workshop(path)  # another thread's connection in the same program
    first.close()
    second.close()
    script = f"from smartbimtek.store import open_workshop; open_workshop({str(path)!r}).close()"
    assert subprocess.run([sys.executable, "-c", script], timeout=60).returncode == 0


@pytest.fixture
def good_file(tmp_path) -> Path:
    return _closed_workshop(tmp_path / "good.bimtek")


def _expect_file_error(path: Path, code: str) -> WorkshopFileError:
    before = _sha(path) if path.is_file() else None
    with pytest.raises(WorkshopFileError) as info:
        open_workshop(path)
    assert info.value.code == code, info.value
    assert not isinstance(info.value, WorkshopLockedError)
    if before is not None:
        assert _sha(path) == before, "the damaged file must stay untouched"
    assert not Path(f"{path}-wal").exists()
    return info.value


def test_empty_file(tmp_path):
    path = tmp_path / "empty.bimtek"
    path.write_bytes(b"")
    error = _expect_file_error(path, "truncated")
    assert "restore" in error.hint.lower() and "restore" in str(error).lower()


def test_truncated_file(good_file):
    data = good_file.read_bytes()
    good_file.write_bytes(data[: len(data) // 2 + 100])
    error = _expect_file_error(good_file, "corrupt")
    assert "backup" in error.hint.lower()


def test_corrupt_pages(good_file):
    data = bytearray(good_file.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data) - 64, page):  # scribble over every page header
        data[offset:offset + 48] = b"\xde\xad\xbe\xef" * 12
    good_file.write_bytes(bytes(data))
    _expect_file_error(good_file, "corrupt")


def test_text_file_is_foreign(tmp_path):
    path = tmp_path / "notes.bimtek"
    path.write_text("Daftar hadir Bimtek I\n", encoding="utf-8")
    _expect_file_error(path, "foreign")


def test_another_programs_sqlite_database_is_foreign(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Budi')")
    conn.commit()
    conn.close()
    error = _expect_file_error(path, "foreign")
    assert "another program" in error.message


def test_newer_version_file(good_file):
    conn = sqlite3.connect(good_file)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.commit()
    conn.close()
    error = _expect_file_error(good_file, "newer")
    assert "Update SmartBimtek" in error.hint


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(WorkshopFileError) as info:
        open_workshop(tmp_path / "nope.bimtek")
    assert info.value.code == "missing"
    assert not (tmp_path / "nope.bimtek").exists()
    with pytest.raises(WorkshopFileError) as info:
        open_workshop(tmp_path)
    assert info.value.code == "foreign"


def _file_at_version(path: Path, version: int, items: int) -> Path:
    """A closed workshop file made by the migrations up to ``version`` only, its rows written
    in SQL (today's services write columns that older versions lack)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:version])
        patch.setattr(workshop_module, "LATEST", version)
        ws = open_workshop(path, create=True)
        with ws.transaction() as tx:
            tx.execute("INSERT INTO opds (id, code, name, created_at) VALUES "
                       "('o1', 'BAPPEDA', 'Badan Perencanaan', ?)", (tx.now,))
            for i in range(items):
                tx.execute("INSERT INTO swot_items (id, opd_id, quadrant, text, created_at, "
                           "updated_at) VALUES (?, 'o1', 'S', ?, ?, ?)",
                           (f"s{i}", f"Kekuatan nomor {i} " + "x" * 200, tx.now, tx.now))
        ws.close()
        return path


def test_an_older_file_is_copied_before_it_is_migrated(tmp_path):
    path = _file_at_version(tmp_path / "old.bimtek", 1, items=3)
    assert migrations.LATEST > 1, "this test needs at least two migrations"

    ws = open_workshop(path)
    try:
        assert ws.query_one("PRAGMA user_version")[0] == migrations.LATEST
        assert ws.query_one("SELECT count(*) FROM swot_items")[0] == 3
    finally:
        ws.close()
    [copy] = (tmp_path / "old.backups" / "kept").glob("old-*-pre-migration.bimtek")
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM swot_items").fetchone()[0] == 3
    finally:
        conn.close()


def test_a_failing_migration_leaves_the_file_at_its_version(tmp_path, monkeypatch):
    path = _closed_workshop(tmp_path / "w.bimtek", items=2)

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("migration bug")

    latest = migrations.LATEST + 1
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (latest, broken)])
    monkeypatch.setattr(workshop_module, "LATEST", latest)
    with pytest.raises(RuntimeError):
        open_workshop(path)
    monkeypatch.undo()
    assert list((tmp_path / "w.backups" / "kept").glob("w-*-pre-migration.bimtek")), \
        "a copy is taken first"
    ws = open_workshop(path)
    try:
        assert ws.query_one("PRAGMA user_version")[0] == migrations.LATEST
        assert ws.query_one("SELECT count(*) FROM sqlite_master WHERE name='half_done'")[0] == 0
        assert ws.query_one("SELECT count(*) FROM swot_items")[0] == 2
    finally:
        ws.close()


def test_v3_file_gains_the_covering_score_index(tmp_path):
    path = _file_at_version(tmp_path / "v3.bimtek", 3, items=1)
    ws = open_workshop(path)
    try:
        assert ws.query_one("PRAGMA user_version")[0] >= 4
        plan = " ".join(r[3] for r in ws.query(
            "EXPLAIN QUERY PLAN SELECT program_id, criterion, count(*), sum(value) "
            "FROM scores GROUP BY program_id, criterion"))
        assert "COVERING INDEX scores_by_criterion" in plan
    finally:
        ws.close()
    [copy] = (tmp_path / "v3.backups" / "kept").glob("v3-*-pre-migration.bimtek")
    conn = sqlite3.connect(copy)  # the version is the copy's own user_version
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    finally:
        conn.close()


def _fill_disk(ws) -> None:
    """Make the file "full": SQLite may not grow it by a single page more."""
    pages = ws.query_one("PRAGMA page_count")[0]
    ws.conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_gives_a_clear_error_and_saves_nothing(ws):
    opd = roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika")
    swot.add_item(ws, opd.id, "S", "Sudah tersimpan")
    before = ws.query_one("SELECT count(*) FROM audit")[0]
    _fill_disk(ws)
    with pytest.raises(WorkshopFileError) as caught:
        for n in range(200):  # until a page more is needed
            swot.add_item(ws, opd.id, "W", f"Butir {n} " + "x" * 3000)
    assert caught.value.code == "write_failed"
    assert "not saved" in str(caught.value) and "drive" in str(caught.value)
    assert "full" in caught.value.params["reason"]
    assert not ws.conn.in_transaction
    saved = ws.query_one("SELECT count(*) FROM audit")[0] - before
    assert ws.query_one("SELECT count(*) FROM swot_items WHERE quadrant='W'")[0] == saved
    # once there is room again, the next change is written
    ws.conn.execute("PRAGMA max_page_count = 1073741823")
    swot.add_item(ws, opd.id, "O", "Setelah ruang kosong")
    assert [r[0] for r in ws.query("PRAGMA integrity_check")] == ["ok"]


def test_a_writer_holding_the_file_too_long_gives_busy(ws):
    roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika")
    ws.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(ws.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(WorkshopFileError) as caught:
            roster.add_opd(ws, "BAPPEDA", "Badan Perencanaan Pembangunan Daerah")
        assert caught.value.code == "busy"
        other.execute("ROLLBACK")
    finally:
        other.close()
    roster.add_opd(ws, "BAPPEDA", "Badan Perencanaan Pembangunan Daerah")
    assert sorted(o.code for o in roster.list_opds(ws)) == ["BAPPEDA", "DISKOMINFO"]


def test_a_constraint_error_stays_a_programming_error(ws):
    with pytest.raises(sqlite3.IntegrityError), ws.transaction() as tx:
        tx.execute("INSERT INTO opds (id, code, name, created_at) VALUES ('a', 'X', 'X', '')")
        tx.execute("INSERT INTO opds (id, code, name, created_at) VALUES ('b', 'X', 'Y', '')")
    assert ws.query_one("SELECT count(*) FROM opds")[0] == 0


def _denied_for(target: Path):
    """``os.access`` as a user who may not write ``target`` (the tests may run as root, who
    may write everything; the real refusal was checked as a normal user)."""
    real = workshop_module.os.access

    def access(path, mode, *args, **kwargs):
        if Path(path) == target and mode & workshop_module.os.W_OK:
            return False
        return real(path, mode, *args, **kwargs)
    return access


def test_a_read_only_file_is_refused_at_open_with_the_way_out(tmp_path, monkeypatch):
    path = _closed_workshop(tmp_path / "baca.bimtek", items=1)
    monkeypatch.setattr(workshop_module.os, "access", _denied_for(path))
    with pytest.raises(WorkshopFileError) as caught:
        open_workshop(path)
    assert caught.value.code == "read_only" and "Copy it to a folder" in str(caught.value)
    monkeypatch.undo()
    open_workshop(path).close()  # not left locked by the refusal


def test_a_read_only_folder_is_refused_at_open_and_at_create(tmp_path, monkeypatch):
    folder = tmp_path / "cd"
    folder.mkdir()
    path = _closed_workshop(folder / "w.bimtek", items=1)
    monkeypatch.setattr(workshop_module.os, "access", _denied_for(folder))
    for create, target in ((False, path), (True, folder / "baru.bimtek")):
        with pytest.raises(WorkshopFileError) as caught:
            open_workshop(target, create=create)
        assert caught.value.code == "read_only"
    assert not (folder / "baru.bimtek").exists()


def _lock_file_denied(monkeypatch) -> None:
    """The lock file was refused (the tests run as root, who may open every file: the
    refusal a normal user meets is faked)."""
    from smartbimtek.store import lock

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(lock._LockFile, "acquire", denied)


def test_a_lock_file_that_cannot_be_made_is_a_clear_error(tmp_path, monkeypatch):
    path = _closed_workshop(tmp_path / "w.bimtek", items=1)
    Path(f"{path}.lock").unlink(missing_ok=True)
    _lock_file_denied(monkeypatch)
    with pytest.raises(WorkshopFileError) as caught:
        open_workshop(path)
    assert caught.value.code == "read_only"


def test_a_leftover_lock_file_of_another_user_names_it(tmp_path, monkeypatch):
    """A lock file another user account left in a folder we may write to: the way out is to
    remove it (copying the workshop to a writable folder was the wrong hint)."""
    path = _closed_workshop(tmp_path / "w.bimtek", items=1)
    lock_file = Path(f"{path}.lock")
    lock_file.touch()  # left behind by the other account (filelock keeps it)
    if hasattr(os, "getuid") and os.getuid() == 0:
        os.chown(lock_file, 65534, 65534)  # "nobody" owns it (root may still open it: faked)
    _lock_file_denied(monkeypatch)
    with pytest.raises(WorkshopFileError) as caught:
        open_workshop(path)
    error = caught.value
    assert error.code == "lock_owner" and not isinstance(error, WorkshopLockedError)
    assert "belongs to another user account" in error.message
    assert "remove w.bimtek.lock" in error.hint and str(tmp_path) in error.hint
    assert "writable" not in str(error)
