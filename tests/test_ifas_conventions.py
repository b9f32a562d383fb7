"""IFAS/EFAS in both named conventions (``../shared/domain.md``), against worked examples
computed BY HAND here (not by the code under test).

Example A, ratings in the DIAGRAM convention (rating = magnitude in every quadrant):
  S1 0.30 x 4 = 1.20   S2 0.20 x 3 = 0.60                      S = 1.80
  W1 0.30 x 4 = 1.20 (a serious weakness)   W2 0.20 x 2 = 0.40  W = 1.60
  (internal weights 0.30 + 0.20 + 0.30 + 0.20 = 1.00)
  O1 0.40 x 3 = 1.20   O2 0.20 x 2 = 0.40                      O = 1.60
  T1 0.40 x 3 = 1.20                                           T = 1.20
  (external weights 0.40 + 0.20 + 0.40 = 1.00)
  diagram, difference:      x = 1.80 - 1.60 = 0.20, y = 1.60 - 1.20 = 0.40 -> Kuadran I (SO)
  diagram, half_difference: x = 0.10, y = 0.20 -> Kuadran I
  The same factors in the IE-MATRIX convention: W and T ratings reversed (r -> 5 - r):
  W1 4 -> 1: 0.30 x 1 = 0.30; W2 2 -> 3: 0.20 x 3 = 0.60; W = 0.90
  T1 3 -> 2: 0.40 x 2 = 0.80; T = 0.80
  IFAS = S + W = 1.80 + 0.90 = 2.70 (average: 2.00-2.99)
  EFAS = O + T = 1.60 + 0.80 = 2.40 (medium: 2.00-2.99) -> cell V, hold and maintain.

Example B, a region with serious weaknesses and threats (diagram convention):
  S1 0.20 x 2 = 0.40                          S = 0.40
  W1 0.50 x 4 = 2.00   W2 0.30 x 3 = 0.90     W = 2.90
  O1 0.30 x 2 = 0.60                          O = 0.60
  T1 0.70 x 4 = 2.80                          T = 2.80
  difference: x = 0.40 - 2.90 = -2.50, y = 0.60 - 2.80 = -2.20 -> Kuadran IV (WT)
  half_difference: x = -1.25, y = -1.10 -> Kuadran IV
  IE: W1 4 -> 1: 0.50; W2 3 -> 2: 0.60; W = 1.10; IFAS = 0.40 + 1.10 = 1.50 (weak)
      T1 4 -> 1: 0.70; EFAS = 0.60 + 0.70 = 1.30 (low) -> cell IX, harvest or divest.
  The old, wrong reading (IE ratings with x = S - W) would give x = 0.40 - 1.10 = -0.70 and
  y = 0.60 - 0.70 = -0.10: the serious weaknesses would pull the point toward strength.
"""

from __future__ import annotations

import pytest

from smartbimtek.rules import ifas
from smartbimtek.rules.ifas import Factor, convert_rating, evaluate, evaluate_both, evaluate_ie

A_DIAGRAM = [Factor("S", 0.30, 4), Factor("S", 0.20, 3), Factor("W", 0.30, 4),
             Factor("W", 0.20, 2), Factor("O", 0.40, 3), Factor("O", 0.20, 2),
             Factor("T", 0.40, 3)]
A_IE = [Factor("S", 0.30, 4), Factor("S", 0.20, 3), Factor("W", 0.30, 1),
        Factor("W", 0.20, 3), Factor("O", 0.40, 3), Factor("O", 0.20, 2), Factor("T", 0.40, 2)]
B_DIAGRAM = [Factor("S", 0.20, 2), Factor("W", 0.50, 4), Factor("W", 0.30, 3),
             Factor("O", 0.30, 2), Factor("T", 0.70, 4)]
B_IE = [Factor("S", 0.20, 2), Factor("W", 0.50, 1), Factor("W", 0.30, 2),
        Factor("O", 0.30, 2), Factor("T", 0.70, 1)]


@pytest.mark.parametrize("factors, stored", [(A_DIAGRAM, "diagram"), (A_IE, "ie_matrix")])
def test_example_a_in_both_conventions(factors, stored):
    diagram, ie = evaluate_both(factors, stored)
    assert (diagram.convention, ie.convention) == ("diagram", "ie_matrix")
    assert diagram.totals == pytest.approx({"S": 1.80, "W": 1.60, "O": 1.60, "T": 1.20})
    assert (diagram.x, diagram.y) == pytest.approx((0.20, 0.40))
    assert (diagram.quadrant, diagram.strategy_type) == ("I", "SO")
    assert ie.totals == pytest.approx({"S": 1.80, "W": 0.90, "O": 1.60, "T": 0.80})
    assert (ie.ifas_total, ie.efas_total) == pytest.approx((2.70, 2.40))
    assert (ie.cell, ie.strategy) == ("V", "hold_maintain")
    assert diagram.valid and ie.valid
    half = evaluate(factors, "half_difference", stored)
    assert (half.x, half.y, half.quadrant, half.variant) == pytest.approx(
        (0.10, 0.20, "I", "half_difference"))


@pytest.mark.parametrize("factors, stored", [(B_DIAGRAM, "diagram"), (B_IE, "ie_matrix")])
def test_example_b_serious_weaknesses_land_in_the_defensive_quadrant(factors, stored):
    diagram = evaluate(factors, convention=stored)
    assert (diagram.x, diagram.y) == pytest.approx((-2.50, -2.20))
    assert (diagram.quadrant, diagram.strategy_type, diagram.strategy) == (
        "IV", "WT", "defensive")
    half = evaluate(factors, "half_difference", stored)
    assert (half.x, half.y) == pytest.approx((-1.25, -1.10))
    ie = evaluate_ie(factors, stored)
    assert (ie.ifas_total, ie.efas_total, ie.cell, ie.strategy) == pytest.approx(
        (1.50, 1.30, "IX", "harvest_divest"))


def test_the_old_mixed_reading_is_not_what_the_diagram_gives():
    """IE ratings read as if they were magnitudes (the old code) give the hand-worked wrong
    point (-0.70, -0.10); named as ``ie_matrix`` they give the right one."""
    wrong = evaluate(B_IE)  # treated as diagram ratings: what the old code did
    assert (wrong.x, wrong.y) == pytest.approx((-0.70, -0.10))
    right = evaluate(B_IE, convention="ie_matrix")
    assert (right.x, right.y) == pytest.approx((-2.50, -2.20))


def test_rating_conversion_reverses_only_w_and_t():
    assert [convert_rating(q, 1, "diagram", "ie_matrix") for q in "SWOT"] == [1, 4, 1, 4]
    assert [convert_rating("W", r, "ie_matrix", "diagram") for r in (1, 2, 3, 4)] == [4, 3, 2, 1]
    assert convert_rating("T", None, "diagram", "ie_matrix") is None
    assert convert_rating("T", 3, "ie_matrix", "ie_matrix") == 3
    with pytest.raises(ValueError, match="unknown IFAS rating convention"):
        convert_rating("W", 2, "magnitude", "diagram")


@pytest.mark.parametrize("ifas_total, efas_total, cell", [
    (3.0, 3.0, "I"), (2.99, 3.5, "II"), (1.99, 4.0, "III"), (3.2, 2.0, "IV"), (2.5, 2.5, "V"),
    (1.0, 2.99, "VI"), (4.0, 1.99, "VII"), (2.0, 1.0, "VIII"), (1.5, 1.5, "IX")])
def test_ie_cells_by_hand(ifas_total, efas_total, cell):
    # Columns: IFAS strong 3.00-4.00, average 2.00-2.99, weak 1.00-1.99; rows: EFAS high,
    # medium, low with the same bounds; cells numbered left to right, top to bottom.
    assert ifas.ie_cell(ifas_total, efas_total) == cell


def test_every_convention_and_ie_strategy_has_an_indonesian_label():
    assert set(ifas.CONVENTION_LABEL_ID) == set(ifas.CONVENTIONS)
    assert set(ifas.IE_STRATEGY.values()) == set(ifas.IE_STRATEGY_LABEL_ID)
