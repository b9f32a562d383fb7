"""The laporan data of the stage demo's Bimtek II-IV events (``demo_events``): the legal
basis, team and narasumber from the start, conclusions and follow-ups only once a bimtek has
ended, and texts that say what the demo's exercises really left in the file."""

from __future__ import annotations

import datetime as dt

import pytest

from smartbimtek import reference
from smartbimtek.demo import create_demo
from smartbimtek.services import agenda, plan, programs, roadmap
from smartbimtek.store import open_workshop

NOW = dt.datetime(2026, 11, 29, 10, 30)


@pytest.fixture(scope="module")
def demos(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo_events")
    return {name: create_demo(folder / f"{name}.bimtek", stage=stage, running=running, now=NOW)
            for name, stage, running in (("II", "II", False), ("IV", "IV", False),
                                         ("III-running", "III", True))}


def _events(ws):
    return {e.stage: e for e in plan.list_events(ws)}


def test_every_event_has_the_nota_kesepakatan_its_letter_team_and_narasumber(demos):
    with open_workshop(demos["IV"]) as ws:
        events = _events(ws)
    first = events["I"]
    for stage in ("II", "III", "IV"):
        event = events[stage]
        assert event.agreement_number == first.agreement_number
        assert event.legal_basis.startswith(first.legal_basis)
        letter = event.legal_basis.splitlines()[-1]
        assert f"Bimbingan Teknis {stage} " in letter
        assert letter.split(" perihal")[0].endswith(f"/{event.start_date[:4]}")
        assert event.facilitator_institution
        assert len(event.speakers) >= 2
        assert all(s.name and s.institution and s.topic for s in event.speakers)


def test_a_running_bimtek_has_its_team_but_no_conclusions_yet(demos):
    with open_workshop(demos["III-running"]) as ws:
        events = _events(ws)
        running = events["III"]
        notes = {stage: [n.kind for n in agenda.list_notes(ws, e.id)]
                 for stage, e in events.items()}
    assert running.agreement_number and running.facilitator_institution and running.speakers
    assert running.conclusions == "" and running.recommendations == ""
    assert "followup" not in notes["III"] and "decision" not in notes["III"]
    assert events["II"].conclusions and notes["II"].count("followup") >= 3


def test_followups_are_due_after_the_event_and_before_the_next_one(demos):
    with open_workshop(demos["IV"]) as ws:
        events = _events(ws)
        notes = {s: agenda.list_notes(ws, e.id) for s, e in events.items()}
    for stage, after in (("II", "III"), ("III", "IV"), ("IV", None)):
        event = events[stage]
        days = plan.event_dates(event)
        followups = [n for n in notes[stage] if n.kind == "followup"]
        assert len(followups) >= 3 and all(n.owner and n.step_id for n in followups)
        for note in followups:
            due = dt.date.fromisoformat(note.due_date)
            assert due > days[-1]
            if after:
                assert due < dt.date.fromisoformat(events[after].start_date)
        for note in notes[stage]:  # written during the bimtek's own days
            assert dt.datetime.fromisoformat(note.created_at).date() in days


def test_stage_two_conclusions_name_the_coverage_boards_empty_cells(demos):
    with open_workshop(demos["II"]) as ws:
        conclusions = _events(ws)["II"].conclusions
        coverage = roadmap.coverage(ws)
        long = programs.list_programs(ws, horizon="long")
    cells = [(e, counts) for dim in coverage.values() for e, counts in dim.items() if e]
    empty_ten = sum(1 for _e, counts in cells if not counts["10"])
    assert f"kolom 10 tahun kosong pada {empty_ten} dari {len(cells)} elemen" in conclusions
    labels = {e["id"]: reference.label(e, "id") for d in reference.dimension_ids()
              for e in reference.dimension(d)["elements"]}
    for horizon, phrase in (("5", "Program 5 tahun belum ada untuk elemen"),
                            ("1", "belum memiliki program 1 tahun")):
        empty = [labels[e] for e, counts in cells if not counts[horizon]]
        assert empty and phrase in conclusions
        assert all(label in conclusions for label in empty), (horizon, empty)
    unmapped = {p.dimension for p in long if not p.element}
    assert unmapped == {"governance", "living", "society"}
    for dimension in unmapped:
        assert reference.label(reference.dimension(dimension), "id") in conclusions


def test_stage_three_conclusions_match_the_road_map_and_quick_wins(demos):
    with open_workshop(demos["II"]) as ws:
        start = plan.get_plan(ws).period_start
        first_year = {p.title for p in programs.list_programs(ws, horizon="long")
                      if p.start_year == start}
    with open_workshop(demos["IV"]) as ws:
        conclusions = _events(ws)["III"].conclusions
        quick_wins = [p.title for p in programs.list_programs(ws) if p.quick_win]
        moved = [p for p in programs.list_programs(ws, horizon="long")
                 if p.title in first_year and p.start_year == start + 2]
        conflicts = roadmap.conflicts(ws)
    assert len(quick_wins) == len(reference.dimension_ids())
    assert all(title in conclusions for title in quick_wins)
    assert len(moved) == 3 and "Tiga program jangka panjang" in conclusions
    assert all(p.title in conclusions for p in moved) and "mulai tahun ketiga" in conclusions
    assert not conflicts and "tidak ada lagi tahun yang melampaui pagu" in conclusions
