"""Program priorities shared by the views: ``services.programs.priorities`` computed once per
burst of changes for every view of one controller (console matrix, program table, quick win
list, projector boards), and turned into numbered matrix points."""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

from smartbimtek.model import Program
from smartbimtek.rules import priority
from smartbimtek.services import programs, roster
from smartbimtek.store import Workshop

from ..widgets.charts import MatrixPoint

#: Changes after which the priorities are recomputed.
ENTITIES = frozenset({"program", "criterion", "setting", "opd"})


@dataclass
class PriorityData:
    """Everything the priority views need, read once (the full programs only when a view
    asks for them: the matrix needs the priorities alone)."""

    ws: Workshop
    priorities: list[priority.ProgramPriority]
    placed: set[str]
    split: float
    codes: dict[str, str]  # OPD id -> code
    by_id: dict[str, priority.ProgramPriority] = field(default_factory=dict)
    points: dict[str | None, tuple] = field(default_factory=dict)  # matrix_points per dimension

    def __post_init__(self) -> None:
        self.by_id = {p.program_id: p for p in self.priorities}
        self._programs: list[Program] | None = None

    @property
    def programs(self) -> list[Program]:
        """Every live program (read on first use)."""
        if self._programs is None:
            self._programs = programs.list_programs(self.ws)
        return self._programs

    def owner_code(self, program_id: str) -> str:
        """Code of a program's owner OPD."""
        prio = self.by_id.get(program_id)
        return self.codes.get(prio.opd_id, "") if prio else ""


_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def priority_data(controller) -> PriorityData | None:
    """The priorities of the controller's workshop (None when no file is open); computed
    again only after a change to programs, scores, criteria, settings or OPDs."""
    ws = controller.ws
    if ws is None:
        return None
    entry = _cache.get(controller)
    if entry is None:
        entry = {"data": None}
        _cache[controller] = entry

        def invalidate(change=None) -> None:
            if change is None or change.entity in ENTITIES:
                entry["data"] = None

        controller.data_changed.connect(invalidate)
        controller.workshop_opened.connect(invalidate)
        controller.workshop_closed.connect(invalidate)
        entry["slot"] = invalidate  # keep the slot alive with the entry
    if entry["data"] is None:
        entry["data"] = PriorityData(
            ws, programs.priorities(ws), set(programs.placements(ws)),
            priority.split_of(1, 5, ws.setting("matrix_split")),
            {o.id: o.code for o in roster.list_opds(ws)})
    return entry["data"]


def matrix_points(data: PriorityData, dimension: str | None = None
                  ) -> tuple[list[MatrixPoint], list[priority.ProgramPriority]]:
    """(points of scored or placed programs, every program's priority) for a dimension
    (None: all). Numbers follow the ranking, so 1 is the best candidate. Computed once per
    ``PriorityData`` (which is renewed after every relevant change)."""
    if dimension not in data.points:
        data.points[dimension] = _matrix_points(data, dimension)
    return data.points[dimension]


def _matrix_points(data: PriorityData, dimension: str | None
                   ) -> tuple[list[MatrixPoint], list[priority.ProgramPriority]]:
    prios = data.priorities
    if dimension:
        prios = [p for p in prios if p.dimension == dimension]
    points = []
    for number, prio in enumerate(prios, start=1):
        if prio.impact is None or prio.effort is None:
            continue
        impact_stat, effort_stat = prio.stats["impact"], prio.stats["effort"]
        points.append(MatrixPoint(
            number, prio.program_id, prio.title, prio.impact, prio.effort,
            (impact_stat.minimum, impact_stat.maximum) if impact_stat.n else None,
            (effort_stat.minimum, effort_stat.maximum) if effort_stat.n else None,
            prio.quadrant, prio.program_id in data.placed,
            (impact_stat.mean, effort_stat.mean) if impact_stat.n and effort_stat.n else None,
            prio.chosen, impact_stat.stdev or 0.0,
            effort_stat.stdev or 0.0))
    return points, prios
