"""Workshop view on real widgets: plan fields, OPD roster (add, edit in place, delete,
import, template), participants and the fast attendance check-in; undo/redo through the
controller's stack; refused input shown as a message."""

from __future__ import annotations

from openpyxl import Workbook
from PySide6.QtCore import Qt
from ui_support import make_controller, opd_id, settle, show

from smartbimtek.services import plan, roster
from ui.views.workshop import WorkshopView


def _view(qtbot, tmp_path, **kwargs):
    controller = make_controller(tmp_path, **kwargs)
    view = show(qtbot, WorkshopView(controller))
    errors: list = []
    controller.error_raised.connect(errors.append)
    return controller, view, errors


def _opd_row(view, code: str) -> int:
    table = view.opd_panel.table
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == code)


def test_add_edit_delete_opd_changes_the_database_and_undoes(qtbot, tmp_path):
    controller, view, errors = _view(qtbot, tmp_path)
    panel = view.opd_panel
    view.tabs.setCurrentWidget(panel)
    qtbot.keyClicks(panel.code, "disdik")
    qtbot.keyClicks(panel.name, "Dinas Pendidikan")
    panel.table_no.setValue(4)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    opd = roster.find_opd(controller.ws, "DISDIK")
    assert opd is not None and opd.name == "Dinas Pendidikan" and opd.table_no == 4
    assert panel.table.rowCount() == 4 and panel.code.text() == ""

    # edit the name in place
    item = panel.table.item(_opd_row(view, "DISDIK"), 1)
    item.setText("Dinas Pendidikan dan Kebudayaan")
    assert roster.get_opd(controller.ws, opd.id).name == "Dinas Pendidikan dan Kebudayaan"

    # delete it
    panel.table.selectRow(_opd_row(view, "DISDIK"))
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert roster.find_opd(controller.ws, "DISDIK") is None

    stack = controller.undo_stack
    stack.undo()  # delete undone
    assert roster.get_opd(controller.ws, opd.id).name == "Dinas Pendidikan dan Kebudayaan"
    stack.undo()  # edit undone
    assert roster.get_opd(controller.ws, opd.id).name == "Dinas Pendidikan"
    stack.undo()  # add undone
    assert roster.find_opd(controller.ws, "DISDIK") is None
    stack.redo()
    assert roster.find_opd(controller.ws, "DISDIK").id == opd.id
    assert errors == []
    settle(qtbot)
    assert panel.table.rowCount() == 4


def test_refused_opd_input_is_reported_not_saved(qtbot, tmp_path):
    controller, view, errors = _view(qtbot, tmp_path)
    panel = view.opd_panel
    qtbot.keyClicks(panel.code, "DISKOMINFO")  # duplicate code
    qtbot.keyClicks(panel.name, "Lagi")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert errors and errors[-1].code == "duplicate"
    assert len(roster.list_opds(controller.ws)) == 3
    panel.code.setText("A<B&=1")
    panel.name.setText("x")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert errors[-1].code == "format"
    panel.code.setText("NEW")
    panel.name.setText("\x00\x07   ")  # control characters only: empty
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert errors[-1].code == "empty"
    assert len(roster.list_opds(controller.ws)) == 3
    # a refused in-place edit shows the stored value again
    item = panel.table.item(_opd_row(view, "DLH"), 2)
    item.setText("tiga")
    settle(qtbot)
    assert errors[-1].code == "type"
    assert panel.table.item(_opd_row(view, "DLH"), 2).text() == "3"


def test_opd_import_from_csv_and_xlsx(qtbot, tmp_path):
    controller, view, errors = _view(qtbot, tmp_path)
    csv_file = tmp_path / "opd.csv"
    csv_file.write_text("kode;nama;meja\nDISDIK;Dinas Pendidikan;4\nDLH;Dinas LH;3\n"
                        "DINKES;Dinas Kesehatan;\n", encoding="utf-8")
    assert view.opd_panel.import_path(str(csv_file)) == 2  # DLH exists already
    assert roster.find_opd(controller.ws, "DINKES").table_no is None
    book = Workbook()
    sheet = book.active
    sheet.append(["Code", "Name", "Table"])
    sheet.append(["DISHUB", "Dinas Perhubungan", 9])
    xlsx = tmp_path / "opd.xlsx"
    book.save(xlsx)
    assert view.opd_panel.import_path(str(xlsx)) == 1
    assert roster.find_opd(controller.ws, "DISHUB").table_no == 9
    controller.undo_stack.undo()
    assert roster.find_opd(controller.ws, "DISHUB") is None
    bad = tmp_path / "bad.csv"
    bad.write_text("kode,nama\nOK1,Satu\n,Tanpa kode\n", encoding="utf-8")
    assert view.opd_panel.import_path(str(bad)) == 0
    assert errors[-1].code == "empty" and errors[-1].record == "row 3"
    assert roster.find_opd(controller.ws, "OK1") is None  # all or nothing


def test_add_opds_from_the_template_list(qtbot, tmp_path):
    controller, view, _errors = _view(qtbot, tmp_path, opds=False)
    added = view.opd_panel.add_template_codes(["SETDA", "BAPPEDA", "DISKOMINFO"])
    assert added == 3
    assert {o.code for o in roster.list_opds(controller.ws)} == {"SETDA", "BAPPEDA",
                                                                 "DISKOMINFO"}
    controller.undo_stack.undo()
    assert roster.list_opds(controller.ws) == []


def test_plan_fields_save_when_left_and_undo(qtbot, tmp_path):
    controller, view, errors = _view(qtbot, tmp_path)
    panel = view.plan_panel
    panel.region_name.setFocus()
    qtbot.keyClicks(panel.region_name, "Kabupaten Sukamaju")
    qtbot.keyClick(panel.region_name, Qt.Key.Key_Return)
    assert plan.get_plan(controller.ws).region_name == "Kabupaten Sukamaju"
    panel.missions.setFocus()
    qtbot.keyClicks(panel.missions, "Misi satu")
    qtbot.keyClick(panel.missions, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.missions, "Misi <dua> & =SUM(A1)")
    panel.missions.commit()
    assert plan.get_plan(controller.ws).missions == ["Misi satu", "Misi <dua> & =SUM(A1)"]
    controller.undo_stack.undo()
    assert plan.get_plan(controller.ws).missions == []
    controller.undo_stack.undo()
    assert plan.get_plan(controller.ws).region_name == ""
    controller.undo_stack.redo()
    assert plan.get_plan(controller.ws).region_name == "Kabupaten Sukamaju"
    # an over-long vision is refused with a message and not saved
    panel.vision.setPlainText("x" * 20_001)
    panel.vision.commit()
    assert errors[-1].code == "too_long"
    assert plan.get_plan(controller.ws).vision == ""


def test_participants_add_edit_delete_and_undo(qtbot, tmp_path):
    controller, view, errors = _view(qtbot, tmp_path)
    view.tabs.setCurrentWidget(view.attendance_panel)
    table = view.attendance_panel.participants
    table.load()
    qtbot.keyClicks(table.name, "Siti Aminah")
    table.opd.setCurrentIndex(table.opd.findData(opd_id(controller, "DLH")))
    qtbot.keyClicks(table.position, "Kepala Bidang")
    qtbot.keyClicks(table.phone, "0812 3456 7890")
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    people = roster.list_participants(controller.ws)
    assert [(p.name, p.position, p.phone) for p in people] == [
        ("Siti Aminah", "Kepala Bidang", "0812 3456 7890")]
    assert people[0].opd_id == opd_id(controller, "DLH")
    table.table.item(0, 2).setText("Sekretaris")
    assert roster.get_participant(controller.ws, people[0].id).position == "Sekretaris"
    table.change_opd(0, opd_id(controller, "BAPPEDA"))
    assert roster.get_participant(controller.ws, people[0].id).opd_id == \
        opd_id(controller, "BAPPEDA")
    table.table.selectRow(0)
    qtbot.mouseClick(table.delete_button, Qt.MouseButton.LeftButton)
    assert roster.list_participants(controller.ws) == []
    controller.undo_stack.undo()
    assert len(roster.list_participants(controller.ws)) == 1
    for _ in range(3):
        controller.undo_stack.undo()
    assert roster.list_participants(controller.ws) == []
    controller.undo_stack.redo()  # the same person comes back
    assert roster.list_participants(controller.ws)[0].id == people[0].id
    table.phone.setText("not a phone")
    table.name.setText("Budi")
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert errors[-1].code == "format" and errors[-1].field == "phone"


def test_attendance_check_in_by_typing_and_enter(qtbot, tmp_path):
    controller, view, errors = _view(qtbot, tmp_path)
    ws = controller.ws
    dlh = opd_id(controller, "DLH")
    ahmad = roster.add_participant(ws, "Ahmad Fauzi", dlh, "Kepala Dinas")
    roster.add_participant(ws, "Budi Santoso", opd_id(controller, "BAPPEDA"))
    roster.add_participant(ws, "Ahmad Rifai", dlh)
    view.tabs.setCurrentWidget(view.attendance_panel)
    checkin = view.attendance_panel.checkin
    checkin.load()
    checkin.day.setCurrentIndex(1)  # day 2
    qtbot.keyClicks(checkin.search, "ahmad f")
    assert checkin.matches.count() == 1
    qtbot.keyClick(checkin.search, Qt.Key.Key_Return)
    event_id = controller.event_id
    present = roster.attendance(ws, event_id)
    assert [(a.participant_id, a.day) for a in present] == [(ahmad.id, 2)]
    assert checkin.search.text() == ""
    assert "Ahmad Fauzi" in checkin.last.text()
    assert roster.attendance_counts(ws, event_id)[dlh] == {2: 1}
    settle(qtbot)
    counts = {checkin.counts.item(r, 0).text(): checkin.counts.item(r, 1).text()
              for r in range(checkin.counts.rowCount())}
    assert counts["DLH"] == "1 / 2"
    # typing an OPD code finds its people; people already present are listed last
    qtbot.keyClicks(checkin.search, "DLH")
    assert checkin.matches.item(0).text().startswith("Ahmad Rifai")
    qtbot.keyClick(checkin.search, Qt.Key.Key_Return)
    assert len(roster.attendance(ws, event_id)) == 2
    controller.undo_stack.undo()  # the wrong person: take it back
    assert len(roster.attendance(ws, event_id)) == 1
    assert errors == []
