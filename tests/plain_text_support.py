"""Helpers of the plain-text test (tests/test_ui_plain_text.py): a workshop whose every
user-text field holds hostile markup, and a walker that finds every label, tooltip and item
view tooltip holding user text and says which ones Qt would render as rich text."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QImage, QMouseEvent, QPainter, QRegion, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QWidget,
)
from ui_support import settle

from smartbimtek.demo import create_demo
from smartbimtek.services import agenda, plan, programs, roster, swot
from smartbimtek.store import open_workshop
from ui.widgets.charts import PriorityMatrix

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


def hostile_workshop(path) -> None:
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
    """The walker's problems, one a line (the first 60), for an assertion message."""
    shown_problems = sorted(set(walker.problems))
    return f"{len(shown_problems)} rich-text renderings of user text:\n" + \
        "\n".join(shown_problems[:60])


def reference_image(like: QLabel, fmt: Qt.TextFormat):
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
    image = paint_on_white(ref)
    ref.deleteLater()
    return image


def paint_on_white(widget: QWidget) -> QImage:
    """``widget`` painted on white (its text only, no window background)."""
    image = QImage(widget.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    widget.render(painter, QPoint(0, 0), QRegion(), QWidget.RenderFlag.DrawChildren)
    painter.end()
    return image


def menu_words(text: str) -> str:
    """What a menu shows for an action text (a single "&" marks the shortcut letter)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
