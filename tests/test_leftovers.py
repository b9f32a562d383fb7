"""Issue 8.5: leftovers of killed backups, imports and restores are swept when the workshop is
opened (only stale ones: not locked, not changed for a few minutes), and no error path leaves
a staged or temporary file behind."""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

import pytest
from migration_support import store_at_version

from smartbimtek.cli import main
from smartbimtek.errors import WorkshopFileError
from smartbimtek.services import roster, swot
from smartbimtek.store import backups, leftovers, open_workshop

HOUR = 3600.0


def _age(*paths: Path, seconds: float = HOUR) -> None:
    """Make files look ``seconds`` old (their modification time; no waiting)."""
    moment = time.time() - seconds
    for path in paths:
        os.utime(path, (moment, moment))


def _touch(path: Path, data: bytes = b"x" * 1000) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture
def closed(tmp_path):
    """A closed workshop with one rolling backup."""
    path = tmp_path / "acara.bimtek"
    with open_workshop(path, create=True) as ws:
        opd = roster.add_opd(ws, "BAPPEDA", "Badan Perencanaan")
        swot.add_item(ws, opd.id, "S", "Kekuatan")
        backups.take_backup(ws, "manual")
    return path


def _leftovers(path: Path) -> dict[str, list[Path]]:
    """A killed backup (in the rolling and the kept folder), a killed raw safety copy, a
    killed import, restore and demo, each as a process killed midway leaves it."""
    rolling = path.with_name(f"{path.stem}.backups")
    kept = rolling / "kept"
    staged = [path.with_name(f".{path.name}.{p}") for p in ("importing", "restoring", "demo")]
    made = {
        "backup": [_touch(rolling / f".{path.stem}-20260101-080000-000-auto.bimtek.tmp"),
                   _touch(rolling / f".{path.stem}-20260101-080000-000-auto.bimtek.tmp-journal")],
        "kept": [_touch(kept / f".{path.stem}-20260101-080000-000-before-restore.bimtek.tmp"),
                 _touch(kept / f".{path.stem}-20260101-080000-000-before-restore.bimtek-wal.tmp")],
        "staged": [_touch(s) for s in staged]
                  + [_touch(Path(f"{staged[0]}{x}")) for x in ("-wal", "-shm", ".lock")],
    }
    return made


def test_sweep_removes_stale_leftovers_and_keeps_everything_else(closed, tmp_path):
    made = _leftovers(closed)
    everything = [p for group in made.values() for p in group]
    _age(*everything)
    real_backup = backups.list_backups(closed)[0].path
    others = [_touch(tmp_path / "catatan.tmp"),  # a file of the user's
              _touch(tmp_path / ".lain.bimtek.importing"),  # another workshop's leftover
              _touch(tmp_path / f".{closed.name}.importing.txt")]
    _age(*others, real_backup)
    removed = leftovers.sweep_stale(closed)
    assert sorted(removed) == sorted(everything)
    assert not any(p.exists() for p in everything)
    assert all(p.exists() for p in others) and real_backup.exists()
    assert backups.list_backups(closed)[0].path == real_backup


def test_young_or_locked_leftovers_are_kept(closed, tmp_path):
    made = _leftovers(closed)
    everything = [p for group in made.values() for p in group]
    assert leftovers.sweep_stale(closed) == []  # all just written: maybe still in use
    _age(*everything)
    staged = closed.with_name(f".{closed.name}.importing")
    for item in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm"), Path(f"{staged}.lock")):
        item.unlink()
    with open_workshop(staged, create=True) as ws:  # an import building it right now
        roster.add_opd(ws, "DLH", "Dinas Lingkungan Hidup")
        _age(*[p for p in staged.parent.iterdir() if p.name.startswith(staged.name)])
        removed = leftovers.sweep_stale(closed)
        assert staged.exists() and staged not in removed
        assert not any(p.name.startswith(staged.name) for p in removed)
    assert made["backup"][0] in removed
    assert leftovers.sweep_stale(closed, older_than_s=0)  # closed now: it goes


def test_opening_a_workshop_sweeps_its_stale_leftovers(closed):
    made = _leftovers(closed)
    everything = [p for group in made.values() for p in group]
    _age(*everything)
    with open_workshop(closed) as ws:
        assert not any(p.exists() for p in everything)
        assert roster.list_opds(ws)[0].code == "BAPPEDA"


def test_a_failing_sweep_is_logged_and_never_blocks_opening(closed, monkeypatch, caplog):
    def broken(_path):
        raise RuntimeError("disk went away")

    monkeypatch.setattr(leftovers, "backup_dirs", broken)
    with caplog.at_level(logging.ERROR, logger="smartbimtek.store.leftovers"), \
            open_workshop(closed) as ws:
        assert ws.integrity_report() == []
    assert "sweeping the leftovers" in caplog.text and "disk went away" in caplog.text


def test_a_refused_import_and_restore_leave_nothing(closed, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "smartbimtek/1", "opds": [{"code": ""}]}),
                   encoding="utf-8")
    new = tmp_path / "baru.bimtek"
    assert main(["import", str(new), str(bad)]) == 2
    capsys.readouterr()
    assert not new.exists()
    assert not [p.name for p in tmp_path.iterdir() if ".importing" in p.name]
    not_a_workshop = tmp_path / "rusak.bimtek"
    not_a_workshop.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)
    before = closed.read_bytes()
    with pytest.raises(WorkshopFileError):
        backups.restore(closed, not_a_workshop)
    assert closed.read_bytes() == before
    assert not [p.name for p in tmp_path.iterdir() if ".restoring" in p.name]


def test_restoring_an_old_version_leaves_no_copies_of_the_staged_file(closed, tmp_path):
    from smartbimtek.store import migrations

    old = tmp_path / "lama.bimtek"
    with pytest.MonkeyPatch.context() as patch:
        store_at_version(patch, 1)
        open_workshop(old, create=True).close()
    backups.restore(closed, old)  # the check migrates the staged copy (and keeps a copy)
    hidden = [p.name for p in tmp_path.iterdir() if p.name.startswith(f".{closed.name}")]
    assert hidden == []
    with open_workshop(closed) as ws:
        assert ws.query_one("PRAGMA user_version")[0] == migrations.LATEST
