"""The stage demos carry documentation photos (issue 11): a few drawn pictures per bimtek,
stored through the photos service (clean JPEGs), with Indonesian captions, on the event, the
step they were taken in and, for a table's flip chart, its OPD or group."""

from __future__ import annotations

import io

from PIL import Image
from test_demo_stages import stage_four

from smartbimtek.cli import main
from smartbimtek.services import agenda, groups, photos, plan
from smartbimtek.store import open_workshop

__all__ = ["stage_four"]  # the stage demo's fixture, shared with test_demo_stages


def test_every_bimtek_of_the_stage_demo_has_its_photos(stage_four):
    with open_workshop(stage_four) as ws:
        events = plan.list_events(ws)
        assert [e.stage for e in events] == ["I", "II", "III", "IV"]
        for event in events:
            shown = photos.list_photos(ws, event.id)
            assert len(shown) >= 3, event.stage
            steps = {s.id: s for s in agenda.list_steps(ws, event.id)}
            for photo in shown:
                assert photo.caption and photo.step_id in steps
                step = steps[photo.step_id]
                # taken while its step ran, by the demo's clock
                assert step.actual_start <= photo.created_at <= step.actual_end
                assert photo.taken_at and photo.taken_at[:10] == step.actual_start[:10]
                image = Image.open(io.BytesIO(photos.photo_jpeg(ws, photo.id)))
                assert image.format == "JPEG" and image.size == (1600, 1200)
                assert (photo.width, photo.height) == (1600, 1200)
                assert 20_000 < photo.size < 400_000
        captions = [p.caption for p in photos.list_photos(ws)]
        assert any("SWOT" in c and "DISKOMINFO" in c for c in captions)
        assert any(c.startswith("Penandatanganan komitmen bersama") for c in captions)
        first = photos.list_photos(ws, events[0].id)
        assert any(p.opd_id for p in first)  # an OPD table's flip chart


def test_flip_charts_of_dimension_groups_are_on_their_group(stage_four):
    with open_workshop(stage_four) as ws:
        second = plan.list_events(ws)[1]
        by_id = {g.id: g for g in groups.list_groups(ws, second.id, kind="dimension")}
        flip = [p for p in photos.list_photos(ws, second.id) if "Flip chart" in p.caption]
        assert flip and all(p.group_id in by_id for p in flip)
        assert {by_id[p.group_id].dimension for p in flip} == {"governance", "environment"}


def test_stage_one_demo_has_photos_of_bimtek_one_only(tmp_path):
    path = tmp_path / "demo-i.bimtek"
    assert main(["demo", str(path), "--stage", "I"]) == 0
    with open_workshop(path) as ws:
        (event,) = plan.list_events(ws)
        assert len(photos.list_photos(ws, event.id)) == len(photos.list_photos(ws)) == 3
