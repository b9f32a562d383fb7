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

from openpyxl import LXML
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.compat import safe_string
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet._writer import WorksheetWriter
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
#: Characters XML 1.0 cannot hold that openpyxl's own check lets through.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_PLACEHOLDER = "smartbimtek-rows"


def put_cell(sheet, row: int, column: int, value, style) -> Cell:
    """Add a cell to ``sheet`` with ``value`` and a copy of the style array ``style`` (as
    ``sheet.cell(row, column, value)`` plus styling would, without its lookups): text is
    always a string cell, never a formula, whatever it starts with. Raises openpyxl's
    ``IllegalCharacterError`` for control characters a worksheet cannot hold."""
    cell = Cell(sheet, row=row, column=column, style_array=style)
    if isinstance(value, str):
        value = value[:_MAX_TEXT]
        if ILLEGAL_CHARACTERS_RE.search(value):
            raise IllegalCharacterError(f"{value} cannot be used in worksheets.")
        cell._value = value
        cell.data_type = "s"
    elif type(value) in (int, float):
        cell._value = value  # data type "n", as openpyxl infers it
    elif value is not None:
        cell.value = value
    sheet._add_cell(cell)
    return cell


class _SheetWriter(WorksheetWriter):
    """openpyxl's sheet writer, with the rows of plain cells (text, numbers, booleans, empty
    styled cells; no comment, no link, no row format) written as one string: the bytes
    openpyxl writes (ASCII, other characters as references). A sheet with any other cell
    goes through openpyxl's own writer."""

    rows_xml: bytes | None = None

    def write_rows(self):
        self.rows_xml = self._rows_xml() if LXML else None
        if self.rows_xml is None:
            super().write_rows()
            return
        self.xf.send(True).write(Comment(_PLACEHOLDER))  # replaced by ``rows_xml``
        self.xf.send(None)

    def xml(self) -> bytes:
        """The sheet's XML (after ``write``)."""
        data = self.out.getvalue()
        if self.rows_xml is None:
            return data
        return data.replace(f"<!--{_PLACEHOLDER}-->".encode(), self.rows_xml, 1)

    def _rows_xml(self) -> bytes | None:
        styles = self.ws.parent._cell_styles
        parts = ["<sheetData>"]
        for row_idx, row in self.rows():
            if row_idx in self.ws.row_dimensions:
                return None
            parts.append(f'<row r="{row_idx}">')
            for cell in row:
                if cell._comment is not None or cell._hyperlink is not None:
                    return None
                value, kind, styled = cell._value, cell.data_type, cell.has_style
                if value is None and not styled:
                    continue
                style = f' s="{styles.add(cell._style)}"' if styled else ""
                ref = f"{get_column_letter(cell.column)}{row_idx}"
                if kind == "s" and isinstance(value, str) and value:
                    if not value.isascii() and _NOT_XML.search(value):
                        return None  # openpyxl says what is wrong with it
                    space = _SPACE if value != value.strip() else ""
                    parts.append(f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>'
                                 f"{value.translate(_ESCAPES)}</t></is></c>")
                elif value is None or value == "":
                    if kind not in ("s", "n", "b"):
                        return None
                    kind = "inlineStr" if kind == "s" else kind
                    parts.append(f'<c r="{ref}"{style} t="{kind}"></c>')
                elif kind in ("n", "b") and isinstance(value, int | float):
                    parts.append(f'<c r="{ref}"{style} t="{kind}"><v>{safe_string(value)}</v></c>')
                else:
                    return None  # formulas, dates, errors, rich text: openpyxl's own path
            parts.append("</row>")
        if len(parts) == 1:
            return None
        parts.append("</sheetData>")
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
    """Write ``workbook`` as XLSX into the open binary file ``handle`` (what
    ``workbook.save`` writes, faster)."""
    archive = zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    workbook.properties.modified = datetime.datetime.now(
        tz=datetime.UTC).replace(tzinfo=None)
    _BookWriter(workbook, archive).save()
