"""The lock file beside a workshop (``smartbimtek/store/lock.py``, ``_LockFile``) is held with
``flock`` on Unix without importing ``filelock`` (its import was a noticeable part of the
app's start, issue 12). It must still meet the lock ``filelock`` takes (an older build, the
same file opened by both), and fall back to ``filelock`` on a file system without ``flock``.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from smartbimtek.errors import WorkshopLockedError
from smartbimtek.store import lock, open_workshop, targets

pytestmark = pytest.mark.skipif(os.name == "nt", reason="flock is the Unix lock")

ROOT = Path(__file__).resolve().parent.parent

#: Holds ``filelock``'s lock on argv[1] until stdin closes (prints "held" once it has it).
HOLD_WITH_FILELOCK = textwrap.dedent("""
    import sys
    from filelock import FileLock, Timeout
    lock = FileLock(sys.argv[1], timeout=0, thread_local=False)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        print("busy", flush=True)
        sys.exit(0)
    print("held", flush=True)
    sys.stdin.read()
    lock.release()
""")


def _filelock_child(lock_file: Path) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", HOLD_WITH_FILELOCK, str(lock_file)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    child.first_line = child.stdout.readline().strip()
    return child


def _finish(child: subprocess.Popen) -> None:
    child.stdin.close()
    child.wait(timeout=60)


@pytest.fixture
def workshop_file(tmp_path) -> Path:
    path = tmp_path / "w.bimtek"
    open_workshop(path, create=True).close()
    return path


def test_a_file_held_with_filelock_elsewhere_is_refused(workshop_file):
    child = _filelock_child(lock.lock_path(workshop_file))
    try:
        assert child.first_line == "held"
        with pytest.raises(WorkshopLockedError):
            open_workshop(workshop_file)
        assert targets.is_locked(workshop_file)
    finally:
        _finish(child)
    open_workshop(workshop_file).close()  # free again once the other program let go


def test_filelock_elsewhere_cannot_take_a_file_open_here(workshop_file):
    ws = open_workshop(workshop_file)
    try:
        child = _filelock_child(lock.lock_path(workshop_file))
        _finish(child)
        assert child.first_line == "busy"
    finally:
        ws.close()
    child = _filelock_child(lock.lock_path(workshop_file))
    _finish(child)
    assert child.first_line == "held"  # given back on close
    assert not targets.is_locked(workshop_file)


def test_the_lock_is_not_taken_twice_and_is_given_back(tmp_path):
    first, second = lock._LockFile(tmp_path / "x.lock"), lock._LockFile(tmp_path / "x.lock")
    assert first.acquire()
    assert not second.acquire() and lock.lock_file_held(tmp_path / "x.lock")
    first.release()
    assert second.acquire()
    second.release()
    assert not lock.lock_file_held(tmp_path / "x.lock")
    assert (tmp_path / "x.lock").exists()  # the file stays, as filelock leaves it


def test_a_file_system_without_flock_falls_back_to_filelock(tmp_path, monkeypatch):
    import fcntl

    real_flock = fcntl.flock
    calls: list[int] = []

    def no_flock(fd, operation):
        calls.append(operation)
        if len(calls) == 1:  # only ours: filelock's own probe may then lock
            raise OSError(errno.ENOSYS, "Function not implemented")
        return real_flock(fd, operation)

    monkeypatch.setattr(fcntl, "flock", no_flock)
    held = lock._LockFile(tmp_path / "y.lock")
    assert held.acquire() and held.fallback is not None and held.fd is None
    assert not lock._LockFile(tmp_path / "y.lock").acquire()
    held.release()
    assert held.fallback is None
    assert lock._LockFile(tmp_path / "y.lock").acquire()


def test_opening_a_workshop_does_not_import_filelock(workshop_file):
    code = textwrap.dedent("""
        import sys
        from smartbimtek.store import open_workshop
        open_workshop(sys.argv[1]).close()
        print("filelock" in sys.modules)
    """)
    done = subprocess.run([sys.executable, "-c", code, str(workshop_file)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr
