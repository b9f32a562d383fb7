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
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFontMetrics,
    QImage,
    QMouseEvent,
    QPainter,
    QRegion,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QWidget,
)
from ui_support import make_settings, settle, show

from smartbimtek.demo import create_demo
from smartbimtek.services import agenda, plan, programs, roster, swot
from smartbimtek.store import open_workshop
from ui.controller import Controller
from ui.main_window import MainWindow
from ui.projector import BOARD_KINDS
from ui.projector_boards import make_board
from ui.table_mode import TableModeWindow
from ui.widgets.charts import PriorityMatrix
from ui.widgets.common import plain_label, plain_tooltip

#: Hostile values; each holds a token (ZQ...) so that user text is found even when mangled.
#: Shown literally, the markup right before the token is visible.
HOSTILE = ("<h1>ZQBIG</h1>", "<font color=red size=7>ZQRED</font>", "<img src=x>ZQIMG",
           "<b>&amp;</b>ZQAMP", '<a href="x">ZQLINK</a>')
TOKENS = {value[:value.index("ZQ") + 5][-5:]: value[:value.index("ZQ") + 5]
          for value in HOSTILE}  # token -> the literal text that must be visible before it
TOKEN = "ZQ"


def hostile(n: int, tail: str = "") -> str:
    """The n-th hostile value (cycling through ``HOSTILE``)."""
    return f"{HOSTILE[n % len(HOSTILE)]} {n}{tail}"


def _hostile_workshop(path) -> None:
    """The demo workshop with every user-text field replaced through the services."""
    create_demo(path)
    with open_workshop(path) as ws:
        counter = iter(range(100000))
        plan.update_plan(ws, region_name=hostile(next(counter)), plan_title=hostile(next(counter)),
                         vision=hostile(next(counter)),
                         missions=[hostile(next(counter)) for _ in range(3)],
                         goals=[hostile(next(counter)) for _ in range(2)],
                         targets=[hostile(next(counter)) for _ in range(2)],
                         facilitators=[hostile(next(counter)) for _ in range(2)])
        for event in plan.list_events(ws):
            plan.update_event(ws, event.id, title=hostile(next(counter)),
                              venue=hostile(next(counter)),
                              facilitators=[hostile(next(counter))])
            for day in range(1, event.days + 1):
                for step in agenda.list_steps(ws, event.id, day):
                    agenda.update_step(ws, step.id, title=hostile(next(counter)),
                                       instructions=hostile(next(counter)))
            for note in agenda.list_notes(ws, event.id):
                agenda.update_note(ws, note.id, hostile(next(counter)))
        for opd in roster.list_opds(ws):
            roster.update_opd(ws, opd.id, name=hostile(next(counter)))
        for person in roster.list_participants(ws):
            roster.update_participant(ws, person.id, name=hostile(next(counter)),
                                      position=hostile(next(counter)))
        for item in swot.list_items(ws):
            swot.update_item(ws, item.id, text=hostile(next(counter)),
                             author=hostile(next(counter)))
        for strategy in swot.list_strategies(ws):
            swot.update_strategy(ws, strategy.id, text=hostile(next(counter)))
        for rating in swot.list_readiness(ws):
            swot.set_readiness(ws, rating.component, rating.dimension, rating.rating,
                               hostile(next(counter)))
        for program in programs.list_programs(ws):
            next(counter)  # six steps per program: the titles cycle through every value
            programs.update_program(ws, program.id, title=hostile(next(counter)),
                                    description=hostile(next(counter)),
                                    benefit=hostile(next(counter)),
                                    indicator=hostile(next(counter)),
                                    target=hostile(next(counter)))
        programs.add_criterion(ws, "inovasi", hostile(next(counter)), hostile(next(counter)))
        first = roster.list_opds(ws)[0]  # the OPD the boards open on: give it strategies
        own = {q: swot.add_item(ws, first.id, q, hostile(next(counter))) for q in "SWOT"}
        for letters in ("SO", "WT"):
            swot.add_strategy(ws, letters, hostile(next(counter)),
                              [own[letters[0]].id, own[letters[1]].id], first.id)


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "hostile.bimtek"
    _hostile_workshop(path)
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


# -- the checks -------------------------------------------------------------------------------
def _rich(text: str) -> str:
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def shown(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a QLabel (or a tooltip, always AutoText) of format ``fmt`` shows for ``text``."""
    if fmt == Qt.TextFormat.PlainText:
        return text
    if fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText
                                             and QtGui.Qt.mightBeRichText(text)):
        return _rich(text)
    if fmt == Qt.TextFormat.MarkdownText:
        doc = QTextDocument()
        doc.setMarkdown(text)
        return doc.toPlainText()
    return text


def literal_problems(display: str) -> list[str]:
    """The tokens in ``display`` not preceded by their markup shown literally."""
    problems = []
    for token, literal in TOKENS.items():
        start = display.find(token)
        while start >= 0:
            if display[max(0, start + len(token) - len(literal)):start + len(token)] != literal:
                problems.append(f"{literal!r} not shown literally")
            start = display.find(token, start + 1)
    return problems


def _owner(widget: QWidget) -> str:
    """The class of the nearest app widget holding ``widget`` (where a problem is)."""
    while widget is not None:
        if type(widget).__module__.startswith("ui."):
            return type(widget).__name__
        widget = widget.parentWidget()
    return "?"


class Walker:
    """Collects every piece of user text a widget tree shows and what is wrong with it."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.checked = 0
        self.labels_checked = 0
        self.tooltips_checked = 0
        self.plain_seen = 0  # user text in item views' display role (plain by nature)
        self.hovered = 0  # chart markers that gave a tooltip

    def _tooltip(self, where: str, text: str) -> None:
        if TOKEN not in (text or "") and TOKEN not in _rich(text or ""):
            return
        self.checked += 1
        self.tooltips_checked += 1
        for problem in literal_problems(shown(text)):
            self.problems.append(f"{where}: tooltip {text[:70]!r}: {problem}")

    def _label(self, label: QLabel, where: str) -> None:
        text = label.text()
        if TOKEN not in text:
            return
        self.checked += 1
        self.labels_checked += 1
        fmt = label.textFormat()
        if fmt == Qt.TextFormat.AutoText:
            self.problems.append(f"{where}: label {text[:70]!r} shows user text in AutoText")
        for problem in literal_problems(shown(text, fmt)):
            self.problems.append(f"{where}: label {text[:70]!r}: {problem}")

    @staticmethod
    def _count(method, parent: QModelIndex) -> int:
        try:
            return method(parent)
        except TypeError:  # a list model's (private) columnCount or hasChildren
            return 1 if method.__name__ == "columnCount" else 0

    def _model(self, view: QAbstractItemView, where: str) -> None:
        model = view.model()
        if model is None:
            return
        role = Qt.ItemDataRole.ToolTipRole
        root = QModelIndex()
        for orientation, count in ((Qt.Orientation.Horizontal,
                                    self._count(model.columnCount, root)),
                                   (Qt.Orientation.Vertical, self._count(model.rowCount, root))):
            for section in range(count):
                tip = model.headerData(section, orientation, role)
                if isinstance(tip, str):
                    self._tooltip(f"{where} header {section}", tip)
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self._count(model.rowCount, parent)):
                for column in range(self._count(model.columnCount, parent)):
                    index = model.index(row, column, parent)
                    display = model.data(index, Qt.ItemDataRole.DisplayRole)
                    if isinstance(display, str) and TOKEN in display:
                        self.plain_seen += 1
                    tip = model.data(index, role)
                    if isinstance(tip, str):
                        self._tooltip(f"{where} cell {row},{column}", tip)
                    if column == 0 and self._count(model.hasChildren, index):
                        stack.append(index)

    def walk(self, root: QWidget, where: str) -> None:
        """Check ``root`` and everything in it."""
        widgets = [root, *root.findChildren(QWidget)]
        for widget in widgets:
            name = f"{where}/{_owner(widget)}/{type(widget).__name__}:{widget.objectName()}"
            self._tooltip(name, widget.toolTip())
            self._tooltip(name + " (what's this)", widget.whatsThis())
            if isinstance(widget, QLabel):
                self._label(widget, name)
            if isinstance(widget, QTabBar):
                for i in range(widget.count()):
                    self._tooltip(f"{name} tab {i}", widget.tabToolTip(i))
            if isinstance(widget, QAbstractItemView):
                self._model(widget, name)
            for action in widget.actions():
                self._tooltip(f"{name} action {action.text()!r}", action.toolTip())
        for action in root.findChildren(QAction):
            self._tooltip(f"{where} action {action.text()!r}", action.toolTip())


def hover_markers(qtbot, root: QWidget, walker: Walker, where: str) -> None:
    """Move the mouse over the first markers of every visible chart and check the tooltip
    each one gets (the charts set it on hover)."""
    for chart in root.findChildren(PriorityMatrix):
        if not chart.isVisible():
            continue
        for pos in chart.marker_positions()[:8]:
            event = QMouseEvent(QEvent.Type.MouseMove, pos, chart.mapToGlobal(pos),
                                Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(chart, event)
            walker._tooltip(f"{where}/chart marker", chart.toolTip())
            walker.hovered += bool(chart.toolTip())


def select_first_rows(qtbot, root: QWidget) -> None:
    """Select the first row of every visible item view (detail panes show their item)."""
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        root = QModelIndex()
        if view.isVisible() and model is not None and Walker._count(model.rowCount, root) > 0:
            column = 1 if Walker._count(model.columnCount, root) > 1 else 0
            view.setCurrentIndex(model.index(0, column))
    settle(qtbot, 20)


def visit_modes(qtbot, root: QWidget, visit) -> None:
    """Call ``visit()`` as the view is, then once with each of its other radio buttons
    (display modes such as "one program / one table") chosen."""
    visit()
    for radio in root.findChildren(QRadioButton):
        if radio.isVisible() and radio.isEnabled() and not radio.isChecked():
            radio.setChecked(True)
            settle(qtbot, 20)
            visit()


def visit_tabs(qtbot, root: QWidget, visit, depth: int = 0) -> None:
    """Call ``visit()`` with every tab of every (nested) tab widget of ``root`` current."""
    tabs = [t for t in root.findChildren(QTabWidget) if t.isVisible()]
    if not tabs or depth > 3:
        visit()
        return
    outer = tabs[0]
    for i in range(outer.count()):
        outer.setCurrentIndex(i)
        settle(qtbot, 20)
        visit_tabs(qtbot, outer.currentWidget(), visit, depth + 1)
    for other in tabs[1:]:
        if not outer.isAncestorOf(other):
            for i in range(other.count()):
                other.setCurrentIndex(i)
                settle(qtbot, 20)
                visit()


def report(walker: Walker) -> str:
    shown_problems = sorted(set(walker.problems))
    return f"{len(shown_problems)} rich-text renderings of user text:\n" + \
        "\n".join(shown_problems[:60])


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
    painted = _paint(label)
    painted.save(str(tmp_path / "scores-label.png"))
    assert painted == _reference(label, Qt.TextFormat.PlainText)
    assert painted != _reference(label, Qt.TextFormat.RichText)


def _reference(like: QLabel, fmt: Qt.TextFormat):
    """What a label like ``like`` paints for its text in format ``fmt``."""
    ref = QLabel()
    ref.setTextFormat(fmt)
    ref.setText(like.text())
    ref.setFont(like.font())
    ref.setPalette(like.palette())
    ref.setWordWrap(like.wordWrap())
    ref.setAlignment(like.alignment())
    ref.setMargin(like.margin())
    ref.setIndent(like.indent())
    ref.resize(like.size())
    image = _paint(ref)
    ref.deleteLater()
    return image


def _paint(widget: QWidget) -> QImage:
    """``widget`` painted on white (its text only, no window background)."""
    image = QImage(widget.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    widget.render(painter, QPoint(0, 0), QRegion(), QWidget.RenderFlag.DrawChildren)
    painter.end()
    return image


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
              ("matrix", "governance"), ("quickwins", None), ("join", None)]
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

    check_in = window.views["workshop"].findChild(CheckInPanel)
    absent = [p for p in roster.list_participants(controller.ws)
              if p.id not in check_in._present()]
    check_in.check_in(absent[0].id)  # "Checked in: <name>"
    settle(qtbot, 20)
    walker.walk(window, "messages")
    assert TOKEN in check_in.last.text()
    assert walker.labels_checked >= 5, walker.labels_checked
    assert not walker.problems, report(walker)


def _menu_words(text: str) -> str:
    """What a menu shows for an action text (a single "&" marks the shortcut letter)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


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
    check_in = window.views["workshop"].findChild(CheckInPanel)
    check_in.check_in(person.id)
    settle(qtbot, 20)
    undo = window.app_actions.undo
    assert _menu_words(undo.text()).endswith("R&D <h1>ZQBIG</h1> orang"), undo.text()
    assert shown(undo.toolTip()) == _menu_words(undo.text())
    window.recent_menu.aboutToShow.emit()
    texts = {_menu_words(a.text()): shown(a.toolTip()) for a in window.recent_menu.actions()}
    assert texts.get(str(odd)) == str(odd), texts
