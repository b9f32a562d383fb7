"""Where a documentation photo belongs (issue 11): its session (step), its group (kelompok) and
its OPD, set when it is stored and changed afterwards with ``photos.update_photo``; refused
changes write nothing; a phone of a group's table puts its photo on that group."""

from __future__ import annotations

import json

import pytest
from photos_support import camera_jpeg, png_bytes

from smartbimtek.errors import NotFoundError, ValidationError
from smartbimtek.services import agenda, groups, lan, photos, photos_lan, plan, roster


@pytest.fixture
def place(ws):
    event = plan.add_event(ws, "II")
    steps = agenda.list_steps(ws, event.id)
    opd = roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika", 1)
    other_opd = roster.add_opd(ws, "DINKES", "Dinas Kesehatan", 2)
    group = groups.add_group(ws, "Smart Governance", "dimension", dimension="governance",
                             opd_ids=[opd.id, other_opd.id], event_id=event.id)
    return ws, event, steps, opd, other_opd, group


def _writes(ws) -> tuple[int, int]:
    return (ws.query_one("SELECT count(*) FROM audit")[0],
            ws.query_one("SELECT count(*) FROM photos")[0])


def test_a_photo_is_stored_on_its_group(place):
    ws, event, steps, opd, _other, group = place
    photo = photos.add_photo(ws, png_bytes(), event_id=event.id, step_id=steps[5].id,
                             group_id=group.id, caption="Flip chart")
    assert (photo.step_id, photo.group_id, photo.opd_id) == (steps[5].id, group.id, None)
    assert photos.list_photos(ws, event.id)[0].group_id == group.id


def test_update_photo_changes_only_what_it_is_given(place):
    ws, event, steps, opd, other, group = place
    photo = photos.add_photo(ws, png_bytes(), event_id=event.id, step_id=steps[0].id,
                             opd_id=opd.id, caption="Pleno")
    changed = photos.update_photo(ws, photo.id, step_id=steps[5].id, group_id=group.id)
    assert (changed.caption, changed.step_id, changed.group_id, changed.opd_id) == (
        "Pleno", steps[5].id, group.id, opd.id)
    changed = photos.update_photo(ws, photo.id, caption="  Flip chart Smart Governance ",
                                  opd_id=other.id)
    assert (changed.caption, changed.opd_id, changed.group_id) == (
        "Flip chart Smart Governance", other.id, group.id)
    cleared = photos.update_photo(ws, photo.id, step_id=None, group_id=None, opd_id=None)
    assert (cleared.step_id, cleared.group_id, cleared.opd_id) == (None, None, None)
    assert cleared.caption == "Flip chart Smart Governance"
    edits = [json.loads(r[0]) for r in ws.query(
        "SELECT detail FROM audit WHERE entity='photo' AND action='edit' ORDER BY id")]
    assert edits[0]["changes"] == {"step_id": [steps[0].id, steps[5].id],
                                   "group_id": [None, group.id]}
    assert edits[1]["changes"] == {"caption": ["Pleno", "Flip chart Smart Governance"],
                                   "opd_id": [opd.id, other.id]}
    assert set(edits[2]["changes"]) == {"step_id", "group_id", "opd_id"}


def test_an_update_that_changes_nothing_writes_nothing(place):
    ws, event, steps, opd, _other, _group = place
    photo = photos.add_photo(ws, png_bytes(), event_id=event.id, opd_id=opd.id, caption="A")
    before = _writes(ws)
    assert photos.update_photo(ws, photo.id, caption="A", opd_id=opd.id) == photo
    assert photos.update_photo(ws, photo.id) == photo
    assert _writes(ws) == before


def test_refused_updates_write_nothing(place):
    ws, event, steps, opd, _other, group = place
    photo = photos.add_photo(ws, png_bytes(), event_id=event.id, opd_id=opd.id, caption="A")
    later = plan.add_event(ws, "III")
    later_step = agenda.list_steps(ws, later.id)[0]
    later_group = groups.add_group(ws, "Smart Living", "dimension", dimension="living",
                                   event_id=later.id)
    gone = groups.add_group(ws, "Bubar", "custom", event_id=event.id)
    groups.delete_group(ws, gone.id)
    before = _writes(ws)
    for fields, code in (({"step_id": later_step.id}, "unknown_step"),
                         ({"step_id": "nope"}, "unknown_step"),
                         ({"group_id": later_group.id}, "unknown_group"),
                         ({"group_id": gone.id}, "unknown_group"),
                         ({"group_id": 7}, "unknown_group"),
                         ({"opd_id": "nope"}, "unknown_opd"),
                         ({"caption": "x" * (photos.MAX_CAPTION + 1)}, "too_long"),
                         ({"caption": "ok", "opd_id": "nope"}, "unknown_opd")):
        with pytest.raises(ValidationError) as err:
            photos.update_photo(ws, photo.id, **fields)
        assert err.value.code == code, fields
    assert _writes(ws) == before
    assert photos.get_photo(ws, photo.id) == photo
    photos.delete_photo(ws, photo.id)
    with pytest.raises(NotFoundError):
        photos.update_photo(ws, photo.id, caption="B")


def test_update_caption_is_update_photo(place):
    ws, event, _steps, _opd, _other, _group = place
    photo = photos.add_photo(ws, png_bytes(), event_id=event.id, caption="A")
    assert photos.update_caption(ws, photo.id, "B").caption == "B"


def test_a_group_tables_phone_puts_its_photo_on_the_group(place):
    ws, event, steps, opd, _other, group = place
    code = lan.ensure_group_codes(ws)[group.id]
    session, _token = lan.join(ws, code, "Sari")
    assert session.group_id == group.id
    step = next(s for s in steps if s.kind == "programs")
    agenda.start_step(ws, event.id, step.id)
    data = camera_jpeg(300, 200, orientation=1)
    digest = photos_lan.upload_digest(data, "Flip chart")
    outcome = photos_lan.submit_photo(ws, session, "k" * 32, photos.prepare(data),
                                      "Flip chart", digest)
    photo = photos.get_photo(ws, outcome.body["photo"]["id"])
    assert (photo.group_id, photo.step_id, photo.opd_id) == (group.id, step.id, session.opd_id)


def test_a_version_10_file_gains_the_photo_group_and_keeps_its_photos(tmp_path):
    from migration_support import file_at_version

    from smartbimtek.store import migrations, open_workshop

    path = tmp_path / "v10.bimtek"
    with file_at_version(path, 10) as conn:
        now = "2026-06-15T09:00:00.000+07:00"
        conn.execute("INSERT INTO events (id, stage, title, created_at) "
                     "VALUES ('e1', 'I', 'Bimtek I', ?)", (now,))
        conn.execute("INSERT INTO photos (id, event_id, caption, width, height, jpeg, "
                     "created_at, updated_at) VALUES ('p1', 'e1', 'Pleno', 1, 1, x'00', ?, ?)",
                     (now, now))
    with open_workshop(path) as ws:
        assert ws.query_one("PRAGMA user_version")[0] == migrations.LATEST >= 11
        photo = photos.get_photo(ws, "p1")
        assert (photo.caption, photo.group_id) == ("Pleno", None)
        group = groups.add_group(ws, "Meja 1", "custom", event_id="e1")
        assert photos.update_photo(ws, "p1", group_id=group.id).group_id == group.id


def test_a_photo_sent_later_lands_on_the_step_it_was_taken_in(place):
    """A phone that kept a photo while the network was down sends the step it was taken in
    (X-Step-Id): a started step of the event wins over the step running when it arrives; a
    step that has not started, another event's step or rubbish falls back to the running
    step."""
    ws, event, steps, opd, _other, _group = place
    code = lan.ensure_codes(ws)[opd.id].code
    session, _token = lan.join(ws, code, "Sari")
    taken_in, running, later = steps[5], steps[7], steps[9]
    other = plan.add_event(ws, "III")
    other_event_step = agenda.list_steps(ws, other.id)[0]
    plan.delete_event(ws, other.id)  # event II is the one being run again
    agenda.start_step(ws, event.id, taken_in.id)
    agenda.start_step(ws, event.id, running.id)
    results = []
    for n, hint in enumerate((taken_in.id, later.id, other_event_step.id, "nope", 7, None)):
        data = camera_jpeg(100 + n, 80, orientation=1)
        digest = photos_lan.upload_digest(data, "")
        outcome = photos_lan.submit_photo(ws, session, f"{n}" * 32, photos.prepare(data), "",
                                          digest, step_hint=hint)
        results.append(photos.get_photo(ws, outcome.body["photo"]["id"]).step_id)
    assert results == [taken_in.id] + [running.id] * 5
