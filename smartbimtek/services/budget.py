"""What the master plan adds to a program (BAB V-VII): location, baseline, a target per year,
a budget estimate per year and funding source (rupiah; several sources per program),
activities (kegiatan) with their years, and the RPJMD item and sasaran it serves.

Horizons: the plan prints programs "for 1, 5 and 10 years" from ``model.HORIZONS`` through
``model.HORIZON_PLAN_YEARS`` (quick_win and short -> 1, medium -> 5, long -> 10).
Every change of a program's plan data is a change of the program (``updated_at``), so an
interchange merge carries the targets and budgets with the program they belong to.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import ValidationError
from ..model import FUNDING, Activity, BudgetLine, Program, ProgramPlan
from ..store.workshop import Workshop
from ..text import clean_choice
from . import records as r
from .common import field_changes, require_row
from .direction import clean_targets, value_text, write_targets

PLAN_FIELDS = ("location", "baseline_value", "baseline_year", "unit", "rpjmd_id",
               "objective_id")
_PLAN_CLEANERS = {
    "location": r.text(short=True), "baseline_value": value_text,
    "baseline_year": r.baseline_year(), "unit": r.text(short=True, max_len=60),
    "rpjmd_id": r.ref("rpjmd_items", "RPJMD item"),
    "objective_id": r.ref("objectives", "sasaran", where="AND level = 'sasaran'"),
}


def _touch(ws: Workshop, program_id: str, what: str, detail: object = "") -> None:
    with ws.transaction() as tx:
        tx.execute("UPDATE programs SET updated_at = ? WHERE id = ?", (tx.now, program_id))
        tx.audit("edit", "program", program_id, detail or {"fields": [what]})


def clean_plan_fields(ws: Workshop, fields: dict, record: str | None = None) -> dict:
    """Validate a program's plan fields (location, baseline_value, baseline_year, unit,
    rpjmd_id, objective_id); unknown names refused."""
    out = {}
    for name, value in fields.items():
        cleaner = _PLAN_CLEANERS.get(name)
        if cleaner is None:
            raise ValidationError(name, "is not a program plan field", code="unknown_field",
                                  record=record)
        out[name] = cleaner(ws, value, name, record)
    return out


def clean_budget_line(ws: Workshop, year, source, amount, record: str | None = None
                      ) -> tuple[int, str, int | None]:
    """(year in the plan period, a known funding source, rupiah >= 0 or None)."""
    year = r.check_year_in_period(ws, year, "year", record)
    if source not in FUNDING:
        raise ValidationError("source", f"unknown funding source {source!r} (use one of "
                              f"{', '.join(FUNDING)})", code="unknown_source", record=record)
    source = clean_choice(source, "source", FUNDING, record=record)
    return year, source, r.rupiah()(ws, amount, "amount", record)


def set_program_plan(ws: Workshop, program_id: str, **fields) -> ProgramPlan:
    """Change a program's location, baseline_value, baseline_year, unit, rpjmd_id (the RPJMD
    item it serves) or objective_id (the plan's sasaran it serves)."""
    require_row(ws, "programs", program_id, "program")
    values = clean_plan_fields(ws, fields)
    if values:
        row = require_row(ws, "programs", program_id, "program")
        with ws.transaction() as tx:
            sets = ", ".join(f"{k} = ?" for k in values)
            tx.execute(f"UPDATE programs SET {sets} WHERE id = ?",
                       (*values.values(), program_id))
            _touch(ws, program_id, "plan", {"fields": sorted(values), "changes": field_changes(
                {k: row[k] for k in values}, values)})
    return get_program_plan(ws, program_id)


def set_program_targets(ws: Workshop, program_id: str, targets: dict) -> ProgramPlan:
    """Replace a program's targets per year ({year: value}, years in the plan period)."""
    require_row(ws, "programs", program_id, "program")
    clean = clean_targets(ws, targets)
    with ws.transaction():
        old = {y: v for y, v in ws.query("SELECT year, value FROM program_targets WHERE "
                                         "program_id = ? ORDER BY year", (program_id,))}
        write_targets(ws, "program_targets", "program_id", program_id, clean)
        _touch(ws, program_id, "targets", {"fields": ["targets"], "changes": field_changes(
            {"targets": old}, {"targets": dict(sorted(clean.items()))})})
    return get_program_plan(ws, program_id)


def set_program_target(ws: Workshop, program_id: str, year: int, value) -> ProgramPlan:
    """Set (or, with an empty value, clear) one year's target of a program."""
    targets = dict(get_program_plan(ws, program_id).targets)
    targets[r.check_year_in_period(ws, year, "year")] = value
    return set_program_targets(ws, program_id, targets)


def set_budget(ws: Workshop, program_id: str, year: int, source: str,
               amount: int | None) -> ProgramPlan:
    """The budget estimate of a program for one year from one funding source, in rupiah
    (a whole number, 0 or more); None removes the line."""
    require_row(ws, "programs", program_id, "program")
    year, source, amount = clean_budget_line(ws, year, source, amount)
    with ws.transaction() as tx:
        before = tx.execute("SELECT amount FROM program_budgets WHERE program_id = ? AND "
                            "year = ? AND source = ?", (program_id, year, source)).fetchone()
        tx.execute("DELETE FROM program_budgets WHERE program_id = ? AND year = ? AND "
                   "source = ?", (program_id, year, source))
        if amount is not None:
            tx.execute("INSERT INTO program_budgets VALUES (?, ?, ?, ?)",
                       (program_id, year, source, amount))
        _touch(ws, program_id, "budget", {"year": year, "source": source, "amount": amount,
                                          "old": before[0] if before else None})
    return get_program_plan(ws, program_id)


# -- activities ---------------------------------------------------------------------------
def _check_activity(ws: Workshop, values: dict, record_id: str | None) -> None:
    start, end = values.get("start_year"), values.get("end_year")
    if start and end and end < start:
        raise ValidationError("end_year", f"{end} is before the start year {start}",
                              code="range")


ACTIVITIES = r.Kind(
    "program_activities", "activity", Activity,
    {"program_id": r.ref("programs", "program", required=True, deleted_ok=True),
     "title": r.text(required=True, short=True), "description": r.text(),
     "start_year": r.period_year(), "end_year": r.period_year(),
     "position": r.integer(0, 100000)},
    required=("program_id", "title"), check=_check_activity)


def add_activity(ws: Workshop, program_id: str, title: str, *,
                 activity_id: str | None = None, **fields) -> Activity:
    """Add a kegiatan to a program (description, start_year, end_year in the plan period)."""
    require_row(ws, "programs", program_id, "program")  # a live one (a kept record may not be)
    with ws.transaction():
        activity_id = r.add(ws, ACTIVITIES, activity_id, program_id=program_id, title=title,
                            **fields)
        _touch(ws, program_id, "activities")
    return get_activity(ws, activity_id)


def get_activity(ws: Workshop, activity_id: str) -> Activity:
    """One kegiatan."""
    return ACTIVITIES.row_to(r.get_row(ws, ACTIVITIES, activity_id))


def update_activity(ws: Workshop, activity_id: str, **fields) -> Activity:
    """Edit a kegiatan (title, description, start_year, end_year, position)."""
    if "program_id" in fields:
        raise ValidationError("program_id", "an activity cannot move to another program",
                              code="fixed")
    r.update(ws, ACTIVITIES, activity_id, **fields)
    return get_activity(ws, activity_id)


def delete_activity(ws: Workshop, activity_id: str) -> None:
    """Delete a kegiatan (restorable)."""
    r.delete(ws, ACTIVITIES, activity_id)


def restore_activity(ws: Workshop, activity_id: str) -> Activity:
    """Undo the deletion of a kegiatan."""
    r.restore(ws, ACTIVITIES, activity_id)
    return get_activity(ws, activity_id)


# -- reading ------------------------------------------------------------------------------
def list_program_plans(ws: Workshop, program_id: str | None = None
                       ) -> dict[str, ProgramPlan]:
    """The plan data of every live program (or of ``program_id`` only), by program id."""
    where, params = ("program_id = ?", (program_id,)) if program_id else ("1", ())
    targets: dict[str, dict[int, str]] = {}
    for pid, year, value in ws.query("SELECT program_id, year, value FROM program_targets "
                                     f"WHERE {where} ORDER BY year", params):
        targets.setdefault(pid, {})[year] = value
    budgets: dict[str, list[BudgetLine]] = {}
    order = {s: n for n, s in enumerate(FUNDING)}
    rows = ws.query(f"SELECT * FROM program_budgets WHERE {where} ORDER BY year", params)
    for row in sorted(rows, key=lambda b: (b["year"], order.get(b["source"], 99))):
        budgets.setdefault(row["program_id"], []).append(
            BudgetLine(row["program_id"], row["year"], row["source"], row["amount"]))
    activities: dict[str, list[Activity]] = {}
    for row in r.list_rows(ws, ACTIVITIES, where if program_id else "", params):
        activities.setdefault(row["program_id"], []).append(ACTIVITIES.row_to(row))
    out = {}
    own = "AND id = ? " if program_id else ""
    for row in ws.query("SELECT id, " + ", ".join(PLAN_FIELDS) + " FROM programs "
                        f"WHERE deleted_at IS NULL {own}ORDER BY created_at, rowid", params):
        pid = row["id"]
        out[pid] = ProgramPlan(pid, *[row[k] for k in PLAN_FIELDS],
                               targets=targets.get(pid, {}), budgets=budgets.get(pid, []),
                               activities=activities.get(pid, []))
    return out


def get_program_plan(ws: Workshop, program_id: str) -> ProgramPlan:
    """The plan data of one program (read for that program only)."""
    require_row(ws, "programs", program_id, "program")
    return list_program_plans(ws, program_id)[program_id]


@dataclass
class BudgetTotals:
    """Budget totals of the plan (rupiah): per year, per dimension, per funding source, and
    per (year, source) for the stacked chart."""

    total: int = 0
    by_year: dict[int, int] = field(default_factory=dict)
    by_dimension: dict[str, int] = field(default_factory=dict)
    by_source: dict[str, int] = field(default_factory=dict)
    by_year_source: dict[tuple[int, str], int] = field(default_factory=dict)


def budget_totals(plans: dict[str, ProgramPlan], programs: list[Program]) -> BudgetTotals:
    """Totals of the budget lines of live programs (a pure function of snapshot data)."""
    dimension_of = {p.id: p.dimension for p in programs}
    totals = BudgetTotals()
    for plan in plans.values():
        if plan.program_id not in dimension_of:
            continue
        for line in plan.budgets:
            totals.total += line.amount
            totals.by_year[line.year] = totals.by_year.get(line.year, 0) + line.amount
            dim = dimension_of[plan.program_id]
            totals.by_dimension[dim] = totals.by_dimension.get(dim, 0) + line.amount
            totals.by_source[line.source] = totals.by_source.get(line.source, 0) + line.amount
            key = (line.year, line.source)
            totals.by_year_source[key] = totals.by_year_source.get(key, 0) + line.amount
    totals.by_year = dict(sorted(totals.by_year.items()))
    return totals


#: (label, SQL counting live records with a year outside [start, end]) for the period check.
_YEARLY = (
    ("objective_targets", "SELECT count(*) FROM objective_targets t JOIN objectives o ON "
                          "o.id = t.objective_id WHERE o.deleted_at IS NULL AND "
                          "(t.year < :start OR t.year > :end)"),
    ("program_targets", "SELECT count(*) FROM program_targets t JOIN programs p ON "
                        "p.id = t.program_id WHERE p.deleted_at IS NULL AND "
                        "(t.year < :start OR t.year > :end)"),
    ("program_budgets", "SELECT count(*) FROM program_budgets b JOIN programs p ON "
                        "p.id = b.program_id WHERE p.deleted_at IS NULL AND "
                        "(b.year < :start OR b.year > :end)"),
    ("activities", "SELECT count(*) FROM program_activities WHERE deleted_at IS NULL AND "
                   "(start_year < :start OR end_year > :end)"),
    ("regulations", "SELECT count(*) FROM regulations WHERE deleted_at IS NULL AND "
                    "(target_year < :start OR target_year > :end)"),
    ("enablers", "SELECT count(*) FROM enabler_items WHERE deleted_at IS NULL AND "
                 "(target_year < :start OR target_year > :end)"),
)


def outside_period(ws: Workshop, start: int, end: int) -> dict[str, int]:
    """How many yearly records (targets, budget lines, activities, regulations, enabler
    items) fall outside the period ``start..end``: what a console warns about before the
    plan period is changed (only kinds with such records are listed)."""
    counts = {name: ws.query_one(sql, {"start": start, "end": end})[0] for name, sql in _YEARLY}
    return {name: count for name, count in counts.items() if count}
