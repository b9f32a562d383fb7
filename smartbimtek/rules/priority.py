"""Prioritisation: mean and spread of scores, the impact/effort matrix and quick wins.

Quadrants of the action priority matrix (scale 1-5, split at the midpoint by default):
  Quick Win (high impact, low effort), Major Project (high impact, high effort),
  Fill-in (low impact, low effort), Thankless (low impact, high effort).

A value exactly on the split counts as **high** on both axes. So a program at the midpoint of
effort is not a quick win: a quick win needs impact >= split and effort strictly below it.
A facilitator's placement, when recorded, overrides the mean scores for the quadrant.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

QUICK_WIN = "quick_win"
MAJOR_PROJECT = "major_project"
FILL_IN = "fill_in"
THANKLESS = "thankless"
MATRIX_QUADRANTS = (QUICK_WIN, MAJOR_PROJECT, FILL_IN, THANKLESS)
QUADRANT_LABEL_ID = {QUICK_WIN: "Quick Win", MAJOR_PROJECT: "Proyek Besar",
                     FILL_IN: "Pengisi", THANKLESS: "Tidak Sepadan"}
QUADRANT_LABEL_EN = {QUICK_WIN: "Quick Win", MAJOR_PROJECT: "Major Project",
                     FILL_IN: "Fill-in", THANKLESS: "Thankless"}


@dataclass(frozen=True)
class Stat:
    """Mean and spread of one criterion over raters."""

    n: int
    mean: float | None
    stdev: float | None  # population standard deviation, 0 for one rater
    minimum: int | None
    maximum: int | None

    @property
    def spread(self) -> int | None:
        """Range (max - min): the disagreement shown next to the mean."""
        return None if self.n == 0 else self.maximum - self.minimum


def stat(values: Iterable[int]) -> Stat:
    """Mean, standard deviation and range of a list of scores (all None when empty)."""
    data = list(values)
    if not data:
        return Stat(0, None, None, None, None)
    return stat_from_sums(len(data), sum(data), sum(x * x for x in data), min(data), max(data))


def stat_from_sums(n: int, total: int, total_sq: int, minimum: int | None,
                   maximum: int | None) -> Stat:
    """The ``Stat`` of ``n`` integer scores given their sum, sum of squares and range.

    This lets the store aggregate 20,000 scores in SQL (``count``, ``sum``, ``sum(v*v)``,
    ``min``, ``max``) instead of handing every score to Python. The variance is computed
    from integers, so it is exact before the final division.
    """
    if n == 0:
        return Stat(0, None, None, None, None)
    variance = max(0, n * total_sq - total * total) / (n * n)
    return Stat(n, round(total / n, 4), round(math.sqrt(variance), 4), minimum, maximum)


def score_stats(scores: Iterable[dict]) -> dict[str, dict[str, Stat]]:
    """``Stat`` per program id and criterion of a list of scores (dicts with ``program_id``,
    ``criterion``, ``value``)."""
    by_program: dict[str, dict[str, list[int]]] = {}
    for score in scores:
        by_program.setdefault(score["program_id"], {}).setdefault(
            score["criterion"], []).append(score["value"])
    return {pid: {c: stat(v) for c, v in criteria.items()}
            for pid, criteria in by_program.items()}


def split_of(scale_min: int = 1, scale_max: int = 5, split: float | None = None) -> float:
    """The split of the matrix: configured, or the midpoint of the scale."""
    return split if split is not None else (scale_min + scale_max) / 2


def classify(impact: float | None, effort: float | None, split: float = 3.0) -> str | None:
    """Matrix quadrant of a point; None when either coordinate is unknown."""
    if impact is None or effort is None:
        return None
    high_impact = impact >= split
    high_effort = effort >= split
    if high_impact:
        return MAJOR_PROJECT if high_effort else QUICK_WIN
    return THANKLESS if high_effort else FILL_IN


@dataclass
class ProgramPriority:
    """Where one program stands: per-criterion stats, matrix point, quadrant, votes."""

    program_id: str
    dimension: str
    stats: dict[str, Stat]
    impact: float | None
    effort: float | None
    placed: bool
    quadrant: str | None
    votes: int = 0
    title: str = ""
    rank: int = 0
    extra: dict = field(default_factory=dict)
    opd_id: str = ""  # the owner OPD
    chosen: bool = False  # chosen as quick win by the plenary


def prioritise(programs: Iterable[dict], scores: Iterable[dict], placements: dict[str, tuple],
               votes: dict[str, int], split: float = 3.0) -> list[ProgramPriority]:
    """Priority of every program, ranked, from the raw scores.

    ``programs``: dicts with ``id``, ``dimension``, ``title`` (and optionally ``opd_id`` and
    ``quick_win``, carried into the result); ``scores``: dicts with
    ``program_id``, ``criterion``, ``value``; ``placements``: program id -> (impact, effort);
    ``votes``: program id -> dot votes. See ``prioritise_stats`` for the ranking.
    """
    return prioritise_stats(programs, score_stats(scores), placements, votes, split)


def prioritise_stats(programs: Iterable[dict], stats: dict[str, dict[str, Stat]],
                     placements: dict[str, tuple], votes: dict[str, int],
                     split: float = 3.0) -> list[ProgramPriority]:
    """Priority of every program, ranked, from the score ``Stat`` per program and criterion.

    Programs without scores are kept (quadrant None). Ranking: quick wins first, then major
    projects, fill-ins, thankless, unscored; inside a quadrant by (impact - effort)
    descending, then votes, then title.
    """
    empty = Stat(0, None, None, None, None)
    result = []
    for program in programs:
        pid = program["id"]
        program_stats = dict(stats.get(pid, {}))
        for needed in ("impact", "effort"):
            program_stats.setdefault(needed, empty)
        if pid in placements:
            impact, effort = placements[pid]
            placed = True
        else:
            impact, effort = program_stats["impact"].mean, program_stats["effort"].mean
            placed = False
        result.append(ProgramPriority(pid, program["dimension"], program_stats, impact, effort,
                                      placed, classify(impact, effort, split),
                                      votes.get(pid, 0), program.get("title", ""),
                                      opd_id=program.get("opd_id", ""),
                                      chosen=bool(program.get("quick_win", False))))
    order = {q: i for i, q in enumerate(MATRIX_QUADRANTS)}

    def key(p: ProgramPriority):
        gap = (p.impact or 0) - (p.effort or 0)
        return (order.get(p.quadrant, len(order)), -gap, -p.votes, p.title)

    result.sort(key=key)
    for rank, item in enumerate(result, start=1):
        item.rank = rank
    return result


def quick_win_candidates(priorities: Iterable[ProgramPriority]) -> dict[str, list[ProgramPriority]]:
    """Quick win candidates grouped by dimension, in rank order."""
    grouped: dict[str, list[ProgramPriority]] = {}
    for item in priorities:
        if item.quadrant == QUICK_WIN:
            grouped.setdefault(item.dimension, []).append(item)
    return grouped
