"""``smartbimtek worksheets export`` and ``import`` on the command line."""

from __future__ import annotations

import shutil
import subprocess
import sys

import openpyxl

from smartbimtek.cli import main
from smartbimtek.store import open_workshop
from smartbimtek.worksheets import layout as L


def test_cli_exports_per_code_refuses_bad_files_and_imports(demo_file, tmp_path, capsys):
    path = tmp_path / "demo.bimtek"
    shutil.copyfile(demo_file, path)
    out = tmp_path / "out"
    assert main(["worksheets", "export", str(path), str(out), "--opd", "diskominfo",
                 "--opd", "DISHUB"]) == 0
    written = sorted(p.name for p in out.iterdir())
    assert written == ["kertas-kerja-DISHUB.xlsx", "kertas-kerja-DISKOMINFO.xlsx"]
    capsys.readouterr()
    assert main(["worksheets", "export", str(path), str(out), "--opd", "DISHUB"]) == 2
    assert "exist" in capsys.readouterr().err
    assert main(["worksheets", "export", str(path), str(out), "--opd", "NOPE"]) == 2

    good = out / "kertas-kerja-DISHUB.xlsx"
    book = openpyxl.load_workbook(good)
    book[L.SWOT].cell(book[L.SWOT].max_row + 1, 2, "S")
    book[L.SWOT].cell(book[L.SWOT].max_row, 3, "Kekuatan dari baris CLI")
    book.save(good)
    bad = out / "kertas-kerja-DISKOMINFO.xlsx"
    book = openpyxl.load_workbook(bad)
    book[L.SWOT]["D2"] = "nowhere"
    book[L.SWOT]["B2"] = "Q"
    book.save(bad)
    with open_workshop(path) as ws:
        audit = ws.query_one("SELECT count(*) FROM audit")[0]
    result = subprocess.run([sys.executable, "-m", "smartbimtek", "worksheets", "import",
                             str(path), str(good), str(bad)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2, result.stderr
    assert "2 problems" in result.stderr
    assert "kertas-kerja-DISKOMINFO.xlsx: SWOT!B2: 'Q' bukan kuadran yang dikenal" \
        in result.stderr
    assert "Traceback" not in result.stderr
    with open_workshop(path) as ws:
        assert ws.query_one("SELECT count(*) FROM audit")[0] == audit

    assert main(["worksheets", "import", str(path), str(good)]) == 0
    printed = capsys.readouterr().out
    assert "DISHUB" in printed and "1 butir SWOT baru" in printed
    assert main(["worksheets", "import", str(path), str(good)]) == 0
    assert "0 perubahan" in capsys.readouterr().out


def test_cli_exports_by_group(demo_file, tmp_path, capsys):
    from test_worksheets_groups import setup_groups

    path = tmp_path / "demo.bimtek"
    shutil.copyfile(demo_file, path)
    out = tmp_path / "out"
    assert main(["worksheets", "export", str(path), str(out), "--by", "group"]) == 2
    assert "no groups" in capsys.readouterr().err
    with open_workshop(path) as ws:
        setup_groups(ws)
    assert main(["worksheets", "export", str(path), str(out), "--by", "group", "--opd",
                 "DISHUB"]) == 2
    assert "--by group" in capsys.readouterr().err
    assert main(["worksheets", "export", str(path), str(out), "--by", "group"]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "kertas-kerja-kelompok-Meja-Kominfo.xlsx", "kertas-kerja-kelompok-Tata-Kelola.xlsx"]
    assert "kertas-kerja-kelompok-Tata-Kelola.xlsx" in capsys.readouterr().out
    assert main(["worksheets", "import", str(path), *map(str, sorted(out.iterdir()))]) == 0
    printed = capsys.readouterr().out
    assert "Tata Kelola (kelompok): tidak ada perubahan" in printed
