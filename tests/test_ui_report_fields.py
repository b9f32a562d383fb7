"""The laporan's new fields on the console (issue 11): the Event tab edits the legal basis,
the Nota Kesepakatan number, the tim pembimbing's institution, the narasumber, conclusions and
recommendations; the participants table edits a participant's group and institution. Every
edit is one undoable step; text is plain."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_support import make_controller, opd_id, settle, show

from smartbimtek.model import Speaker
from smartbimtek.services import plan, roster
from ui.views.workshop import WorkshopView, speakers_from_text, speakers_text


def test_speakers_text_round_trip():
    speakers = speakers_from_text("Ir. Budi; ITB; Konsep\n\n  Dr. Sari ;Unsuka\nTanpa instansi")
    assert speakers == [Speaker("Ir. Budi", "ITB", "Konsep"), Speaker("Dr. Sari", "Unsuka", ""),
                        Speaker("Tanpa instansi", "", "")]
    assert speakers_from_text(speakers_text(speakers)) == speakers


def test_event_tab_edits_the_report_fields_and_undoes(qtbot, tmp_path):
    controller = make_controller(tmp_path)
    view = show(qtbot, WorkshopView(controller))
    errors: list = []
    controller.error_raised.connect(errors.append)
    panel = view.event_panel
    view.tabs.setCurrentWidget(panel)
    panel.agreement_number.setFocus()
    qtbot.keyClicks(panel.agreement_number, "400.14/1287/NK/2026")
    qtbot.keyClick(panel.agreement_number, Qt.Key.Key_Return)
    panel.legal_basis.setPlainText("Nota Kesepakatan <b>Gerakan</b> & =SUM(A1)")
    panel.legal_basis.commit()
    panel.speakers.setPlainText("Prof. Suhono; ITB; Konsep smart city")
    panel.speakers.commit()
    panel.conclusions.setPlainText("Kesimpulan satu.\n\nKesimpulan dua.")
    panel.conclusions.commit()
    event = plan.current_event(controller.ws)
    assert event.agreement_number == "400.14/1287/NK/2026"
    assert event.legal_basis == "Nota Kesepakatan <b>Gerakan</b> & =SUM(A1)"
    assert event.speakers == [Speaker("Prof. Suhono", "ITB", "Konsep smart city")]
    assert event.conclusions == "Kesimpulan satu.\n\nKesimpulan dua."
    controller.undo_stack.undo()
    assert plan.current_event(controller.ws).conclusions == ""
    controller.undo_stack.undo()
    assert plan.current_event(controller.ws).speakers == []
    controller.undo_stack.redo()
    assert plan.current_event(controller.ws).speakers[0].institution == "ITB"
    settle(qtbot)
    assert panel.speakers.value() == "Prof. Suhono; ITB; Konsep smart city"
    # an over-long recommendation is refused with a message and not saved
    panel.recommendations.setPlainText("x" * 20_001)
    panel.recommendations.commit()
    assert errors and errors[-1].code == "too_long"
    assert plan.current_event(controller.ws).recommendations == ""


def test_participants_group_and_institution_in_place(qtbot, tmp_path):
    controller = make_controller(tmp_path)
    view = show(qtbot, WorkshopView(controller))
    view.tabs.setCurrentWidget(view.attendance_panel)
    table = view.attendance_panel.participants
    person = roster.add_participant(controller.ws, "Prof. Sari")
    roster.add_participant(controller.ws, "Budi", opd_id(controller, "DLH"))
    table.load()
    row = next(r for r in range(table.table.rowCount())
               if table.table.item(r, 0).text() == "Prof. Sari")
    assert table.table.item(row, table.GROUP_COLUMN).text() == "(no group)"
    table.change_category(row, "academia")
    assert roster.get_participant(controller.ws, person.id).category == "academia"
    row = next(r for r in range(table.table.rowCount())
               if table.table.item(r, 0).text() == "Prof. Sari")
    table.table.item(row, 5).setText("Universitas Sukamaju")
    assert roster.get_participant(controller.ws, person.id).institution == \
        "Universitas Sukamaju"
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    again = roster.get_participant(controller.ws, person.id)
    assert (again.category, again.institution) == (None, "")
    budi = next(p for p in roster.list_participants(controller.ws) if p.name == "Budi")
    assert budi.category == "opd"
    settle(qtbot)


def test_followups_owner_and_due_date_on_the_event_tab(qtbot, tmp_path):
    from smartbimtek.services import agenda

    controller = make_controller(tmp_path)
    event = plan.current_event(controller.ws)
    note = agenda.add_note(controller.ws, event.id, "Kirim data SWOT", kind="followup")
    agenda.add_note(controller.ws, event.id, "Catatan biasa", kind="note")
    view = show(qtbot, WorkshopView(controller))
    errors: list = []
    controller.error_raised.connect(errors.append)
    view.tabs.setCurrentWidget(view.event_panel)
    table = view.event_panel.followups
    assert table.rowCount() == 1 and table.item(0, 0).text() == "Kirim data SWOT"
    assert not table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    table.item(0, 1).setText("Bappeda <b>&</b>")
    table.item(0, 2).setText("2026-12-08")
    saved = agenda.list_notes(controller.ws, event.id)[0]
    assert (saved.owner, saved.due_date) == ("Bappeda <b>&</b>", "2026-12-08")
    table.item(0, 2).setText("8 Desember")  # refused with a message, not saved
    assert errors and errors[-1].code == "type"
    assert agenda.list_notes(controller.ws, event.id)[0].due_date == "2026-12-08"
    controller.undo_stack.undo()
    assert agenda.list_notes(controller.ws, event.id)[0].due_date == ""
    qtbot.waitUntil(lambda: table.item(0, 2).text() == "")
    assert agenda.list_notes(controller.ws, event.id)[0].id == note.id
    settle(qtbot)


def test_undoing_a_note_deletion_keeps_owner_and_due_date(qtbot, tmp_path):
    from smartbimtek.services import agenda
    from ui.views.agenda import AgendaView

    controller = make_controller(tmp_path)
    event = plan.current_event(controller.ws)
    step = agenda.list_steps(controller.ws, event.id)[0]
    agenda.add_note(controller.ws, event.id, "Kirim data", kind="followup", step_id=step.id,
                    owner="Bappeda", due_date="2026-12-08")
    view = show(qtbot, AgendaView(controller))
    view._select(step.id)
    notes = view.notes
    notes.list.setCurrentRow(0)
    qtbot.mouseClick(notes.delete_button, Qt.MouseButton.LeftButton)
    assert agenda.list_notes(controller.ws, event.id) == []
    controller.undo_stack.undo()
    back = agenda.list_notes(controller.ws, event.id)[0]
    assert (back.text, back.owner, back.due_date) == ("Kirim data", "Bappeda", "2026-12-08")
    settle(qtbot)
