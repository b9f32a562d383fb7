"""Checks of the sheets that refer to programs: Anggaran (budget per year and source),
Kegiatan (activities) and QuickWin (profiles). A row names its program by the hidden key or by
its title (``checks.Programs``)."""

from __future__ import annotations

from ..errors import ValidationError
from ..model import new_id
from ..services import budget, quickwin_profiles
from ..services import records as rec
from . import layout as L
from .checks import (
    Change,
    Checker,
    Programs,
    duplicate_keys,
    field_slots,
    fold,
    reason,
    same,
    whole,
)
from .reader import Workbook


def _keyed_rows(check: Checker, rows: list, columns: tuple, current: dict, known: Programs,
                noun: str):
    """Yield ``(row, given, program_id, key)`` for each row whose values read: a keyed row
    must name a record of ``current`` and keep its program (``key`` is the row's key); a row
    without a key names its program (``key`` is None). Other rows are reported and skipped."""
    duplicate_keys(check, rows, noun)
    for row in rows:
        given, ok = check.values(row, columns[1:])
        if not ok:
            continue
        if not row.key:
            pid = known.resolve(check, row)
            if pid is not None:
                yield row, given, pid, None
            continue
        record = current.get(row.key)
        if record is None:
            check.fail(row.key_ref, "kunci tidak dikenal (kolom Kunci diubah, atau "
                                    f"{noun} sudah dihapus atau milik OPD lain)")
            continue
        cell = row.cells.get("program")
        if cell is not None and record.program_id not in known.named(cell.value):
            check.fail(cell.ref, f"{noun} tidak dapat dipindah ke program lain")
            continue
        yield row, given, record.program_id, row.key


def budget_rows(check: Checker, book: Workbook, known: Programs, changes: list) -> None:
    """Budget lines (program x year x source) that differ from the file."""
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
            amount = whole(cell.value)
            if amount is None:
                check.fail(cell.ref, f"'{cell.value}' bukan bilangan bulat rupiah")
                continue
            try:
                year, source, amount = budget.clean_budget_line(ws, year, source, amount)
            except ValidationError as exc:
                check.fail(cell.ref, reason(exc, cell.value if exc.code == "negative"
                                             else source if exc.code == "unknown_source"
                                             else year))
                continue
            key = (pid, year, source)
            if key in wanted and wanted[key][0] != amount:
                check.fail(cell.ref, f"anggaran {source} {year} untuk program ini juga "
                                     f"diisi di {wanted[key][1]} dengan jumlah lain")
                continue
            wanted[key] = (amount, cell.ref)
    for (pid, year, source), (amount, ref) in wanted.items():
        if current.get((pid, year, source)) != amount:
            changes.append(Change("budget_set", budget.set_budget,
                                  (ws, pid, year, source, amount),
                                  slots=[(("budget", pid, year, source), amount, ref)]))


def activity_rows(check: Checker, book: Workbook, known: Programs, changes: list) -> None:
    """Activities added or changed."""
    ws = check.ws
    plans = check.current.plans
    current = {a.id: a for pid in known.ids if pid in plans for a in plans[pid].activities}
    by_title = {(a.program_id, fold(a.title)): a.id for a in current.values()}
    for row, given, pid, aid in _keyed_rows(check, book.rows.get(L.ACTIVITY, []),
                                            L.ACTIVITY_COLUMNS, current, known, "kegiatan"):
        if aid is None:
            if "title" not in given:
                check.fail(row.ref("title"), "Kegiatan wajib diisi")
                continue
            aid = by_title.get((pid, fold(given["title"])))
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
            by_title[(pid, fold(values["title"]))] = aid
            current[aid] = None
            slot = (("activity+", pid, fold(values["title"])), None, row.ref("title"))
            changes.append(Change("activity_added", budget.add_activity,
                                  (ws, pid, values.pop("title")), dict(values, activity_id=aid),
                                  slots=[slot]))
        elif act is not None:
            changed = {k: v for k, v in values.items() if not same(v, getattr(act, k))}
            if changed:
                changes.append(Change("activity_updated", budget.update_activity, (ws, aid),
                                      changed, slots=field_slots("activity", aid, changed,
                                                                 row)))


def quickwin_rows(check: Checker, book: Workbook, known: Programs, changes: list) -> None:
    """Quick win profile fields that differ from the file."""
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
                   if not same(v, getattr(profile, k, None) if profile else None)}
        if changed:
            changes.append(Change("profile_updated", quickwin_profiles.set_profile,
                                  (ws, pid), changed,
                                  slots=field_slots("profile", pid, changed, row)))


def milestone_rows(check: Checker, book: Workbook, known: Programs, changes: list) -> None:
    """Quick win milestones (tahapan) added or changed; none is ever deleted. A row without
    a key matches a milestone of its program by its description, or adds one."""
    ws = check.ws
    profiles = check.current.profiles
    current = {m.id: m for pid in known.ids if pid in profiles
               for m in profiles[pid].milestones}
    by_text = {(m.program_id, fold(m.description)): m.id for m in current.values()}
    for row, given, pid, mid in _keyed_rows(check, book.rows.get(L.MILESTONE, []),
                                            L.MILESTONE_COLUMNS, current, known, "tahapan"):
        if mid is None:
            missing = [c.header for c in L.MILESTONE_COLUMNS[1:3] if c.field not in given]
            if missing:
                check.fail(row.ref(), f"{' dan '.join(missing)} wajib diisi untuk tahapan baru")
                continue
            mid = by_text.get((pid, fold(given["description"])))
        values, good = check.guard(row, rec.clean, ws, quickwin_profiles.MILESTONES,
                                   dict(given), partial=True)
        if not good:
            continue
        if mid is None:
            mid = new_id()
            by_text[(pid, fold(values["description"]))] = mid
            current[mid] = None
            slot = (("milestone+", pid, fold(values["description"])), None,
                    row.ref("description"))
            changes.append(Change("milestone_added", quickwin_profiles.add_milestone,
                                  (ws, pid, values.pop("month"), values.pop("description")),
                                  dict(values, milestone_id=mid), slots=[slot]))
        elif (step := current.get(mid)) is not None:
            changed = {k: v for k, v in values.items() if not same(v, getattr(step, k))}
            if changed:
                changes.append(Change("milestone_updated", quickwin_profiles.update_milestone,
                                      (ws, mid), changed,
                                      slots=field_slots("milestone", mid, changed, row)))
