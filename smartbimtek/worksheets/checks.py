"""Shared pieces of the worksheet checks: the change list, what the file holds now, and the
checker that turns the services' ``ValidationError`` into problems named by cell (Indonesian).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..errors import SmartBimtekError
from ..services import budget, programs, quickwin_profiles, swot
from ..store.workshop import Workshop
from . import layout as L
from .reader import Problems, Row

REASONS = {
    "negative": "anggaran tidak boleh negatif",
    "empty": "wajib diisi",
    "range": "di luar rentang yang diizinkan",
    "mismatch": "elemen tidak termasuk dimensi yang dipilih",
    "too_long": "teks terlalu panjang",
}


@dataclass
class Change:
    """One service call of the import: ``kind`` (for the summary), the function, arguments."""

    kind: str
    call: object
    args: tuple
    kwargs: dict = field(default_factory=dict)

    @property
    def record(self) -> str:
        """The id of the record changed (counted once per kind in the summary)."""
        for name in ("item_id", "program_id", "activity_id", "milestone_id"):
            if name in self.kwargs:
                return self.kwargs[name]
        if self.kind == "budget_set":  # one per program x year x source
            return "/".join(str(a) for a in self.args[1:4])
        return str(self.args[1])


def reason(exc: SmartBimtekError, value: object) -> str:
    code = exc.code
    if code == "unknown_source":
        return f"'{value}' bukan sumber dana yang dikenal"
    if code == "out_of_period":
        return f"tahun {value} di luar periode rencana"
    if code == "choice":
        return f"'{value}' bukan pilihan yang dikenal"
    return REASONS.get(code, f"isian tidak sah ({getattr(exc, 'detail', exc)})")


class Current:
    """What the file holds now, read once per import (before anything is written) and shared
    by the checks of every worksheet."""

    def __init__(self, ws: Workshop) -> None:
        self.ws = ws

    @cached_property
    def swot_by_opd(self) -> dict[str, list]:
        """Live SWOT items by OPD id."""
        out: dict[str, list] = {}
        for item in swot.list_items(self.ws):
            out.setdefault(item.opd_id, []).append(item)
        return out

    @cached_property
    def programs_by_opd(self) -> dict[str, list]:
        """Live programs by owner OPD id."""
        out: dict[str, list] = {}
        for prog in programs.list_programs(self.ws):
            out.setdefault(prog.opd_id, []).append(prog)
        return out

    @cached_property
    def plans(self) -> dict:
        """Plan data of every live program."""
        return budget.list_program_plans(self.ws)

    @cached_property
    def profiles(self) -> dict:
        """Quick win profiles by program id."""
        return quickwin_profiles.list_profiles(self.ws)


class Checker:
    """Problems of one workbook, with the cell of each field."""

    def __init__(self, ws: Workshop, problems: Problems, current: Current) -> None:
        self.ws = ws
        self.problems = problems
        self.current = current
        self.ok = True

    def fail(self, where: str, reason: str) -> None:
        """Record a problem."""
        self.ok = False
        self.problems.add(where, reason)

    def guard(self, row: Row, func, *args, **kwargs):
        """Run a service cleaner; a ``ValidationError`` becomes a problem at its cell."""
        try:
            return func(*args, **kwargs), True
        except SmartBimtekError as exc:
            name = getattr(exc, "field", None)
            name = name.split(".")[0] if isinstance(name, str) else None
            cell = row.cells.get(name) if name else None
            value = cell.value if cell else exc.params.get("year", "")
            self.fail(row.ref(name), reason(exc, value))
            return None, False

    def convert(self, row: Row, column: L.Column) -> tuple[object, bool]:
        """The value of a cell as the service expects it (codes, whole numbers, text)."""
        cell = row.cells.get(column.field)
        if cell is None:
            return None, True
        value = cell.value
        if column.choices and column.choices != "program":
            choices = L.lists()[column.choices]
            folded = {str(c).casefold(): c for c in choices}
            found = folded.get(str(value).strip().casefold())
            if found is None:
                self.fail(cell.ref, f"'{value}' bukan {L.LIST_NAMES[column.choices]} "
                                    "yang dikenal")
                return None, False
            return found, True
        if column.kind in L.WHOLE_KINDS:
            number = whole(value)
            if number is None:
                self.fail(cell.ref, f"'{value}' bukan bilangan bulat")
                return None, False
            if column.kind == "rupiah" and number < 0:
                self.fail(cell.ref, "anggaran tidak boleh negatif")
                return None, False
            low, high = L.WHOLE_KINDS[column.kind]
            if (low is not None and number < low) or (high is not None and number > high):
                self.fail(cell.ref, f"{number} di luar rentang {low}-{high}")
                return None, False
            return number, True
        if column.kind == "number":
            if isinstance(value, int | float) and not isinstance(value, bool):
                return value, True
            try:
                return float(str(value).replace(",", ".")), True
            except ValueError:
                self.fail(cell.ref, f"'{value}' bukan angka")
                return None, False
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = f"{value:g}" if isinstance(value, float) else str(value)
        return str(value), True

    def values(self, row: Row, columns) -> tuple[dict, bool]:
        """The converted values of ``columns`` in ``row`` and whether all converted."""
        out, ok = {}, True
        for column in columns:
            value, good = self.convert(row, column)
            ok = ok and good
            if good and value is not None:
                out[column.field] = value
        return out, ok


def whole(value) -> int | None:
    """A whole number from a cell (int, integral float, digits), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip().replace(" ", "")
    if text.lstrip("-").isdigit():
        return int(text)
    return None


def same(new, old) -> bool:
    """Whether a cell's value equals the stored one (empty equals empty; floats compared loosely)."""
    if new in (None, "") and old in (None, ""):
        return True
    if isinstance(new, float) or isinstance(old, float):
        try:
            return abs(float(new) - float(old)) < 1e-9
        except (TypeError, ValueError):
            return False
    return new == old


def fold(text: str) -> str:
    """A name folded for matching (spaces collapsed, case ignored)."""
    return " ".join(str(text).split()).casefold()


def duplicate_keys(check: Checker, rows: list[Row], what: str) -> None:
    """A problem for every key that appears on a second row (a copied row)."""
    seen: dict[str, str] = {}
    for row in rows:
        if row.key and row.key in seen:
            check.fail(row.key_ref, f"kunci yang sama dengan baris {seen[row.key]}: baris "
                                    f"{what} disalin? hapus kuncinya untuk baris baru")
        elif row.key:
            seen[row.key] = row.key_ref



@dataclass
class Programs:
    """The OPD's programs as the other sheets name them: by id and by (folded) title."""

    ids: set = field(default_factory=set)
    by_title: dict = field(default_factory=dict)
    new: set = field(default_factory=set)

    def resolve(self, check: Checker, row: Row) -> str | None:
        """The program a row names (key first, then title); a problem when none."""
        if row.key:
            if row.key in self.ids:
                return row.key
            check.fail(row.key_ref, "kunci program tidak dikenal (kolom Kunci diubah, atau "
                                    "program sudah dihapus atau milik OPD lain)")
            return None
        cell = row.cells.get("program")
        if cell is None:
            check.fail(row.ref(), "kolom Program wajib diisi")
            return None
        found = self.by_title.get(fold(cell.value))
        if found is None:
            check.fail(cell.ref, f"program '{cell.value}' tidak ada di lembar Program")
        return found


