"""The shared plumbing of the panels that edit a program through the owner's undoable edit
(``ui.views.undoable.UndoablePanel``, used by the plan tab and the quick win profile):
field updates undo to the old values, additions and deletions undo, a refusal stores
nothing and leaves no undo step, and the panel shows the stored data again afterwards."""

from __future__ import annotations

from functools import partial

import pytest
from boards_support import ctl, opd_id
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

from smartbimtek.services import budget, programs
from ui.undo import field_edit
from ui.views.undoable import ID_ROLE, UndoablePanel

__all__ = ["ctl"]  # the fixture this module uses from boards_support


class LocationPanel(UndoablePanel):
    """The smallest real panel: it shows the program's stored location."""

    def __init__(self, run_edit) -> None:
        super().__init__(run_edit)
        self.shown: list[str] = []
        self.filling_seen: list[bool] = []

    def _fill(self) -> None:
        self.filling_seen.append(self._filling)
        if self.ws is not None and self.program_id is not None:
            self.shown.append(budget.get_program_plan(self.ws, self.program_id).location)


@pytest.fixture
def panel(qtbot, ctl):
    program = programs.add_program(ctl.ws, opd_id(ctl, "DLH"), "Bank sampah", "environment")
    budget.set_program_plan(ctl.ws, program.id, location="Kec. Lama")
    widget = LocationPanel(ctl.run)
    qtbot.addWidget(widget)
    widget.set_program(ctl.ws, program.id)
    return widget


def _plan(panel):
    return partial(budget.get_program_plan, panel.ws, panel.program_id)


def _write(panel):
    return partial(budget.set_program_plan, panel.ws, panel.program_id)


def test_field_edit_pairs_the_new_values_with_the_old_ones(ctl, panel):
    old = budget.get_program_plan(ctl.ws, panel.program_id)
    do, undo = field_edit(old, _write(panel), {"location": "Kec. Baru", "unit": "desa"})
    assert do().location == "Kec. Baru"
    undo(None)
    stored = budget.get_program_plan(ctl.ws, panel.program_id)
    assert (stored.location, stored.unit) == ("Kec. Lama", old.unit)


def test_a_field_update_is_one_undo_step_and_the_panel_shows_it(ctl, panel):
    count = ctl.undo_stack.count()
    result = panel.edit_fields("Edit", _plan(panel), _write(panel), {"location": "Kec. Baru"})
    assert result.location == "Kec. Baru"
    assert ctl.undo_stack.count() == count + 1
    QApplication.processEvents()  # the refresh comes after the edited widget's own signal
    assert panel.shown[-1] == "Kec. Baru"
    ctl.undo_stack.undo()
    assert budget.get_program_plan(ctl.ws, panel.program_id).location == "Kec. Lama"
    ctl.undo_stack.redo()
    assert budget.get_program_plan(ctl.ws, panel.program_id).location == "Kec. Baru"


def test_an_unchanged_field_is_skipped_only_when_asked(ctl, panel):
    count = ctl.undo_stack.count()
    same = panel.edit_fields("Edit", _plan(panel), _write(panel), {"location": "Kec. Lama"},
                             skip_unchanged=True)
    assert same.location == "Kec. Lama" and ctl.undo_stack.count() == count
    panel.edit_fields("Edit", _plan(panel), _write(panel), {"location": "Kec. Lama"})
    assert ctl.undo_stack.count() == count + 1


def test_a_refused_edit_stores_nothing_and_shows_the_stored_data_again(ctl, panel):
    errors = []
    ctl.error_raised.connect(errors.append)
    count = ctl.undo_stack.count()
    shown = len(panel.shown)
    ws, pid = panel.ws, panel.program_id
    result = panel.edit("Change budget", lambda: budget.set_budget(ws, pid, 2027, "APBD", -5),
                        lambda _cmd: budget.set_budget(ws, pid, 2027, "APBD", None))
    assert result is None and len(errors) == 1
    assert budget.get_program_plan(ws, pid).budgets == []
    assert ctl.undo_stack.count() == count  # the refused command left the stack
    QApplication.processEvents()
    assert len(panel.shown) == shown + 1


def test_an_added_record_is_deleted_by_undo_and_a_deleted_one_restored(ctl, panel):
    ws, pid = panel.ws, panel.program_id
    added = panel.add_record("Add activity", lambda: budget.add_activity(ws, pid, "Sosialisasi"),
                             partial(budget.delete_activity, ws))
    assert [a.id for a in budget.get_program_plan(ws, pid).activities] == [added.id]
    ctl.undo_stack.undo()
    assert budget.get_program_plan(ws, pid).activities == []
    ctl.undo_stack.redo()
    assert len(budget.get_program_plan(ws, pid).activities) == 1
    activity = budget.get_program_plan(ws, pid).activities[0]
    panel.delete_record("Delete activity", partial(budget.delete_activity, ws, activity.id),
                        partial(budget.restore_activity, ws, activity.id))
    assert budget.get_program_plan(ws, pid).activities == []
    ctl.undo_stack.undo()
    assert [a.id for a in budget.get_program_plan(ws, pid).activities] == [activity.id]


def test_a_child_record_updated_through_its_services_undoes_to_the_old_values(ctl, panel):
    ws, pid = panel.ws, panel.program_id
    activity = budget.add_activity(ws, pid, "Sosialisasi", start_year=2027, end_year=2027)
    changed = panel.update_record("Edit activity", budget.get_activity, budget.update_activity,
                                  activity.id, {"title": "Pelatihan", "end_year": 2028})
    assert (changed.title, changed.end_year) == ("Pelatihan", 2028)
    ctl.undo_stack.undo()
    stored = budget.get_activity(ws, activity.id)
    assert (stored.title, stored.start_year, stored.end_year) == ("Sosialisasi", 2027, 2027)


def test_the_selected_row_is_deleted_and_restored_by_undo(qtbot, ctl, panel):
    ws, pid = panel.ws, panel.program_id
    activity = budget.add_activity(ws, pid, "Sosialisasi")
    table = QTableWidget(1, 1)
    qtbot.addWidget(table)
    count = ctl.undo_stack.count()
    panel.delete_selected("Delete activity", table, budget.delete_activity,
                          budget.restore_activity)  # no current row: nothing happens
    assert ctl.undo_stack.count() == count
    item = QTableWidgetItem("Sosialisasi")
    item.setData(ID_ROLE, activity.id)
    table.setItem(0, 0, item)
    table.setCurrentCell(0, 0)
    panel.delete_selected("Delete activity", table, budget.delete_activity,
                          budget.restore_activity)
    assert budget.get_program_plan(ws, pid).activities == []
    ctl.undo_stack.undo()
    assert [a.id for a in budget.get_program_plan(ws, pid).activities] == [activity.id]


def test_the_fill_guard_is_up_only_while_filling(panel):
    assert panel.filling_seen and all(panel.filling_seen)
    assert panel._filling is False

    def broken() -> None:
        assert panel._filling
        raise RuntimeError("read failed")

    panel._fill = broken
    with pytest.raises(RuntimeError):
        panel.refresh()
    assert panel._filling is False
