"""Priority matrix on real widgets: placement by dragging a marker (mouse press, move,
release), dot votes within the budget, the quick win checkbox."""

from __future__ import annotations

import pytest
from boards_support import opd_id, open_controller, show
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from smartbimtek.services import programs
from ui.views.matrix import MatrixView


@pytest.fixture
def ctl(tmp_path):
    controller = open_controller(tmp_path / "matrix.bimtek")
    ws = controller.ws
    for title, dim, scores in (("Bank sampah digital", "environment", {"DLH": (5, 2),
                                                                        "BAPPEDA": (4, 1)}),
                               ("Command center", "governance", {"DISKOMINFO": (4, 5),
                                                                 "BAPPEDA": (5, 4)})):
        program = programs.add_program(ws, opd_id(controller, "DLH"), title, dim)
        for rater, (impact, effort) in scores.items():
            programs.set_score(ws, program.id, rater, "impact", impact)
            programs.set_score(ws, program.id, rater, "effort", effort)
    yield controller
    controller.close()


@pytest.fixture
def view(qtbot, ctl):
    matrix = show(qtbot, MatrixView(ctl))
    qtbot.waitUntil(lambda: len(matrix.chart.points) == 2)
    return matrix


def program_id(ctl, title):
    return next(p.id for p in programs.list_programs(ctl.ws) if p.title == title)


def test_points_sit_at_the_mean_with_their_spread_and_quadrant(view):
    bank = next(p for p in view.chart.points if p.title == "Bank sampah digital")
    assert (bank.impact, bank.effort) == (4.5, 1.5)
    assert bank.impact_range == (4, 5) and bank.effort_range == (1, 2)
    assert bank.impact_sd == pytest.approx(0.5)
    assert bank.quadrant == "quick_win" and bank.number == 1
    assert view.legend_model.rowCount() == 2


def test_dragging_a_marker_records_a_placement_and_undo_clears_it(qtbot, ctl, view):
    chart = view.chart
    pid = program_id(ctl, "Command center")
    point = next(p for p in chart.points if p.program_id == pid)
    start = chart.to_pixel(point.impact, point.effort).toPoint()
    target = chart.to_pixel(4.0, 2.0).toPoint()
    QTest.mousePress(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(chart, QPoint((start.x() + target.x()) // 2, (start.y() + target.y()) // 2))
    QTest.mouseMove(chart, target)
    QTest.mouseRelease(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    placed = programs.placements(ctl.ws)[pid]
    assert placed.impact == pytest.approx(4.0, abs=0.1)
    assert placed.effort == pytest.approx(2.0, abs=0.1)
    qtbot.waitUntil(lambda: next(p for p in chart.points if p.program_id == pid).placed)
    assert next(p for p in programs.priorities(ctl.ws) if p.program_id == pid).quadrant == \
        "quick_win"
    # a second drag, then undo goes back to the first placement, and undo again to none
    second = chart.to_pixel(2.0, 2.0).toPoint()
    QTest.mousePress(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    QTest.mouseMove(chart, second)
    QTest.mouseRelease(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, second)
    assert programs.placements(ctl.ws)[pid].impact == pytest.approx(2.0, abs=0.1)
    ctl.undo_stack.undo()
    assert programs.placements(ctl.ws)[pid].impact == pytest.approx(4.0, abs=0.1)
    ctl.undo_stack.undo()
    assert pid not in programs.placements(ctl.ws)


def test_a_click_without_moving_places_nothing(qtbot, ctl, view):
    point = view.chart.points[0]
    pos = view.chart.to_pixel(point.impact, point.effort).toPoint()
    QTest.mouseClick(view.chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    assert programs.placements(ctl.ws) == {}
    assert view.selected_program_id() == point.program_id


def test_remove_placement_button_and_undo(qtbot, ctl, view):
    pid = program_id(ctl, "Bank sampah digital")
    view.place(pid, 3.5, 3.5)
    qtbot.waitUntil(lambda: any(p.placed for p in view.chart.points))
    view.select_program(pid)
    view.clear_button.click()
    assert programs.placements(ctl.ws) == {}
    ctl.undo_stack.undo()
    assert programs.placements(ctl.ws)[pid].impact == 3.5


def test_dot_votes_within_budget_and_refusal(qtbot, ctl, view):
    ctl.ws.set_setting("vote_budget", 3)
    view.side.setCurrentWidget(view.votes)
    votes = view.votes
    votes.set_voter("BAPPEDA")
    qtbot.waitUntil(lambda: votes.model.rowCount() == 2 and votes.budget.value() == 3)
    assert votes.model.setData(votes.model.index(0, 2), 2)
    assert programs.votes_used(ctl.ws, "BAPPEDA") == 2
    assert not votes.model.setData(votes.model.index(1, 2), 2)  # 2 + 2 > 3
    assert programs.votes_used(ctl.ws, "BAPPEDA") == 2
    assert votes.message.isVisible() and "3" in votes.message.text()
    assert votes.model.setData(votes.model.index(1, 2), 1)
    qtbot.waitUntil(lambda: "3" in votes.used.text())
    ctl.undo_stack.undo()
    assert programs.votes_used(ctl.ws, "BAPPEDA") == 2


def test_quick_win_checkbox_marks_the_program(qtbot, ctl, view):
    view.side.setCurrentWidget(view.quick_wins)
    tree = view.quick_wins
    qtbot.waitUntil(lambda: len(tree.program_items()) == 1)
    [row] = tree.program_items()  # only the quick win candidate is listed
    assert row.text(0) == "Bank sampah digital"
    row.setCheckState(0, Qt.CheckState.Checked)
    pid = program_id(ctl, "Bank sampah digital")
    assert programs.get_program(ctl.ws, pid).quick_win
    qtbot.waitUntil(lambda: any(p.chosen for p in view.chart.points))
    ctl.undo_stack.undo()
    assert not programs.get_program(ctl.ws, pid).quick_win


def test_show_on_projector_sends_the_matrix_of_the_dimension_or_the_quick_wins(qtbot, ctl,
                                                                               view):
    sent = []
    ctl.projector_board.connect(lambda kind, param: sent.append((kind, param)))
    view.dimension.setCurrentIndex(view.dimension.findData("environment"))
    view.project_button.click()
    view.side.setCurrentWidget(view.quick_wins)
    view.project_button.click()
    assert sent == [("matrix", "environment"), ("quickwins", None)]
