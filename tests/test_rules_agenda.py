"""Agenda rules: planned times, and the runner state machine with an injected clock."""

from __future__ import annotations

import datetime as dt

import pytest
from clock_support import TZ, Clock

from smartbimtek.model import AgendaStep
from smartbimtek.rules import agenda as rules
from smartbimtek.rules.agenda import AgendaRunner, RunnerError


def _steps(*minutes: int, start: str = "08:00") -> list[AgendaStep]:
    return [AgendaStep(f"s{i}", "e", 1, i, start if i == 0 else "00:00", m, f"Step {i}")
            for i, m in enumerate(minutes)]


def _runner(*minutes: int, at=dt.datetime(2026, 6, 15, 9, 0, tzinfo=TZ)):
    clock = Clock(at)
    return AgendaRunner(_steps(*minutes), None, clock), clock


# -- planned times ------------------------------------------------------------------------
def test_parse_and_format_hhmm():
    assert rules.parse_hhmm("08:30") == 510
    assert rules.format_hhmm(510) == "08:30"
    assert rules.format_hhmm(24 * 60 + 15) == "00:15"  # wraps past midnight
    for bad in ("24:00", "8:60", "abc", "12"):
        with pytest.raises(ValueError):
            rules.parse_hhmm(bad)


def test_reflow_chains_planned_starts_and_reports_only_changes():
    steps = _steps(30, 15, 60)
    assert rules.reflow(steps) == {"s1": "08:30", "s2": "08:45"}
    steps[1].planned_start, steps[2].planned_start = "08:30", "08:45"
    assert rules.reflow(steps) == {}
    assert rules.reflow(steps, "13:00") == {"s0": "13:00", "s1": "13:30", "s2": "13:45"}
    assert rules.reflow([]) == {}


def test_planned_end_and_duration_text():
    step = _steps(90)[0]
    assert rules.planned_end(step) == "09:30"
    assert rules.duration_text(125) == "02:05"
    assert rules.duration_text(-61) == "-01:01"
    assert rules.duration_text(3725) == "62:05"  # hours folded into minutes


# -- runner -------------------------------------------------------------------------------
def test_the_timer_starts_when_the_step_starts():
    runner, clock = _runner(10, 20)
    assert rules.phase(runner.steps[0], clock()) == "idle"
    assert rules.remaining_seconds(runner.steps[0], clock()) == 600
    changed = runner.next()
    current = runner.current
    assert [s.id for s in changed] == ["s0"]
    assert current.state == "running" and current.actual_start == clock().isoformat(
        timespec="milliseconds")
    clock.advance(minutes=4)
    assert rules.elapsed_seconds(current, clock()) == 240
    assert rules.remaining_seconds(current, clock()) == 360


def test_next_ends_the_current_step_and_starts_the_following():
    runner, clock = _runner(10, 20)
    runner.next()
    clock.advance(minutes=12)
    changed = runner.next()
    first, second = runner.steps
    assert {s.id for s in changed} == {"s0", "s1"}
    assert first.state == "done" and first.actual_end == clock().isoformat(
        timespec="milliseconds")
    assert rules.elapsed_seconds(first, clock.advance(minutes=30)) == 720  # frozen once done
    assert second.state == "running" and runner.current_id == "s1"


def test_next_on_the_last_step_finishes_the_agenda():
    runner, clock = _runner(10)
    runner.next()
    clock.advance(minutes=5)
    runner.next()
    assert runner.current_id is None and runner.current is None
    assert runner.steps[0].state == "done"


def test_next_on_an_empty_agenda_is_refused():
    runner = AgendaRunner([], None, Clock(dt.datetime(2026, 1, 1, tzinfo=TZ)))
    with pytest.raises(RunnerError, match="empty"):
        runner.next()


def test_start_jumps_to_any_step():
    runner, clock = _runner(10, 20, 30)
    runner.start("s2")
    assert runner.current_id == "s2" and runner.steps[0].state == "pending"
    with pytest.raises(RunnerError):
        runner.start("nope")


def test_pause_and_resume_exclude_the_pause_from_the_timer():
    runner, clock = _runner(10)
    runner.next()
    clock.advance(minutes=3)
    runner.toggle_pause()
    assert runner.current.state == "paused"
    clock.advance(minutes=20)
    assert rules.elapsed_seconds(runner.current, clock()) == 180  # frozen while paused
    runner.toggle_pause()
    assert runner.current.state == "running" and runner.current.paused_seconds == 1200
    clock.advance(minutes=2)
    assert rules.elapsed_seconds(runner.current, clock()) == 300


def test_pause_across_midnight():
    runner, clock = _runner(30, at=dt.datetime(2026, 6, 15, 23, 50, tzinfo=TZ))
    runner.next()
    clock.advance(minutes=5)  # 23:55
    runner.toggle_pause()
    clock.advance(minutes=15)  # 00:10 the next day
    runner.toggle_pause()
    assert runner.current.paused_seconds == 900
    clock.advance(minutes=5)  # 00:15
    assert rules.elapsed_seconds(runner.current, clock()) == 600
    assert rules.remaining_seconds(runner.current, clock()) == 1200


def test_a_step_extended_twice():
    runner, clock = _runner(10)
    runner.next()
    runner.extend(1)
    runner.extend(5)
    assert runner.current.extra_seconds == 360
    assert rules.total_seconds(runner.current) == 960
    clock.advance(minutes=10)
    assert rules.remaining_seconds(runner.current, clock()) == 360
    runner.extend(-2)
    assert runner.current.extra_seconds == 240


def test_taking_time_back_never_goes_below_zero_duration():
    runner, clock = _runner(10)
    runner.next()
    runner.extend(-100)
    assert runner.current.extra_seconds == -600
    assert rules.total_seconds(runner.current) == 0


def test_overrun_phase_and_seconds():
    runner, clock = _runner(10)
    runner.next()
    clock.advance(minutes=12)
    step = runner.current
    assert rules.phase(step, clock()) == "overrun"
    assert rules.overrun_seconds(step, clock()) == 120
    assert rules.duration_text(rules.remaining_seconds(step, clock())) == "-02:00"


def test_phases_while_time_runs_out():
    runner, clock = _runner(20)
    runner.next()
    step = runner.current
    start = clock()
    assert rules.phase(step, start + dt.timedelta(minutes=5)) == "ok"
    assert rules.phase(step, start + dt.timedelta(minutes=17)) == "warning"  # 20% left
    assert rules.phase(step, start + dt.timedelta(minutes=19, seconds=30)) == "ending"
    assert rules.overrun_seconds(step, start + dt.timedelta(minutes=19)) == 0
    runner.next()
    assert rules.phase(runner.steps[0], clock()) == "done"


def test_previous_pauses_the_current_and_resumes_the_previous():
    runner, clock = _runner(10, 20)
    runner.next()
    clock.advance(minutes=10)
    runner.next()  # s0 ends at 9:10, s1 starts
    clock.advance(minutes=2)
    runner.previous()
    first, second = runner.steps
    assert runner.current_id == "s0"
    assert second.state == "paused"
    assert first.state == "running" and first.actual_end is None
    assert first.paused_seconds == 120  # the time spent on s1 does not count for s0
    clock.advance(minutes=1)
    assert rules.elapsed_seconds(first, clock()) == 660
    runner.next()  # back to s1: it resumes where it paused
    assert runner.steps[1].state == "running"
    assert rules.elapsed_seconds(runner.steps[1], clock()) == 120


def test_previous_on_the_first_step_or_without_a_current_step_is_refused():
    runner, clock = _runner(10, 20)
    with pytest.raises(RunnerError):
        runner.previous()
    runner.next()
    with pytest.raises(RunnerError, match="previous"):
        runner.previous()


def test_pause_and_extend_need_a_current_step():
    runner, _clock = _runner(10)
    with pytest.raises(RunnerError):
        runner.toggle_pause()
    with pytest.raises(RunnerError):
        runner.extend(1)


def test_a_paused_step_that_is_left_ends_when_it_was_paused():
    runner, clock = _runner(10, 10)
    runner.next()
    clock.advance(minutes=4)
    runner.toggle_pause()
    paused_at = runner.current.paused_at
    clock.advance(minutes=30)
    runner.next()
    assert runner.steps[0].state == "done" and runner.steps[0].actual_end == paused_at
    assert rules.elapsed_seconds(runner.steps[0], clock()) == 240


def test_commands_return_new_objects_and_leave_the_inputs_alone():
    steps = _steps(10, 10)
    runner = AgendaRunner(steps, None, Clock(dt.datetime(2026, 6, 15, 9, tzinfo=TZ)))
    runner.next()
    assert steps[0].state == "pending" and runner.steps[0].state == "running"


def _two_day_runner():
    steps = [AgendaStep("a0", "e", 1, 0, "08:00", 30, "Day 1 first"),
             AgendaStep("a1", "e", 1, 1, "08:30", 30, "Day 1 last"),
             AgendaStep("b0", "e", 2, 0, "08:00", 30, "Day 2 first")]
    clock = Clock(dt.datetime(2026, 6, 15, 8, 0, tzinfo=TZ))
    return AgendaRunner(steps, None, clock), clock


def test_next_at_the_last_step_of_a_day_ends_the_day_without_starting_tomorrow():
    runner, clock = _two_day_runner()
    runner.next()
    clock.advance(minutes=30)
    runner.next()
    clock.advance(minutes=35)
    changed = runner.next()  # end of day one
    assert runner.current_id is None
    assert [s.id for s in changed] == ["a1"]
    assert runner.steps[1].state == "done" and runner.steps[1].actual_end.startswith(
        "2026-06-15T09:05")
    assert runner.steps[2].state == "pending" and runner.steps[2].actual_start is None
    clock.moment = dt.datetime(2026, 6, 16, 8, 2, tzinfo=TZ)  # the next morning
    runner.next()
    assert runner.current_id == "b0"
    assert runner.steps[2].actual_start.startswith("2026-06-16T08:02")


def test_stop_ends_the_current_step_and_next_resumes_with_the_first_pending():
    runner, clock = _two_day_runner()
    runner.next()
    clock.advance(minutes=10)
    runner.stop()
    assert runner.current_id is None and runner.steps[0].state == "done"
    runner.next()
    assert runner.current_id == "a1"
    with pytest.raises(RunnerError):
        AgendaRunner(runner.steps, None, clock).stop()


def test_next_when_everything_ran_is_refused():
    runner, clock = _two_day_runner()
    runner.next()  # a0
    runner.next()  # a1
    runner.next()  # end of day one
    runner.next()  # b0
    runner.next()  # end of day two (the last step)
    assert runner.current_id is None
    assert all(s.state == "done" for s in runner.steps)
    with pytest.raises(RunnerError):
        runner.next()


# -- expected end (follows the actual start, pauses and extensions) -------------------------
def test_expected_end_follows_actual_start_pauses_and_extensions():
    runner, clock = _runner(30, 20, at=dt.datetime(2026, 6, 15, 12, 7, tzinfo=TZ))
    first = runner.steps[0]
    assert rules.expected_end(first, clock()) is None  # not started: the plan applies
    assert rules.expected_end_text(first, clock()) == "08:30"
    runner.next()  # starts at 12:07, not at the planned 08:00
    step = runner.current
    assert rules.expected_end_text(step, clock()) == "12:37"
    clock.advance(minutes=10)
    assert rules.expected_end_text(runner.current, clock()) == "12:37"
    runner.extend(5)  # +5 minutes
    assert rules.expected_end_text(runner.current, clock()) == "12:42"
    runner.toggle_pause()
    clock.advance(minutes=15)  # a 15-minute pause moves the end on
    assert rules.expected_end_text(runner.current, clock()) == "12:57"
    runner.toggle_pause()
    assert rules.expected_end_text(runner.current, clock()) == "12:57"
    clock.advance(minutes=45)  # overrun: the step is due now
    assert rules.expected_end(runner.current, clock()) == clock()
    runner.next()
    done = runner.steps[0]
    assert done.state == "done"
    assert rules.expected_end(done, clock()) == clock()
    clock.advance(minutes=3)
    assert rules.expected_end_text(done, clock()) == "13:17"  # when it really ended


def test_expected_end_is_shown_in_the_clock_time_zone():
    runner, clock = _runner(30, at=dt.datetime(2026, 6, 15, 23, 50, tzinfo=TZ))
    runner.next()
    assert rules.expected_end_text(runner.current, clock()) == "00:20"  # past midnight
    utc_now = clock().astimezone(dt.UTC)
    assert rules.expected_end_text(runner.current, utc_now) == "17:20"
