"""Turns ``services.programs.priorities`` into numbered matrix points (shared by the console's
matrix view and the projector's matrix board)."""

from __future__ import annotations

from smartbimtek.rules import priority
from smartbimtek.services import programs

from ..widgets.charts import MatrixPoint


def matrix_points(ws, dimension: str | None = None
                  ) -> tuple[list[MatrixPoint], list[priority.ProgramPriority], float]:
    """(points of scored or placed programs, every program's priority, split) for a dimension
    (None: all). Numbers follow the ranking, so 1 is the best candidate."""
    prios = programs.priorities(ws)
    if dimension:
        prios = [p for p in prios if p.dimension == dimension]
    chosen = {p.id for p in programs.list_programs(ws, dimension=dimension) if p.quick_win}
    placed = programs.placements(ws)
    points = []
    for number, prio in enumerate(prios, start=1):
        if prio.impact is None or prio.effort is None:
            continue
        impact_stat, effort_stat = prio.stats["impact"], prio.stats["effort"]
        points.append(MatrixPoint(
            number, prio.program_id, prio.title, prio.impact, prio.effort,
            (impact_stat.minimum, impact_stat.maximum) if impact_stat.n else None,
            (effort_stat.minimum, effort_stat.maximum) if effort_stat.n else None,
            prio.quadrant, prio.program_id in placed,
            (impact_stat.mean, effort_stat.mean) if impact_stat.n and effort_stat.n else None,
            prio.program_id in chosen, impact_stat.stdev or 0.0, effort_stat.stdev or 0.0))
    split = priority.split_of(1, 5, ws.setting("matrix_split"))
    return points, prios, split
