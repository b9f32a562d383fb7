"""The program editor's plan tab ("Rencana") on real widgets: location, baseline, RPJMD item,
targets and budgets per year (years of the plan period as columns, one row per funding
source, totals), activities; every edit undoable, bad values refused with the service's
message, user text shown literally (issue 9)."""

from __future__ import annotations

import pytest
from boards_support import ctl, demo_ctl, opd_id, show
from boards_support import settle_view as settle
from PySide6.QtWidgets import QApplication

from smartbimtek.services import budget, direction, plan, programs
from ui.views.programs import ProgramsView
from ui.widgets.year_grid import format_rupiah, parse_rupiah

__all__ = ["ctl", "demo_ctl"]  # the fixtures this module uses from boards_support
HOSTILE = "<h1>Kec. <b>Cigasong</b></h1> & <img src=x>"


def _with_budget(ctl) -> str:
    plans = budget.list_program_plans(ctl.ws)
    return next(pid for pid, p in plans.items() if p.budgets and p.activities)


def test_parse_rupiah_reads_grouped_amounts_and_leaves_the_rest_to_the_service():
    assert parse_rupiah("Rp 1.500.000") == 1_500_000
    assert parse_rupiah("250000") == 250_000
    assert parse_rupiah("-5") == -5
    assert parse_rupiah("  ") is None
    assert parse_rupiah("lima juta") == "lima juta"
    assert format_rupiah(1_500_000) == "1.500.000"


def test_demo_budget_grid_edit_undo_redo_and_totals(qtbot, demo_ctl):
    view = show(qtbot, ProgramsView(demo_ctl))
    pid = _with_budget(demo_ctl)
    assert view.select_program(pid)
    view.editor.tabs.setCurrentWidget(view.editor.plan_panel)
    panel = view.editor.plan_panel
    start = plan.get_plan(demo_ctl.ws).period_start
    data = budget.get_program_plan(demo_ctl.ws, pid)
    line = data.budgets[0]
    grid = panel.budgets
    assert grid.years[0] == start and line.source in grid.keys
    assert grid.cell_text(line.source, line.year) == format_rupiah(line.amount)
    # the total column and row: the grid's last row holds the overall total
    last = grid.item(grid.rowCount() - 1, grid.columnCount() - 1)
    assert last.text() == format_rupiah(data.budget_total)
    grid.edit_cell(line.source, line.year, "Rp 2.000.000")
    assert next(b.amount for b in budget.get_program_plan(demo_ctl.ws, pid).budgets
                if (b.year, b.source) == (line.year, line.source)) == 2_000_000
    settle(qtbot, view)
    assert panel.budgets.cell_text(line.source, line.year) == "2.000.000"
    new_total = data.budget_total - line.amount + 2_000_000
    assert panel.budgets.item(panel.budgets.rowCount() - 1,
                              panel.budgets.columnCount() - 1).text() == format_rupiah(new_total)
    demo_ctl.undo_stack.undo()
    assert budget.get_program_plan(demo_ctl.ws, pid).budgets == data.budgets
    demo_ctl.undo_stack.redo()
    assert budget.get_program_plan(demo_ctl.ws, pid).budget_total == new_total
    # bad values: the service's message, nothing stored, the grid shows the stored amount
    for bad in ("-5", "lima juta"):
        settle(qtbot, view)
        panel.budgets.edit_cell(line.source, line.year, bad)
        assert view.message.isVisible() and view.message.text()
        assert budget.get_program_plan(demo_ctl.ws, pid).budget_total == new_total
        settle(qtbot, view)
        assert panel.budgets.cell_text(line.source, line.year) == "2.000.000"
    view.message.clear_message()
    assert panel.set_budget(line.year, "Arisan", 5) is None
    assert "Funding source" in view.message.text() or "Sumber" in view.message.text()


def test_demo_a_new_funding_source_row_and_an_empty_cell_removes_the_line(qtbot, demo_ctl):
    view = show(qtbot, ProgramsView(demo_ctl))
    pid = _with_budget(demo_ctl)
    view.select_program(pid)
    panel = view.editor.plan_panel
    used = {b.source for b in budget.get_program_plan(demo_ctl.ws, pid).budgets}
    source = next(s for s in ("CSR", "KPBU", "Dana Desa") if s not in used)
    panel.add_source.setCurrentIndex(panel.add_source.findData(source))
    panel.add_source.activated.emit(panel.add_source.currentIndex())
    assert source in panel.budgets.keys
    year = panel.budgets.years[-1]
    panel.budgets.edit_cell(source, year, "750.000.000")
    lines = budget.get_program_plan(demo_ctl.ws, pid).budgets
    assert any(b.source == source and b.amount == 750_000_000 for b in lines)
    settle(qtbot, view)
    panel.budgets.edit_cell(source, year, "")
    assert not any(b.source == source for b in budget.get_program_plan(demo_ctl.ws, pid).budgets)
    demo_ctl.undo_stack.undo()
    assert any(b.source == source for b in budget.get_program_plan(demo_ctl.ws, pid).budgets)


def test_demo_fields_targets_and_activities(qtbot, demo_ctl):
    view = show(qtbot, ProgramsView(demo_ctl))
    pid = _with_budget(demo_ctl)
    view.select_program(pid)
    panel = view.editor.plan_panel
    before = budget.get_program_plan(demo_ctl.ws, pid)
    assert panel.location.text() == before.location
    panel.location.setText(HOSTILE)
    panel.location.editingFinished.emit()
    assert budget.get_program_plan(demo_ctl.ws, pid).location == HOSTILE
    demo_ctl.undo_stack.undo()
    assert budget.get_program_plan(demo_ctl.ws, pid).location == before.location
    demo_ctl.undo_stack.redo()
    settle(qtbot, view)
    assert panel.location.text() == HOSTILE
    # the RPJMD item it serves
    rpjmd = [i for i in direction.list_rpjmd(demo_ctl.ws) if i.id != before.rpjmd_id][0]
    panel.rpjmd.setCurrentIndex(panel.rpjmd.findData(rpjmd.id))
    panel.rpjmd.activated.emit(panel.rpjmd.currentIndex())
    assert budget.get_program_plan(demo_ctl.ws, pid).rpjmd_id == rpjmd.id
    # baseline year after the plan period: refused with a message
    end = plan.get_plan(demo_ctl.ws).period_end
    settle(qtbot, view)
    panel.baseline_year.setValue(end + 1)
    assert budget.get_program_plan(demo_ctl.ws, pid).baseline_year == before.baseline_year
    assert view.message.isVisible()
    # a target per year
    settle(qtbot, view)
    year = panel.targets.years[1]
    panel.targets.edit_cell("target", year, "85 %")
    assert budget.get_program_plan(demo_ctl.ws, pid).targets[year] == "85 %"
    demo_ctl.undo_stack.undo()
    assert budget.get_program_plan(demo_ctl.ws, pid).targets == before.targets
    # activities: add, change a year, a year outside the period refused, delete, undo
    settle(qtbot, view)
    count = len(before.activities)
    added = panel.add_activity(HOSTILE, start_year=year, end_year=year)
    assert added.title == HOSTILE
    settle(qtbot, view)
    assert panel.activities.rowCount() == count + 1
    row = [r for r in range(panel.activities.rowCount())
           if panel.activities.item(r, 0).text() == HOSTILE][0]
    panel.activities.item(row, 2).setText(str(year + 1))
    assert budget.get_activity(demo_ctl.ws, added.id).end_year == year + 1
    settle(qtbot, view)
    panel.activities.item(row, 1).setText(str(end + 5))
    assert budget.get_activity(demo_ctl.ws, added.id).start_year == year
    assert view.message.isVisible()
    settle(qtbot, view)
    panel.activities.setCurrentCell(row, 0)
    panel.delete_activity_button.click()
    assert len(budget.get_program_plan(demo_ctl.ws, pid).activities) == count
    demo_ctl.undo_stack.undo()
    assert len(budget.get_program_plan(demo_ctl.ws, pid).activities) == count + 1


def test_new_workshop_plan_tab_needs_a_saved_program_and_a_period(qtbot, ctl):
    view = show(qtbot, ProgramsView(ctl))
    panel = view.editor.plan_panel
    assert not panel.isEnabled()
    program = programs.add_program(ctl.ws, opd_id(ctl, "BAPPEDA"), "Satu data",
                                   "governance")
    settle(qtbot, view)
    assert view.select_program(program.id)
    assert panel.isEnabled() and panel.budgets.years == []
    assert "Workshop" in panel.period_note.text()
    plan.update_plan(ctl.ws, period_start=2026, period_end=2030)
    settle(qtbot, view)
    assert panel.budgets.years == [2026, 2027, 2028, 2029, 2030]
    panel.show_source("APBD")
    panel.budgets.edit_cell("APBD", 2027, "100000000")
    assert budget.get_program_plan(ctl.ws, program.id).budget_total == 100_000_000
    settle(qtbot, view)
    assert panel.budgets.item(1, 5).text() == format_rupiah(100_000_000)


def test_demo_plan_period_change_warns_when_records_fall_outside(qtbot, demo_ctl):
    from ui.views.workshop import WorkshopView

    view = show(qtbot, WorkshopView(demo_ctl))
    form = view.plan_panel
    ws = demo_ctl.ws
    start, end = plan.get_plan(ws).period_start, plan.get_plan(ws).period_end
    asked = []
    answer = [False]

    def confirm(new_start, new_end, counts):
        asked.append((new_start, new_end, counts))
        return answer[0]

    form.confirm_outside_period = confirm
    # shortening the period by three years: records fall outside, the user says no
    form.period_end.setValue(end - 3)
    form.period_end.editingFinished.emit()
    assert asked and asked[-1][:2] == (start, end - 3)
    assert asked[-1][2] == budget.outside_period(ws, start, end - 3)
    assert asked[-1][2].get("program_budgets")
    assert plan.get_plan(ws).period_end == end
    assert form.period_end.value() == end  # shown as stored again
    # yes: changed (undoable), records kept
    answer[0] = True
    form.period_end.setValue(end - 3)
    form.period_end.editingFinished.emit()
    assert plan.get_plan(ws).period_end == end - 3
    assert budget.outside_period(ws, start, end - 3)
    demo_ctl.undo_stack.undo()
    assert plan.get_plan(ws).period_end == end
    # lengthening it leaves nothing outside: no question
    asked.clear()
    form.period_end.setValue(end + 1)
    form.period_end.editingFinished.emit()
    assert asked == [] and plan.get_plan(ws).period_end == end + 1


def test_new_workshop_period_set_without_a_question(qtbot, ctl):
    from ui.views.workshop import WorkshopView

    view = show(qtbot, WorkshopView(ctl))
    form = view.plan_panel
    form.confirm_outside_period = lambda *a: pytest.fail("nothing to warn about")
    form.period_start.setValue(2026)
    form.period_start.editingFinished.emit()
    form.period_end.setValue(2030)
    form.period_end.editingFinished.emit()
    assert (plan.get_plan(ctl.ws).period_start, plan.get_plan(ctl.ws).period_end) == \
        (2026, 2030)


def test_hostile_rpjmd_and_sasaran_texts_stay_literal(qtbot, ctl):
    from plain_text_support import HOSTILE as MARKUP
    from plain_text_support import Walker, literal_problems, shown
    from PySide6.QtCore import Qt

    ws = ctl.ws
    plan.update_plan(ws, period_start=2026, period_end=2030)
    misi = direction.add_rpjmd(ws, "misi", MARKUP[0], code=MARKUP[1][:40])
    direction.add_rpjmd(ws, "sasaran", MARKUP[2], parent_id=misi.id)
    direction.add_objective(ws, "sasaran", MARKUP[3])
    program = programs.add_program(ws, opd_id(ctl, "DLH"), MARKUP[4], "environment")
    budget.add_activity(ws, program.id, MARKUP[0], start_year=2026)
    view = show(qtbot, ProgramsView(ctl))
    settle(qtbot, view)
    assert view.select_program(program.id)
    view.editor.tabs.setCurrentWidget(view.editor.plan_panel)
    panel = view.editor.plan_panel
    problems = []
    for combo in (panel.rpjmd, panel.objective):
        for row in range(1, combo.count()):
            tip = combo.itemData(row, Qt.ItemDataRole.ToolTipRole)
            problems += literal_problems(shown(tip or ""))
            problems += literal_problems(combo.itemText(row))
    walker = Walker()
    walker.walk(view.editor, "program editor")
    assert problems == [] and walker.problems == []


def test_a_plan_edit_keeps_unsaved_program_form_edits(qtbot, demo_ctl):
    view = show(qtbot, ProgramsView(demo_ctl))
    pid = _with_budget(demo_ctl)
    view.select_program(pid)
    editor = view.editor
    editor.title.setText("Judul baru yang belum disimpan")
    panel = editor.plan_panel
    line = budget.get_program_plan(demo_ctl.ws, pid).budgets[0]
    panel.budgets.edit_cell(line.source, line.year, "123")
    settle(qtbot, view)
    assert editor.title.text() == "Judul baru yang belum disimpan"
    assert panel.budgets.cell_text(line.source, line.year) == "123"
    editor.save_button.click()
    assert programs.get_program(demo_ctl.ws, pid).title == "Judul baru yang belum disimpan"


@pytest.mark.parametrize("size", [(910, 512), (1024, 768)], ids=["910x512", "1024x768"])
def test_plan_tab_of_a_program_fits_small_screens(qtbot, tmp_path, demo_file, size):
    """The Plan tab of a program with budgets, in the console at 150% scaling (910x512) and
    1024x768, Indonesian, largest text scale: nothing cut, Save (Simpan) on screen."""
    from layout_support import layout_problems, unreachable
    from test_layout_console import _console, _settle

    window = _console(qtbot, tmp_path, demo_file)
    _settle(qtbot, window, size)
    view = window.show_view("programs")
    view.reload_now()
    assert view.select_program(_with_budget(window.controller))
    view.editor.tabs.setCurrentWidget(view.editor.plan_panel)
    for _ in range(3):
        QApplication.processEvents()
    window.layout().activate()
    window.resize(*size)
    QApplication.processEvents()
    assert view.editor.plan_panel.budgets.rowCount() >= 2
    problems = layout_problems(window, size) + unreachable(
        window, {"save program": view.editor.save_button})
    assert problems == [], "\n".join(problems)
