"""The lock follows the file, not its name (issue 8.7): a symlink or a hard link to an open
workshop is refused, in this process and from another one. Before, the lock was keyed on the
path name, so a second name opened the same file twice (a hard link even with its own -wal).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from smartbimtek.errors import WorkshopLockedError
from smartbimtek.services import roster
from smartbimtek.store import lock, open_workshop

ROOT = Path(__file__).resolve().parent.parent
try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
HAS_OFD = fcntl is not None and hasattr(fcntl, "F_OFD_SETLK")

OPEN_IN_CHILD = textwrap.dedent("""
    import sys
    from smartbimtek.errors import WorkshopLockedError
    from smartbimtek.store import lock, open_workshop
    lock.IDENTITY_LOCK = sys.argv[2]
    try:
        ws = open_workshop(sys.argv[1])
    except WorkshopLockedError as exc:
        print(exc.code, exc.message)
        sys.exit(3)
    ws.close()
    print("opened")
""")


def _open_in_child(path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", OPEN_IN_CHILD, str(path), lock.IDENTITY_LOCK],
                          env=env, capture_output=True, text=True, timeout=60)


@pytest.fixture(params=["byte", "file"])
def mode(request, tmp_path, monkeypatch):
    """Both ways of taking the identity lock: "byte" (Unix) and "file" (Windows' way, here
    with its lock folder in the test's own place, shared with the child processes)."""
    monkeypatch.setattr(lock, "IDENTITY_LOCK", request.param)
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path / "programdata"))
    return request.param


@pytest.fixture
def names(tmp_path, mode):
    """An open workshop, a symlink and a hard link to it (in another folder)."""
    path = tmp_path / "asli.bimtek"
    ws = open_workshop(path, create=True)
    roster.add_opd(ws, "BAPPEDA", "Badan Perencanaan Pembangunan Daerah")
    (tmp_path / "lain").mkdir()
    symlink = tmp_path / "lain" / "pintasan.bimtek"
    symlink.symlink_to(path)
    hardlink = tmp_path / "lain" / "tautan.bimtek"
    os.link(path, hardlink)
    yield ws, symlink, hardlink
    ws.close()


@pytest.mark.parametrize("which", ["symlink", "hardlink"])
def test_another_name_of_an_open_file_is_refused_in_this_process(names, which):
    ws, symlink, hardlink = names
    other = symlink if which == "symlink" else hardlink
    with pytest.raises(WorkshopLockedError) as caught:
        open_workshop(other)
    assert "already open in this program" in caught.value.message
    assert not Path(f"{hardlink}-wal").exists()
    assert roster.list_opds(ws)  # the open workshop carries on


@pytest.mark.parametrize("which", ["symlink", "hardlink"])
def test_another_name_of_an_open_file_is_refused_from_another_process(names, which):
    _ws, symlink, hardlink = names
    result = _open_in_child(symlink if which == "symlink" else hardlink)
    assert result.returncode == 3, result.stdout + result.stderr
    assert result.stdout.startswith("locked ") and "already open" in result.stdout
    assert not Path(f"{hardlink}-wal").exists()


def test_the_same_name_still_shares_and_every_name_opens_after_close(names):
    ws, symlink, hardlink = names
    again = open_workshop(ws.path)  # a server thread's connection: same name, shared
    again.close()
    assert lock.held_here(ws.path) and lock.held_here(hardlink) and lock.held_here(symlink)
    ws.close()
    assert not lock.held_here(hardlink)
    assert _open_in_child(hardlink).stdout.strip() == "opened"
    with open_workshop(symlink) as via_link:
        assert [o.code for o in roster.list_opds(via_link)] == ["BAPPEDA"]
    assert lock.lock_path(symlink) == Path(f"{os.path.realpath(ws.path)}.lock")


@pytest.mark.skipif(not HAS_OFD, reason="checks the Linux open-file-description lock")
@pytest.mark.parametrize("mode", ["byte"], indirect=True)
def test_the_identity_lock_is_one_byte_clear_of_sqlites_locks(names, mode):
    """Another process cannot take the identity byte while the file is open, but can take the
    bytes around it, and a shared lock on SQLite's range (pending, reserved, shared: SQLite's
    own connections hold shared locks there, and ours holds none): no collision."""
    ws, _symlink, hardlink = names
    ident, pending = lock.IDENTITY_BYTE, lock.PENDING_BYTE
    assert ident > pending + 511
    probe = textwrap.dedent("""
        import fcntl, os, struct, sys
        fd = os.open(sys.argv[1], os.O_RDWR)
        def can_lock(kind, start, length):
            req = struct.pack("hhqqixxxx", kind, 0, start, length, 0)
            try:
                fcntl.fcntl(fd, fcntl.F_OFD_SETLK, req)
            except OSError:
                return False
            fcntl.fcntl(fd, fcntl.F_OFD_SETLK,
                        struct.pack("hhqqixxxx", fcntl.F_UNLCK, 0, start, length, 0))
            return True
        ident, pending = int(sys.argv[2]), int(sys.argv[3])
        print(can_lock(fcntl.F_WRLCK, ident, 1),
              can_lock(fcntl.F_WRLCK, pending + 512, ident - pending - 512),
              can_lock(fcntl.F_WRLCK, ident + 1, 4096),
              can_lock(fcntl.F_RDLCK, pending, 512))
    """)
    result = subprocess.run([sys.executable, "-c", probe, str(hardlink), str(ident),
                             str(pending)], capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["False", "True", "True", "True"], result.stderr
    assert roster.list_opds(ws)


@pytest.mark.parametrize("mode", ["file"], indirect=True)
def test_the_windows_identity_lock_file_is_named_by_the_file(names, mode, tmp_path):
    ws, _symlink, hardlink = names
    info = os.stat(ws.path)
    expected = lock.identity_lock_dir() / f"{info.st_dev:x}-{info.st_ino:x}.lock"
    assert lock.identity_lock_dir() == tmp_path / "programdata" / "SmartBimtek" / "locks"
    assert expected.exists()
    assert os.stat(hardlink).st_ino == info.st_ino  # the same name for every link


def test_the_app_names_the_open_file_when_another_name_is_refused(names, qapp):
    from ui.messages import error_text

    ws, _symlink, hardlink = names
    with pytest.raises(WorkshopLockedError) as caught:
        open_workshop(hardlink)
    text = error_text(caught.value)
    assert "under another name" in text and os.path.normcase(str(ws.path)) in text
