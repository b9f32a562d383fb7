"""File > OPD worksheets: export one Excel worksheet (kertas kerja) per OPD or per group
(kelompok) of the current bimtek, and import the filled worksheets back. Both call the core (``smartbimtek.worksheets``); the import checks
everything first and then writes in one transaction, or writes nothing and lists every
problem by sheet, cell and reason.

An import is not on the undo stack (it may touch hundreds of records in one action): to go
back, restore the backup taken before it (File > Restore a backup).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from smartbimtek.errors import SmartBimtekError
from smartbimtek.services import groups, roster
from smartbimtek.worksheets import export_worksheets, import_worksheets
from smartbimtek.worksheets.import_ import WorksheetsRefused

from .messages import error_text
from .widgets.common import plain_label

log = logging.getLogger(__name__)


def _checkable(text: str, record_id: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, record_id)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked)
    return item


class WorksheetsDialog(QDialog):
    """Export and import of the OPD worksheets; the result (files written, the per-OPD
    summary, or the list of problems) is shown in the dialog as plain text."""

    def __init__(self, controller, settings=None, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        self.setWindowTitle(self.tr("OPD worksheets"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Each OPD gets an Excel worksheet (kertas kerja) with its SWOT items, programs, "
            "budgets, activities and quick win profiles, to fill in between two bimteks. "
            "Importing checks every sheet first: on any problem nothing is saved.")))
        layout.itemAt(0).widget().setWordWrap(True)

        export_box = QGroupBox(self.tr("Export"))
        export_layout = QVBoxLayout(export_box)
        by_row = QHBoxLayout()
        self.by_opd = QRadioButton(self.tr("Per OPD"))
        self.by_group = QRadioButton(self.tr("Per group"))
        self.by_opd.setChecked(True)
        self.by_group.toggled.connect(self._show_list)
        by_row.addWidget(self.by_opd)
        by_row.addWidget(self.by_group)
        by_row.addStretch(1)
        export_layout.addLayout(by_row)
        self.opd_list = QListWidget()
        for opd in roster.list_opds(controller.ws):
            self.opd_list.addItem(_checkable(f"{opd.code} - {opd.name}", opd.id))
        export_layout.addWidget(self.opd_list)
        self.group_list = QListWidget()
        for group in groups.list_groups(controller.ws):
            self.group_list.addItem(_checkable(group.name, group.id))
        self.group_list.setVisible(False)
        export_layout.addWidget(self.group_list)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(self._default_folder()))
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("Choose folder..."))
        browse.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        export_layout.addLayout(folder_row)
        self.force = QCheckBox(self.tr("Replace existing worksheets in this folder"))
        export_layout.addWidget(self.force)
        self.export_button = QPushButton(self.tr("Export worksheets"))
        self.export_button.clicked.connect(self.export_now)
        export_layout.addWidget(self.export_button)
        layout.addWidget(export_box)

        import_box = QGroupBox(self.tr("Import"))
        import_layout = QVBoxLayout(import_box)
        self.import_button = QPushButton(self.tr("Import filled worksheets..."))
        self.import_button.clicked.connect(self._choose_files)
        import_layout.addWidget(self.import_button)
        import_layout.addWidget(plain_label(self.tr(
            "An import cannot be undone with Undo; the backup taken before it can be "
            "restored (File > Restore a backup).")))
        layout.addWidget(import_box)

        self.result = QPlainTextEdit()
        self.result.setReadOnly(True)
        self.result.setAccessibleName(self.tr("Result"))
        layout.addWidget(self.result, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _show_list(self) -> None:
        grouped = self.by_group.isChecked()
        self.group_list.setVisible(grouped)
        self.opd_list.setVisible(not grouped)

    def _default_folder(self) -> Path:
        path = self.controller.path
        return (path.parent if path else Path.home()) / "kertas-kerja"

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the worksheets"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import OPD worksheets"), self.folder.text(),
            self.tr("Excel worksheets (*.xlsx)"))
        if files:
            self.import_files(files)

    def chosen_opds(self) -> list[str]:
        """The ids of the ticked OPDs."""
        items = (self.opd_list.item(i) for i in range(self.opd_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def chosen_groups(self) -> list[str]:
        """The ids of the ticked groups."""
        items = (self.group_list.item(i) for i in range(self.group_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def export_now(self) -> list[Path]:
        """Export the ticked OPDs' (or groups') worksheets into the folder; the files are
        listed."""
        grouped = self.by_group.isChecked()
        ids = self.chosen_groups() if grouped else self.chosen_opds()
        if not ids:
            if grouped and not self.group_list.count():
                text = self.tr("The current bimtek has no groups: set them up in the Groups "
                               "tab first.")
            else:
                text = self.tr("Tick at least one group.") if grouped else \
                    self.tr("Tick at least one OPD.")
            self.result.setPlainText(text)
            return []
        try:
            if grouped:
                paths = export_worksheets(self.controller.ws, self.folder.text(), by="group",
                                          group_ids=ids, force=self.force.isChecked())
            else:
                paths = export_worksheets(self.controller.ws, self.folder.text(), ids,
                                          force=self.force.isChecked())
        except SmartBimtekError as exc:
            log.warning("worksheet export refused: %s", exc)
            text = error_text(exc)
            if exc.params.get("reason") == "target_exists":
                text = self.tr("A worksheet already exists in this folder: {path}. Tick "
                               "\"Replace existing worksheets\" or choose another folder."
                               ).format(path=exc.params.get("path", ""))
            self.result.setPlainText(text)
            return []
        lines = [self.tr("%n worksheet(s) written:", "", len(paths))]
        lines += [str(p) for p in paths]
        self.result.setPlainText("\n".join(lines))
        return paths

    def import_files(self, files) -> bool:
        """Import filled worksheets; True when they were merged (the per-OPD summary is
        shown), False when refused (every problem is listed; nothing was saved)."""
        try:
            summary = import_worksheets(self.controller.ws, [Path(f) for f in files])
        except WorksheetsRefused as exc:
            lines = [self.tr("Nothing was saved: %n problem(s) in the worksheets.", "",
                             len(exc.problems))]
            self.result.setPlainText("\n".join(lines + exc.problems))
            return False
        except SmartBimtekError as exc:
            self.result.setPlainText(error_text(exc))
            return False
        lines = [self.tr("%n change(s) saved.", "", summary.changed)] + summary.lines()
        self.result.setPlainText("\n".join(lines))
        return True
