"""The stage demo's Bimtek II: each dimension group records a few SWOT items of its member
OPDs (sent by the group, at that event), so the group SWOT board shows four filled quadrants."""

from __future__ import annotations

from smartbimtek.cli import main
from smartbimtek.services import groups, plan, swot
from smartbimtek.store import open_workshop


def test_each_bimtek_two_dimension_group_fills_its_swot(tmp_path):
    path = tmp_path / "demo-ii.bimtek"
    assert main(["demo", str(path), "--stage", "II"]) == 0
    with open_workshop(path) as ws:
        event = next(e for e in plan.list_events(ws) if e.stage == "II")
        made = groups.list_groups(ws, event.id, kind="dimension")
        assert len(made) == 6
        for group in made:
            items = swot.list_items(ws, group_id=group.id)
            assert {i.quadrant for i in items} == {"S", "W", "O", "T"}, group.name
            assert all(i.opd_id in group.opd_ids for i in items), group.name
            assert all(i.dimension == group.dimension and i.event_id == event.id
                       for i in items), group.name
            assert len({i.text for i in items}) == len(items) >= 4
        first = groups.shared_groups(ws, event.id)[0]
        assert swot.list_items(ws, group_id=first.id)
