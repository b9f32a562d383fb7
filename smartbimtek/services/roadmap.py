"""The road map (Bimtek III): every program as a bar over the plan's years, per dimension,
from its ``start_year`` to its ``end_year``; dragging a bar moves or stretches it
(``move``, undone by calling it again with the old years). ``conflicts`` shows what the
board highlights: a year whose budget is over the region's stated ceiling (workshop setting
``budget_ceiling_per_year``, rupiah; none set: no check) and an OPD owning too many programs in
one year (setting ``max_programs_per_opd_year``, 5 by default).

A bar carries its plan (``move``, ``carry_year``): moved by ``d`` years (same length), its
budget lines (``program_budgets``) and yearly targets (``program_targets``) move by ``d``
too; stretched or shrunk, lines inside the new range stay on their year and lines that fall
outside go to the nearest year inside (amounts summed per funding source, so the program's
total per source is kept; of several targets landing on one year the one of the latest year
is kept: targets are cumulative, the program's final target stays its final target). Undo
restores the exact previous years, lines and targets: take ``bar_plan`` before the move and
give it to ``restore``."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..errors import ValidationError
from ..model import Program
from ..model_stages import RoadmapBar, RoadmapConflict
from ..store.workshop import Workshop
from ..text import clean_number
from . import programs as program_service

CEILING_SETTING = "budget_ceiling_per_year"
OPD_LIMIT_SETTING = "max_programs_per_opd_year"
DEFAULT_OPD_LIMIT = 5
#: When the limits were last set (ISO time): the newer change wins in an interchange merge.
LIMITS_STAMP = "roadmap_limits_updated_at"


def _budgets(ws: Workshop) -> dict[str, dict[int, float]]:
    out: dict[str, dict[int, float]] = {}
    for program_id, year, amount in ws.query(
            "SELECT program_id, year, sum(amount) FROM program_budgets GROUP BY program_id, year"):
        out.setdefault(program_id, {})[year] = amount
    return out


def bars(ws: Workshop, dimension: str | None = None) -> list[RoadmapBar]:
    """The road map's bars (live programs, optionally of one dimension), in dimension order,
    then start year and title. A program without years has ``None`` years (not yet placed)."""
    from .. import reference

    order = {d: i for i, d in enumerate(reference.dimension_ids())}
    budgets = _budgets(ws)
    out = [RoadmapBar(p.id, p.title, p.dimension, p.opd_id, p.start_year,
                      p.end_year or p.start_year, p.quick_win, budgets.get(p.id, {}))
           for p in program_service.list_programs(ws, dimension=dimension)]
    out.sort(key=lambda b: (order.get(b.dimension, 99), b.start_year or 9999, b.title))
    return out


@dataclass(frozen=True)
class BarPlan:
    """What a bar carries, as stored: the program's years, its budget lines
    ``(year, source, amount)`` and its yearly targets ``(year, value)``, sorted. ``restore``
    puts exactly this back (the undo of ``move``)."""

    program_id: str
    start_year: int | None
    end_year: int | None
    budgets: tuple[tuple[int, str, int], ...]
    targets: tuple[tuple[int, str], ...]


def bar_plan(ws: Workshop, program_id: str) -> BarPlan:
    """The years, budget lines and targets of a live program (take it before ``move``)."""
    program = program_service.get_program(ws, program_id)
    budgets = tuple(tuple(r) for r in ws.query(
        "SELECT year, source, amount FROM program_budgets WHERE program_id = ? "
        "ORDER BY year, source", (program_id,)))
    targets = tuple(tuple(r) for r in ws.query(
        "SELECT year, value FROM program_targets WHERE program_id = ? ORDER BY year",
        (program_id,)))
    return BarPlan(program_id, program.start_year, program.end_year, budgets, targets)


def carry_year(year: int, old: tuple[int, int], new: tuple[int, int]) -> int:
    """Where a yearly line of a bar spanning ``old`` (start, end) goes when the bar becomes
    ``new``: shifted with the bar when its length is kept, else the nearest year of ``new``
    (its own year when that is inside)."""
    if new[1] - new[0] == old[1] - old[0]:
        return year + new[0] - old[0]
    return max(new[0], min(new[1], year))


def carried(plan: BarPlan, start: int, end: int) -> tuple[dict, dict]:
    """The budget lines ``{(year, source): amount}`` and targets ``{year: value}`` of
    ``plan`` once its bar spans ``start``..``end`` (a pure function; see the module
    docstring). A bar without years carries its lines as they are."""
    budgets: dict[tuple[int, str], int] = {}
    targets: dict[int, tuple[int, str]] = {}  # new year -> (old year, value)
    if plan.start_year is None:
        return ({(y, s): a for y, s, a in plan.budgets}, dict(plan.targets))
    old = (plan.start_year, plan.end_year or plan.start_year)
    for year, source, amount in plan.budgets:
        key = (carry_year(year, old, (start, end)), source)
        budgets[key] = budgets.get(key, 0) + amount
    for year, value in plan.targets:
        to = carry_year(year, old, (start, end))
        if to not in targets or targets[to][0] < year:
            targets[to] = (year, value)
    return budgets, {y: v for y, (_old, v) in targets.items()}


def _write_plan(tx, program_id: str, budgets: dict, targets: dict) -> None:
    tx.execute("DELETE FROM program_budgets WHERE program_id = ?", (program_id,))
    tx.execute("DELETE FROM program_targets WHERE program_id = ?", (program_id,))
    tx.conn.executemany("INSERT INTO program_budgets (program_id, year, source, amount) "
                        "VALUES (?, ?, ?, ?)",
                        [(program_id, y, s, a) for (y, s), a in sorted(budgets.items())])
    tx.conn.executemany("INSERT INTO program_targets (program_id, year, value) VALUES (?, ?, ?)",
                        [(program_id, y, v) for y, v in sorted(targets.items())])


def _plan_detail(before: BarPlan, budgets: dict, targets: dict) -> dict:
    return {"budgets": [[list(line) for line in before.budgets],
                        [[y, s, a] for (y, s), a in sorted(budgets.items())]],
            "targets": [[list(t) for t in before.targets], sorted([y, v] for y, v in
                                                                   targets.items())]}


def move(ws: Workshop, program_id: str, start_year: int, end_year: int | None = None) -> Program:
    """Move or stretch a program's bar to ``start_year``..``end_year``; its budget lines and
    yearly targets go with it (``carried``). One transaction, with the old and new years,
    lines and targets in the audit. ``end_year`` defaults to keeping the bar's length.
    Undo: ``restore`` the ``bar_plan`` taken before."""
    current = program_service.get_program(ws, program_id)
    start = clean_number(start_year, "start_year", minimum=2000, maximum=2100, integer=True)
    if end_year is None:
        length = ((current.end_year or current.start_year or start)
                  - (current.start_year or start))
        end = start + max(length, 0)
    else:
        end = clean_number(end_year, "end_year", minimum=2000, maximum=2100, integer=True)
    if end < start:
        raise ValidationError("end_year", f"{end} is before the start year {start}",
                              code="range")
    before = bar_plan(ws, program_id)
    budgets, targets = carried(before, start, end)
    with ws.transaction() as tx:
        if (sorted(budgets.items()), sorted(targets.items())) != (
                sorted(((y, s), a) for y, s, a in before.budgets), sorted(before.targets)):
            _write_plan(tx, program_id, budgets, targets)
            tx.audit("move", "program_budget", program_id,
                     _plan_detail(before, budgets, targets))
        return program_service.update_program(ws, program_id, start_year=start, end_year=end)


def restore(ws: Workshop, plan: BarPlan) -> Program:
    """Put a program's years, budget lines and targets back exactly as ``plan`` holds them
    (the undo of ``move``; one transaction, audited)."""
    before = bar_plan(ws, plan.program_id)
    budgets = {(y, s): a for y, s, a in plan.budgets}
    with ws.transaction() as tx:
        _write_plan(tx, plan.program_id, budgets, dict(plan.targets))
        tx.audit("restore", "program_budget", plan.program_id,
                 _plan_detail(before, budgets, dict(plan.targets)))
        return program_service.update_program(ws, plan.program_id, start_year=plan.start_year,
                                              end_year=plan.end_year)


def _years(bar: RoadmapBar) -> range:
    if bar.start_year is None:
        return range(0)
    return range(bar.start_year, (bar.end_year or bar.start_year) + 1)


def budget_per_year(ws: Workshop) -> dict[int, float]:
    """Planned budget of all live programs per year (rupiah), from their budget lines."""
    rows = ws.query("SELECT b.year, sum(b.amount) FROM program_budgets b JOIN programs p ON "
                    "p.id = b.program_id WHERE p.deleted_at IS NULL GROUP BY b.year")
    return {r[0]: r[1] for r in rows}


def programs_per_opd_year(ws: Workshop, all_bars: list[RoadmapBar] | None = None
                          ) -> dict[tuple[str, int], list[str]]:
    """Program ids owned by each OPD in each year the program runs (``all_bars``: the bars
    already read, else they are read here)."""
    out: dict[tuple[str, int], list[str]] = {}
    for bar in bars(ws) if all_bars is None else all_bars:
        for year in _years(bar):
            out.setdefault((bar.opd_id, year), []).append(bar.program_id)
    return out


def conflicts(ws: Workshop) -> list[RoadmapConflict]:
    """What the road map highlights, by year: years over the budget ceiling, OPDs over the
    programs-per-year limit."""
    out: list[RoadmapConflict] = []
    all_bars = bars(ws)  # read once: the budget and the OPD checks both need them
    ceiling = ws.setting(CEILING_SETTING)
    if ceiling:
        for year, total in sorted(budget_per_year(ws).items()):
            if total > ceiling:
                ids = sorted(b.program_id for b in all_bars if b.budget_by_year.get(year))
                out.append(RoadmapConflict("budget", year, total, ceiling, None, ids))
    limit = ws.setting(OPD_LIMIT_SETTING) or DEFAULT_OPD_LIMIT
    for (opd_id, year), ids in sorted(programs_per_opd_year(ws, all_bars).items(),
                                      key=lambda kv: (kv[0][1], kv[0][0])):
        if len(ids) > limit:
            out.append(RoadmapConflict("opd_load", year, len(ids), limit, opd_id, ids))
    out.sort(key=lambda c: (c.year, c.kind, c.opd_id or ""))
    return out


def clean_limits(budget_ceiling_per_year: int | None, max_programs_per_opd_year: int | None,
                 record: str | None = None) -> dict[str, int | None]:
    """The road map's limits as stored (setting name -> value): the ceiling in whole rupiah
    (0 or None: no check, stored as None), the most programs per OPD per year 1-100 (None:
    the default, 5)."""
    ceiling = clean_number(budget_ceiling_per_year, CEILING_SETTING, minimum=0, integer=True,
                           required=False, record=record)
    limit = clean_number(max_programs_per_opd_year, OPD_LIMIT_SETTING, minimum=1, maximum=100,
                         integer=True, required=False, record=record)
    return {CEILING_SETTING: ceiling or None, OPD_LIMIT_SETTING: limit}


def limits(ws: Workshop) -> dict[str, object]:
    """The limits as set (None when never set) and when they were last set
    (``updated_at``, what an interchange merge compares: the newer change wins)."""
    return {CEILING_SETTING: ws.setting(CEILING_SETTING),
            OPD_LIMIT_SETTING: ws.setting(OPD_LIMIT_SETTING),
            "updated_at": ws.setting(LIMITS_STAMP)}


def set_limits(ws: Workshop, *, budget_ceiling_per_year: int | None = None,
               max_programs_per_opd_year: int | None = None) -> None:
    """Set the region's budget ceiling per year (rupiah; 0 or None: no check) and the most
    programs one OPD should own in a year (None: the default, 5); the time of the change is
    kept with them (``limits``)."""
    values = clean_limits(budget_ceiling_per_year, max_programs_per_opd_year)
    with ws.transaction() as tx:
        for key, value in {**values, LIMITS_STAMP: tx.now}.items():
            tx.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                       "SET value = excluded.value", (f"setting.{key}", json.dumps(value)))
        tx.audit("set", "setting", "roadmap_limits", values)


def coverage(ws: Workshop) -> dict[str, dict[str, dict[str, int]]]:
    """Bimtek II's coverage board: live programs per dimension x element x plan horizon
    (1, 5 or 10 years, ``model.HORIZON_PLAN_YEARS``); every element and horizon is present
    (with 0) so empty cells are visible."""
    from .. import reference
    from ..model import HORIZON_PLAN_YEARS

    horizons = sorted({str(v) for v in HORIZON_PLAN_YEARS.values()}, key=int)
    out = {d["id"]: {e["id"]: dict.fromkeys(horizons, 0) for e in d["elements"]}
           for d in reference.dimensions()}
    for program in program_service.list_programs(ws):
        cells = out.setdefault(program.dimension, {})
        element = program.element if program.element in cells else ""  # "": no element
        years = str(HORIZON_PLAN_YEARS.get(program.horizon, 1))
        cells.setdefault(element, dict.fromkeys(horizons, 0))[years] += 1
    return out
