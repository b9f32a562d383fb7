"""The stage decides which exercises lead (rules/stages.py)."""

import pytest

from smartbimtek.rules.stages import EXERCISES, exercises_for, leading_exercises


def test_each_stage_leads_with_its_own_exercises():
    assert exercises_for("I")[:4] == ["readiness", "gap", "swot", "keywords"]
    assert exercises_for("II")[0] == "programs"
    assert exercises_for("III")[:3] == ["strategies", "roadmap", "quickwins"]
    assert exercises_for("IV")[0] == "review" and "commitment" in leading_exercises("IV")


@pytest.mark.parametrize("stage", ["I", "II", "III", "IV"])
def test_every_exercise_stays_reachable_once(stage):
    keys = exercises_for(stage)
    assert sorted(keys) == sorted(EXERCISES) and len(set(keys)) == len(keys)


def test_unknown_stage_is_refused():
    with pytest.raises(ValueError):
        exercises_for("V")
