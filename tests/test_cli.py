"""The console command, run as ``python -m smartbimtek`` in subprocesses."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from smartbimtek.cli import REGISTRARS, build_parser
from smartbimtek.store import open_workshop

ROOT = Path(__file__).resolve().parent.parent


def run(*args, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "smartbimtek", *map(str, args)], cwd=cwd,
                            capture_output=True, text=True, timeout=120, env=env)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo(demo_file, tmp_path) -> Path:
    target = tmp_path / "demo.bimtek"
    shutil.copyfile(demo_file, target)
    return target


def test_demo_refuses_to_overwrite_without_force(tmp_path):
    path = tmp_path / "sukamaju.bimtek"
    first = run("demo", path, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Demo workshop written" in first.stdout
    sha = _sha(path)
    again = run("demo", path, cwd=tmp_path)
    assert again.returncode == 2
    assert "already exists" in again.stderr and "--force" in again.stderr
    assert _sha(path) == sha
    forced = run("demo", path, "--force", cwd=tmp_path)
    assert forced.returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == [
        "sukamaju.bimtek"]


def test_dump_import_round_trip_and_no_duplicates(demo, tmp_path):
    dumped = run("dump", demo, "-o", tmp_path / "demo.json", cwd=tmp_path)
    assert dumped.returncode == 0, dumped.stderr
    doc = json.loads((tmp_path / "demo.json").read_text(encoding="utf-8"))
    new = tmp_path / "baru.bimtek"
    first = run("import", new, tmp_path / "demo.json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "created:" in first.stdout
    second = run("import", new, tmp_path / "demo.json", cwd=tmp_path)
    assert second.returncode == 0 and "created:" not in second.stdout
    stdout = run("dump", new, cwd=tmp_path)
    assert json.loads(stdout.stdout) == doc


def test_invalid_documents_exit_2_and_change_nothing(demo, tmp_path):
    sha = _sha(demo)
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{"format": "smartbimtek/1", "swot": [', encoding="utf-8")
    result = run("import", demo, bad_json, cwd=tmp_path)
    assert result.returncode == 2
    assert "not valid JSON" in result.stderr and "line 1" in result.stderr
    bad_field = tmp_path / "field.json"
    bad_field.write_text(json.dumps({"format": "smartbimtek/1", "swot": [
        {"opd": "DISKOMINFO", "quadrant": "S", "text": "baik"},
        {"opd": "DISKOMINFO", "quadrant": "X", "text": "salah"}]}), encoding="utf-8")
    result = run("import", demo, bad_field, cwd=tmp_path)
    assert result.returncode == 2
    assert "swot[1].quadrant: 'X' is not one of S, W, O, T" in result.stderr
    assert "Nothing was changed" in result.stderr
    assert _sha(demo) == sha
    missing = tmp_path / "new.bimtek"
    assert run("import", missing, bad_field, cwd=tmp_path).returncode == 2
    assert not missing.exists() and not list(tmp_path.glob(".new.bimtek*"))


def test_check_reports_counts_and_problems(demo, tmp_path):
    ok = run("check", demo, cwd=tmp_path)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "Integrity:      ok" in ok.stdout and "SWOT items:" in ok.stdout
    report = json.loads(run("check", demo, "--json", cwd=tmp_path).stdout)
    assert report["problems"] == [] and report["counts"]["SWOT items"] >= 100
    assert report["schema_version"] == report["schema_latest"]
    garbage = tmp_path / "rusak.bimtek"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    damaged = run("check", garbage, cwd=tmp_path)
    assert damaged.returncode == 1 and "Problems:" in damaged.stdout
    missing = run("check", tmp_path / "tidak-ada.bimtek", cwd=tmp_path)
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_backup_list_and_restore(demo, tmp_path):
    made = run("backup", demo, cwd=tmp_path)
    assert made.returncode == 0 and "Backup written" in made.stdout
    listed = run("backups", demo, cwd=tmp_path)
    assert listed.returncode == 0 and "manual" in listed.stdout
    assert "No kept copies." in listed.stdout
    name = Path(next(line for line in listed.stdout.splitlines()
                     if "manual" in line).split()[-1]).name
    sha = _sha(demo)
    restored = run("restore", demo, name, cwd=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert "before-restore" in restored.stdout
    ws = open_workshop(demo)
    try:
        assert ws.integrity_report() == []
    finally:
        ws.close()
    refused = run("restore", demo, "nope.bimtek", cwd=tmp_path)
    assert refused.returncode == 2 and "not found" in refused.stderr
    assert run("check", demo, cwd=tmp_path).returncode == 0
    assert sha  # the file before restore is kept as the safety copy (checked in test_backups)
    lists = run("backups", demo, cwd=tmp_path).stdout
    rolling, kept = lists.split("Kept copies")
    assert "manual" in rolling and "before-restore" not in rolling
    assert "before-restore" in kept and "never pruned" in kept


def test_a_file_open_elsewhere_is_refused_with_a_message(demo, tmp_path):
    ws = open_workshop(demo)  # this test process plays the running app
    try:
        result = run("dump", demo, cwd=tmp_path)
        assert result.returncode == 2
        assert "already open in another program" in result.stderr
        assert run("demo", demo, "--force", cwd=tmp_path).returncode == 2
    finally:
        ws.close()


def test_parser_structure_for_later_subcommands():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # noqa: SLF001
    assert {"demo", "import", "dump", "check", "backup", "backups", "restore"} <= set(commands)
    assert all(callable(register) for register in REGISTRARS)
    with pytest.raises(SystemExit) as info:
        parser.parse_args([])
    assert info.value.code == 2
