"""Quick win milestones (tahapan) in the OPD worksheets: one row per milestone with its key,
imported as created or updated, never deleted; bad months and progress named by cell."""

from __future__ import annotations

import openpyxl
import pytest
from test_worksheets import _export_one, _headers, _opd, add_row, assert_refused, state

from smartbimtek.services import programs, quickwin_profiles
from smartbimtek.worksheets import import_worksheets
from smartbimtek.worksheets import layout as L


def _quick_win(ws):
    """A DISKOMINFO program with a quick win profile and its milestones."""
    opd = _opd(ws)
    profiles = quickwin_profiles.list_profiles(ws)
    prog = next(p for p in programs.list_programs(ws, opd_id=opd.id)
                if p.id in profiles and profiles[p.id].milestones)
    return prog, profiles[prog.id].milestones


def test_milestones_are_exported_one_row_each_with_their_key(demo_ws, tmp_path):
    prog, steps = _quick_win(demo_ws)
    book = openpyxl.load_workbook(_export_one(demo_ws, tmp_path))
    sheet = book[L.MILESTONE]
    heads = _headers(sheet)
    assert list(heads) == ["Kunci", "Program", "Bulan ke", "Tahapan", "Progres (%)"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0]}
    assert set(rows) >= {s.id for s in steps}
    first = rows[steps[0].id]
    assert first[1:5] == (prog.title, steps[0].month, steps[0].description, steps[0].progress)
    assert sheet.protection.sheet and sheet.column_dimensions["A"].hidden
    ranges = {str(dv.sqref).split(":")[0].rstrip("0123456789"): (dv.formula1, dv.formula2)
              for dv in sheet.data_validations.dataValidation}
    assert ranges[L.column_letter(heads["Bulan ke"])] == ("1", "12")
    assert ranges[L.column_letter(heads["Progres (%)"])] == ("0", "100")


def _fill(path, prog, steps) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book[L.MILESTONE]
    heads = _headers(sheet)
    for row in range(2, sheet.max_row + 1):
        key = sheet.cell(row, 1).value
        if key == steps[0].id:
            sheet.cell(row, heads["Progres (%)"], 75)
            sheet.cell(row, heads["Tahapan"], "Uji coba diperluas")
        elif key == steps[1].id:  # a row cleared by the OPD: nothing is deleted
            for col in range(2, 6):
                sheet.cell(row, col).value = None
    add_row(sheet, {"Program": prog.title, "Bulan ke": 11, "Tahapan": "Evaluasi bersama warga"})
    book.save(path)


def test_milestones_import_creates_and_updates_never_deletes(demo_ws, tmp_path):
    prog, steps = _quick_win(demo_ws)
    path = _export_one(demo_ws, tmp_path)
    _fill(path, prog, steps)
    summary = import_worksheets(demo_ws, [path])
    counts = summary.opds[0].counts
    assert counts["milestone_added"] == 1 and counts["milestone_updated"] == 1
    assert "tahapan quick win baru" in summary.lines()[0]
    now = {m.id: m for m in quickwin_profiles.get_profile(demo_ws, prog.id).milestones}
    assert set(now) > {s.id for s in steps}  # every old milestone is still there
    assert (now[steps[0].id].progress, now[steps[0].id].description) == \
        (75, "Uji coba diperluas")
    assert now[steps[1].id].description == steps[1].description
    added = next(m for m in now.values() if m.description == "Evaluasi bersama warga")
    assert (added.month, added.progress) == (11, 0)
    after = state(demo_ws)
    assert import_worksheets(demo_ws, [path]).changed == 0
    assert state(demo_ws) == after


def _bad_month(sheet, heads, prog):
    sheet.cell(2, heads["Bulan ke"], 13)
    return f"{L.MILESTONE}!{L.column_letter(heads['Bulan ke'])}2: 13 di luar rentang 1-12"


def _bad_progress(sheet, heads, prog):
    sheet.cell(2, heads["Progres (%)"], 150)
    return f"{L.MILESTONE}!{L.column_letter(heads['Progres (%)'])}2: 150 di luar rentang 0-100"


def _bad_new_without_text(sheet, heads, prog):
    row = add_row(sheet, {"Program": prog.title, "Bulan ke": 3})
    return f"{L.MILESTONE}!B{row}: Tahapan wajib diisi untuk tahapan baru"


def _bad_unknown_program(sheet, heads, prog):
    add_row(sheet, {"Program": "Program yang tidak ada", "Bulan ke": 3, "Tahapan": "Apa saja"})
    return "program 'Program yang tidak ada' tidak ada di lembar Program"


def _bad_moved(sheet, heads, prog):
    other = next(p for p in programs.list_programs(sheet.parent.demo_ws,
                                                   opd_id=prog.opd_id) if p.id != prog.id)
    sheet.cell(2, heads["Program"], other.title)
    return "tahapan tidak dapat dipindah ke program lain"


BAD = [_bad_month, _bad_progress, _bad_new_without_text, _bad_unknown_program, _bad_moved]


@pytest.mark.parametrize("spoil", BAD, ids=[f.__name__[5:] for f in BAD])
def test_a_bad_milestone_row_refuses_the_import(demo_ws, tmp_path, spoil):
    prog, steps = _quick_win(demo_ws)
    path = _export_one(demo_ws, tmp_path)
    _fill(path, prog, steps)  # good changes beside the bad one: none may be written
    book = openpyxl.load_workbook(path)
    book.demo_ws = demo_ws
    sheet = book[L.MILESTONE]
    expected = spoil(sheet, _headers(sheet), prog)
    book.save(path)
    assert_refused(demo_ws, path, expected)


def test_a_worksheet_without_the_milestone_sheet_still_imports(demo_ws, tmp_path):
    path = _export_one(demo_ws, tmp_path)
    book = openpyxl.load_workbook(path)
    del book[L.MILESTONE]  # a worksheet exported before the sheet existed
    book[L.SWOT]["C2"] = "Teks dari kertas kerja lama"
    book.save(path)
    summary = import_worksheets(demo_ws, [path])
    assert summary.opds[0].counts["swot_updated"] == 1
