"""The Bimtek I demo's follow-ups are due a number of days after the event's last day (not on
fixed dates), and their texts name that computed date: a demo dated months earlier (the stage
demos) or later still has its follow-ups after its own event and before the next bimtek."""

from __future__ import annotations

import datetime as dt
import re

from smartbimtek import reference
from smartbimtek.demo import create_demo
from smartbimtek.exports.common import date_id
from smartbimtek.services import agenda, plan
from smartbimtek.store import open_workshop


def test_content_has_no_fixed_due_dates():
    notes = reference.demo_content()["notes"]
    followups = [n for n in notes if n["kind"] == "followup"]
    assert followups and all("due_date" not in n and n["due_days"] > 0 for n in followups)
    assert not any(re.search(r"\b20\d\d-\d\d-\d\d\b|\b\d{1,2} Desember 20\d\d", n["text"])
                   for n in notes)


def test_follow_ups_fall_after_the_events_own_last_day(tmp_path):
    now = dt.datetime(2027, 3, 10, 9, 30).astimezone()
    path = tmp_path / "demo.bimtek"
    create_demo(path, now=now)
    with open_workshop(path) as ws:
        event = plan.current_event(ws)
        last_day = plan.event_dates(event)[-1]
        notes = agenda.list_notes(ws, event.id)
    followups = [n for n in notes if n.kind == "followup"]
    assert len(followups) == 2
    for note in followups:
        due = dt.date.fromisoformat(note.due_date)
        assert last_day < due <= last_day + dt.timedelta(days=21)
    texts = " ".join(n.text for n in notes)
    assert "2026" not in texts and "{" not in texts
    dated = [n for n in followups if "paling lambat" in n.text]
    assert dated and all(date_id(n.due_date) in n.text for n in dated)


def test_stage_demo_bimtek_one_follow_ups_come_before_bimtek_two(tmp_path):
    from smartbimtek.cli import main

    path = tmp_path / "demo-ii.bimtek"
    assert main(["demo", str(path), "--stage", "II"]) == 0
    with open_workshop(path) as ws:
        events = {e.stage: e for e in plan.list_events(ws)}
        notes = agenda.list_notes(ws, events["I"].id)
    last_day = plan.event_dates(events["I"])[-1]
    followups = [n for n in notes if n.kind == "followup" and n.due_date]
    assert followups
    for note in followups:
        due = dt.date.fromisoformat(note.due_date)
        assert last_day < due < dt.date.fromisoformat(events["II"].start_date)
