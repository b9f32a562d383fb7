"""The program editor form (owner OPD, supporting OPDs, dimension, element with its hint,
title, description, benefit to citizens, horizon, years, funding, indicator, target, linked SWOT items and
strategies) and the picker of linked items. The form collects input; the view saves it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartbimtek import reference
from smartbimtek.model import FUNDING, HORIZONS, Opd, Program
from smartbimtek.services import swot

from ..widgets.common import plain_label, resize_to_fit_screen
from .board_base import ref_label
from .board_labels import funding_label, horizon_label
from .program_plan import ProgramPlanPanel
from .swot_dialogs import fill_dimension_combo, fill_element_combo, select_data

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_TEXT_FIELDS = ("title", "description", "benefit", "indicator", "target")


def year_spin(parent: QWidget) -> QSpinBox:
    """A year field 2000–2100 whose lowest entry "–" means no year."""
    spin = QSpinBox(parent)
    spin.setRange(1999, 2100)
    spin.setSpecialValueText("–")
    spin.setValue(1999)
    return spin


class LinkPickerDialog(QDialog):
    """Tick the SWOT items and TOWS strategies a program comes from."""

    def __init__(self, parent: QWidget, ws, opd_ids: list[str], codes: dict[str, str],
                 names: dict[str, str], swot_ids: list[str], strategy_ids: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Linked SWOT items and strategies"))
        resize_to_fit_screen(self, 720, 560)
        self.ws = ws
        self.opd_ids = opd_ids
        self.codes = codes
        self.names = names
        self.checked_items = set(swot_ids)
        self.checked_strategies = set(strategy_ids)
        self.all_opds = QCheckBox(self.tr("Show the items of every OPD"), self)
        self.all_opds.toggled.connect(self._fill)
        self.items = QListWidget(self)
        self.items.setWordWrap(True)
        self.items.itemChanged.connect(lambda e: self._toggle(e, self.checked_items))
        self.strategies = QListWidget(self)
        self.strategies.setWordWrap(True)
        self.strategies.itemChanged.connect(lambda e: self._toggle(e, self.checked_strategies))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.all_opds)
        layout.addWidget(QLabel(self.tr("SWOT items:"), self))
        layout.addWidget(self.items, 3)
        layout.addWidget(QLabel(self.tr("TOWS strategies:"), self))
        layout.addWidget(self.strategies, 1)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self, *_args) -> None:
        everyone = self.all_opds.isChecked()
        self.items.blockSignals(True)
        self.strategies.blockSignals(True)
        self.items.clear()
        self.strategies.clear()
        for opd_id in ([None] if everyone else self.opd_ids):
            for item in swot.list_items(self.ws, opd_id=opd_id):
                self._add(self.items, item.id, f"[{self.codes.get(item.opd_id, '?')} · "
                          f"{self.names[item.quadrant]}] {item.text}", self.checked_items)
        for strategy in swot.list_strategies(self.ws):
            if everyone or strategy.opd_id in self.opd_ids or \
                    strategy.id in self.checked_strategies:
                self._add(self.strategies, strategy.id, f"[{strategy.type} · "
                          f"{self.codes.get(strategy.opd_id, '–')}] {strategy.text}",
                          self.checked_strategies)
        self.items.blockSignals(False)
        self.strategies.blockSignals(False)

    @staticmethod
    def _add(listing: QListWidget, key: str, text: str, checked: set[str]) -> None:
        entry = QListWidgetItem(text)
        entry.setData(ID_ROLE, key)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
        listing.addItem(entry)

    @staticmethod
    def _toggle(entry: QListWidgetItem, checked: set[str]) -> None:
        if entry.checkState() == Qt.CheckState.Checked:
            checked.add(entry.data(ID_ROLE))
        else:
            checked.discard(entry.data(ID_ROLE))


class ProgramEditor(QWidget):
    """The form of one program (or of a new one). ``save_requested`` asks the view to save
    ``values()``; ``program`` is None for a new program. The fields scroll; the save and
    delete buttons stay below them, always in view."""

    save_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.program: Program | None = None
        self.swot_ids: list[str] = []
        self.strategy_ids: list[str] = []
        self.ws = None
        self.codes: dict[str, str] = {}
        self.names: dict[str, str] = {}
        body = QWidget(self)
        self.heading = plain_label("", body)
        self.heading.setStyleSheet("QLabel { font-weight: bold; font-size: 12pt; }")
        self.heading.setWordWrap(True)
        self.title = QLineEdit(body)
        self.opd = QComboBox(body)
        self.opd.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.opd.setMinimumContentsLength(20)
        self.support = QListWidget(body)
        self.support.setMaximumHeight(110)
        self.support.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.support.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.dimension = QComboBox(body)
        fill_dimension_combo(self.dimension, self.tr("(choose a dimension)"))
        self.element = QComboBox(body)
        self.hint = plain_label("", body)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("QLabel { color: #37474f; font-style: italic; }")
        self.description = QPlainTextEdit(body)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.benefit = QPlainTextEdit(body)
        self.benefit.setTabChangesFocus(True)
        self.benefit.setMaximumHeight(70)
        self.benefit.setPlaceholderText(self.tr("What citizens gain from this program"))
        self.horizon = QComboBox(body)
        for horizon in HORIZONS:
            self.horizon.addItem(horizon_label(horizon), horizon)
        self.start_year = year_spin(body)
        self.end_year = year_spin(body)
        self.funding = QComboBox(body)
        self.funding.addItem(self.tr("(not yet known)"), None)
        for funding in FUNDING:
            self.funding.addItem(funding_label(funding), funding)
        self.indicator = QLineEdit(body)
        self.target = QLineEdit(body)
        self.links_label = plain_label("", body)
        self.links_label.setWordWrap(True)
        self.links_button = QPushButton(self.tr("Choose linked items…"), body)
        self.links_button.clicked.connect(self.open_link_picker)
        years = QHBoxLayout()
        years.addWidget(self.start_year)
        years.addWidget(QLabel(self.tr("to"), body))
        years.addWidget(self.end_year)
        years.addStretch(1)
        links = QVBoxLayout()
        links.addWidget(self.links_label)
        links.addWidget(self.links_button, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Owner OPD:"), self.opd)
        form.addRow(self.tr("Supporting OPDs:"), self.support)
        form.addRow(self.tr("Dimension:"), self.dimension)
        form.addRow(self.tr("Element:"), self.element)
        form.addRow("", self.hint)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Benefit to citizens:"), self.benefit)
        form.addRow(self.tr("Horizon:"), self.horizon)
        form.addRow(self.tr("Years:"), years)
        form.addRow(self.tr("Funding:"), self.funding)
        form.addRow(self.tr("Indicator:"), self.indicator)
        form.addRow(self.tr("Target:"), self.target)
        form.addRow(self.tr("Comes from:"), links)
        self.save_button = QPushButton(self.tr("Save program"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_requested)
        self.delete_button = QPushButton(self.tr("Delete program"), self)
        self.delete_button.clicked.connect(self.delete_requested)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(6, 0, 6, 0)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addStretch(1)
        self.scroll.setWidget(body)
        #: The owner view's undoable edit (``BoardView.run_edit``), used by the plan tab.
        self.edit_runner = None
        self.plan_panel = ProgramPlanPanel(lambda *args: self.edit_runner(*args), self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.scroll, self.tr("Program"))
        self.tabs.addTab(self.plan_panel, self.tr("Plan"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs, 1)
        outer.addLayout(buttons)
        self.dimension.currentIndexChanged.connect(self._dimension_changed)
        self.element.currentIndexChanged.connect(self._show_hint)
        self._dimension_changed()

    # -- data -----------------------------------------------------------------------------
    def set_context(self, ws, opds: list[Opd], names: dict[str, str]) -> None:
        """The workshop, its OPDs (for the owner and supporting lists) and quadrant names."""
        self.ws = ws
        self.names = names
        self.codes = {o.id: o.code for o in opds}
        owner = self.opd.currentData()
        self.opd.clear()
        for opd in opds:
            self.opd.addItem(f"{opd.code} – {opd.name}", opd.id)
        select_data(self.opd, owner)
        checked = set(self.supporting_ids())
        self.support.clear()
        for opd in opds:
            entry = QListWidgetItem(f"{opd.code} – {opd.name}")
            entry.setData(ID_ROLE, opd.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if opd.id in checked
                                else Qt.CheckState.Unchecked)
            self.support.addItem(entry)

    def load(self, program: Program | None, defaults: dict | None = None) -> None:
        """Show a program (None: an empty form for a new one, with ``defaults``). Reloading
        the program being edited keeps the form's unsaved edits (a plan tab edit reloads the
        view); only the plan tab is read again then."""
        if program is not None and self.program is not None and \
                program.id == self.program.id and self.unsaved():
            self.plan_panel.set_program(self.ws, program.id)
            return
        self.program = program
        defaults = defaults or {}
        source = program or Program("", defaults.get("opd_id") or "", "",
                                    defaults.get("dimension") or "",
                                    horizon=defaults.get("horizon") or "short")
        self.heading.setText(self.tr("Edit program") if program else self.tr("New program"))
        self.delete_button.setEnabled(program is not None)
        self.title.setText(source.title)
        select_data(self.opd, source.opd_id)
        for row in range(self.support.count()):
            entry = self.support.item(row)
            entry.setCheckState(Qt.CheckState.Checked if entry.data(ID_ROLE) in
                                source.supporting_opd_ids else Qt.CheckState.Unchecked)
        select_data(self.dimension, source.dimension or None)
        self._dimension_changed()
        select_data(self.element, source.element)
        self.description.setPlainText(source.description)
        self.benefit.setPlainText(source.benefit)
        select_data(self.horizon, source.horizon)
        self.start_year.setValue(source.start_year or self.start_year.minimum())
        self.end_year.setValue(source.end_year or self.end_year.minimum())
        select_data(self.funding, source.funding)
        self.indicator.setText(source.indicator)
        self.target.setText(source.target)
        self.swot_ids = list(source.swot_ids)
        self.strategy_ids = list(source.strategy_ids)
        self._show_links()
        self.plan_panel.set_program(self.ws, program.id if program else None)

    def unsaved(self) -> bool:
        """True when the form differs from the program it shows (edits not saved yet)."""
        if self.program is None:
            return False
        return any(getattr(self.program, k) != v for k, v in self.values().items())

    def supporting_ids(self) -> list[str]:
        """Ticked supporting OPDs."""
        return [self.support.item(r).data(ID_ROLE) for r in range(self.support.count())
                if self.support.item(r).checkState() == Qt.CheckState.Checked]

    def values(self) -> dict:
        """Every field as the services take it."""
        def year(spin: QSpinBox):
            return None if spin.value() == spin.minimum() else spin.value()

        return {"opd_id": self.opd.currentData(), "title": self.title.text(),
                "dimension": self.dimension.currentData(), "element": self.element.currentData(),
                "description": self.description.toPlainText(),
                "benefit": self.benefit.toPlainText(),
                "horizon": self.horizon.currentData(), "start_year": year(self.start_year),
                "end_year": year(self.end_year), "funding": self.funding.currentData(),
                "indicator": self.indicator.text(), "target": self.target.text(),
                "supporting_opd_ids": self.supporting_ids(), "swot_ids": list(self.swot_ids),
                "strategy_ids": list(self.strategy_ids)}

    def _dimension_changed(self, *_args) -> None:
        fill_element_combo(self.element, self.dimension.currentData(), self.tr("(no element)"))
        self._show_hint()

    def _show_hint(self, *_args) -> None:
        element = reference.elements().get(self.element.currentData() or "")
        hint = ref_label(element, "hint") if element else ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def _show_links(self) -> None:
        self.links_label.setText(self.tr("%n SWOT item(s)", "", len(self.swot_ids)) + ", " +
                                 self.tr("%n strategy(ies)", "", len(self.strategy_ids)))

    def open_link_picker(self) -> LinkPickerDialog | None:
        """Choose the linked SWOT items and strategies (owner and supporting OPDs first)."""
        if self.ws is None:
            return None
        opd_ids = [i for i in [self.opd.currentData(), *self.supporting_ids()] if i]
        dialog = LinkPickerDialog(self, self.ws, opd_ids, self.codes, self.names,
                                  self.swot_ids, self.strategy_ids)

        def take() -> None:
            self.swot_ids = sorted(dialog.checked_items)
            self.strategy_ids = sorted(dialog.checked_strategies)
            self._show_links()

        dialog.accepted.connect(take)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self._picker = dialog
        return dialog
