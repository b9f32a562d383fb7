"""Every connection the app opens on a workshop file is in WAL mode with ``synchronous=FULL``
(the durability rule: a change reported as saved survives a power cut), whichever path opened
it: the desktop controller, the phone server's threads (the request pool and the writer), a
backup, a restore, an import (new file or merge), ``check``, a migration, the read-only check
of a file opened with its log beside it, and "Save a copy".

``sqlite3.connect`` is wrapped for the test so that every connection the code opens is recorded
with the statements it ran; each one's pragmas are read while it is still open (just before it
closes, or at the end for those left open). The rule asks for ``PRAGMA synchronous = FULL`` to
be set explicitly: SQLite's compiled-in default differs between builds. Backup destinations
are self-contained copies in DELETE journal mode by design, and checked for that instead; an
``immutable=1`` read (the main file alone, SQLite writes nothing through it) is exempt.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from migration_support import store_at_version

from smartbimtek import cli, interchange
from smartbimtek.services import roster, swot
from smartbimtek.store import backups, open_workshop

SET_FULL = re.compile(r"^\s*pragma\s+(main\.)?synchronous\s*=\s*(full|2)\s*;?\s*$", re.I)


class Recorded(sqlite3.Connection):
    """A connection that remembers its file, the statements it ran and its pragmas at close."""

    opened: list[Recorded] = []

    def __init__(self, database, *args, **kwargs) -> None:
        super().__init__(database, *args, **kwargs)
        self.database = str(database)
        self.statements: list[str] = []
        self.pragmas: dict[str, object] | None = None
        Recorded.opened.append(self)

    def execute(self, sql, *args):  # noqa: D102 - recording wrapper
        self.statements.append(sql)
        return super().execute(sql, *args)

    def read_pragmas(self) -> dict[str, object]:
        """synchronous and journal_mode as the connection has them now."""
        cur = sqlite3.Connection.cursor(self)
        return {"synchronous": cur.execute("PRAGMA synchronous").fetchone()[0],
                "journal_mode": str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower()}

    def close(self) -> None:  # noqa: D102 - recording wrapper
        if self.pragmas is None:
            with contextlib.suppress(sqlite3.ProgrammingError):  # already closed
                self.pragmas = self.read_pragmas()
        super().close()


@pytest.fixture
def recorded(monkeypatch):
    """Every connection opened through ``sqlite3.connect`` during the test."""
    real = sqlite3.connect

    def connect(database, *args, **kwargs):
        kwargs.setdefault("factory", Recorded)
        return real(database, *args, **kwargs)

    Recorded.opened = []
    monkeypatch.setattr(sqlite3, "connect", connect)
    yield Recorded.opened
    for conn in Recorded.opened:
        if conn.pragmas is None:
            conn.close()


def _finish(opened: list[Recorded]) -> None:
    """Read the pragmas of the connections still open (their state now)."""
    for conn in opened:
        if conn.pragmas is None:
            try:
                conn.pragmas = conn.read_pragmas()
            except sqlite3.ProgrammingError:
                continue


def _file_of(conn: Recorded) -> tuple[Path, str]:
    """The file a connection is on and its URI query ("" for a plain path)."""
    if conn.database.startswith("file:"):
        parts = urlsplit(conn.database)
        return Path(unquote(parts.path)), parts.query
    return Path(conn.database), ""


def _is_backup_destination(conn: Recorded) -> bool:
    return _file_of(conn)[0].name.endswith(".tmp")


def _is_immutable(conn: Recorded) -> bool:
    """``immutable=1``: SQLite reads the main file alone (no log, no locks) and can write
    nothing; the stale-log check reads a file that way on purpose."""
    return "immutable=1" in _file_of(conn)[1].split("&")


def assert_durable(opened: list[Recorded], workshops: set[Path], at_least: int) -> None:
    """Each connection on one of ``workshops`` set synchronous=FULL itself and is WAL with
    synchronous == 2; backup destinations are DELETE journal."""
    _finish(opened)
    names = {p.resolve() for p in workshops}
    on_workshop = [c for c in opened if not _is_backup_destination(c) and not _is_immutable(c)]
    # the workshops themselves, or a file staged to become one (import, restore)
    assert all(_file_of(c)[0].resolve() in names
               or _file_of(c)[0].name.endswith((".importing", ".restoring"))
               for c in on_workshop), [c.database for c in on_workshop]
    assert len(on_workshop) >= at_least, [c.database for c in on_workshop]
    for conn in on_workshop:
        where = conn.database
        assert any(SET_FULL.match(s) for s in conn.statements), \
            f"{where}: no PRAGMA synchronous = FULL ({conn.statements[:6]})"
        assert conn.pragmas == {"synchronous": 2, "journal_mode": "wal"}, (where, conn.pragmas)
    for conn in opened:
        if _is_backup_destination(conn) and conn.pragmas is not None:
            assert conn.pragmas["journal_mode"] == "delete", (conn.database, conn.pragmas)


def _opd(ws) -> str:
    return roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika", 1).id


def test_recorder_sees_a_connection_without_the_pragma(tmp_path, recorded):
    """The check itself: a bare connection on a WAL file is caught."""
    path = tmp_path / "w.bimtek"
    open_workshop(path, create=True).close()
    bare = sqlite3.connect(str(path))
    bare.execute("SELECT 1")
    bare.close()
    with pytest.raises(AssertionError, match="no PRAGMA synchronous"):
        assert_durable(recorded, {path}, 2)


def test_store_open_create_and_services(tmp_path, recorded):
    path = tmp_path / "w.bimtek"
    with open_workshop(path, create=True) as ws:
        swot.add_item(ws, _opd(ws), "S", "Jaringan fiber optik")
    with open_workshop(path) as ws:
        assert len(swot.list_items(ws)) == 1
    assert_durable(recorded, {path}, 2)


def test_desktop_controller(tmp_path, recorded, qapp):
    from ui.controller import Controller

    path = tmp_path / "desk.bimtek"
    controller = Controller()
    ws = controller.open(path, create=True)
    swot.add_item(ws, _opd(ws), "W", "Sinyal lemah di desa")
    _finish(recorded)  # while the desktop holds it open
    controller.close()
    assert_durable(recorded, {path}, 1)


def test_phone_server_pool_and_writer(tmp_path, recorded):
    from lan_support import start_fixture

    fx = start_fixture(tmp_path / "phone.bimtek")
    try:
        fx.start("swot")
        client = fx.client("DISKOMINFO", "Budi")
        status, body, _ = client.submit("POST", "/api/swot", {"quadrant": "S",
                                                              "text": "Aplikasi antrean"})
        assert status == 201, body
        status, _ = client.state()
        assert status == 200
        _finish(recorded)  # the server's thread connections, while they are open
    finally:
        fx.server.stop()
        fx.ws.close()
    # the desktop-side workshop, the runner's check at start, request threads and the writer
    assert_durable(recorded, {fx.path}, 3)


def test_backup_restore_and_check(tmp_path, recorded, capsys):
    path = tmp_path / "w.bimtek"
    with open_workshop(path, create=True) as ws:
        swot.add_item(ws, _opd(ws), "S", "Satu")
        taken = backups.take_backup(ws, "manual")
        swot.add_item(ws, roster.list_opds(ws)[0].id, "S", "Dua")
    assert cli.main(["backup", str(path)]) == 0
    assert cli.main(["restore", str(path), str(taken)]) == 0
    assert cli.main(["check", str(path)]) == 0
    capsys.readouterr()
    assert_durable(recorded, {path}, 4)
    assert any(_is_backup_destination(c) for c in recorded)


def test_import_new_file_and_merge(tmp_path, recorded):
    source = tmp_path / "src.bimtek"
    with open_workshop(source, create=True) as ws:
        swot.add_item(ws, _opd(ws), "O", "Dana desa")
        doc = interchange.write_document(interchange.dump(ws), tmp_path / "doc.json")
    target = tmp_path / "new.bimtek"
    assert cli.main(["import", str(target), str(doc)]) == 0  # built aside, then moved
    assert cli.main(["import", str(target), str(doc)]) == 0  # merged into the file
    assert cli.main(["dump", str(target), "-o", str(tmp_path / "out.json")]) == 0
    assert_durable(recorded, {source, target}, 4)


def test_an_older_file_migrated_on_open(tmp_path, recorded):
    from smartbimtek.store import migrations

    path = tmp_path / "old.bimtek"
    with pytest.MonkeyPatch.context() as patch:
        store_at_version(patch, 1)
        open_workshop(path, create=True).close()
    recorded.clear()
    with open_workshop(path) as ws:  # a copy first, then the migrations
        assert ws.query_one("PRAGMA user_version")[0] == migrations.LATEST
    assert_durable(recorded, {path}, 1)
    assert any(_is_backup_destination(c) for c in recorded)


CRASH = """
import os, sys
from smartbimtek.services import roster, swot
from smartbimtek.store import open_workshop
ws = open_workshop(sys.argv[1])
opd = roster.list_opds(ws)[0]
for i in range(20):
    swot.add_item(ws, opd.id, "W", f"sesi {i}")
os._exit(0)  # a crash: the log stays beside the file
"""


def test_a_file_opened_with_its_log_beside_it_and_saved_as_a_copy(tmp_path, recorded):
    import os
    import subprocess
    import sys

    from smartbimtek.store import copies

    path = tmp_path / "crashed.bimtek"
    with open_workshop(path, create=True) as ws:
        _opd(ws)
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", CRASH, str(path)], capture_output=True,
                          text=True, timeout=60, env=dict(os.environ, PYTHONPATH=str(root)))
    assert done.returncode == 0, done.stderr
    assert Path(f"{path}-wal").exists()
    recorded.clear()
    with open_workshop(path) as ws:  # checked (read-only) before it is opened
        assert len(swot.list_items(ws)) == 20
        copies.save_copy(ws, tmp_path / "usb-copy.bimtek")
    # the read-only check of the pair, and the workshop opened after it
    assert_durable(recorded, {path}, 2)
    assert any("mode=ro" in c.database for c in recorded)
