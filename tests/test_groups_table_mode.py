"""Table entry mode per group (issue 10): the table-mode dialog offers the bimtek's groups
beside the OPDs; a group's table records the group and the OPD picked among its members
(default the first); a dimension group's table has its dimension preselected and only that
one; the header names the group and its members; scores stay per OPD and record the group."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_support import FakeClock, make_controller, make_settings, opd_id, settle, show

from smartbimtek.services import groups, programs, swot
from ui.file_dialogs import TableModeDialog
from ui.main_window import MainWindow


def _setup(qtbot, tmp_path):
    controller = make_controller(tmp_path, clock=FakeClock())
    ws = controller.ws
    groups.ensure_opd_groups(ws)
    kominfo, bappeda = opd_id(controller, "DISKOMINFO"), opd_id(controller, "BAPPEDA")
    dimension = groups.add_group(ws, "Tata kelola", "dimension", dimension="governance",
                                 opd_ids=[bappeda, kominfo])
    window = show(qtbot, MainWindow(controller, make_settings(tmp_path, pin="2468"),
                                    projector=False))
    return controller, window, dimension


def test_dialog_offers_the_groups_after_the_opds(qtbot, tmp_path):
    controller, _window, dimension = _setup(qtbot, tmp_path)
    from smartbimtek.services import roster

    dialog = TableModeDialog(roster.list_opds(controller.ws), None,
                             groups.shared_groups(controller.ws))
    qtbot.addWidget(dialog)
    texts = [dialog.opd.itemText(i) for i in range(dialog.opd.count())]
    # three OPDs, a separator, the dimension group (OPD groups of one OPD are the OPDs)
    assert texts[0].startswith("DISKOMINFO") and texts[-1].startswith("Group: Tata kelola")
    assert len(texts) == 5
    assert dialog.chosen() == (opd_id(controller, "DISKOMINFO"), None)
    dialog.opd.setCurrentIndex(4)
    assert dialog.chosen() == (None, dimension.id)


def test_a_group_table_records_the_group_and_the_picked_opd(qtbot, tmp_path):
    controller, window, dimension = _setup(qtbot, tmp_path)
    ws = controller.ws
    kominfo, bappeda = opd_id(controller, "DISKOMINFO"), opd_id(controller, "BAPPEDA")
    table = window.files.start_table_mode(None, group_id=dimension.id)
    qtbot.addWidget(table)
    assert "Tata kelola" in table.opd_label.text()
    assert "BAPPEDA, DISKOMINFO" in table.opd_label.text()
    picker = table.table_group.opd_box
    assert picker.isVisibleTo(table) and picker.count() == 2
    assert picker.currentData() == bappeda  # the first member by default
    # the dimension is preselected and the only choice
    for box in (table.swot_dimension, table.program_dimension, table.score_dimension):
        assert [box.itemData(i) for i in range(box.count())] == ["governance"]
    qtbot.keyClicks(table.swot_text, "Data belum terpadu")
    table.quadrant_buttons["W"].click()
    qtbot.mouseClick(table.swot_add, Qt.MouseButton.LeftButton)
    picker.setCurrentIndex(picker.findData(kominfo))
    qtbot.keyClicks(table.swot_text, "SDM TIK cukup")
    table.quadrant_buttons["S"].click()
    qtbot.mouseClick(table.swot_add, Qt.MouseButton.LeftButton)
    items = swot.list_items(ws, group_id=dimension.id)
    assert [(i.text, i.opd_id, i.quadrant, i.dimension, i.source) for i in items] == [
        ("Data belum terpadu", bappeda, "W", "governance", "table"),
        ("SDM TIK cukup", kominfo, "S", "governance", "table")]
    audit = ws.query("SELECT actor FROM audit WHERE entity='swot' ORDER BY id")
    assert [r[0] for r in audit] == ["table:BAPPEDA", "table:DISKOMINFO"]
    qtbot.keyClicks(table.program_title, "Satu data daerah")
    qtbot.mouseClick(table.program_add, Qt.MouseButton.LeftButton)
    program = programs.list_programs(ws, group_id=dimension.id)[0]
    assert (program.opd_id, program.dimension) == (kominfo, "governance")
    settle(qtbot, 20)
    assert table.swot_list.count() == 2 and table.program_list.count() == 1
    assert "· BAPPEDA" in table.swot_list.item(0).text()
    # scores stay per OPD (the picked one) and record the group
    table.score_table.cellWidget(0, 1).buttons[4].click()
    row = ws.query_one("SELECT rater, rater_kind, value, group_id FROM scores")
    assert tuple(row) == ("DISKOMINFO", "opd", 5, dimension.id)
    # a keyword from the group's table carries the group and the picked OPD
    qtbot.keyClicks(table.exercises.keyword_input, "Terpadu")
    qtbot.mouseClick(table.exercises.keyword_add, Qt.MouseButton.LeftButton)
    keyword = ws.query_one("SELECT group_id, opd_id FROM keyword_entries")
    assert tuple(keyword) == (dimension.id, kominfo)
    table.force_close()


def test_an_opd_table_records_its_opd_group_and_keeps_every_dimension(qtbot, tmp_path):
    controller, window, _dimension = _setup(qtbot, tmp_path)
    dlh = opd_id(controller, "DLH")
    table = window.files.start_table_mode(dlh)
    qtbot.addWidget(table)
    assert not table.table_group.opd_box.isVisibleTo(table)
    assert table.swot_dimension.count() == 7  # "(no dimension)" and the six dimensions
    qtbot.keyClicks(table.swot_text, "Armada sampah tua")
    qtbot.mouseClick(table.swot_add, Qt.MouseButton.LeftButton)
    own = groups.opd_group(controller.ws, dlh)
    assert [i.opd_id for i in swot.list_items(controller.ws, group_id=own.id)] == [dlh]
    table.force_close()


SIZES = [(1024, 768), (1280, 800), (910, 512)]


def test_a_group_table_fits_small_screens(qtbot, tmp_path, demo_file):
    """With the OPD picker and a header of seven members, every tab still fits (as
    tests/test_layout_console.py checks an OPD's table), at the largest font scale."""
    import shutil

    from layout_support import layout_problems, unreachable
    from PySide6.QtWidgets import QApplication

    from smartbimtek.services import roster
    from ui.controller import Controller
    from ui.screenshots import TABLE_TABS
    from ui.settings import MAX_FONT_SCALE

    path = tmp_path / "demo.bimtek"
    shutil.copyfile(demo_file, path)
    settings = make_settings(tmp_path)
    settings.set_font_scale(MAX_FONT_SCALE)
    controller = Controller(clock=FakeClock())
    window = MainWindow(controller, settings, projector=False)
    qtbot.addWidget(window)
    window.files.open_path(path)
    members = [o.id for o in roster.list_opds(controller.ws)[:7]]
    group = groups.add_group(controller.ws, "Kelompok Smart Governance dan Tata Kelola Data",
                             "dimension", dimension="governance", opd_ids=members)
    table = window.files.start_table_mode(None, group_id=group.id)
    table.showNormal()
    problems = []
    for size in SIZES:
        table.resize(*size)
        for index, tab in enumerate(TABLE_TABS):
            table.tabs.setCurrentIndex(index)
            for _ in range(3):
                QApplication.processEvents()
            buttons = {"leave": table.leave_button}
            if tab == "swot":
                buttons["add item"] = table.swot_add
            elif tab == "programs":
                buttons["add program"] = table.program_add
            found = layout_problems(table, size) + unreachable(table, buttons)
            problems += [f"table/{tab} at {size[0]}x{size[1]}: {p}" for p in found]
    table.force_close()
    assert problems == [], "\n".join(problems)


def test_a_component_group_table_records_its_component(qtbot, tmp_path):
    controller, window, _dimension = _setup(qtbot, tmp_path)
    dlh = opd_id(controller, "DLH")
    group = groups.add_group(controller.ws, "Meja Struktur", "component", component="struktur",
                             opd_ids=[dlh])
    table = window.files.start_table_mode(None, group_id=group.id)
    qtbot.addWidget(table)
    assert not table.table_group.opd_box.isVisibleTo(table)  # one member: nothing to pick
    assert table.swot_dimension.count() == 7  # a component group keeps every dimension
    qtbot.keyClicks(table.swot_text, "Pegawai TIK sedikit")
    qtbot.mouseClick(table.swot_add, Qt.MouseButton.LeftButton)
    [item] = swot.list_items(controller.ws, group_id=group.id)
    assert (item.opd_id, item.component, item.dimension) == (dlh, "struktur", None)
    table.force_close()
