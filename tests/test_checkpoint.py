"""The main file alone holds every change once the app is idle and after close (issue 8.3).

A workshop's recent changes live in its ``-wal`` log until a checkpoint copies them into the
main file; someone who copies only ``X.bimtek`` to a USB stick while the app is open took a
file up to ~180 items behind (and ``check`` said ok). The app now checkpoints when it has been
quiet for a few seconds and on close; "Save a copy" makes a consistent copy at any time.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from smartbimtek import cli
from smartbimtek.services import roster, swot
from smartbimtek.store import copies, open_workshop

ITEMS = 120
ROOT = Path(__file__).resolve().parent.parent


def _items_alone(path: Path, tmp_path: Path) -> int:
    """Items in the main file copied by hand, without its log (what a USB copy holds)."""
    alone = tmp_path / "usb-copy.bimtek"
    shutil.copyfile(path, alone)
    conn = sqlite3.connect(alone)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'swot_items'").fetchone():
            return 0  # even the tables are still in the log
        return conn.execute("SELECT count(*) FROM swot_items").fetchone()[0]
    finally:
        conn.close()
        alone.unlink()


def _add_items(ws, count: int) -> None:
    opd = roster.find_opd(ws, "BAPPEDA") or roster.add_opd(ws, "BAPPEDA", "Badan Perencanaan")
    for i in range(count):
        swot.add_item(ws, opd.id, "S", f"Kekuatan {i} " + "x" * 200)


def test_close_checkpoints_even_when_another_connection_stays_open(tmp_path):
    """SQLite checkpoints only when the *last* connection closes; the workshop does it itself."""
    path = tmp_path / "w.bimtek"
    server = open_workshop(path, create=True)  # e.g. the phone server's connection
    desk = open_workshop(path)
    _add_items(desk, ITEMS)
    assert _items_alone(path, tmp_path) < ITEMS  # the changes are in the log only
    desk.close()
    assert _items_alone(path, tmp_path) == ITEMS
    server.close()


def test_checkpoint_reports_a_reader_in_the_way_without_waiting(tmp_path):
    path = tmp_path / "w.bimtek"
    ws = open_workshop(path, create=True)
    reader = open_workshop(path)
    try:
        _add_items(ws, 5)
        reader.conn.execute("BEGIN")
        reader.query("SELECT count(*) FROM swot_items")  # a snapshot before the next items
        _add_items(ws, 20)
        assert ws.checkpoint() is False  # PASSIVE: never waits, never raises
        reader.conn.execute("COMMIT")
        assert ws.checkpoint() is True
        assert _items_alone(path, tmp_path) == 25
    finally:
        reader.close()
        ws.close()


def test_save_a_copy_during_open_work_holds_every_change(tmp_path):
    path = tmp_path / "w.bimtek"
    (tmp_path / "usb").mkdir()
    with open_workshop(path, create=True) as ws:
        ws.conn.execute("PRAGMA wal_autocheckpoint = 0")  # everything stays in the log
        _add_items(ws, ITEMS)
        assert _items_alone(path, tmp_path) < ITEMS
        target = copies.save_copy(ws, tmp_path / "usb" / "salinan.bimtek")
        assert not Path(f"{target}-wal").exists()
        assert _items_alone(target, tmp_path) == ITEMS  # the copy alone is complete


CHECK_IN_CHILD = (
    "import sys; from smartbimtek import cli; sys.exit(cli.main(['check', sys.argv[1]]))")


def test_check_warns_about_a_log_beside_the_file(tmp_path, capsys):
    path = tmp_path / "w.bimtek"
    with open_workshop(path, create=True) as ws:
        _add_items(ws, 3)
        # another program has it open: refused, and told what the log beside it means
        result = subprocess.run([sys.executable, "-c", CHECK_IN_CHILD, str(path)],
                                capture_output=True, text=True, timeout=60,
                                env=dict(os.environ, PYTHONPATH=str(ROOT)))
        assert result.returncode == 2, result.stderr
        assert "already open" in result.stderr and "w.bimtek-wal" in result.stderr
        assert "Save a copy" in result.stderr
        # checked from this program (which has it open): ok, with the warning
        assert cli.main(["check", str(path)]) == 0
        out = capsys.readouterr().out
        assert "Warning:" in out and "w.bimtek-wal" in out and "Save a copy" in out
    assert cli.main(["check", str(path)]) == 0  # closed: checkpointed, no log left
    assert "Warning" not in capsys.readouterr().out


def test_the_app_checkpoints_when_idle(qtbot, tmp_path):
    from ui import controller as controller_module
    from ui.controller import Controller

    controller = Controller()
    controller._idle.setInterval(50)  # the test need not wait the real 3 s
    assert controller_module.IDLE_CHECKPOINT_MS == 3000
    path = tmp_path / "w.bimtek"
    ws = controller.open(path, create=True)
    done: list[bool] = []
    controller.checkpointed.connect(done.append)
    _add_items(ws, ITEMS)  # every change restarts the quiet-time timer
    assert not done and _items_alone(path, tmp_path) < ITEMS  # not yet: the timer is pending
    qtbot.waitUntil(lambda: bool(done) and done[-1], timeout=10000)
    assert _items_alone(path, tmp_path) == ITEMS
    _add_items(ws, 7)
    controller.close()
    assert _items_alone(path, tmp_path) == ITEMS + 7


def test_a_file_opened_from_a_delete_journal_copy_checkpoints_at_once(tmp_path):
    """A backup or pre-migration copy is a DELETE-journal file; opening it switches it to WAL,
    and that statement must be finished, or the first checkpoint finds the table locked."""
    import sqlite3

    from smartbimtek.services import roster
    from smartbimtek.store import open_workshop

    path = tmp_path / "copy.bimtek"
    with open_workshop(path, create=True) as ws:
        roster.add_opd(ws, "BAPPEDA", "Badan Perencanaan Pembangunan Daerah")
    conn = sqlite3.connect(str(path), isolation_level=None)
    assert conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    conn.close()
    with open_workshop(path) as ws:
        assert ws.checkpoint(truncate=True) is True
