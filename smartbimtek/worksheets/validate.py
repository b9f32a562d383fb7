"""Checking the rows of a worksheet against the workshop and turning them into changes.

Nothing is written here: ``plan_changes`` returns the list of changes (service calls with
their arguments) and records every problem by sheet, cell and reason (Indonesian). The
services' own cleaners run on every value, so what passes here is what they accept.

Merge rule: a row with a key updates that record, field by field, only where the value
differs; a row without a key matches an existing record of the OPD by its natural name (SWOT:
quadrant and text; program: title; activity: program and title) and otherwise creates one;
an empty cell changes nothing; nothing is ever deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..errors import SmartBimtekError, ValidationError
from ..model import new_id
from ..services import budget, programs, quickwin_profiles, swot
from ..services import records as rec
from ..services.direction import clean_targets, value_text
from ..store.workshop import Workshop
from ..text import clean_short, clean_text
from . import layout as L
from .reader import Problems, Row, Workbook

_REASONS = {
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
        for name in ("item_id", "program_id", "activity_id"):
            if name in self.kwargs:
                return self.kwargs[name]
        if self.kind == "budget_set":  # one per program x year x source
            return "/".join(str(a) for a in self.args[1:4])
        return str(self.args[1])


def _reason(exc: SmartBimtekError, value: object) -> str:
    code = exc.code
    if code == "unknown_source":
        return f"'{value}' bukan sumber dana yang dikenal"
    if code == "out_of_period":
        return f"tahun {value} di luar periode rencana"
    if code == "choice":
        return f"'{value}' bukan pilihan yang dikenal"
    return _REASONS.get(code, f"isian tidak sah ({getattr(exc, 'detail', exc)})")


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


class _Checker:
    """Problems of one workbook, with the cell of each field."""

    def __init__(self, ws: Workshop, problems: Problems, current: Current) -> None:
        self.ws = ws
        self.problems = problems
        self.current = current
        self.ok = True

    def fail(self, where: str, reason: str) -> None:
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
            self.fail(row.ref(name), _reason(exc, value))
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
        if column.kind in ("int", "year", "rupiah"):
            number = _whole(value)
            if number is None:
                self.fail(cell.ref, f"'{value}' bukan bilangan bulat")
                return None, False
            if column.kind == "rupiah" and number < 0:
                self.fail(cell.ref, "anggaran tidak boleh negatif")
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
        out, ok = {}, True
        for column in columns:
            value, good = self.convert(row, column)
            ok = ok and good
            if good and value is not None:
                out[column.field] = value
        return out, ok


def _whole(value) -> int | None:
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


def _same(new, old) -> bool:
    if new in (None, "") and old in (None, ""):
        return True
    if isinstance(new, float) or isinstance(old, float):
        try:
            return abs(float(new) - float(old)) < 1e-9
        except (TypeError, ValueError):
            return False
    return new == old


def _fold(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _duplicate_keys(check: _Checker, rows: list[Row], what: str) -> None:
    seen: dict[str, str] = {}
    for row in rows:
        if row.key and row.key in seen:
            check.fail(row.key_ref, f"kunci yang sama dengan baris {seen[row.key]}: baris "
                                    f"{what} disalin? hapus kuncinya untuk baris baru")
        elif row.key:
            seen[row.key] = row.key_ref


def _swot(check: _Checker, book: Workbook, opd_id: str, changes: list) -> None:
    ws = check.ws
    current = {i.id: i for i in check.current.swot_by_opd.get(opd_id, [])}
    by_text = {(i.quadrant, _fold(i.text)): i.id for i in current.values()}
    rows = book.rows.get(L.SWOT, [])
    _duplicate_keys(check, rows, "SWOT")
    for row in rows:
        given, ok = check.values(row, L.SWOT_COLUMNS)
        if not ok:
            continue
        item_id = row.key
        if item_id and item_id not in current:
            check.fail(row.key_ref, "kunci tidak dikenal (kolom Kunci diubah, atau butir "
                                    "sudah dihapus atau milik OPD lain)")
            continue
        if item_id is None:
            missing = [c.header for c in L.SWOT_COLUMNS[:2] if c.field not in given]
            if missing:
                check.fail(row.ref(), f"{' dan '.join(missing)} wajib diisi untuk butir baru")
                continue
            text, good = check.guard(row, clean_text, given["text"], "text")
            if not good:
                continue
            item_id = by_text.get((given["quadrant"], _fold(text)))
            if item_id is None:
                cleaned, good = check.guard(row, swot.clean_item_fields, dict(given))
                if good:
                    new = new_id()
                    by_text[(given["quadrant"], _fold(text))] = new
                    current[new] = None
                    changes.append(Change("swot_added", swot.add_item,
                                          (ws, opd_id, given.pop("quadrant"),
                                           given.pop("text")), dict(given, item_id=new)))
                continue
        item = current[item_id]
        if item is None:  # a second row of an item added by this import
            continue
        merged = {k: getattr(item, k) for k in ("quadrant", "text", "dimension", "element",
                                                "component", "weight", "rating")} | given
        if "dimension" in given and "element" not in given and item.element and \
                not str(item.element).startswith(f"{given['dimension']}."):
            merged["element"] = None
        cleaned, good = check.guard(row, swot.clean_item_fields, merged)
        if not good:
            continue
        changed = {k: cleaned[k] for k in given if not _same(cleaned[k], getattr(item, k))}
        if changed:
            changes.append(Change("swot_updated", swot.update_item, (ws, item_id), changed))


@dataclass
class _Programs:
    """The OPD's programs as the other sheets name them: by id and by (folded) title."""

    ids: set = field(default_factory=set)
    by_title: dict = field(default_factory=dict)
    new: set = field(default_factory=set)

    def resolve(self, check: _Checker, row: Row) -> str | None:
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
        found = self.by_title.get(_fold(cell.value))
        if found is None:
            check.fail(cell.ref, f"program '{cell.value}' tidak ada di lembar Program")
        return found


def _program_rows(check: _Checker, book: Workbook, opd_id: str, changes: list,
                  period: tuple) -> _Programs:
    ws = check.ws
    current = {p.id: p for p in check.current.programs_by_opd.get(opd_id, [])}
    plans = check.current.plans
    known = _Programs(set(current), {_fold(p.title): p.id for p in current.values()})
    rows = book.rows.get(L.PROGRAM, [])
    _duplicate_keys(check, rows, "program")
    for row in rows:
        given, ok = check.values(row, L.PROGRAM_COLUMNS)
        if not ok:
            continue
        pid = row.key
        if pid and pid not in current:
            check.fail(row.key_ref, "kunci tidak dikenal (kolom Kunci diubah, atau program "
                                    "sudah dihapus atau milik OPD lain)")
            continue
        if pid is None and "title" in given:
            title, good = check.guard(row, clean_short, given["title"], "title")
            if not good:
                continue
            pid = known.by_title.get(_fold(title))
        core = {k: v for k, v in given.items() if k in L.PROGRAM_CORE_FIELDS}
        plan_fields = {k: v for k, v in given.items() if k in L.PROGRAM_PLAN_FIELDS}
        if pid is None:  # a new program
            if "title" not in core or "dimension" not in core:
                check.fail(row.ref(), "Judul dan Dimensi wajib diisi untuk program baru")
                continue
            _, good = check.guard(row, programs.clean_program_fields, ws, dict(core))
            _, good2 = check.guard(row, budget.clean_plan_fields, ws, dict(plan_fields))
            targets = _targets(check, row, {}, {})
            if not (good and good2) or targets is None:
                continue
            pid = new_id()
            known.ids.add(pid)
            known.new.add(pid)
            known.by_title[_fold(core["title"])] = pid
            changes.append(Change("program_added", programs.add_program,
                                  (ws, opd_id, core.pop("title"), core.pop("dimension")),
                                  dict(core, program_id=pid, source="import")))
            if plan_fields:
                changes.append(Change("", budget.set_program_plan, (ws, pid), plan_fields))
            if targets:
                changes.append(Change("", budget.set_program_targets, (ws, pid, targets)))
            continue
        if pid in known.new:
            continue  # a second row of a program added by this import
        prog, plan = current[pid], plans.get(pid)
        if "element" in core and "dimension" not in core:
            core["dimension"] = prog.dimension
        if "dimension" in core and "element" not in core:
            core["element"] = prog.element if (prog.element or "").startswith(
                f"{core['dimension']}.") else None
        cleaned, good = check.guard(row, programs.clean_program_fields, ws, dict(core))
        plan_clean, good2 = check.guard(row, budget.clean_plan_fields, ws, dict(plan_fields))
        targets = _targets(check, row, plan.targets if plan else {}, period)
        if not (good and good2) or targets is None:
            continue
        changed = {k: cleaned[k] for k in core if not _same(cleaned[k], getattr(prog, k))}
        if changed:
            changes.append(Change("program_updated", programs.update_program, (ws, pid),
                                  dict(changed, source="import")))
        plan_changed = {k: plan_clean[k] for k in plan_fields
                        if not _same(plan_clean[k], getattr(plan, k, None))}
        if plan_changed:
            changes.append(Change("program_updated", budget.set_program_plan, (ws, pid),
                                  plan_changed))
        if targets:
            changes.append(Change("program_updated", budget.set_program_targets,
                                  (ws, pid, targets)))
    return known


def _targets(check: _Checker, row: Row, current: dict, period) -> dict | None:
    """The program's new targets (all of them, merged) when a year changed; {} when none
    did; None on a problem."""
    given = {}
    for year, cell in row.years.items():
        value, good = check.guard(row, value_text, check.ws, cell.value, "target")
        if not good:
            return None
        if value and not _same(value, current.get(year)):
            given[year] = value
    if not given:
        return {}
    merged = dict(current) | given
    start, end = period or (None, None)
    outside = [y for y in current if start and end and not start <= y <= end]
    if outside:
        check.fail(row.ref(), f"program ini punya target di luar periode rencana "
                              f"({', '.join(map(str, outside))}): perbaiki di aplikasi dulu")
        return None
    cleaned, good = check.guard(row, clean_targets, check.ws, merged)
    return cleaned if good else None


def _budget_rows(check: _Checker, book: Workbook, known: _Programs, changes: list) -> None:
    ws = check.ws
    plans = check.current.plans
    current = {(b.program_id, b.year, b.source): b.amount
               for pid in known.ids if pid in plans for b in plans[pid].budgets}
    wanted: dict[tuple, tuple[int, str]] = {}
    for row in book.rows.get(L.BUDGET, []):
        pid = known.resolve(check, row)
        given, ok = check.values(row, L.BUDGET_COLUMNS[1:])
        if pid is None or not ok:
            continue
        source = given.get("source")
        if row.years and source is None:
            check.fail(row.ref("source"), "Sumber dana wajib diisi bila ada anggaran")
            continue
        for year, cell in row.years.items():
            amount = _whole(cell.value)
            if amount is None:
                check.fail(cell.ref, f"'{cell.value}' bukan bilangan bulat rupiah")
                continue
            try:
                year, source, amount = budget.clean_budget_line(ws, year, source, amount)
            except ValidationError as exc:
                check.fail(cell.ref, _reason(exc, cell.value if exc.code == "negative"
                                             else source if exc.code == "unknown_source"
                                             else year))
                continue
            key = (pid, year, source)
            if key in wanted and wanted[key][0] != amount:
                check.fail(cell.ref, f"anggaran {source} {year} untuk program ini juga "
                                     f"diisi di {wanted[key][1]} dengan jumlah lain")
                continue
            wanted[key] = (amount, cell.ref)
    for (pid, year, source), (amount, _) in wanted.items():
        if current.get((pid, year, source)) != amount:
            changes.append(Change("budget_set", budget.set_budget,
                                  (ws, pid, year, source, amount)))


def _activity_rows(check: _Checker, book: Workbook, known: _Programs, changes: list) -> None:
    ws = check.ws
    plans = check.current.plans
    current = {a.id: a for pid in known.ids if pid in plans for a in plans[pid].activities}
    by_title = {(a.program_id, _fold(a.title)): a.id for a in current.values()}
    rows = book.rows.get(L.ACTIVITY, [])
    _duplicate_keys(check, rows, "kegiatan")
    for row in rows:
        given, ok = check.values(row, L.ACTIVITY_COLUMNS[1:])
        if not ok:
            continue
        if row.key:
            act = current.get(row.key)
            if act is None:
                check.fail(row.key_ref, "kunci tidak dikenal (kolom Kunci diubah, atau "
                                        "kegiatan sudah dihapus atau milik OPD lain)")
                continue
            cell = row.cells.get("program")
            if cell is not None and known.by_title.get(_fold(cell.value)) != act.program_id:
                check.fail(cell.ref, "kegiatan tidak dapat dipindah ke program lain")
                continue
            pid, aid = act.program_id, row.key
        else:
            pid = known.resolve(check, row)
            if pid is None:
                continue
            if "title" not in given:
                check.fail(row.ref("title"), "Kegiatan wajib diisi")
                continue
            aid = by_title.get((pid, _fold(given["title"])))
        values, good = check.guard(row, rec.clean, ws, budget.ACTIVITIES, dict(given),
                                   partial=True)
        if not good:
            continue
        act = current.get(aid) if aid else None
        start = values.get("start_year", getattr(act, "start_year", None))
        end = values.get("end_year", getattr(act, "end_year", None))
        if start and end and end < start:
            check.fail(row.ref("end_year"), f"tahun selesai {end} sebelum tahun mulai {start}")
            continue
        if aid is None:
            aid = new_id()
            by_title[(pid, _fold(values["title"]))] = aid
            current[aid] = None
            changes.append(Change("activity_added", budget.add_activity,
                                  (ws, pid, values.pop("title")), dict(values, activity_id=aid)))
        elif act is not None:
            changed = {k: v for k, v in values.items() if not _same(v, getattr(act, k))}
            if changed:
                changes.append(Change("activity_updated", budget.update_activity, (ws, aid),
                                      changed))


def _quickwin_rows(check: _Checker, book: Workbook, known: _Programs, changes: list) -> None:
    ws = check.ws
    profiles = check.current.profiles
    seen = set()
    for row in book.rows.get(L.QUICKWIN, []):
        pid = known.resolve(check, row)
        given, ok = check.values(row, L.QUICKWIN_COLUMNS[1:])
        if pid is None or not ok or not given:
            continue
        if pid in seen:
            check.fail(row.ref(), "profil quick win program ini sudah ada di baris lain")
            continue
        seen.add(pid)
        cleaned, good = check.guard(row, quickwin_profiles.clean_profile_fields, ws,
                                    dict(given))
        if not good:
            continue
        profile = profiles.get(pid)
        changed = {k: v for k, v in cleaned.items()
                   if not _same(v, getattr(profile, k, None) if profile else None)}
        if changed:
            changes.append(Change("profile_updated", quickwin_profiles.set_profile,
                                  (ws, pid), changed))


def plan_changes(ws: Workshop, book: Workbook, opd_id: str, problems: Problems,
                 current: Current | None = None) -> list[Change]:
    """The changes a worksheet asks for, in the order they must be made (programs before
    what refers to them); problems are added to ``problems``. ``current`` (shared by the
    worksheets of one import) is read before any of them is written."""
    check = _Checker(ws, problems, current or Current(ws))
    start, end = rec.plan_period(ws)
    changes: list[Change] = []
    _swot(check, book, opd_id, changes)
    known = _program_rows(check, book, opd_id, changes, (start, end))
    _budget_rows(check, book, known, changes)
    _activity_rows(check, book, known, changes)
    _quickwin_rows(check, book, known, changes)
    return changes

