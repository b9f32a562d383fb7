"""The worksheets' XLSX writer (``worksheets.xlsx``: cells queued by ``put_cell``, written by
``save_workbook``): the bytes openpyxl's own ``Workbook.save`` writes for the same cells, made
without temp files and without openpyxl's per-cell path. Then what matters to users whatever
writes the cells, through the export: text that looks like a formula or an error code stays
text, text a cell cannot hold refuses the export naming the file and the cell, big rupiah
amounts are exact."""

from __future__ import annotations

import datetime
import io
import zipfile

import openpyxl
import pytest
from openpyxl.cell.cell import Cell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, Protection

from smartbimtek.worksheets import export_worksheets
from smartbimtek.worksheets.xlsx import CellTextError, QueuedWorkbook, put_cell

TEXTS = ["plain", "é ü ñ", "emoji 😀", "a & b < c > d", "x\r\ny", "tab\there", " lead",
         "trail ", 'q " \'', "]]>", "\u2028 line separator", "\x85 next line", "\ufeff bom",
         "\u00a0nbsp", "=SUM(A1:A3)", "+62 812", "-minus", "@home", "#N/A", "x" * 40000, ""]
NUMBERS = [0, 7, -3, 2027, 1_500_000_000, 10**17, 0.25, 1 / 3, 1e-9, True, False]


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()
                if name != "docProps/core.xml"}  # the time it was written


def _save(wb) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _fill(wb, put) -> None:
    """The same cells in ``wb`` through ``put(sheet, row, column, value, kind)``."""
    sheet = wb.active
    put(sheet, 1, 1, None, "title")
    for row, text in enumerate(TEXTS, start=2):
        put(sheet, row, 2, text, "open")
        put(sheet, row, 4, None, "open")  # an empty styled cell
    for row, number in enumerate(NUMBERS, start=2):
        put(sheet, row, 3, number, "open")
    put(sheet, 3, 5, None, None)  # an empty unstyled cell: not written
    other = wb.create_sheet("Kosong")
    put(other, 5, 2, None, None)  # a row of one unstyled empty cell
    put(other, 6, 1, "x", None)
    wb.create_sheet("Tanpa sel")


def _pair() -> tuple[QueuedWorkbook, openpyxl.Workbook]:
    """The same workbook with queued cells and with openpyxl's cells."""
    queued = QueuedWorkbook()
    model = Cell(queued.active)
    model.protection = Protection(locked=False)
    model.alignment = Alignment(wrap_text=True, vertical="top")
    title = Cell(queued.active)
    title.font = Font(bold=True)
    styles = {"open": model._style, "title": title._style, None: None}
    _fill(queued, lambda sheet, r, c, value, kind: put_cell(sheet, r, c, value, styles[kind]))

    def put(sheet, r, c, value, kind):
        cell = sheet.cell(r, c)
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"
        if kind == "open":
            cell.protection = Protection(locked=False)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        elif kind == "title":
            cell.font = Font(bold=True)

    plain = openpyxl.Workbook()
    _fill(plain, put)
    return queued, plain


def test_queued_cells_are_written_as_openpyxl_writes_them():
    queued, plain = _pair()
    ours, theirs = _parts(_save(queued)), _parts(_save(plain))
    assert ours.keys() == theirs.keys()
    for name in ours:
        assert ours[name] == theirs[name], name
    sheet = openpyxl.load_workbook(io.BytesIO(_save(queued)))["Sheet"]
    assert [sheet.cell(r, 2).value for r in range(2, len(TEXTS) + 1)] == \
        [t[:32767] for t in TEXTS[:-1]]  # text stays text (never a formula), cut like Excel
    assert sheet.cell(2 + TEXTS.index("=SUM(A1:A3)"), 2).data_type == "s"
    assert [sheet.cell(r, 3).value for r in range(2, len(NUMBERS) + 2)] == NUMBERS


def test_a_queued_workbook_saves_to_a_path(tmp_path):
    queued, _ = _pair()
    queued.save(tmp_path / "a.xlsx")
    assert openpyxl.load_workbook(tmp_path / "a.xlsx")["Kosong"]["A6"].value == "x"


@pytest.mark.parametrize("special", ["date", "formula", "comment", "link", "height", "rich",
                                     "date queued"])
def test_a_sheet_with_other_cells_goes_through_openpyxls_own_writer(special):
    queued, plain = _pair()
    for wb in (queued, plain):
        sheet = wb.active
        cell = sheet.cell(3, 6)
        if special == "date":
            cell.value = datetime.date(2027, 1, 31)
        elif special == "date queued":
            if wb is queued:
                put_cell(sheet, 3, 6, datetime.date(2027, 1, 31), None)
            else:
                cell.value = datetime.date(2027, 1, 31)
        elif special == "formula":
            cell.value = "=1+2"
        elif special == "comment":
            cell.value = "x"
            cell.comment = Comment("catatan", "tim")
        elif special == "link":
            cell.value = "situs"
            cell.hyperlink = "https://example.org"
        elif special == "height":
            sheet.row_dimensions[3].height = 30
        else:
            cell.value = CellRichText("a", TextBlock(InlineFont(b=True), "b"))
    assert _parts(_save(queued)) == _parts(_save(plain))


def test_text_xml_cannot_hold_is_refused_when_put_naming_the_cell():
    """openpyxl lets a lone surrogate into a cell and fails when the sheet is written;
    ``put_cell`` refuses it at once, as it refuses control characters."""
    plain = openpyxl.Workbook()
    plain.active.cell(1, 1).value = "lone \ud800 surrogate"
    with pytest.raises(ValueError):
        plain.save(io.BytesIO())
    queued = QueuedWorkbook()
    for text in ("lone \ud800 surrogate", "non-character \uffff"):
        with pytest.raises(CellTextError) as info:
            put_cell(queued.active, 3, 2, text, None)
        assert info.value.cell == "Sheet!B3"


def test_put_cell_refuses_control_characters_like_openpyxl():
    sheet = openpyxl.Workbook().active
    with pytest.raises(openpyxl.utils.exceptions.IllegalCharacterError):
        sheet.cell(1, 1).value = "bell \x07"
    with pytest.raises(openpyxl.utils.exceptions.IllegalCharacterError):
        put_cell(sheet, 1, 2, "bell \x07", None)


def test_the_export_writes_no_temp_file_outside_its_folder(demo_ws, tmp_path, monkeypatch):
    """openpyxl writes each sheet to a temp file in the system's temp folder and reads it
    back (450 files for 50 worksheets); the export makes them in memory."""
    import openpyxl.worksheet._writer as sheet_writer

    def refuse(*args, **kwargs):
        raise AssertionError("a sheet went through a temp file")

    monkeypatch.setattr(sheet_writer, "create_temporary_file", refuse)
    paths = export_worksheets(demo_ws, tmp_path / "out")
    assert paths and all(p.exists() for p in paths)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in paths)


# What matters to users, through the export itself (whatever writes the cells) -------------

def _opd(ws, code="DISKOMINFO"):
    from smartbimtek.services import roster

    return next(o for o in roster.list_opds(ws) if o.code == code)


def test_text_like_an_error_code_or_a_formula_stays_text(demo_ws, tmp_path):
    """``#N/A`` would become an error cell and ``=1+2`` a formula if openpyxl guessed the
    type: both stay text cells, read back as the same text."""
    from smartbimtek.services import swot
    from smartbimtek.worksheets import layout as L
    from smartbimtek.worksheets.xlsx import XlsxFile

    texts = ["#N/A", "#REF!", "#DIV/0!", "=1+2", "==", "=", " =SUM(A1) "]
    opd = _opd(demo_ws)
    for text in texts:
        swot.add_item(demo_ws, opd.id, "W", text.strip() or text)
    texts = [t.strip() or t for t in texts]
    [path] = export_worksheets(demo_ws, tmp_path / "out", [opd.id])
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet2.xml").decode()  # the SWOT sheet
    assert "<f>" not in xml and "<f " not in xml and 't="e"' not in xml
    sheet = openpyxl.load_workbook(path)[L.SWOT]
    assert {c.value: c.data_type for c in sheet["C"] if c.value in texts} == \
        dict.fromkeys(texts, "s")
    book = XlsxFile(path)
    try:
        cells = [c for row in book.rows(L.SWOT) for c in row if c.value in texts]
    finally:
        book.close()
    assert sorted(c.value for c in cells) == sorted(texts)
    assert not any(c.formula for c in cells)


@pytest.mark.parametrize("text", ["bel \x07 di tengah", "escape \x1b", "lone \ud800 surrogate",
                                  "non-character \ufffe"])
def test_text_a_worksheet_cannot_hold_is_refused_naming_file_and_cell(demo_ws, tmp_path, text):
    """The services clean text at entry; text from elsewhere (an old file, an import) that
    an XLSX cell cannot hold refuses the export with an ``ExportError`` naming the file and
    the cell, and leaves no file behind."""
    import dataclasses

    from smartbimtek.exports.files import ExportError
    from smartbimtek.snapshot import take_snapshot
    from smartbimtek.worksheets import layout as L

    opd = _opd(demo_ws)
    snap = take_snapshot(demo_ws)
    first = next(i for i, item in enumerate(snap.swot) if item.opd_id == opd.id)
    items = list(snap.swot)
    items[first] = dataclasses.replace(items[first], text=text)
    snap = dataclasses.replace(snap, swot=items)
    out = tmp_path / "out"
    with pytest.raises(ExportError) as info:
        export_worksheets(snap, out, [opd.id], key=L.workshop_key(demo_ws))
    error = info.value
    assert error.code == "export_failed"
    assert error.params["reason"] == "bad_text"
    assert error.params["cell"] == "SWOT!C2"
    assert error.params["path"].endswith("kertas-kerja-DISKOMINFO.xlsx")
    assert "kertas-kerja-DISKOMINFO.xlsx" in str(error) and "SWOT!C2" in str(error)
    assert list(out.iterdir()) == []


def test_big_rupiah_amounts_are_written_exactly(demo_ws, tmp_path):
    """Budgets up to the largest the services take (10**15 rupiah) read back digit for
    digit, by openpyxl and by the import's reader."""
    from smartbimtek.services import budget, programs
    from smartbimtek.worksheets import layout as L
    from smartbimtek.worksheets.xlsx import XlsxFile

    opd = _opd(demo_ws)
    prog = programs.list_programs(demo_ws, opd_id=opd.id)[0]
    start = demo_ws.query_one("SELECT period_start FROM plan WHERE id = 1")[0]
    amounts = [10**15, 999_999_999_999_999, 123_456_789_012_345]
    for year, amount in enumerate(amounts, start=start):
        budget.set_budget(demo_ws, prog.id, year, "APBD", amount)
    [path] = export_worksheets(demo_ws, tmp_path / "out", [opd.id])
    sheet = openpyxl.load_workbook(path)[L.BUDGET]
    written = {c.value for row in sheet.iter_rows(min_row=2) for c in row}
    assert set(amounts) <= written
    book = XlsxFile(path)
    try:
        read = {c.value for row in book.rows(L.BUDGET) for c in row}
    finally:
        book.close()
    assert set(amounts) <= read
    assert all(type(v) is int for v in read & set(amounts))
