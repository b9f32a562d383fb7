"""The groups tab of the Workshop view (kelompok) on real widgets: one group per dimension in
one click (with join codes, undoable), a group created and its members edited with undo,
each group's join code shown in the tab and in the table input panel (issue 10)."""

from __future__ import annotations

import shutil

import pytest
from boards_support import show
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smartbimtek import reference
from smartbimtek.services import groups, lan, roster
from ui.controller import Controller
from ui.lan_panel import LanPanel
from ui.views.workshop import WorkshopView

HOSTILE = "<b>Meja</b> & <i>Tata</i>"


@pytest.fixture
def ctl(tmp_path, demo_file):
    path = tmp_path / "demo.bimtek"
    shutil.copyfile(demo_file, path)
    controller = Controller()
    controller.open(path)
    yield controller
    controller.close()


def _panel(qtbot, ctl):
    view = show(qtbot, WorkshopView(ctl))
    view.tabs.setCurrentIndex(list(view.tabs.tabText(n) for n in range(view.tabs.count()))
                              .index("Groups"))
    panel = view.groups_panel
    settle(panel)
    return view, panel


def settle(panel):
    for _ in range(3):
        QApplication.processEvents()
    panel.reload_now()


def _check(widget, ids):
    for n in range(widget.count()):
        item = widget.item(n)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in ids
                           else Qt.CheckState.Unchecked)


def test_groups_tab_is_built_when_shown(qtbot, ctl):
    view = show(qtbot, WorkshopView(ctl))
    assert not view.is_built("groups")
    _view, panel = _panel(qtbot, ctl)
    assert panel.isVisible()


def test_one_group_per_dimension_with_codes_and_undo(qtbot, ctl):
    _view, panel = _panel(qtbot, ctl)
    before = len(groups.list_groups(ctl.ws))
    panel.per_dimension_button.click()
    settle(panel)
    made = groups.list_groups(ctl.ws, kind="dimension")
    assert [g.dimension for g in made] == list(reference.dimension_ids())
    codes = lan.group_codes(ctl.ws)
    assert all(codes.get(g.id) for g in made)
    assert panel.group_list.count() == before + 6
    shown = [panel.group_list.item(n).text() for n in range(panel.group_list.count())]
    assert all(any(codes[g.id] in line and g.name in line for line in shown) for g in made)
    panel.select_group(made[0].id)
    assert panel.code_label.text() == codes[made[0].id]
    ctl.undo_stack.undo()
    assert groups.list_groups(ctl.ws, kind="dimension") == []


def test_group_created_members_edited_and_undone(qtbot, ctl):
    _view, panel = _panel(qtbot, ctl)
    opds = roster.list_opds(ctl.ws)
    people = roster.list_participants(ctl.ws)
    panel.name_edit.setText(HOSTILE)
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("dimension"))
    panel.target_combo.setCurrentIndex(panel.target_combo.findData("governance"))
    _check(panel.opd_list, {opds[0].id, opds[1].id})
    panel.new_button.click()
    settle(panel)
    group = next(g for g in groups.list_groups(ctl.ws) if g.name == HOSTILE)
    assert (group.kind, group.dimension) == ("dimension", "governance")
    assert set(group.opd_ids) == {opds[0].id, opds[1].id}
    panel.select_group(group.id)
    assert panel.selected().id == group.id
    _check(panel.opd_list, {opds[2].id})
    _check(panel.people_list, {people[0].id})
    panel.name_edit.setText("Kelompok Tata Kelola")
    panel.save_button.click()
    edited = groups.get_group(ctl.ws, group.id)
    assert edited.name == "Kelompok Tata Kelola"
    assert edited.opd_ids == [opds[2].id] and edited.participant_ids == [people[0].id]
    ctl.undo_stack.undo()  # name and members back in one step
    back = groups.get_group(ctl.ws, group.id)
    assert back.name == HOSTILE and set(back.opd_ids) == {opds[0].id, opds[1].id}
    assert back.participant_ids == []
    ctl.undo_stack.undo()
    assert all(g.id != group.id for g in groups.list_groups(ctl.ws))
    ctl.undo_stack.redo()
    assert groups.get_group(ctl.ws, group.id).name == HOSTILE


def test_group_without_its_dimension_is_refused(qtbot, ctl):
    _view, panel = _panel(qtbot, ctl)
    panel.name_edit.setText("Kelompok OPD")
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("opd"))
    panel.target_combo.clear()  # no OPD chosen
    count = len(groups.list_groups(ctl.ws))
    panel.new_button.click()
    assert len(groups.list_groups(ctl.ws)) == count
    assert panel.message.isVisible() and panel.message.text()


def test_lan_panel_lists_group_codes(qtbot, ctl):
    made = groups.groups_per_dimension(ctl.ws)
    codes = lan.ensure_group_codes(ctl.ws)
    panel = show(qtbot, LanPanel(ctl))
    panel.load()
    assert panel.group_codes_label.isVisible()
    text = panel.group_codes_label.text()
    assert all(f"{g.name}: {codes[g.id]}" in text for g in made)


def test_new_group_form_offers_the_choices_of_its_kind(qtbot, ctl):
    _view, panel = _panel(qtbot, ctl)
    assert panel.selected() is None and panel.kind_combo.currentData() == "opd"
    assert panel.target_combo.count() == len(roster.list_opds(ctl.ws))
