"""Worksheets per group (kelompok): one XLSX per live group of the current bimtek with the
group's entries (and an OPD group's OPD's entries), an OPD column offering the member OPDs;
new rows get the group and their OPD; an OPD worksheet and a group worksheet that change the
same record differently are refused with both cells named."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from test_worksheets import _headers, _next_row, _opd, add_row, assert_refused, state

from smartbimtek.errors import NotFoundError
from smartbimtek.services import budget, groups, plan, programs, swot
from smartbimtek.worksheets import export_worksheets, import_worksheets
from smartbimtek.worksheets import layout as L
from smartbimtek.worksheets.import_ import WorksheetsRefused


def setup_groups(ws) -> dict:
    """A governance group of DISKOMINFO and DISHUB holding one program of each and a DISHUB
    SWOT item; DISKOMINFO's own OPD group; a removed group; a group of Bimtek I (Bimtek II
    is being run)."""
    kominfo, dishub = _opd(ws), _opd(ws, "DISHUB")
    first = ws.setting("current_event_id")
    plan.add_event(ws, "II", with_template=False)  # Bimtek II is the one being run
    groups.add_group(ws, "Bimtek sebelumnya", "custom", event_id=first)
    tata = groups.add_group(ws, "Tata Kelola", "dimension", dimension="governance",
                            opd_ids=[kominfo.id, dishub.id])
    own = groups.add_group(ws, "Meja Kominfo", "opd", opd_id=kominfo.id)
    gone = groups.add_group(ws, "Dihapus", "custom", opd_ids=[kominfo.id])
    groups.delete_group(ws, gone.id)
    prog_k = programs.list_programs(ws, opd_id=kominfo.id)[0]
    prog_d = programs.list_programs(ws, opd_id=dishub.id)[0]
    item_d = swot.list_items(ws, opd_id=dishub.id)[0]
    groups.set_entry_group(ws, "program", prog_k.id, tata.id)
    groups.set_entry_group(ws, "program", prog_d.id, tata.id)
    groups.set_entry_group(ws, "swot", item_d.id, tata.id)
    return {"tata": tata, "own": own, "kominfo": kominfo, "dishub": dishub,
            "prog_k": prog_k, "prog_d": prog_d, "item_d": item_d}


def _export_groups(ws, tmp_path, **kwargs) -> dict[str, Path]:
    paths = export_worksheets(ws, tmp_path / "out", by="group", **kwargs)
    return {p.name: p for p in paths}


def _group_file(ws, tmp_path, setup) -> Path:
    [path] = export_worksheets(ws, tmp_path / "out", by="group",
                               group_ids=[setup["tata"].id])
    return path


def _rows(sheet) -> dict[str, dict]:
    heads = [c.value for c in sheet[1]]
    return {r[0]: dict(zip(heads, r, strict=False))
            for r in sheet.iter_rows(min_row=2, values_only=True) if r[0]}


def test_one_file_per_live_group_of_the_current_bimtek(demo_ws, tmp_path):
    setup_groups(demo_ws)
    files = _export_groups(demo_ws, tmp_path)
    assert sorted(files) == ["kertas-kerja-kelompok-Meja-Kominfo.xlsx",
                             "kertas-kerja-kelompok-Tata-Kelola.xlsx"]


def test_group_worksheet_holds_the_groups_entries_with_an_opd_dropdown(demo_ws, tmp_path):
    s = setup_groups(demo_ws)
    book = openpyxl.load_workbook(_group_file(demo_ws, tmp_path, s))
    meta = {r[0]: r[1] for r in book[L.KEY_SHEET].iter_rows(values_only=True)}
    assert (meta["owner_kind"], meta["owner_id"]) == ("group", s["tata"].id)
    assert meta["workshop_key"] == L.workshop_key(demo_ws)
    swot_rows = _rows(book[L.SWOT])
    assert set(swot_rows) == {s["item_d"].id}
    assert swot_rows[s["item_d"].id]["OPD"] == "DISHUB"
    program_rows = _rows(book[L.PROGRAM])
    assert set(program_rows) == {s["prog_k"].id, s["prog_d"].id}
    assert program_rows[s["prog_k"].id]["OPD"] == "DISKOMINFO"
    for name in (L.SWOT, L.PROGRAM):
        sheet = book[name]
        assert sheet["B1"].value == "OPD" and sheet["B1"].protection.locked
        [opd_dv] = [dv for dv in sheet.data_validations.dataValidation
                    if str(dv.sqref).startswith("B2:")]
        letter, first, last = _list_range(opd_dv.formula1)
        codes = [book[L.LIST_SHEET][f"{letter}{r}"].value for r in range(first, last + 1)]
        assert codes == ["DISKOMINFO", "DISHUB"]
    [program_dv] = [dv for dv in book[L.BUDGET].data_validations.dataValidation
                    if str(dv.sqref).startswith("B2:")]
    assert program_dv.formula1.startswith("'Program'!$C$2:$C$")  # the titles, after OPD
    assert {r["Program"] for r in _rows(book[L.BUDGET]).values()} <= \
        {s["prog_k"].title, s["prog_d"].title}
    help_text = " ".join(str(c.value) for c in book[L.HELP_SHEET]["A"])
    assert "KELOMPOK" in help_text and "DISHUB" in help_text


def test_an_opd_groups_worksheet_holds_its_opds_entries_too(demo_ws, tmp_path):
    s = setup_groups(demo_ws)
    [path] = export_worksheets(demo_ws, tmp_path / "out", by="group",
                               group_ids=[s["own"].id])
    book = openpyxl.load_workbook(path)
    items = {i.id for i in swot.list_items(demo_ws, opd_id=s["kominfo"].id)}
    assert set(_rows(book[L.SWOT])) == items
    progs = {p.id for p in programs.list_programs(demo_ws, opd_id=s["kominfo"].id)}
    assert set(_rows(book[L.PROGRAM])) == progs


def test_without_groups_the_export_by_group_says_so(demo_ws, tmp_path):
    with pytest.raises(NotFoundError) as info:
        export_worksheets(demo_ws, tmp_path / "out", by="group")
    assert info.value.code == "no_groups"
    assert not (tmp_path / "out").exists()


def fill_group(path: Path, ws, s) -> None:
    """A new SWOT item for DISHUB, a new program for DISKOMINFO with a budget, an edit of
    the DISHUB item's text."""
    book = openpyxl.load_workbook(path)
    sheet = book[L.SWOT]
    heads = _headers(sheet)
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, 1).value == s["item_d"].id:
            sheet.cell(row, heads["Teks"], "Teks diubah oleh kelompok")
    add_row(sheet, {"OPD": "dishub", "Kuadran": "S", "Teks": "Kekuatan dari kelompok"})
    add_row(book[L.PROGRAM], {"OPD": "DISKOMINFO", "Judul": "Program kelompok baru",
                              "Dimensi": "governance"})
    start = ws.query_one("SELECT period_start FROM plan")[0]
    add_row(book[L.BUDGET], {"Program": "Program kelompok baru", "Sumber dana": "APBD",
                             str(start): 75_000_000})
    book.save(path)


def check_group(ws, s) -> None:
    tata = s["tata"].id
    new_item = next(i for i in swot.list_items(ws) if i.text == "Kekuatan dari kelompok")
    assert new_item.opd_id == s["dishub"].id
    assert ws.query_one("SELECT group_id FROM swot_items WHERE id=?",
                        (new_item.id,))[0] == tata
    assert swot.get_item(ws, s["item_d"].id).text == "Teks diubah oleh kelompok"
    prog = next(p for p in programs.list_programs(ws) if p.title == "Program kelompok baru")
    assert prog.opd_id == s["kominfo"].id
    assert ws.query_one("SELECT group_id FROM programs WHERE id=?", (prog.id,))[0] == tata
    assert [b.amount for b in budget.get_program_plan(ws, prog.id).budgets] == [75_000_000]


def test_group_worksheet_round_trip(demo_ws, tmp_path):
    s = setup_groups(demo_ws)
    path = _group_file(demo_ws, tmp_path, s)
    before = state(demo_ws)
    assert import_worksheets(demo_ws, [path]).changed == 0
    assert state(demo_ws) == before
    fill_group(path, demo_ws, s)
    summary = import_worksheets(demo_ws, [path])
    assert summary.opds[0].kind == "group"
    assert summary.lines()[0].startswith("Tata Kelola (kelompok): ")
    counts = summary.opds[0].counts
    assert (counts["swot_added"], counts["swot_updated"], counts["program_added"],
            counts["budget_set"]) == (1, 1, 1, 1)
    check_group(demo_ws, s)
    after = state(demo_ws)
    assert import_worksheets(demo_ws, [path]).changed == 0
    assert state(demo_ws) == after


def _bad_no_opd(book, s):
    sheet = book[L.SWOT]
    r = _next_row(sheet)
    sheet.cell(r, 3, "W")
    sheet.cell(r, 4, "Kelemahan tanpa OPD")
    return f"SWOT!B{r}: OPD wajib diisi untuk baris baru"


def _bad_not_member(book, s):
    r = add_row(book[L.PROGRAM], {"OPD": "DINKES", "Judul": "Program OPD luar",
                                  "Dimensi": "living"})
    return f"Program!B{r}: 'DINKES' bukan OPD anggota kelompok ini"


def _bad_moved_opd(book, s):
    sheet = book[L.SWOT]
    row = next(r for r in range(2, sheet.max_row + 1)
               if sheet.cell(r, 1).value == s["item_d"].id)
    sheet.cell(row, 2, "DISKOMINFO")
    return f"SWOT!B{row}: OPD baris yang sudah ada tidak dapat diubah"


BAD = [_bad_no_opd, _bad_not_member, _bad_moved_opd]


@pytest.mark.parametrize("spoil", BAD, ids=[f.__name__[5:] for f in BAD])
def test_a_bad_group_row_refuses_the_import(demo_ws, tmp_path, spoil):
    s = setup_groups(demo_ws)
    path = _group_file(demo_ws, tmp_path, s)
    fill_group(path, demo_ws, s)
    book = openpyxl.load_workbook(path)
    expected = spoil(book, s)
    book.save(path)
    assert_refused(demo_ws, path, expected)


def _program_cell(path: Path, program_id: str, header: str, value) -> str:
    book = openpyxl.load_workbook(path)
    sheet = book[L.PROGRAM]
    col = _headers(sheet)[header]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == program_id)
    sheet.cell(row, col, value)
    book.save(path)
    return f"{L.PROGRAM}!{L.column_letter(col)}{row}"


def test_opd_and_group_worksheets_changing_a_record_apart_are_refused(demo_ws, tmp_path):
    s = setup_groups(demo_ws)
    group_path = _group_file(demo_ws, tmp_path, s)
    [opd_path] = export_worksheets(demo_ws, tmp_path / "opd", [s["kominfo"].id])
    pid = s["prog_k"].id
    opd_cell = _program_cell(opd_path, pid, "Lokasi", "Kecamatan Utara")
    group_cell = _program_cell(group_path, pid, "Lokasi", "Kecamatan Selatan")
    before = state(demo_ws)
    with pytest.raises(WorksheetsRefused) as info:
        import_worksheets(demo_ws, [opd_path, group_path])
    [problem] = info.value.problems
    assert f"{opd_path.name}: {opd_cell}" in problem
    assert f"{group_path.name}: {group_cell}" in problem
    assert "Kecamatan Utara" in problem and "Kecamatan Selatan" in problem
    assert state(demo_ws) == before

    _program_cell(group_path, pid, "Lokasi", "Kecamatan Utara")  # the same change: fine
    import_worksheets(demo_ws, [opd_path, group_path])
    assert budget.get_program_plan(demo_ws, pid).location == "Kecamatan Utara"


def test_the_same_new_row_in_two_worksheets_is_refused(demo_ws, tmp_path):
    s = setup_groups(demo_ws)
    own = export_worksheets(demo_ws, tmp_path / "out", by="group", group_ids=[s["own"].id])
    [opd_path] = export_worksheets(demo_ws, tmp_path / "opd", [s["kominfo"].id])
    for path, first in ((own[0], 3), (opd_path, 2)):  # OPD column first on a group sheet
        book = openpyxl.load_workbook(path)
        sheet = book[L.SWOT]
        r = _next_row(sheet)
        if first == 3:
            sheet.cell(r, 2, "DISKOMINFO")
        sheet.cell(r, first, "T")
        sheet.cell(r, first + 1, "Ancaman yang dua kali ditulis")
        book.save(path)
    before = state(demo_ws)
    with pytest.raises(WorksheetsRefused) as info:
        import_worksheets(demo_ws, [opd_path, own[0]])
    assert any("ditambahkan di dua kertas kerja" in p and opd_path.name in p and
               own[0].name in p for p in info.value.problems), info.value.problems
    assert state(demo_ws) == before


def test_the_same_group_twice_is_refused(demo_ws, tmp_path):
    s = setup_groups(demo_ws)
    path = _group_file(demo_ws, tmp_path, s)
    copy = tmp_path / "salinan.xlsx"
    copy.write_bytes(path.read_bytes())
    with pytest.raises(WorksheetsRefused) as info:
        import_worksheets(demo_ws, [path, copy])
    assert any("kelompok Tata Kelola juga ada di" in p for p in info.value.problems)


def test_a_removed_groups_worksheet_is_refused(demo_ws, tmp_path):
    s = setup_groups(demo_ws)
    path = _group_file(demo_ws, tmp_path, s)
    groups.delete_group(demo_ws, s["tata"].id)
    before = state(demo_ws)
    with pytest.raises(WorksheetsRefused) as info:
        import_worksheets(demo_ws, [path])
    assert "kelompok Tata Kelola tidak ada (lagi)" in info.value.problems[0]
    assert state(demo_ws) == before


def _list_range(formula: str) -> tuple[str, int, int]:
    """('A', 1, 6) from "'_daftar'!$A$1:$A$6"."""
    cells = formula.split("!")[1].replace("$", "").split(":")
    letter = cells[0].rstrip("0123456789")
    return letter, int(cells[0][len(letter):]), int(cells[1][len(letter):])


def test_two_worksheets_setting_different_fields_of_one_record_both_apply(demo_ws, tmp_path):
    s = setup_groups(demo_ws)
    group_path = _group_file(demo_ws, tmp_path, s)
    [opd_path] = export_worksheets(demo_ws, tmp_path / "opd", [s["kominfo"].id])
    pid = s["prog_k"].id
    start = demo_ws.query_one("SELECT period_start FROM plan")[0]
    _program_cell(opd_path, pid, f"Target {start}", "5 desa")
    _program_cell(group_path, pid, f"Target {start + 1}", "9 desa")
    _program_cell(group_path, pid, "Lokasi", "Kecamatan Barat")
    old = budget.get_program_plan(demo_ws, pid).targets
    import_worksheets(demo_ws, [opd_path, group_path])
    plan_now = budget.get_program_plan(demo_ws, pid)
    assert plan_now.targets == old | {start: "5 desa", start + 1: "9 desa"}
    assert plan_now.location == "Kecamatan Barat"


def test_a_title_two_opds_share_is_refused_where_a_row_names_a_program(demo_ws, tmp_path):
    s = setup_groups(demo_ws)
    programs.update_program(demo_ws, s["prog_d"].id, title=s["prog_k"].title)
    path = _group_file(demo_ws, tmp_path, s)
    book = openpyxl.load_workbook(path)
    r = add_row(book[L.ACTIVITY], {"Program": s["prog_k"].title, "Kegiatan": "Rapat koordinasi"})
    book.save(path)
    before = state(demo_ws)
    with pytest.raises(WorksheetsRefused) as info:
        import_worksheets(demo_ws, [path])
    assert info.value.problems == [
        f"{L.ACTIVITY}!B{r}: 2 program berjudul '{s['prog_k'].title}' (dari OPD berbeda): "
        "beri judul yang berbeda di lembar Program"]
    assert state(demo_ws) == before
