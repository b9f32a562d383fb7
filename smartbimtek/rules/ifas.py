"""IFAS/EFAS scoring of SWOT factors (Rangkuti) and the SWOT quadrant diagram.

Each factor has a weight (bobot, 0..1) and a rating 1..4; score = weight x rating. The weights
of the internal table (S+W) sum to 1.00, those of the external table (O+T) to 1.00.

Two rating conventions are in use (``../shared/domain.md``) and are never mixed:

* ``diagram`` (the SWOT quadrant diagram): the rating is the factor's *magnitude* in every
  quadrant (4 = a very strong strength, and also a very serious weakness or threat).
  x = total S - total W, y = total O - total T (variant ``difference``), or half of each
  difference (variant ``half_difference``). The formula lives only in ``position``.
  A point on an axis (x == 0 or y == 0) counts as the positive side.
* ``ie_matrix`` (Rangkuti/David Internal-External matrix): W and T ratings are reversed (a
  big weakness rates 1); the IFAS total is S + W, the EFAS total O + T (each 1..4, 2.5 the
  average), and the two totals place the region in one of the 9 cells of the IE matrix.

A workshop stores its ratings in one convention (the ``ifas_convention`` setting; new files
and migrated files use ``diagram``). Both results are computed from the stored ratings by
converting W/T ratings r -> 5 - r (``convert_rating``); every result names its convention.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

WEIGHT_TOLERANCE = 0.005
VARIANTS = ("difference", "half_difference")
#: Rating conventions: magnitude everywhere (diagram) or W/T reversed (IE matrix).
CONVENTIONS = ("diagram", "ie_matrix")
CONVENTION_LABEL_ID = {
    "diagram": "Konvensi diagram SWOT (rating = besaran faktor; x = S - W, y = O - T)",
    "ie_matrix": "Konvensi matriks IE (rating W/T dibalik; total IFAS = S + W, EFAS = O + T)",
}

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

    def in_convention(self, stored: str, wanted: str) -> Factor:
        """This factor with its rating converted from convention ``stored`` to ``wanted``."""
        return Factor(self.quadrant, self.weight,
                      convert_rating(self.quadrant, self.rating, stored, wanted))

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
    convention: str = "diagram"
    variant: str = "difference"

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


def check_convention(convention: str) -> str:
    """``convention`` when it is one of ``CONVENTIONS``, else ``ValueError``."""
    if convention not in CONVENTIONS:
        raise ValueError(f"unknown IFAS rating convention {convention!r}")
    return convention


def convert_rating(quadrant: str, rating: int | None, stored: str, wanted: str) -> int | None:
    """A rating of ``quadrant`` in convention ``stored`` expressed in convention ``wanted``.

    S and O ratings mean the same in both; W and T ratings are reversed (r -> 5 - r on the
    1..4 scale) between ``diagram`` and ``ie_matrix``. None stays None.
    """
    check_convention(stored)
    check_convention(wanted)
    if rating is None or stored == wanted or quadrant in ("S", "O"):
        return rating
    return 5 - rating


def _tally(factors: Iterable[Factor]) -> tuple[dict, dict, int, int]:
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
    return ({q: round(v, 6) for q, v in totals.items()},
            {k: round(v, 6) for k, v in sums.items()}, scored, unscored)


def evaluate(factors: Iterable[Factor], variant: str = "difference",
             convention: str = "diagram") -> IfasResult:
    """The SWOT diagram (``diagram`` convention) of a set of factors: totals, weight
    validation, position, quadrant and strategy.

    ``convention`` is the convention the factors' ratings are in; they are converted to the
    diagram convention first. The result's ``convention`` is always ``"diagram"``.
    """
    check_convention(convention)
    factors = [f.in_convention(convention, "diagram") for f in factors]
    totals, sums, scored, unscored = _tally(factors)
    x, y = position(totals, variant)
    quadrant = quadrant_of(x, y)
    strategy_type, strategy = QUADRANT_STRATEGY[quadrant]
    return IfasResult(totals, sums, scored, unscored, weight_problems(sums, unscored), x, y,
                      quadrant, strategy_type, strategy, "diagram", variant)


# -- the Internal-External (IE) matrix ----------------------------------------------------
#: IE cells by (EFAS row, IFAS column): row 0 = high EFAS (3.0-4.0), 1 = medium (2.0-2.99),
#: 2 = low (1.0-1.99); column 0 = strong IFAS (3.0-4.0), 1 = average, 2 = weak.
IE_CELLS = (("I", "II", "III"), ("IV", "V", "VI"), ("VII", "VIII", "IX"))
IE_STRATEGY = {"I": "grow_build", "II": "grow_build", "IV": "grow_build",
               "III": "hold_maintain", "V": "hold_maintain", "VII": "hold_maintain",
               "VI": "harvest_divest", "VIII": "harvest_divest", "IX": "harvest_divest"}
IE_STRATEGY_LABEL_ID = {
    "grow_build": "Tumbuh dan membangun (grow and build)",
    "hold_maintain": "Pertahankan dan pelihara (hold and maintain)",
    "harvest_divest": "Panen atau divestasi (harvest or divest)",
}


@dataclass(frozen=True)
class IeResult:
    """The IE-matrix reading of a set of factors (``ie_matrix`` convention: W/T reversed)."""

    totals: dict[str, float]  # per quadrant, W and T with reversed ratings
    ifas_total: float  # S + W
    efas_total: float  # O + T
    weight_sums: dict[str, float]
    scored: int
    unscored: int
    problems: tuple[str, ...]
    cell: str  # "I".."IX"
    strategy: str  # a key of IE_STRATEGY_LABEL_ID
    convention: str = "ie_matrix"

    @property
    def valid(self) -> bool:
        """True when both tables' weights sum to 1.00 and every factor is scored."""
        return not self.problems


def _band(total: float) -> int:
    """0 for 3.0 and above, 1 for 2.0-2.99, 2 below 2.0."""
    return 0 if total >= 3.0 - 1e-9 else 1 if total >= 2.0 - 1e-9 else 2


def ie_cell(ifas_total: float, efas_total: float) -> str:
    """The IE matrix cell (I..IX) of an IFAS and an EFAS total."""
    return IE_CELLS[_band(efas_total)][_band(ifas_total)]


def evaluate_ie(factors: Iterable[Factor], convention: str = "diagram") -> IeResult:
    """The IE matrix of a set of factors whose ratings are in ``convention`` (converted to
    the ``ie_matrix`` convention first): IFAS = S + W, EFAS = O + T, the cell and strategy."""
    check_convention(convention)
    factors = [f.in_convention(convention, "ie_matrix") for f in factors]
    totals, sums, scored, unscored = _tally(factors)
    ifas_total = round(totals["S"] + totals["W"], 6)
    efas_total = round(totals["O"] + totals["T"], 6)
    cell = ie_cell(ifas_total, efas_total)
    return IeResult(totals, ifas_total, efas_total, sums, scored, unscored,
                    weight_problems(sums, unscored), cell, IE_STRATEGY[cell])


def evaluate_both(factors: Iterable[Factor], convention: str = "diagram",
                  variant: str = "difference") -> tuple[IfasResult, IeResult]:
    """Both readings of factors stored in ``convention``: (diagram result, IE result)."""
    factors = list(factors)
    return evaluate(factors, variant, convention), evaluate_ie(factors, convention)
