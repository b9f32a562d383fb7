"""Groups (kelompok) where the facilitator adds entries on behalf of a table on the console
(issue 10): strategies record the group that drafted them (``swot.add_strategy`` with
``group_id``, checked by ``groups.check_group``); a program created while the program list
shows a group records that group; a TOWS strategy drafted on a group's SWOT board, a keyword
typed for a group in the Vision view and a review comment typed for a group record it;
without a group nothing is recorded."""

from __future__ import annotations

import pytest

from smartbimtek.errors import ValidationError
from smartbimtek.services import groups, keywords, plan, review, roster, swot
from smartbimtek.store import open_workshop


@pytest.fixture
def gws(tmp_path):
    with open_workshop(tmp_path / "g.bimtek", create=True) as workshop:
        plan.add_event(workshop, "III")
        for code in ("DISKOMINFO", "BAPPEDA", "DLH"):
            roster.add_opd(workshop, code, f"Dinas {code}")
        yield workshop


def _opd(ws, code):
    return roster.find_opd(ws, code).id


def _group_of(ws, table, record_id):
    return ws.query_one(f"SELECT group_id FROM {table} WHERE id=?", (record_id,))[0]  # noqa: S608


# -- core ------------------------------------------------------------------------------------
def test_a_strategy_records_the_group_that_drafted_it(gws):
    bappeda = _opd(gws, "BAPPEDA")
    group = groups.add_group(gws, "Tata kelola", "dimension", dimension="governance",
                             opd_ids=[bappeda])
    item = swot.add_item(gws, bappeda, "S", "Data terpadu", group_id=group.id)
    drafted = swot.add_strategy(gws, "SO", "Satu data daerah", [item.id], bappeda,
                                dimension="governance", group_id=group.id)
    region = swot.add_strategy(gws, "WT", "Tanpa kelompok", dimension="governance")
    assert _group_of(gws, "strategies", drafted.id) == group.id
    assert _group_of(gws, "strategies", region.id) is None
    assert groups.entries_per_group(gws, "strategy") == {group.id: 1}


def test_an_unknown_group_on_a_strategy_is_refused_and_nothing_is_written(gws):
    with pytest.raises(ValidationError) as caught:
        swot.add_strategy(gws, "SO", "X", group_id="no-such-group")
    assert caught.value.code == "unknown_group"
    removed = groups.add_group(gws, "Bubar", "custom")
    groups.delete_group(gws, removed.id)
    for add in (lambda: swot.add_strategy(gws, "SO", "Y", group_id=removed.id),
                lambda: keywords.add_keyword(gws, "Digital", group_id=removed.id),
                lambda: review.add_comment(gws, "chapter", review.chapters()[0][0], "Z",
                                           group_id=removed.id)):
        with pytest.raises(ValidationError) as caught:
            add()
        assert caught.value.code == "unknown_group"
    assert swot.list_strategies(gws) == [] and keywords.list_keywords(gws) == []
    assert review.list_comments(gws) == []
