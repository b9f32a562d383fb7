"""Worksheets re-saved by LibreOffice (``soffice --headless --convert-to xlsx``), as an OPD
that fills them in LibreOffice Calc would send them: the key survives, good rows merge,
bad rows refuse the whole import and write nothing, a second import is a no-op."""

from __future__ import annotations

import os
import shutil
import subprocess

import openpyxl
import pytest
from test_worksheets import (
    _bad_edited_key,
    _bad_formula,
    _bad_negative_budget,
    _bad_unknown_source,
    _export_one,
    check_good,
    fill_good,
    state,
)
from test_worksheets_groups import BAD as GROUP_BAD
from test_worksheets_groups import _group_file, check_group, fill_group, setup_groups
from tools_support import require_soffice, unavailable

from smartbimtek.worksheets import import_worksheets
from smartbimtek.worksheets.import_ import WorksheetsRefused

pytestmark = [pytest.mark.office]

BAD = {"source": _bad_unknown_source, "negative": _bad_negative_budget,
       "formula": _bad_formula, "key": _bad_edited_key}


def require_calc() -> str:
    """LibreOffice with Calc (Writer alone cannot open an XLSX)."""
    soffice = require_soffice()
    program = os.path.dirname(os.path.realpath(soffice))
    if not os.path.exists(os.path.join(program, "libsclo.so")) and os.name != "nt":
        unavailable("LibreOffice Calc is not installed (apt install libreoffice-calc-nogui)")
    return soffice


def resave(paths, outdir, tmp_path):
    """Open and save every file in LibreOffice (one run, a private profile)."""
    soffice = require_calc()
    outdir.mkdir()
    profile = (tmp_path / "lo-profile").as_uri()
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", "xlsx", "--outdir", str(outdir), *map(str, paths)],
        capture_output=True, text=True, timeout=300, env=dict(os.environ, HOME=str(tmp_path)))
    assert result.returncode == 0, result.stderr
    out = [outdir / p.name for p in paths]
    assert all(p.exists() for p in out), (result.stdout, result.stderr)
    return out


def test_libreoffice_resaved_worksheets_round_trip(demo_ws, tmp_path):
    exported = _export_one(demo_ws, tmp_path)
    src = tmp_path / "filled"
    src.mkdir()
    shutil.copy(exported, src / "plain.xlsx")
    good = shutil.copy(exported, src / "good.xlsx")
    written = fill_good(good, demo_ws)
    expected = {}
    for name, spoil in BAD.items():
        bad = shutil.copy(exported, src / f"bad-{name}.xlsx")
        fill_good(bad, demo_ws)
        book = openpyxl.load_workbook(bad)
        expected[name] = spoil(book)
        book.save(bad)
    names = ["plain", "good", *[f"bad-{n}" for n in BAD]]
    resaved = dict(zip(names, resave([src / f"{n}.xlsx" for n in names], tmp_path / "lo",
                                     tmp_path), strict=True))
    assert openpyxl.load_workbook(resaved["plain"])["_kunci"].sheet_state != "visible"

    before = state(demo_ws)
    assert import_worksheets(demo_ws, [resaved["plain"]]).changed == 0
    assert state(demo_ws) == before
    for name in BAD:
        with pytest.raises(WorksheetsRefused) as info:
            import_worksheets(demo_ws, [resaved[f"bad-{name}"]])
        assert any(expected[name] in p for p in info.value.problems), (name,
                                                                       info.value.problems)
        assert state(demo_ws) == before, name

    summary = import_worksheets(demo_ws, [resaved["good"]])
    assert summary.changed >= 6
    check_good(demo_ws, written)
    after = state(demo_ws)
    assert import_worksheets(demo_ws, [resaved["good"]]).changed == 0
    assert state(demo_ws) == after


def test_libreoffice_resaved_group_worksheets_round_trip(demo_ws, tmp_path):
    s = setup_groups(demo_ws)
    exported = _group_file(demo_ws, tmp_path, s)
    src = tmp_path / "filled"
    src.mkdir()
    shutil.copy(exported, src / "plain.xlsx")
    fill_group(shutil.copy(exported, src / "good.xlsx"), demo_ws, s)
    expected = {}
    for spoil in GROUP_BAD:
        bad = shutil.copy(exported, src / f"bad-{spoil.__name__}.xlsx")
        fill_group(bad, demo_ws, s)
        book = openpyxl.load_workbook(bad)
        expected[spoil.__name__] = spoil(book, s)
        book.save(bad)
    names = ["plain", "good", *[f"bad-{n}" for n in expected]]
    resaved = dict(zip(names, resave([src / f"{n}.xlsx" for n in names], tmp_path / "lo",
                                     tmp_path), strict=True))
    before = state(demo_ws)
    assert import_worksheets(demo_ws, [resaved["plain"]]).changed == 0
    assert state(demo_ws) == before
    for name, text in expected.items():
        with pytest.raises(WorksheetsRefused) as info:
            import_worksheets(demo_ws, [resaved[f"bad-{name}"]])
        assert any(text in p for p in info.value.problems), (name, info.value.problems)
        assert state(demo_ws) == before, name
    assert import_worksheets(demo_ws, [resaved["good"]]).changed == 4
    check_group(demo_ws, s)
    after = state(demo_ws)
    assert import_worksheets(demo_ws, [resaved["good"]]).changed == 0
    assert state(demo_ws) == after
