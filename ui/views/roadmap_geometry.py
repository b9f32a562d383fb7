"""Pure geometry of the road map (no Qt): the plan's years as columns, bars as spans of
columns, which part of a bar a point hits, where a drag puts a bar, and which years and
bars the conflicts mark. The console canvas and the projector board both use it, so the
tests can check the arithmetic without painting."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Pixels at each end of a bar that grab the end (stretch) instead of the bar (move).
EDGE_PX = 8.0


def plan_years(period: tuple[int | None, int | None],
               spans: list[tuple[int | None, int | None]]) -> list[int]:
    """The years the road map shows: the plan's period, widened to cover every placed bar;
    without a period and bars, none."""
    start, end = period
    years = [y for span in spans for y in span if y is not None]
    if start is not None:
        years.append(start)
    if end is not None:
        years.append(end)
    if not years:
        return []
    return list(range(min(years), max(years) + 1))


@dataclass(frozen=True)
class Axis:
    """Year columns from ``left`` with ``width`` pixels each, starting at ``first``."""

    first: int
    count: int
    left: float
    width: float

    @property
    def last(self) -> int:
        """The last year shown."""
        return self.first + self.count - 1

    def x_of(self, year: int) -> float:
        """Left edge of ``year``'s column."""
        return self.left + (year - self.first) * self.width

    def year_at(self, x: float) -> int:
        """The year whose column holds ``x`` (clamped to the axis)."""
        n = int((x - self.left) // self.width) if self.width > 0 else 0
        return self.first + max(0, min(self.count - 1, n))

    def span(self, start: int, end: int) -> tuple[float, float]:
        """Left and right edges of a bar from ``start`` to ``end`` (both years included)."""
        return self.x_of(start), self.x_of(end) + self.width


def hit_part(x: float, left: float, right: float, edge: float = EDGE_PX) -> str | None:
    """What a press at ``x`` grabs of a bar spanning ``left``..``right``: ``"start"`` or
    ``"end"`` (its ends: stretch), ``"move"`` (its body), or None (outside)."""
    if x < left or x > right:
        return None
    grip = min(edge, (right - left) / 4)
    if x <= left + grip:
        return "start"
    if x >= right - grip:
        return "end"
    return "move"


def dragged(part: str, start: int, end: int, delta: int, first: int,
            last: int) -> tuple[int, int]:
    """The years of a bar ``start``..``end`` after ``part`` (move, start, end) is dragged by
    ``delta`` years, kept inside ``first``..``last`` and at least one year long."""
    if part == "move":
        delta = max(first - start, min(last - end, delta))
        return start + delta, end + delta
    if part == "start":
        return max(first, min(end, start + delta)), end
    if part == "end":
        return start, min(last, max(start, end + delta))
    raise ValueError(f"unknown bar part {part!r}")


def keyed(start: int, end: int, step: int, stretch: bool, first: int,
          last: int) -> tuple[int, int]:
    """The keyboard alternative: arrows move a bar by ``step`` years, Shift+arrows move its
    end (stretch or shrink)."""
    return dragged("end" if stretch else "move", start, end, step, first, last)


@dataclass
class ConflictMarks:
    """What the painters mark: years over the budget ceiling (year -> total, with the
    ceiling) and the bars of OPDs over the programs-per-year limit."""

    budget_years: dict[int, float] = field(default_factory=dict)
    ceiling: float | None = None
    outlined: set[str] = field(default_factory=set)
    opd_years: dict[str, list[int]] = field(default_factory=dict)


def conflict_marks(conflicts) -> ConflictMarks:
    """``ConflictMarks`` of ``services.roadmap.conflicts`` (``RoadmapConflict`` items)."""
    marks = ConflictMarks()
    for conflict in conflicts:
        if conflict.kind == "budget":
            marks.budget_years[conflict.year] = conflict.amount
            marks.ceiling = conflict.limit
        elif conflict.kind == "opd_load":
            marks.outlined.update(conflict.program_ids)
            marks.opd_years.setdefault(conflict.opd_id or "", []).append(conflict.year)
    return marks


def short_amount(rupiah: float, billion: str = "M", million: str = "jt") -> str:
    """A budget in few characters: billions (``miliar``) with one decimal, else millions."""
    if abs(rupiah) >= 1e9:
        text = f"{rupiah / 1e9:.1f}".replace(".", ",")
        return f"{text.removesuffix(',0')} {billion}"
    if abs(rupiah) >= 1e6:
        return f"{round(rupiah / 1e6)} {million}"
    return f"{round(rupiah)}"


@dataclass
class RoadmapData:
    """Everything the road map paints: the bars (in dimension order), the OPD codes, the
    years, the budget per year and the conflict marks."""

    bars: list = field(default_factory=list)
    codes: dict[str, str] = field(default_factory=dict)
    years: list[int] = field(default_factory=list)
    budget: dict[int, float] = field(default_factory=dict)
    marks: ConflictMarks = field(default_factory=ConflictMarks)
    ceiling: float | None = None
    opd_limit: int = 5


def load_roadmap(ws) -> RoadmapData:
    """Read the road map of the open workshop ``ws`` through the services (None: empty)."""
    if ws is None:
        return RoadmapData()
    from smartbimtek.services import records, roadmap, roster

    bars = roadmap.bars(ws)
    years = plan_years(records.plan_period(ws), [(b.start_year, b.end_year) for b in bars])
    return RoadmapData(bars, {o.id: o.code for o in roster.list_opds(ws)}, years,
                       roadmap.budget_per_year(ws), conflict_marks(roadmap.conflicts(ws)),
                       ws.setting(roadmap.CEILING_SETTING),
                       ws.setting(roadmap.OPD_LIMIT_SETTING) or roadmap.DEFAULT_OPD_LIMIT)
