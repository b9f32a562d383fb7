"""A small, fast reader of the cells of an XLSX file: values as stored, and whether a cell
holds a formula. Nothing is evaluated and no style is read.

openpyxl spends most of its reading time on styles and rich text that a worksheet import
does not need (50 worksheets took about 3 s); this reads only the workbook's sheet list, the
shared strings and the cells, with the standard library. Files from Excel, LibreOffice and
openpyxl use the same parts (``xl/workbook.xml``, its relationships, ``sharedStrings.xml``,
one XML part per sheet); namespaces are ignored, so strict OOXML reads too.

Writing (``put_cell``, ``save_workbook``) keeps openpyxl's workbook model and its writer for
everything but two costs of a 50-file export: openpyxl writes each sheet to a temp file on
disk and reads it back (here: in memory), and spends most of its time per cell (here: one XML
element per row for plain cells, the same bytes; any other cell goes through openpyxl).
"""

from __future__ import annotations

import datetime
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from xml.etree.ElementTree import ParseError, iterparse

from openpyxl import LXML, Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.compat import safe_string
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.dimensions import SheetDimension
from openpyxl.writer.excel import ExcelWriter

if LXML:  # openpyxl writes with lxml when it is there (python-docx needs it)
    from lxml.etree import Comment

#: No part of a worksheet is anywhere near this (a guard against a zip bomb).
MAX_PART_BYTES = 200 * 1024 * 1024
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_REF = re.compile(r"^([A-Z]+)(\d+)$")


class XlsxError(ValueError):
    """The file is not a readable XLSX workbook."""


@dataclass
class XCell:
    """One non-empty cell: ``value`` (str, int, float or bool) and its place."""

    value: object
    row: int
    column: int
    coordinate: str
    formula: bool = False


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _column_index(letters: str) -> int:
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - 64
    return index


def _number(text: str):
    try:
        return int(text)
    except ValueError:
        return float(text)


class XlsxFile:
    """An open XLSX file: ``sheetnames`` and ``rows(name)``."""

    def __init__(self, path: str | Path) -> None:
        try:
            self.zip = zipfile.ZipFile(path)
        except (OSError, zipfile.BadZipFile) as exc:
            raise XlsxError(str(exc)) from exc
        try:
            self._sheets = self._sheet_parts()
            self._strings = self._shared_strings()
        except (KeyError, ParseError, zipfile.BadZipFile) as exc:
            self.zip.close()
            raise XlsxError(str(exc)) from exc

    def close(self) -> None:
        """Close the file."""
        self.zip.close()

    def _open(self, name: str):
        info = self.zip.getinfo(name)
        if info.file_size > MAX_PART_BYTES:
            raise XlsxError(f"{name} is too large")
        return self.zip.open(info)

    def _sheet_parts(self) -> dict[str, str]:
        targets = {}
        with self._open("xl/_rels/workbook.xml.rels") as rels:
            for _, elem in iterparse(rels):
                if _local(elem.tag) == "Relationship":
                    target = elem.get("Target", "")
                    target = target.lstrip("/") if target.startswith("/") else \
                        posixpath.normpath(posixpath.join("xl", target))
                    targets[elem.get("Id")] = target
        sheets = {}
        with self._open("xl/workbook.xml") as book:
            for _, elem in iterparse(book):
                if _local(elem.tag) == "sheet":
                    rel = elem.get(_REL_ID) or next(
                        (v for k, v in elem.attrib.items() if _local(k) == "id"), None)
                    if rel in targets:
                        sheets[elem.get("name")] = targets[rel]
        return sheets

    def _shared_strings(self) -> list[str]:
        names = [n for n in self.zip.namelist() if n.lower() == "xl/sharedstrings.xml"]
        if not names:
            return []
        strings = []
        with self._open(names[0]) as part:
            for _, elem in iterparse(part):
                if _local(elem.tag) == "si":
                    strings.append(_text_of(elem))
                    elem.clear()
        return strings

    @property
    def sheetnames(self) -> list[str]:
        """The names of the sheets, in order."""
        return list(self._sheets)

    def rows(self, name: str) -> Iterator[list[XCell]]:
        """The non-empty cells of sheet ``name``, row by row (empty rows skipped)."""
        current: list[XCell] = []
        current_row = None
        try:
            with self._open(self._sheets[name]) as part:
                for _, elem in iterparse(part):
                    if _local(elem.tag) != "c":
                        continue
                    cell = self._cell(elem)
                    elem.clear()
                    if cell is None:
                        continue
                    if current_row is not None and cell.row != current_row and current:
                        yield current
                        current = []
                    current_row = cell.row
                    current.append(cell)
        except ParseError as exc:
            raise XlsxError(f"{name}: {exc}") from exc
        if current:
            yield current

    def _cell(self, elem) -> XCell | None:
        match = _REF.match(elem.get("r") or "")
        if match is None:
            return None
        kind = elem.get("t", "n")
        formula, raw, inline = False, None, None
        for child in elem:
            tag = _local(child.tag)
            if tag == "f":
                formula = True
            elif tag == "v":
                raw = child.text
            elif tag == "is":
                inline = _text_of(child)
        if kind == "inlineStr":
            value = inline
        elif raw is None:
            value = None
        elif kind == "s":
            value = self._strings[int(raw)]
        elif kind == "b":
            value = raw.strip() == "1"
        elif kind in ("str", "e", "d"):
            value = raw
        else:
            value = _number(raw)
        if (value is None or value == "") and not formula:
            return None
        letters, number = match.groups()
        return XCell(value, int(number), _column_index(letters), match.group(0), formula)


def _text_of(elem) -> str:
    """The text of a string item (plain or rich text runs; phonetic runs left out)."""
    parts = []
    for child in elem:
        tag = _local(child.tag)
        if tag == "t":
            parts.append(child.text or "")
        elif tag == "r":
            parts += [t.text or "" for t in child if _local(t.tag) == "t"]
    return "".join(parts)


# Writing ------------------------------------------------------------------------------------

_MAX_TEXT = 32767  # Excel's limit for the text of a cell (openpyxl truncates the same way)
_SPACE = ' xml:space="preserve"'
#: How lxml escapes text in openpyxl's sheets (the rest of the non-ASCII characters become
#: references when the row string is encoded).
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_SPECIAL = re.compile("[&<>\r]")
#: Characters XML 1.0 cannot hold that openpyxl's own check (control characters) lets
#: through: refused like control characters, before anything is written.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_PLACEHOLDER = "smartbimtek-rows"
_EXACT = 10**16


class CellTextError(IllegalCharacterError):
    """Text a worksheet cell cannot hold (a control character, a lone surrogate, a
    non-character); ``cell`` names the cell (``SWOT!C2``)."""

    def __init__(self, cell: str, text: str) -> None:
        super().__init__(f"{cell}: the text holds a character a worksheet cell cannot hold: "
                         f"{text[:40]!r}")
        self.cell = cell


def put_cell(sheet, row: int, column: int, value, style) -> None:
    """Put ``value`` in a cell of ``sheet`` with the style array ``style`` (of a model cell,
    shared, not copied), as ``sheet.cell(row, column, value)`` plus styling would, without
    openpyxl's per-cell lookups: text, numbers, booleans and empty cells are queued on the
    sheet and written by ``save_workbook`` (not readable as openpyxl cells before that);
    anything else becomes an openpyxl cell. Text is always a string cell, never a formula,
    whatever it starts with. Raises ``CellTextError`` (an openpyxl
    ``IllegalCharacterError``) for text a worksheet cannot hold."""
    if isinstance(value, str):
        value = value[:_MAX_TEXT]
        if ILLEGAL_CHARACTERS_RE.search(value) or \
                (not value.isascii() and _NOT_XML.search(value)):
            raise CellTextError(f"{sheet.title}!{get_column_letter(column)}{row}", value)
        kind = "s"
    elif value is None or type(value) in (int, float):
        kind = "n"  # as openpyxl infers it
    else:
        kind = "b" if type(value) is bool else None
    if kind is None:  # openpyxl's own cell (dates...) and its own writer for the sheet
        cell = Cell(sheet, row=row, column=column, style_array=style)
        cell.value = value
        sheet._add_cell(cell)
    else:
        sheet.__dict__.setdefault("_queued_cells", {})[(row, column)] = (value, kind, style)


def _as_cells(sheet) -> None:
    """Turn the cells ``put_cell`` queued on ``sheet`` into openpyxl cells."""
    for (row, column), (value, kind, style) in sheet.__dict__.pop("_queued_cells").items():
        cell = Cell(sheet, row=row, column=column, style_array=style)
        cell._value, cell.data_type = value, kind
        sheet._add_cell(cell)


class _SheetWriter(WorksheetWriter):
    """openpyxl's sheet writer; a sheet of cells queued by ``put_cell`` alone has its rows
    written as one string: the bytes openpyxl writes (ASCII, other characters as character
    references). Any other sheet goes through openpyxl's own writer."""

    def __init__(self, ws, out=None):
        self.queued = ws.__dict__.get("_queued_cells")
        if self.queued and (ws._cells or ws.row_dimensions or not LXML):
            _as_cells(ws)
            self.queued = None
        self.rows_xml = None
        super().__init__(ws, out)

    def write_dimensions(self):
        if not self.queued:
            super().write_dimensions()
            return
        rows = {row for row, _ in self.queued}
        columns = {column for _, column in self.queued}
        ref = (f"{get_column_letter(min(columns))}{min(rows)}:"
               f"{get_column_letter(max(columns))}{max(rows)}")
        self.xf.send(SheetDimension(ref).to_tree())

    def write_rows(self):
        if not self.queued:
            super().write_rows()
            return
        self.rows_xml = self._rows_xml()
        self.xf.send(True).write(Comment(_PLACEHOLDER))  # replaced by ``rows_xml``
        self.xf.send(None)

    def xml(self) -> bytes:
        """The sheet's XML (after ``write``)."""
        data = self.out.getvalue()
        if self.rows_xml is None:
            return data
        return data.replace(f"<!--{_PLACEHOLDER}-->".encode(), self.rows_xml, 1)

    def _rows_xml(self) -> bytes:
        add_style = self.ws.parent._cell_styles.add
        style_ids: dict[int, str] = {}
        parts = ["<sheetData>"]
        current = None
        for (row, column), (value, kind, style) in sorted(self.queued.items()):
            if row != current:
                parts.append(f'</row><row r="{row}">' if current else f'<row r="{row}">')
                current = row
            styled = style is not None and any(style)
            if value is None and not styled:
                continue
            if styled:
                if id(style) not in style_ids:
                    style_ids[id(style)] = f' s="{add_style(style)}"'
                attrs = f'r="{get_column_letter(column)}{row}"{style_ids[id(style)]}'
            else:
                attrs = f'r="{get_column_letter(column)}{row}"'
            if kind == "s" and value:
                space = _SPACE if value != value.strip() else ""
                if _SPECIAL.search(value):  # translate is slow: only when needed
                    value = value.translate(_ESCAPES)
                parts.append(f'<c {attrs} t="inlineStr"><is><t{space}>{value}</t></is></c>')
            elif value is None or value == "":
                parts.append(f'<c {attrs} t="{"inlineStr" if kind == "s" else kind}"></c>')
            else:
                number = str(value) if type(value) is int and abs(value) < _EXACT else \
                    safe_string(value)  # "%.16g": the same digits below 10**16
                parts.append(f'<c {attrs} t="{kind}"><v>{number}</v></c>')
        parts.append("</row></sheetData>")
        return "".join(parts).encode("ascii", "xmlcharrefreplace")


class _BookWriter(ExcelWriter):
    """openpyxl's workbook writer with each sheet's XML made in memory (openpyxl writes it
    to a temp file, reads it back and removes it: 9 files per worksheet)."""

    def write_worksheet(self, ws):
        if self.workbook.write_only:
            super().write_worksheet(ws)
            return
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = _SheetWriter(ws, out=BytesIO())
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.xml())
        self.manifest.append(ws)


def save_workbook(workbook, handle: BinaryIO) -> None:
    """Write ``workbook`` as XLSX into the open binary file ``handle`` (what openpyxl's
    ``workbook.save`` writes, faster, with the cells ``put_cell`` queued)."""
    archive = zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    workbook.properties.modified = datetime.datetime.now(
        tz=datetime.UTC).replace(tzinfo=None)
    _BookWriter(workbook, archive).save()


class QueuedWorkbook(Workbook):
    """An openpyxl workbook whose ``save`` writes with ``save_workbook`` (openpyxl's own
    would leave out the cells ``put_cell`` queued)."""

    def save(self, filename) -> None:
        """Write the workbook to ``filename`` (a path or an open binary file)."""
        if hasattr(filename, "write"):
            save_workbook(self, filename)
        else:
            with open(filename, "wb") as handle:
                save_workbook(self, handle)
