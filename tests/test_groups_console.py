"""Groups (kelompok) where the facilitator adds entries on behalf of a table on the console
(issue 10): strategies record the group that drafted them (``swot.add_strategy`` with
``group_id``, checked by ``groups.check_group``); a program created while the program list
shows a group records that group; a TOWS strategy drafted on a group's SWOT board, a keyword
typed for a group in the Vision view and a review comment typed for a group record it;
without a group nothing is recorded."""

from __future__ import annotations

import pytest
from test_groups_boards import _opd, governance_group, three_opd_workshop

from smartbimtek.errors import ValidationError
from smartbimtek.services import groups, keywords, review, swot


@pytest.fixture
def gws(tmp_path):
    with three_opd_workshop(tmp_path / "g.bimtek", "III") as workshop:
        yield workshop


def _group_of(ws, table, record_id):
    return ws.query_one(f"SELECT group_id FROM {table} WHERE id=?", (record_id,))[0]  # noqa: S608


# -- core ------------------------------------------------------------------------------------
def test_a_strategy_records_the_group_that_drafted_it(gws):
    bappeda = _opd(gws, "BAPPEDA")
    group = governance_group(gws, bappeda)
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


# -- the console -----------------------------------------------------------------------------
@pytest.fixture
def ctl(tmp_path):
    from ui_support import make_controller

    controller = make_controller(tmp_path)
    yield controller
    controller.close()


def _ids(ctl):
    from ui_support import opd_id

    return tuple(opd_id(ctl, c) for c in ("DISKOMINFO", "BAPPEDA", "DLH"))


def test_a_program_created_while_the_list_shows_a_group_records_the_group(qtbot, ctl):
    from ui_support import settle, show

    from smartbimtek.services import programs
    from ui.views.programs import ProgramsView

    kominfo, bappeda, dlh = _ids(ctl)
    group = governance_group(ctl.ws, bappeda, kominfo)
    view = show(qtbot, ProgramsView(ctl))
    view.reload_now()
    view.opd_filter.setCurrentIndex(view.opd_filter.findData(f"group:{group.id}"))
    view.new_program()
    # the owner is one of the group's OPDs (the first), the dimension the group's
    assert view.editor.opd.currentData() == bappeda
    assert view.editor.values()["dimension"] == "governance"
    view.editor.title.setText("Satu data daerah")
    saved = view.save_editor()
    assert saved is not None and saved.opd_id == bappeda
    assert _group_of(ctl.ws, "programs", saved.id) == group.id
    settle(qtbot, 20)
    assert [p.id for p in view.filtered_programs()] == [saved.id]  # shown in the group's list
    # another member OPD may own it
    view.new_program()
    view.editor.opd.setCurrentIndex(view.editor.opd.findData(kominfo))
    view.editor.title.setText("Jaringan kantor")
    second = view.save_editor()
    assert (second.opd_id, _group_of(ctl.ws, "programs", second.id)) == (kominfo, group.id)
    ctl.undo_stack.undo()
    assert [p.id for p in programs.list_programs(ctl.ws, group_id=group.id)] == [saved.id]
    # with an OPD chosen in the filter: no group
    view.opd_filter.setCurrentIndex(view.opd_filter.findData(dlh))
    view.new_program()
    view.editor.title.setText("Bank sampah")
    view.editor.dimension.setCurrentIndex(view.editor.dimension.findData("environment"))
    plain = view.save_editor()
    assert plain.opd_id == dlh and _group_of(ctl.ws, "programs", plain.id) is None


def test_a_strategy_drafted_on_a_groups_swot_board_records_the_group(qtbot, ctl):
    from ui_support import settle, show

    from ui.views.swot_board import SwotBoardView

    kominfo, bappeda, _dlh = _ids(ctl)
    group = groups.add_group(ctl.ws, "Ekonomi", "dimension", dimension="economy",
                             opd_ids=[bappeda, kominfo])
    item = swot.add_item(ctl.ws, bappeda, "S", "Pasar digital", group_id=group.id)
    board = show(qtbot, SwotBoardView(ctl))
    settle(qtbot, 20)
    board.set_opd(bappeda)
    settle(qtbot, 20)
    alone = board.tows.add("SO", "Tanpa kelompok", [item.id])
    assert _group_of(ctl.ws, "strategies", alone.id) is None
    board.set_group(group.id)
    settle(qtbot, 20)
    dialog = board.tows.open_add_dialog("SO")
    assert dialog.values()["dimension"] == "economy"  # the dimension group's dimension
    dialog.reject()
    drafted = board.tows.add("SO", "Promosi UMKM daring", [item.id], "economy")
    assert drafted.opd_id == bappeda
    assert _group_of(ctl.ws, "strategies", drafted.id) == group.id
    # the TOWS tab of a group: the group's strategies, linked to its items of every OPD
    other = swot.add_item(ctl.ws, kominfo, "O", "Ekspor kopi daring", group_id=group.id)
    swot.add_strategy(ctl.ws, "SO", "Kelompok lain", opd_id=bappeda)
    board.tows.reload_now()
    assert [s.text for s in board.tows.strategies.values()] == ["Promosi UMKM daring"]
    assert board.tows.caption.text() == "Strategies of the group Ekonomi: 1"
    dialog = board.tows.open_add_dialog("SO")
    links = [dialog.links.item(n).text() for n in range(dialog.links.count())]
    assert links == ["[BAPPEDA · Strengths] Pasar digital",
                     "[DISKOMINFO · Opportunities] Ekspor kopi daring"]
    dialog.reject()
    assert other.id in {i.id for i in board.tows._items()}
    ctl.undo_stack.undo()
    assert groups.entries_per_group(ctl.ws, "strategy") == {}
    # back to the OPD: its strategies again
    board.set_group(None)
    settle(qtbot, 20)
    board.tows.reload_now()
    assert sorted(s.text for s in board.tows.strategies.values()) == ["Kelompok lain",
                                                                     "Tanpa kelompok"]


def test_a_keyword_typed_for_a_group_records_the_group_and_its_opd(qtbot, ctl):
    from ui_support import settle, show

    from ui.views.vision import VisionView

    kominfo, bappeda, dlh = _ids(ctl)
    view = show(qtbot, VisionView(ctl), 1024, 768)
    view.reload_now()
    assert not view.group_combo.isVisibleTo(view)  # no groups at this bimtek: no choice
    view.entry.setText("Digital")
    view.add_typed()
    groups.ensure_opd_groups(ctl.ws)
    joint = groups.add_group(ctl.ws, "Ekonomi", "dimension", dimension="economy",
                             opd_ids=[bappeda, kominfo])
    settle(qtbot, 30)
    view.reload_now()
    assert view.group_combo.isVisibleTo(view)
    own = groups.opd_group(ctl.ws, dlh)
    view.group_combo.setCurrentIndex(view.group_combo.findData(own.id))
    view.entry.setText("Hijau")
    view.add_typed()
    view.group_combo.setCurrentIndex(view.group_combo.findData(joint.id))
    view.entry.setText("Sejahtera")
    view.add_typed()
    settle(qtbot, 30)
    assert view.group_combo.currentData() == joint.id  # kept through the reload
    view.entry.setText("Inovatif")
    view.add_typed()
    sent = {k.text: (k.group_id, k.opd_id) for k in keywords.list_keywords(ctl.ws)}
    assert sent == {"Digital": (None, None), "Hijau": (own.id, dlh),
                    "Sejahtera": (joint.id, None), "Inovatif": (joint.id, None)}
    ctl.undo_stack.undo()
    assert "Inovatif" not in [k.text for k in keywords.list_keywords(ctl.ws)]


def test_the_review_comment_group_stays_chosen_for_the_next_comment(qtbot, ctl):
    from ui_support import settle, show

    from ui.views.review import ReviewView

    kominfo, bappeda, _dlh = _ids(ctl)
    group = governance_group(ctl.ws, bappeda, kominfo)
    view = show(qtbot, ReviewView(ctl))
    view.reload_now()
    view.select_subject("chapter", "visi")
    view.group_combo.setCurrentIndex(view.group_combo.findData(group.id))
    view.add_comment("Visi perlu kata digital")
    settle(qtbot, 30)
    view.reload_now()
    assert view.group_combo.currentData() == group.id
    view.add_comment("Misi kedua terlalu umum")
    view.group_combo.setCurrentIndex(0)
    view.add_comment("Dari pleno")
    comments = {c.text: c.group_id for c in review.list_comments(ctl.ws)}
    assert comments == {"Visi perlu kata digital": group.id,
                        "Misi kedua terlalu umum": group.id, "Dari pleno": None}
