"""Adding an event and adding a scoring criterion are undoable like every other edit."""

from __future__ import annotations

import pytest

from smartbimtek.errors import PermissionDenied
from smartbimtek.services import agenda, plan, programs, roster


def test_delete_and_restore_event_keeps_the_current_event_right(ws):
    first = plan.add_event(ws, "I")
    second = plan.add_event(ws, "II")
    assert plan.current_event(ws).id == second.id
    plan.delete_event(ws, second.id)
    assert [e.id for e in plan.list_events(ws)] == [first.id]
    assert plan.current_event(ws).id == first.id
    plan.restore_event(ws, second.id)
    assert plan.current_event(ws).id == second.id
    assert len(agenda.list_steps(ws, second.id)) > 10  # its agenda came back with it


def test_delete_criterion_only_while_it_has_no_scores(ws):
    opd = roster.add_opd(ws, "DLH", "Dinas Lingkungan Hidup")
    program = programs.add_program(ws, opd.id, "Bank sampah digital", "environment")
    programs.add_criterion(ws, "benefit", "Manfaat langsung")
    programs.delete_criterion(ws, "benefit")
    assert "benefit" not in {c.key for c in programs.list_criteria(ws)}
    programs.add_criterion(ws, "benefit", "Manfaat langsung")
    programs.set_score(ws, program.id, "DLH", "benefit", 4)
    with pytest.raises(PermissionDenied):
        programs.delete_criterion(ws, "benefit")
    with pytest.raises(PermissionDenied):
        programs.delete_criterion(ws, "impact")
    assert {c.key for c in programs.list_criteria(ws)} >= {"impact", "effort", "benefit"}


def test_adding_an_event_in_the_ui_is_undone_and_redone(qtbot, tmp_path):
    from ui.controller import Controller
    from ui.views.workshop import WorkshopView

    controller = Controller()
    controller.open(tmp_path / "w.bimtek", create=True)
    view = WorkshopView(controller)
    qtbot.addWidget(view)
    before = plan.list_events(controller.ws)
    view.event_panel._add_event()
    added = [e for e in plan.list_events(controller.ws) if e not in before]
    assert len(added) == 1
    controller.undo_stack.undo()
    assert plan.list_events(controller.ws) == before
    controller.undo_stack.redo()
    assert [e.id for e in plan.list_events(controller.ws)] == [added[0].id]
    assert plan.current_event(controller.ws).id == added[0].id
    controller.close()
