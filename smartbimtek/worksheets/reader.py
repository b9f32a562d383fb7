"""Reading a filled worksheet back: the key sheet, the headers, and the rows of each data
sheet as plain values with their cell names. Nothing is evaluated: a formula cell is a
problem ("sel berisi rumus"), never a value; text that looks like a formula stays text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import layout as L
from .xlsx import XlsxError, XlsxFile


@dataclass
class Cell:
    """A non-empty value read from a cell, with its name (``Program!F7``)."""

    value: object
    ref: str


@dataclass
class Row:
    """One filled row of a data sheet."""

    sheet: str
    number: int
    key: str | None
    key_ref: str
    cells: dict[str, Cell] = field(default_factory=dict)  # by field name
    years: dict[int, Cell] = field(default_factory=dict)  # yearly columns

    def ref(self, name: str | None = None) -> str:
        """The cell of field ``name`` (or the row's first data cell)."""
        if name and name in self.cells:
            return self.cells[name].ref
        return f"{self.sheet}!B{self.number}"


@dataclass
class Workbook:
    """What a worksheet file holds: its key values and its rows by sheet."""

    path: Path
    meta: dict[str, object] = field(default_factory=dict)
    rows: dict[str, list[Row]] = field(default_factory=dict)


class Problems(list):
    """Problems found while reading and checking, each "Sheet!Cell: reason" (Indonesian)."""

    def add(self, where: str, reason: str) -> None:
        """Record a problem at ``where`` (a cell, a sheet, or the file)."""
        self.append(f"{where}: {reason}")


_YEAR_HEADER = re.compile(r"^(?:target\s+)?(\d{4})$", re.IGNORECASE)


def _is_formula(cell) -> bool:
    return cell.formula


def _plain(value):
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def _read_meta(book, problems: Problems) -> dict:
    if L.KEY_SHEET not in book.sheetnames:
        problems.add("berkas", "bukan kertas kerja SmartBimtek (lembar kunci tidak ada)")
        return {}
    meta = {}
    for cells in book.rows(L.KEY_SHEET):
        by_column = {c.column: c.value for c in cells if not c.formula}
        if isinstance(by_column.get(1), str):
            meta[by_column[1]] = _plain(by_column.get(2))
    if meta.get("format") != L.FORMAT:
        problems.add("berkas", "bukan kertas kerja SmartBimtek (format tidak dikenal)")
    return meta


def _columns(sheet, name: str, period: tuple, problems: Problems, grouped: bool) -> dict:
    """Map each column index to a field name or a year; problems for unknown headers."""
    expected = {c.header.casefold(): c.field for c in L.columns(name, grouped)}
    years = dict((h.casefold(), y) for h, y in L.year_headers(name, *period))
    out: dict[int, object] = {}
    seen = set()
    first = next(iter(sheet), [])
    for cell in (first if first and first[0].row == 1 else []):
        text = cell.value.strip() if isinstance(cell.value, str) else cell.value
        if text in (None, ""):
            continue
        where = f"{name}!{cell.coordinate}"
        if not isinstance(text, str):
            text = str(text)
        folded = text.casefold()
        if cell.column == 1 and folded == L.KEY_HEADER.casefold():
            out[1] = "__key__"
        elif folded in expected:
            out[cell.column] = expected[folded]
        elif folded in years:
            out[cell.column] = years[folded]
        elif (match := _YEAR_HEADER.match(text)) and name in (L.PROGRAM, L.BUDGET):
            problems.add(where, f"tahun {match.group(1)} di luar periode rencana "
                                f"{period[0] or '…'}-{period[1] or '…'}")
            continue
        else:
            problems.add(where, f"kolom '{text}' tidak dikenal (jangan mengubah baris judul)")
            continue
        seen.add(out[cell.column])
    if "__key__" not in seen:
        problems.add(f"{name}!A1", "kolom Kunci hilang (jangan mengubah baris judul)")
    for column in L.columns(name, grouped):
        if column.field not in seen:
            problems.add(f"{name}!1", f"kolom '{column.header}' hilang")
    return out


def _read_sheet(book, name: str, period: tuple, problems: Problems, grouped: bool
                ) -> list[Row]:
    sheet = book.rows(name)
    columns = _columns(sheet, name, period, problems, grouped)
    rows = []
    for cells in sheet:  # the rows after the headers
        row = None
        for cell in cells:
            if cell.value in (None, "") and not cell.formula:
                continue
            target = columns.get(cell.column)
            if target is None and not _is_formula(cell):
                continue  # outside the known columns: ignored (a note beside the table)
            where = f"{name}!{cell.coordinate}"
            if row is None:
                row = Row(name, cell.row, None, f"{name}!A{cell.row}")
            if _is_formula(cell):
                problems.add(where, "sel berisi rumus (formula); tulis nilainya saja")
                continue
            value = _plain(cell.value)
            if value is None or target is None:
                continue
            if target == "__key__":
                row.key = str(value)
            elif isinstance(target, int):
                row.years[target] = Cell(value, where)
            else:
                row.cells[target] = Cell(value, where)
        if row is not None and (row.cells or row.years or row.key):
            rows.append(row)
    return rows


def read_workbook(path: str | Path, problems: Problems, period: tuple) -> Workbook | None:
    """Read a worksheet file (``None`` when it cannot be read; the reason in ``problems``);
    ``period`` is the workshop's plan period (start, end): the yearly columns it allows."""
    path = Path(path)
    try:
        book = XlsxFile(path)
    except XlsxError as exc:
        problems.add(path.name, f"tidak dapat dibaca sebagai berkas XLSX ({exc})")
        return None
    try:
        meta = _read_meta(book, problems)
        if not meta or meta.get("format") != L.FORMAT:
            return None
        result = Workbook(path, meta)
        for name in L.DATA_SHEETS:
            if name not in book.sheetnames:
                if name not in L.OPTIONAL_SHEETS:
                    problems.add(name, "lembar hilang")
                continue
            result.rows[name] = _read_sheet(book, name, period, problems,
                                            meta.get("owner_kind") == "group")
        return result
    except XlsxError as exc:
        problems.add(path.name, f"tidak dapat dibaca sebagai berkas XLSX ({exc})")
        return None
    finally:
        book.close()
