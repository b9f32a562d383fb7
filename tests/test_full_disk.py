"""Issue 8.4: a backup on a full disk is refused with a clear message (exit 2 on the command
line, a red banner in the app) and leaves nothing behind (no temporary file).

The disk is a real small filesystem: a tmpfs of 200 KB mounted on the backup folder (SQLite's
page limit is not enough here, it does not apply to the destination of the backup API).
Mounting needs root (CI runs as root on Linux). Where it is impossible the test fails in CI
(``CI=true``) and is skipped elsewhere, with the reason.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tools_support import unavailable

from smartbimtek.errors import WorkshopFileError
from smartbimtek.services import roster, swot
from smartbimtek.store import backups, open_workshop

ROOT = Path(__file__).resolve().parent.parent


def _unavailable(reason: str) -> None:
    unavailable(f"no small filesystem: {reason}")


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "200k"):
    """Mount a tmpfs of ``size`` on ``folder`` for the duration of the block."""
    folder.mkdir(parents=True, exist_ok=True)
    if sys.platform != "linux" or shutil.which("mount") is None:
        _unavailable(f"mounting a tmpfs needs Linux and mount(8) ({sys.platform})")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        _unavailable(f"mount -t tmpfs failed (root needed?): {done.stderr.strip()}")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@pytest.fixture
def big(tmp_path):
    """A closed workshop of about 1 MB (larger than the small disk)."""
    path = tmp_path / "besar.bimtek"
    with open_workshop(path, create=True) as ws:
        opd = roster.add_opd(ws, "BAPPEDA", "Badan Perencanaan Pembangunan Daerah")
        for i in range(250):
            swot.add_item(ws, opd.id, "S", f"Kekuatan {i} " + "data " * 400)
    assert path.stat().st_size > 600_000
    return path


def _contents(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith(".probe"))


def test_take_backup_on_a_full_disk_is_a_clear_error_and_leaves_nothing(big):
    folder = big.with_name(f"{big.stem}.backups")
    with small_disk(folder):
        with open_workshop(big) as ws:
            with pytest.raises(WorkshopFileError) as caught:
                backups.take_backup(ws, "manual")
            assert caught.value.code == "backup_failed"
            assert caught.value.params["reason"] == "disk_full"
            assert "disk is full" in str(caught.value)
            assert _contents(folder) == []  # no temp file, no journal
            with pytest.raises(WorkshopFileError) as caught:
                backups.maybe_backup(ws, interval_s=0)
            assert caught.value.code == "backup_failed"
            assert _contents(folder) == []
            opd = roster.list_opds(ws)[0]
            swot.add_item(ws, opd.id, "W", "still writable")  # the workshop is unharmed
        with open_workshop(big) as ws:
            assert ws.integrity_report() == []


def test_cli_backup_on_a_full_disk_exits_2_with_a_message(big):
    folder = big.with_name(f"{big.stem}.backups")
    with small_disk(folder):
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        done = subprocess.run([sys.executable, "-m", "smartbimtek", "backup", str(big)],
                              capture_output=True, text=True, timeout=120, env=env)
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr
        assert "disk is full" in done.stderr
        assert _contents(folder) == []


def test_the_app_reports_a_full_disk_backup_in_the_banner(qtbot, big, tmp_path):
    from ui_support import make_settings, show

    from ui.controller import Controller
    from ui.main_window import MainWindow

    folder = big.with_name(f"{big.stem}.backups")
    with small_disk(folder):
        controller = Controller()
        controller.open(big)
        window = show(qtbot, MainWindow(controller, make_settings(tmp_path), projector=False))
        try:
            assert window.files.backup_now() is None
            assert window.banner.isVisible() and window.banner.kind == "error"
            assert "full" in window.banner.text().lower()
            assert _contents(folder) == []
            window.banner.hide()
            backups._last.pop(str(big.resolve()), None)
            window.files.periodic_backup()  # the timer's path: no exception escapes
            assert window.banner.isVisible() and window.banner.kind == "error"
            assert _contents(folder) == []
        finally:
            controller.close()
