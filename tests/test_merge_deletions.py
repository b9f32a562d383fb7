"""Merging and deletions (issue 8, point 14): a deletion is a change like any other, and the
newer change wins. An older copy merged back keeps the facilitator's deletions; a later
deletion in the document deletes; a later edit in the document restores."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from smartbimtek import interchange
from smartbimtek.errors import ValidationError
from smartbimtek.services import agenda, plan, programs, roster, swot
from smartbimtek.store import open_workshop

TZ = dt.timezone(dt.timedelta(hours=7))


class Clock:
    """One clock for every laptop of a test: each call is one minute after the last."""

    def __init__(self) -> None:
        self.moment = dt.datetime(2026, 6, 15, 8, 0, tzinfo=TZ)

    def __call__(self) -> dt.datetime:
        self.moment += dt.timedelta(minutes=1)
        return self.moment


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def facilitator(tmp_path: Path, clock: Clock):
    """The facilitator's file: one OPD, SWOT items, a strategy, two programs with votes."""
    ws = open_workshop(tmp_path / "facilitator.bimtek", create=True, clock=clock)
    event = plan.add_event(ws, "I", start_date="2026-06-15")
    opd = roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika", 1)
    items = [swot.add_item(ws, opd.id, q, t) for q, t in (
        ("S", "Jaringan fiber sampai kecamatan"), ("W", "Data antar OPD belum terhubung"),
        ("O", "Program nasional literasi digital"))]
    strategy = swot.add_strategy(ws, "SO", "Perluas layanan daring", [items[0].id], opd.id)
    made = [programs.add_program(ws, opd.id, title, "governance")
            for title in ("Satu Data Kabupaten", "Mal Pelayanan Publik Digital")]
    ws.set_setting("vote_budget", 5)
    programs.set_votes(ws, made[0].id, "DISKOMINFO", 3)
    person = roster.add_participant(ws, "Rina Kusumawati", opd.id)
    step = agenda.list_steps(ws, event.id)[0]
    note = agenda.add_note(ws, event.id, "Sepakat memakai satu portal", step_id=step.id)
    ws.ids = {"items": [i.id for i in items], "strategy": strategy.id,
              "programs": [p.id for p in made], "person": person.id, "step": step.id,
              "note": note.id, "event": event.id, "opd": opd.id}
    yield ws
    ws.close()


def _laptop(doc: dict, path: Path, clock: Clock):
    """A table laptop made from a dump of the facilitator's file."""
    ws = open_workshop(path, create=True, clock=clock)
    interchange.import_document(ws, copy.deepcopy(doc))
    return ws


def _live_swot(ws) -> set[str]:
    return {i.id for i in swot.list_items(ws)}


def _live_programs(ws) -> set[str]:
    return {p.id for p in programs.list_programs(ws)}


# -- the facilitator's deletions stand ---------------------------------------------------------
def test_an_older_dump_keeps_the_facilitators_deletions(facilitator):
    ws, ids = facilitator, facilitator.ids
    old = interchange.dump(ws)
    swot.delete_item(ws, ids["items"][1])
    programs.delete_program(ws, ids["programs"][0])
    swot.delete_strategy(ws, ids["strategy"])
    roster.delete_participant(ws, ids["person"])
    agenda.delete_note(ws, ids["note"])
    report = interchange.import_document(ws, copy.deepcopy(old))
    assert ids["items"][1] not in _live_swot(ws)
    assert ids["programs"][0] not in _live_programs(ws)
    assert [s.id for s in swot.list_strategies(ws)] == []
    assert roster.list_participants(ws) == []
    assert agenda.list_notes(ws, ids["event"]) == []
    assert report.kept_deleted == {"swot": 1, "strategies": 1, "programs": 1,
                                   "participants": 1, "notes": 1}
    assert report.kept_deleted_ids == {
        "swot": [ids["items"][1]], "strategies": [ids["strategy"]],
        "programs": [ids["programs"][0]], "participants": [ids["person"]],
        "notes": [ids["note"]]}
    assert report.deleted == {} and report.created == {}
    assert "kept deleted: 1 notes, 1 participants, 1 swot" in report.summary()
    assert programs.votes_used(ws, "DISKOMINFO") == 0  # the deleted program's dots stay out
    audit = json.loads(ws.query_one("SELECT detail FROM audit WHERE action='import' "
                                    "ORDER BY id DESC")[0])
    assert audit["kept_deleted_ids"]["programs"] == [ids["programs"][0]]


def test_a_table_laptops_older_copy_keeps_them_deleted(facilitator, tmp_path, clock):
    ws, ids = facilitator, facilitator.ids
    laptop = _laptop(interchange.dump(ws), tmp_path / "table.bimtek", clock)
    try:
        swot.update_item(laptop, ids["items"][0], text="Fiber sampai desa")  # before deletion
        swot.delete_item(ws, ids["items"][1])
        programs.delete_program(ws, ids["programs"][1])
        doc = interchange.dump(laptop)
    finally:
        laptop.close()
    report = interchange.import_document(ws, doc)
    assert swot.get_item(ws, ids["items"][0]).text == "Fiber sampai desa"
    assert ids["items"][1] not in _live_swot(ws)
    assert ids["programs"][1] not in _live_programs(ws)
    assert report.kept_deleted_ids == {"swot": [ids["items"][1]],
                                       "programs": [ids["programs"][1]]}


def test_a_document_without_ids_or_times_does_not_bring_a_deletion_back(facilitator):
    ws, ids = facilitator, facilitator.ids
    swot.delete_item(ws, ids["items"][2])
    doc = {"format": "smartbimtek/1",
           "swot": [{"opd": "DISKOMINFO", "quadrant": "O",
                     "text": "Program nasional literasi digital"}]}
    report = interchange.import_document(ws, doc)
    assert ids["items"][2] not in _live_swot(ws)
    assert len(swot.list_items(ws)) == 2  # no new copy either
    assert report.kept_deleted_ids == {"swot": [ids["items"][2]]} and report.created == {}


# -- the newer change wins ---------------------------------------------------------------------
def test_a_newer_edit_in_the_document_restores_a_record_deleted_earlier(facilitator, tmp_path,
                                                                       clock):
    ws, ids = facilitator, facilitator.ids
    laptop = _laptop(interchange.dump(ws), tmp_path / "table.bimtek", clock)
    try:
        swot.delete_item(ws, ids["items"][1])  # first the facilitator deletes
        programs.delete_program(ws, ids["programs"][1])
        swot.update_item(laptop, ids["items"][1], text="Data antar OPD mulai terhubung")
        programs.update_program(laptop, ids["programs"][1], description="Diperbarui meja 2")
        doc = interchange.dump(laptop)
    finally:
        laptop.close()
    report = interchange.import_document(ws, doc)
    assert swot.get_item(ws, ids["items"][1]).text == "Data antar OPD mulai terhubung"
    assert programs.get_program(ws, ids["programs"][1]).description == "Diperbarui meja 2"
    assert report.kept_deleted == {} and report.updated["swot"] >= 1


def test_a_newer_deletion_in_the_document_deletes_an_older_record(facilitator, tmp_path, clock):
    ws, ids = facilitator, facilitator.ids
    laptop = _laptop(interchange.dump(ws), tmp_path / "table.bimtek", clock)
    try:
        swot.update_item(ws, ids["items"][2], text="Literasi digital nasional")  # older edit
        swot.delete_item(laptop, ids["items"][2])
        swot.delete_item(laptop, ids["items"][0])
        programs.delete_program(laptop, ids["programs"][0])
        swot.update_item(ws, ids["items"][0], weight=0.2)  # the facilitator edits afterwards
        doc = interchange.dump(laptop)
    finally:
        laptop.close()
    assert {r["id"] for r in doc["deleted"]["swot"]} == {ids["items"][0], ids["items"][2]}
    report = interchange.import_document(ws, doc)
    assert ids["items"][2] not in _live_swot(ws)
    assert ids["programs"][0] not in _live_programs(ws)
    assert swot.get_item(ws, ids["items"][0]).weight == 0.2  # edited after the deletion: kept
    assert report.deleted == {"swot": 1, "programs": 1}
    assert report.deleted_ids == {"swot": [ids["items"][2]], "programs": [ids["programs"][0]]}
    assert report.kept["swot"] == 1
    assert "deleted: 1 swot, 1 programs" in report.summary()


def test_a_restore_in_the_file_beats_an_older_deletion_in_the_document(facilitator, tmp_path,
                                                                      clock):
    ws, ids = facilitator, facilitator.ids
    laptop = _laptop(interchange.dump(ws), tmp_path / "table.bimtek", clock)
    try:
        swot.delete_item(ws, ids["items"][0])
        swot.delete_item(laptop, ids["items"][0])
        swot.restore_item(ws, ids["items"][0])  # the facilitator changed their mind last
        doc = interchange.dump(laptop)
    finally:
        laptop.close()
    report = interchange.import_document(ws, doc)
    assert ids["items"][0] in _live_swot(ws)
    assert report.deleted == {} and report.kept["swot"] == 1


def test_deleted_on_both_sides_stays_deleted_and_importing_twice_changes_nothing(
        facilitator, tmp_path, clock):
    ws, ids = facilitator, facilitator.ids
    laptop = _laptop(interchange.dump(ws), tmp_path / "table.bimtek", clock)
    try:
        swot.delete_item(laptop, ids["items"][1])
        swot.delete_item(ws, ids["items"][1])
        doc = interchange.dump(laptop)
    finally:
        laptop.close()
    report = interchange.import_document(ws, copy.deepcopy(doc))
    assert ids["items"][1] not in _live_swot(ws) and report.deleted == {}
    before = interchange.dump(ws)
    interchange.import_document(ws, copy.deepcopy(doc))
    assert interchange.dump(ws) == before


# -- round trip, schema and bad documents --------------------------------------------------------
def test_deletions_round_trip_and_validate(facilitator, tmp_path, clock):
    ws, ids = facilitator, facilitator.ids
    swot.delete_item(ws, ids["items"][1])
    programs.delete_program(ws, ids["programs"][0])
    swot.delete_strategy(ws, ids["strategy"])
    doc = interchange.dump(ws)
    assert set(doc["deleted"]) == {"swot", "strategies", "programs"}
    assert doc["deleted"]["programs"][0]["votes"] == [
        {"voter": "DISKOMINFO", "voter_kind": "opd", "count": 3}]
    assert all(r["deleted_at"] for records in doc["deleted"].values() for r in records)
    schema = json.loads(interchange.schema_path().read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    assert list(validator.iter_errors(doc)) == []
    no_time = copy.deepcopy(doc)
    del no_time["deleted"]["swot"][0]["deleted_at"]
    assert [e.message for e in validator.iter_errors(no_time)] == [
        "'deleted_at' is a required property"]
    copy_ws = open_workshop(tmp_path / "copy.bimtek", create=True, clock=clock)
    try:
        report = interchange.import_document(copy_ws, copy.deepcopy(doc))
        assert report.created["deleted swot"] == 1 and report.created["deleted programs"] == 1
        assert interchange.dump(copy_ws) == doc
        assert ids["items"][1] not in _live_swot(copy_ws)
        assert programs.votes_used(copy_ws, "DISKOMINFO") == 0
        programs.restore_program(copy_ws, ids["programs"][0])  # the votes came along
        assert programs.votes_used(copy_ws, "DISKOMINFO") == 3
    finally:
        copy_ws.close()


def test_a_file_without_deletions_dumps_no_deleted_key(facilitator):
    assert "deleted" not in interchange.dump(facilitator)


@pytest.mark.parametrize("bad, field", [
    ({"deleted": []}, "deleted"),
    ({"deleted": {"swot": [{"opd": "DISKOMINFO", "quadrant": "S", "text": "x",
                            "deleted_at": "2026-06-15T09:00:00+07:00"}]}}, "id"),
    ({"deleted": {"swot": [{"id": "a1", "opd": "DISKOMINFO", "quadrant": "S",
                            "text": "x"}]}}, "deleted_at"),
    ({"deleted": {"programs": [{"id": "p1", "opd": "DISKOMINFO", "title": "x",
                                "dimension": "governance", "deleted_at": "kemarin"}]}},
     "deleted_at"),
])
def test_bad_deletions_are_refused_and_write_nothing(facilitator, bad, field):
    before = interchange.dump(facilitator)
    with pytest.raises(ValidationError) as err:
        interchange.import_document(facilitator, dict(bad, format="smartbimtek/1"))
    assert err.value.field == field
    assert interchange.dump(facilitator) == before


def test_an_id_both_live_and_deleted_in_one_document_is_refused(facilitator):
    doc = interchange.dump(facilitator)
    item = dict(doc["swot"][0], deleted_at="2026-06-16T09:00:00+07:00")
    doc["deleted"] = {"swot": [item]}
    with pytest.raises(ValidationError) as err:
        interchange.import_document(facilitator, doc)
    assert err.value.code == "duplicate"


def test_a_deleted_agenda_step_stays_deleted_and_notes_on_it_still_import(facilitator):
    ws, ids = facilitator, facilitator.ids
    old = interchange.dump(ws)
    assert old["events"][0]["agenda"][0]["id"] == ids["step"]
    old["events"][0]["current_step"] = ids["step"]
    agenda.delete_step(ws, ids["step"])
    report = interchange.import_document(ws, old)
    assert ids["step"] not in {s.id for s in agenda.list_steps(ws, ids["event"])}
    assert report.kept_deleted_ids == {"agenda": [ids["step"]]}
