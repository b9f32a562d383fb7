"""The profile of one chosen quick win (BAB VIII and its profile page): innovation name and
acronym, the problem it answers, beneficiaries, location, budget and funding source, success
indicator with baseline and target, milestones (planned month 1..12, description, progress %)
and risks.

Every field commits when it is left, every milestone cell when it is edited: each is one
undoable service call (``services.quickwin_profiles``; the location is the program's,
``services.budget``) through the owner's ``run_edit`` (``undoable.UndoablePanel``). A refused
value shows the service's message in the view's message line and the editor shows the stored
data again."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.errors import NotFoundError
from smartbimtek.model import FUNDING, QuickWinProfile
from smartbimtek.services import budget, programs, roster
from smartbimtek.services import quickwin_profiles as profiles

from ..widgets.common import CommitLineEdit, CommitTextEdit, bold_label, plain_label
from ..widgets.year_grid import format_rupiah, parse_rupiah
from .board_labels import funding_label
from .undoable import ID_ROLE, UndoablePanel

_LINES = ("innovation_name", "acronym", "baseline", "target")
_TEXTS = ("problem", "beneficiaries", "indicator", "risks")
MONTH, DESCRIPTION, PROGRESS = range(3)


def _number_or_text(text: str):
    """A whole number when the text is one ("3", "-1"), else the text (the service refuses
    it with its own message), None when empty."""
    text = text.strip().rstrip("%").strip()
    if not text:
        return None
    digits = text.lstrip("-")
    if digits.isascii() and digits.isdigit():
        return int(text)
    return text


class QuickWinProfileEditor(UndoablePanel):
    """The profile form of one program. ``back_requested`` asks the owner to show the list
    again; ``run_edit(text, do, undo)`` is the owner view's undoable edit."""

    back_requested = Signal()

    def __init__(self, run_edit: Callable, parent: QWidget | None = None) -> None:
        super().__init__(run_edit, parent)
        self.profile: QuickWinProfile | None = None
        self.back_button = QPushButton(self.tr("← Back to the quick win list"), self)
        self.back_button.clicked.connect(self.back_requested)
        self.heading = plain_label("", self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("QLabel { font-weight: bold; }")
        body = QWidget(self)
        self.lines = {name: CommitLineEdit(body) for name in _LINES}
        self.texts = {name: CommitTextEdit(body) for name in _TEXTS}
        for name, edit in self.lines.items():
            edit.committed.connect(lambda text, n=name: self.set_field(n, text))
        for name, edit in self.texts.items():
            edit.setMaximumHeight(self.fontMetrics().height() * 3 + 12)
            edit.committed.connect(lambda text, n=name: self.set_field(n, text))
        self.lines["acronym"].setMaxLength(40)
        self.location = CommitLineEdit(body)
        self.location.committed.connect(self.set_location)
        self.budget = CommitLineEdit(body)
        self.budget.setPlaceholderText(self.tr("Rp, e.g. 250.000.000"))
        self.budget.committed.connect(lambda text: self.set_field("budget", parse_rupiah(text)))
        self.source = QComboBox(body)
        self.source.addItem(self.tr("(not yet known)"), None)
        for source in FUNDING:
            self.source.addItem(funding_label(source), source)
        self.source.activated.connect(
            lambda _i: self.set_field("funding_source", self.source.currentData()))
        money = QHBoxLayout()
        money.addWidget(self.budget, 1)
        money.addWidget(self.source)
        form = QGridLayout()
        rows = ((self.tr("Innovation name:"), self.lines["innovation_name"]),
                (self.tr("Acronym:"), self.lines["acronym"]),
                (self.tr("Problem it answers:"), self.texts["problem"]),
                (self.tr("Beneficiaries:"), self.texts["beneficiaries"]),
                (self.tr("Location:"), self.location),
                (self.tr("Budget and source:"), money),
                (self.tr("Success indicator:"), self.texts["indicator"]),
                (self.tr("Baseline:"), self.lines["baseline"]),
                (self.tr("Target:"), self.lines["target"]))
        for row, (label, field) in enumerate(rows):
            form.addWidget(QLabel(label, body), row, 0, Qt.AlignmentFlag.AlignTop)
            if isinstance(field, QHBoxLayout):
                form.addLayout(field, row, 1)
            else:
                form.addWidget(field, row, 1)
        form.setColumnStretch(1, 1)
        self.milestones = QTableWidget(0, 3, body)
        self.milestones.setHorizontalHeaderLabels([self.tr("Month"), self.tr("Milestone"),
                                                   self.tr("Progress %")])
        header = self.milestones.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in (MONTH, PROGRESS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.milestones.verticalHeader().hide()
        self.milestones.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestones.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.milestones.setMinimumHeight(self.fontMetrics().height() * 7)
        self.milestones.itemChanged.connect(self._milestone_changed)
        self.add_milestone_button = QPushButton(self.tr("Add milestone"), body)
        self.add_milestone_button.clicked.connect(
            lambda: self.add_milestone(self._next_month(), self.tr("New milestone")))
        self.delete_milestone_button = QPushButton(self.tr("Delete milestone"), body)
        self.delete_milestone_button.clicked.connect(self.delete_selected_milestone)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_milestone_button)
        buttons.addWidget(self.delete_milestone_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addLayout(form)
        layout.addWidget(bold_label(self.tr("Milestones (month 1–12 of the quick win)"), 0, body))
        layout.addWidget(self.milestones)
        layout.addLayout(buttons)
        layout.addWidget(bold_label(self.tr("Risks"), 0, body))
        layout.addWidget(self.texts["risks"])
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(top)
        outer.addWidget(scroll, 1)

    # -- data -----------------------------------------------------------------------------
    def _fill(self) -> None:
        """The profile, the program's title, owner and location."""
        ws, pid = self.ws, self.program_id
        if ws is None or pid is None:
            self.profile = None
            self.heading.setText("")
            self.milestones.setRowCount(0)
            return
        try:
            program = programs.get_program(ws, pid)
        except NotFoundError:  # deleted meanwhile (here, by undo, on a phone)
            self.program_id = None
            self._fill()
            QTimer.singleShot(0, self.back_requested.emit)
            return
        owner = next((o.code for o in roster.list_opds(ws) if o.id == program.opd_id), "")
        self.heading.setText(f"{program.title} ({owner})" if owner else program.title)
        self.profile = data = profiles.get_profile(ws, pid)
        for name, edit in self.lines.items():
            edit.set_value(getattr(data, name) or "")
        for name, edit in self.texts.items():
            edit.set_value(getattr(data, name) or "")
        self.location.set_value(budget.get_program_plan(ws, pid).location)
        self.budget.set_value(format_rupiah(data.budget))
        self.source.setCurrentIndex(max(0, self.source.findData(data.funding_source)))
        self.milestones.setRowCount(len(data.milestones))
        for row, milestone in enumerate(data.milestones):
            for column, value in ((MONTH, str(milestone.month)),
                                  (DESCRIPTION, milestone.description),
                                  (PROGRESS, str(milestone.progress or 0))):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, milestone.id)
                self.milestones.setItem(row, column, item)

    def _next_month(self) -> int:
        months = [m.month for m in (self.profile.milestones if self.profile else [])]
        return min(12, max(months, default=0) + 1)

    # -- edits (each one undoable service call) --------------------------------------------
    def set_field(self, name: str, value):
        """Change one profile field (undo puts the old value back)."""
        if self._filling or self.program_id is None:
            return None
        ws, pid = self.ws, self.program_id
        return self.edit_fields(self.tr("Edit quick win profile"),
                                partial(profiles.get_profile, ws, pid),
                                partial(profiles.set_profile, ws, pid), {name: value})

    def set_location(self, text: str):
        """The program's location (shared with the program's plan tab)."""
        if self._filling or self.program_id is None:
            return None
        ws, pid = self.ws, self.program_id
        return self.edit_fields(self.tr("Edit quick win profile"),
                                partial(budget.get_program_plan, ws, pid),
                                partial(budget.set_program_plan, ws, pid), {"location": text})

    def add_milestone(self, month, description: str, progress=0):
        """Add a milestone (undo deletes it)."""
        if self.program_id is None:
            return None
        ws, pid = self.ws, self.program_id
        return self.add_record(self.tr("Add milestone"),
                               lambda: profiles.add_milestone(ws, pid, month, description,
                                                              progress=progress),
                               partial(profiles.delete_milestone, ws))

    def update_milestone(self, milestone_id: str, **fields):
        """Change a milestone's month, description or progress."""
        return self.update_record(self.tr("Edit milestone"), profiles.get_milestone,
                                  profiles.update_milestone, milestone_id, fields)

    def delete_selected_milestone(self) -> None:
        """Delete the selected milestone (undo restores it)."""
        self.delete_selected(self.tr("Delete milestone"), self.milestones,
                             profiles.delete_milestone, profiles.restore_milestone)

    def _milestone_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.data(ID_ROLE) is None:
            return
        if item.column() == DESCRIPTION:
            self.update_milestone(item.data(ID_ROLE), description=item.text())
        else:
            name = "month" if item.column() == MONTH else "progress"
            self.update_milestone(item.data(ID_ROLE), **{name: _number_or_text(item.text())})
