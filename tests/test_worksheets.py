"""OPD worksheets (kertas kerja): export layout, merge on import, refusals that write nothing,
a second import that changes nothing, formulas never written or executed."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from smartbimtek.exports.files import ExportError
from smartbimtek.interchange.dump import dump
from smartbimtek.services import budget, programs, quickwin_profiles, roster, swot
from smartbimtek.worksheets import export_worksheets, import_worksheets
from smartbimtek.worksheets import layout as L
from smartbimtek.worksheets.import_ import WorksheetsRefused


def _opd(ws, code="DISKOMINFO"):
    return next(o for o in roster.list_opds(ws) if o.code == code)


def _export_one(ws, tmp_path, code="DISKOMINFO") -> Path:
    [path] = export_worksheets(ws, tmp_path / "out", [_opd(ws, code).id])
    return path


def state(ws) -> str:
    """Everything the file holds, plus its audit trail length (what a refusal must keep)."""
    audit = ws.query_one("SELECT count(*), max(id) FROM audit")
    return json.dumps([dump(ws), tuple(audit)], sort_keys=True, default=str)


def _next_row(sheet) -> int:
    row = 2
    while any(sheet.cell(row, c).value not in (None, "") for c in range(1, 6)):
        row += 1
    return row


def _headers(sheet) -> dict[str, int]:
    return {c.value: c.column for c in sheet[1] if c.value}


def add_row(sheet, values: dict) -> int:
    """Write ``values`` (header -> value) on the first empty row of ``sheet``; its number."""
    heads = _headers(sheet)
    row = _next_row(sheet)
    for header, value in values.items():
        sheet.cell(row, heads[header], value)
    return row


def assert_refused(ws, path: Path, expected: str) -> None:
    """Importing ``path`` is refused with a problem that holds ``expected``, and the file
    holds what it held before."""
    before = state(ws)
    with pytest.raises(WorksheetsRefused) as info:
        import_worksheets(ws, [path])
    assert any(expected in p for p in info.value.problems), info.value.problems
    assert state(ws) == before


def test_export_writes_one_file_per_opd_with_sheets_lists_and_protection(demo_ws, tmp_path):
    paths = export_worksheets(demo_ws, tmp_path / "out")
    assert len(paths) == len(roster.list_opds(demo_ws))
    path = next(p for p in paths if p.name == "kertas-kerja-DISKOMINFO.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "Petunjuk"
    assert set(L.DATA_SHEETS) <= set(book.sheetnames)
    assert book[L.KEY_SHEET].sheet_state == "hidden"
    meta = {r[0]: r[1] for r in book[L.KEY_SHEET].iter_rows(values_only=True)}
    assert meta["workshop_key"] == L.workshop_key(demo_ws)
    assert meta["owner_id"] == _opd(demo_ws).id
    for name in L.DATA_SHEETS:
        sheet = book[name]
        assert sheet.protection.sheet, name
        assert sheet.column_dimensions["A"].hidden, name
        assert sheet["A1"].protection.locked and sheet["B1"].protection.locked
    swot_sheet = book[L.SWOT]
    items = swot.list_items(demo_ws, opd_id=_opd(demo_ws).id)
    assert {swot_sheet.cell(r, 1).value for r in range(2, len(items) + 2)} == {i.id for i in items}
    assert not swot_sheet["C2"].protection.locked
    # the empty rows below the data are open for new entries (the columns' default style)
    assert not swot_sheet.column_dimensions["C"].protection.locked
    assert swot_sheet.cell(swot_sheet.max_row + 5, 3).has_style is False
    validated = {str(dv.sqref).split(":")[0][:1] for dv in swot_sheet.data_validations.dataValidation}
    assert {"B", "D", "E", "F"} <= validated  # quadrant, dimension, element, component
    program_sheet = book[L.PROGRAM]
    heads = _headers(program_sheet)
    assert "Target 2026" in heads or any(h.startswith("Target 20") for h in heads)
    prog_dv = {str(dv.sqref).split(":")[0].rstrip("0123456789")
               for dv in program_sheet.data_validations.dataValidation}
    for header in ("Dimensi", "Elemen", "Horizon", "Sumber dana utama"):
        assert L.column_letter(heads[header]) in prog_dv, header
    budget_sheet = book[L.BUDGET]
    src = L.column_letter(_headers(budget_sheet)["Sumber dana"])
    assert any(str(dv.sqref).startswith(src) for dv in budget_sheet.data_validations.dataValidation)
    assert "Petunjuk" in book.sheetnames and "rumus" in " ".join(
        str(c.value) for c in book["Petunjuk"]["A"])


def test_export_refuses_existing_files_without_force(demo_ws, tmp_path):
    path = _export_one(demo_ws, tmp_path)
    with pytest.raises(ExportError) as info:
        _export_one(demo_ws, tmp_path)
    assert info.value.params["reason"] == "target_exists"
    export_worksheets(demo_ws, tmp_path / "out", [_opd(demo_ws).id], force=True)
    assert path.exists()


def test_text_that_looks_like_a_formula_is_written_as_text(demo_ws, tmp_path):
    opd = _opd(demo_ws)
    texts = ["=HYPERLINK(\"http://x\",\"klik\")", "+62 812", "-dana turun", "@SUM(A1)"]
    for text in texts:
        swot.add_item(demo_ws, opd.id, "W", text)
    path = _export_one(demo_ws, tmp_path)
    with zipfile.ZipFile(path) as archive:
        xml = "".join(archive.read(n).decode() for n in archive.namelist()
                      if n.startswith("xl/worksheets/"))
    assert "<f>" not in xml and "<f " not in xml
    sheet = openpyxl.load_workbook(path)[L.SWOT]
    found = {c.value: c.data_type for c in sheet["C"] if c.value in texts}
    assert found == dict.fromkeys(texts, "s")
    before = state(demo_ws)
    assert import_worksheets(demo_ws, [path]).changed == 0
    assert state(demo_ws) == before


def test_unchanged_worksheets_import_as_a_no_op(demo_ws, tmp_path):
    paths = export_worksheets(demo_ws, tmp_path / "out")
    before = state(demo_ws)
    summary = import_worksheets(demo_ws, paths)
    assert summary.changed == 0 and len(summary.opds) == len(paths)
    assert state(demo_ws) == before


def fill_good(path: Path, ws) -> dict:
    """Edit an existing SWOT item and a program; add an item, a program with targets,
    budget, an activity and a quick win profile. Returns what was written."""
    book = openpyxl.load_workbook(path)
    s = book[L.SWOT]
    s["C2"] = "Teks diubah di kertas kerja"
    r = _next_row(s)
    s.cell(r, 2, "O"); s.cell(r, 3, "Peluang baru dari OPD"); s.cell(r, 4, "living")  # noqa: E702
    p = book[L.PROGRAM]
    heads = _headers(p)
    start = ws.query_one("SELECT period_start FROM plan")[0]
    add_row(p, {"Judul": "Program baru kertas kerja", "Dimensi": "governance",
                "Elemen": "governance.service", "Horizon": "medium",
                "Lokasi": "Kecamatan Kota", f"Target {start}": "10 desa",
                "Sumber dana utama": "APBD"})
    old_title = p.cell(2, heads["Judul"]).value
    p.cell(2, heads["Lokasi"], "Seluruh kabupaten")
    add_row(book[L.BUDGET], {"Program": "Program baru kertas kerja", "Sumber dana": "APBN/DAK",
                             str(start): 250_000_000})
    add_row(book[L.ACTIVITY], {"Program": "Program baru kertas kerja", "Kegiatan": "Sosialisasi",
                               "Tahun mulai": start})
    add_row(book[L.QUICKWIN], {"Program": old_title, "Nama inovasi": "SIAP",
                               "Anggaran (Rp)": 50_000_000, "Sumber dana": "CSR"})
    book.save(path)
    return {"start": start, "old_title": old_title}


def check_good(ws, written: dict) -> None:
    opd = _opd(ws)
    texts = {i.text for i in swot.list_items(ws, opd_id=opd.id)}
    assert {"Teks diubah di kertas kerja", "Peluang baru dari OPD"} <= texts
    progs = {p.title: p for p in programs.list_programs(ws, opd_id=opd.id)}
    new = progs["Program baru kertas kerja"]
    assert (new.dimension, new.element, new.horizon, new.funding) == \
        ("governance", "governance.service", "medium", "APBD")
    plan = budget.get_program_plan(ws, new.id)
    assert plan.location == "Kecamatan Kota"
    assert plan.targets == {written["start"]: "10 desa"}
    assert [(b.year, b.source, b.amount) for b in plan.budgets] == \
        [(written["start"], "APBN/DAK", 250_000_000)]
    assert [a.title for a in plan.activities] == ["Sosialisasi"]
    old = progs[written["old_title"]]
    assert budget.get_program_plan(ws, old.id).location == "Seluruh kabupaten"
    profile = quickwin_profiles.get_profile(ws, old.id)
    assert (profile.innovation_name, profile.budget, profile.funding_source) == \
        ("SIAP", 50_000_000, "CSR")


def test_filled_worksheet_merges_in_one_transaction_and_twice_is_a_no_op(demo_ws, tmp_path):
    path = _export_one(demo_ws, tmp_path)
    written = fill_good(path, demo_ws)
    commits = []
    demo_ws.conn.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
    summary = import_worksheets(demo_ws, [path])
    demo_ws.conn.set_trace_callback(None)
    assert len(commits) == 1  # one transaction for the whole import
    check_good(demo_ws, written)
    counts = summary.opds[0].counts
    assert counts["swot_added"] == 1 and counts["swot_updated"] == 1
    assert counts["program_added"] == 1 and counts["budget_set"] == 1
    assert counts["activity_added"] == 1 and counts["profile_updated"] == 1
    assert "program baru" in summary.lines()[0]
    after = state(demo_ws)
    again = import_worksheets(demo_ws, [path])
    assert again.changed == 0
    assert state(demo_ws) == after  # no record and no audit row added


def _bad_unknown_source(book):
    b = book[L.BUDGET]
    b.cell(2, _headers(b)["Sumber dana"], "APBDD")
    return "'APBDD' bukan sumber dana yang dikenal"


def _bad_negative_budget(book):
    b = book[L.BUDGET]
    year_col = next(c for h, c in _headers(b).items() if str(h).isdigit())
    b.cell(2, _headers(b)["Sumber dana"], "APBD")
    b.cell(2, year_col, -5)
    return "anggaran tidak boleh negatif"


def _bad_year_outside(book):
    a = book[L.ACTIVITY]
    ah = _headers(a)
    a.cell(2, ah["Tahun mulai"], 2090)
    return "tahun 2090 di luar periode rencana"


def _bad_year_column(book):
    b = book[L.BUDGET]
    b.cell(1, b.max_column + 1, "2090")
    return "tahun 2090 di luar periode rencana"


def _bad_dimension(book):
    book[L.SWOT]["D2"] = "smart_x"
    return "'smart_x' bukan dimensi yang dikenal"


def _bad_formula(book):
    book[L.SWOT]["C2"] = "=1+1"  # openpyxl writes a formula cell
    return "SWOT!C2: sel berisi rumus"


def _bad_foreign_key(book):
    meta = book[L.KEY_SHEET]
    for row in meta.iter_rows():
        if row[0].value == "workshop_key":
            row[1].value = "0" * 24
    return "berkas lokakarya lain"


def _bad_edited_key(book):
    book[L.SWOT]["A2"] = "deadbeef"
    return "SWOT!A2: kunci tidak dikenal"


def _bad_activity_key(book):
    book[L.ACTIVITY]["A2"] = "deadbeef"
    return (f"{L.ACTIVITY}!A2: kunci tidak dikenal (kolom Kunci diubah, atau kegiatan sudah "
            "dihapus atau milik OPD lain)")


def _bad_activity_moved(book):
    a = book[L.ACTIVITY]
    col = _headers(a)["Program"]
    titles = [r[1] for r in book[L.PROGRAM].iter_rows(min_row=2, values_only=True) if r[1]]
    a.cell(2, col, next(t for t in titles if t != a.cell(2, col).value))
    return "kegiatan tidak dapat dipindah ke program lain"


def _bad_copied_key(book):
    s = book[L.SWOT]
    r = _next_row(s)
    for c in range(1, 5):
        s.cell(r, c, s.cell(2, c).value)
    return "kunci yang sama"


BAD = [_bad_unknown_source, _bad_negative_budget, _bad_year_outside, _bad_year_column,
       _bad_dimension, _bad_formula, _bad_foreign_key, _bad_edited_key, _bad_copied_key,
       _bad_activity_key, _bad_activity_moved]


@pytest.mark.parametrize("spoil", BAD, ids=[f.__name__[5:] for f in BAD])
def test_a_bad_row_refuses_the_whole_import_and_writes_nothing(demo_ws, tmp_path, spoil):
    path = _export_one(demo_ws, tmp_path)
    fill_good(path, demo_ws)  # good changes beside the bad one: none may be written
    book = openpyxl.load_workbook(path)
    expected = spoil(book)
    book.save(path)
    assert_refused(demo_ws, path, expected)


def test_problem_names_sheet_cell_and_reason(demo_ws, tmp_path):
    path = _export_one(demo_ws, tmp_path)
    book = openpyxl.load_workbook(path)
    _bad_unknown_source(book)
    book.save(path)
    col = L.column_letter(_headers(book[L.BUDGET])["Sumber dana"])
    with pytest.raises(WorksheetsRefused) as info:
        import_worksheets(demo_ws, [path])
    assert info.value.problems == [f"Anggaran!{col}2: 'APBDD' bukan sumber dana yang dikenal"]


def test_worksheet_of_another_workshop_is_refused(demo_ws, ws, tmp_path):
    other = roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi")
    [path] = export_worksheets(ws, tmp_path / "other", [other.id])
    before = state(demo_ws)
    with pytest.raises(WorksheetsRefused) as info:
        import_worksheets(demo_ws, [path])
    assert "lokakarya lain" in info.value.problems[0]
    assert state(demo_ws) == before


def test_two_files_name_the_file_in_each_problem(demo_ws, tmp_path):
    paths = export_worksheets(demo_ws, tmp_path / "out")[:2]
    book = openpyxl.load_workbook(paths[1])
    _bad_dimension(book)
    book["SWOT"]["B2"] = "X"
    book.save(paths[1])
    with pytest.raises(WorksheetsRefused) as info:
        import_worksheets(demo_ws, paths)
    assert all(p.startswith(paths[1].name + ": ") for p in info.value.problems)
    assert [p.split(": ")[1] for p in info.value.problems] == ["SWOT!B2", "SWOT!D2"]


def test_not_a_worksheet_is_refused(demo_ws, tmp_path):
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip")
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    with pytest.raises(WorksheetsRefused) as info:
        import_worksheets(demo_ws, [junk, plain])
    assert len(info.value.problems) == 2


def test_xlsx_reader_values_rich_text_and_formulas(tmp_path):
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    from smartbimtek.worksheets.xlsx import XlsxError, XlsxFile

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Satu"
    sheet["A1"] = "teks"
    sheet["B1"] = CellRichText(["Tebal ", TextBlock(InlineFont(b=True), "sekali")])
    sheet["C1"] = 2027
    sheet["D1"] = 0.25
    sheet["A3"] = "=SUM(C1:C2)"
    sheet["B3"] = True
    path = tmp_path / "x.xlsx"
    book.save(path)
    xlsx = XlsxFile(path)
    try:
        assert xlsx.sheetnames == ["Satu"]
        rows = list(xlsx.rows("Satu"))
    finally:
        xlsx.close()
    assert [[(c.coordinate, c.value, c.formula) for c in r] for r in rows] == [
        [("A1", "teks", False), ("B1", "Tebal sekali", False), ("C1", 2027, False),
         ("D1", 0.25, False)],
        [("A3", None, True), ("B3", True, False)]]
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(XlsxError):
        XlsxFile(tmp_path / "bad.xlsx")


def test_renamed_program_is_named_by_its_new_title_on_other_sheets(demo_ws, tmp_path):
    path = _export_one(demo_ws, tmp_path)
    book = openpyxl.load_workbook(path)
    p = book[L.PROGRAM]
    pid = p.cell(2, 1).value
    p.cell(2, _headers(p)["Judul"], "Judul program yang baru")
    add_row(book[L.ACTIVITY], {"Program": "Judul program yang baru",
                               "Kegiatan": "Pelatihan operator"})
    book.save(path)
    import_worksheets(demo_ws, [path])
    assert programs.get_program(demo_ws, pid).title == "Judul program yang baru"
    titles = [x.title for x in budget.get_program_plan(demo_ws, pid).activities]
    assert "Pelatihan operator" in titles


def test_records_made_by_an_import_say_so(demo_ws, tmp_path):
    path = _export_one(demo_ws, tmp_path)
    fill_good(path, demo_ws)
    import_worksheets(demo_ws, [path])
    item = next(i for i in swot.list_items(demo_ws) if i.text == "Peluang baru dari OPD")
    assert item.source == "import"
    prog = next(p for p in programs.list_programs(demo_ws)
                if p.title == "Program baru kertas kerja")
    assert prog.source == "import"
    sources = {r[0] for r in demo_ws.query(
        "SELECT DISTINCT source FROM audit WHERE id > (SELECT max(id) - 8 FROM audit)")}
    assert sources == {"import"}


def test_export_never_replaces_a_workshop_file_even_with_force(demo_ws, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "kertas-kerja-DISKOMINFO.xlsx"
    from smartbimtek.store import open_workshop

    with open_workshop(target, create=True) as ws:  # a workshop file under that name
        roster.add_opd(ws, "DLH", "Dinas Lingkungan Hidup")
    before = target.read_bytes()
    with pytest.raises(ExportError) as info:
        export_worksheets(demo_ws, out, [_opd(demo_ws).id], force=True)
    assert info.value.params["reason"] == "target_is_workshop"
    assert target.read_bytes() == before
    assert sorted(p.name for p in out.iterdir() if p.suffix == ".xlsx") == [target.name]
