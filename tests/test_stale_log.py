"""A ``-wal`` log left beside a workshop file never rewrites it into a damaged one (issue 8.2).

Real files throughout: a session really crashes (``os._exit`` in a child process) and leaves
its log; an older copy of the file (taken from the folder while that session was open, as
someone copying it to a USB stick would) is put back beside that log. Before the fix, opening
replayed the wrong log, ``check`` found damage, and closing wrote the mix into the main file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from smartbimtek import cli
from smartbimtek.errors import WorkshopFileError
from smartbimtek.services import roster, swot
from smartbimtek.store import open_workshop

ROOT = Path(__file__).resolve().parent.parent

# A session that changes the file, waits while the file is copied, checkpoints (as the app
# does when idle), changes more, and crashes: its log stays beside the file.
SESSION = textwrap.dedent("""
    import os, sys
    from smartbimtek.services import roster, swot
    from smartbimtek.store import open_workshop
    ws = open_workshop(sys.argv[1])
    opd = roster.list_opds(ws)[0]
    for i in range(60):
        swot.add_item(ws, opd.id, "W", f"sesi {i} " + "y" * 300)
    print("copy now", flush=True)
    sys.stdin.readline()
    assert ws.checkpoint()
    for i in range(30):
        swot.add_item(ws, opd.id, "O", f"lanjut {i} " + "z" * 300)
    os._exit(0)  # a crash: no close, no checkpoint, the log stays
""")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make(path: Path, items: int, word: str) -> Path:
    with open_workshop(path, create=True) as ws:
        opd = roster.add_opd(ws, "BAPPEDA", "Badan Perencanaan Pembangunan Daerah")
        for i in range(items):
            swot.add_item(ws, opd.id, "S", f"{word} {i} " + "x" * 300)
    return path


def _with_anothers_log(tmp_path: Path) -> Path:
    """X.bimtek (40 items) with the log of another file beside it: a session on Z.bimtek
    whose 10 changes are only in its log, copied next to X as X's own."""
    path = _make(tmp_path / "X.bimtek", 40, "iks")
    other = _make(tmp_path / "Z.bimtek", 25, "zet")
    with open_workshop(other) as ws:  # a session on Z with changes only in its log
        opd = roster.list_opds(ws)[0]
        for i in range(10):
            swot.add_item(ws, opd.id, "T", f"ancaman {i}")
        shutil.copyfile(f"{other}-wal", f"{path}-wal")  # Z's log lands beside X
    return path


def _count_alone(path: Path) -> int:
    """Items of a main file read alone (a private copy, so no log can join it)."""
    alone = path.with_name(f"alone-{path.name}")
    shutil.copyfile(path, alone)
    conn = sqlite3.connect(alone)
    try:
        return conn.execute("SELECT count(*) FROM swot_items").fetchone()[0]
    finally:
        conn.close()
        alone.unlink()


def _crashed_session(path: Path, usb: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", SESSION, str(path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout.readline().strip() == "copy now", child.stderr.read()
    shutil.copyfile(path, usb)  # the main file alone, while the session is open
    child.stdin.write("go\n")
    child.stdin.flush()
    _out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err


def _assert_set_aside(path: Path, info: WorkshopFileError, main_sha: str, log_sha: str) -> None:
    assert info.code == "stale_log", info
    assert _sha(path) == main_sha, "the main file's bytes must stay as they were"
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    kept, kept_log = Path(info.params["kept"]), Path(info.params["kept_log"])
    assert kept.parent == path.with_name(f"{path.stem}.backups") / "kept"
    assert kept.name.endswith("-before-open.bimtek") and kept_log.name == kept.name + "-wal"
    assert _sha(kept) == main_sha and _sha(kept_log) == log_sha  # both kept, byte for byte
    assert "leftover log" in info.message and str(kept_log) in info.hint
    assert "restore the newest backup" in info.hint


def test_an_old_copy_put_back_beside_a_crashed_sessions_log(tmp_path):
    path = _make(tmp_path / "X.bimtek", 40, "awal")
    usb = tmp_path / "usb" / "X.bimtek"
    usb.parent.mkdir()
    _crashed_session(path, usb)
    log_file = Path(f"{path}-wal")
    assert log_file.stat().st_size > 32, "the crashed session left its log"
    shutil.copyfile(usb, path)  # the older copy comes back from the USB stick
    main_sha, log_sha = _sha(path), _sha(log_file)

    with pytest.raises(WorkshopFileError) as caught:
        open_workshop(path)
    _assert_set_aside(path, caught.value, main_sha, log_sha)

    # what happens next: the file opens as it was, without the log, and is sound
    with open_workshop(path) as ws:
        assert ws.integrity_report() == []
        assert ws.query_one("SELECT count(*) FROM swot_items")[0] == _count_alone(usb) >= 40
    assert cli.main(["check", str(path)]) == 0


def test_a_log_of_another_workshop_is_set_aside(tmp_path):
    path = _with_anothers_log(tmp_path)
    main_sha, log_sha = _sha(path), _sha(Path(f"{path}-wal"))

    with pytest.raises(WorkshopFileError) as caught:
        open_workshop(path)
    _assert_set_aside(path, caught.value, main_sha, log_sha)
    with open_workshop(path) as ws:
        assert ws.integrity_report() == []
        assert ws.query_one("SELECT count(*) FROM swot_items")[0] == 40


def test_a_log_of_another_workshop_that_forms_a_sound_file_is_set_aside(tmp_path):
    """The log of a workshop made in one session holds all its pages: replayed over X it is a
    sound database (SQLite's checks pass) but it is Z, not X. The audit history tells."""
    path = _make(tmp_path / "X.bimtek", 40, "iks")
    other = open_workshop(tmp_path / "Z.bimtek", create=True)
    try:
        other.conn.execute("PRAGMA wal_autocheckpoint = 0")
        opd = roster.add_opd(other, "DLH", "Dinas Lingkungan Hidup")
        for i in range(10):
            swot.add_item(other, opd.id, "T", f"zet {i}")
        shutil.copyfile(f"{other.path}-wal", f"{path}-wal")
    finally:
        other.close()
    main_sha, log_sha = _sha(path), _sha(Path(f"{path}-wal"))
    with pytest.raises(WorkshopFileError) as caught:
        open_workshop(path)
    _assert_set_aside(path, caught.value, main_sha, log_sha)
    assert "history" in caught.value.message
    with open_workshop(path) as ws:
        assert [o.code for o in roster.list_opds(ws)] == ["BAPPEDA"]


def test_the_files_own_crash_log_is_replayed_and_kept_first(tmp_path):
    path = _make(tmp_path / "X.bimtek", 5, "awal")
    script = textwrap.dedent("""
        import os, sys
        from smartbimtek.services import roster, swot
        from smartbimtek.store import open_workshop
        ws = open_workshop(sys.argv[1])
        ws.conn.execute("PRAGMA wal_autocheckpoint = 0")
        opd = roster.list_opds(ws)[0]
        for i in range(12):
            swot.add_item(ws, opd.id, "O", f"tersimpan {i}")
        os._exit(0)
    """)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-c", script, str(path)], check=True, env=env, timeout=60)
    main_sha = _sha(path)
    assert _count_alone(path) == 5  # the 12 returned calls are only in the log

    with open_workshop(path) as ws:
        assert ws.query_one("SELECT count(*) FROM swot_items")[0] == 17
        assert ws.integrity_report() == []
    [kept] = (tmp_path / "X.backups" / "kept").glob("X-*-before-open.bimtek")
    assert _sha(kept) == main_sha and Path(f"{kept}-wal").is_file()
    assert _count_alone(path) == 17  # replayed into the main file on close


def test_the_same_crash_without_the_old_copy_replays_every_change(tmp_path):
    """The session of the USB case, but the file stays: its own log (written after an idle
    checkpoint restarted it) fits, and every returned change is there."""
    path = _make(tmp_path / "X.bimtek", 40, "awal")
    _crashed_session(path, tmp_path / "unused-copy.bimtek")
    assert Path(f"{path}-wal").stat().st_size > 32
    with open_workshop(path) as ws:
        assert ws.query_one("SELECT count(*) FROM swot_items")[0] == 40 + 60 + 30
        assert ws.integrity_report() == []


def test_a_file_with_an_empty_log_opens_without_a_kept_copy(tmp_path):
    path = _make(tmp_path / "X.bimtek", 3, "awal")
    Path(f"{path}-wal").write_bytes(b"")
    with open_workshop(path) as ws:
        assert ws.query_one("SELECT count(*) FROM swot_items")[0] == 3
    assert not (tmp_path / "X.backups" / "kept").exists()


def test_check_reports_the_stale_log_then_the_file_checks_ok(tmp_path, capsys):
    path = _with_anothers_log(tmp_path)
    assert cli.main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "stale_log" in out and "leftover log" in out
    assert cli.main(["check", str(path)]) == 0


def test_the_app_opens_the_file_as_it_was_and_says_what_happened(qtbot, tmp_path):
    from ui.controller import Controller
    from ui.messages import error_text

    path = _with_anothers_log(tmp_path)
    main_sha = _sha(path)
    controller = Controller()
    told: list = []
    controller.error_raised.connect(told.append)
    ws = controller.open(path)
    try:
        assert ws.query_one("SELECT count(*) FROM swot_items")[0] == 40
        [notice] = told
        assert notice.code == "stale_log"
        text = error_text(notice)
        assert notice.params["kept_log"] in text and "restore the newest backup" in text
    finally:
        controller.close()
    assert _sha(path) == main_sha  # nothing changed since: the bytes that were there


def test_another_programs_database_with_its_log_is_refused_untouched(tmp_path):
    path = tmp_path / "lain.bimtek"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    shutil.copyfile(f"{path}-wal", tmp_path / "log")
    main = path.read_bytes()
    conn.close()
    path.write_bytes(main)  # as that program left them: its change still in its log
    shutil.copyfile(tmp_path / "log", f"{path}-wal")
    with pytest.raises(WorkshopFileError) as caught:
        open_workshop(path)
    assert caught.value.code == "foreign"
    assert path.read_bytes() == main and (tmp_path / "log").read_bytes() == Path(
        f"{path}-wal").read_bytes()  # its log is not replayed into it, nor removed
