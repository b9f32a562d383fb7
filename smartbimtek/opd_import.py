"""Import of an OPD roster from a CSV or XLSX file (code, name, optional table number).

The first row may be a header (recognised by names such as ``kode``/``code``,
``nama``/``name``, ``meja``/``table``); without one the columns are code, name, table.
All rows are checked before anything is written; then every new OPD is added in one
transaction (all or nothing). OPDs whose code already exists are skipped, not duplicated.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from .errors import ValidationError
from .model import Opd
from .services import roster
from .store.workshop import Workshop
from .text import clean_number, clean_short

MAX_ROWS = 500
_HEADERS = {
    "code": {"code", "kode", "singkatan", "kode opd", "abbreviation"},
    "name": {"name", "nama", "nama opd", "opd", "perangkat daerah"},
    "table_no": {"table", "table_no", "meja", "no meja", "nomor meja", "table number"},
}


@dataclass(frozen=True)
class OpdRow:
    """One checked row of an import file."""

    code: str
    name: str
    table_no: int | None


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    sample = text[:2048]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect)]


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook  # lazy: only needed for spreadsheets

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for damaged files
        raise ValidationError("file", f"cannot read {path.name}: {exc}", code="format") from exc
    try:
        sheet = book.worksheets[0]
        rows = []
        for values in sheet.iter_rows(values_only=True):
            rows.append(["" if v is None else str(v) for v in values])
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    finally:
        book.close()


def _columns(header: list[str]) -> dict[str, int] | None:
    names = [h.strip().lower() for h in header]
    found = {}
    for key, aliases in _HEADERS.items():
        for index, name in enumerate(names):
            if name in aliases:
                found[key] = index
                break
    return found if "code" in found and "name" in found else None


def _table_no(value: str, record: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        raise ValidationError("table_no", f"{value!r} is not a number", code="type",
                              record=record) from None
    return clean_number(number, "table_no", minimum=1, maximum=999, integer=True, record=record)


def read_opds(path: str | Path) -> list[OpdRow]:
    """Read and check the rows of a CSV or XLSX roster file (nothing is written).

    Raises ``ValidationError`` naming the row (``record="row 3"``) for a bad row.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _read_xlsx(path)
    elif suffix in (".csv", ".txt"):
        rows = _read_csv(path)
    else:
        raise ValidationError("file", f"{path.name}: only .csv and .xlsx files can be imported",
                              code="format")
    rows = [r for r in rows if any(str(c).strip() for c in r)]
    if not rows:
        raise ValidationError("file", f"{path.name} has no rows", code="empty")
    columns = _columns(rows[0])
    start = 1 if columns else 0
    columns = columns or {"code": 0, "name": 1, "table_no": 2}
    if len(rows) - start > MAX_ROWS:
        raise ValidationError("file", f"more than {MAX_ROWS} rows", code="range",
                              minimum=1, maximum=MAX_ROWS)
    result: list[OpdRow] = []
    seen: set[str] = set()
    for number, row in enumerate(rows[start:], start=start + 1):
        record = f"row {number}"

        def cell(key: str, row=row) -> str:
            index = columns.get(key)
            return str(row[index]) if index is not None and index < len(row) else ""

        code = roster.clean_code(cell("code"), record=record)
        name = clean_short(cell("name"), "name", record=record)
        table = _table_no(cell("table_no"), record)
        if code in seen:
            raise ValidationError("code", f"{code} appears twice in the file", code="duplicate",
                                  record=record)
        seen.add(code)
        result.append(OpdRow(code, name, table))
    return result


def import_opds(ws: Workshop, rows: list[OpdRow]) -> list[Opd]:
    """Add the OPDs of ``rows`` that are not in the roster yet, in one transaction.

    Returns the OPDs added (existing codes are skipped).
    """
    existing = {o.code for o in roster.list_opds(ws)}
    added: list[Opd] = []
    with ws.transaction():
        for row in rows:
            if row.code in existing:
                continue
            added.append(roster.add_opd(ws, row.code, row.name, row.table_no))
            existing.add(row.code)
    return added
