"""Programs, score grid and readiness on real widgets over a fresh workshop."""

from __future__ import annotations

import pytest
from boards_support import ctl, opd_id, show
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QSpinBox

from smartbimtek.services import programs, swot
from ui.views.programs import ProgramsView
from ui.views.readiness import ReadinessView

__all__ = ["ctl"]  # the fixture this module uses from boards_support


@pytest.fixture
def view(qtbot, ctl):
    return show(qtbot, ProgramsView(ctl))


def fill_new(view, ctl, title="Satu Data Sukamaju"):
    view.new_program()
    editor = view.editor
    editor.title.setText(title)
    editor.opd.setCurrentIndex(editor.opd.findData(opd_id(ctl, "BAPPEDA")))
    editor.dimension.setCurrentIndex(editor.dimension.findData("governance"))
    editor.element.setCurrentIndex(editor.element.findData("governance.policy"))
    return editor


def test_editor_saves_a_new_program_with_every_field_and_undo_deletes_it(qtbot, ctl, view):
    item = swot.add_item(ctl.ws, opd_id(ctl, "BAPPEDA"), "W", "Data tersebar di OPD")
    editor = fill_new(view, ctl)
    assert editor.hint.isVisible()
    editor.description.setPlainText("Portal data terpadu & walidata")
    editor.horizon.setCurrentIndex(editor.horizon.findData("medium"))
    editor.start_year.setValue(2027)
    editor.end_year.setValue(2031)
    editor.funding.setCurrentIndex(editor.funding.findData("APBD"))
    editor.indicator.setText("Jumlah dataset terbuka")
    editor.target.setText("500 dataset pada 2031")
    for row in range(editor.support.count()):
        entry = editor.support.item(row)
        if entry.text().startswith("DISKOMINFO"):
            entry.setCheckState(Qt.CheckState.Checked)
    picker = editor.open_link_picker()
    picker.items.item(0).setCheckState(Qt.CheckState.Checked)
    picker.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    editor.save_button.click()
    [program] = programs.list_programs(ctl.ws)
    assert (program.title, program.opd_id, program.dimension, program.element) == \
        ("Satu Data Sukamaju", opd_id(ctl, "BAPPEDA"), "governance", "governance.policy")
    assert (program.horizon, program.start_year, program.end_year, program.funding) == \
        ("medium", 2027, 2031, "APBD")
    assert program.indicator == "Jumlah dataset terbuka"
    assert program.target == "500 dataset pada 2031"
    assert program.description == "Portal data terpadu & walidata"
    assert program.supporting_opd_ids == [opd_id(ctl, "DISKOMINFO")]
    assert program.swot_ids == [item.id]
    assert view.current_program().id == program.id
    ctl.undo_stack.undo()
    assert programs.list_programs(ctl.ws) == []


def test_editing_changes_only_the_edited_fields_and_undo_restores(qtbot, ctl, view):
    program = programs.add_program(ctl.ws, opd_id(ctl, "DLH"), "Bank sampah", "environment",
                                   horizon="quick_win")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.select_program(program.id)
    view.editor.title.setText("Bank sampah digital")
    view.editor.save_button.click()
    assert programs.get_program(ctl.ws, program.id).title == "Bank sampah digital"
    ctl.undo_stack.undo()
    assert programs.get_program(ctl.ws, program.id).title == "Bank sampah"
    assert programs.get_program(ctl.ws, program.id).horizon == "quick_win"


def test_refused_program_input_is_explained(qtbot, ctl, view):
    editor = fill_new(view, ctl, title="")
    editor.save_button.click()
    assert programs.list_programs(ctl.ws) == []
    assert view.message.isVisible() and view.message.text()
    editor.title.setText("Program")
    editor.start_year.setValue(2030)
    editor.end_year.setValue(2027)
    editor.save_button.click()
    assert programs.list_programs(ctl.ws) == []
    assert view.message.text()


def test_filters_narrow_the_table(qtbot, ctl, view):
    programs.add_program(ctl.ws, opd_id(ctl, "DLH"), "Bank sampah", "environment")
    programs.add_program(ctl.ws, opd_id(ctl, "BAPPEDA"), "Satu Data", "governance",
                         horizon="long")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    view.dimension_filter.setCurrentIndex(view.dimension_filter.findData("environment"))
    assert [p.title for p in view.filtered_programs()] == ["Bank sampah"]
    view.dimension_filter.setCurrentIndex(0)
    view.horizon_filter.setCurrentIndex(view.horizon_filter.findData("long"))
    assert [p.title for p in view.filtered_programs()] == ["Satu Data"]
    view.horizon_filter.setCurrentIndex(0)
    view.opd_filter.setCurrentIndex(view.opd_filter.findData(opd_id(ctl, "DLH")))
    assert [p.title for p in view.filtered_programs()] == ["Bank sampah"]
    view.opd_filter.setCurrentIndex(0)
    view.search.setText("satu")
    assert [p.title for p in view.filtered_programs()] == ["Satu Data"]


def test_score_typed_in_the_grid_is_stored_and_undoable(qtbot, ctl, view):
    program = programs.add_program(ctl.ws, opd_id(ctl, "DLH"), "Bank sampah", "environment")
    view.tabs.setCurrentWidget(view.scores)
    grid = view.scores
    qtbot.waitUntil(lambda: grid.model.rowCount() == 1)
    grid.set_rater("BAPPEDA")
    index = grid.model.index(0, 0)  # impact
    grid.table.setFocus()
    grid.table.setCurrentIndex(index)  # the editor opens on the current cell
    if grid.table.findChild(QSpinBox) is None:
        grid.table.edit(index)
    editor = grid.table.findChild(QSpinBox)
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor, "4")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: len(programs.list_scores(ctl.ws)) == 1)
    [score] = programs.list_scores(ctl.ws)
    assert (score.program_id, score.rater, score.criterion, score.value) == \
        (program.id, "BAPPEDA", "impact", 4)
    assert grid.model.data(index) == "4"
    assert grid.model.setData(grid.model.index(0, 1), 2)
    assert programs.list_scores(ctl.ws, rater="BAPPEDA")[-1].value == 2
    ctl.undo_stack.undo()
    ctl.undo_stack.undo()
    assert programs.list_scores(ctl.ws) == []


def test_add_criterion_adds_a_score_column(qtbot, ctl, view):
    programs.add_program(ctl.ws, opd_id(ctl, "DLH"), "Bank sampah", "environment")
    view.tabs.setCurrentWidget(view.scores)
    grid = view.scores
    dialog = grid.open_criterion_dialog()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.message.text()  # a name is needed
    dialog.label_id.setText("Manfaat langsung bagi warga")
    dialog.label_en.setText("Direct public benefit")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert [c.key for c in programs.list_criteria(ctl.ws)][-1] == "direct_public_benefit"
    qtbot.waitUntil(lambda: grid.model.columnCount() == 3)
    grid.set_rater("DLH")
    assert grid.model.setData(grid.model.index(0, 2), 5)
    assert programs.list_scores(ctl.ws)[0].criterion == "direct_public_benefit"


def test_readiness_rating_and_notes_with_undo(qtbot, ctl):
    view = show(qtbot, ReadinessView(ctl))
    view.table.setCurrentCell(1, 5)  # infrastruktur x environment
    view.rating_buttons["buruk"].click()
    [rating] = swot.list_readiness(ctl.ws)
    assert (rating.component, rating.dimension, rating.rating) == \
        ("infrastruktur", "environment", "buruk")
    assert view.table.item(1, 5).background().color().name() == "#e57373"
    view.notes.setPlainText("TPA belum sanitary landfill")
    view.save_notes.click()
    assert swot.list_readiness(ctl.ws)[0].notes == "TPA belum sanitary landfill"
    ctl.undo_stack.undo()
    assert swot.list_readiness(ctl.ws)[0].notes == ""
    ctl.undo_stack.undo()
    assert swot.list_readiness(ctl.ws)[0].rating is None
    view.notes.setPlainText("x" * 20001)
    view.save_notes.click()
    assert view.message.text() and swot.list_readiness(ctl.ws)[0].notes == ""


def test_adding_a_criterion_is_undoable_while_it_has_no_scores(qtbot, ctl, view):
    grid = view.scores
    assert grid.add_criterion("Inovasi", "Innovation") is not None
    assert "innovation" in {c.key for c in programs.list_criteria(ctl.ws)}
    ctl.undo_stack.undo()
    assert "innovation" not in {c.key for c in programs.list_criteria(ctl.ws)}
    ctl.undo_stack.redo()
    assert "innovation" in {c.key for c in programs.list_criteria(ctl.ws)}


def test_typing_a_digit_commits_and_moves_on_and_arrows_move(qtbot, ctl, view):
    """Scoring at speed (issue 12): a digit stores the score at once and moves to the next
    cell (the next row after the last criterion); arrow keys move between cells and never
    change a score."""
    first = programs.add_program(ctl.ws, opd_id(ctl, "DLH"), "Bank sampah", "environment")
    second = programs.add_program(ctl.ws, opd_id(ctl, "DLH"), "Taman kota", "environment")
    view.tabs.setCurrentWidget(view.scores)
    grid = view.scores
    qtbot.waitUntil(lambda: grid.model.rowCount() == 2)
    grid.set_rater("BAPPEDA")
    assert grid.model.columnCount() == 2  # impact, effort
    grid.table.setFocus()
    grid.table.setCurrentIndex(grid.model.index(0, 0))
    editing = QAbstractItemView.State.EditingState
    assert grid.table.state() != editing  # moving onto a cell opens no editor
    qtbot.keyClick(grid.table, Qt.Key.Key_4)
    assert grid.table.currentIndex() == grid.model.index(0, 1)  # moved on
    qtbot.keyClick(grid.table, Qt.Key.Key_2)
    assert grid.table.currentIndex() == grid.model.index(1, 0)  # the next program's row
    scores = {(s.program_id, s.criterion): s.value
              for s in programs.list_scores(ctl.ws, rater="BAPPEDA")}
    assert scores == {(first.id, "impact"): 4, (first.id, "effort"): 2}
    qtbot.keyClick(grid.table, Qt.Key.Key_Up)  # arrows move, and change nothing
    assert grid.table.currentIndex() == grid.model.index(0, 0)
    qtbot.keyClick(grid.table, Qt.Key.Key_Right)
    assert grid.table.currentIndex() == grid.model.index(0, 1)
    qtbot.keyClick(grid.table, Qt.Key.Key_Down)
    assert grid.table.currentIndex() == grid.model.index(1, 1)
    qtbot.keyClick(grid.table, Qt.Key.Key_Up)
    assert grid.table.state() != editing
    assert programs.list_scores(ctl.ws, program_id=second.id) == []
    assert len(programs.list_scores(ctl.ws, rater="BAPPEDA")) == 2
    qtbot.keyClick(grid.table, Qt.Key.Key_0)  # 0 clears (and moves on too)
    assert {(s.program_id, s.criterion) for s in programs.list_scores(ctl.ws)} == {
        (first.id, "impact")}
    assert grid.table.currentIndex() == grid.model.index(1, 0)
    qtbot.keyClick(grid.table, Qt.Key.Key_8)  # out of range: refused, nothing moves
    assert grid.table.currentIndex() == grid.model.index(1, 0)
    assert programs.list_scores(ctl.ws, program_id=second.id) == []
    assert "1" in grid.message.text() and "5" in grid.message.text()
