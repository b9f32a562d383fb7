"""Shared pieces of the worksheet checks: the change list, what the file holds now, and the
checker that turns the services' ``ValidationError`` into problems named by cell (Indonesian).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..errors import SmartBimtekError
from ..services import budget, programs, quickwin_profiles, roster, swot
from ..store.workshop import Workshop
from . import layout as L
from .owners import Owner, entry_groups
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
    #: What the change sets, for the conflicts between worksheets (``conflicts``):
    #: (slot, value, cell); a slot is (entity, record, field), or (entity + "+", natural
    #: key) for a record added.
    slots: list = field(default_factory=list)

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
    def swot_items(self) -> list:
        """Every live SWOT item."""
        return swot.list_items(self.ws)

    @cached_property
    def swot_by_opd(self) -> dict[str, list]:
        """Live SWOT items by OPD id."""
        out: dict[str, list] = {}
        for item in self.swot_items:
            out.setdefault(item.opd_id, []).append(item)
        return out

    @cached_property
    def programs(self) -> list:
        """Every live program."""
        return programs.list_programs(self.ws)

    @cached_property
    def programs_by_opd(self) -> dict[str, list]:
        """Live programs by owner OPD id."""
        out: dict[str, list] = {}
        for prog in self.programs:
            out.setdefault(prog.opd_id, []).append(prog)
        return out

    @cached_property
    def grouped(self) -> dict[str, dict[str, str]]:
        """The group of each SWOT item and program that has one (``owners.entry_groups``)."""
        return entry_groups(self.ws)

    @cached_property
    def opd_codes(self) -> dict[str, str]:
        """Codes of the live OPDs by id."""
        return {o.id: o.code for o in roster.list_opds(self.ws)}

    def swot_of(self, owner: Owner) -> list:
        """The SWOT items on ``owner``'s worksheet."""
        if not owner.is_group:
            return self.swot_by_opd.get(owner.opd_id, [])
        groups = self.grouped["swot"]
        return [i for i in self.swot_items if owner.holds(i.opd_id, groups.get(i.id))]

    def programs_of(self, owner: Owner) -> list:
        """The programs on ``owner``'s worksheet."""
        if not owner.is_group:
            return self.programs_by_opd.get(owner.opd_id, [])
        groups = self.grouped["program"]
        return [p for p in self.programs if owner.holds(p.opd_id, groups.get(p.id))]

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

    def row_opd(self, row: Row, owner: Owner, existing: str | None) -> str | None:
        """The OPD of a row: the worksheet's OPD; on a group worksheet the OPD column, a
        member OPD required for a new row, unchanged for an ``existing`` record's row."""
        if not owner.is_group:
            return owner.opd_id
        cell = row.cells.get("opd")
        if existing is not None:
            code = self.current.opd_codes.get(existing, "")
            if cell is not None and str(cell.value).strip().casefold() != code.casefold():
                self.fail(cell.ref, "OPD baris yang sudah ada tidak dapat diubah di kertas "
                                    "kerja (ubah di aplikasi)")
                return None
            return existing
        if cell is None:
            self.fail(f"{row.sheet}!B{row.number}", "OPD wajib diisi untuk baris baru (pilih "
                                                    "OPD anggota kelompok)")
            return None
        opd_id = owner.member(cell.value)
        if opd_id is None:
            self.fail(cell.ref, f"'{cell.value}' bukan OPD anggota kelompok ini")
        return opd_id

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



def field_slots(entity: str, record: str, values: dict, row: Row) -> list:
    """The slots of the fields ``values`` sets on a record (``Change.slots``)."""
    return [((entity, record, name), value, row.ref(name)) for name, value in values.items()]


@dataclass
class Programs:
    """The worksheet's programs as the other sheets name them: by id and by (folded) title
    (``titles``: every program of a title; a group worksheet may have two OPDs' programs of
    one title); ``by_opd_title``: by (OPD, folded title), how a new Program row is matched."""

    ids: set = field(default_factory=set)
    new: set = field(default_factory=set)
    titles: dict = field(default_factory=dict)
    by_opd_title: dict = field(default_factory=dict)

    @classmethod
    def of(cls, programs) -> Programs:
        """The programs of a worksheet, as the file holds them."""
        known = cls({p.id for p in programs})
        for prog in programs:
            known.add_title(prog.title, prog.id, prog.opd_id)
        return known

    def add_title(self, title: str, pid: str, opd_id: str | None = None) -> None:
        """Name program ``pid`` by ``title`` (a new or renamed program)."""
        folded = fold(title)
        self.titles.setdefault(folded, set()).add(pid)
        if opd_id is not None:
            self.by_opd_title.setdefault((opd_id, folded), pid)

    def named(self, title) -> set:
        """Every program called ``title``."""
        return self.titles.get(fold(title), set())

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
        found = self.named(cell.value)
        if len(found) > 1:
            check.fail(cell.ref, f"{len(found)} program berjudul '{cell.value}' (dari OPD "
                                 "berbeda): beri judul yang berbeda di lembar Program")
            return None
        if not found:
            check.fail(cell.ref, f"program '{cell.value}' tidak ada di lembar Program")
            return None
        return next(iter(found))


