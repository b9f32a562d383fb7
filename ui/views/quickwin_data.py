"""The quick win list per dimension: programs chosen as quick win, and the candidates the
matrix puts in the Quick Win quadrant (shared by the console and the projector)."""

from __future__ import annotations

from dataclasses import dataclass

from smartbimtek.model import Program
from smartbimtek.rules import priority


@dataclass
class QuickWinEntry:
    """A program on the quick win list with its priority (None when never scored)."""

    program: Program
    priority: priority.ProgramPriority | None


def quick_win_lists(programs: list[Program], priorities: list[priority.ProgramPriority]
                    ) -> dict[str, list[QuickWinEntry]]:
    """Per dimension id: chosen quick wins first, then the candidates, each in rank order."""
    by_id = {p.id: p for p in programs}
    prio = {p.program_id: p for p in priorities}
    lists: dict[str, list[QuickWinEntry]] = {}
    rank = {p.program_id: p.rank for p in priorities}
    wanted = [p for p in programs if p.quick_win or
              (p.id in prio and prio[p.id].quadrant == priority.QUICK_WIN)]
    wanted.sort(key=lambda p: (not p.quick_win, rank.get(p.id, 1 << 30), p.title))
    for program in wanted:
        lists.setdefault(program.dimension, []).append(
            QuickWinEntry(by_id[program.id], prio.get(program.id)))
    return lists
