"""The road map (Bimtek III) on real widgets with the demo at the end of Bimtek III: a bar
dragged with the mouse moves the program's years in the file (one undoable command per
drag: undo puts them back, redo again), an end dragged stretches it, the keyboard does the
same, the limits are set (undoable) and the conflicts they raise are what the painter marks;
the projector board shows one dimension; the pure geometry of bars and years."""

from __future__ import annotations

import shutil
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from smartbimtek.demo import create_demo
from smartbimtek.services import programs, roadmap
from ui.controller import Controller
from ui.views.projector_roadmap import RoadmapProjectorBoard
from ui.views.roadmap import RoadmapView
from ui.views.roadmap_geometry import (
    Axis,
    conflict_marks,
    dragged,
    hit_part,
    keyed,
    plan_years,
    short_amount,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return create_demo(tmp_path_factory.mktemp("roadmap") / "demo.bimtek", stage="III")


@pytest.fixture
def ctl(tmp_path, template):
    path = tmp_path / "roadmap.bimtek"
    shutil.copy(template, path)
    controller = Controller()
    controller.open(path)
    yield controller
    controller.close()


@pytest.fixture
def view(qtbot, ctl):
    widget = RoadmapView(ctl)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.reload_now()
    widget.canvas.grab()  # paints: the layout record has the bars' rectangles
    return widget


def _years(ctl, program_id):
    p = programs.get_program(ctl.ws, program_id)
    return p.start_year, p.end_year


def _short_bar(view):
    """A placed bar of one year that starts in the plan's first year (room to the right)."""
    axis = view.canvas.layout_record.axis
    for bar in view.canvas.data.bars:
        if bar.start_year == axis.first and bar.end_year == bar.start_year:
            return bar
    raise AssertionError("no one-year bar in the first year")


def _drag(canvas, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(canvas, QPoint((start.x() + end.x()) // 2, start.y()))
    QTest.mouseMove(canvas, end)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_drag_moves_a_bar_in_the_file_undo_and_redo(view, ctl):
    canvas = view.canvas
    bar = _short_bar(view)
    box = canvas.layout_record.bar_rects[bar.program_id]
    width = canvas.layout_record.axis.width
    commands = ctl.undo_stack.count()
    start = box.center().toPoint()
    _drag(canvas, start, QPoint(int(start.x() + 2 * width), start.y()))
    first = bar.start_year
    assert _years(ctl, bar.program_id) == (first + 2, first + 2)
    assert ctl.undo_stack.count() == commands + 1  # one command per drag
    ctl.undo_stack.undo()
    assert _years(ctl, bar.program_id) == (first, first)
    ctl.undo_stack.redo()
    assert _years(ctl, bar.program_id) == (first + 2, first + 2)


def test_drag_carries_the_budget_and_ctrl_z_restores_the_exact_lines(view, ctl):
    """The budget-per-year row follows a dragged bar; Ctrl+Z (the undo stack's action)
    puts back exactly the lines the program had."""
    canvas = view.canvas
    axis = canvas.layout_record.axis
    bar = next(b for b in canvas.data.bars if b.budget_by_year and b.start_year is not None
               and (b.end_year or b.start_year) < axis.last)
    before = roadmap.bar_plan(ctl.ws, bar.program_id)
    row_before = dict(canvas.data.budget)
    undo = ctl.undo_stack.createUndoAction(view)
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    view.addAction(undo)
    box = canvas.layout_record.bar_rects[bar.program_id]
    start = box.center().toPoint()
    _drag(canvas, start, QPoint(int(start.x() + axis.width), start.y()))
    moved = roadmap.bar_plan(ctl.ws, bar.program_id)
    assert moved.start_year == before.start_year + 1
    assert moved.budgets == tuple((y + 1, s, a) for y, s, a in before.budgets)
    assert canvas.data.budget != row_before  # the painted budget-per-year row changed
    assert canvas.data.budget == roadmap.budget_per_year(ctl.ws)
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert roadmap.bar_plan(ctl.ws, bar.program_id) == before
    view.reload_now()
    assert canvas.data.budget == row_before
    # A shrink folds the last year's lines into the new last year; moving the end back
    # would not split them again: Ctrl+Z restores the lines themselves.
    long_bar = next(b for b in canvas.data.bars if b.start_year is not None
                    and (b.end_year or 0) > b.start_year and b.budget_by_year.get(b.end_year))
    before = roadmap.bar_plan(ctl.ws, long_bar.program_id)
    canvas.grab()
    box = canvas.layout_record.bar_rects[long_bar.program_id]
    grip = QPoint(int(box.right() - 2), int(box.center().y()))
    _drag(canvas, grip, QPoint(int(grip.x() - axis.width), grip.y()))
    shrunk = roadmap.bar_plan(ctl.ws, long_bar.program_id)
    assert shrunk.end_year == before.end_year - 1
    assert not [line for line in shrunk.budgets if line[0] == before.end_year]
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert roadmap.bar_plan(ctl.ws, long_bar.program_id) == before


def test_drag_an_end_stretches_the_bar(view, ctl):
    canvas = view.canvas
    bar = _short_bar(view)
    box = canvas.layout_record.bar_rects[bar.program_id]
    width = canvas.layout_record.axis.width
    grip = QPoint(int(box.right() - 2), int(box.center().y()))
    _drag(canvas, grip, QPoint(int(grip.x() + 3 * width), grip.y()))
    first = bar.start_year
    assert _years(ctl, bar.program_id) == (first, first + 3)
    ctl.undo_stack.undo()
    assert _years(ctl, bar.program_id) == (first, first)


def test_keyboard_selects_moves_and_stretches(view, ctl):
    canvas = view.canvas
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Down)
    bar = canvas.data.bars[0]
    assert canvas.selected == bar.program_id
    start, end = bar.start_year, bar.end_year
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert _years(ctl, bar.program_id) == (start + 1, end + 1)
    QTest.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert _years(ctl, bar.program_id) == (start + 1, end + 2)
    assert canvas.selected == bar.program_id  # the selection survives the reload
    ctl.undo_stack.undo()
    ctl.undo_stack.undo()
    assert _years(ctl, bar.program_id) == (start, end)


def test_a_ceiling_below_a_year_total_marks_that_year(view, ctl):
    budget = roadmap.budget_per_year(ctl.ws)
    year, total = max(budget.items(), key=lambda kv: kv[1])
    view.ceiling.setValue((total - 1e9) / 1e9)
    view.opd_limit.setValue(1)
    view.apply_button.click()
    conflicts = roadmap.conflicts(ctl.ws)
    over = {c.year for c in conflicts if c.kind == "budget"}
    assert year in over
    marks = view.canvas.data.marks
    assert set(marks.budget_years) == over and marks.ceiling == round(total - 1e9)
    assert marks.outlined  # every OPD owns more than one program some year
    view.canvas.grab()
    record = view.canvas.layout_record
    assert set(record.marked_years) == over
    texts = [t for t in view.canvas.last_layout() if t.role == "over"]
    assert len(texts) == len(over) and all(t.fits() for t in texts)
    ctl.undo_stack.undo()
    assert not [c for c in roadmap.conflicts(ctl.ws) if c.kind == "budget"]
    view.reload_now()
    view.canvas.grab()
    assert not view.canvas.layout_record.marked_years


def test_the_projector_board_shows_one_dimension_and_follows(qtbot, ctl):
    board = RoadmapProjectorBoard(ctl, "governance")
    qtbot.addWidget(board)
    board.resize(1920, 1080)
    board.show()
    board.grab()
    shown = set(board.layout_record.bar_rects)
    governance = {b.program_id for b in roadmap.bars(ctl.ws, "governance")}
    assert shown == governance and board.layout_record.hidden == 0
    assert all(t.fits() for t in board.last_layout())
    bar = roadmap.bars(ctl.ws, "governance")[0]
    ctl.run("move", lambda: roadmap.move(ctl.ws, bar.program_id, bar.start_year + 1),
            lambda _c: None)
    qtbot.waitUntil(lambda: next(b for b in board.data.bars
                                 if b.program_id == bar.program_id).start_year
                    == bar.start_year + 1)


def test_geometry_years_axis_hits_and_drags():
    assert plan_years((2027, 2031), [(2026, 2027), (2030, 2033), (None, None)]) == \
        list(range(2026, 2034))
    assert plan_years((None, None), []) == []
    axis = Axis(2027, 10, 100.0, 50.0)
    assert axis.last == 2036 and axis.x_of(2029) == 200.0 and axis.span(2027, 2028) == (100, 200)
    assert axis.year_at(99) == 2027 and axis.year_at(149) == 2027 and axis.year_at(151) == 2028
    assert axis.year_at(10_000) == 2036
    assert hit_part(102, 100, 200) == "start" and hit_part(198, 100, 200) == "end"
    assert hit_part(150, 100, 200) == "move" and hit_part(99, 100, 200) is None
    assert dragged("move", 2027, 2029, 20, 2027, 2036) == (2034, 2036)
    assert dragged("move", 2030, 2031, -9, 2027, 2036) == (2027, 2028)
    assert dragged("start", 2030, 2031, 5, 2027, 2036) == (2031, 2031)
    assert dragged("end", 2030, 2031, -5, 2027, 2036) == (2030, 2030)
    assert keyed(2030, 2031, 1, True, 2027, 2036) == (2030, 2032)
    assert keyed(2030, 2031, -1, False, 2027, 2036) == (2029, 2030)
    with pytest.raises(ValueError):
        dragged("side", 2030, 2031, 1, 2027, 2036)


def test_geometry_conflict_marks_and_amounts():
    conflicts = [SimpleNamespace(kind="budget", year=2029, amount=5e10, limit=4e10,
                                 opd_id=None, program_ids=["a"]),
                 SimpleNamespace(kind="opd_load", year=2030, amount=6, limit=5, opd_id="o1",
                                 program_ids=["b", "c"])]
    marks = conflict_marks(conflicts)
    assert marks.budget_years == {2029: 5e10} and marks.ceiling == 4e10
    assert marks.outlined == {"b", "c"} and marks.opd_years == {"o1": [2030]}
    assert short_amount(49_100_000_000) == "49,1 M" and short_amount(32e9) == "32 M"
    assert short_amount(450_000_000) == "450 jt" and short_amount(12) == "12"


def test_a_tall_canvas_paints_only_the_rows_shown_but_knows_every_bar(view):
    """Many programs scroll vertically: a paint draws the exposed rows' texts only, and
    still knows where every bar is (for the mouse and the keyboard)."""
    canvas = view.canvas
    assert view.scroll.horizontalScrollBar().maximum() == 0
    assert canvas.height() > view.scroll.viewport().height()  # the demo's 50 programs scroll
    view.scroll.verticalScrollBar().setValue(0)
    canvas.repaint()
    rows = [t for t in canvas.last_layout() if t.role == "row"]
    placed = [b for b in canvas.data.bars if b.start_year is not None]
    assert 0 < len(rows) < len(placed)
    assert set(canvas.layout_record.bar_rects) == {b.program_id for b in placed}
    assert all(t.rect.top() <= view.scroll.viewport().height() for t in rows)


def test_the_legend_says_whether_a_ceiling_is_set(view, ctl):
    view.ceiling.setValue(0)  # "none": no check
    view.apply_button.click()
    assert ctl.ws.setting(roadmap.CEILING_SETTING) is None
    assert "no ceiling set" in view.legend.text()
    view.ceiling.setValue(45)
    view.apply_button.click()
    assert "45 B per year" in view.legend.text() and "no ceiling" not in view.legend.text()
