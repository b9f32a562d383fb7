"""A small, fast reader of the cells of an XLSX file: values as stored, and whether a cell
holds a formula. Nothing is evaluated and no style is read.

openpyxl spends most of its reading time on styles and rich text that a worksheet import
does not need (50 worksheets took about 3 s); this reads only the workbook's sheet list, the
shared strings and the cells, with the standard library. Files from Excel, LibreOffice and
openpyxl use the same parts (``xl/workbook.xml``, its relationships, ``sharedStrings.xml``,
one XML part per sheet); namespaces are ignored, so strict OOXML reads too.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import ParseError, iterparse

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
