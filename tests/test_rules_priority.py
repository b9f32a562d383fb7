"""Priority matrix rules: mean and spread, quadrants with ties on the split, ranking."""

from __future__ import annotations

import pytest

from smartbimtek.rules import priority
from smartbimtek.rules.priority import (
    FILL_IN,
    MAJOR_PROJECT,
    QUICK_WIN,
    THANKLESS,
    classify,
    prioritise,
    quick_win_candidates,
    split_of,
    stat,
)


def _scores(pid, impact, effort):
    return ([{"program_id": pid, "criterion": "impact", "value": v} for v in impact]
            + [{"program_id": pid, "criterion": "effort", "value": v} for v in effort])


def test_stat_without_scores():
    s = stat([])
    assert (s.n, s.mean, s.stdev, s.minimum, s.maximum, s.spread) == (0, None, None, None,
                                                                     None, None)


def test_stat_of_one_rater_has_no_spread():
    s = stat([4])
    assert (s.n, s.mean, s.stdev, s.spread) == (1, 4.0, 0.0, 0)


def test_stat_mean_standard_deviation_and_range():
    s = stat([1, 3, 5, 5])
    assert s.mean == 3.5
    assert s.stdev == pytest.approx(1.6583, abs=1e-4)
    assert (s.minimum, s.maximum, s.spread) == (1, 5, 4)


def test_split_is_the_scale_midpoint_unless_configured():
    assert split_of() == 3.0
    assert split_of(1, 10) == 5.5
    assert split_of(1, 5, 2.5) == 2.5


@pytest.mark.parametrize("impact, effort, quadrant", [
    (4, 2, QUICK_WIN), (4, 4, MAJOR_PROJECT), (2, 2, FILL_IN), (2, 4, THANKLESS),
    # Documented tie rule: a value exactly on the split counts as HIGH on both axes.
    (3, 3, MAJOR_PROJECT), (3, 2.99, QUICK_WIN), (2.99, 3, THANKLESS), (2.99, 2.99, FILL_IN),
    (5, 1, QUICK_WIN), (1, 5, THANKLESS),
])
def test_classify_with_ties_on_the_midpoint(impact, effort, quadrant):
    assert classify(impact, effort, 3.0) == quadrant


def test_classify_unknown_coordinates():
    assert classify(None, 2) is None
    assert classify(4, None) is None


def test_configured_split_moves_the_boundary():
    assert classify(2.5, 2.4, 2.5) == QUICK_WIN
    assert classify(2.5, 2.4, 3.0) == FILL_IN


def test_program_without_scores_is_kept_unclassified_and_ranked_last():
    programs = [{"id": "a", "dimension": "governance", "title": "A"},
                {"id": "b", "dimension": "economy", "title": "B"}]
    result = prioritise(programs, _scores("b", [2], [4]), {}, {})
    by_id = {p.program_id: p for p in result}
    assert by_id["a"].quadrant is None
    assert by_id["a"].stats["impact"].n == 0 and by_id["a"].impact is None
    assert [p.program_id for p in result] == ["b", "a"]
    assert [p.rank for p in result] == [1, 2]


def test_one_rater_gives_that_raters_position():
    result = prioritise([{"id": "a", "dimension": "living", "title": "A"}],
                        _scores("a", [5], [1]), {}, {})
    assert (result[0].impact, result[0].effort, result[0].quadrant) == (5.0, 1.0, QUICK_WIN)
    assert result[0].stats["impact"].spread == 0


def test_mean_of_several_raters_and_extra_criteria_are_kept():
    scores = _scores("a", [4, 5, 3], [2, 1, 3]) + [
        {"program_id": "a", "criterion": "benefit", "value": 5}]
    [item] = prioritise([{"id": "a", "dimension": "living", "title": "A"}], scores, {}, {})
    assert (item.impact, item.effort) == (4.0, 2.0)
    assert item.stats["impact"].spread == 2
    assert item.stats["benefit"].mean == 5.0


def test_facilitator_placement_overrides_the_mean():
    [item] = prioritise([{"id": "a", "dimension": "living", "title": "A"}],
                        _scores("a", [2, 2], [5, 5]), {"a": (4.5, 1.5)}, {})
    assert item.placed and (item.impact, item.effort) == (4.5, 1.5)
    assert item.quadrant == QUICK_WIN
    assert item.stats["impact"].mean == 2.0  # the raters' view stays visible


def test_ranking_by_quadrant_then_gap_then_votes_then_title():
    programs = [{"id": p, "dimension": "governance", "title": t} for p, t in
                [("major", "M"), ("qw_small", "Z"), ("qw_big", "Y"), ("tie_b", "B"),
                 ("tie_a", "A"), ("fill", "F"), ("thank", "T")]]
    scores = (_scores("major", [5], [5]) + _scores("qw_small", [4], [2])
              + _scores("qw_big", [5], [1]) + _scores("tie_b", [4], [2])
              + _scores("tie_a", [4], [2]) + _scores("fill", [1], [1])
              + _scores("thank", [1], [5]))
    votes = {"tie_b": 3, "tie_a": 3, "qw_small": 1}
    order = [p.program_id for p in prioritise(programs, scores, {}, votes)]
    assert order == ["qw_big", "tie_a", "tie_b", "qw_small", "major", "fill", "thank"]


def test_quick_win_candidates_grouped_per_dimension_in_rank_order():
    programs = [{"id": "g1", "dimension": "governance", "title": "G1"},
                {"id": "g2", "dimension": "governance", "title": "G2"},
                {"id": "e1", "dimension": "economy", "title": "E1"},
                {"id": "x", "dimension": "economy", "title": "X"}]
    scores = (_scores("g1", [4], [2]) + _scores("g2", [5], [1]) + _scores("e1", [4], [1])
              + _scores("x", [2], [4]))
    grouped = quick_win_candidates(prioritise(programs, scores, {}, {}))
    assert {d: [p.program_id for p in items] for d, items in grouped.items()} == {
        "governance": ["g2", "g1"], "economy": ["e1"]}


def test_every_quadrant_has_labels():
    for key in priority.MATRIX_QUADRANTS:
        assert priority.QUADRANT_LABEL_ID[key] and priority.QUADRANT_LABEL_EN[key]


@pytest.mark.parametrize("values", [[1], [3, 3, 3], [1, 3, 5, 5], [2, 5, 1, 4, 4, 3, 5],
                                    list(range(1, 6)) * 40])
def test_stat_from_sums_equals_the_stat_of_the_values(values):
    mean = sum(values) / len(values)
    stdev = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5
    s = priority.stat_from_sums(len(values), sum(values), sum(v * v for v in values),
                                min(values), max(values))
    assert s == stat(values)
    assert (s.mean, s.stdev) == (round(mean, 4), round(stdev, 4))
    assert priority.stat_from_sums(0, 0, 0, None, None) == stat([])
