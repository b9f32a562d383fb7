"""``swot.add_item`` reads what it needs in one statement (the hot path of a workshop); the
rules it applies are unchanged: the input lock first, then the fields, then the OPD; the
current event by default; the same row, audit row and published change."""

from __future__ import annotations

import json

import pytest

from smartbimtek import changes
from smartbimtek.errors import PermissionDenied, ValidationError
from smartbimtek.services import plan, roster, swot


@pytest.fixture
def opd(ws):
    return roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika", 1)


def test_the_lock_is_checked_before_the_fields_and_the_opd(ws, opd):
    ws.set_setting("input_locked", True)
    with pytest.raises(PermissionDenied) as info:
        swot.add_item(ws, "no-such-opd", "X", "", source="table")
    assert info.value.code == "locked_input"
    # the facilitator's own entries are not locked
    assert swot.add_item(ws, opd.id, "S", "dari laptop").source == "desktop"
    ws.set_setting("input_locked", False)
    assert swot.add_item(ws, opd.id, "S", "dari meja", source="table").source == "table"


def test_fields_are_checked_before_the_opd(ws, opd):
    with pytest.raises(ValidationError) as info:
        swot.add_item(ws, "no-such-opd", "X", "teks")
    assert info.value.code == "choice" and info.value.field == "quadrant"


@pytest.mark.parametrize("opd_id", ["no-such-opd", None, 42, {"id": 1}])
def test_an_unknown_or_malformed_opd_is_refused(ws, opd, opd_id):
    with pytest.raises(ValidationError) as info:
        swot.add_item(ws, opd_id, "S", "teks")
    assert info.value.code == "unknown_opd"
    assert swot.list_items(ws) == []


def test_a_deleted_opd_is_refused(ws, opd):
    roster.delete_opd(ws, opd.id)
    with pytest.raises(ValidationError) as info:
        swot.add_item(ws, opd.id, "S", "teks")
    assert info.value.code == "unknown_opd"


def test_the_current_event_is_used_unless_one_is_given(ws, opd):
    assert swot.add_item(ws, opd.id, "S", "tanpa acara").event_id is None
    event = plan.add_event(ws, "I", start_date="2026-06-15")
    assert swot.add_item(ws, opd.id, "S", "acara berjalan").event_id == event.id
    assert swot.add_item(ws, opd.id, "S", "acara lain", event_id="other").event_id == "other"


def test_row_audit_and_change_are_written(ws, opd):
    seen = []
    unsubscribe = changes.subscribe(ws.path, seen.append)
    try:
        item = swot.add_item(ws, opd.id, "W", "  SDM TIK\r\nterbatas ", author="Budi",
                             source="phone", actor="Meja 2", element="governance.service")
    finally:
        unsubscribe()
    assert item == swot.get_item(ws, item.id)
    assert (item.text, item.dimension, item.author) == ("SDM TIK\nterbatas", "governance",
                                                        "Budi")
    row = ws.query_one("SELECT actor, source, action, entity, entity_id, detail FROM audit "
                       "ORDER BY id DESC LIMIT 1")
    assert tuple(row) == ("Meja 2", "phone", "add", "swot", item.id,
                          json.dumps({"quadrant": "W"}, ensure_ascii=False))
    assert [(c.action, c.entity, c.entity_id, c.opd_id) for c in seen] == [
        ("add", "swot", item.id, opd.id)]
