"""A road map bar carries its budget lines and yearly targets (issue 10): a move shifts
them, a stretch or shrink folds the lines that fall outside into the nearest year inside,
and ``restore`` (the undo) puts back exactly what was there."""

from __future__ import annotations

import json
import random

import pytest

from smartbimtek.services import budget, plan, programs, roadmap, roster
from smartbimtek.services.roadmap import BarPlan, carried, carry_year
from smartbimtek.store import open_workshop


@pytest.fixture
def ws(tmp_path):
    with open_workshop(tmp_path / "w.bimtek", create=True) as workshop:
        plan.add_event(workshop, "III")
        plan.update_plan(workshop, period_start=2026, period_end=2035)
        roster.add_opd(workshop, "DISKOMINFO", "Dinas Komunikasi dan Informatika")
        yield workshop


def _program(ws, start=2026, end=2028):
    opd = ws.query_one("SELECT id FROM opds WHERE code='DISKOMINFO'")[0]
    return programs.add_program(ws, opd, "Satu Data", "governance", start_year=start,
                                end_year=end).id


@pytest.mark.parametrize(("year", "old", "new", "expected"), [
    (2026, (2026, 2028), (2027, 2029), 2027),  # a move shifts every line
    (2028, (2026, 2028), (2027, 2029), 2029),
    (2031, (2026, 2028), (2024, 2026), 2029),  # even a line outside the bar
    (2027, (2026, 2028), (2026, 2030), 2027),  # a stretch keeps the lines
    (2030, (2026, 2030), (2026, 2028), 2028),  # a shrink folds into the nearest year
    (2026, (2026, 2030), (2028, 2030), 2028),
    (2029, (2026, 2030), (2027, 2028), 2028),
])
def test_carry_year(year, old, new, expected):
    assert carry_year(year, old, new) == expected


def test_carried_sums_per_source_and_keeps_the_final_target():
    bar = BarPlan("p", 2026, 2030,
                  ((2026, "APBD", 10), (2029, "APBD", 20), (2030, "APBD", 30),
                   (2030, "APBN", 5)),
                  ((2028, "40%"), (2029, "45%"), (2030, "50%")))
    budgets, targets = carried(bar, 2026, 2028)
    assert budgets == {(2026, "APBD"): 10, (2028, "APBD"): 50, (2028, "APBN"): 5}
    assert targets == {2028: "50%"}  # the program's final target stays its final target
    budgets, targets = carried(bar, 2028, 2030)  # start dragged later
    assert budgets == {(2028, "APBD"): 10, (2029, "APBD"): 20, (2030, "APBD"): 30,
                       (2030, "APBN"): 5}
    assert targets == {2028: "40%", 2029: "45%", 2030: "50%"}


def test_a_move_shifts_the_budget_per_year_and_the_conflicts(ws):
    pid = _program(ws)
    for year, amount in ((2026, 400), (2027, 500), (2028, 600)):
        budget.set_budget(ws, pid, year, "APBD", amount * 1_000_000)
    budget.set_program_targets(ws, pid, {2026: "10%", 2028: "30%"})
    roadmap.set_limits(ws, budget_ceiling_per_year=550_000_000)
    assert [c.year for c in roadmap.conflicts(ws) if c.kind == "budget"] == [2028]
    before = roadmap.bar_plan(ws, pid)
    moved = roadmap.move(ws, pid, 2027, 2029)
    assert (moved.start_year, moved.end_year) == (2027, 2029)
    assert roadmap.budget_per_year(ws) == {2027: 400e6, 2028: 500e6, 2029: 600e6}
    assert [c.year for c in roadmap.conflicts(ws) if c.kind == "budget"] == [2029]
    assert budget.get_program_plan(ws, pid).targets == {2027: "10%", 2029: "30%"}
    row = ws.query_one("SELECT detail FROM audit WHERE action='move' AND "
                       "entity='program_budget'")
    assert json.loads(row[0])["budgets"][0] == [list(line) for line in before.budgets]
    restored = roadmap.restore(ws, before)
    assert (restored.start_year, restored.end_year) == (2026, 2028)
    assert roadmap.bar_plan(ws, pid) == before
    assert [c.year for c in roadmap.conflicts(ws) if c.kind == "budget"] == [2028]


def test_a_shrink_keeps_the_total_and_restore_brings_the_lines_back(ws):
    pid = _program(ws, 2026, 2030)
    for year in range(2026, 2031):
        budget.set_budget(ws, pid, year, "APBD", 100)
    budget.set_budget(ws, pid, 2030, "APBN/DAK", 7)
    before = roadmap.bar_plan(ws, pid)
    roadmap.move(ws, pid, 2026, 2027)
    after = roadmap.bar_plan(ws, pid)
    assert after.budgets == ((2026, "APBD", 100), (2027, "APBD", 400), (2027, "APBN/DAK", 7))
    roadmap.restore(ws, before)
    assert roadmap.bar_plan(ws, pid) == before


def test_a_bar_without_lines_moves_as_before(ws):
    pid = _program(ws)
    roadmap.move(ws, pid, 2030)
    assert roadmap.bar_plan(ws, pid) == BarPlan(pid, 2030, 2032, (), ())
    assert ws.query_one("SELECT count(*) FROM audit WHERE entity='program_budget'")[0] == 0


def test_random_moves_round_trip_through_restore(ws):
    """Table of random moves and stretches (seeded): every ``restore`` of the plan taken
    before a move gives back exactly that plan, and a move never changes a source's total."""
    rng = random.Random(10)
    pid = _program(ws)
    for year in range(2026, 2029):
        budget.set_budget(ws, pid, year, "APBD", rng.randint(0, 9) * 100)
        budget.set_budget(ws, pid, year, "CSR", rng.randint(0, 9) * 10)
    budget.set_program_targets(ws, pid, {2026: "a", 2027: "b", 2028: "c"})
    for _ in range(40):
        before = roadmap.bar_plan(ws, pid)
        start = rng.randint(2026, 2035)
        end = rng.randint(start, 2035) if rng.random() < 0.5 else None
        roadmap.move(ws, pid, start, end)
        after = roadmap.bar_plan(ws, pid)
        for source in ("APBD", "CSR"):
            assert sum(a for _y, s, a in after.budgets if s == source) == \
                sum(a for _y, s, a in before.budgets if s == source)
        if rng.random() < 0.5:
            roadmap.restore(ws, before)
            assert roadmap.bar_plan(ws, pid) == before
