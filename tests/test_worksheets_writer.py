"""The worksheets' XLSX writer (``worksheets.xlsx.save_workbook``): the bytes openpyxl's own
``Workbook.save`` writes, made without temp files and without openpyxl's per-cell path."""

from __future__ import annotations

import datetime
import io
import zipfile

import openpyxl
import pytest
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, Protection

from smartbimtek.worksheets import export_worksheets
from smartbimtek.worksheets.xlsx import put_cell, save_workbook

TEXTS = ["plain", "é ü ñ", "emoji 😀", "a & b < c > d", "x\r\ny", "tab\there", " lead",
         "trail ", 'q " \'', "]]>", "\u2028 line separator", "\x85 next line", "\ufeff bom",
         "\u00a0nbsp", "=SUM(A1:A3)", "+62 812", "-minus", "@home", "#N/A", "x" * 40000, ""]
NUMBERS = [0, 7, -3, 2027, 1_500_000_000, 10**17, 0.25, 1 / 3, 1e-9, True, False]


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()
                if name != "docProps/core.xml"}  # the time it was written


def _both(wb) -> tuple[dict, dict]:
    ours = io.BytesIO()
    save_workbook(wb, ours)
    theirs = io.BytesIO()
    wb.save(theirs)
    return _parts(ours.getvalue()), _parts(theirs.getvalue())


def _workbook():
    wb = openpyxl.Workbook()
    sheet = wb.active
    model = sheet.cell(1, 1)
    model.protection = Protection(locked=False)
    model.alignment = Alignment(wrap_text=True, vertical="top")
    style = model._style
    sheet.cell(1, 1).font = Font(bold=True)
    for row, text in enumerate(TEXTS, start=2):
        put_cell(sheet, row, 2, text, style)
        put_cell(sheet, row, 4, None, style)  # an empty styled cell
    for row, number in enumerate(NUMBERS, start=2):
        put_cell(sheet, row, 3, number, style)
    other = wb.create_sheet("Kosong")
    other.cell(5, 2).value = None  # a row of one unstyled empty cell
    other.cell(6, 1).value = "x"
    wb.create_sheet("Tanpa sel")
    return wb


def test_plain_cells_are_written_as_openpyxl_writes_them():
    ours, theirs = _both(_workbook())
    assert ours.keys() == theirs.keys()
    for name in ours:
        assert ours[name] == theirs[name], name
    sheet = openpyxl.load_workbook(io.BytesIO(_save(_workbook())))["Sheet"]
    assert [sheet.cell(r, 2).value for r in range(2, len(TEXTS) + 1)] == \
        [t[:32767] for t in TEXTS[:-1]]  # text stays text (never a formula), cut like Excel
    assert sheet.cell(2 + TEXTS.index("=SUM(A1:A3)"), 2).data_type == "s"
    assert [sheet.cell(r, 3).value for r in range(2, len(NUMBERS) + 2)] == NUMBERS


def _save(wb) -> bytes:
    out = io.BytesIO()
    save_workbook(wb, out)
    return out.getvalue()


@pytest.mark.parametrize("special", ["date", "formula", "comment", "link", "height", "rich"])
def test_a_sheet_with_other_cells_goes_through_openpyxls_own_writer(special):
    wb = _workbook()
    sheet = wb.active
    cell = sheet.cell(3, 6)
    if special == "date":
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
        from openpyxl.cell.rich_text import CellRichText, TextBlock
        from openpyxl.cell.text import InlineFont
        cell.value = CellRichText("a", TextBlock(InlineFont(b=True), "b"))
    ours, theirs = _both(wb)
    assert ours == theirs


def test_text_xml_cannot_hold_is_refused_as_openpyxl_refuses_it():
    wb = openpyxl.Workbook()
    wb.active.cell(1, 1).value = "lone \ud800 surrogate"
    with pytest.raises(ValueError):
        wb.save(io.BytesIO())
    with pytest.raises(ValueError):
        save_workbook(wb, io.BytesIO())


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
