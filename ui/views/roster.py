"""The OPD roster: add, edit in place, delete, import from CSV/XLSX, add from the template
list. Every change is one undoable edit through the roster service."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartbimtek import opd_import, reference
from smartbimtek.errors import SmartBimtekError
from smartbimtek.rules.formal import opd_title_default
from smartbimtek.services import roster

from ..controller import Controller
from ..widgets.common import Coalescer, resize_to_fit_screen

log = logging.getLogger(__name__)
_ROLE_ID = Qt.ItemDataRole.UserRole


class TemplateDialog(QDialog):
    """Choose OPDs from the shipped template list (those already in the roster are hidden)."""

    def __init__(self, existing: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add OPDs from the template list"))
        resize_to_fit_screen(self, 560, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the OPDs taking part:")))
        self.list = QListWidget()
        for item in reference.opd_template():
            if item["code"] in existing:
                continue
            row = QListWidgetItem(f"{item['code']} — {item['name']}")
            row.setData(_ROLE_ID, item["code"])
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(row)
        layout.addWidget(self.list)
        toggles = QHBoxLayout()
        all_button = QPushButton(self.tr("Tick all"))
        none_button = QPushButton(self.tr("Untick all"))
        all_button.clicked.connect(lambda: self._tick(Qt.CheckState.Checked))
        none_button.clicked.connect(lambda: self._tick(Qt.CheckState.Unchecked))
        toggles.addWidget(all_button)
        toggles.addWidget(none_button)
        toggles.addStretch(1)
        layout.addLayout(toggles)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _tick(self, state: Qt.CheckState) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(state)

    def codes(self) -> list[str]:
        """Codes of the ticked OPDs."""
        return [self.list.item(i).data(_ROLE_ID) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class OpdPanel(QWidget):
    """Table of the OPDs with an entry row, delete, import and template buttons."""

    COLUMNS = ("code", "name", "table_no", "title")

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        entry = QHBoxLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Code, e.g. DISKOMINFO"))
        self.code.setMaximumWidth(200)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Full name of the OPD"))
        self.table_no = QSpinBox()
        self.table_no.setRange(0, 999)
        self.table_no.setSpecialValueText(self.tr("no table"))
        self.table_no.setPrefix(self.tr("Table "))
        self.add_button = QPushButton(self.tr("Add OPD"))
        entry.addWidget(self.code)
        entry.addWidget(self.name, 1)
        entry.addWidget(self.table_no)
        entry.addWidget(self.add_button)
        layout.addLayout(entry)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Table"),
                                              self.tr("Title of the head (jabatan)")])
        self.table.horizontalHeaderItem(3).setToolTip(self.tr(
            "Printed in signature blocks and the komitmen bersama. Grey: the default from "
            "the OPD's name; type another title to change it, clear the cell for the default."))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete selected OPD"))
        self.import_button = QPushButton(self.tr("Import from CSV/XLSX..."))
        self.template_button = QPushButton(self.tr("Add from the template list..."))
        self.count_label = QLabel()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.template_button)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_opd)
        self.name.returnPressed.connect(self.add_opd)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_file)
        self.template_button.clicked.connect(self.add_from_template)
        self.table.itemChanged.connect(self._cell_changed)
        self._refresh = Coalescer(self.load, self)
        controller.data_changed.connect(self._on_change)
        self._loading = False

    def _on_change(self, change) -> None:
        if change.entity == "opd":
            self._refresh.trigger()

    def load(self) -> None:
        """Show the roster of the open workshop."""
        ws = self.controller.ws
        if ws is None:
            return
        self._loading = True
        opds = roster.list_opds(ws)
        self.table.setRowCount(len(opds))
        for row, opd in enumerate(opds):
            for column, value in enumerate((opd.code, opd.name,
                                            "" if opd.table_no is None else str(opd.table_no),
                                            opd.title)):
                item = QTableWidgetItem(value)
                item.setData(_ROLE_ID, opd.id)
                self.table.setItem(row, column, item)
            title = self.table.item(row, 3)
            if opd.title == opd_title_default(opd.name, opd.code):
                title.setForeground(QBrush(QColor("#607d8b")))
                title.setToolTip(self.tr("Default title, from the OPD's name"))
        self.count_label.setText(self.tr("{n} OPDs").format(n=len(opds)))
        self._loading = False

    def add_opd(self) -> None:
        """Add the OPD typed in the entry row."""
        ws = self.controller.ws
        if ws is None:
            return
        code, name = self.code.text(), self.name.text()
        table = self.table_no.value() or None
        result = self.controller.run(
            self.tr("Add OPD"), lambda: roster.add_opd(ws, code, name, table),
            lambda c: roster.delete_opd(ws, c.result.id))
        if result is not None:
            self.code.clear()
            self.name.clear()
            self.table_no.setValue(0)
            self.code.setFocus()
            self.load()

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        ws = self.controller.ws
        if self._loading or ws is None:
            return
        opd_id = item.data(_ROLE_ID)
        field = self.COLUMNS[item.column()]
        old = roster.get_opd(ws, opd_id)
        text = item.text()
        value: object = text
        if field == "table_no":
            try:
                value = int(text) if text.strip() else None
            except ValueError:
                value = text  # the service refuses it with a clear message
        old_value = getattr(old, field)
        if value == old_value:
            return
        if field == "title" and old_value == opd_title_default(old.name, old.code):
            old_value = ""  # undo goes back to the default (it follows the name)
        self.controller.run(
            self.tr("Edit OPD"), lambda: roster.update_opd(ws, opd_id, **{field: value}),
            lambda _c: roster.update_opd(ws, opd_id, **{field: old_value}))
        self._refresh.trigger()  # show the stored value (cleaned, or the old one if refused)

    def selected_ids(self) -> list[str]:
        """Ids of the OPDs whose rows are selected."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.table.item(row, 0).data(_ROLE_ID) for row in rows]

    def delete_selected(self) -> None:
        """Delete the selected OPDs (one undoable edit; their entries stay in the file)."""
        ws = self.controller.ws
        ids = self.selected_ids()
        if ws is None or not ids:
            return

        self.controller.run_each(self.tr("Delete OPD"), ids, roster.delete_opd,
                                 roster.restore_opd)
        self.load()

    def import_file(self) -> None:
        """Ask for a CSV/XLSX file and import its OPDs."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import OPDs"), "", self.tr("Roster files (*.csv *.xlsx)"))
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> int:
        """Import the OPDs of ``path`` (one undoable edit); returns how many were added."""
        ws = self.controller.ws
        if ws is None:
            return 0
        try:
            rows = opd_import.read_opds(path)
        except SmartBimtekError as exc:
            self.controller.error_raised.emit(exc)
            return 0
        result = self.controller.run(
            self.tr("Import OPDs"), lambda: opd_import.import_opds(ws, rows),
            lambda c: self._delete_all([o.id for o in c.result]))
        self.load()
        return len(result or [])

    def _delete_all(self, ids: list[str]) -> None:
        ws = self.controller.ws
        with ws.transaction():
            for opd_id in ids:
                roster.delete_opd(ws, opd_id)

    def add_from_template(self) -> None:
        """Let the facilitator tick OPDs of the template list, then add them."""
        ws = self.controller.ws
        if ws is None:
            return
        dialog = TemplateDialog({o.code for o in roster.list_opds(ws)}, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_template_codes(dialog.codes())

    def add_template_codes(self, codes: list[str]) -> int:
        """Add the template OPDs ``codes`` (one undoable edit); returns how many were added."""
        ws = self.controller.ws
        if ws is None or not codes:
            return 0
        result = self.controller.run(
            self.tr("Add OPDs from the template"),
            lambda: roster.add_template_opds(ws, codes),
            lambda c: self._delete_all([o.id for o in c.result]))
        self.load()
        return len(result or [])
