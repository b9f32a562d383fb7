"""Issue 8.1: an output path never destroys a workshop. Exports, dumps and saved copies refuse
a workshop file (by content, whatever its name), its ``-wal``/``-shm``/``.lock`` companions
and any file whose lock is held (here or by another program); another existing file is only
replaced with ``--force`` (exit 2 and a clear message without it)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from smartbimtek.cli import main
from smartbimtek.errors import WorkshopFileError
from smartbimtek.exports import ExportError, export
from smartbimtek.exports.cli import planned_all
from smartbimtek.services import plan, roster, swot
from smartbimtek.snapshot import take_snapshot
from smartbimtek.store import copies, open_workshop
from smartbimtek.store.targets import check_output_target, is_locked, is_workshop_file

ROOT = Path(__file__).resolve().parent.parent

HOLDER = """
import sys
from smartbimtek.store import open_workshop
ws = open_workshop(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
ws.close()
"""


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def small(tmp_path):
    """A small workshop ``W.bimtek`` and another workshop ``X.bimtek`` beside it."""
    path = tmp_path / "W.bimtek"
    with open_workshop(path, create=True) as ws:
        plan.update_plan(ws, region_name="Kota Contoh", region_type="kota")
        plan.add_event(ws, "II", venue="Aula", start_date="2026-12-01")
        opd = roster.add_opd(ws, "BAPPEDA", "Badan Perencanaan", 1)
        swot.add_item(ws, opd.id, "S", "Data lengkap")
    other = tmp_path / "X.bimtek"
    with open_workshop(other, create=True) as ws:
        roster.add_opd(ws, "DLH", "Dinas Lingkungan Hidup", 2)
    return path, other


class Holder:
    """Another program (a subprocess) that has a workshop file open."""

    def __init__(self, path: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "ready"

    def __enter__(self) -> Holder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.proc.communicate("\n", timeout=60)


def test_the_rule_recognises_workshops_by_content_and_locks(small, tmp_path):
    path, other = small
    disguised = tmp_path / "laporan.pdf"
    shutil.copyfile(other, disguised)
    assert is_workshop_file(disguised) and not is_workshop_file(tmp_path / "none.pdf")
    for target, code in ((disguised, "target_is_workshop"), (other, "target_is_workshop"),
                         (Path(f"{other}-wal"), "target_is_workshop"),
                         (Path(f"{other}-shm"), "target_is_workshop"),
                         (Path(f"{other}.lock"), "target_is_workshop")):
        for force in (False, True):
            with pytest.raises(WorkshopFileError) as caught:
                check_output_target(target, force=force)
            assert caught.value.code == code, target
    plain = tmp_path / "catatan.txt"
    plain.write_text("isi", encoding="utf-8")
    with pytest.raises(WorkshopFileError) as caught:
        check_output_target(plain, force=False)
    assert caught.value.code == "target_exists" and "--force" in str(caught.value)
    check_output_target(plain, force=True)
    check_output_target(tmp_path / "baru.pdf", force=False)
    sqlite_of_another_program = tmp_path / "lain.db"
    import sqlite3

    conn = sqlite3.connect(sqlite_of_another_program)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert not is_workshop_file(sqlite_of_another_program)
    with open_workshop(path) as _ws:  # held by this program
        assert is_locked(path)
        for target in (path, Path(f"{path}-wal"), Path(f"{path}.lock")):
            with pytest.raises(WorkshopFileError) as caught:
                check_output_target(target, force=True)
            assert caught.value.code == "target_locked", target
    assert not is_locked(path)


def test_a_new_workshop_being_created_is_locked(tmp_path):
    fresh = tmp_path / "baru.bimtek"
    with open_workshop(fresh, create=True):
        with pytest.raises(WorkshopFileError) as caught:
            check_output_target(fresh, force=True)
        assert caught.value.code == "target_locked"


def test_cli_export_never_replaces_a_workshop(small, capsys):
    path, other = small
    before, own = _sha(other), _sha(path)
    for target in (other, path):
        for extra in ([], ["--force"]):
            code = main(["export", str(path), "--document", "summary", "--format", "pdf",
                         "-o", str(target), *extra])
            assert code == 2
            assert "workshop file" in capsys.readouterr().err
    assert _sha(other) == before and _sha(path) == own
    with open_workshop(other) as ws:
        assert [o.code for o in roster.list_opds(ws)] == ["DLH"]


def test_cli_export_refuses_a_file_another_program_has_open(small, capsys):
    path, other = small
    before = _sha(other)
    with Holder(other):
        code = main(["export", str(path), "--document", "summary", "--format", "pdf",
                     "-o", str(other), "--force"])
        assert code == 2 and "in use" in capsys.readouterr().err
        assert _sha(other) == before
        with pytest.raises(ExportError) as caught:  # the exporter's own check, too
            export(take_snapshot_of(path), "summary", "pdf", other)
        assert caught.value.params["reason"] == "target_locked"
    assert _sha(other) == before


def take_snapshot_of(path: Path):
    with open_workshop(path) as ws:
        return take_snapshot(ws)


def test_cli_export_replaces_an_existing_file_only_with_force(small, tmp_path, capsys):
    path, _other = small
    out = tmp_path / "ringkasan.pdf"
    out.write_bytes(b"old")
    args = ["export", str(path), "--document", "summary", "--format", "pdf", "-o", str(out)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "--force" in err and out.read_bytes() == b"old"
    assert main([*args, "--force"]) == 0
    assert out.read_bytes().startswith(b"%PDF-")


def test_cli_export_all_into_a_folder_holding_a_workshop_file(small, tmp_path, capsys):
    path, other = small
    outdir = tmp_path / "semua"
    outdir.mkdir()
    names = [p.name for p in planned_all(take_snapshot_of(path), outdir)]
    victim = outdir / next(n for n in names if n.endswith(".xlsx"))
    shutil.copyfile(other, victim)  # a workshop that happens to carry an export's name
    before = _sha(victim)
    for extra in ([], ["--force"]):
        assert main(["export", str(path), "--all", str(outdir), *extra]) == 2
        assert "workshop file" in capsys.readouterr().err
    assert _sha(victim) == before
    assert sorted(p.name for p in outdir.iterdir()) == [victim.name]  # nothing written
    victim.unlink()
    assert main(["export", str(path), "--all", str(outdir)]) == 0
    capsys.readouterr()
    assert main(["export", str(path), "--all", str(outdir)]) == 2  # now they exist
    assert "--force" in capsys.readouterr().err
    assert main(["export", str(path), "--all", str(outdir), "--force"]) == 0


def test_cli_dump_never_replaces_a_workshop_and_needs_force(small, tmp_path, capsys):
    path, other = small
    before, own = _sha(other), _sha(path)
    for target in (other, path):
        assert main(["dump", str(path), "-o", str(target), "--force"]) == 2
        assert "workshop file" in capsys.readouterr().err
    with Holder(other):
        assert main(["dump", str(path), "-o", str(other)]) == 2
        assert "in use" in capsys.readouterr().err
    assert _sha(other) == before and _sha(path) == own
    out = tmp_path / "dump.json"
    out.write_text("{}", encoding="utf-8")
    assert main(["dump", str(path), "-o", str(out)]) == 2
    assert "--force" in capsys.readouterr().err and out.read_text(encoding="utf-8") == "{}"
    assert main(["dump", str(path), "-o", str(out), "--force"]) == 0
    assert '"smartbimtek/1"' in out.read_text(encoding="utf-8")


def test_save_copy_refuses_a_workshop_and_replaces_others_only_with_force(small, tmp_path):
    path, other = small
    before = _sha(other)
    with open_workshop(path) as ws:
        for force in (False, True):
            with pytest.raises(WorkshopFileError) as caught:
                copies.save_copy(ws, other, force=force)
            assert caught.value.code == "target_is_workshop"
        assert _sha(other) == before
        plain = tmp_path / "salinan.bimtek"
        plain.write_bytes(b"")  # an empty new file (a save dialog may create one)
        with pytest.raises(WorkshopFileError) as caught:
            copies.save_copy(ws, plain)
        assert caught.value.code == "target_exists"
        assert copies.save_copy(ws, plain, force=True) == plain
        assert is_workshop_file(plain)
        with pytest.raises(WorkshopFileError) as caught:  # now it is a workshop
            copies.save_copy(ws, plain, force=True)
        assert caught.value.code == "target_is_workshop"
        with Holder(other):
            with pytest.raises(WorkshopFileError) as caught:
                copies.save_copy(ws, other, force=True)
            assert caught.value.code == "target_locked"
    assert not list(tmp_path.glob(".*.tmp"))
