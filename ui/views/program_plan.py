"""The "Rencana" (plan) tab of the program editor: location, indicator unit, baseline (value,
year), the RPJMD item and sasaran it serves, a target per year of the plan period, the budget
estimate per year and funding source (rupiah, totals per year, per source and overall) and
the activities (kegiatan) with their years.

Every field commits when it is left and every grid cell when it is edited: each such edit is
one undoable service call (``services.budget``) through the owner's ``run_edit``
(``undoable.UndoablePanel``); a refused value shows the service's message in the view's
message line and the panel shows the stored data again."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.errors import NotFoundError
from smartbimtek.model import FUNDING, ProgramPlan
from smartbimtek.services import budget, direction, plan

from ..widgets.common import CommitLineEdit, bold_label, plain_label, plain_tooltip
from ..widgets.year_grid import YearGrid, format_rupiah, parse_rupiah
from .board_labels import funding_label
from .undoable import ID_ROLE, UndoablePanel

TARGET_KEY = "target"


class ProgramPlanPanel(UndoablePanel):
    """The plan data of one program. ``run_edit(text, do, undo)`` is the owner view's
    undoable edit (None when refused); ``set_program`` shows a program (None: nothing)."""

    def __init__(self, run_edit: Callable, parent: QWidget | None = None) -> None:
        super().__init__(run_edit, parent)
        self.plan: ProgramPlan | None = None
        self.years: list[int] = []
        body = QWidget(self)
        self.period_note = plain_label("", body)
        self.period_note.setWordWrap(True)
        self.location = CommitLineEdit(body)
        self.unit = CommitLineEdit(body)
        self.unit.setPlaceholderText(self.tr("e.g. %, units, villages"))
        self.baseline_value = CommitLineEdit(body)
        self.baseline_year = QSpinBox(body)
        self.baseline_year.setRange(1999, 2100)
        self.baseline_year.setSpecialValueText("–")
        self.baseline_year.setKeyboardTracking(False)
        self.rpjmd = QComboBox(body)
        self.objective = QComboBox(body)
        for combo in (self.rpjmd, self.objective):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
        self.location.committed.connect(lambda text: self.set_field("location", text))
        self.unit.committed.connect(lambda text: self.set_field("unit", text))
        self.baseline_value.committed.connect(lambda text: self.set_field("baseline_value", text))
        self.baseline_year.valueChanged.connect(self._baseline_year_changed)
        self.rpjmd.activated.connect(lambda _i: self.set_field("rpjmd_id", self.rpjmd.currentData()))
        self.objective.activated.connect(
            lambda _i: self.set_field("objective_id", self.objective.currentData()))
        baseline = QHBoxLayout()
        baseline.addWidget(self.baseline_value, 1)
        baseline.addWidget(QLabel(self.tr("year"), body))
        baseline.addWidget(self.baseline_year)
        # A grid, not a QFormLayout: the program tab's form stays the editor's only one.
        form = QGridLayout()
        rows = ((self.tr("Location:"), self.location), (self.tr("Unit:"), self.unit),
                (self.tr("Baseline:"), baseline), (self.tr("RPJMD item:"), self.rpjmd),
                (self.tr("Sasaran:"), self.objective))
        for row, (label, field) in enumerate(rows):
            form.addWidget(QLabel(label, body), row, 0)
            if isinstance(field, QHBoxLayout):
                form.addLayout(field, row, 1)
            else:
                form.addWidget(field, row, 1)
        form.setColumnStretch(1, 1)
        self.targets = YearGrid(body)
        self.targets.cell_edited.connect(lambda _k, year, text: self.set_target(year, text))
        self.budgets = YearGrid(body, totals=True, total_label=self.tr("Total"))
        self.budgets.cell_edited.connect(
            lambda source, year, text: self.set_budget(year, source, parse_rupiah(text)))
        self.add_source = QComboBox(body)
        self.add_source.addItem(self.tr("Add a funding source…"), None)
        for source in FUNDING:
            self.add_source.addItem(funding_label(source), source)
        self.add_source.activated.connect(self._source_chosen)
        self.extra_sources: list[str] = []
        self.activities = QTableWidget(0, 3, body)
        self.activities.setHorizontalHeaderLabels([self.tr("Activity"), self.tr("From"),
                                                   self.tr("To")])
        header = self.activities.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.activities.verticalHeader().hide()
        self.activities.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activities.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activities.itemChanged.connect(self._activity_changed)
        self.add_activity_button = QPushButton(self.tr("Add activity"), body)
        self.add_activity_button.clicked.connect(lambda: self.add_activity(self.tr("New activity")))
        self.delete_activity_button = QPushButton(self.tr("Delete activity"), body)
        self.delete_activity_button.clicked.connect(self.delete_selected_activity)
        activity_buttons = QHBoxLayout()
        activity_buttons.addWidget(self.add_activity_button)
        activity_buttons.addWidget(self.delete_activity_button)
        activity_buttons.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addWidget(self.period_note)
        layout.addLayout(form)
        layout.addWidget(bold_label(self.tr("Target per year"), 0, body))
        layout.addWidget(self.targets)
        layout.addWidget(bold_label(self.tr("Budget estimate per year and source (Rp)"), 0, body))
        layout.addWidget(self.budgets)
        layout.addWidget(self.add_source, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(bold_label(self.tr("Activities (kegiatan)"), 0, body))
        layout.addWidget(self.activities)
        layout.addLayout(activity_buttons)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setEnabled(False)

    # -- data -----------------------------------------------------------------------------
    def set_program(self, ws, program_id: str | None) -> None:
        """Show the plan data of a program (None: an unsaved program, nothing to edit)."""
        if program_id != self.program_id:
            self.extra_sources = []
        super().set_program(ws, program_id)

    def _fill(self) -> None:
        """The program's plan data, the plan period and the RPJMD and sasaran lists."""
        ws, program_id = self.ws, self.program_id
        self.setEnabled(ws is not None and program_id is not None)
        if ws is None or program_id is None:
            self.plan = None
            self.period_note.setText(self.tr("Save the program first; then enter its plan here."))
            self.targets.set_rows([], [])
            self.budgets.set_rows([], [])
            self.activities.setRowCount(0)
            return
        try:
            data = budget.get_program_plan(ws, program_id)
        except NotFoundError:  # deleted meanwhile (undo, a phone)
            self.program_id = None
            self._fill()
            return
        period = plan.get_plan(ws)
        start, end = period.period_start, period.period_end
        self.years = list(range(start, end + 1)) if start and end else []
        self.plan = data
        if self.years:
            self.period_note.setText(self.tr("Plan period {0}–{1}. Each field and cell is saved "
                                             "when you leave it (Ctrl+Z undoes).")
                                     .format(start, end))
        else:
            self.period_note.setText(self.tr("Set the plan period (Workshop > Region and plan) to enter "
                                             "targets and budgets per year."))
        self.location.set_value(data.location)
        self.unit.set_value(data.unit)
        self.baseline_value.set_value(data.baseline_value)
        self.baseline_year.blockSignals(True)
        self.baseline_year.setValue(data.baseline_year or self.baseline_year.minimum())
        self.baseline_year.blockSignals(False)
        self._fill_combo(self.rpjmd, [(i.id, f"{i.code} {i.text}".strip())
                                      for i in direction.list_rpjmd(ws)], data.rpjmd_id)
        self._fill_combo(self.objective, [(o.id, o.text) for o in
                                          direction.list_objectives(ws, "sasaran")],
                         data.objective_id)
        self.targets.set_rows(self.years, [(TARGET_KEY, self.tr("Target"), dict(data.targets))])
        sources = [s for s in FUNDING if any(b.source == s for b in data.budgets)
                   or s in self.extra_sources]
        rows, sums, year_sums = [], {}, {}
        for source in sources:
            cells = {}
            for line in data.budgets:
                if line.source == source:
                    cells[line.year] = format_rupiah(line.amount)
                    sums[source] = sums.get(source, 0) + line.amount
                    year_sums[line.year] = year_sums.get(line.year, 0) + line.amount
            rows.append((source, funding_label(source), cells))
        self.budgets.set_rows(self.years, rows, sums, year_sums, data.budget_total)
        self._fit_height(self.targets)
        self._fit_height(self.budgets)
        self.activities.setRowCount(len(data.activities))
        for row, activity in enumerate(data.activities):
            for column, value in enumerate((activity.title, activity.start_year,
                                            activity.end_year)):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setData(ID_ROLE, activity.id)
                self.activities.setItem(row, column, item)

    @staticmethod
    def _fill_combo(combo: QComboBox, entries: list[tuple[str, str]], current) -> None:
        combo.clear()
        combo.addItem(QCoreApplication.translate("ProgramPlanPanel", "(none)"), None)
        for key, text in entries:
            combo.addItem(text, key)
            combo.setItemData(combo.count() - 1, plain_tooltip(text), Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    @staticmethod
    def _fit_height(grid: QTableWidget) -> None:
        height = grid.horizontalHeader().sizeHint().height() + 4
        height += sum(grid.rowHeight(r) for r in range(grid.rowCount()))
        scroll = grid.horizontalScrollBar().sizeHint().height()
        grid.setFixedHeight(height + scroll)

    # -- edits (each one undoable service call) --------------------------------------------
    def set_field(self, name: str, value):
        """Change one plan field (location, unit, baseline_value, baseline_year, rpjmd_id,
        objective_id)."""
        if self._filling or self.plan is None:
            return None
        ws, pid = self.ws, self.program_id
        return self.edit_fields(self.tr("Edit program plan"),
                                partial(budget.get_program_plan, ws, pid),
                                partial(budget.set_program_plan, ws, pid), {name: value},
                                skip_unchanged=True)

    def _baseline_year_changed(self, value: int) -> None:
        self.set_field("baseline_year", None if value == self.baseline_year.minimum() else value)

    def set_target(self, year: int, value: str):
        """Set (or clear, with an empty text) one year's target."""
        if self.plan is None:
            return None
        ws, pid = self.ws, self.program_id
        before = dict(budget.get_program_plan(ws, pid).targets)
        return self.edit(self.tr("Change target"),
                         lambda: budget.set_program_target(ws, pid, year, value),
                         lambda _cmd: budget.set_program_targets(ws, pid, before))

    def set_budget(self, year: int, source: str, amount):
        """Set one budget line (rupiah; None removes it)."""
        if self.plan is None:
            return None
        ws, pid = self.ws, self.program_id
        old = next((b.amount for b in budget.get_program_plan(ws, pid).budgets
                    if b.year == year and b.source == source), None)
        return self.edit(self.tr("Change budget"),
                         lambda: budget.set_budget(ws, pid, year, source, amount),
                         lambda _cmd: budget.set_budget(ws, pid, year, source, old))

    def _source_chosen(self, _index: int) -> None:
        source = self.add_source.currentData()
        self.add_source.setCurrentIndex(0)
        if source:
            self.show_source(source)

    def show_source(self, source: str) -> None:
        """Give a funding source a row in the budget grid (stored once an amount is typed)."""
        if source not in self.extra_sources:
            self.extra_sources.append(source)
        self.refresh()

    def add_activity(self, title: str, **fields):
        """Add a kegiatan (undo deletes it)."""
        if self.plan is None:
            return None
        ws, pid = self.ws, self.program_id
        return self.add_record(self.tr("Add activity"),
                               lambda: budget.add_activity(ws, pid, title, **fields),
                               partial(budget.delete_activity, ws))

    def update_activity(self, activity_id: str, **fields):
        """Change a kegiatan's title or years (undo puts the old values back)."""
        return self.update_record(self.tr("Edit activity"), budget.get_activity,
                                  budget.update_activity, activity_id, fields)

    def delete_selected_activity(self) -> None:
        """Delete the selected kegiatan (undo restores it)."""
        self.delete_selected(self.tr("Delete activity"), self.activities,
                             budget.delete_activity, budget.restore_activity)

    def _activity_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.data(ID_ROLE) is None:
            return
        text = item.text().strip()
        if item.column() == 0:
            self.update_activity(item.data(ID_ROLE), title=text)
            return
        year = int(text) if text.isdigit() else (text or None)
        name = "start_year" if item.column() == 1 else "end_year"
        self.update_activity(item.data(ID_ROLE), **{name: year})
