"""Which exercises lead in which bimtek (stage I..IV): a pure rule from the stages table of
the domain (Bimtek I readiness, SWOT and vision keywords; II programs for 1, 5 and 10 years
and first quick win candidates; III strategy per dimension, road map, quick wins chosen per
dimension; IV review of every chapter and the komitmen bersama). Every board stays
reachable: the order only decides what the console and the phone page lead with."""

from __future__ import annotations

STAGES = ("I", "II", "III", "IV")

#: Every exercise key, in the order the whole programme first meets them.
EXERCISES = ("readiness", "gap", "swot", "keywords", "vision", "programs", "coverage",
             "priority", "strategies", "roadmap", "quickwins", "review", "commitment")

_LEADING: dict[str, tuple[str, ...]] = {
    "I": ("readiness", "gap", "swot", "keywords", "vision"),
    "II": ("programs", "coverage", "priority"),
    "III": ("strategies", "roadmap", "quickwins"),
    "IV": ("review", "roadmap", "quickwins", "commitment"),
}


def exercises_for(stage: str) -> list[str]:
    """The exercise keys of ``stage`` in order: the stage's leading exercises first, then
    every other exercise (still reachable) in programme order. Unknown stage: ValueError."""
    if stage not in _LEADING:
        raise ValueError(f"unknown stage {stage!r} (one of {', '.join(STAGES)})")
    leading = _LEADING[stage]
    return list(leading) + [key for key in EXERCISES if key not in leading]


def leading_exercises(stage: str) -> list[str]:
    """Only the exercises that make ``stage`` (what its agenda's group work is about)."""
    if stage not in _LEADING:
        raise ValueError(f"unknown stage {stage!r} (one of {', '.join(STAGES)})")
    return list(_LEADING[stage])


def next_stage(stage: str | None) -> str:
    """The bimtek that follows ``stage`` (Bimtek I without one; IV stays IV)."""
    if stage not in STAGES:
        return STAGES[0]
    return STAGES[min(STAGES.index(stage) + 1, len(STAGES) - 1)]
