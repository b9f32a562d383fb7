"""The demo workshop is realistic and consistent."""

from __future__ import annotations

import pytest

from smartbimtek.errors import ValidationError
from smartbimtek.rules.agenda import phase
from smartbimtek.services import agenda, plan
from smartbimtek.snapshot import take_snapshot


def test_demo_has_a_full_bimtek(demo_ws):
    snap = take_snapshot(demo_ws)
    assert snap.plan.region_name == "Kabupaten Sukamaju"
    assert len(snap.opds) >= 30
    assert len(snap.participants) >= 60
    assert len(snap.swot) >= 100
    assert len({s.opd_id for s in snap.swot}) >= 15
    assert {s.quadrant for s in snap.swot} == {"S", "W", "O", "T"}
    assert len(snap.programs) >= 40
    assert {p.dimension for p in snap.programs} == {
        "governance", "branding", "economy", "living", "society", "environment"}
    raters = {s.rater for s in snap.scores}
    assert len(raters) >= 5
    assert snap.quick_wins(), "the demo shows quick wins"
    assert demo_ws.integrity_report() == []


def test_demo_is_mid_day_two_with_a_running_timer(demo_ws):
    event = plan.current_event(demo_ws)
    assert event is not None and event.stage == "I"
    current = agenda.current_step(demo_ws, event.id)
    assert current is not None and current.day == 2 and current.kind == "programs"
    assert current.state == "running"
    assert phase(current, demo_ws.clock()) in ("ok", "warning")
    day1 = agenda.list_steps(demo_ws, event.id, 1)
    assert all(s.state == "done" and s.actual_start and s.actual_end for s in day1)


def test_demo_refuses_to_overwrite(demo_file):
    from smartbimtek.demo import create_demo

    with pytest.raises(ValidationError):
        create_demo(demo_file)


def test_demo_for_the_app_waits_paused_until_the_facilitator_resumes(tmp_path):
    """The app's demo starts no timer by itself: its current step waits, paused, with its
    full time left (issue 12)."""
    import datetime as dt

    from smartbimtek.demo import create_demo
    from smartbimtek.rules.agenda import remaining_seconds
    from smartbimtek.store import open_workshop

    moment = dt.datetime(2026, 6, 16, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    path = create_demo(tmp_path / "demo.bimtek", now=moment, paused=True)
    with open_workshop(path) as ws:
        event = plan.current_event(ws)
        current = agenda.current_step(ws, event.id)
        assert current.day == 2 and current.state == "paused"
        later = moment + dt.timedelta(days=3)  # opened days later: still the full time
        assert remaining_seconds(current, later) == current.minutes * 60
