"""Groups on the boards (issue 10): the core filters entries by group (``list_items``,
``list_programs`` with ``group_id``), entries record their group when added, and the console
SWOT board and its projector board show one group's entries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from smartbimtek.errors import ValidationError
from smartbimtek.services import groups, plan, programs, roster, swot
from smartbimtek.store import Workshop, open_workshop


@contextmanager
def three_opd_workshop(path: Path, stage: str) -> Iterator[Workshop]:
    """A new workshop running a bimtek of ``stage``, with DISKOMINFO, BAPPEDA and DLH."""
    with open_workshop(path, create=True) as workshop:
        plan.add_event(workshop, stage)
        for code in ("DISKOMINFO", "BAPPEDA", "DLH"):
            roster.add_opd(workshop, code, f"Dinas {code}")
        yield workshop


def governance_group(ws: Workshop, *opd_ids: str):
    """A dimension group "Tata kelola" (governance) of the OPDs ``opd_ids``."""
    return groups.add_group(ws, "Tata kelola", "dimension", dimension="governance",
                            opd_ids=list(opd_ids))


@pytest.fixture
def gws(tmp_path):
    with three_opd_workshop(tmp_path / "g.bimtek", "I") as workshop:
        yield workshop


def _opd(ws, code):
    return roster.find_opd(ws, code).id


def test_entries_record_their_group_and_lists_filter_by_group(gws):
    kominfo, bappeda, dlh = (_opd(gws, c) for c in ("DISKOMINFO", "BAPPEDA", "DLH"))
    group = governance_group(gws, kominfo, bappeda)
    mine = swot.add_item(gws, bappeda, "S", "Data terpadu", group_id=group.id)
    swot.add_item(gws, bappeda, "W", "Tanpa kelompok")
    swot.add_item(gws, dlh, "T", "Banjir")
    assert [i.id for i in swot.list_items(gws, group_id=group.id)] == [mine.id]
    assert [i.text for i in swot.list_items(gws, group_id=group.id, opd_id=bappeda)] == [
        "Data terpadu"]
    assert swot.list_items(gws, group_id=group.id, opd_id=dlh) == []
    assert len(swot.list_items(gws)) == 3
    program = programs.add_program(gws, kominfo, "Satu data", "governance", group_id=group.id)
    programs.add_program(gws, dlh, "Bank sampah", "environment")
    assert [p.id for p in programs.list_programs(gws, group_id=group.id)] == [program.id]
    assert groups.entries_per_group(gws, "swot") == {group.id: 1}
    assert groups.entries_per_group(gws, "program") == {group.id: 1}
    # the score of a group's table keeps its OPD as rater and records the group
    programs.set_score(gws, program.id, "BAPPEDA", "impact", 4, group_id=group.id)
    row = gws.query_one("SELECT rater, rater_kind, group_id FROM scores")
    assert tuple(row) == ("BAPPEDA", "opd", group.id)


def test_an_unknown_group_is_refused_and_nothing_is_written(gws):
    bappeda = _opd(gws, "BAPPEDA")
    with pytest.raises(ValidationError) as caught:
        swot.add_item(gws, bappeda, "S", "X", group_id="no-such-group")
    assert caught.value.code == "unknown_group"
    with pytest.raises(ValidationError) as caught:
        programs.add_program(gws, bappeda, "Y", "governance", group_id="no-such-group")
    assert caught.value.code == "unknown_group"
    assert swot.list_items(gws) == [] and programs.list_programs(gws) == []


def test_table_opds_of_a_group(gws):
    kominfo, bappeda, dlh = (_opd(gws, c) for c in ("DISKOMINFO", "BAPPEDA", "DLH"))
    several = groups.add_group(gws, "Ekonomi", "dimension", dimension="economy",
                               opd_ids=[bappeda, kominfo])
    empty = groups.add_group(gws, "Bebas", "custom")
    own = groups.add_group(gws, "DLH", "opd", opd_id=dlh)
    assert groups.table_opds(gws, several.id) == [bappeda, kominfo]
    assert groups.table_opds(gws, own.id) == [dlh]
    # a group without member OPDs writes for any OPD (entries need an OPD)
    assert set(groups.table_opds(gws, empty.id)) == {kominfo, bappeda, dlh}
    roster.delete_opd(gws, kominfo)
    assert groups.table_opds(gws, several.id) == [bappeda]


def test_shared_groups_leave_out_plain_opd_tables(gws):
    kominfo, bappeda = _opd(gws, "DISKOMINFO"), _opd(gws, "BAPPEDA")
    groups.ensure_opd_groups(gws)
    joint = groups.add_group(gws, "DISKOMINFO + BAPPEDA", "opd", opd_id=kominfo,
                             opd_ids=[bappeda])
    free = groups.add_group(gws, "Bebas", "custom")
    assert [g.id for g in groups.shared_groups(gws)] == [joint.id, free.id]


# -- the console SWOT board and its projector board, per group -------------------------------
def test_swot_board_and_projector_show_one_groups_entries(qtbot, tmp_path):
    from ui_support import make_controller, opd_id, settle, show

    from ui.views.projector_swot import SwotProjectorBoard
    from ui.views.swot_board import SwotBoardView

    controller = make_controller(tmp_path)
    ws = controller.ws
    kominfo, bappeda, dlh = (opd_id(controller, c) for c in ("DISKOMINFO", "BAPPEDA", "DLH"))
    board = show(qtbot, SwotBoardView(controller))
    settle(qtbot, 20)
    assert not board.group_chooser.isVisibleTo(board)  # no groups yet: no filter shown
    group = governance_group(ws, bappeda, kominfo)
    swot.add_item(ws, bappeda, "S", "Data terpadu", group_id=group.id)
    swot.add_item(ws, kominfo, "W", "SDM kurang", group_id=group.id)
    swot.add_item(ws, bappeda, "T", "Bukan dari kelompok")
    swot.add_item(ws, dlh, "O", "Dana hibah")
    settle(qtbot, 30)
    assert board.group_chooser.isVisibleTo(board)
    board.set_opd(bappeda)
    settle(qtbot, 20)
    assert sorted(i.text for i in board.items()) == ["Bukan dari kelompok", "Data terpadu"]
    board.set_group(group.id)
    settle(qtbot, 20)
    assert [i.text for i in board.items()] == ["Data terpadu", "SDM kurang"]
    panel = board.panels["W"]
    from ui.views.swot_cards import META_ROLE

    assert panel.model.data(panel.model.index(0), META_ROLE).startswith("DISKOMINFO")
    # an item added on the group's board is the chosen OPD's and records the group
    added = board.add_item("O", "Kerja sama kampus")
    assert added is not None and added.opd_id == bappeda
    assert [i.id for i in swot.list_items(ws, group_id=group.id, quadrant="O")] == [added.id]
    settle(qtbot, 30)
    assert "Kerja sama kampus" in [i.text for i in board.items("O")]
    controller.undo_stack.undo()
    assert swot.list_items(ws, group_id=group.id, quadrant="O") == []
    # a phone entry of the group appears live; another group's does not
    swot.add_item(ws, kominfo, "S", "Aplikasi terpadu", group_id=group.id)
    swot.add_item(ws, kominfo, "S", "Bukan kelompok ini")
    settle(qtbot, 30)
    assert "Aplikasi terpadu" in [i.text for i in board.items("S")]
    assert "Bukan kelompok ini" not in [i.text for i in board.items("S")]
    # "Show on projector" sends the group; the projector board shows only its entries
    sent = []
    controller.projector_board.connect(lambda kind, param: sent.append((kind, param)))
    board.show_on_projector()
    assert sent == [("swot", f"group:{group.id}")]
    projector = show(qtbot, SwotProjectorBoard(controller, f"group:{group.id}"), 1280, 720)
    assert projector.opd_title == "Tata kelola (BAPPEDA, DISKOMINFO)"
    assert projector.items == {"S": ["Data terpadu", "Aplikasi terpadu"], "W": ["SDM kurang"],
                               "O": [], "T": []}
    swot.add_item(ws, bappeda, "O", "Investor daerah", group_id=group.id)
    swot.add_item(ws, dlh, "O", "Tidak tampil")
    settle(qtbot, 30)
    assert projector.items["O"] == ["Investor daerah"]
    projector.grab()  # paints with the group's title
    # back to the OPD's items
    board.set_group(None)
    settle(qtbot, 20)
    assert all(i.opd_id == bappeda for i in board.items())
    controller.close()


def test_program_list_filters_by_group(qtbot, tmp_path):
    from ui_support import make_controller, opd_id, settle, show

    from ui.views.programs import ProgramsView

    controller = make_controller(tmp_path)
    ws = controller.ws
    kominfo, dlh = opd_id(controller, "DISKOMINFO"), opd_id(controller, "DLH")
    group = groups.add_group(ws, "Lingkungan", "dimension", dimension="environment",
                             opd_ids=[dlh, kominfo])
    mine = programs.add_program(ws, kominfo, "Sensor udara", "environment", group_id=group.id)
    programs.add_program(ws, dlh, "Bank sampah", "environment")
    view = show(qtbot, ProgramsView(controller))
    settle(qtbot, 20)
    assert len(view.filtered_programs()) == 2
    view.opd_filter.setCurrentIndex(view.opd_filter.findData(f"group:{group.id}"))
    assert view.opd_filter.currentText() == "Group: Lingkungan"
    assert [p.id for p in view.filtered_programs()] == [mine.id]
    assert view.filter_choice() == (None, group.id)
    view.new_program()  # a new program's OPD is not taken from a group filter
    view.opd_filter.setCurrentIndex(0)
    assert len(view.filtered_programs()) == 2
    controller.close()


def test_group_swot_on_the_projector_fits(qtbot, tmp_path):
    """The group's SWOT on the projector window: every text fits its box and the window, the
    title names the group, at 1024x768, 1280x720 and 1920x1080, smallest to largest font."""
    from PySide6.QtCore import QRectF
    from ui_support import make_controller, make_settings, opd_id

    from ui.projector import ProjectorWindow
    from ui.settings import MAX_FONT_SCALE, MIN_FONT_SCALE

    controller = make_controller(tmp_path)
    ws = controller.ws
    members = [opd_id(controller, c) for c in ("DISKOMINFO", "BAPPEDA", "DLH")]
    group = groups.add_group(ws, "Kelompok Smart Environment dan Ketahanan Bencana Daerah",
                             "dimension", dimension="environment", opd_ids=members)
    for n, quadrant in enumerate("SWOT" * 6):
        swot.add_item(ws, members[n % 3], quadrant, f"{n} Pengelolaan sampah terpadu "
                      "berbasis masyarakat di setiap kecamatan", group_id=group.id)
    window = ProjectorWindow(controller, make_settings(tmp_path))
    qtbot.addWidget(window)
    controller.show_on_projector("swot", f"group:{group.id}")
    problems = []
    for size in ((1024, 768), (1280, 720), (1920, 1080)):
        window.resize(*size)
        window.show()
        for scale in (MIN_FONT_SCALE, 1.0, MAX_FONT_SCALE):
            window.set_font_scale(scale)
            window.layout().activate()
            qtbot.wait(1)
            window.grab()
            records = window.last_layout()
            titles = [r.text for r in records if r.role == "title"]
            # the title names the group (a long one is elided at the largest scales)
            wanted = "Kelompok Smart Environment" if scale <= 1.0 else "SWOT of the group"
            if not any(wanted in t for t in titles):
                problems.append(f"{size} {scale}: title {titles}")
            inside = QRectF(-0.5, -0.5, size[0] + 1, size[1] + 1)
            for record in records:
                if not record.fits() or not inside.contains(record.rect):
                    problems.append(f"{size} {scale}: {record.role} {record.text!r}")
    window.hide()
    controller.close()
    assert problems == [], "\n".join(problems)


def test_projector_of_a_removed_group_shows_nothing_and_says_so(qtbot, tmp_path):
    from ui_support import make_controller, opd_id, show

    from ui.views.projector_swot import SwotProjectorBoard

    controller = make_controller(tmp_path)
    group = groups.add_group(controller.ws, "Sementara", "custom")
    swot.add_item(controller.ws, opd_id(controller, "DLH"), "S", "X", group_id=group.id)
    groups.delete_group(controller.ws, group.id)
    board = show(qtbot, SwotProjectorBoard(controller, f"group:{group.id}"), 1024, 768)
    board.grab()
    assert board.items == {"S": [], "W": [], "O": [], "T": []}
    assert [r.text for r in board.last_layout() if r.role == "title"] == ["SWOT: no OPD yet"]
    controller.close()
