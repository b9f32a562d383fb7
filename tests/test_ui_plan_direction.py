"""Rencana > Arah on real widgets (issue 9): the RPJMD list and the tujuan and sasaran with
indicator, baseline, the RPJMD item served and a target per year (years as columns), over the
demo workshop and a new one: enter, edit, undo/redo, refused values, hostile text."""

from __future__ import annotations

from plan_ui_support import (
    HOSTILE,
    cell_text,
    choose_cell,
    demo_controller,
    make_view,
    new_controller,
    type_cell,
    walk_hostile,
)
from PySide6.QtCore import Qt
from ui_support import settle

from smartbimtek.services import direction, plan


def _direction(qtbot, controller):
    view = make_view(qtbot, controller)
    view.tabs.setCurrentIndex(1)
    settle(qtbot, 20)
    return view, view.direction


def test_year_columns_follow_the_plan_period(qtbot, tmp_path, demo_file):
    controller = demo_controller(tmp_path, demo_file)
    ws = controller.ws
    view, tab = _direction(qtbot, controller)
    start, end = plan.get_plan(ws).period_start, plan.get_plan(ws).period_end
    headers = [c.header for c in tab.table.columns if c.header.isdigit()]
    assert headers == [str(y) for y in range(start, end + 1)]
    objectives = direction.list_objectives(ws)
    assert tab.table.row_count() == len(objectives)
    assert tab.rpjmd_table.row_count() == len(direction.list_rpjmd(ws))
    row, sasaran = next((n, o) for n, o in enumerate(objectives) if o.targets)
    year = min(sasaran.targets)
    assert cell_text(tab.table, row, f"y{year}") == sasaran.targets[year]
    type_cell(qtbot, tab.table, row, f"y{year}", "99 %")
    assert direction.get_objective(ws, sasaran.id).targets[year] == "99 %"
    controller.undo_stack.undo()
    settle(qtbot, 20)
    assert direction.get_objective(ws, sasaran.id).targets[year] == sasaran.targets[year]
    assert cell_text(tab.table, row, f"y{year}") == sasaran.targets[year]
    plan.update_plan(ws, period_start=start, period_end=start + 4)
    settle(qtbot, 30)
    assert [c.header for c in tab.table.columns if c.header.isdigit()] == \
        [str(y) for y in range(start, start + 5)]


def test_enter_rpjmd_tujuan_and_sasaran_in_a_new_workshop(qtbot, tmp_path):
    controller = new_controller(tmp_path)
    ws = controller.ws
    view, tab = _direction(qtbot, controller)
    qtbot.mouseClick(tab.rpjmd_table.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, tab.rpjmd_table, 0, "text", "Tata kelola yang bersih")
    type_cell(qtbot, tab.rpjmd_table, 0, "code", "Misi 1")
    [misi] = direction.list_rpjmd(ws)
    assert (misi.kind, misi.code, misi.text) == ("misi", "Misi 1", "Tata kelola yang bersih")
    tab.rpjmd_table.select_id(misi.id)
    qtbot.mouseClick(tab.rpjmd_table.add_button, Qt.MouseButton.LeftButton)  # under the misi
    type_cell(qtbot, tab.rpjmd_table, 1, "text", "Layanan publik digital")
    sasaran_rpjmd = [i for i in direction.list_rpjmd(ws) if i.kind == "sasaran"][0]
    assert sasaran_rpjmd.parent_id == misi.id
    qtbot.mouseClick(tab.table.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, tab.table, 0, "text", "Meningkatkan layanan publik")
    [tujuan] = direction.list_objectives(ws)
    tab.table.select_id(tujuan.id)
    qtbot.mouseClick(tab.table.add_button, Qt.MouseButton.LeftButton)  # a sasaran under it
    type_cell(qtbot, tab.table, 1, "text", "Meningkatnya indeks SPBE")
    sasaran = direction.list_objectives(ws, "sasaran")[0]
    assert sasaran.parent_id == tujuan.id
    choose_cell(qtbot, tab.table, 1, "dimension", "governance")
    choose_cell(qtbot, tab.table, 1, "rpjmd_id", sasaran_rpjmd.id)
    type_cell(qtbot, tab.table, 1, "indicator", "Indeks SPBE")
    type_cell(qtbot, tab.table, 1, "unit", "indeks")
    type_cell(qtbot, tab.table, 1, "baseline_value", "2,61")
    type_cell(qtbot, tab.table, 1, "baseline_year", "2025")
    type_cell(qtbot, tab.table, 1, "y2027", "2,75")
    type_cell(qtbot, tab.table, 1, "y2031", "3,50")
    got = direction.get_objective(ws, sasaran.id)
    assert (got.dimension, got.rpjmd_id, got.indicator, got.unit, got.baseline_value,
            got.baseline_year, got.targets) == (
        "governance", sasaran_rpjmd.id, "Indeks SPBE", "indeks", "2,61", 2025,
        {2027: "2,75", 2031: "3,50"})
    assert cell_text(tab.table, 1, "dimension") == "Smart Governance"
    type_cell(qtbot, tab.table, 1, "baseline_year", "tahun lalu")  # not a year: refused
    assert view.message.text() and direction.get_objective(ws, sasaran.id).baseline_year \
        == 2025
    assert cell_text(tab.table, 1, "baseline_year") == "2025"
    for _ in range(2):  # the two targets
        controller.undo_stack.undo()
    assert direction.get_objective(ws, sasaran.id).targets == {}
    controller.undo_stack.redo()
    settle(qtbot, 20)
    assert direction.get_objective(ws, sasaran.id).targets == {2027: "2,75"}
    assert cell_text(tab.table, 1, "y2027") == "2,75"


def test_direction_shows_hostile_text_plainly(qtbot, tmp_path, demo_file):
    controller = demo_controller(tmp_path, demo_file)
    ws = controller.ws
    for n, item in enumerate(direction.list_rpjmd(ws)):
        direction.update_rpjmd(ws, item.id, text=HOSTILE[n % 5], code=HOSTILE[(n + 1) % 5])
    for n, item in enumerate(direction.list_objectives(ws)):
        direction.update_objective(ws, item.id, text=HOSTILE[n % 5],
                                   indicator=HOSTILE[(n + 2) % 5], unit="<b>u</b>ZQU",
                                   targets={y: "<i>t</i>ZQT" for y in item.targets})
    view, _tab = _direction(qtbot, controller)
    walker = walk_hostile(qtbot, view)
    assert walker.tooltips_checked > 20
