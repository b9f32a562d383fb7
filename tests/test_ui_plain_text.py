"""User text is plain text everywhere in the desktop app (issue 8, point 12).

Every user-text field of the demo workshop is replaced, through the core services, by hostile
markup (``<h1>``, ``<font>``, ``<img>``, entities, links). Then every console view (through the
sidebar, every tab, with a row selected), every projector board, table mode and the dialogs
that open without a modal loop are walked generically: every ``QLabel``, every widget's and
action's tooltip, every tab tooltip and every item view's ``ToolTipRole`` (cells and headers)
that holds user text must show the markup literally. A label must also not be left in
``AutoText`` (rich by chance of its content) when it shows user text.
"""

from __future__ import annotations

import shutil

import pytest
from plain_text_support import (
    HOSTILE,
    TOKEN,
    Walker,
    hostile_workshop,
    hover_markers,
    menu_words,
    paint_on_white,
    reference_image,
    report,
    select_first_rows,
    shown,
    visit_modes,
    visit_tabs,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget
from ui_support import make_settings, settle, show

from smartbimtek.services import programs, roster, swot
from ui.controller import Controller
from ui.main_window import MainWindow
from ui.projector import BOARD_KINDS
from ui.projector_boards import make_board
from ui.table_mode import TableModeWindow
from ui.widgets.common import plain_label, plain_tooltip


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "hostile.bimtek"
    hostile_workshop(path)
    return path


@pytest.fixture
def controller(hostile_file, tmp_path):
    path = tmp_path / "hostile.bimtek"
    shutil.copy(hostile_file, path)
    ctl = Controller()
    ctl.open(path)
    ctl.undo_stack.clear()
    yield ctl
    ctl.close()


# -- the tests --------------------------------------------------------------------------------
def test_the_checks_catch_rich_text(qapp):
    """The checker itself: AutoText labels and raw tooltips are caught; plain ones pass."""
    walker = Walker()
    rich = QLabel(HOSTILE[0])
    walker.walk(rich, "rich")
    assert walker.problems and walker.labels_checked == 1
    walker = Walker()
    label = plain_label(" ".join(HOSTILE))
    label.setToolTip(plain_tooltip(" ".join(HOSTILE)))
    walker.walk(label, "plain")
    assert walker.labels_checked == 1 and walker.tooltips_checked == 1
    assert walker.problems == []
    walker = Walker()
    raw_tip = QWidget()
    raw_tip.setToolTip("3. " + HOSTILE[0])
    walker.walk(raw_tip, "raw tooltip")
    assert walker.problems


@pytest.mark.parametrize("text", [*HOSTILE, "a & b", "x &lt; y", "1 < 2 > 0", "<qt>", "",
                                  "line\n<h1>two</h1>", "  <p>lead</p>", "<!doctype html>"])
def test_plain_tooltip_is_shown_literally(qapp, text):
    assert shown(plain_tooltip(text)) == text


def test_every_console_view_shows_user_text_plainly(qtbot, controller, tmp_path):
    window = show(qtbot, MainWindow(controller, make_settings(tmp_path), projector=False))
    walker = Walker()
    for index in range(window.sidebar.count()):
        window.show_view_index(index)
        settle(qtbot, 30)
        view = window.stack.currentWidget()

        def visit(view=view, index=index):
            select_first_rows(qtbot, view)
            walker.walk(window, f"view {index}")
            hover_markers(qtbot, view, walker, f"view {index}")

        visit_tabs(qtbot, view, lambda view=view, visit=visit: visit_modes(qtbot, view, visit))
    assert walker.labels_checked > 20 and walker.tooltips_checked > 100, (
        walker.labels_checked, walker.tooltips_checked)
    assert walker.hovered > 0, "the matrix chart gave its markers' tooltips"
    assert not walker.problems, report(walker)


def test_scores_program_label_is_plain_and_renders_the_tags(qtbot, controller, tmp_path):
    """The reported case: the program label of "scores per table" showed a heading."""
    for n, program in enumerate(programs.list_programs(controller.ws)):
        programs.update_program(controller.ws, program.id, title=f"<h1>ZQBIG</h1> besar {n}")
    window = show(qtbot, MainWindow(controller, make_settings(tmp_path), projector=False))
    view = window.show_view("programs")
    settle(qtbot, 30)
    select_first_rows(qtbot, view)  # a program chosen in the list
    scores = next(w for w in view.findChildren(QWidget) if hasattr(w, "program_label"))
    tabs = next(t for t in view.findChildren(QTabWidget) if t.isAncestorOf(scores))
    tabs.setCurrentIndex(tabs.indexOf(next(tabs.widget(i) for i in range(tabs.count())
                                           if tabs.widget(i).isAncestorOf(scores)
                                           or tabs.widget(i) is scores)))
    settle(qtbot, 30)
    scores.per_program.setChecked(True)
    settle(qtbot, 30)
    label = scores.program_label
    text = label.text()
    assert f"<h1>ZQBIG</h1> besar {n}"[:-2] in text, text
    assert label.textFormat() == Qt.TextFormat.PlainText
    # rendered: one line of normal text as wide as the literal string (a heading would be
    # taller and lose the tags), pixel for pixel what a plain-text label paints
    metrics = QFontMetrics(label.font())
    assert label.heightForWidth(label.width()) < metrics.height() * 2
    assert label.width() >= metrics.horizontalAdvance(text)
    painted = paint_on_white(label)
    painted.save(str(tmp_path / "scores-label.png"))
    assert painted == reference_image(label, Qt.TextFormat.PlainText)
    assert painted != reference_image(label, Qt.TextFormat.RichText)


def test_projector_window_and_every_board_show_user_text_plainly(qtbot, controller, tmp_path):
    window = show(qtbot, MainWindow(controller, make_settings(tmp_path), projector=True))
    projector = window.projector
    qtbot.addWidget(projector)
    projector.resize(1920, 1080)
    projector.show()
    walker = Walker()
    opds = roster.list_opds(controller.ws)
    boards = [("agenda", None), ("swot", opds[0].id), ("swot", None),
              ("overview", "dimension"), ("overview", "component"), ("matrix", None),
              ("matrix", "governance"), ("quickwins", None), ("review", None),
              ("review", "chapter:visi"), ("commitment", None), ("keywords", None),
              ("coverage", None), ("join", None)]
    boards[-1:-1] = [("roadmap", None), ("roadmap", "governance")]
    assert {kind for kind, _ in boards} == set(BOARD_KINDS)
    for kind, param in boards:
        projector.set_board(kind, param)
        settle(qtbot, 30)
        projector.board.grab()  # painted once
        walker.walk(projector, f"projector {kind}:{param}")
    for kind, param in boards[1:-1]:
        board = show(qtbot, make_board(kind, controller, param), 1280, 720)
        settle(qtbot, 20)
        board.grab()
        walker.walk(board, f"board {kind}:{param}")
    assert walker.labels_checked >= 1, "the projector header shows the (hostile) step title"
    assert not walker.problems, report(walker)


def test_table_mode_shows_user_text_plainly(qtbot, controller, tmp_path):
    opd = roster.list_opds(controller.ws)[0]
    table = show(qtbot, TableModeWindow(controller, make_settings(tmp_path), opd.id), 1280, 800)
    settle(qtbot, 30)
    walker = Walker()

    def visit():
        select_first_rows(qtbot, table)
        walker.walk(table, "table mode")

    visit_tabs(qtbot, table, lambda: visit_modes(qtbot, table, visit))
    assert walker.labels_checked >= 1, "the table header shows the (hostile) OPD name"
    assert not walker.problems, report(walker)


def test_dialogs_show_user_text_plainly(qtbot, controller, tmp_path):
    from ui.views.program_editor import LinkPickerDialog
    from ui.views.swot_dialogs import MergeDialog, SwotItemDialog
    from ui.views.tows import StrategyDialog

    ws = controller.ws
    parent = show(qtbot, QWidget(), 400, 300)
    items = swot.list_items(ws)
    opds = roster.list_opds(ws)
    names = {"S": "S", "W": "W", "O": "O", "T": "T"}
    program = programs.list_programs(ws)[0]
    dialogs = [
        SwotItemDialog(parent, names, items[0]),
        MergeDialog(parent, items[:3], names),
        StrategyDialog(parent, items, names, swot.list_strategies(ws)[0]),
        LinkPickerDialog(parent, ws, [o.id for o in opds], {o.id: o.code for o in opds},
                         names, program.swot_ids, program.strategy_ids),
    ]
    walker = Walker()
    for dialog in dialogs:
        dialog.show()
        settle(qtbot, 20)
        select_first_rows(qtbot, dialog)
        walker.walk(dialog, type(dialog).__name__)
        dialog.close()
    assert walker.plain_seen > 10, "the dialogs list the (hostile) items"
    assert not walker.problems, report(walker)


def test_status_lines_quoting_paths_and_errors_are_plain(qtbot, controller, tmp_path):
    """The export dialog quotes the folder the user typed; the table input panel quotes an
    error (with the address); the banner and every view's message line quote refusals."""
    from smartbimtek.errors import SmartBimtekError
    from ui.export_dialog import ExportDialog

    window = show(qtbot, MainWindow(controller, make_settings(tmp_path), projector=False))
    walker = Walker()
    blocker = tmp_path / HOSTILE[2]  # no "/" in it
    blocker.write_text("a file where the export folder should be")
    dialog = ExportDialog(controller, make_settings(tmp_path), window)
    dialog.folder.setText(str(blocker))
    dialog.show()
    assert dialog.start() is False  # the folder cannot be created: the message names it
    walker.walk(dialog, "export dialog")
    panel = window.lan_dock.widget()
    panel.control.error = f"Cannot listen on {HOSTILE[1]}"
    panel.load()
    walker.walk(panel, "table input panel")
    controller.error_raised.emit(SmartBimtekError(HOSTILE[0]))
    for view in window.views.values():
        for line in view.findChildren(QLabel):
            if hasattr(line, "show_error"):
                line.show_error(HOSTILE[3])
    from ui.views.attendance import CheckInPanel

    check_in = window.views["workshop"].panel("attendance").findChild(CheckInPanel)
    absent = [p for p in roster.list_participants(controller.ws)
              if p.id not in check_in._present()]
    check_in.check_in(absent[0].id)  # "Checked in: <name>"
    settle(qtbot, 20)
    walker.walk(window, "messages")
    assert TOKEN in check_in.last.text()
    assert walker.labels_checked >= 5, walker.labels_checked
    assert not walker.problems, report(walker)


def test_undo_and_recent_file_actions_show_user_text_literally(qtbot, controller, tmp_path):
    """Undo/Redo quote the last command ("Check in <name>"), the recent menu quotes paths:
    the tooltip is shown literally and a "&" in user text stays a "&"."""
    from ui.views.attendance import CheckInPanel

    settings = make_settings(tmp_path)
    odd = tmp_path / "R&D <img src=x>ZQIMG.bimtek"  # listed only when it exists
    odd.write_bytes(b"")
    settings.add_recent(str(odd))
    window = show(qtbot, MainWindow(controller, settings, projector=False))
    person = roster.list_participants(controller.ws)[0]
    roster.update_participant(controller.ws, person.id, name="R&D <h1>ZQBIG</h1> orang")
    check_in = window.views["workshop"].panel("attendance").findChild(CheckInPanel)
    check_in.check_in(person.id)
    settle(qtbot, 20)
    undo = window.app_actions.undo
    assert menu_words(undo.text()).endswith("R&D <h1>ZQBIG</h1> orang"), undo.text()
    assert shown(undo.toolTip()) == menu_words(undo.text())
    window.recent_menu.aboutToShow.emit()
    texts = {menu_words(a.text()): shown(a.toolTip()) for a in window.recent_menu.actions()}
    assert texts.get(str(odd)) == str(odd), texts
