"""Rencana > Kelembagaan on real widgets (issue 9): the Dewan Smart City and Tim Pelaksana
members, the regulation plan and the financing, SDM and infrastructure plans with their
narratives, over the demo workshop and a new one: enter, edit, undo/redo, refused values,
hostile text."""

from __future__ import annotations

from plan_ui_support import (
    HOSTILE,
    cell_text,
    choose_cell,
    commit_text,
    demo_controller,
    make_view,
    new_controller,
    type_cell,
    walk_hostile,
)
from PySide6.QtCore import Qt
from ui_support import opd_id, settle

from smartbimtek.services import institutions


def _institutions(qtbot, controller, page: int = 0):
    view = make_view(qtbot, controller)
    view.tabs.setCurrentIndex(2)
    view.institutions.setCurrentIndex(page)
    settle(qtbot, 20)
    return view, view.institutions


def test_members_over_the_demo(qtbot, tmp_path, demo_file):
    controller = demo_controller(tmp_path, demo_file)
    ws = controller.ws
    view, tab = _institutions(qtbot, controller)
    page = tab.members_page
    members = [m for m in institutions.list_members(ws) if m.body != "penyusun"]
    assert page.table.row_count() == len(members) > 0
    assert cell_text(page.table, 0, "name") == members[0].name
    assert page.narrative.toPlainText() == institutions.narratives(ws).get("bodies", "")
    choose_cell(qtbot, page.table, 0, "body", "pelaksana" if members[0].body == "dewan"
                else "dewan")
    moved = institutions.get_member(ws, members[0].id)
    assert moved.body != members[0].body
    type_cell(qtbot, page.table, 0, "name", "")  # a member needs a name
    assert view.message.text() and institutions.get_member(ws, moved.id).name == \
        members[0].name
    controller.undo_stack.undo()
    assert institutions.get_member(ws, moved.id).body == members[0].body
    commit_text(qtbot, page.narrative, "Dewan dibentuk dengan Keputusan Bupati.")
    assert institutions.narratives(ws)["bodies"] == "Dewan dibentuk dengan Keputusan Bupati."
    controller.undo_stack.undo()
    settle(qtbot, 20)
    assert page.narrative.toPlainText() == institutions.narratives(ws).get("bodies", "")


def test_regulation_and_enablers_in_a_new_workshop(qtbot, tmp_path):
    controller = new_controller(tmp_path)
    ws = controller.ws
    view, tab = _institutions(qtbot, controller, 1)
    page = tab.regulations_page
    qtbot.mouseClick(page.table.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, 20)
    [regulation] = institutions.list_regulations(ws)
    assert regulation.instrument == "Peraturan Bupati"
    type_cell(qtbot, page.table, 0, "instrument", "Peraturan Bupati")  # the add opened it
    type_cell(qtbot, page.table, 0, "subject", "Masterplan Smart City")
    type_cell(qtbot, page.table, 0, "target_year", "2028")
    choose_cell(qtbot, page.table, 0, "status", "penyusunan")
    got = institutions.get_regulation(ws, regulation.id)
    assert (got.subject, got.target_year, got.status) == \
        ("Masterplan Smart City", 2028, "penyusunan")
    type_cell(qtbot, page.table, 0, "target_year", "2040")  # outside the period 2027-2031
    assert "2040" in view.message.text()
    assert institutions.get_regulation(ws, regulation.id).target_year == 2028
    assert cell_text(page.table, 0, "target_year") == "2028"
    tab.setCurrentIndex(3)  # SDM
    settle(qtbot, 20)
    sdm = tab.enabler_pages["sdm"]
    qtbot.mouseClick(sdm.table.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, sdm.table, 0, "title", "Pelatihan analis data")
    type_cell(qtbot, sdm.table, 0, "description", "40 ASN per tahun")
    choose_cell(qtbot, sdm.table, 0, "opd_id", opd_id(controller, "DISKOMINFO"))
    [item] = institutions.list_enablers(ws, "sdm")
    assert (item.title, item.description, item.opd_id) == \
        ("Pelatihan analis data", "40 ASN per tahun", opd_id(controller, "DISKOMINFO"))
    assert cell_text(sdm.table, 0, "opd_id") == "DISKOMINFO"
    commit_text(qtbot, sdm.narrative, "Rencana SDM lima tahun.")
    assert institutions.narratives(ws) == {"sdm": "Rencana SDM lima tahun."}
    sdm.table.select_id(item.id)
    qtbot.mouseClick(sdm.table.delete_button, Qt.MouseButton.LeftButton)
    assert institutions.list_enablers(ws, "sdm") == []
    controller.undo_stack.undo()
    settle(qtbot, 20)
    assert sdm.table.row_count() == 1
    controller.undo_stack.redo()
    settle(qtbot, 20)
    assert sdm.table.row_count() == 0 and institutions.list_enablers(ws, "sdm") == []


def test_institutions_show_hostile_text_plainly(qtbot, tmp_path, demo_file):
    controller = demo_controller(tmp_path, demo_file)
    ws = controller.ws
    for n, m in enumerate(institutions.list_members(ws)):
        institutions.update_member(ws, m.id, name=HOSTILE[n % 5],
                                   position=HOSTILE[(n + 1) % 5], role="<b>r</b>ZQR")
    for n, r in enumerate(institutions.list_regulations(ws)):
        institutions.update_regulation(ws, r.id, subject=HOSTILE[n % 5],
                                       instrument=HOSTILE[(n + 3) % 5])
    for n, e in enumerate(institutions.list_enablers(ws)):
        institutions.update_enabler(ws, e.id, title=HOSTILE[n % 5],
                                    description=HOSTILE[(n + 1) % 5])
    institutions.set_narratives(ws, {s: HOSTILE[n % 5] for n, s in
                                     enumerate(institutions.NARRATIVE_SECTIONS)})
    view, _tab = _institutions(qtbot, controller)
    walker = walk_hostile(qtbot, view)
    assert walker.tooltips_checked > 20
