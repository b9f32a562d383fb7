"""IFAS/EFAS scoring of SWOT factors (Rangkuti) and the SWOT quadrant diagram.

Each factor has a weight (bobot, 0..1) and a rating 1..4; score = weight x rating. The weights
of the internal table (S+W) sum to 1.00, those of the external table (O+T) to 1.00. For W and
T the rating scale is reversed by convention (a big weakness rates 1): the rating is entered
as the facilitator's sheet says and used as it is.

Diagram: x = total S - total W, y = total O - total T (variant ``difference``), or half of
each difference (variant ``half_difference``). The formula lives only in ``position``.
A point on an axis (x == 0 or y == 0) counts as the positive side.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

WEIGHT_TOLERANCE = 0.005
VARIANTS = ("difference", "half_difference")

QUADRANT_STRATEGY = {
    "I": ("SO", "aggressive"),
    "II": ("ST", "diversification"),
    "III": ("WO", "turn_around"),
    "IV": ("WT", "defensive"),
}
STRATEGY_LABEL_ID = {
    "aggressive": "Agresif (mendukung pertumbuhan)",
    "diversification": "Diversifikasi",
    "turn_around": "Turn-around (ubah strategi)",
    "defensive": "Defensif (bertahan)",
}


@dataclass(frozen=True)
class Factor:
    """One scored SWOT factor."""

    quadrant: str
    weight: float | None
    rating: int | None

    @property
    def score(self) -> float:
        """Weight x rating (0 when either is missing)."""
        if self.weight is None or self.rating is None:
            return 0.0
        return self.weight * self.rating


@dataclass(frozen=True)
class IfasResult:
    """Totals of an OPD's (or any set's) IFAS/EFAS tables and the diagram position."""

    totals: dict[str, float]
    weight_sums: dict[str, float]  # "internal", "external"
    scored: int
    unscored: int
    problems: tuple[str, ...]
    x: float
    y: float
    quadrant: str
    strategy_type: str
    strategy: str

    @property
    def valid(self) -> bool:
        """True when both tables' weights sum to 1.00 and every factor is scored."""
        return not self.problems


def weight_problems(weight_sums: dict[str, float], unscored: int) -> tuple[str, ...]:
    """Messages for weights that do not sum to 1.00 and factors without weight or rating."""
    problems = []
    names = {"internal": "internal (S+W)", "external": "external (O+T)"}
    for table, total in weight_sums.items():
        if abs(total - 1.0) > WEIGHT_TOLERANCE:
            problems.append(f"weights of the {names[table]} table sum to {total:.2f}, not 1.00")
    if unscored:
        problems.append(f"{unscored} factor(s) have no weight or rating yet")
    return tuple(problems)


def position(totals: dict[str, float], variant: str = "difference") -> tuple[float, float]:
    """The (x, y) point of the SWOT diagram from the quadrant totals."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown IFAS variant {variant!r}")
    x = totals["S"] - totals["W"]
    y = totals["O"] - totals["T"]
    if variant == "half_difference":
        x, y = x / 2, y / 2
    return round(x, 6), round(y, 6)


def quadrant_of(x: float, y: float) -> str:
    """Quadrant I-IV of a diagram point (on an axis counts as the positive side)."""
    if x >= 0:
        return "I" if y >= 0 else "II"
    return "III" if y >= 0 else "IV"


def evaluate(factors: Iterable[Factor], variant: str = "difference") -> IfasResult:
    """Totals, weight validation, position, quadrant and strategy of a set of factors."""
    totals = {q: 0.0 for q in "SWOT"}
    sums = {"internal": 0.0, "external": 0.0}
    scored = unscored = 0
    for factor in factors:
        if factor.weight is None or factor.rating is None:
            unscored += 1
            continue
        scored += 1
        totals[factor.quadrant] += factor.score
        sums["internal" if factor.quadrant in "SW" else "external"] += factor.weight
    totals = {q: round(v, 6) for q, v in totals.items()}
    sums = {k: round(v, 6) for k, v in sums.items()}
    x, y = position(totals, variant)
    quadrant = quadrant_of(x, y)
    strategy_type, strategy = QUADRANT_STRATEGY[quadrant]
    return IfasResult(totals, sums, scored, unscored, weight_problems(sums, unscored), x, y,
                      quadrant, strategy_type, strategy)
