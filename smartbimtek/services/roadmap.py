"""The road map (Bimtek III): every program as a bar over the plan's years, per dimension,
from its ``start_year`` to its ``end_year``; dragging a bar moves or stretches it
(``move``, undone by calling it again with the old years). ``conflicts`` shows what the
board highlights: a year whose budget is over the region's stated ceiling (workshop setting
``budget_ceiling_per_year``, rupiah; none set: no check) and an OPD owning too many programs in
one year (setting ``max_programs_per_opd_year``, 5 by default). Budget lines stay on their
years when a bar moves (they are planned amounts per year, see ``services.budget``)."""

from __future__ import annotations

import json

from ..errors import ValidationError
from ..model import Program
from ..model_stages import RoadmapBar, RoadmapConflict
from ..store.workshop import Workshop
from ..text import clean_number
from . import programs as program_service

CEILING_SETTING = "budget_ceiling_per_year"
OPD_LIMIT_SETTING = "max_programs_per_opd_year"
DEFAULT_OPD_LIMIT = 5


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


def move(ws: Workshop, program_id: str, start_year: int, end_year: int | None = None) -> Program:
    """Move or stretch a program's bar to ``start_year``..``end_year`` (one transaction, with
    the old and new years in the audit). ``end_year`` defaults to keeping the bar's length.
    Undo: call again with the old years."""
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
    return program_service.update_program(ws, program_id, start_year=start, end_year=end)


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


def set_limits(ws: Workshop, *, budget_ceiling_per_year: int | None = None,
               max_programs_per_opd_year: int | None = None) -> None:
    """Set the region's budget ceiling per year (rupiah; 0 or None: no check) and the most
    programs one OPD should own in a year (None: the default, 5)."""
    ceiling = clean_number(budget_ceiling_per_year, CEILING_SETTING, minimum=0, integer=True,
                           required=False)
    limit = clean_number(max_programs_per_opd_year, OPD_LIMIT_SETTING, minimum=1, maximum=100,
                         integer=True, required=False)
    values = {CEILING_SETTING: ceiling or None, OPD_LIMIT_SETTING: limit}
    with ws.transaction() as tx:
        for key, value in values.items():
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
