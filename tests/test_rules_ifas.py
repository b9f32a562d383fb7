"""IFAS/EFAS rules: totals, weight validation, diagram position, quadrant and strategy."""

from __future__ import annotations

import pytest

from smartbimtek.rules import ifas
from smartbimtek.rules.ifas import Factor, evaluate, position, quadrant_of


def _rangkuti() -> list[Factor]:
    return [Factor("S", 0.3, 4), Factor("S", 0.2, 3), Factor("W", 0.3, 2), Factor("W", 0.2, 1),
            Factor("O", 0.5, 3), Factor("O", 0.2, 4), Factor("T", 0.3, 2)]


def test_totals_position_and_quadrant_of_a_complete_sheet():
    result = evaluate(_rangkuti())
    assert result.totals == {"S": 1.8, "W": 0.8, "O": 2.3, "T": 0.6}
    assert result.weight_sums == {"internal": 1.0, "external": 1.0}
    assert (result.x, result.y) == (1.0, 1.7)
    assert (result.quadrant, result.strategy_type, result.strategy) == ("I", "SO", "aggressive")
    assert result.valid and result.problems == ()
    assert (result.scored, result.unscored) == (7, 0)


def test_score_is_weight_times_rating_and_zero_when_incomplete():
    assert Factor("S", 0.25, 4).score == 1.0
    assert Factor("S", None, 4).score == 0.0
    assert Factor("S", 0.25, None).score == 0.0


def test_weights_not_summing_to_one_are_named_per_table():
    factors = [Factor("S", 0.5, 4), Factor("W", 0.4, 2), Factor("O", 0.6, 3), Factor("T", 0.6, 1)]
    result = evaluate(factors)
    assert not result.valid
    assert "weights of the internal (S+W) table sum to 0.90, not 1.00" in result.problems
    assert "weights of the external (O+T) table sum to 1.20, not 1.00" in result.problems


def test_weights_within_the_rounding_tolerance_are_accepted():
    factors = [Factor("S", 0.333, 3), Factor("S", 0.333, 3), Factor("W", 0.333, 2),
               Factor("O", 0.5, 2), Factor("T", 0.5, 2)]
    assert evaluate(factors).valid  # 0.999 counts as 1.00


def test_unscored_factors_are_counted_and_reported_not_summed():
    factors = _rangkuti() + [Factor("W", None, None), Factor("T", 0.1, None)]
    result = evaluate(factors)
    assert (result.scored, result.unscored) == (7, 2)
    assert result.totals["W"] == 0.8
    assert "2 factor(s) have no weight or rating yet" in result.problems


def test_no_factors_at_all():
    result = evaluate([])
    assert result.totals == {"S": 0.0, "W": 0.0, "O": 0.0, "T": 0.0}
    assert (result.x, result.y, result.quadrant) == (0.0, 0.0, "I")  # axes count as positive
    assert not result.valid


@pytest.mark.parametrize("totals, quadrant, strategy", [
    ({"S": 2.0, "W": 1.0, "O": 1.0, "T": 2.0}, "II", "ST"),
    ({"S": 1.0, "W": 2.0, "O": 2.0, "T": 1.0}, "III", "WO"),
    ({"S": 1.0, "W": 2.0, "O": 1.0, "T": 2.0}, "IV", "WT"),
])
def test_each_quadrant_and_its_strategy(totals, quadrant, strategy):
    x, y = position(totals)
    assert quadrant_of(x, y) == quadrant
    assert ifas.QUADRANT_STRATEGY[quadrant][0] == strategy


def test_points_on_an_axis_count_as_the_positive_side():
    assert quadrant_of(0, 0) == "I"
    assert quadrant_of(0, -1) == "II"
    assert quadrant_of(-1, 0) == "III"


def test_half_difference_variant_halves_the_position():
    result = evaluate(_rangkuti(), "half_difference")
    assert (result.x, result.y) == (0.5, 0.85)
    assert result.quadrant == "I"


def test_unknown_variant_is_refused():
    with pytest.raises(ValueError, match="unknown IFAS variant"):
        position({"S": 0, "W": 0, "O": 0, "T": 0}, "sideways")


def test_every_strategy_has_an_indonesian_label():
    for _type, strategy in ifas.QUADRANT_STRATEGY.values():
        assert ifas.STRATEGY_LABEL_ID[strategy]
